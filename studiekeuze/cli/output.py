"""The command line's output: JSON on stdout (the shapes live in the core, `studiekeuze.service.shapes`) and a stdout
that turns a failed write into a Dutch message."""

import json
import sys
from typing import Any, TextIO

from studiekeuze.errors import StudiekeuzeError


class OutputError(StudiekeuzeError):
    """What the command printed could not be written (stdout is a full disk, a closed file, /dev/full)."""


class _GuardedStdout:
    """stdout that turns a failed write into an OutputError with a Dutch message, instead of a traceback."""

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream

    def write(self, text: str) -> int:
        try:
            return self._stream.write(text)
        except BrokenPipeError:
            raise
        except OSError as error:
            raise _output_error(error) from error

    def flush(self) -> None:
        try:
            self._stream.flush()
        except BrokenPipeError:
            raise
        except OSError as error:
            raise _output_error(error) from error

    def __getattr__(self, name: str) -> Any:
        return getattr(self._stream, name)


def _output_error(error: OSError) -> OutputError:
    return OutputError(
        f"De uitvoer kon niet geschreven worden ({error.strerror or error}). Is de schijf vol? Stuur de uitvoer "
        "naar een bestand op een schijf met ruimte."
    )


def guarded_stdout(stream: TextIO) -> TextIO:
    return _GuardedStdout(stream)  # type: ignore[return-value]


def print_json(value: Any) -> None:
    json.dump(value, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")
