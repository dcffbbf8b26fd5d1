"""Frozen dataclasses of the domain, shared by the core, the command line, the PDF and the app."""

from dataclasses import dataclass, field

FINALITEITEN = ("D", "D/A", "A")
RIASEC = ("R", "I", "A", "S", "E", "C")
GRADEN = (2, 3, 7)
OVERGANG_SOORTEN = (
    "logische_vervolgrichting",
    "verwante_richting",
    "specialisatiejaar",
    "se_n_se",
    "graduaat",
    "bachelor",
    "arbeidsmarkt",
)


@dataclass(frozen=True)
class RichtingSamenvatting:
    """What a search result or a link shows of a richting."""

    groepnummer: str
    naam: str
    graad: int
    finaliteit: str
    domeinen: tuple[str, ...]

    @property
    def domein(self) -> str:
        return self.domeinen[0] if self.domeinen else ""


@dataclass(frozen=True)
class Activiteit:
    tekst: str
    riasec: str


@dataclass(frozen=True)
class Bk:
    naam: str
    niveau: int | None
    code: str
    bron: str
    competenties: str = ""


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
