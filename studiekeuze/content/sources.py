"""Loads the TOML content sources and validates every record; all problems are reported at once."""

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from studiekeuze import resources, vocabulary
from studiekeuze.content.higher_education import check_opleidingen, check_programme_overgangen
from studiekeuze.content.official import LINK_FILE, OfficialLink, read_link
from studiekeuze.errors import ContentError, InputFileError
from studiekeuze.safefiles import read_limited
from studiekeuze.textnorm import fold, word_count, words
from studiekeuze.vocabulary import LANGUAGES, Bewijs

if TYPE_CHECKING:
    from studiekeuze.texts.easy_words import HardWord

GROEPNUMMER = re.compile(r"^G-\d{4}$")
RIASEC_CODE = re.compile(r"^(?!.*(.).*\1)[RIASEC]{1,3}$")
# Pupils read these texts; onderwijsvormen are replaced by finaliteiten (search synonyms are exempt).
ONDERWIJSVORMEN = re.compile(r"\b(aso|tso|bso|kso)\b", re.IGNORECASE)
WORD_BOUNDS = {2: (60, 130), 3: (60, 130), 7: (25, 80)}
BK_CODE = re.compile(r"^BK-\d{4}-\d{1,2}$")
# Keys that the official link now provides: a richting record that still holds them is out of date.
OFFICIAL_KEYS = {
    "bks": "de beroepskwalificaties komen uit de officiële koppeling (officieel/bk-koppeling.csv)",
    "leerwegen": "of een richting duaal kan, komt uit de officiële koppeling (officieel/bk-koppeling.csv)",
}
VAN_SOORTEN = {"specialisatiejaar", "se_n_se"}
MAX_SOURCE_BYTES = 5_000_000
# A pictogram is named by its activity ("soep-koken.svg") and lies in the package folder studiekeuze/pictogrammen.
PICTOGRAM_NAME = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*\.svg$")
TRANSLATIONS_FILE = "finaliteiten-vertalingen.toml"
TRANSLATED_FIELDS = ("kort", "uitleg")


@dataclass
class ContentSources:
    """Everything read from the source folder, validated; `files` lists what was read (for the fingerprint)."""

    meta: dict[str, Any]
    domeinen: list[dict[str, Any]]
    finaliteiten: list[dict[str, Any]]
    bks: dict[str, dict[str, Any]]  # BK code → its official definition record (beroepskwalificaties.toml)
    knelpunten: dict[str, dict[str, Any]]
    richtingen: dict[str, dict[str, Any]]
    overgangen: list[dict[str, Any]]
    vragenlijst: dict[str, Any] = field(default_factory=dict)
    files: list[Path] = field(default_factory=list)
    officieel: OfficialLink = field(default_factory=lambda: OfficialLink({}, {}, {}))
    # Graduaten and bachelors by official name (hoger-onderwijs.toml); every naar_naam of such an overgang is a key.
    opleidingen: dict[str, dict[str, Any]] = field(default_factory=dict)
    projecten: dict[str, dict[str, Any]] = field(default_factory=dict)  # code → project (projectrichtingen.toml)
    project_van: dict[str, str] = field(default_factory=dict)  # groepnummer → project code
    # Each finaliteit in each home language of the parents' page: (code, taal) → {"kort", "uitleg"}.
    vertalingen: dict[tuple[str, str], dict[str, str]] = field(default_factory=dict)
    moeilijke_woorden: list["HardWord"] = field(default_factory=list)  # moeilijke-woorden.toml, checked
    # Groups of everyday words that mean the same thing for a search (synoniemen.toml): {"thema", "woorden"}.
    synoniemen: list[dict[str, Any]] = field(default_factory=list)


class _Problems:
    def __init__(self, root: Path) -> None:
        self.root = root
        self.items: list[str] = []

    def add(self, path: Path, where: str, message: str) -> None:
        name = path.relative_to(self.root) if path.is_relative_to(self.root) else path
        self.items.append(f"{name}, {where}: {message}")


def source_files(root: Path) -> list[Path]:
    """Every file the build reads: the TOML sources, the official data (CSV) and the word list (TXT)."""
    return sorted(path for path in root.rglob("*") if path.suffix in (".toml", ".csv", ".txt") and path.is_file())


def _read(path: Path, problems: _Problems) -> dict[str, Any]:
    import tomllib  # here: every start of the app imports this module (for the source list), only a build parses

    try:
        return tomllib.loads(read_limited(path, MAX_SOURCE_BYTES, "Het bronbestand").decode("utf-8"))
    except tomllib.TOMLDecodeError as error:
        problems.add(path, "bestand", f"geen geldige TOML ({error})")
    except RecursionError:
        problems.add(path, "bestand", "te diep genest")
    except (InputFileError, UnicodeDecodeError) as error:
        problems.add(path, "bestand", f"kan niet gelezen worden ({error})")
    return {}


