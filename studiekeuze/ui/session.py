"""The pupil whose session is open now: every change goes to the session store at once, and pages are told."""

import logging
import threading
from collections.abc import Callable
from contextlib import suppress
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from studiekeuze.errors import NotFoundError, StudiekeuzeError
from studiekeuze.models import Profiel, Richting, Suggestie, Vraag
from studiekeuze.ui.tasks import run_in_background
from studiekeuze.userdata.resume import pupil_left_open, remember_open_pupil
from studiekeuze.userdata.sessie import Sessie
from studiekeuze.userdata.store import SessionStore

log = logging.getLogger(__name__)

if TYPE_CHECKING:  # the content, matching and advice modules load on a worker thread, not at start-up
    from studiekeuze.advice.model import Advies
    from studiekeuze.content.repository import ContentRepository
    from studiekeuze.service.outcome import Keuzes, Uitkomst


@dataclass(frozen=True)
class Outcome:
    """What the profile page and the advice show for one session: the service's outcome and its worded advice.

    `advies` is worded without the counsellor's note (the advice page words it with the note); its groups and cards
    are the ones the sheet prints.
    """

    sessie: Sessie
    uitkomst: "Uitkomst"
    advies: "Advies"
    keuzes: "Keuzes | None" = None  # the choices it was computed with (Session.keuzes at the time)

    @property
    def profiel(self) -> Profiel:
        return self.uitkomst.profiel

    @property
    def huidige(self) -> Richting | None:
        return self.uitkomst.huidige

    @property
    def naar_graad(self) -> int | None:
        return self.uitkomst.naar_graad

    @property
    def suggesties(self) -> tuple[Suggestie, ...]:
        return self.uitkomst.suggesties


def compute_outcome(repository: "ContentRepository", sessie: Sessie, keuzes: "Keuzes | None" = None) -> Outcome:
    """The service's outcome for a session, worded (runs on a worker thread). The situation, niet_open and the
    counsellor's choices come from the session's record (`Sessie.leerling`) and `keuzes`."""
    from studiekeuze.advice import word_advice
    from studiekeuze.service.outcome import Keuzes, uitkomst

    result = uitkomst(repository, sessie.als_antwoorden(), keuzes or Keuzes())
    return Outcome(sessie, result, word_advice(repository, result, voornaam=sessie.voornaam), keuzes)


def same_outcome(outcome: Outcome | None, sessie: Sessie, keuzes: "Keuzes | None") -> bool:
    """Whether `outcome` is still what `sessie` (with `keuzes`) shows: only the answers, the form and the pupil's
    record count (a note or the parents' page does not change the suggestions)."""
    if outcome is None or outcome.keuzes != keuzes:
        return False
    before = outcome.sessie
    return (before.id, before.vorm, before.antwoorden, before.leerling) == (
        sessie.id, sessie.vorm, sessie.antwoorden, sessie.leerling)


def outcome_json(outcome: Outcome) -> dict:
    """What is kept with the session (the core's shape): the profile and the suggestions as they were shown."""
    from studiekeuze.service.shapes import uitkomst_json

    return uitkomst_json(outcome.uitkomst)


def _forget_folders(session: "Session") -> None:
    """After an erase the file dialog must not still list the folder of that pupil's export or advice. When the file
    that remembers folders cannot be rewritten, the erase itself stands and `folders_kept` says so."""
    from studiekeuze.ui.qtsettings import forget_file_dialog_history

    try:
        forget_file_dialog_history()
    except StudiekeuzeError as error:
        session.folders_kept.emit(str(error))


