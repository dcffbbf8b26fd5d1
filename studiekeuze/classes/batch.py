"""The advice sheets of a whole class: one PDF per pupil and one combined PDF, with progress and cancel."""

import logging
import unicodedata
from collections.abc import Callable, Sequence
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


@dataclass(frozen=True)
class Klasadvies:
    """One pupil of a class run: name and class as listed, with the answers (None: no answers yet)."""

    voornaam: str
    klas: str
    antwoorden: Antwoorden | None
    notitie: str = ""


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
    """The class run over answers files `<voornaam>.json` in `antwoorden_map` (the command line's way)."""
    if not antwoorden_map.is_dir():
        raise InputFileError(f"De map met antwoorden {antwoorden_map} bestaat niet.")
    pupils, problems = [], []
    for leerling in klaslijst.leerlingen:
        path = find_answers_file(antwoorden_map, leerling.voornaam)
        antwoorden = None
        if path is not None:
            try:
                antwoorden = _answers(path, leerling, repository)
            except StudiekeuzeError as error:
                problems.append(f"{leerling.voornaam}: {error}")
                continue
        pupils.append(Klasadvies(leerling.voornaam, leerling.klas, antwoorden))
    result = make_advice_sheets(repository, pupils, uit, ouders=ouders, datum=datum, progress=progress,
                                cancelled=cancelled)
    result.fouten[:0] = problems
    return result


def make_advice_sheets(
    repository: ContentRepository,
    pupils: Sequence[Klasadvies],
    uit: Path,
    *,
    ouders: bool = False,
    datum: date | None = None,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> Klasresultaat:
    """Write one advice PDF per pupil with answers, then one combined PDF; stop cleanly when `cancelled()`.

    Used by the command line and by the app (which passes the answers of its saved sessions).
    """
    try:
        uit.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise WriteError(f"De map {uit} kan niet gemaakt worden ({error.strerror}).") from error
    result, advices, taken = Klasresultaat(), [], set()
    total = len(pupils)
    for index, pupil in enumerate(pupils):
        if cancelled and cancelled():
            result.geannuleerd = True
            return result
        if progress:
            progress(index, total, pupil.voornaam)
        if pupil.antwoorden is None:
            result.zonder_antwoorden.append(pupil.voornaam)
            continue
        try:
            advies = build_advice(repository, pupil.antwoorden, notitie=pupil.notitie, datum=datum,
                                  voornaam=pupil.voornaam)
            stem = unique(safe_stem(" ".join(x for x in ("advies", pupil.klas, pupil.voornaam) if x)), taken)
            result.gemaakt.append(write_pdf(render_pdf(advies, ouders=ouders), uit / f"{stem}.pdf"))
            advices.append(advies)
        except WriteError:
            raise
        except StudiekeuzeError as error:
            result.fouten.append(f"{pupil.voornaam}: {error}")
    if cancelled and cancelled():
        result.geannuleerd = True
        return result
    if advices:
        klassen = sorted({p.klas for p in pupils if p.klas})
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
