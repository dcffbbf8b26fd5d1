"""Frozen dataclasses of the domain, shared by the core, the command line, the PDF and the app."""

from dataclasses import dataclass, field

# Defined once in studiekeuze.vocabulary (with their order and labels); named here for the modules that read them.
from studiekeuze.vocabulary import FINALITEITEN as FINALITEITEN
from studiekeuze.vocabulary import GRADEN as GRADEN
from studiekeuze.vocabulary import RIASEC as RIASEC


@dataclass(frozen=True)
class RichtingSamenvatting:
    """What a search result or a link shows of a richting."""

    groepnummer: str
    naam: str
    graad: int
    finaliteit: str
    domeinen: tuple[str, ...]
    # A school's pedagogical project or a sport status the richting needs ("topsport", "freinet", …), else "".
    project: str = ""

    @property
    def domein(self) -> str:
        return self.domeinen[0] if self.domeinen else ""


@dataclass(frozen=True)
class Zoekresultaat(RichtingSamenvatting):
    """A search result: the richting's summary and where the search found it.

    `gevonden_in` names the fields, strongest first: naam, zoektermen, synoniem (an everyday word or synonym from
    content/sources/synoniemen.toml), beroepen, beschrijving, activiteiten; empty when nothing was typed.
    """

    gevonden_in: tuple[str, ...] = ()

    @classmethod
    def of(cls, summary: RichtingSamenvatting, gevonden_in: tuple[str, ...] = ()) -> "Zoekresultaat":
        return cls(summary.groepnummer, summary.naam, summary.graad, summary.finaliteit, summary.domeinen,
                   summary.project, gevonden_in)


@dataclass(frozen=True)
class Activiteit:
    tekst: str
    riasec: str


@dataclass(frozen=True)
class Bk:
    """A beroepskwalificatie as the official link gives it for one richting.

    `volledig`: the richting leads to the whole BK (a bewijs van beroepskwalificatie); otherwise it teaches part of
    its competences, and `niveau` (the VKS level) is None. `definitie` is the official one-sentence definition, or "".
    """

    naam: str
    niveau: int | None
    code: str
    bron: str
    volledig: bool = True
    definitie: str = ""
    definitie_bron: str = ""
    alleen_duaal: bool = False  # whole only in the duaal variant; the school-based variant teaches part of it


@dataclass(frozen=True)
class Beroep:
    naam: str
    knelpuntberoep: bool
    knelpunt_jaar: int | None = None


@dataclass(frozen=True)
class Overgang:
    """One step from a richting to another richting or to something outside secondary school.

    `doel` is the richting at the other end, or None for a graduaat, bachelor or job (then `naam` says which).
    """

    soort: str
    naam: str
    reden: str
    bron: str
    doel: RichtingSamenvatting | None = None
    bewijs: str = "redactie"  # a studiekeuze.vocabulary.Bewijs value
    gedeelde_bks: tuple[str, ...] = ()  # BK codes both ends lead to (the evidence when bewijs is officieel)
    # For a graduaat or bachelor (hoger-onderwijs.toml): professioneel | academisch (bachelors), an admission
    # condition in plain Dutch, and the page that shows the programme exists.
    opleiding_soort: str = ""
    toelating: str = ""
    opleiding_bron: str = ""


@dataclass(frozen=True)
class Richting:
    samenvatting: RichtingSamenvatting
    beschrijving: str
    activiteiten: tuple[Activiteit, ...]
    riasec: dict[str, int]
    leerwegen: tuple[str, ...]
    zoektermen: tuple[str, ...]
    bks: tuple[Bk, ...]
    beroepen: tuple[Beroep, ...]
    overgangen_naar: tuple[Overgang, ...]
    overgangen_van: tuple[Overgang, ...]
    domein_zekerheid: str = "bron"
    domein_bron: str = ""
    extra: dict[str, str] = field(default_factory=dict)
    onderwijskwalificatie: str | None = None  # the highest official OK level ("OK2" … "OK5"), None when not given
    onderwijskwalificatie_naam: str = ""  # its official name

    @property
    def groepnummer(self) -> str:
        return self.samenvatting.groepnummer

    @property
    def naam(self) -> str:
        return self.samenvatting.naam

    @property
    def graad(self) -> int:
        return self.samenvatting.graad

    @property
    def finaliteit(self) -> str:
        return self.samenvatting.finaliteit

    @property
    def duaal(self) -> bool:
        return "duaal" in self.leerwegen