def _text(record: dict, key: str, required: bool = True) -> str | None:
    value = record.get(key, "" if not required else None)
    return value if isinstance(value, str) else None


def _records(document: dict, key: str, path: Path, problems: _Problems) -> list[dict]:
    """The `[[key]]` records of a document; anything else in their place (a table, a list of text) is a problem."""
    value = document.get(key, [])
    if not isinstance(value, list):
        problems.add(path, key, f"schrijf elk record als [[{key}]] (nu staat er één {_kind(value)})")
        return []
    records = []
    for index, record in enumerate(value, start=1):
        if isinstance(record, dict):
            records.append(record)
        else:
            problems.add(path, f"{key} {index}", f"moet een tabel zijn ([[{key}]]), geen {_kind(record)}")
    return records


def _check_texts_of(path: Path, records: list[dict], key: str, fields: tuple[str, ...], problems: _Problems) -> None:
    for index, record in enumerate(records, start=1):
        wrong = [field for field in fields if field in record and not isinstance(record[field], str)]
        if wrong or not _text(record, fields[0]):
            problems.add(path, f"{key} {index}", f"{', '.join(wrong or fields[:1])} moet tekst zijn")


def _list_of(value: Any, kind: type) -> bool:
    return isinstance(value, list) and all(isinstance(item, kind) for item in value)


def _kind(value: Any) -> str:
    return {dict: "tabel", list: "lijst", str: "tekst", bool: "waar/onwaar", int: "getal", float: "getal"}.get(
        type(value), type(value).__name__)


def _one_of(value: Any, options: Any) -> bool:
    """`value in options`, also for values that cannot be looked up (a list or a table where text belongs)."""
    return isinstance(value, str | int) and not isinstance(value, bool) and value in options


def load_sources(root: Path) -> ContentSources:
    """Read and validate every source file under `root`; raise ContentError listing all problems."""
    problems = _Problems(root)
    files = source_files(root)
    documents = {path: _read(path, problems) for path in files if path.suffix == ".toml"}

    meta = documents.get(root / "meta.toml", {})
    if not meta.get("versie") or not isinstance(meta.get("versie"), str):
        problems.add(root / "meta.toml", "versie", "de dataversie (datum, als tekst) ontbreekt")
    if not _list_of(meta.get("bronnen", []), str):
        problems.add(root / "meta.toml", "bronnen", "bronnen moet een lijst met tekst zijn")
    domeinen = _records(documents.get(root / "domeinen.toml", {}), "domein", root / "domeinen.toml", problems)
    finaliteiten = _records(
        documents.get(root / "finaliteiten.toml", {}), "finaliteit", root / "finaliteiten.toml", problems
    )
    _check_texts_of(root / "domeinen.toml", domeinen, "domein", ("naam", "uitleg"), problems)
    _check_texts_of(root / "finaliteiten.toml", finaliteiten, "finaliteit",
                    ("code", "naam", "leerlingnaam", "kort", "uitleg"), problems)
    domein_namen = {d["naam"] for d in domeinen if _text(d, "naam")}
    _check_finaliteiten(root / "finaliteiten.toml", finaliteiten, problems)
    vertalingen = _check_vertalingen(root / TRANSLATIONS_FILE, documents.get(root / TRANSLATIONS_FILE, {}), problems)

    bks: dict[str, dict] = {}
    knelpunten: dict[str, dict] = {}
    richtingen: dict[str, dict] = {}
    for path, document in documents.items():
        for index, knelpunt in enumerate(_records(document, "knelpuntberoep", path, problems), start=1):
            where = f"knelpuntberoep {index}"
            jaar = knelpunt.get("jaar")
            if not _text(knelpunt, "naam") or not isinstance(jaar, int) or isinstance(jaar, bool):
                problems.add(path, where, "naam en jaar (een getal) zijn verplicht")
            elif not _text(knelpunt, "bron"):
                problems.add(path, where, f"'{knelpunt['naam']}' heeft geen bron")
            elif knelpunt["naam"] in knelpunten:
                problems.add(path, where, f"'{knelpunt['naam']}' staat er twee keer")
            else:
                knelpunten[knelpunt["naam"]] = {**knelpunt, "_bestand": path}
        for index, richting in enumerate(_records(document, "richting", path, problems), start=1):
            richting = {**richting, "_bestand": path, "_index": index}
            if _check_richting(richting, domein_namen, problems):
                if richting["groepnummer"] in richtingen:
                    other = richtingen[richting["groepnummer"]]["_bestand"].name
                    problems.add(path, _where(richting), f"groepnummer staat ook al in {other}")
                else:
                    richtingen[richting["groepnummer"]] = richting

    officieel = read_link(root / LINK_FILE, richtingen, problems.add)
    for path, document in documents.items():
        for index, bk in enumerate(_records(document, "bk", path, problems), start=1):
            _check_bk(path, index, bk, bks, officieel, problems)

    overgangen = []
    for richting in richtingen.values():
        _check_links(richting, knelpunten, problems)
        overgangen += _check_overgangen(richting, richtingen, problems)
    _check_duplicate_overgangen(overgangen, problems)
    for overgang in overgangen:
        _add_evidence(overgang, officieel)
    opleidingen_path = root / "hoger-onderwijs.toml"
    opleidingen = check_opleidingen(opleidingen_path, documents.get(opleidingen_path), problems)
    check_programme_overgangen(overgangen, opleidingen, problems)

    projecten, project_van = _check_projecten(root / "projectrichtingen.toml",
                                              documents.get(root / "projectrichtingen.toml", {}), richtingen, problems)

    vragenlijst = documents.get(root / "vragenlijst.toml", {})
    _check_vragenlijst(root / "vragenlijst.toml", vragenlijst, domein_namen, problems)
    synoniemen = _check_synoniemen(root / SYNONYMS_FILE, documents.get(root / SYNONYMS_FILE, {}), problems)

    moeilijke_woorden = _check_moeilijke_woorden(root, documents, problems)

    if problems.items:
        raise ContentError(problems.items)
    return ContentSources(
        meta, domeinen, finaliteiten, bks, knelpunten, richtingen, overgangen, vragenlijst, files, officieel,
        opleidingen, projecten, project_van, vertalingen, moeilijke_woorden, synoniemen,
    )


