"""The log file: a rotating file in the user log folder that helps whoever maintains the laptop, never about a pupil.

A windowed app has no console, so without this file a crash would leave nothing. What goes in: the start of each
run (version, Python, system), warnings, and every unexpected error with its stack. What never goes in: a pupil's
name, answers or note. The core's log messages never carry them (a test checks this), and an exception's own
message — which might quote any value, a name too — is left out of the file: only its type and the stack are
written. The full details stay on screen, in the error dialog, for the user to copy.
"""

import logging
import os
import sys
import traceback
from pathlib import Path
from types import TracebackType

from studiekeuze import __version__, paths
from studiekeuze.errors import StudiekeuzeError
from studiekeuze.safefiles import PRIVATE_FILE, tighten

LOG_BYTES = 1_000_000  # rotated past this; with the backups at most ~4 MB on disk
LOG_BACKUPS = 3
FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
_handler: "_LogFile | None" = None  # the one file handler of this process

ExcInfo = tuple[type[BaseException], BaseException, TracebackType | None] | tuple[None, None, None]


class PrivateFormatter(logging.Formatter):
    """Formats a record as usual, but an exception as its type and stack only: its message may hold anything."""

    def format(self, record: logging.LogRecord) -> str:
        # logging keeps the first handler's text of the exception on the record (exc_text) and every later
        # handler reuses it: the console's full traceback, message included, would reach the file. So this
        # formatter always makes its own, and leaves the record as it found it for the other handlers.
        kept = record.exc_text
        record.exc_text = None
        try:
            return super().format(record)
        finally:
            record.exc_text = kept

    def formatException(self, ei: ExcInfo) -> str:
        error = ei[1]
        return stack_without_messages(error) if error is not None else ""


class _LogFile(logging.FileHandler):
    """The log file, appended to; rotated when a run starts and it has grown past LOG_BYTES.

    Rotating at the start rather than in the middle of a run (as logging.handlers.RotatingFileHandler does) means
    a second studiekeuze running at the same time never finds the file renamed under it — on Windows that rename
    would fail — and start-up does not pay for importing logging.handlers.
    """

    def __init__(self, target: Path) -> None:
        _rotate(target)
        super().__init__(target, encoding="utf-8")

    def handleError(self, record: logging.LogRecord) -> None:
        # A log that cannot be written (a full disk, a file held by another program) must never disturb the user
        # or the command's output.
        pass


def _rotate(target: Path) -> None:
    try:
        if target.stat().st_size <= LOG_BYTES:
            return
        for number in range(LOG_BACKUPS - 1, 0, -1):
            older = target.with_name(f"{target.name}.{number}")
            if older.exists():
                os.replace(older, target.with_name(f"{target.name}.{number + 1}"))
        os.replace(target, target.with_name(f"{target.name}.1"))
    except OSError:
        pass  # no file yet, or another studiekeuze has it open: go on appending


def stack_without_messages(error: BaseException) -> str:
    """The stack of `error` and of the exceptions it came from, each named by type; no exception message."""
    blocks: list[str] = []
    seen: set[int] = set()
    current: BaseException | None = error
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        kind = type(current)
        frames = "".join(traceback.format_tb(current.__traceback__))
        blocks.append(f"Traceback (most recent call last):\n{frames}{kind.__module__}.{kind.__qualname__} "
                      "(melding niet gelogd)")
        current = current.__cause__ or (None if current.__suppress_context__ else current.__context__)
    return "\n\nwhile handling / caused by:\n".join(reversed(blocks))


def log_file() -> Path:
    return paths.log_dir() / paths.LOG_FILE


def start_logging(what: str) -> Path | None:
    """Send studiekeuze's log to the rotating file in the log folder and note this run; the file, or None.

    Safe to call more than once (the command line runs in-process in tests): one handler, moved when the log
    folder moves (STUDIEKEUZE_HOME). A log folder that cannot be made never stops the program: its message comes
    from the command itself, and the run goes on without a file.
    """
    global _handler
    try:
        target = log_file()
    except StudiekeuzeError:
        return None
    root = logging.getLogger()
    if _handler is not None and Path(_handler.baseFilename) != target:
        root.removeHandler(_handler)
        _handler.close()
        _handler = None
    if _handler is None:
        try:
            handler = _LogFile(target)
        except OSError:
            return None
        tighten(target, PRIVATE_FILE)
        handler.setLevel(logging.INFO)
        handler.setFormatter(PrivateFormatter(FORMAT))
        root.addHandler(handler)
        _handler = handler
    logging.getLogger("studiekeuze").setLevel(logging.INFO)
    logging.captureWarnings(True)  # warnings (e.g. a deprecation in a library) reach the file too
    # Only the command's name: its arguments name files, and file names may name pupils.
    logging.getLogger("studiekeuze.start").info(
        "studiekeuze %s (%s), Python %s, %s%s", __version__, what, sys.version.split()[0], _system(),
        ", gebundeld" if getattr(sys, "frozen", False) else "",
    )
    return target


def _system() -> str:
    # Not the platform module: importing it costs ~5 ms at every start, and platform.platform() reads the whole
    # executable on Linux.
    if hasattr(os, "uname"):
        name = os.uname()
        return f"{name.sysname} {name.release} {name.machine}"
    version = sys.getwindowsversion()  # type: ignore[attr-defined,unused-ignore]  # Windows has no uname
    return f"Windows {version.major}.{version.minor}.{version.build}"


def stop_logging() -> None:
    """Close the log file (the tests use this to let go of a temporary folder)."""
    global _handler
    if _handler is not None:
        logging.getLogger().removeHandler(_handler)
        _handler.close()
        _handler = None