@dataclass(frozen=True)
class Vraag:
    """One questionnaire item. `schaal` is R–C for interest items, else the item's kind.

    `domein` is the studiedomein a domain item asks about; `domeinen` are the studiedomeinen whose richtingen do the
    activity of an interest item (empty for an activity no domain owns, such as explaining something).
    """

    id: str
    tekst: str
    soort: str
    schaal: str
    kort: bool
    domein: str = ""
    voorkeur: str = ""
    domeinen: tuple[str, ...] = ()
    thema: str = ""  # the field an interest item samples ("elektriciteit"): helps tell which richting it is about
    pictogram: str = ""  # its drawing: a file name in studiekeuze/pictogrammen (resources.pictogram)
    antwoordpictogrammen: tuple[str, ...] = ()  # the pictures of the answers 1–5 of its scale (faces, ticks)


@dataclass(frozen=True)
class Vragenlijst:
    vragen: tuple[Vraag, ...]
    stammen: dict[str, str]
    antwoordlabels: dict[str, tuple[str, ...]]

    def vorm(self, kort: bool) -> tuple[Vraag, ...]:
        """The short form is its interest items only; the full form is every item."""
        return tuple(v for v in self.vragen if v.kort) if kort else self.vragen

    @property
    def per_id(self) -> dict[str, Vraag]:
        return {v.id: v for v in self.vragen}


@dataclass(frozen=True)
class Leerling:
    """Who the pupil is and where they are now, with the counsellor's choices for the sheet.

    `niet_open`: richtingen the klassenraad's attest does not allow now; `extra`: richtingen the counsellor puts on
    the sheet; `zonder`: suggestions the counsellor leaves out (each a groepnummer or a name; a step after secondary
    school by its name).
    """

    voornaam: str = ""
    huidige_graad: int | None = None
    huidige_richting: str = ""
    niet_open: tuple[str, ...] = ()
    extra: tuple[str, ...] = ()
    zonder: tuple[str, ...] = ()


@dataclass(frozen=True)
class Antwoorden:
    leerling: Leerling
    antwoorden: dict[str, int]
    vorm: str = ""


@dataclass(frozen=True)
class Signaal:
    code: str
    tekst: str


@dataclass(frozen=True)
class Profiel:
    """Scored answers: 0–100 per RIASEC scale (None = no answer on that scale)."""

    scores: dict[str, int | None]
    code: str
    volledigheid: int
    vorm: str
    signalen: tuple[Signaal, ...] = ()
    domeinen: dict[str, int] = field(default_factory=dict)
    voorkeuren: dict[str, int] = field(default_factory=dict)
    zekerheid: int | None = None
    sterkste_items: dict[str, tuple[str, ...]] = field(default_factory=dict)
    item_domeinen: dict[str, tuple[str, ...]] = field(default_factory=dict)  # item text → the domains it is about
    item_themas: dict[str, str] = field(default_factory=dict)  # item text → the field it samples


@dataclass(frozen=True)
class Suggestie:
    """One suggested next step, with its score (0–100), what it rests on and 1–3 reasons in plain Dutch.

    `bewijs` is a studiekeuze.vocabulary.Bewijs value; `overstap` marks a step towards doorstroom from A or D/A
    (the sheet adds one neutral sentence on what the school and CLB look at); `door_begeleider` marks a step the
    counsellor put on the sheet (it is shown whatever its rank).
    """

    naam: str
    score: int
    soort_overgang: str
    redenen: tuple[str, ...]
    richting: RichtingSamenvatting | None = None
    nu_niet_open: bool = False
    bewijs: str = "redactie"
    bron: str = ""
    gedeelde_bks: tuple[str, ...] = ()
    opleiding_soort: str = ""
    toelating: str = ""
    overstap: bool = False
    door_begeleider: bool = False

    @property
    def sleutel(self) -> str:
        """What the counsellor's choices name it by: the groepnummer, or for a step after secondary school its name."""
        return self.richting.groepnummer if self.richting else self.naam

    @property
    def finaliteit(self) -> str:
        return self.richting.finaliteit if self.richting else ""
