"""The one place that finds files bundled with the package, from a checkout, an install or a frozen app."""

import sys
from functools import cache
from pathlib import Path


@cache
def package_dir() -> Path:
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root) / "studiekeuze"
    # The package's own folder (a checkout, an editable or a normal install: studiekeuze is never run from a zip);
    # importlib.resources would give the same folder but costs ~9 ms to import at every start.
    return Path(__file__).resolve().parent


def content_sources_dir() -> Path:
    return package_dir() / "content" / "sources"


def bundled(*parts: str) -> Path:
    """A bundled file inside the package, e.g. bundled("fonts", "DejaVuSans.ttf")."""
    return package_dir().joinpath(*parts)


def pictogram_dir() -> Path:
    """The questionnaire's drawings: one SVG per item, and the pictures of the answers."""
    return package_dir() / "pictogrammen"


def pictogram(name: str) -> Path:
    """A questionnaire pictogram by its file name, e.g. pictogram("soep-koken.svg")."""
    return pictogram_dir() / name


def icon(name: str) -> Path:
    """An icon shipped with the package, e.g. icon("studiekeuze.svg") (the app icon)."""
    return package_dir() / "icons" / name


def translation_dir() -> Path:
    """The app's own translations (Qt Linguist): studiekeuze_<taal>.ts sources and the .qm files built from them."""
    return package_dir() / "i18n"


def translation(language: str) -> Path:
    """The compiled translation of the app's own texts into `language`, e.g. translation("en")."""
    return translation_dir() / f"studiekeuze_{language}.qm"
