"""Where studiekeuze keeps its files on this machine; STUDIEKEUZE_HOME overrides every folder (tests)."""

import errno
import os
import sys
from pathlib import Path

from studiekeuze.errors import WriteError
from studiekeuze.safefiles import PRIVATE_FOLDER, tighten

APP_NAME = "studiekeuze"
LOG_FILE = "studiekeuze.log"
# Folders that hold something about pupils (sessions; Qt's file dialog remembers folders), and the log (it holds
# no pupil's data, but may name the user's folders): owner only.
PRIVATE_KINDS = {"data", "config", "log"}


def _platform_base(kind: str) -> Path:
    """The system's own place for each kind (platformdirs): XDG on Linux, ~/Library/… on macOS, AppData on Windows."""
    import platformdirs  # here, not at the top: not needed at all when STUDIEKEUZE_HOME is set (tests, benchmarks)

    # appauthor=False: Windows would otherwise nest the folder twice (AppData\Local\studiekeuze\studiekeuze).
    dirs = platformdirs.PlatformDirs(APP_NAME, appauthor=False)
    base = Path({
        "data": dirs.user_data_dir,
        "cache": dirs.user_cache_dir,
        "config": dirs.user_config_dir,
        "log": dirs.user_log_dir,
    }[kind])
    # On Windows and macOS the data and config folders are one and the same folder, and earlier versions kept the
    # sessions in its subfolder "data" (and Qt's settings in "config"): keep them there, so a counsellor who updates
    # finds every pupil again.
    if sys.platform in ("win32", "darwin") and kind in ("data", "config"):
        return base / kind
    return base


def _folder(kind: str) -> Path:
    override = os.environ.get("STUDIEKEUZE_HOME")
    folder = Path(override) / kind if override else _platform_base(kind)
    private = kind in PRIVATE_KINDS
    try:
        folder.mkdir(parents=True, exist_ok=True, mode=PRIVATE_FOLDER if private else 0o777)
        if not folder.is_dir():
            raise NotADirectoryError(errno.ENOTDIR, os.strerror(errno.ENOTDIR), str(folder))
    except OSError as error:
        raise _folder_error(folder, error, override) from error
    if private:
        tighten(folder, PRIVATE_FOLDER)
    return folder


def _folder_error(folder: Path, error: OSError, override: str | None) -> WriteError:
    where = "Kies met STUDIEKEUZE_HOME een map waarin je mag schrijven" if override else (
        "Vraag hulp aan wie de computer beheert")
    blocking = next((p for p in (folder, *folder.parents) if p.exists() and not p.is_dir()), None)
    if blocking is not None or error.errno in (errno.ENOTDIR, errno.EEXIST):
        shown = blocking or folder
        return WriteError(f"studiekeuze kan de map {folder} niet maken: {shown} is een bestand, geen map. {where}.")
    if error.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        return WriteError(
            f"studiekeuze mag de map {folder} niet maken of er niet in schrijven (de schijf is alleen-lezen of "
            f"de map is van iemand anders). {where}."
        )
    return WriteError(f"studiekeuze kan de map {folder} niet gebruiken ({error.strerror or error}). {where}.")


def data_dir() -> Path:
    """Pupil sessions and settings: personal data, kept on this machine only."""
    return _folder("data")


def cache_dir() -> Path:
    """Files that can be rebuilt at any time, such as the content database."""
    return _folder("cache")


def config_dir() -> Path:
    """Settings of the toolkit (Qt's file dialog keeps its folder history here, not in the user's home)."""
    return _folder("config")


def log_dir() -> Path:
    """The rotating log file (no pupil's data in it): what a windowed app without a console leaves after a crash."""
    return _folder("log")


def content_db_path() -> Path:
    return cache_dir() / "inhoud.sqlite"
