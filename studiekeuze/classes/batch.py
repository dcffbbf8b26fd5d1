"""The advice sheets of a whole class: one PDF per pupil and one combined PDF, with progress and cancel."""

import logging
import os
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path

from studiekeuze.advice import build_advice
from studiekeuze.classes.filenames import safe_stem, unique
from studiekeuze.classes.roster import Klasleerling, Klaslijst
from studiekeuze.content.repository import ContentRepository
from studiekeuze.errors import InputFileError, StudiekeuzeError, WriteError
from studiekeuze.models import Antwoorden
from studiekeuze.pdf import render_pdf, write_pdf
from studiekeuze.pdf.combine import combine_pdfs
from studiekeuze.pdf.paragraphs import layout_cache
from studiekeuze.questionnaire.answers import read_answers_file
from studiekeuze.safefiles import make_private_folder

log = logging.getLogger(__name__)

Progress = Callable[[int, int, str], None]


@dataclass
class Klasresultaat:
    gemaakt: list[Path] = field(default_factory=list)
    klas_pdf: Path | None = None
    zonder_antwoorden: list[str] = field(default_factory=list)
    fouten: list[str] = field(default_factory=list)
    geannuleerd: bool = False


def find_answers_file(folder: Path, voornaam: str, klas: str = "", *, only_one: bool = True,
                      listing: "_Listing | None" = None) -> Path | None:
    """The answers file of the pupil `voornaam` in `klas`, or None when there is none; never a file outside `folder`.

    Looked for, by file name only (case, accents' encoding and reserved characters do not matter):
    `<klas>/<voornaam>.json` and `<voornaam> (<klas>).json`, and, only when `only_one` (no other pupil of the class
    list has this first name), `<voornaam>.json`. A name is never joined to the folder as a path, so "../x" or an
    absolute path cannot reach outside it. When two files fit, or a shared `<voornaam>.json` would fit two pupils,
    InputFileError says which files to rename: a pupil never gets another pupil's answers.
    """
    listing = listing or _Listing(folder)
    root = listing.root
    own = _key(voornaam)
    if not own:
        return None
    found: list[Path] = []
    if klas:
        for sub, name in listing.entries(root, want_dirs=True):
            if name == _key(klas):
                found += [p for p, stem in listing.entries(sub) if stem == own]
        found += [p for p, stem in listing.entries(root) if stem == _key(f"{voornaam} ({klas})")]
    shared = [p for p, stem in listing.entries(root) if stem == own]
    if not found and shared and not only_one:
        where = f"{klas}/{voornaam}.json' of '{voornaam} ({klas}).json" if klas else f"{voornaam} (KLAS).json"
        raise InputFileError(
            f"{shared[0].name} past bij meer dan één leerling met de voornaam {voornaam}. Noem het bestand "
            f"'{where}', zodat elke leerling zijn eigen antwoorden krijgt."
        )
    found = found or shared
    if len(found) > 1:
        names = ", ".join(str(p.relative_to(root)) for p in found)
        raise InputFileError(f"Voor {voornaam} passen meer antwoordenbestanden: {names}. Laat er één over.")
    return found[0] if found else None


def _key(name: str) -> str:
    return safe_stem(name, fallback="").casefold()


class _Listing:
    """The answers folder as read once for a whole class: each folder listed once and each name keyed once, so
    finding 30 pupils' files does not list the folder 90 times (a class of 300 would take seconds)."""

    def __init__(self, folder: Path) -> None:
        self.root = folder.resolve()
        self._seen: dict[tuple[Path, bool], list[tuple[Path, str]]] = {}

    def entries(self, folder: Path, want_dirs: bool = False) -> list[tuple[Path, str]]:
        """(path, key) of the `*.json` files (or the sub-folders) in `folder`; a file's key is made of its stem."""
        if (folder, want_dirs) not in self._seen:
            self._seen[folder, want_dirs] = [(p, _key(p.name if want_dirs else p.stem))
                                             for p in _entries(folder, self.root, want_dirs)]
        return self._seen[folder, want_dirs]


