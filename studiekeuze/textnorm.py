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


STEM_LENGTH = 6
MIN_CONTENT_WORD = 5


def stems(text: str) -> frozenset[str]:
    """The first letters of the longer words of a text: a rough, language-agnostic way to see that an item about
    "stopcontacten" and a richting that mentions "stopcontact" speak of the same thing."""
    return frozenset(word[:STEM_LENGTH] for word in words(text) if len(word) >= MIN_CONTENT_WORD)
