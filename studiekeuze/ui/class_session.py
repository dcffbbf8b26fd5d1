"""A class session (talentcenter or teacher): the pupils of one klas take the questionnaire in turn on one laptop.

Only the pupil whose turn it is is known to the screen; their session is opened when they press Start and closed
when they are done, so nothing of one pupil is held in the pages when the next one sits down.
"""

from contextlib import suppress
from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal

from studiekeuze.errors import NotFoundError
from studiekeuze.ui.session import Session


@dataclass(frozen=True)
class Beurt:
    """One pupil's turn: the session to open and the only thing shown before Start, the first name."""

    sessie_id: int
    voornaam: str


@dataclass(frozen=True)
class Stand:
    """Where a pupil of the class is (for the counsellor's overview only)."""

    beurt: Beurt
    beantwoord: int
    klaar: bool


class ClassSession(QObject):
    turn_changed = Signal()  # another pupil's turn, or nobody's (everyone is done)

    def __init__(self, session: Session, klas: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.klas = klas
        self.order = [Beurt(s.id, s.voornaam) for s in session.store.sessions(klas)]
        self.index: int | None = None
        session.close_pupil()
        self._advance(start=0)

    @property
    def turn(self) -> Beurt | None:
        return None if self.index is None else self.order[self.index]

    def begin(self) -> None:
        """The pupil pressed Start: their session is opened (answers are written at once from here on)."""
        if self.turn is not None:
            self.session.open(self.turn.sessie_id)

    def finish(self) -> None:
        """The pupil is done: their session is marked finished and closed; the next unfinished pupil's turn."""
        if self.turn is None:
            return
        with suppress(NotFoundError):  # erased meanwhile: nothing to mark
            self.session.mark_finished(self.turn.sessie_id)
        self.session.close_pupil()
        self._advance(start=self.index + 1)

    def choose(self, sessie_id: int) -> None:
        """The counsellor gives the turn to a pupil of the class (also one who was done already)."""
        self.session.close_pupil()
        self.index = next(i for i, beurt in enumerate(self.order) if beurt.sessie_id == sessie_id)
        self.turn_changed.emit()

    def stop(self) -> None:
        self.session.close_pupil()

    def standen(self) -> list[Stand]:
        """Every pupil of the class with how far they are, read fresh from the store."""
        result = []
        for beurt in self.order:
            try:
                sessie = self.session.store.get(beurt.sessie_id)
            except NotFoundError:
                continue
            result.append(Stand(beurt, len(sessie.antwoorden), sessie.afgerond is not None))
        return result

    def _finished(self, beurt: Beurt) -> bool:
        try:
            return self.session.store.get(beurt.sessie_id).afgerond is not None
        except NotFoundError:
            return True  # erased: never their turn again

    def _advance(self, start: int) -> None:
        """The first unfinished pupil from `start` on; then any unfinished one skipped before; else nobody."""
        candidates = list(range(start, len(self.order))) + list(range(0, min(start, len(self.order))))
        self.index = next((i for i in candidates if not self._finished(self.order[i])), None)
        self.turn_changed.emit()