class Session(QObject):
    """Holds the current pupil's session (or none). The store is opened on first use."""

    pupil_changed = Signal()  # a pupil was opened or closed
    pupil_edited = Signal()  # the open pupil's name, klas or situation (graad, richting, nu niet open) changed
    answers_changed = Signal()
    choices_changed = Signal()  # the counsellor's choices for the sheet changed (added, left out; Session.keuzes)
    sessions_changed = Signal()  # the list of saved sessions changed (new, deleted)
    folders_kept = Signal(str)  # after an erase: the remembered folders could not be forgotten (the message)

    def __init__(self, store_factory: Callable[[], SessionStore] = SessionStore.open_default) -> None:
        super().__init__()
        self._store_factory = store_factory
        self._store: SessionStore | None = None
        self._store_lock = threading.Lock()  # the store may first be opened by the start-up clean-up's worker
        self.repository: ContentRepository | None = None  # set once the content is loaded
        self.current: Sessie | None = None
        self.keuzes: Keuzes | None = None  # the counsellor's choices for the open pupil, on top of its record
        self._outcome: Outcome | None = None

    @property
    def store(self) -> SessionStore:
        with self._store_lock:
            if self._store is None:
                self._store = self._store_factory()
            return self._store

    def close_store(self) -> None:
        with self._store_lock:
            if self._store is not None:
                self._store.close()
                self._store = None

    # --- which pupil -------------------------------------------------------------------------------
    def start(self, voornaam: str, vorm: str, klas: str = "", huidige_graad: int | None = None,
              huidige_richting: str = "") -> Sessie:
        sessie = self.store.create(voornaam, vorm=vorm, klas=klas, huidige_graad=huidige_graad,
                                   huidige_richting=huidige_richting)
        self.current, self.keuzes = sessie, None
        self._remember_open(sessie.id)
        self.sessions_changed.emit()
        self.pupil_changed.emit()
        return sessie

    def add_pupils(self, pupils: list[dict]) -> list[Sessie]:
        """Sessions for a whole class at once: all are made, or none (the store checks every pupil first)."""
        created = self.store.create_many(pupils)
        self.sessions_changed.emit()
        return created

    def mark_finished(self, sessie_id: int) -> None:
        self.store.mark_finished(sessie_id)
        if self.current is not None and self.current.id == sessie_id:
            self.current = self.store.get(sessie_id)
        self.sessions_changed.emit()

    def open(self, sessie_id: int) -> Sessie:
        if self.current is None or self.current.id != sessie_id:
            self.keuzes = None  # another pupil: the choices were the previous pupil's
        self.current = self.store.get(sessie_id)
        self._remember_open(sessie_id)
        self.pupil_changed.emit()
        return self.current

    def close_pupil(self) -> None:
        """Clear the screen of the current pupil (their data stays saved)."""
        was_open = self.current is not None
        self.current, self.keuzes = None, None
        if was_open:
            self.forget_open_pupil()
        self.pupil_changed.emit()

    def forget_open_pupil(self) -> None:
        """Nobody is open any more (a normal close): the next start offers nothing. Never opens the store for it."""
        if self._store is not None:
            self._remember_open(None)

    def _remember_open(self, sessie_id: int | None) -> None:
        # Only a help after a crash: a store that cannot be written now must not stop a pupil from being opened
        # (the next start then merely asks once more, or not at all).
        try:
            remember_open_pupil(self.store, sessie_id)
        except StudiekeuzeError as error:
            log.warning("which pupil is open was not kept: %s", error)

    def find_left_open(self, on_done: Callable[[Sessie | None], None]) -> None:
        """Call `on_done` with the pupil who was open when studiekeuze last ended without closing (read off the GUI
        thread), or None."""
        run_in_background(lambda: pupil_left_open(self.store), on_done, context=self)

    def is_finished(self, sessie: Sessie) -> bool:
        """Done with the questionnaire: marked so (a class session), or every question of the form answered."""
        if sessie.afgerond is not None:
            return True
        if self.repository is None:
            return False
        vragen = self.repository.vragenlijst.vorm(kort=sessie.vorm == "kort")
        return bool(vragen) and all(v.id in sessie.antwoorden for v in vragen)

    def delete(self, sessie_id: int) -> None:
        self.store.delete(sessie_id)
        _forget_folders(self)
        if self.current is not None and self.current.id == sessie_id:
            self.close_pupil()
        self.sessions_changed.emit()

    def delete_class(self, klas: str) -> int:
        """Erase every pupil of `klas` for good; returns how many."""
        count = self.store.delete_class(klas)
        _forget_folders(self)
        if self.current is not None and self.current.klas == klas:
            self.close_pupil()
        self.sessions_changed.emit()
        return count

    def apply_retention(self, on_done: Callable[[int], None] | None = None) -> None:
        """Erase sessions older than the retention period, on a worker thread (the store is opened there too)."""
        from studiekeuze.userdata.settings import apply_retention

        def erased(count: int) -> None:
            if count:
                _forget_folders(self)
                if self.current is not None:
                    try:
                        self.store.get(self.current.id)
                    except NotFoundError:
                        self.close_pupil()
                self.sessions_changed.emit()
            if on_done is not None:
                on_done(count)

        run_in_background(lambda: apply_retention(self.store), erased, context=self)

    # --- changes to the current pupil (written at once) ------------------------------------------------
    def answer(self, vraag_id: str, antwoord: int | None, positie: int) -> None:
        sessie = self._require()
        self.store.set_answer(sessie.id, vraag_id, antwoord, positie=positie)
        self.current = self.store.get(sessie.id)
        self.answers_changed.emit()

    def set_position(self, positie: int) -> None:
        sessie = self._require()
        if sessie.positie != positie:
            self.store.set_position(sessie.id, positie)
            self.current = self.store.get(sessie.id)

    def set_note(self, notitie: str) -> None:
        sessie = self._require()
        if sessie.notitie != notitie:
            self.store.set_note(sessie.id, notitie)
            self.current = self.store.get(sessie.id)

    def set_situation(self, huidige_graad: int | None, huidige_richting: str) -> None:
        sessie = self._require()
        self.update_pupil(sessie.voornaam, sessie.klas, huidige_graad, huidige_richting, sessie.niet_open)

    def update_pupil(self, voornaam: str, klas: str, huidige_graad: int | None, huidige_richting: str,
                     niet_open: tuple[str, ...] = ()) -> None:
        """The counsellor's editor: name, klas and where the pupil is now, written at once (only what changed)."""
        sessie = self._require()
        wanted = (voornaam, klas, huidige_graad, huidige_richting, tuple(niet_open))
        if wanted == (sessie.voornaam, sessie.klas, sessie.huidige_graad, sessie.huidige_richting, sessie.niet_open):
            return  # nothing changed: "laatst gewijzigd" stays
        extra, zonder = sessie.extra, sessie.zonder
        if (huidige_graad, huidige_richting) != (sessie.huidige_graad, sessie.huidige_richting):
            extra, zonder = self._fitting_choices(huidige_richting)
        self.store.set_pupil(sessie.id, *wanted, extra=extra, zonder=zonder)  # one transaction
        self.current = self.store.get(sessie.id)
        self.sessions_changed.emit()  # the list shows the name and the klas
        self.pupil_edited.emit()

    def _fitting_choices(self, huidige_richting: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
        """The choices that still fit a new situation: the steps after secondary school (kept by name) were those of
        the old richting, and the new current richting cannot be on its own sheet; the richtingen chosen stay."""
        sessie = self._require()
        current = ""
        if huidige_richting and self.repository is not None:
            with suppress(StudiekeuzeError):
                current = self.repository.find(huidige_richting).groepnummer

        def fits(key: str) -> bool:
            richting = self.repository is None or key in self.repository.summaries  # a groepnummer, not a step
            return richting and key != current

        return tuple(filter(fits, sessie.extra)), tuple(filter(fits, sessie.zonder))

    # --- the counsellor's choices for the sheet (stored with the session, exported as leerling.extra/zonder) ----
    def set_choice(self, sleutel: str, choice: str | None) -> None:
        """Put a suggestion or richting on the sheet ("extra"), leave it out ("zonder"), or neither (None).

        `sleutel` is `Suggestie.sleutel` / `Kaart.sleutel`: a groepnummer, or a step's name.
        """
        sessie = self._require()
        extra = tuple(k for k in sessie.extra if k != sleutel)
        zonder = tuple(k for k in sessie.zonder if k != sleutel)
        if choice == "extra":
            extra += (sleutel,)
        elif choice == "zonder":
            zonder += (sleutel,)
        self.set_choices(extra, zonder)

    def set_choices(self, extra: tuple[str, ...], zonder: tuple[str, ...]) -> None:
        sessie = self._require()
        if (tuple(extra), tuple(zonder)) == (sessie.extra, sessie.zonder):
            return
        self.store.set_choices(sessie.id, extra, zonder)
        self.current = self.store.get(sessie.id)
        self.choices_changed.emit()

    def set_parents(self, ouders: bool, taal: str = "") -> None:
        """The parents' page and its home language for this pupil's sheet (written only when it changes)."""
        sessie = self._require()
        if (bool(ouders), taal or "") != (sessie.ouders, sessie.ouders_taal):
            self.store.set_parents(sessie.id, ouders, taal)
            self.current = self.store.get(sessie.id)

    def set_keuzes(self, keuzes: "Keuzes | None") -> None:
        """The counsellor's choices for the open pupil's sheet (not stored yet: they last while the pupil is open)."""
        self._require()
        if keuzes != self.keuzes:
            self.keuzes = keuzes
            self.choices_changed.emit()

    def save_result(self, resultaat: dict) -> None:
        """Keep what was shown with the session (not an edit: "laatst gewijzigd" stays; see SessionStore)."""
        if self.current is None or self._store is None:
            return
        with suppress(NotFoundError):  # the pupil may have been erased while the result was computed
            self._store.set_result(self.current.id, resultaat)

    # --- the outcome (profile and suggestions), computed off the GUI thread -----------------------------
    def request_outcome(self, on_done: Callable[[Outcome], None],
                        on_error: Callable[[BaseException], None] | None = None) -> None:
        """Call `on_done` with the outcome of the current pupil's answers as they are now (cached)."""
        sessie, repository, keuzes = self._require(), self.repository, self.keuzes
        if repository is None:
            return
        if same_outcome(self._outcome, sessie, keuzes):
            on_done(self._outcome)
            return

        def delivered(outcome: Outcome) -> None:
            self._outcome = outcome
            if self.current is not None and self.current.id == outcome.sessie.id:
                self.save_result(outcome_json(outcome))
            on_done(outcome)

        run_in_background(lambda: compute_outcome(repository, sessie, keuzes), delivered, on_error, context=self)

    def shown_count(self) -> int | None:
        """How many cards the open pupil's sheet showed when last computed (None: not computed yet)."""
        outcome, sessie = self._outcome, self.current
        if outcome is None or sessie is None or outcome.sessie.id != sessie.id:
            return None
        return len(outcome.uitkomst.suggesties)

    # --- reading ------------------------------------------------------------------------------------
    def vragen(self) -> tuple[Vraag, ...]:
        sessie = self._require()
        if self.repository is None:
            return ()
        return self.repository.vragenlijst.vorm(kort=sessie.vorm == "kort")

    def _require(self) -> Sessie:
        if self.current is None:
            raise StudiekeuzeError(self.tr(
                "Er is nog geen leerling gekozen. Start de vragenlijst of open een leerling."))
        return self.current
