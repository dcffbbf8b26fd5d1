"""The advice sheets of a whole class: one PDF per pupil and one combined PDF, with progress and cancel."""

import logging
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from studiekeuze.advice import build_advice
from studiekeuze.classes.filenames import safe_stem, unique
from studiekeuze.classes.roster import Klasleerling, Klaslijst
from studiekeuze.content.repository import ContentRepository
from studiekeuze.errors import InputFileError, StudiekeuzeError, WriteError
from studiekeuze.models import Antwoorden, Leerling
from studiekeuze.pdf import render_class_pdf, render_pdf, write_pdf
from studiekeuze.questionnaire.answers import read_answers_file

log = logging.getLogger(__name__)

Progress = Callable[[int, int, str], None]


@dataclass
class Klasresultaat:
    gemaakt: list[Path] = field(default_factory=list)
    klas_pdf: Path | None = None
    zonder_antwoorden: list[str] = field(default_factory=list)
    fouten: list[str] = field(default_factory=list)
    geannuleerd: bool = False


def find_answers_file(folder: Path, voornaam: str) -> Path | None:
    """`<voornaam>.json`, also when the file name differs in case, accents' encoding or reserved characters."""
    exact = folder / f"{voornaam}.json"
    if exact.is_file():
        return exact
    wanted = {unicodedata.normalize("NFC", voornaam).casefold(), safe_stem(voornaam).casefold()}
    for path in folder.glob("*.json"):
        if unicodedata.normalize("NFC", path.stem).casefold() in wanted:
            return path
    return None


def make_class_advice(
    repository: ContentRepository,
    klaslijst: Klaslijst,
    antwoorden_map: Path,
    uit: Path,
    *,
    ouders: bool = False,
    datum: date | None = None,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> Klasresultaat:
    """Write one advice PDF per pupil with answers, then the class PDF; stop cleanly when `cancelled()`."""
    if not antwoorden_map.is_dir():
        raise InputFileError(f"De map met antwoorden {antwoorden_map} bestaat niet.")
    try:
        uit.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise WriteError(f"De map {uit} kan niet gemaakt worden ({error.strerror}).") from error
    result, advices, taken = Klasresultaat(), [], set()
    total = len(klaslijst.leerlingen)
    for index, leerling in enumerate(klaslijst.leerlingen):
        if cancelled and cancelled():
            result.geannuleerd = True
            return result
        if progress:
            progress(index, total, leerling.voornaam)
        path = find_answers_file(antwoorden_map, leerling.voornaam)
        if path is None:
            result.zonder_antwoorden.append(leerling.voornaam)
            continue
        try:
            advies = build_advice(repository, _answers(path, leerling, repository), datum=datum,
                                  voornaam=leerling.voornaam)
            stem = unique(safe_stem(f"advies {leerling.klas} {leerling.voornaam}".replace("  ", " ")), taken)
            result.gemaakt.append(write_pdf(render_pdf(advies, ouders=ouders), uit / f"{stem}.pdf"))
            advices.append(advies)
        except WriteError:
            raise
        except StudiekeuzeError as error:
            result.fouten.append(f"{leerling.voornaam}: {error}")
    if cancelled and cancelled():
        result.geannuleerd = True
        return result
    if advices:
        klassen = sorted({p.klas for p in klaslijst.leerlingen if p.klas})
        title = "klas " + ", ".join(klassen) if klassen else "klas"
        stem = unique(safe_stem(f"alle adviezen {' '.join(klassen)}".strip()), taken)
        result.klas_pdf = write_pdf(render_class_pdf(advices, ouders=ouders, title=title), uit / f"{stem}.pdf")
    if progress:
        progress(total, total, "")
    return result


def _answers(path: Path, leerling: Klasleerling, repository: ContentRepository) -> Antwoorden:
    antwoorden = read_answers_file(path, repository.vragenlijst)
    own = antwoorden.leerling
    # The class list is the teacher's record of where the pupil is; the answers file may be older.
    richting = leerling.huidige_richting or own.huidige_richting
    return Antwoorden(
        Leerling(leerling.voornaam, own.huidige_graad, richting, own.niet_open), antwoorden.antwoorden,
        antwoorden.vorm,
    )
