"""Reading and writing the user's files safely: regular files only, bounded reads, atomic private writes.

Every file a user names goes through here. A device (/dev/zero), a FIFO or a folder is refused before anything is
read, so nothing can eat memory or hang; a write goes to a temporary file beside the target and is renamed only
onto a regular file or a new name, so a device is never replaced and a half-written file is never left.
"""

import errno
import os
import stat
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from studiekeuze.errors import InputFileError, WriteError

DISK_FULL = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)}
NOT_ALLOWED = {errno.EACCES, errno.EPERM, errno.EROFS, errno.ENOENT}  # ENOENT: e.g. a folder of the system
PRIVATE_FILE = 0o600  # files about a pupil: readable by their owner only
PRIVATE_FOLDER = 0o700
_CHUNK = 1 << 20


def read_limited(path: Path, limit: int, label: str) -> bytes:
    """The bytes of the regular file `path` (at most `limit`); `label` names it in messages ("Het antwoordenbestand").

    Opened without blocking, so a FIFO cannot hang the program; what is opened is checked (fstat), so a device
    or a folder is refused before a single byte is read.
    """
    path = Path(path)
    if "\x00" in str(path):
        raise InputFileError(f"{label} {str(path).replace(chr(0), '?')} bestaat niet. Kijk de naam en de map na.")
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    try:
        handle = os.open(path, flags)
    except UnicodeEncodeError as error:  # a lone surrogate: no file on any disk can have that name
        raise InputFileError(f"{label} {path!r} bestaat niet: de naam bevat een teken dat niet in een bestandsnaam "
                             "kan. Kijk de naam na.") from error
    except FileNotFoundError as error:
        raise InputFileError(f"{label} {path} bestaat niet. Kijk de naam en de map na.") from error
    except IsADirectoryError as error:
        raise InputFileError(f"{path} is een map, geen bestand. Geef de naam van een bestand.") from error
    except OSError as error:
        raise InputFileError(f"{label} {path} kan niet gelezen worden ({error.strerror or error}).") from error
    try:
        info = os.fstat(handle)
        if stat.S_ISDIR(info.st_mode):
            raise InputFileError(f"{path} is een map, geen bestand. Geef de naam van een bestand.")
        if not stat.S_ISREG(info.st_mode):
            raise InputFileError(
                f"{path} is geen gewoon bestand (maar bijvoorbeeld een apparaat of een pijp). "
                "Geef een bestand dat op de schijf staat."
            )
        if info.st_size > limit:
            raise _too_big(path, label, limit)
        chunks: list[bytes] = []
        size = 0
        while True:
            chunk = os.read(handle, min(_CHUNK, limit + 1 - size))
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
            if size > limit:  # the file grew while it was read
                raise _too_big(path, label, limit)
        return b"".join(chunks)
    except OSError as error:
        raise InputFileError(f"{label} {path} kan niet gelezen worden ({error.strerror or error}).") from error
    finally:
        os.close(handle)


def _too_big(path: Path, label: str, limit: int) -> InputFileError:
    size = f"{limit // 1000:,}".replace(",", ".")
    return InputFileError(f"{label} {path} is te groot (meer dan {size} kB). Kijk na of je het juiste bestand koos.")


def check_target(target: Path) -> None:
    """Fail early, with a Dutch message, unless `target` is a regular file or a new name in an existing folder."""
    target = Path(target)
    if "\x00" in str(target):
        raise WriteError("Deze bestandsnaam bevat een teken dat niet in een bestandsnaam mag. Kies een andere naam.")
    try:
        os.fsencode(target)
    except UnicodeEncodeError as error:  # e.g. a lone surrogate: no file system can store that name
        raise WriteError("Deze bestandsnaam bevat een teken dat niet in een bestandsnaam mag. Kies een andere naam.") \
            from error
    if target.is_dir():
        raise WriteError(f"{target} is een map. Geef een bestandsnaam, bijvoorbeeld {target / 'advies.pdf'}.")
    if not target.parent.is_dir():
        raise WriteError(f"De map {target.parent} bestaat niet. Maak ze eerst aan of kies een andere map.")
    if os.path.lexists(target) and not target.is_file():
        # e.g. /dev/full or a FIFO: writing "into" it would replace a device or report a success that is not true.
        raise WriteError(
            f"{target} is geen gewoon bestand (maar bijvoorbeeld een apparaat). Kies een andere bestandsnaam."
        )


def write_atomic(data: bytes, target: Path, mode: int = PRIVATE_FILE) -> Path:
    """Write `data` to `target`, replacing an old file only once the new one is complete on disk.

    The new file gets `mode` (owner only, by default); the result is checked before it is reported as written.
    """
    with atomic_file(target, mode) as temporary, open(temporary, "wb") as stream:
        stream.write(data)
    return Path(target)


@contextmanager
def atomic_file(target: Path, mode: int = PRIVATE_FILE) -> Iterator[Path]:
    """A new temporary file beside `target` for the block to fill; renamed onto `target` when the block succeeds.

    The one way studiekeuze writes a file (PDFs, exports, the content database, the template cache): only onto a
    regular file or a new name, flushed to disk before the rename, given `mode`, and checked afterwards. When the
    block raises, the temporary file is removed and `target` is untouched; an OSError becomes a Dutch WriteError.
    """
    target = Path(target)
    check_target(target)
    folder = target.parent
    try:
        handle, name = tempfile.mkstemp(prefix=f".{target.stem[:40]}-", suffix=".tmp", dir=folder)
    except OSError as error:
        raise _write_error(error, target, replacing=False) from error
    os.close(handle)
    temporary = Path(name)
    replacing = False
    try:
        yield temporary
        with open(temporary, "rb+") as stream:
            os.fsync(stream.fileno())  # a full disk may only show here
            size = os.fstat(stream.fileno()).st_size
        os.chmod(temporary, mode)
        check_target(target)  # still a regular file or a new name just before the rename
        replacing = True
        os.replace(temporary, target)
    except OSError as error:
        temporary.unlink(missing_ok=True)
        raise _write_error(error, target, replacing) from error
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    _check_written(target, size)


def _check_written(target: Path, size: int) -> None:
    try:
        info = os.stat(target)
    except OSError as error:
        raise WriteError(f"{target} is niet bewaard ({error.strerror or error}). Kies een andere map.") from error
    if not stat.S_ISREG(info.st_mode) or info.st_size != size:
        raise WriteError(f"{target} is niet goed bewaard. Kies een andere map of bestandsnaam en probeer opnieuw.")


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
    return WriteError(f"{target} kon niet bewaard worden ({error.strerror or error}). Kies een andere map.")


def make_private_folder(folder: Path) -> Path:
    """Create `folder` (and its parents) for files about pupils: readable by its owner only where the OS allows."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True, mode=PRIVATE_FOLDER)
    tighten(folder, PRIVATE_FOLDER)
    return folder


def tighten(path: Path, mode: int) -> None:
    """Take away every permission beyond `mode` from a file or folder of our own (a no-op where modes do not exist)."""
    if os.name != "posix":
        return
    try:
        info = os.stat(path)
        if info.st_uid == os.getuid() and stat.S_IMODE(info.st_mode) & ~mode:
            os.chmod(path, stat.S_IMODE(info.st_mode) & mode)
    except OSError:
        pass  # not ours, or gone: nothing to tighten