def _check_vertalingen(path: Path, document: dict, problems: _Problems) -> dict[tuple[str, str], dict[str, str]]:
    """The finaliteiten in every home language: each (finaliteit, taal) exactly once, every text filled in."""
    languages = {language.code: language for language in LANGUAGES}
    found: dict[tuple[str, str], dict[str, str]] = {}
    for index, record in enumerate(_records(document, "vertaling", path, problems), start=1):
        where = f"vertaling {index}"
        code, taal = record.get("finaliteit"), record.get("taal")
        if not isinstance(code, str) or not _one_of(code, vocabulary.FINALITEITEN):
            problems.add(path, where, f"finaliteit moet D, D/A of A zijn, niet {code!r}")
            continue
        if not isinstance(taal, str) or not _one_of(taal, languages):
            problems.add(path, where, f"taal moet een van {', '.join(languages)} zijn, niet {taal!r}")
            continue
        where = f"vertaling {index} ({code}, {taal})"
        empty = [name for name in TRANSLATED_FIELDS if not isinstance(record.get(name), str) or
                 not record[name].strip()]
        unknown = sorted(set(record) - {"finaliteit", "taal", *TRANSLATED_FIELDS})
        if empty:
            problems.add(path, where, f"{' en '.join(empty)} ontbreekt of is geen tekst")
        elif unknown:
            problems.add(path, where, f"onbekend veld {', '.join(unknown)} (alleen {', '.join(TRANSLATED_FIELDS)})")
        elif (code, taal) in found:
            problems.add(path, where, f"{code} in het {languages[taal].naam} staat er twee keer")
        elif any(ONDERWIJSVORMEN.search(record[name]) for name in TRANSLATED_FIELDS):
            problems.add(path, where, "spreek van finaliteiten, niet van onderwijsvormen")
        else:
            found[(code, taal)] = {name: " ".join(record[name].split()) for name in TRANSLATED_FIELDS}
    for language in LANGUAGES:
        missing = [code for code in vocabulary.FINALITEITEN if (code, language.code) not in found]
        if missing:
            problems.add(path, f"taal {language.code}",
                         f"de vertaling in het {language.naam} ontbreekt voor {', '.join(missing)}")
    return found


