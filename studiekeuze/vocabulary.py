"""The program's vocabularies, each defined once with its codes, order and label; every renderer reads them here.

Validation (`content/sources.py`), the repository, matching, the advice and richting page (through their templates
and `texts/zinnen.toml`), the command line and the app (`ui/labels.py`) all take codes, order and labels from this
module, so a new code is added in one place. Labels are plain Dutch, written to stand inside a sentence (lower case
unless the word is a name); a renderer that starts a line with one uses `first_upper`. `tests/core/test_vocabulary.py`
fails when any renderer cannot word a code of one of these vocabularies.

Validation and the labels read these tuples when they are used (through the functions below), so a code added
here reaches them without another change. Records are NamedTuples, not dataclasses: the app imports this module at
start-up, and a frozen dataclass costs ten times as much to create.
"""

from enum import StrEnum
from typing import NamedTuple

from studiekeuze.errors import UnknownLanguage
from studiekeuze.textnorm import fold


def first_upper(text: str) -> str:
    """"logische volgende stap" → "Logische volgende stap"; "Se-n-Se" stays as it is."""
    return text[:1].upper() + text[1:]


# --- evidence ----------------------------------------------------------------------------------------------------
class Bewijs(StrEnum):
    """What an overgang or a suggestion rests on, strongest first.

    officieel: the government's own data (e.g. both richtingen lead to the same beroepskwalificatie);
    bron: a school or CLB page that states it (its URL is kept); studiedomein: the same studiedomein in another
    finaliteit, derived by studiekeuze; redactie: our own judgement; begeleider: the counsellor put it on this
    pupil's sheet (no evidence of fit, so it comes last among equal fits).
    """

    OFFICIEEL = "officieel"
    BRON = "bron"
    STUDIEDOMEIN = "studiedomein"
    REDACTIE = "redactie"
    BEGELEIDER = "begeleider"

    @property
    def strength(self) -> int:
        """Higher is stronger: used to order equal fits (read for every candidate: a table, not a search)."""
        return _BEWIJS_STRENGTH[self]

    @property
    def label(self) -> str:
        return BEWIJS_LABELS[self]


BEWIJS_LABELS: dict[str, str] = {
    Bewijs.OFFICIEEL: "officiële gegevens: beide leiden tot dezelfde beroepskwalificatie",
    Bewijs.BRON: "een school of het CLB vermeldt deze stap",
    Bewijs.STUDIEDOMEIN: "hetzelfde studiedomein, in een andere finaliteit",
    Bewijs.REDACTIE: "inschatting van studiekeuze",
    Bewijs.BEGELEIDER: "gekozen door je begeleider",
}
BEWIJS_ORDER: tuple[Bewijs, ...] = tuple(Bewijs)
_BEWIJS_STRENGTH: dict[Bewijs, int] = {b: len(BEWIJS_ORDER) - i for i, b in enumerate(BEWIJS_ORDER)}


# --- kinds of overgang -------------------------------------------------------------------------------------------
CONTENT = "inhoud"  # a source states it ([[richting.overgang]] soort)
MATCHING = "matching"  # matching adds it where the content leaves a finaliteit empty (or the counsellor adds it)


class Soort(NamedTuple):
    """One kind of overgang.

    `nabijheid`: how close such a step is to the current richting (lower is closer: it orders equal fits);
    `volgorde`: where it stands among a richting's overgangen; `door`: who gives it (CONTENT or MATCHING);
    `buiten_school`: a step after secondary school (it names a programme or work, no richting);
    `in_meta`: whether a card's one-line description names the kind (not when the graad already says it);
    `bewijs_label`: evidence wording of its own (else the Bewijs label); `reden`: the key in `zinnen.toml` [reden]
    of the sentence that says why this step follows from where the pupil is (matching's own kinds).
    """

    code: str
    label: str
    nabijheid: int
    volgorde: int
    door: str = CONTENT
    buiten_school: bool = False
    in_meta: bool = True
    bewijs_label: str = ""
    reden: str = ""