def _entries(folder: Path, root: Path, want_dirs: bool = False) -> list[Path]:
    """`*.json` files (or sub-folders) right in `folder` whose real place is inside `root`."""
    try:
        with os.scandir(folder) as listing:
            entries = list(listing)
    except OSError:
        return []
    result = []
    for entry in entries:
        path = Path(entry.path)
        try:
            wanted = entry.is_dir() if want_dirs else entry.is_file() and entry.name.casefold().endswith(".json")
            if wanted and (not entry.is_symlink() or path.resolve().is_relative_to(root)):
                result.append(path)
        except OSError:
            continue
    return sorted(result)


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
    taal: str | None = None,
    datum: date | None = None,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> Klasresultaat:
    """The class run over the answers files in `antwoorden_map` (the command line's way; see find_answers_file)."""
    if not antwoorden_map.is_dir():
        raise InputFileError(f"De map met antwoorden {antwoorden_map} bestaat niet.")
    pupils, problems = [], []
    first_names = Counter(_key(leerling.voornaam) for leerling in klaslijst.leerlingen)
    listing = _Listing(antwoorden_map)
    for leerling in klaslijst.leerlingen:
        label = f"{leerling.voornaam} ({leerling.klas})" if leerling.klas else leerling.voornaam
        antwoorden = None
        try:
            path = find_answers_file(antwoorden_map, leerling.voornaam, leerling.klas,
                                     only_one=first_names[_key(leerling.voornaam)] == 1, listing=listing)
            if path is not None:
                antwoorden = _answers(path, leerling, repository)
        except StudiekeuzeError as error:
            problems.append(f"{label}: {error}")
            continue
        pupils.append(Klasadvies(leerling.voornaam, leerling.klas, antwoorden))
    result = make_advice_sheets(repository, pupils, uit, ouders=ouders, taal=taal, datum=datum, progress=progress,
                                cancelled=cancelled)
    result.fouten[:0] = problems
    return result


def make_advice_sheets(
    repository: ContentRepository,
    pupils: Sequence[Klasadvies],
    uit: Path,
    *,
    ouders: bool = False,
    taal: str | None = None,
    datum: date | None = None,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> Klasresultaat:
    """Write one advice PDF per pupil with answers, then one combined PDF; stop cleanly when `cancelled()`.

    Used by the command line and by the app (which passes the answers of its saved sessions). With `taal`, every
    parents' page is printed in Dutch and again in that home language (one language for the class).
    """
    try:
        if not uit.is_dir():
            make_private_folder(uit)  # a new folder of advices about pupils: readable by its owner only
    except OSError as error:
        raise WriteError(f"De map {uit} kan niet gemaakt worden ({error.strerror}). Kies een andere map.") from error
    # Each sheet is laid out once: its PDF is written for the pupil and kept to put the class PDF together.
    with layout_cache():  # the sheets of one class share many texts: each is parsed and broken into lines once
        return _make_sheets(repository, pupils, uit, ouders, taal, datum, progress, cancelled)


def _make_sheets(
    repository: ContentRepository,
    pupils: Sequence[Klasadvies],
    uit: Path,
    ouders: bool,
    taal: str | None,
    datum: date | None,
    progress: Progress | None,
    cancelled: Callable[[], bool] | None,
) -> Klasresultaat:
    result, sheets, taken = Klasresultaat(), [], set[str]()
    blank_note = ""
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
                                  voornaam=pupil.voornaam, taal=taal)
            stem = unique(safe_stem(" ".join(x for x in ("advies", pupil.klas, pupil.voornaam) if x)), taken)
            sheet = render_pdf(advies, ouders=ouders)
            result.gemaakt.append(write_pdf(sheet, uit / f"{stem}.pdf"))
            sheets.append(sheet)
            blank_note = advies.lege_bladzijde
        except WriteError:
            raise
        except StudiekeuzeError as error:
            result.fouten.append(f"{pupil.voornaam}: {error}")
    if cancelled and cancelled():
        result.geannuleerd = True
        return result
    if sheets:
        klassen = sorted({p.klas for p in pupils if p.klas})
        title = "klas " + ", ".join(klassen) if klassen else "klas"
        stem = unique(safe_stem(f"alle adviezen {' '.join(klassen)}".strip()), taken)
        combined = combine_pdfs(sheets, blank_note=blank_note, title=title)
        result.klas_pdf = write_pdf(combined, uit / f"{stem}.pdf")
    if progress:
        progress(total, total, "")
    return result


def _answers(path: Path, leerling: Klasleerling, repository: ContentRepository) -> Antwoorden:
    antwoorden = read_answers_file(path, repository.vragenlijst)
    own = antwoorden.leerling
    # The class list is the teacher's record of where the pupil is; the answers file may be older.
    richting = leerling.huidige_richting or own.huidige_richting
    # Everything else the file says (niet_open, the counsellor's extra and zonder) stays with the pupil.
    return Antwoorden(replace(own, voornaam=leerling.voornaam, huidige_richting=richting), antwoorden.antwoorden,
                      antwoorden.vorm)