def _check_moeilijke_woorden(root: Path, documents: dict[Path, dict], problems: _Problems) -> list["HardWord"]:
    """The hard words and their explanations; an explanation may use only words of the word list."""
    # Imported here: the texts package loads Jinja2, which opening the database at every start does not need.
    from studiekeuze.content.hard_words import check_hard_words
    from studiekeuze.texts.easy_words import HARD_WORDS_FILE, KNOWN_WORDS_FILE, read_known_words

    known_path = root / KNOWN_WORDS_FILE
    try:
        known = read_known_words(known_path)
    except (InputFileError, UnicodeDecodeError) as error:
        problems.add(known_path, "bestand",
                     f"kan niet gelezen worden ({error}); maak de lijst met tools/make_known_words.py")
        return []
    if not len(known):
        problems.add(known_path, "bestand", "de woordenlijst is leeg; maak ze met tools/make_known_words.py")
        return []
    path = root / HARD_WORDS_FILE
    if path not in documents:
        problems.add(path, "bestand", "de lijst met moeilijke woorden ontbreekt")
        return []
    return check_hard_words(path, documents[path], known, problems.add)


def _check_finaliteiten(path: Path, finaliteiten: list[dict], problems: _Problems) -> None:
    """Exactly the vocabulary's finaliteiten, each under the name the program uses for it everywhere else."""
    codes = vocabulary.finaliteit_codes()
    found = [f["code"] for f in finaliteiten if _text(f, "code")]
    if sorted(found) != sorted(codes):
        problems.add(path, "finaliteit", f"{', '.join(codes)} moeten elk precies één keer staan")
        return
    for index, finaliteit in enumerate(finaliteiten, start=1):
        label = vocabulary.finaliteit_label(finaliteit["code"])
        if isinstance(finaliteit.get("leerlingnaam"), str) and finaliteit["leerlingnaam"] != label:
            problems.add(path, f"finaliteit {index} ({finaliteit['code']})",
                         f"leerlingnaam moet '{label}' zijn, zoals in studiekeuze/vocabulary.py")


def _naar_naam_soorten() -> set[str]:
    """Kinds that lead out of secondary school: they name a programme or work (naar_naam), no richting."""
    return {s.code for s in vocabulary.SOORTEN if s.door == vocabulary.CONTENT and s.buiten_school}


SYNONYMS_FILE = "synoniemen.toml"
MAX_SYNONYM_LENGTH = 40


def _check_synoniemen(path: Path, document: dict, problems: _Problems) -> list[dict[str, Any]]:
    """Every group has a theme and at least two different single words; onderwijsvormen stay out (the richtingen'
    own zoektermen are the one place for old names)."""
    groups = []
    for index, group in enumerate(_records(document, "groep", path, problems), start=1):
        thema, woorden = group.get("thema"), group.get("woorden", [])
        where = f"groep {index} ({thema if isinstance(thema, str) and thema.strip() else '?'})"
        if not isinstance(thema, str) or not thema.strip():
            problems.add(path, where, "thema ontbreekt: geef een kort woord dat zegt waarover de groep gaat")
            continue
        if not isinstance(woorden, list) or not _list_of(woorden, str) or len(woorden) < 2:
            problems.add(path, where, "woorden moet een lijst met minstens twee woorden zijn")
            continue
        before = len(problems.items)
        seen: dict[str, str] = {}
        for word in woorden:
            folded = fold(word).strip()
            if words(word) != [folded] or len(folded) < 2 or len(folded) > MAX_SYNONYM_LENGTH:
                problems.add(path, where, f"'{word}' is geen enkel woord van 2 tot {MAX_SYNONYM_LENGTH} letters "
                                          "(zonder spatie, streepje of leesteken)")
            elif ONDERWIJSVORMEN.search(folded):
                problems.add(path, where, f"'{word}': spreek van finaliteiten; oude namen horen bij de zoektermen "
                                          "van de richting zelf")
            elif folded in seen:
                also = f" (ook als '{seen[folded]}')" if seen[folded] != word else ""
                problems.add(path, where, f"'{word}' staat er twee keer{also}")
            else:
                seen[folded] = word
        if len(problems.items) == before:
            groups.append({"thema": thema.strip(), "woorden": list(woorden)})
    return groups


def _check_projecten(path: Path, document: dict, richtingen: dict, problems: _Problems) -> tuple[dict, dict]:
    """Richtingen tied to a school's project or a sport status: each known, in one project only."""
    projecten: dict[str, dict] = {}
    project_van: dict[str, str] = {}
    for index, project in enumerate(_records(document, "project", path, problems), start=1):
        where = f"project {index} ({project.get('code', '?') if isinstance(project, dict) else '?'})"
        if not isinstance(project, dict) or not _text(project, "code") or not _text(project, "naam") \
                or not _text(project, "uitleg") or not isinstance(project.get("richtingen"), list):
            problems.add(path, where, "code, naam, uitleg en richtingen (een lijst) zijn verplicht")
            continue
        if not isinstance(project.get("bron", ""), str):
            problems.add(path, where, "bron moet tekst zijn (een URL of leeg)")
        projecten[project["code"]] = project
        for groepnummer in project["richtingen"]:
            if groepnummer not in richtingen:
                problems.add(path, where, f"onbekend groepnummer {groepnummer!r}")
            elif groepnummer in project_van:
                problems.add(path, where, f"{groepnummer} staat ook al bij project {project_van[groepnummer]}")
            else:
                project_van[groepnummer] = project["code"]
    return projecten, project_van


