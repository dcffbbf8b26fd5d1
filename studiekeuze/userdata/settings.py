"""Privacy settings kept in the session store: how long sessions are kept, and the counsellor's code."""

import calendar
import hashlib
import hmac
import logging
import secrets
from datetime import UTC, datetime

from studiekeuze.errors import StudiekeuzeError
from studiekeuze.userdata.store import SessionStore

log = logging.getLogger(__name__)

RETENTION_KEY = "bewaartermijn_maanden"
# Privacy by design: without a choice, a session untouched for a school year and a bit is erased.
DEFAULT_RETENTION_MONTHS = 12
MAX_RETENTION_MONTHS = 120
CODE_KEY = "begeleidercode"
MIN_CODE_LENGTH = 4
MAX_CODE_LENGTH = 64
# OWASP's advice for PBKDF2-HMAC-SHA256 (2023): at least 600,000 iterations. A code of 4 digits is still guessed
# quickly by someone who has the file; the iterations make every guess cost about half a second here.
ITERATIONS = 600_000
SCHEME = "pbkdf2-sha256"


def retention_months(store: SessionStore) -> int:
    """Months a session is kept after its last change; 0 means sessions are kept until erased by hand."""
    value = store.setting(RETENTION_KEY)
    if value is None:
        return DEFAULT_RETENTION_MONTHS
    try:
        months = int(value)
    except ValueError:
        return DEFAULT_RETENTION_MONTHS  # a damaged value must not switch erasing off
    return min(max(months, 0), MAX_RETENTION_MONTHS)


def set_retention_months(store: SessionStore, months: int) -> None:
    if isinstance(months, bool) or not 0 <= months <= MAX_RETENTION_MONTHS:
        raise StudiekeuzeError(f"De bewaartermijn is 0 (niet automatisch wissen) tot {MAX_RETENTION_MONTHS} maanden.")
    store.set_setting(RETENTION_KEY, str(months))


def months_before(moment: datetime, months: int) -> datetime:
    """The same day and time `months` calendar months earlier (31 March − 1 month = 28/29 February)."""
    index = moment.year * 12 + moment.month - 1 - months
    year, month = divmod(index, 12)
    month += 1
    return moment.replace(year=year, month=month, day=min(moment.day, calendar.monthrange(year, month)[1]))


def apply_retention(store: SessionStore, moment: datetime | None = None) -> int:
    """Erase (for good) the sessions not changed within the retention period; returns how many."""
    months = retention_months(store)
    if months == 0:
        return 0
    return store.delete_older_than(months_before(moment or datetime.now(UTC), months))


# --- the counsellor's code (stored as a salted hash, never as written) ---------------------------------
def has_counsellor_code(store: SessionStore) -> bool:
    return bool(store.setting(CODE_KEY))


def set_counsellor_code(store: SessionStore, code: str | None) -> None:
    """Set the code that unlocks a class session (None or "" removes it)."""
    if not code:
        store.set_setting(CODE_KEY, "")
        return
    if not MIN_CODE_LENGTH <= len(code) <= MAX_CODE_LENGTH:
        raise StudiekeuzeError(
            f"Kies een begeleidercode van {MIN_CODE_LENGTH} tot {MAX_CODE_LENGTH} tekens."
        )
    store.set_setting(CODE_KEY, _hashed(code))


def _hashed(code: str) -> str:
    salt = secrets.token_hex(16)
    return f"{SCHEME}${ITERATIONS}${salt}${_digest(code, salt, ITERATIONS)}"


def counsellor_code_matches(store: SessionStore, code: str) -> bool:
    """Whether `code` is the counsellor's code; a right code kept with fewer iterations is hashed again (stronger)."""
    stored = store.setting(CODE_KEY)
    if not stored:
        return False
    try:
        scheme, iterations, salt, digest = stored.split("$")
        rounds = int(iterations)
        if scheme != SCHEME or not 1 <= rounds <= 10 * ITERATIONS:
            return False
        right = hmac.compare_digest(digest, _digest(code, salt, rounds))
    except ValueError:
        return False
    if right and rounds < ITERATIONS:
        try:
            store.set_setting(CODE_KEY, _hashed(code))
        except StudiekeuzeError as error:  # the code was right: a store that cannot be written now does not change that
            log.warning("counsellor code not rehashed: %s", error)
    return right


def _digest(code: str, salt: str, iterations: int) -> str:
    return hashlib.pbkdf2_hmac("sha256", code.encode("utf-8"), bytes.fromhex(salt), iterations).hex()
