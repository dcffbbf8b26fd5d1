"""The one place that finds files bundled with the package, from a checkout, an install or a frozen app."""

import sys
from functools import cache
from importlib import resources
from pathlib import Path


@cache
def package_dir() -> Path:
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root) / "studiekeuze"
    return Path(str(resources.files("studiekeuze")))


def content_sources_dir() -> Path:
    return package_dir() / "content" / "sources"


def bundled(*parts: str) -> Path:
    """A bundled file inside the package, e.g. bundled("fonts", "DejaVuSans.ttf")."""
    return package_dir().joinpath(*parts)


def icon(name: str) -> Path:
    """An icon shipped with the package, e.g. icon("studiekeuze.svg") (the app icon)."""
    return package_dir() / "icons" / name
