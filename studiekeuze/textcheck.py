"""The one check for names people type (command line, class lists and the app alike) and for free text.

A name may hold letters of any script, spaces, hyphens, apostrophes and the like. It may not hold characters that
change how text looks without being seen: controls, right-to-left overrides, zero-width characters, lone
surrogates (which cannot even be written to a file or a PDF). Such a character can make "Ann‮gpj.exe" show as
"Ann…exe.jpg" in a list of files, or make two different names look the same.
"""

import unicodedata

from studiekeuze.errors import InvalidInput

MAX_NAME_LENGTH = 60
MAX_KLAS_LENGTH = 30
# Unicode categories never allowed in a name: controls, format characters (bidi overrides and isolates, zero-width
# space/joiners, BOM), surrogates, private use, unassigned, and line/paragraph separators.
FORBIDDEN_CATEGORIES = frozenset({"Cc", "Cf", "Cs", "Co", "Cn", "Zl", "Zp"})
ALLOWED_CONTROLS = frozenset("\t")  # a tab from a spreadsheet cell becomes a space


def forbidden(ch: str) -> bool:
    return ch not in ALLOWED_CONTROLS and unicodedata.category(ch) in FORBIDDEN_CATEGORIES


def shown(text: str) -> str:
    """`text` with every forbidden character written as [U+XXXX], so a message can show where it is."""
    return "".join(f"[U+{ord(ch):04X}]" if forbidden(ch) else ch for ch in text)


def clean(text: str) -> str:
    """NFC, and every run of spaces (tabs, non-breaking spaces) as one space, without spaces at either end."""
    return " ".join(unicodedata.normalize("NFC", text).split())


def name_problem(text: object, what: str = "de voornaam", max_length: int = MAX_NAME_LENGTH,
                 required: bool = True) -> str | None:
    """What is wrong with `text` as a name (lower case, for "regel 4: …"), or None when it can be used."""
    if not isinstance(text, str):
        return f"{what} moet tekst zijn."
    if "\n" in text or "\r" in text:
        return f"{what} loopt over meer dan één regel. Zet de naam op één regel (kijk de aanhalingstekens na)."
    if any(forbidden(ch) for ch in text):
        return (f"{what} '{shown(text)}' bevat onzichtbare tekens. Typ de naam opnieuw, zonder "
                "de tekens tussen [ ].")
    cleaned = clean(text)
    if not cleaned:
        return f"{what} ontbreekt. Geef een voornaam of een schuilnaam." if required else None
    if len(cleaned) > max_length:
        return f"{what} is langer dan {max_length} tekens. Maak {what} korter."
    if not any(ch.isalpha() for ch in cleaned):
        return f"'{cleaned}' is geen voornaam. Gebruik minstens één letter."
    return None


def check_name(text: object, what: str = "de voornaam", max_length: int = MAX_NAME_LENGTH,
               required: bool = True) -> str:
    """The name as it will be stored (see `clean`); InvalidInput with a Dutch message when it cannot be used."""
    problem = name_problem(text, what, max_length, required)
    if problem:
        raise InvalidInput(problem[0].upper() + problem[1:])
    return clean(text)  # type: ignore[arg-type]  # name_problem made sure it is a str


def klas_problem(text: object) -> str | None:
    """A klas is optional; when given it follows the rules of a name (it ends up in file names too)."""
    if not isinstance(text, str):
        return "de klas moet tekst zijn."
    if "\n" in text or "\r" in text or any(forbidden(ch) for ch in text):
        return f"de klas '{shown(text)}' bevat onzichtbare tekens. Typ de klas opnieuw."
    if len(clean(text)) > MAX_KLAS_LENGTH:
        return f"de klas is langer dan {MAX_KLAS_LENGTH} tekens."
    return None


def check_klas(text: object) -> str:
    problem = klas_problem(text)
    if problem:
        raise InvalidInput(problem[0].upper() + problem[1:])
    return clean(text)  # type: ignore[arg-type]


def encodable(text: str) -> bool:
    """False for text with lone surrogates (e.g. from a broken JSON escape or bytes that were not UTF-8)."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def check_text(text: str, what: str) -> str:
    """Free text (a note, a search, a richting's name): anything that can be written, except a NUL."""
    if not encodable(text) or "\x00" in text:
        raise InvalidInput(
            f"{what} bevat tekens die geen gewone tekst zijn ({shown(text)[:80]}). Typ de tekst opnieuw."
        )
    return text
