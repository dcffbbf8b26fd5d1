"""Writes a PDF atomically: a temporary file in the target folder, then a rename. Never a half-written PDF."""

import errno
import os
import tempfile
from pathlib import Path

from studiekeuze.errors import WriteError

DISK_FULL = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)}
NOT_ALLOWED = {errno.EACCES, errno.EPERM, errno.EROFS, errno.ENOENT}  # ENOENT: e.g. a folder of the system


def _read_umask() -> int:
    # Read once at import (normally on the main thread): os.umask can only be read by setting it.
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


UMASK = _read_umask()


def check_target(target: Path) -> None:
    """Fail early, with a Dutch message, when `target` is a folder or its folder does not exist."""
    target = Path(target)
    if target.is_dir():
        raise WriteError(f"{target} is een map. Geef een bestandsnaam, bijvoorbeeld {target / 'advies.pdf'}.")
    if not target.parent.is_dir():
        raise WriteError(f"De map {target.parent} bestaat niet. Maak ze eerst aan of kies een andere map.")


def write_pdf(data: bytes, target: Path) -> Path:
    """Write `data` to `target`, replacing any old file only once the new one is complete on disk."""
    target = Path(target)
    check_target(target)
    folder = target.parent
    try:
        handle, temporary = tempfile.mkstemp(prefix=f".{target.stem[:40]}-", suffix=".pdf.tmp", dir=folder)
    except OSError as error:
        raise _write_error(error, target, replacing=False) from error
    replacing = False
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())  # a full disk may only show here
        mode = target.stat().st_mode & 0o7777 if target.exists() else 0o666 & ~UMASK
        os.chmod(temporary, mode)
        replacing = True
        os.replace(temporary, target)
    except OSError as error:
        Path(temporary).unlink(missing_ok=True)
        raise _write_error(error, target, replacing) from error
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return target


def _write_error(error: OSError, target: Path, replacing: bool) -> WriteError:
    folder = target.parent
    if error.errno in DISK_FULL:
        return WriteError(
            f"De schijf is vol: {target} kon niet bewaard worden. Maak ruimte vrij of kies een andere map."
        )
    if error.errno in NOT_ALLOWED:
        if replacing:
            # Windows refuses to replace a file that a PDF reader holds open.
            return WriteError(
                f"{target} kan niet overschreven worden. Is het bestand nog open in een ander programma, zoals een "
                "PDF-lezer? Sluit het en probeer opnieuw, of kies een andere naam."
            )
        return WriteError(
            f"In de map {folder} mag niet geschreven worden. Kies een andere map, bijvoorbeeld je map Documenten."
        )
    return WriteError(f"{target} kon niet bewaard worden ({error.strerror or error}).")
