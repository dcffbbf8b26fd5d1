"""Writes a PDF atomically: a temporary file in the target folder, then a rename. Never a half-written PDF.

The work is done by `studiekeuze.safefiles` (shared with every other file studiekeuze writes about a pupil): only
a regular file or a new name is written, the new file is readable by its owner only, and the result is checked
before it is reported.
"""

from pathlib import Path

from studiekeuze.safefiles import DISK_FULL, NOT_ALLOWED, PRIVATE_FILE, check_target, write_atomic

__all__ = ["DISK_FULL", "NOT_ALLOWED", "PRIVATE_FILE", "check_target", "write_pdf"]


def write_pdf(data: bytes, target: Path) -> Path:
    """Write `data` to `target`, replacing any old file only once the new one is complete on disk."""
    return write_atomic(data, target, PRIVATE_FILE)