SOORTEN: tuple[Soort, ...] = (
    Soort("logische_vervolgrichting", "logische volgende stap", nabijheid=0, volgorde=0),
    Soort("verwante_richting", "verwante richting", nabijheid=1, volgorde=1),
    Soort("specialisatiejaar", "specialisatiejaar", nabijheid=1, volgorde=2),
    Soort("se_n_se", "Se-n-Se", nabijheid=1, volgorde=2),
    Soort("graduaat", "graduaat", nabijheid=1, volgorde=3, buiten_school=True),
    Soort("bachelor", "bachelor", nabijheid=1, volgorde=4, buiten_school=True),
    Soort("arbeidsmarkt", "aan het werk", nabijheid=1, volgorde=5, buiten_school=True),
    Soort("eigen_domein", "zelfde studiedomein", nabijheid=2, volgorde=6, door=MATCHING, reden="eigen_domein"),
    Soort("verwant_domein", "verwant studiedomein", nabijheid=2, volgorde=6, door=MATCHING, reden="verwant_domein"),
    Soort("gekozen_domein", "studiedomein dat je graag hebt", nabijheid=3, volgorde=6, door=MATCHING,
          bewijs_label="een studiedomein dat je graag hebt", reden="domein"),
    Soort("volgende_graad", "richting in de volgende graad", nabijheid=4, volgorde=7, door=MATCHING,
          in_meta=False, reden="volgende_graad"),
    # The counsellor's own choice: the service says so in the card's first reason (zinnen.toml reden.begeleider).
    Soort("begeleider", "gekozen door je begeleider", nabijheid=5, volgorde=8, door=MATCHING, in_meta=False),
)
UNKNOWN_NABIJHEID = 9
BEGELEIDER_SOORT = "begeleider"  # a richting the counsellor put on the sheet that no overgang or fill gave
# The orientation of a bachelor (hoger-onderwijs.toml `soort`) names the kind more precisely.
OPLEIDING_SOORTEN: dict[str, str] = {"professioneel": "professionele bachelor", "academisch": "academische bachelor"}


def soort(code: str) -> Soort | None:
    global _index
    # Matching asks for every candidate: an index, made again only when SOORTEN is another tuple (an identity
    # check, not a hash of the whole tuple).
    if _index[0] is not SOORTEN:
        _index = (SOORTEN, {s.code: s for s in SOORTEN})
    return _index[1].get(code)


_index: tuple[tuple[Soort, ...], dict[str, Soort]] = ((), {})


def soort_codes(door: str | None = None) -> tuple[str, ...]:
    """Every kind's code in order; with `door`, only those a source (CONTENT) or matching (MATCHING) gives."""
    return tuple(s.code for s in SOORTEN if door is None or s.door == door)


def soort_label(code: str, opleiding_soort: str = "") -> str:
    """"logische volgende stap"; for a bachelor with its orientation: "professionele bachelor"."""
    if code == "bachelor" and opleiding_soort in OPLEIDING_SOORTEN:
        return OPLEIDING_SOORTEN[opleiding_soort]
    found = soort(code)
    return found.label if found else code


def bewijs_label(bewijs: str, soort_code: str = "") -> str:
    """What a step rests on, in a few plain words (a kind may word it more precisely)."""
    found = soort(soort_code)
    if found and found.bewijs_label and bewijs == Bewijs.STUDIEDOMEIN:
        return found.bewijs_label
    return BEWIJS_LABELS.get(bewijs, BEWIJS_LABELS[Bewijs.REDACTIE])


# --- graden ------------------------------------------------------------------------------------------------------
class Graad(NamedTuple):
    """A stage of secondary school. `volgende`: the graad that comes next (None after a 7th year); `richtingen`: the
    content holds studierichtingen of this graad (the 1st graad has none here: a pupil there chooses for the 2nd)."""

    nummer: int
    label: str
    volgende: int | None
    richtingen: bool = True


GRADEN_LIJST: tuple[Graad, ...] = (
    Graad(1, "1ste graad", 2, richtingen=False),
    Graad(2, "2de graad", 3),
    Graad(3, "3de graad", 7),
    Graad(7, "7de jaar", None),
)


def graad(nummer: int | None) -> Graad | None:
    return next((g for g in GRADEN_LIJST if g.nummer == nummer), None)


def graad_label(nummer: int | None) -> str:
    found = graad(nummer)
    return found.label if found else ""


def graden(richtingen: bool | None = None) -> tuple[int, ...]:
    """Every graad a pupil can be in now; with `richtingen=True`, those the content holds richtingen of."""
    return tuple(g.nummer for g in GRADEN_LIJST if richtingen is None or g.richtingen == richtingen)