def _where(richting: dict) -> str:
    return f"richting {richting['_index']} ({richting.get('groepnummer', '?')})"


def _check_bk(path: Path, index: int, bk: Any, bks: dict, officieel: OfficialLink, problems: _Problems) -> None:
    """A BK's official definition: its code, title and level must be those of the official link."""
    if not isinstance(bk, dict):
        problems.add(path, f"bk {index}", "moet een tabel zijn met code, titel, vks, definitie en bron")
        return
    code = bk.get("code")
    where = f"bk {index} ({code or '?'})"
    if not isinstance(code, str) or not BK_CODE.match(code):
        problems.add(path, where, "code moet de vorm BK-0000-0 hebben")
        return
    if code not in officieel.bk_titels:
        problems.add(path, where, f"{code} staat niet in de officiële koppeling met de richtingen")
        return
    if bk.get("titel") != officieel.bk_titels[code]:
        problems.add(path, where, f"titel moet '{officieel.bk_titels[code]}' zijn, zoals in de officiële koppeling")
    vks = bk.get("vks")
    if isinstance(vks, bool) or not isinstance(vks, int) or not 1 <= vks <= 8:
        problems.add(path, where, "vks moet een niveau van 1 tot 8 zijn")
    elif code in officieel.bk_niveaus and vks != officieel.bk_niveaus[code]:
        problems.add(path, where, f"vks is {vks}, maar de officiële koppeling zegt {officieel.bk_niveaus[code]}")
    if not _text(bk, "definitie") or not bk["definitie"].strip():
        problems.add(path, where, "de definitie ontbreekt (laat het hele record weg als ze niet te lezen is)")
    if not (_text(bk, "bron") or "").startswith("https://"):
        problems.add(path, where, "bron moet de URL van de officiële bron zijn")
    if code in bks:
        problems.add(path, where, f"{code} staat er twee keer")
        return
    bks[code] = {**bk, "_bestand": path}


def _check_richting(richting: dict, domein_namen: set, problems: _Problems) -> bool:
    path, where = richting["_bestand"], _where(richting)
    before = len(problems.items)
    if not GROEPNUMMER.match(str(richting.get("groepnummer", ""))):
        problems.add(path, where, "groepnummer moet de vorm G-0000 hebben")
    if not _text(richting, "naam"):
        problems.add(path, where, "naam ontbreekt")
    if not _one_of(richting.get("graad"), vocabulary.graden(richtingen=True)):
        problems.add(path, where, f"graad moet 2, 3 of 7 zijn, niet {richting.get('graad')!r}")
    if not _one_of(richting.get("finaliteit"), vocabulary.finaliteit_codes()):
        problems.add(path, where, f"finaliteit moet D, D/A of A zijn, niet {richting.get('finaliteit')!r}")
    domeinen = richting.get("domeinen")
    if not isinstance(domeinen, list) or not domeinen:
        problems.add(path, where, "domeinen moet een lijst met minstens één studiedomein zijn")
    else:
        for domein in domeinen:
            if not _one_of(domein, domein_namen):
                problems.add(path, where, f"onbekend studiedomein '{domein}'")
    if not _one_of(richting.get("domein_zekerheid"), {"bron", "afgeleid", "gecontroleerd"}):
        problems.add(path, where, "domein_zekerheid moet bron, afgeleid of gecontroleerd zijn")
    elif richting["domein_zekerheid"] == "gecontroleerd" and not richting.get("domein_bron"):
        problems.add(path, where, "een gecontroleerd domein heeft een domein_bron nodig")
    for key, reason in OFFICIAL_KEYS.items():
        if key in richting:
            problems.add(path, where, f"{key} hoort hier niet meer: {reason}")
    if _text(richting, "domein_bron", required=False) is None:
        problems.add(path, where, "domein_bron moet tekst zijn (een URL of leeg)")
    zoektermen = richting.get("zoektermen", [])
    if not isinstance(zoektermen, list) or not all(isinstance(t, str) and t.strip() for t in zoektermen):
        problems.add(path, where, "zoektermen moet een lijst met tekst zijn")
    for key, what in (("activiteiten", "activiteiten"), ("beroepen", "beroepen"),
                      ("overgang", "[[richting.overgang]]")):
        if not _list_of(richting.get(key, []), dict):
            problems.add(path, where, f"{what} moet een lijst met tabellen zijn, zoals in de README")
    if len(problems.items) > before:
        return False
    _check_texts(richting, problems)
    return len(problems.items) == before


