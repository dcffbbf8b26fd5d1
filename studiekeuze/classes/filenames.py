"""Safe, readable file names from pupils' first names (accents kept; separators and reserved characters not).

Safe on Windows, macOS and Linux alike: no separators or characters Windows reserves, no controls or invisible
characters (a right-to-left override would make "Ann‮gpj.exe" show as "…exe.jpg"), no leading dot (hidden file),
no trailing dot or space (Windows drops them), no device names (CON, NUL, COM1 …, also with an extension), and
short enough in bytes for every file system once " (2).pdf" is added.
"""

import re
import unicodedata

from studiekeuze.textcheck import forbidden

RESERVED = re.compile(r'[<>:"/\\|?*\x00-\x1f\x7f]')
WINDOWS_RESERVED_NAMES = (
    {"con", "prn", "aux", "nul", "conin$", "conout$"}
    | {f"{port}{i}" for port in ("com", "lpt") for i in (*range(10), "¹", "²", "³")}
)
MAX_LENGTH = 80
MAX_BYTES = 150  # UTF-8; file systems allow 255, and the suffix, a number and a temporary prefix need room


def safe_stem(text: str, fallback: str = "leerling") -> str:
    normalised = unicodedata.normalize("NFC", text)
    # Invisible characters are dropped; reserved ones become "_" (so "a/b" stays readable).
    visible = "".join(ch for ch in normalised if not forbidden(ch))
    cleaned = re.sub(r"\s+", " ", RESERVED.sub("_", visible)).strip(" .")
    cleaned = _fit(cleaned[:MAX_LENGTH]).strip(" .")
    if not cleaned:
        return fallback
    base = cleaned.split(".", 1)[0].rstrip(" ")
    if base.casefold() in WINDOWS_RESERVED_NAMES:
        return base + "_" + cleaned[len(base):]
    return cleaned


def _fit(text: str) -> str:
    while len(text.encode("utf-8")) > MAX_BYTES:
        text = text[:-1]
    return text


def unique(stem: str, taken: set[str]) -> str:
    """`stem`, or `stem (2)`, `stem (3)`…: names that differ only in case clash on Windows and macOS."""
    candidate, number = stem, 2
    while candidate.casefold() in taken:
        candidate, number = f"{stem} ({number})", number + 1
    taken.add(candidate.casefold())
    return candidate
