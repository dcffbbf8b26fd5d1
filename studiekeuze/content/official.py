"""Reads and checks the government's own link between structuuronderdelen and beroepskwalificaties.

`sources/officieel/bk-koppeling.csv` is a verbatim copy of the official data (API Structuuronderdelen v2, detail
per structuuronderdeel; see `content/README.md`): one row per (groepnummer, structuuronderdeel, erkenning, BK).
From it the build takes, per richting, every BK with its official title, version code and VKS level, whether the
richting leads to the whole BK or teaches part of it, whether a duaal variant exists, and the highest
onderwijskwalificatie. Every row is checked; all problems are reported at once as "file, rij N (G-xxxx): reason".
"""

import csv
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from studiekeuze.errors import InputFileError
from studiekeuze.safefiles import read_limited

BK_CODE = re.compile(r"^BK-\d{4}-\d{1,2}$")
GROEPNUMMER = re.compile(r"^G-\d{4}$")
VOLLEDIG = "Volledig"
GEDEELTELIJK = "Gedeeltelijk (enkel competenties)"
OK_LEVELS = ("OK2", "OK3", "OK4", "OK5")
COLUMNS = ("groepnummer", "naam", "graad", "finaliteit", "structuuronderdeel", "adv", "begindatum", "einddatum",
           "bk", "bk_titel", "vks", "volledigheid", "duaal", "ok_niveau", "ok_naam")
LINK_FILE = Path("officieel") / "bk-koppeling.csv"
MAX_LINK_BYTES = 5_000_000
# Named in every link's `bron`, so a counsellor sees the BK comes from the government's own data.
SOURCE_NAME = "Vlaamse overheid, koppeling structuuronderdeel – beroepskwalificatie (API Structuuronderdelen v2)"

Report = Callable[[Path, str, str], None]


@dataclass
class BkLink:
    """One BK of one richting, merged over its structuuronderdelen."""

    code: str
    titel: str
    volledig: bool
    niveau: int | None  # the VKS level where the richting leads to the whole BK, else None
    structuuronderdelen: list[str] = field(default_factory=list)
    volledig_op_school: bool = False  # a school-based variant leads to the whole BK (not only a duaal one)

    @property
    def alleen_duaal(self) -> bool:
        """The whole BK is reached only in a duaal variant; at school the richting teaches part of it."""
        return self.volledig and not self.volledig_op_school

    @property
    def bron(self) -> str:
        return f"{SOURCE_NAME}: structuuronderdeel {', '.join(self.structuuronderdelen)}"


@dataclass
class OfficialRichting:
    """What the official link says of one groepnummer."""

    bks: dict[str, BkLink] = field(default_factory=dict)
    school: bool = False  # a structuuronderdeel that is not a duaal variant exists
    duaal: bool = False  # a duaal variant exists
    onderwijskwalificatie: str | None = None  # the highest OK level of any variant ("OK3"), None when none is given
    onderwijskwalificatie_naam: str = ""


@dataclass
class OfficialLink:
    richtingen: dict[str, OfficialRichting]
    bk_titels: dict[str, str]  # every BK code → its official title
    bk_niveaus: dict[str, int]  # every BK code that some richting leads to in full → its VKS level

    def shared_bks(self, a: str, b: str) -> list[str]:
        """The BK codes two richtingen both lead to or teach (the government's own evidence that they are related)."""
        left, right = self.richtingen.get(a), self.richtingen.get(b)
        if left is None or right is None:
            return []
        return sorted(set(left.bks) & set(right.bks))