def _check_texts(richting: dict, problems: _Problems) -> None:
    path, where = richting["_bestand"], _where(richting)
    beschrijving = richting.get("beschrijving", "")
    if not isinstance(beschrijving, str):
        problems.add(path, where, "beschrijving moet tekst zijn")
        return
    if beschrijving.strip():
        low, high = WORD_BOUNDS[richting["graad"]]
        count = word_count(beschrijving)
        if not low <= count <= high:
            problems.add(path, where, f"beschrijving heeft {count} woorden; tussen {low} en {high} moet")
    pupil_texts = [beschrijving]
    for index, activiteit in enumerate(richting.get("activiteiten", []), start=1):
        if not isinstance(activiteit, dict) or not _text(activiteit, "tekst"):
            problems.add(path, where, f"activiteit {index} heeft geen tekst")
            continue
        if not RIASEC_CODE.match(str(activiteit.get("riasec", ""))):
            problems.add(path, where, f"activiteit {index}: riasec moet 1 tot 3 verschillende letters uit RIASEC zijn")
        pupil_texts.append(activiteit["tekst"])
    for index, beroep in enumerate(richting.get("beroepen", []), start=1):
        if not isinstance(beroep, dict) or not _text(beroep, "naam"):
            problems.add(path, where, f"beroep {index} heeft geen naam")
            continue
        if not RIASEC_CODE.match(str(beroep.get("riasec", ""))):
            problems.add(path, where, f"beroep {index}: riasec moet 1 tot 3 verschillende letters uit RIASEC zijn")
        pupil_texts.append(beroep["naam"])
    for overgang in richting.get("overgang", []):
        pupil_texts.append(f"{overgang.get('reden', '')} {overgang.get('naar_naam', '')}")
    for text in pupil_texts:
        found = ONDERWIJSVORMEN.search(text)
        if found:
            problems.add(
                path, where, f"'{found.group(0)}' in een tekst voor leerlingen: spreek van finaliteiten"
            )


def _check_links(richting: dict, knelpunten: dict, problems: _Problems) -> None:
    path, where = richting["_bestand"], _where(richting)
    for index, beroep in enumerate(richting.get("beroepen", []), start=1):
        knelpunt = beroep.get("knelpunt", "")
        if not isinstance(knelpunt, str):
            problems.add(path, where, f"beroep {index}: knelpunt moet tekst zijn")
        elif knelpunt and knelpunt not in knelpunten:
            problems.add(path, where, f"beroep {index}: '{knelpunt}' staat niet in de knelpuntberoepen")


def _add_evidence(overgang: dict, officieel: OfficialLink) -> None:
    """What an overgang rests on: two richtingen that lead to the same BK are related by the government's own data;
    else a page that states the step; else our own judgement."""
    shared = officieel.shared_bks(overgang["van"], overgang["naar"]) if overgang["naar"] else []
    overgang["gedeelde_bks"] = shared
    if shared:
        overgang["bewijs"] = Bewijs.OFFICIEEL
    elif overgang["bron"]:
        overgang["bewijs"] = Bewijs.BRON
    else:
        overgang["bewijs"] = Bewijs.REDACTIE


def _check_overgangen(richting: dict, richtingen: dict, problems: _Problems) -> list[dict]:
    path, where = richting["_bestand"], _where(richting)
    found = []
    for index, overgang in enumerate(richting.get("overgang", []), start=1):
        label = f"{where}, overgang {index}"
        ends = [key for key in ("naar", "van", "naar_naam") if overgang.get(key)]
        soort = overgang.get("soort")
        if len(ends) != 1:
            problems.add(path, label, "geef precies één van naar, van of naar_naam")
            continue
        if not isinstance(overgang[ends[0]], str):
            problems.add(path, label, f"{ends[0]} moet tekst zijn")
            continue
        soorten = vocabulary.soort_codes(door=vocabulary.CONTENT)
        if not _one_of(soort, soorten):
            problems.add(path, label, f"onbekende soort {soort!r}; kies uit {', '.join(soorten)}")
            continue
        if not _text(overgang, "reden"):
            problems.add(path, label, "reden ontbreekt")
            continue
        if not isinstance(overgang.get("bron", ""), str):
            problems.add(path, label, "bron moet tekst zijn (een URL of leeg)")
            continue
        end = ends[0]
        record = {
            "van": richting["groepnummer"],
            "naar": None,
            "naar_naam": None,
            "soort": soort,
            "reden": overgang["reden"],
            "bron": overgang.get("bron", ""),
            "_bestand": path,
            "_label": label,
        }
        if end == "naar_naam":
            if soort not in _naar_naam_soorten():
                kinds = sorted(_naar_naam_soorten(), key=vocabulary.soort_codes().index)
                problems.add(path, label, f"naar_naam past alleen bij {', '.join(kinds[:-1])} of {kinds[-1]}")
                continue
            record["naar_naam"] = overgang["naar_naam"]
        else:
            other = richtingen.get(overgang[end])
            if other is None:
                problems.add(path, label, f"onbekend groepnummer {overgang[end]!r}")
                continue
            van, naar = (other, richting) if end == "van" else (richting, other)
            problem = _transition_problem(van, naar, soort)
            if problem:
                problems.add(path, label, problem)
                continue
            record["van"], record["naar"] = van["groepnummer"], naar["groepnummer"]
        found.append(record)
    return found


