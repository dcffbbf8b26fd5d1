"""The program's vocabularies, each defined once with its order; renderers word them from here or from templates."""

from dataclasses import dataclass
from enum import StrEnum

from studiekeuze.errors import UnknownLanguage
from studiekeuze.textnorm import fold


class Bewijs(StrEnum):
    """What an overgang or a suggestion rests on, strongest first.

    officieel: the government's own data (e.g. both richtingen lead to the same beroepskwalificatie);
    bron: a school or CLB page that states it (its URL is kept); studiedomein: the same studiedomein in another
    finaliteit, derived by studiekeuze; redactie: our own judgement.
    """

    OFFICIEEL = "officieel"
    BRON = "bron"
    STUDIEDOMEIN = "studiedomein"
    REDACTIE = "redactie"

    @property
    def strength(self) -> int:
        """Higher is stronger: used to order equal fits."""
        return len(BEWIJS_ORDER) - BEWIJS_ORDER.index(self)


BEWIJS_ORDER: tuple[Bewijs, ...] = tuple(Bewijs)


@dataclass(frozen=True)
class Language:
    """A home language in which the parents' page is printed beside the Dutch one.

    `code` is the ISO 639-1 code (`--taal`, template `ouders.<code>.j2`, rows of finaliteiten-vertalingen.toml);
    `naam` is the Dutch name (messages, the app), `eigen_naam` the language's own name.
    """

    code: str
    naam: str
    eigen_naam: str
    right_to_left: bool = False


# In the order the command line and the app list them. Every language has a reviewed template and a translation of
# every finaliteit (the build and a test check both); a native speaker should still review each (see README).
LANGUAGES: tuple[Language, ...] = (
    Language("en", "Engels", "English"),
    Language("fr", "Frans", "Français"),
    Language("tr", "Turks", "Türkçe"),
    Language("uk", "Oekraïens", "Українська"),
    Language("ar", "Arabisch", "العربية", right_to_left=True),
    Language("pl", "Pools", "Polski"),
)
LANGUAGE_CODES: tuple[str, ...] = tuple(language.code for language in LANGUAGES)


def language_list() -> str:
    """The languages as a Dutch list for messages and help: "en (Engels), fr (Frans), …"."""
    return ", ".join(f"{language.code} ({language.naam})" for language in LANGUAGES)


def find_language(text: str) -> Language:
    """The language a user means by its code or its Dutch or own name, in any case ("TR", "turks", "Türkçe")."""
    wanted = fold(" ".join(str(text).split()))
    for language in LANGUAGES:
        if wanted in (language.code, fold(language.naam), fold(language.eigen_naam)):
            return language
    raise UnknownLanguage(
        f"Onbekende taal '{text}' voor de bladzijde voor ouders. Kies een van deze talen: {language_list()}."
    )
