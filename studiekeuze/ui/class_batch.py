"""A class's advice sheets made on a worker thread, reporting progress to the GUI thread and stopping on Cancel."""

import logging
import threading
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QThreadPool, Signal, Slot

from studiekeuze.userdata.sessie import Sessie

if TYPE_CHECKING:  # ReportLab comes with the batch module: loaded on the worker, not at start-up
    from studiekeuze.classes.batch import Klasresultaat
    from studiekeuze.content.repository import ContentRepository

log = logging.getLogger(__name__)


def make_class_sheets(
    repository: "ContentRepository",
    sessies: Sequence[Sessie],
    uit: Path,
    progress: Callable[[int, int, str], None],
    cancelled: Callable[[], bool],
) -> "Klasresultaat":
    """The saved sessions of a class → one advice PDF per pupil with answers and one combined PDF (worker thread)."""
    from studiekeuze.classes.batch import Klasadvies, make_advice_sheets

    pupils = []
    for sessie in sessies:
        answers = sessie.als_antwoorden() if sessie.antwoorden else None
        pupils.append(Klasadvies(sessie.voornaam, sessie.klas, answers, sessie.notitie))
    return make_advice_sheets(repository, pupils, uit, progress=progress, cancelled=cancelled)


def _emit(signal: Any, *values: Any) -> None:
    try:
        signal.emit(*values)
    except RuntimeError:  # the run was deleted with its window: nobody is waiting any more
        log.debug("batch signal dropped: its receiver is gone")


class BatchRun(QObject):
    """One run. Lives in the GUI thread, so signals emitted by the worker are delivered there (queued)."""

    progressed = Signal(int, int, str)
    done = Signal(object)
    failed = Signal(object)

    def __init__(self, work: Callable[..., Any], on_progress: Callable[[int, int, str], None],
                 on_done: Callable[[Any], None], on_error: Callable[[BaseException], None],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._work = work
        self._cancel = threading.Event()
        self._on_progress, self._on_done, self._on_error = on_progress, on_done, on_error
        self.running = False
        self.progressed.connect(self._deliver_progress)
        self.done.connect(self._deliver_done)
        self.failed.connect(self._deliver_error)

    def start(self) -> None:
        self.running = True
        QThreadPool.globalInstance().start(self._job)

    def cancel(self) -> None:
        """Stop before the next pupil; the sheets already made stay, no combined PDF is made."""
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def _job(self) -> None:
        try:
            result = self._work(lambda *values: _emit(self.progressed, *values), self._cancel.is_set)
        except BaseException as error:
            _emit(self.failed, error)
        else:
            _emit(self.done, result)

    @Slot(int, int, str)
    def _deliver_progress(self, done: int, total: int, name: str) -> None:
        self._on_progress(done, total, name)

    @Slot(object)
    def _deliver_done(self, result: Any) -> None:
        self.running = False
        self._on_done(result)

    @Slot(object)
    def _deliver_error(self, error: BaseException) -> None:
        self.running = False
        self._on_error(error)
