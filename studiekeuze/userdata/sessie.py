"""One pupil's session as the store holds it, and its JSON export (everything held about that pupil)."""

from dataclasses import dataclass, field
from typing import Any

from studiekeuze.models import Antwoorden, Leerling
from studiekeuze.vocabulary import vragenlijst_vormen

VORMEN = vragenlijst_vormen()  # the forms a session can use (the store's check constraint names the same two)
EXPORT_FORMAT = "studiekeuze-leerling-1"


@dataclass(frozen=True)
class Sessie:
    """A pupil's session. Only a first name or pseudonym identifies the pupil; times are UTC ISO 8601."""

    id: int
    voornaam: str
    vorm: str
    aangemaakt: str
    gewijzigd: str
    klas: str = ""
    huidige_graad: int | None = None
    huidige_richting: str = ""
    niet_open: tuple[str, ...] = ()
    extra: tuple[str, ...] = ()  # what the counsellor put on the sheet (Suggestie.sleutel: groepnummer or step name)
    zonder: tuple[str, ...] = ()  # suggestions the counsellor left out (the same keys)
    ouders: bool = False  # the sheet gets the page for parents
    ouders_taal: str = ""  # and that page also in this home language (vocabulary.LANGUAGES code; "" = Dutch only)
    positie: int = 0
    notitie: str = ""
    antwoorden: dict[str, int] = field(default_factory=dict)
    resultaat: dict[str, Any] | None = None
    afgerond: str | None = None

    @property
    def leerling(self) -> Leerling:
        return Leerling(self.voornaam, self.huidige_graad, self.huidige_richting, self.niet_open, self.extra,
                        self.zonder)

    def als_antwoorden(self) -> Antwoorden:
        """The answers in the core's shape, ready for `questionnaire.scoring.score`."""
        return Antwoorden(self.leerling, dict(self.antwoorden), self.vorm)


def export_json(sessie: Sessie) -> dict[str, Any]:
    """Everything the store holds about one pupil.

    The `leerling`, `vorm` and `antwoorden` keys have the shape of an answers file, so an export can be
    given straight to `studiekeuze profiel --antwoorden` and `studiekeuze advies --antwoorden … --json`, which then
    shows the cards the app showed (the counsellor's choices are `leerling.extra` and `leerling.zonder`).
    """
    return {
        "formaat": EXPORT_FORMAT,
        "leerling": {
            "voornaam": sessie.voornaam,
            "klas": sessie.klas,
            "huidige_graad": sessie.huidige_graad,
            "huidige_richting": sessie.huidige_richting,
            "niet_open": list(sessie.niet_open),
            "extra": list(sessie.extra),
            "zonder": list(sessie.zonder),
        },
        "vorm": sessie.vorm,
        "antwoorden": dict(sessie.antwoorden),
        "positie": sessie.positie,
        "notitie": sessie.notitie,
        "ouders": sessie.ouders,
        "ouders_taal": sessie.ouders_taal,
        "resultaat": sessie.resultaat,
        "aangemaakt": sessie.aangemaakt,
        "gewijzigd": sessie.gewijzigd,
        "afgerond": sessie.afgerond,
    }
