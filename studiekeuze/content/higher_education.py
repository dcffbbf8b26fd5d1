"""Checks the graduaat and bachelor programmes (hoger-onderwijs.toml) and the overgangen that name them.

A pupil reads the name of a programme after secondary school; it must be a programme that exists, under the
official name of the programme (not the name one campus gives it). Every `[[opleiding]]` carries the page that
shows it exists. The name normaliser lets a test compare an official name with the names institutions publish.
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path
from typing import Any, Protocol

from studiekeuze import vocabulary

# A bachelor's orientations are the vocabulary's (studiekeuze/vocabulary.py OPLEIDING_SOORTEN); a graduaat has none.
SOORTEN = {"bachelor": tuple(vocabulary.OPLEIDING_SOORTEN), "graduaat": ("",)}
# Overgangen of these kinds name a programme in naar_naam; `arbeidsmarkt` names work, not a programme.
PROGRAMME_OVERGANGEN = set(SOORTEN)
# Where the register uses one name for a professional and an academic bachelor (chemie, audiovisuele kunsten),
# our name carries the orientation; it must then agree with `soort`.
ORIENTATION_PREFIXES = {"professionele bachelor": "professioneel", "academische bachelor": "academisch"}
URL = re.compile(r"^https?://\S+$")


class Problems(Protocol):
    def add(self, path: Path, where: str, message: str) -> None: ...


def check_opleidingen(
    path: Path, document: dict[str, Any] | None, problems: Problems
) -> dict[str, dict[str, Any]]:
    """Validate the `[[opleiding]]` records of one file; return them by name (`document` None: the file is missing).

    A record with a problem is returned too (marked `_ongeldig`), so that an overgang naming it is not reported a
    second time as naming an unknown programme; any problem stops the build anyway.
    """
    opleidingen: dict[str, dict[str, Any]] = {}
    if document is None:
        problems.add(path, "bestand", "ontbreekt: elke graduaat en bachelor die we noemen, staat in dit bestand")
        return opleidingen
    records = document.get("opleiding", [])
    if not isinstance(records, list) or not records:
        problems.add(path, "opleiding", "geen opleidingen gevonden: gebruik [[opleiding]] voor elke opleiding")
        return opleidingen
    for index, record in enumerate(records, start=1):
        naam = record.get("naam") if isinstance(record, dict) else None
        where = f"opleiding {index} ({naam or '?'})"
        problem = _opleiding_problem(record) if isinstance(record, dict) else "een opleiding is een tabel"
        twin = None if problem else _twin(naam or "", record, opleidingen)
        if twin:
            problems.add(path, where, f"'{naam}' staat er twee keer (ook als {twin['_where']})")
            continue
        if problem:
            problems.add(path, where, problem)
        if isinstance(naam, str) and naam.strip():
            opleidingen[naam] = {**record, "_bestand": path, "_where": where, "_ongeldig": bool(problem)}
    return opleidingen


def _twin(naam: str, record: dict[str, Any], opleidingen: dict[str, dict[str, Any]]) -> dict[str, Any] | None:
    """The programme already listed under this name, or under a spelling of it with the same orientation."""
    if naam in opleidingen:
        return opleidingen[naam]
    core = normalise_programme_name(naam)
    for other in opleidingen.values():
        if normalise_programme_name(other["naam"]) == core and other.get("soort") == record.get("soort"):
            return other
    return None


def _opleiding_problem(record: dict[str, Any]) -> str | None:
    naam, niveau, soort = record.get("naam"), record.get("niveau"), record.get("soort", "")
    if not isinstance(naam, str) or not naam.strip():
        return "naam ontbreekt"
    if niveau not in SOORTEN:
        return f"niveau moet bachelor of graduaat zijn, niet {niveau!r}"
    if soort not in SOORTEN[niveau]:
        if niveau == "graduaat":
            return "een graduaat heeft geen soort (laat soort leeg)"
        return f"soort moet professioneel of academisch zijn, niet {soort!r}"
    for prefix, expected in ORIENTATION_PREFIXES.items():
        if naam.lower().startswith(prefix) and soort != expected:
            return f"de naam zegt '{prefix}', maar soort is {soort!r}"
    if not isinstance(record.get("toelating", ""), str):
        return "toelating moet tekst zijn (of leeg)"
    bron = record.get("bron")
    if not isinstance(bron, str) or not bron.strip():
        return "een opleiding zonder bron mag niet: geef de URL van een pagina die toont dat ze bestaat"
    if not URL.match(bron):
        return f"bron moet een URL zijn, niet {bron!r}"
    return None


def check_programme_overgangen(
    overgangen: list[dict[str, Any]], opleidingen: dict[str, dict[str, Any]], problems: Problems
) -> None:
    """Every graduaat/bachelor overgang names an existing programme of its level; every programme is used."""
    used: set[str] = set()
    if not opleidingen:  # the file is missing, unreadable or empty: that is reported once, not per overgang
        return
    for overgang in overgangen:
        if overgang["soort"] not in PROGRAMME_OVERGANGEN or not overgang["naar_naam"]:
            continue
        naam = overgang["naar_naam"]
        opleiding = opleidingen.get(naam)
        if opleiding is None:
            problems.add(
                overgang["_bestand"], overgang["_label"],
                f"'{naam}' staat niet in hoger-onderwijs.toml: gebruik de officiële naam van een bestaande opleiding",
            )
        elif not opleiding["_ongeldig"] and opleiding["niveau"] != overgang["soort"]:
            problems.add(
                overgang["_bestand"], overgang["_label"],
                f"'{naam}' is een {opleiding['niveau']}, maar de overgang heeft soort {overgang['soort']!r}",
            )
        else:
            used.add(naam)
    for naam, opleiding in opleidingen.items():
        if naam not in used:
            problems.add(opleiding["_bestand"], opleiding["_where"], "geen enkele overgang gebruikt deze opleiding")


# What institutions add to a programme's name: campus, track, timing and study-form details.
_MODE_PREFIX = re.compile(r"^(?:afstandsonderwijs|dagonderwijs|avondonderwijs)\s*:\s*")
_DEGREE_TITLE = re.compile(r"^bachelor of (?:science|arts|laws)\b(?: in\b)?")
_ABBREVIATIONS = {"pba": "bachelor", "aba": "bachelor", "eba": "educatieve bachelor"}
_ORIENTATION = re.compile(r"^(?:professionele|academische|professioneel gerichte|academisch gerichte) (?=bachelor)")
_SUFFIX = re.compile(r"\s+[-–]\s+.*$|,.*$|\s+(?:via|na)\s+.*$")
_ARTICLES = re.compile(r"\b(?:de|het)\b")
_LEADING_IN = re.compile(r"^((?:educatieve )?(?:bachelor|graduaat)) in\b")


def normalise_programme_name(name: str) -> str:
    """The comparable core of a programme name: "PBA Bedrijfsmanagement, marketing (Diepenbeek)" and
    "Bachelor in het bedrijfsmanagement" both become "bachelor bedrijfsmanagement"."""
    text = unicodedata.normalize("NFKD", name)
    text = "".join(c for c in text if not unicodedata.combining(c)).lower().strip()
    text = _MODE_PREFIX.sub("", text)
    while True:  # campus, timing and track notes in parentheses, also nested ones
        stripped = re.sub(r"\s*\([^()]*\)", "", text)
        if stripped == text:
            break
        text = stripped
    text = _SUFFIX.sub("", text)
    first, _, rest = text.partition(" ")
    text = f"{_ABBREVIATIONS.get(first, first)} {rest}".strip()
    text = _DEGREE_TITLE.sub("bachelor", text)
    text = _ORIENTATION.sub("", text)
    text = text.replace("&", " en ").replace(":", " ")
    text = _ARTICLES.sub(" ", text)
    text = re.sub(r"\s+", " ", text).strip()
    return _LEADING_IN.sub(r"\1", text).strip()
