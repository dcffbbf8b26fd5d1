"""Text folding shared by search and name lookup: case- and accent-insensitive comparison."""

import re
import unicodedata

_WORD = re.compile(r"\w+", re.UNICODE)


def fold(text: str) -> str:
    """Lower-case text without accents: "Créatie" → "creatie"."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()


def words(text: str) -> list[str]:
    return _WORD.findall(fold(text))


def slug(text: str) -> str:
    return "-".join(words(text))


def word_count(text: str) -> int:
    return len(text.split())