def read_link(path: Path, richtingen: dict[str, dict], report: Report) -> OfficialLink:
    """Read and check the official link against the richtingen of the matrix; problems go to `report`."""
    result = OfficialLink({}, {}, {})
    if not path.exists():
        report(path, "bestand", "ontbreekt: de officiële koppeling met de beroepskwalificaties is nodig")
        return result
    try:
        text = read_limited(path, MAX_LINK_BYTES, "De officiële koppeling").decode("utf-8")
    except InputFileError as error:
        report(path, "bestand", str(error))
        return result
    except UnicodeDecodeError as error:
        report(path, "bestand", f"is geen tekst in UTF-8 ({error})")
        return result
    reader = csv.DictReader(text.splitlines())
    if tuple(reader.fieldnames or ()) != COLUMNS:
        report(path, "kolommen", f"verwacht {', '.join(COLUMNS)}")
        return result
    levels: dict[str, set[int]] = {}
    titles: dict[str, set[str]] = {}
    for number, row in enumerate(reader, start=2):  # row 1 is the header
        problem = _row_problem(row, richtingen)
        where = f"rij {number} ({row.get('groepnummer') or '?'})"
        if problem:
            report(path, where, problem)
            continue
        official = result.richtingen.setdefault(row["groepnummer"], OfficialRichting())
        if row["duaal"] == "ja":
            official.duaal = True
        else:
            official.school = True
        if row["ok_niveau"] and _ok_rank(row["ok_niveau"]) > _ok_rank(official.onderwijskwalificatie):
            official.onderwijskwalificatie = row["ok_niveau"]
            official.onderwijskwalificatie_naam = row["ok_naam"]
        if not row["bk"]:
            continue
        code, volledig = row["bk"], row["volledigheid"] == VOLLEDIG
        titles.setdefault(code, set()).add(row["bk_titel"])
        niveau = int(row["vks"]) if volledig else None
        if niveau is not None:
            levels.setdefault(code, set()).add(niveau)
        link = official.bks.setdefault(code, BkLink(code, row["bk_titel"], volledig, niveau))
        if volledig and not link.volledig:
            link.volledig, link.niveau = True, niveau
        if volledig and row["duaal"] != "ja":
            link.volledig_op_school = True
        if row["structuuronderdeel"] not in link.structuuronderdelen:
            link.structuuronderdelen.append(row["structuuronderdeel"])
    for code, found in sorted(titles.items()):
        if len(found) > 1:
            report(path, code, f"heeft meer dan één titel: {', '.join(sorted(found))}")
    for code, niveaus in sorted(levels.items()):
        if len(niveaus) > 1:
            report(path, code, f"heeft meer dan één VKS-niveau: {', '.join(map(str, sorted(niveaus)))}")
    result.bk_titels = {code: min(found) for code, found in titles.items()}
    result.bk_niveaus = {code: min(found) for code, found in levels.items()}
    return result


def _ok_rank(level: str | None) -> int:
    return OK_LEVELS.index(level) if level in OK_LEVELS else -1


def _row_problem(row: dict[str, str | None], richtingen: dict[str, dict]) -> str | None:
    if None in row.values() or None in row:
        return "heeft niet precies 15 kolommen"
    groepnummer = row["groepnummer"] or ""
    if not GROEPNUMMER.match(groepnummer):
        return f"groepnummer {groepnummer!r} heeft niet de vorm G-0000"
    richting = richtingen.get(groepnummer)
    if richting is None:
        return f"onbekend groepnummer {groepnummer}: het staat niet in de matrix"
    if row["naam"] != richting.get("naam") or row["graad"] != str(richting.get("graad")) \
            or row["finaliteit"] != richting.get("finaliteit"):
        return "naam, graad of finaliteit verschilt van de matrix"
    if not (row["structuuronderdeel"] or "").isdigit():
        return "structuuronderdeel moet een getal zijn"
    if row["duaal"] not in ("ja", "nee"):
        return "duaal moet ja of nee zijn"
    if row["ok_niveau"] not in ("", *OK_LEVELS):
        return f"onbekend niveau van onderwijskwalificatie {row['ok_niveau']!r}"
    if bool(row["ok_niveau"]) != bool(row["ok_naam"]):
        return "ok_niveau en ok_naam horen samen"
    code = row["bk"] or ""
    if not code:
        if row["bk_titel"] or row["vks"] or row["volledigheid"]:
            return "een rij zonder bk heeft ook geen titel, niveau of volledigheid"
        return None
    if not BK_CODE.match(code):
        return f"BK-code {code!r} heeft niet de vorm BK-0000-0"
    if not row["bk_titel"]:
        return f"{code} heeft geen titel"
    if row["volledigheid"] == VOLLEDIG:
        if not (row["vks"] or "").isdigit() or not 1 <= int(row["vks"] or 0) <= 8:
            return f"{code}: een volledige beroepskwalificatie heeft een VKS-niveau van 1 tot 8, niet {row['vks']!r}"
    elif row["volledigheid"] == GEDEELTELIJK:
        if row["vks"]:
            return f"{code}: een gedeeltelijke beroepskwalificatie heeft geen VKS-niveau"
    else:
        return f"volledigheid moet '{VOLLEDIG}' of '{GEDEELTELIJK}' zijn"
    return None
