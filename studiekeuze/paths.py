"""Where studiekeuze keeps its files on this machine; STUDIEKEUZE_HOME overrides every folder (tests)."""

import errno
import os
import sys
from pathlib import Path

from studiekeuze.errors import WriteError
from studiekeuze.safefiles import PRIVATE_FOLDER, tighten

APP_NAME = "studiekeuze"
# Folders that hold something about pupils (sessions; Qt's file dialog remembers folders): owner only.
PRIVATE_KINDS = {"data", "config"}


def _platform_base(kind: str) -> Path:
    home = Path.home()
    if sys.platform.startswith("win"):
        return Path(os.environ.get("LOCALAPPDATA", home / "AppData" / "Local")) / APP_NAME / kind
    if sys.platform == "darwin":
        return home / "Library" / "Application Support" / APP_NAME / kind
    variable, fallback = {
        "data": ("XDG_DATA_HOME", home / ".local" / "share"),
        "cache": ("XDG_CACHE_HOME", home / ".cache"),
        "config": ("XDG_CONFIG_HOME", home / ".config"),
    }[kind]
    return Path(os.environ.get(variable) or fallback) / APP_NAME


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


def content_db_path() -> Path:
    return cache_dir() / "inhoud.sqlite"
