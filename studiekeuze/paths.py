"""Where studiekeuze keeps its files on this machine; STUDIEKEUZE_HOME overrides every folder (tests)."""

import os
import sys
from pathlib import Path

APP_NAME = "studiekeuze"


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
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def data_dir() -> Path:
    """Pupil sessions and settings: personal data, kept on this machine only."""
    return _folder("data")


def cache_dir() -> Path:
    """Files that can be rebuilt at any time, such as the content database."""
    return _folder("cache")


def content_db_path() -> Path:
    return cache_dir() / "inhoud.sqlite"
