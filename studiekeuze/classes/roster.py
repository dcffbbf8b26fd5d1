"""Reads a class list (CSV as Excel writes it) into pupils; every problem is reported per row, all at once."""

import csv
import io
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from studiekeuze.content.repository import ContentRepository
from studiekeuze.errors import InputFileError, NotFoundError

MAX_FILE_BYTES = 2_000_000
MAX_NAME_LENGTH = 60
COLUMNS = ("voornaam", "klas", "huidige_richting")


@dataclass(frozen=True)
class Klasleerling:
    rij: int
    voornaam: str
    klas: str = ""
    huidige_richting: str = ""  # groepnummer, resolved from a groepnummer or a name


@dataclass(frozen=True)
class Klaslijst:
    leerlingen: tuple[Klasleerling, ...]
    genegeerde_kolommen: tuple[str, ...] = ()


def read_class_csv(path: Path, repository: ContentRepository) -> Klaslijst:
    """The pupils of a class CSV; InputFileError listing every bad row, so a broken file imports nothing."""
    return parse_class_csv(_decode(path), repository, str(path))


def parse_class_csv(text: str, repository: ContentRepository, source: str = "de klaslijst") -> Klaslijst:
    text = text.lstrip("\ufeff")
    lines = text.splitlines()
    if not any(line.strip() for line in lines):
        raise InputFileError(f"{source} is leeg. Zet in de eerste regel 'voornaam' (en eventueel 'klas').")
    first = next(line for line in lines if line.strip())
    delimiter = ";" if first.count(";") > first.count(",") else ","
    reader = csv.reader(io.StringIO(text), delimiter=delimiter)
    header = [_clean(cell).lower() for cell in next(reader)]
    if "voornaam" not in header:
        raise InputFileError(
            f"{source} heeft geen kolom 'voornaam' in de eerste regel (gevonden: {', '.join(header) or 'niets'})."
        )
    index = {column: header.index(column) for column in COLUMNS if column in header}
    ignored = tuple(column for column in header if column and column not in COLUMNS)
    problems: list[str] = []
    pupils: list[Klasleerling] = []
    seen: dict[tuple[str, str], int] = {}
    for number, row in enumerate(reader, start=2):
        if not any(cell.strip() for cell in row):
            continue
        cells = {column: _clean(row[i]) if i < len(row) else "" for column, i in index.items()}
        name, klas = cells.get("voornaam", ""), cells.get("klas", "")
        problem = _name_problem(name)
        if problem:
            problems.append(f"regel {number}: {problem}")
            continue
        key = (name.casefold(), klas.casefold())
        if key in seen:
            problems.append(
                f"regel {number}: '{name}' staat ook op regel {seen[key]}{' in klas ' + klas if klas else ''}; "
                "maak de namen verschillend (bijvoorbeeld met een initiaal)."
            )
            continue
        seen[key] = number
        groepnummer = ""
        if cells.get("huidige_richting"):
            try:
                groepnummer = repository.find(cells["huidige_richting"]).groepnummer
            except NotFoundError:
                problems.append(f"regel {number}: onbekende huidige_richting '{cells['huidige_richting']}'.")
                continue
        pupils.append(Klasleerling(number, name, klas, groepnummer))
    if problems:
        raise InputFileError(f"{source} is niet ingelezen. Verbeter deze regels:\n" + "\n".join(problems))
    if not pupils:
        raise InputFileError(f"{source} bevat geen leerlingen.")
    return Klaslijst(tuple(pupils), ignored)


def _decode(path: Path) -> str:
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            raise InputFileError(f"{path} is te groot voor een klaslijst.")
        raw = path.read_bytes()
    except FileNotFoundError as error:
        raise InputFileError(f"De klaslijst {path} bestaat niet.") from error
    except OSError as error:
        raise InputFileError(f"De klaslijst {path} kan niet gelezen worden ({error.strerror}).") from error
    if b"\x00" in raw:
        raise InputFileError(f"{path} is geen CSV-bestand. Bewaar de lijst in Excel als 'CSV UTF-8'.")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        # Excel's plain "CSV" on a Flemish Windows PC is Windows-1252, not UTF-8.
        return raw.decode("cp1252", errors="replace")


def _clean(cell: str) -> str:
    return unicodedata.normalize("NFC", " ".join(cell.split()))


def _name_problem(name: str) -> str | None:
    if not name:
        return "de voornaam ontbreekt."
    if len(name) > MAX_NAME_LENGTH:
        return f"de voornaam is langer dan {MAX_NAME_LENGTH} tekens."
    if any(unicodedata.category(ch) in ("Cc", "Cf", "Co", "Cs") for ch in name):
        return f"de voornaam '{name.encode('unicode_escape').decode()}' bevat onzichtbare tekens."
    if not any(ch.isalpha() for ch in name):
        return f"'{name}' is geen voornaam."
    return None
