"""The advice for one pupil as plain data: every text already worded, so a renderer (PDF, app) only lays it out.

All strings are plain text (not markup): a renderer escapes them where they enter its own markup.
"""

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class Balk:
    """One interest scale in the profile chart; `score` 0–100, or None when the scale has no answer yet."""

    letter: str
    naam: str
    score: int | None
    hoog: bool


@dataclass(frozen=True)
class ProfielDeel:
    kop: str
    intro: str
    balken: tuple[Balk, ...]
    zinnen: tuple[str, ...]  # one plain sentence per high letter (or one sentence when none stands out)
    schaal_laag: str  # the chart's axis ends, e.g. "minder" / "meer"
    schaal_hoog: str
    geen_antwoord: str  # shown instead of a bar for a scale without answers
    legende: str  # says how a high letter is marked (not by colour alone)
    markering: str = "★"  # the mark before a high letter's name in the chart


@dataclass(frozen=True)
class Regel:
    """A labelled line on a suggestion card; `sleutel` lets a renderer drop or shorten lines when space is short."""

    sleutel: str
    label: str
    tekst: str


@dataclass(frozen=True)
class Kaart:
    """One suggested next step: a richting, or a step after secondary school (graduaat, bachelor, work)."""

    naam: str
    meta: str  # graad, kind of overgang, groepnummer
    finaliteit: str  # "A", "D/A", "D", or "" for a step after secondary school
    redenen: tuple[str, ...]
    regels: tuple[Regel, ...]
    nu_niet_open: bool = False
    groepnummer: str = ""
    graad: int | None = None
    soort_overgang: str = ""
    knelpuntberoep: bool = False  # one of its beroepen is a knelpuntberoep
    bewijs: str = ""  # what the suggestion rests on (studiekeuze.vocabulary.Bewijs)
    bron: str = ""  # the page that states the step, when a school or CLB page does
    door_begeleider: bool = False  # the counsellor put it on the sheet

    @property
    def sleutel(self) -> str:
        """What the counsellor's choices name it by (as `Suggestie.sleutel`): groepnummer, or the step's name."""
        return self.groepnummer or self.naam


@dataclass(frozen=True)
class Groep:
    """The suggestions of one finaliteit (or, with code "", the steps after secondary school).

    `kop` is the sheet's heading ("Arbeidsmarkt – klaar voor een beroep"), made of `naam` and `kort`.
    """

    code: str
    kop: str
    uitleg: str
    kaarten: tuple[Kaart, ...]
    naam: str = ""
    kort: str = ""


@dataclass(frozen=True)
class PadKnoop:
    id: str
    titel: str
    regels: tuple[str, ...] = ()
    nadruk: bool = False


@dataclass(frozen=True)
class PadKolom:
    kop: str
    knopen: tuple[PadKnoop, ...]


@dataclass(frozen=True)
class Pad:
    """The path picture as a small graph: columns of boxes, left to right, and arrows between box ids."""

    kop: str
    kolommen: tuple[PadKolom, ...]
    pijlen: tuple[tuple[str, str], ...]
    toelichting: str


@dataclass(frozen=True)
class Blok:
    """A titled piece of text: paragraphs, labelled lines and/or bullet points."""

    kop: str
    alineas: tuple[str, ...] = ()
    punten: tuple[str, ...] = ()
    regels: tuple[Regel, ...] = ()


@dataclass(frozen=True)
class Advies:
    voornaam: str
    datum: date
    data_versie: str
    titel: str
    ondertitel: str  # date, where the pupil is now, data version
    profiel: ProfielDeel
    suggesties: Blok  # heading and introduction of the suggestions
    groepen: tuple[Groep, ...]
    geen_suggesties: str  # the sentence shown when there is no suggestion at all ("" otherwise)
    legende_knelpunt: str  # explains what a knelpuntberoep is (shown when a card names one)
    pad: Pad
    volgende_stappen: Blok
    notitie: Blok  # the counsellor's note (no paragraphs when there is none)
    hoe_gemaakt: str
    ouders: tuple[Blok, ...]  # the parents' page: first block is its title and introduction
    voettekst: str  # left part of every page footer
    bladnummer: str  # a str.format pattern with {n} and {totaal}, e.g. "blad {n} van {totaal}"
    lege_bladzijde: str  # printed on a page left empty on purpose (double-sided class printing)
    metadata_titel: str
    legende_niveaus: str = ""  # explains the VKS and diploma levels (shown when a card names one)
    # The parents' page again in the home language (`build_advice(..., taal="tr")`), printed after the Dutch one;
    # () and "" when there is none. `ouders_taal` is the language's code (studiekeuze.vocabulary.LANGUAGES).
    ouders_vertaald: tuple[Blok, ...] = ()
    ouders_taal: str = ""
    voettekst_vertaald: str = ""  # the footer of the translated page: says in Dutch which language it is in

    @property
    def kaarten(self) -> tuple[Kaart, ...]:
        return tuple(kaart for groep in self.groepen for kaart in groep.kaarten)

    @property
    def noemt_knelpuntberoep(self) -> bool:
        return any(kaart.knelpuntberoep for kaart in self.kaarten)

    @property
    def noemt_niveau(self) -> bool:
        return any(regel.sleutel in ("bk", "diploma") for kaart in self.kaarten for regel in kaart.regels)