def _transition_problem(van: dict, naar: dict, soort: str) -> str | None:
    step = (van["graad"], naar["graad"])
    if soort in VAN_SOORTEN:
        if step != (3, 7):
            return f"{soort} gaat van de 3de graad naar een 7de jaar, niet van graad {step[0]} naar {step[1]}"
        if (soort == "se_n_se") != (naar["finaliteit"] == "D/A"):
            return f"{naar['naam']} is {'een Se-n-Se' if naar['finaliteit'] == 'D/A' else 'een specialisatiejaar'}"
        return None
    if soort in _naar_naam_soorten():
        return f"{soort} hoort bij naar_naam, niet bij een richting"
    if step != (2, 3):
        return f"{soort} gaat van de 2de naar de 3de graad, niet van graad {step[0]} naar {step[1]}"
    return None


def _check_duplicate_overgangen(overgangen: list[dict], problems: _Problems) -> None:
    seen: dict[tuple, dict] = {}
    for overgang in overgangen:
        key = (overgang["van"], overgang["naar"], overgang["naar_naam"])
        if key in seen:
            problems.add(overgang["_bestand"], overgang["_label"], "deze overgang staat er al (dubbel)")
        else:
            seen[key] = overgang


ITEM_SOORTEN = {"interesse", "domein", "voorkeur", "zekerheid"}
VOORKEUREN = {"praktijk", "theorie", "snel_werken", "verder_studeren", "mensen", "dingen", "ideeen", "gegevens"}


def _check_item_fields(path: Path, where: str, item: dict, domein_namen: set, problems: _Problems) -> None:
    """An interest item names the studiedomeinen whose richtingen do its activity ([] when none owns it)."""
    domeinen = item.get("domeinen")
    if item.get("soort") == "interesse":
        if not (isinstance(domeinen, list) and all(isinstance(d, str) for d in domeinen)):
            problems.add(path, where, "domeinen ontbreekt: geef een lijst van studiedomeinen (of [])")
        else:
            for naam in sorted(set(domeinen) - domein_namen):
                problems.add(path, where, f"onbekend studiedomein {naam!r} in domeinen")
            if len(set(domeinen)) != len(domeinen):
                problems.add(path, where, "een studiedomein staat twee keer in domeinen")
    elif domeinen is not None:
        problems.add(path, where, "alleen een interesse-item heeft domeinen")
    if "thema" in item and not _text(item, "thema"):
        problems.add(path, where, "thema moet een korte tekst zijn")


