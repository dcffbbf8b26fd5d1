"""The rules of a class import: which rows of a class list become new sessions, and with which klas and graad.

Kept out of the app's widgets so that every way of importing a class (the app's dialog now, a command later)
follows the same rules: every pupil needs a klas (the list's or the one given for the whole list), a pupil already
in their klas is not added twice, and a pupil's graad is that of their current richting when the list names one.
"""

from collections.abc import Iterable
from dataclasses import dataclass

from studiekeuze.classes.roster import Klaslijst
from studiekeuze.content.repository import ContentRepository
from studiekeuze.errors import InputFileError


@dataclass(frozen=True)
class Klasimport:
    """What an import does: the sessions to create (as the session store takes them) and who was already there."""

    nieuw: tuple[dict, ...]
    al_aanwezig: tuple[tuple[str, str], ...]  # (voornaam, klas) of pupils already in their klas


def plan_class_import(
    klaslijst: Klaslijst,
    repository: ContentRepository,
    bestaand: Iterable[tuple[str, str]],
    vorm: str,
    klas: str = "",
    huidige_graad: int | None = None,
) -> Klasimport:
    """The new sessions of a class list; InputFileError (nothing imported) when a row has no klas.

    Args:
        klaslijst: the checked class list.
        repository: the content, to know the graad of a current richting.
        bestaand: (voornaam, klas) of every session already stored.
        vorm: the questionnaire every new pupil gets (kort or volledig).
        klas: the klas of rows without one (a list without a klas column).
        huidige_graad: where the class is now, for rows without a current richting (None: differs per pupil).
    """
    klas = " ".join(klas.split())
    without_klas = [str(leerling.rij) for leerling in klaslijst.leerlingen if not (leerling.klas or klas)]
    if without_klas:
        raise InputFileError(
            f"Er is niets ingelezen: bij regel {', '.join(without_klas)} staat geen klas. Vul bij 'Klas' in "
            "welke klas het is, of zet een kolom klas in de lijst."
        )
    existing = {(voornaam.casefold(), own.casefold()) for voornaam, own in bestaand}
    rows, already = [], []
    for leerling in klaslijst.leerlingen:
        own_klas = leerling.klas or klas
        if (leerling.voornaam.casefold(), own_klas.casefold()) in existing:
            already.append((leerling.voornaam, own_klas))
            continue
        graad = repository.find(leerling.huidige_richting).graad if leerling.huidige_richting else huidige_graad
        rows.append({"voornaam": leerling.voornaam, "klas": own_klas, "vorm": vorm, "huidige_graad": graad,
                     "huidige_richting": leerling.huidige_richting})
    return Klasimport(tuple(rows), tuple(already))
