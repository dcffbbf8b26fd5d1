"""Which pupil is open, kept in the session store (in the data folder) so that a start after a crash can go on.

The app writes the session's id when it opens a pupil and clears it when the pupil is closed and when the window
closes normally. An id still there at the next start means studiekeuze ended without closing (a crash, a killed
process, a computer that went off): the app offers to go on with that pupil. Only the id is kept, never a name.
"""

from contextlib import suppress

from studiekeuze.errors import NotFoundError
from studiekeuze.userdata.sessie import Sessie
from studiekeuze.userdata.store import SessionStore

OPEN_PUPIL_KEY = "open_leerling"


def remember_open_pupil(store: SessionStore, sessie_id: int | None) -> None:
    """Keep which pupil is open now (None: nobody). Written only when it changes."""
    value = "" if sessie_id is None else str(sessie_id)
    if (store.setting(OPEN_PUPIL_KEY) or "") != value:
        store.set_setting(OPEN_PUPIL_KEY, value)


def pupil_left_open(store: SessionStore) -> Sessie | None:
    """The pupil who was open when studiekeuze last ended without closing, if that pupil is still in the store."""
    value = store.setting(OPEN_PUPIL_KEY) or ""
    if not value.isdigit():
        return None
    with suppress(NotFoundError):  # erased since (by hand, or by the retention period at this start)
        return store.get(int(value))
    return None
