"""Safe, readable file names from pupils' first names (accents kept; separators and reserved characters not)."""

import re
import unicodedata

RESERVED = re.compile(r'[<>:"/\\|?*\x00-\x1f\x7f]')
WINDOWS_RESERVED_NAMES = {"con", "prn", "aux", "nul"} | {f"{port}{i}" for port in ("com", "lpt") for i in range(1, 10)}
MAX_LENGTH = 80


def safe_stem(text: str, fallback: str = "leerling") -> str:
    cleaned = RESERVED.sub("_", unicodedata.normalize("NFC", text)).strip(" .")
    cleaned = re.sub(r"\s+", " ", cleaned)[:MAX_LENGTH].strip(" .")
    if not cleaned or cleaned.casefold() in WINDOWS_RESERVED_NAMES:
        return fallback if not cleaned else f"{cleaned}_"
    return cleaned


def unique(stem: str, taken: set[str]) -> str:
    """`stem`, or `stem (2)`, `stem (3)`…: names that differ only in case clash on Windows and macOS."""
    candidate, number = stem, 2
    while candidate.casefold() in taken:
        candidate, number = f"{stem} ({number})", number + 1
    taken.add(candidate.casefold())
    return candidate