def _check_vragenlijst(path: Path, vragenlijst: dict, domein_namen: set, problems: _Problems) -> None:
    items = _records(vragenlijst, "item", path, problems)
    if not items:
        problems.add(path, "item", "de vragenlijst heeft geen items")
        return
    versie = vragenlijst.get("versie")
    if not (isinstance(versie, int) and not isinstance(versie, bool) and versie >= 1):
        problems.add(path, "versie", "geef de versie van de vragenlijst als een getal (1, 2, …)")
    schalen = vragenlijst.get("antwoordschalen", {})
    vragen = vragenlijst.get("vragen", {})
    if not isinstance(schalen, dict) or not isinstance(vragen, dict):
        problems.add(path, "antwoordschalen", "antwoordschalen en vragen moeten tabellen zijn")
        return
    for soort in set(schalen) | set(vragen) | ITEM_SOORTEN:
        labels = schalen.get(soort)
        if not (isinstance(labels, list) and len(labels) == 5 and all(isinstance(x, str) for x in labels)):
            problems.add(path, f"antwoordschalen.{soort}", "geef precies 5 antwoorden (van 1 tot 5)")
        if not isinstance(vragen.get(soort), str):
            problems.add(path, f"vragen.{soort}", "de vraag bij dit soort item ontbreekt")
    seen: set[str] = set()
    short_per_scale: dict[str, int] = {}
    for index, item in enumerate(items, start=1):
        where = f"item {index} ({item.get('id', '?')})"
        if not _text(item, "id") or not _text(item, "tekst"):
            problems.add(path, where, "id en tekst zijn verplicht")
            continue
        if item["id"] in seen:
            problems.add(path, where, "dit id staat er twee keer")
        seen.add(item["id"])
        soort = item.get("soort")
        wrong = [k for k in ("schaal", "domein", "voorkeur") if k in item and not isinstance(item[k], str)]
        if wrong:
            problems.add(path, where, f"{', '.join(wrong)} moet tekst zijn")
        elif not isinstance(item.get("kort", False), bool):
            problems.add(path, where, "kort moet true of false zijn")
        elif not _one_of(soort, ITEM_SOORTEN):
            problems.add(path, where, f"soort moet een van {', '.join(sorted(ITEM_SOORTEN))} zijn")
        elif soort == "interesse" and item.get("schaal") not in vocabulary.RIASEC:
            problems.add(path, where, "een interesse-item hoort bij schaal R, I, A, S, E of C")
        elif soort == "domein" and item.get("domein") not in domein_namen:
            problems.add(path, where, f"onbekend studiedomein {item.get('domein')!r}")
        elif soort == "voorkeur" and item.get("voorkeur") not in VOORKEUREN:
            problems.add(path, where, f"voorkeur moet een van {', '.join(sorted(VOORKEUREN))} zijn")
        _check_item_fields(path, where, item, domein_namen, problems)
        if item.get("kort") and not wrong:
            short_per_scale[item.get("schaal", "")] = short_per_scale.get(item.get("schaal", ""), 0) + 1
        if ONDERWIJSVORMEN.search(item["tekst"]):
            problems.add(path, where, "spreek van finaliteiten, niet van onderwijsvormen")
    if (short_per_scale and set(short_per_scale.values()) != {5}) or set(short_per_scale) != set(vocabulary.RIASEC):
        problems.add(path, "kort", f"de korte vorm moet 5 items per schaal hebben, niet {short_per_scale}")
    _check_pictograms(path, items, schalen, vragenlijst.get("antwoordpictogrammen"), problems)


def _pictogram_problem(name: Any) -> str | None:
    if name is None or name == "":
        return 'pictogram ontbreekt: geef de naam van een tekening uit studiekeuze/pictogrammen (bv. "soep-koken.svg")'
    if not isinstance(name, str):
        return f"pictogram moet de naam van een tekening zijn (tekst), geen {_kind(name)}"
    if not PICTOGRAM_NAME.match(name):
        return f"pictogram {name!r}: een bestandsnaam met kleine letters, cijfers en streepjes, op .svg"
    if not resources.pictogram(name).is_file():
        return f"pictogram {name!r} staat niet in studiekeuze/pictogrammen"
    return None


def _check_pictograms(path: Path, items: list[dict], schalen: dict, answers: Any, problems: _Problems) -> None:
    """Every item has its own drawing; every answer scale has five different pictures, from 1 to 5."""
    owner: dict[str, str] = {}
    for index, item in enumerate(items, start=1):
        where = f"item {index} ({item.get('id', '?')})"
        name = item.get("pictogram")
        if problem := _pictogram_problem(name):
            problems.add(path, where, problem)
        elif not isinstance(name, str):
            continue  # _pictogram_problem reported it
        elif name in owner:
            problems.add(path, where, f"pictogram {name!r} hoort al bij {owner[name]}: elk item een eigen tekening")
        else:
            owner[name] = str(item.get("id", "?"))
    if not isinstance(answers, dict):
        problems.add(path, "antwoordpictogrammen", "geef per antwoordschaal de 5 tekeningen van de antwoorden")
        return
    for soort in sorted(set(schalen) | set(answers)):
        names = answers.get(soort)
        where = f"antwoordpictogrammen.{soort}"
        if soort not in schalen:
            problems.add(path, where, "deze antwoordschaal bestaat niet")
        elif not (isinstance(names, list) and len(names) == 5 and len(set(map(str, names))) == 5):
            problems.add(path, where, "geef precies 5 verschillende tekeningen (van 1 tot 5)")
        else:
            for name in names:
                if problem := _pictogram_problem(name):
                    problems.add(path, where, problem)
