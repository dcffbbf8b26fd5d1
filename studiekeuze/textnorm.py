"""Text folding shared by search and name lookup: case- and accent-insensitive comparison."""

import re
import unicodedata
from functools import lru_cache

_WORD = re.compile(r"\w+", re.UNICODE)


@lru_cache(maxsize=16384)  # the same names are folded again for every pupil (sorting, matching)
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
MIN_CONTENT_WORD = 4
# Short words that say nothing about a field.
FUNCTION_WORDS = frozenset([
    "deze", "voor", "naar", "meer", "zijn", "jouw", "over", "door", "maar", "want", "veel", "heel", "goed", "alle",
    "elke", "samen", "werk", "werkt", "werken", "maken", "maakt", "leren", "leert", "doen", "doet", "jezelf",
    "andere", "ander", "eigen", "soms", "vaak", "kunt", "wordt", "worden", "waar", "hier", "daar", "bouwen", "bouwt",
    "groep", "mensen",
])


def stems(text: str) -> frozenset[str]:
    """The first letters of the content words of a text: a rough, language-agnostic way to see that an item about
    a "lamp" and a richting that mentions "lampen" speak of the same thing."""
    return frozenset(word[:STEM_LENGTH] for word in words(text)
                     if len(word) >= MIN_CONTENT_WORD and word not in FUNCTION_WORDS)


def prefixes(text: str) -> frozenset[str]:
    """Every stem a word of `text` starts with (4 up to STEM_LENGTH letters), to meet `stems` of another text."""
    return frozenset(word[:length] for word in words(text) if word not in FUNCTION_WORDS
                     for length in range(MIN_CONTENT_WORD, STEM_LENGTH + 1) if len(word) >= length)


def first_lower(text: str) -> str:
    """Lower-case the first letter of a sentence taken into another one, unless the first word is an abbreviation
    (STEM, ICT); proper nouns further on keep their capitals."""
    text = text.strip()
    first_word = text.split(" ", 1)[0]
    if len(first_word) > 1 and first_word[:2].isupper():
        return text
    return text[:1].lower() + text[1:]
