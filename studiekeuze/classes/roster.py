"""Reads a class list (CSV as Excel writes it) into pupils; every problem is reported per row, all at once."""

import csv
import io
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from studiekeuze.content.repository import ContentRepository
from studiekeuze.errors import InputFileError, NotFoundError
from studiekeuze.safefiles import read_limited
from studiekeuze.textcheck import klas_problem, name_problem

MAX_FILE_BYTES = 2_000_000
COLUMNS = ("voornaam", "klas", "huidige_richting")
_LINE_END = re.compile(rb"\r\n|\r|\n")
MAX_SHOWN_ROWS = 5


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


def read_class_csv(path: Path, repository: ContentRepository, graad: int | None = None) -> Klaslijst:
    """The pupils of a class CSV; InputFileError listing every bad row, so a broken file imports nothing.

    `graad` is where the class is now: a current richting named as richtingen of several graden are named
    ("Bouwtechnieken") is the one of that graad.
    """
    return parse_class_csv(_decode(path), repository, str(path), graad)


def parse_class_csv(text: str, repository: ContentRepository, source: str = "de klaslijst",
                    graad: int | None = None) -> Klaslijst:
    text = text.lstrip("\ufeff")
    lines = text.splitlines()
    if not any(line.strip() for line in lines):
        raise InputFileError(f"{source} is leeg. Zet in de eerste regel 'voornaam' (en eventueel 'klas').")
    if "\x00" in text:
        raise InputFileError(f"{source} is geen CSV-bestand. Bewaar de lijst in Excel als 'CSV UTF-8'.")
    first = next(line for line in lines if line.strip())
    delimiter = ";" if first.count(";") > first.count(",") else ","
    # Universal newlines: a list with only CR line ends (old Mac Excel) reads like any other. Strict: a quote
    # that is opened and never closed is an error, not one pupil swallowing the rows after it.
    reader = csv.reader(io.StringIO(text, newline=None), delimiter=delimiter, strict=True)
    rows = _rows(reader, source)
    header = [_clean(cell).lower() for cell in rows[0][1]] if rows else []
    if "voornaam" not in header:
        raise InputFileError(
            f"{source} heeft geen kolom 'voornaam' in de eerste regel (gevonden: {', '.join(header) or 'niets'})."
        )
    index = {column: header.index(column) for column in COLUMNS if column in header}
    ignored = tuple(column for column in header if column and column not in COLUMNS)
    problems: list[str] = []
    pupils: list[Klasleerling] = []
    seen: dict[tuple[str, str], int] = {}
    for number, row in rows[1:]:
        if not any(cell.strip() for cell in row):
            continue
        raw = {column: row[i] if i < len(row) else "" for column, i in index.items()}
        problem = name_problem(raw.get("voornaam", "")) or klas_problem(raw.get("klas", ""))
        problem = problem or _text_problem(raw.get("huidige_richting", ""), "huidige_richting")
        if problem:
            problems.append(f"regel {number}: {problem}")
            continue
        cells = {column: _clean(value) for column, value in raw.items()}
        name, klas = cells.get("voornaam", ""), cells.get("klas", "")
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
                groepnummer = repository.find(cells["huidige_richting"], graad).groepnummer
            except NotFoundError as error:
                # The same guidance as `studiekeuze richting` gives: which groepnummers, or which names were meant.
                problems.append(f"regel {number}, huidige_richting: {error}")
                continue
        pupils.append(Klasleerling(number, name, klas, groepnummer))
    if problems:
        raise InputFileError(f"{source} is niet ingelezen. Verbeter deze regels:\n" + "\n".join(problems))
    if not pupils:
        raise InputFileError(f"{source} bevat geen leerlingen.")
    return Klaslijst(tuple(pupils), ignored)


def _rows(reader, source: str) -> list[tuple[int, list[str]]]:
    """Every record with the number of the line it starts on; a broken record stops with that line named."""
    rows: list[tuple[int, list[str]]] = []
    while True:
        start = reader.line_num + 1
        try:
            row = next(reader)
        except StopIteration:
            return rows
        except csv.Error as error:
            raise InputFileError(
                f"{source} is niet ingelezen. Verbeter deze regel:\nregel {start}: {_csv_problem(str(error))}"
            ) from error
        if reader.line_num != start:
            # A quoted field ran over a line end: in a class list that is a quote too many or too few.
            raise InputFileError(
                f"{source} is niet ingelezen. Verbeter deze regel:\nregel {start}: een veld loopt over meer dan "
                "één regel. Staat er een aanhalingsteken (\") te veel of te weinig?"
            )
        rows.append((start, row))


def _csv_problem(message: str) -> str:
    if "field larger than field limit" in message:
        return f"een veld is langer dan {csv.field_size_limit():,} tekens.".replace(",", ".")
    if "unexpected end of data" in message:
        return "een aanhalingsteken (\") wordt geopend maar nooit gesloten."
    if "expected after" in message:
        return ("na een afsluitend aanhalingsteken (\") moet een scheidingsteken (, of ;) of het einde van de "
                "regel komen.")
    return "deze regel is geen geldige CSV."


def _decode(path: Path) -> str:
    raw = read_limited(path, MAX_FILE_BYTES, "De klaslijst")
    if b"\x00" in raw:
        raise InputFileError(f"{path} is geen CSV-bestand. Bewaar de lijst in Excel als 'CSV UTF-8'.")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    # Excel's plain "CSV" on a Flemish Windows PC is Windows-1252, not UTF-8. A list that is partly one and
    # partly the other (rows pasted from another file) would read "Zoë" as "ZoÃ«": it is refused instead.
    utf8_rows, other_rows = [], []
    for number, line in enumerate(_LINE_END.split(raw), start=1):
        if line.isascii():
            continue
        try:
            line.decode("utf-8")
            utf8_rows.append(number)
        except UnicodeDecodeError:
            other_rows.append(number)
    if utf8_rows and other_rows:
        raise InputFileError(
            f"{path} is niet ingelezen: de letters met accenten zijn op twee manieren opgeslagen (deels UTF-8, "
            f"deels Windows-1252). UTF-8 op regel {_numbers(utf8_rows)}; Windows-1252 op regel "
            f"{_numbers(other_rows)}. Open de lijst in Excel en bewaar ze opnieuw als 'CSV UTF-8'."
        )
    try:
        return raw.decode("cp1252")
    except UnicodeDecodeError as error:
        line = len(_LINE_END.findall(raw[: error.start])) + 1
        raise InputFileError(
            f"{path} is niet ingelezen: regel {line} bevat tekens die geen tekst zijn. Bewaar de lijst in Excel "
            "als 'CSV UTF-8'."
        ) from error


def _numbers(rows: list[int]) -> str:
    shown = ", ".join(str(n) for n in rows[:MAX_SHOWN_ROWS])
    return shown + (" …" if len(rows) > MAX_SHOWN_ROWS else "")


def _clean(cell: str) -> str:
    return unicodedata.normalize("NFC", " ".join(cell.split()))


def _text_problem(text: str, column: str) -> str | None:
    if "\n" in text or "\r" in text or any(unicodedata.category(ch) in ("Cc", "Cs") and ch != "\t" for ch in text):
        return f"in {column} staan onzichtbare tekens."
    return None
