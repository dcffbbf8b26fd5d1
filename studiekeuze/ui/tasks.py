"""Runs slow work (opening the database, suggestions, PDFs) on a worker thread; results come back on the GUI thread."""

import logging
from collections.abc import Callable
from concurrent.futures import Future
from typing import Any

from PySide6.QtCore import QObject, QThreadPool, Signal, Slot

log = logging.getLogger(__name__)

# Relays of running tasks: kept alive here until their result has been delivered.
_running: set["_Relay"] = set()


class _Relay(QObject):
    """Lives in the GUI thread, so a signal emitted from a worker is delivered there (queued)."""

    done = Signal(object)
    failed = Signal(object)

    def __init__(self, on_done: Callable[[Any], None], on_error: Callable[[BaseException], None]) -> None:
        super().__init__()
        self._on_done = on_done
        self._on_error = on_error
        self.done.connect(self._deliver_done)
        self.failed.connect(self._deliver_error)

    @Slot(object)
    def _deliver_done(self, result: Any) -> None:
        _running.discard(self)
        self._on_done(result)

    @Slot(object)
    def _deliver_error(self, error: BaseException) -> None:
        _running.discard(self)
        self._on_error(error)


def _relay(on_done: Callable[[Any], None], on_error: Callable[[BaseException], None] | None,
           context: QObject | None) -> _Relay:
    if on_error is None:
        from studiekeuze.ui.errors import show_error

        on_error = show_error
    relay = _Relay(on_done, on_error)
    _running.add(relay)
    if context is not None:
        # When the widget that asked goes away, so does the relay, and a late result is dropped.
        relay.setParent(context)
        context.destroyed.connect(lambda *_: _running.discard(relay))
    return relay


def _emit(signal: Any, value: Any) -> None:
    try:
        signal.emit(value)
    except RuntimeError:  # the relay was deleted with its context: nobody is waiting any more
        log.debug("result dropped: its receiver is gone")


def run_in_background(
    work: Callable[[], Any],
    on_done: Callable[[Any], None],
    on_error: Callable[[BaseException], None] | None = None,
    context: QObject | None = None,
) -> None:
    """Call `work()` on a pool thread, then `on_done(result)` or `on_error(exception)` on the GUI thread.

    With `context` (usually the widget asking), nothing is delivered once that object has been deleted.
    """
    relay = _relay(on_done, on_error, context)

    def job() -> None:
        try:
            result = work()
        except BaseException as error:
            _emit(relay.failed, error)
        else:
            _emit(relay.done, result)

    QThreadPool.globalInstance().start(job)


def deliver(future: Future, on_done: Callable[[Any], None],
            on_error: Callable[[BaseException], None] | None = None, context: QObject | None = None) -> None:
    """Like run_in_background, for work already started elsewhere (a Future from a plain thread)."""
    relay = _relay(on_done, on_error, context)

    def finished(done: Future) -> None:
        error = done.exception()
        if error is not None:
            _emit(relay.failed, error)
        else:
            _emit(relay.done, done.result())

    future.add_done_callback(finished)


def wait_for_all(timeout_ms: int = 30_000) -> bool:
    """Block until the pool is idle (used at shutdown and in tests)."""
    return QThreadPool.globalInstance().waitForDone(timeout_ms)