def volgende_graad(nummer: int | None) -> int | None:
    found = graad(nummer)
    return found.volgende if found else None


# --- finaliteiten ------------------------------------------------------------------------------------------------
class Finaliteit(NamedTuple):
    """A finaliteit; every one is a full, positive choice. The label is the name a pupil reads (the content's
    `leerlingnaam` in finaliteiten.toml must be the same; the content adds the explanation)."""

    code: str
    label: str


# The order in which they stand side by side: arbeidsmarkt and dubbele finaliteit first, as full choices.
FINALITEITEN_LIJST: tuple[Finaliteit, ...] = (
    Finaliteit("A", "Arbeidsmarkt"),
    Finaliteit("D/A", "Dubbele finaliteit"),
    Finaliteit("D", "Doorstroom"),
)
# The group of steps after secondary school (graduaat, bachelor, work), beside the finaliteiten on a sheet.
NA_SECUNDAIR = Finaliteit("", "Na het secundair")


def finaliteit_codes() -> tuple[str, ...]:
    return tuple(f.code for f in FINALITEITEN_LIJST)


def finaliteit_label(code: str) -> str:
    found = next((f for f in (*FINALITEITEN_LIJST, NA_SECUNDAIR) if f.code == code), None)
    return found.label if found else code


def groep_codes() -> tuple[str, ...]:
    """The suggestion groups in their usual order: every finaliteit, then the steps after secondary school ("")."""
    return (*finaliteit_codes(), NA_SECUNDAIR.code)


# --- questionnaire forms -----------------------------------------------------------------------------------------
class Vorm(StrEnum):
    """How a profile was made: the short or the full questionnaire, or scores the counsellor typed in."""

    KORT = "kort"
    VOLLEDIG = "volledig"
    SCORES = "scores"

    @property
    def label(self) -> str:
        return VORM_LABELS[self]

    @property
    def vragenlijst(self) -> bool:
        """A form a pupil fills in (not scores typed in)."""
        return self is not Vorm.SCORES


VORM_LABELS: dict[str, str] = {Vorm.KORT: "kort", Vorm.VOLLEDIG: "volledig", Vorm.SCORES: "scores"}


def vragenlijst_vormen() -> tuple[str, ...]:
    return tuple(v.value for v in Vorm if v.vragenlijst)


# --- leerwegen ---------------------------------------------------------------------------------------------------
LEERWEGEN: dict[str, str] = {
    "school": "op school",
    "duaal": "duaal: je leert een groot deel op een echte werkplek",
}


def leerweg_label(code: str) -> str:
    return LEERWEGEN.get(code, code)


# --- RIASEC ------------------------------------------------------------------------------------------------------
class Letter(NamedTuple):
    """One of Holland's six interest types, with the name a pupil reads."""

    code: str
    naam: str


LETTERS: tuple[Letter, ...] = (
    Letter("R", "Praktisch"),
    Letter("I", "Onderzoekend"),
    Letter("A", "Creatief"),
    Letter("S", "Sociaal"),
    Letter("E", "Ondernemend"),
    Letter("C", "Ordelijk"),
)
RIASEC: tuple[str, ...] = tuple(letter.code for letter in LETTERS)


def letter_naam(code: str) -> str:
    return next((letter.naam for letter in LETTERS if letter.code == code), code)


class SterkeLetters(NamedTuple):
    """When a letter "stands out" (one rule for the profile text, the chart, the reasons and the sheet): at most
    `hoogstens`, none when the profile is flat (less than `vlak` points between highest and lowest); a letter of
    `hoog` or more; or, when none reaches `hoog`, one of at least `minimum` that lies `boven_midden` points above the
    pupil's own middle."""

    hoog: int = 60
    boven_midden: int = 15
    minimum: int = 40
    vlak: int = 15
    hoogstens: int = 3


STERK = SterkeLetters()

# The codes alone, for readers that need no more (argparse choices, loops over the six scales).
FINALITEITEN: tuple[str, ...] = finaliteit_codes()
GRADEN: tuple[int, ...] = graden(richtingen=True)


# --- home languages of the parents' page ------------------------------------------------------------------------
class Language(NamedTuple):
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
