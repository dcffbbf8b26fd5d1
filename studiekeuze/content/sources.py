"""Loads the TOML content sources and validates every record; all problems are reported at once."""

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from studiekeuze.content.higher_education import check_opleidingen, check_programme_overgangen
from studiekeuze.content.official import LINK_FILE, OfficialLink, read_link
from studiekeuze.errors import ContentError, InputFileError
from studiekeuze.models import FINALITEITEN, GRADEN, OVERGANG_SOORTEN
from studiekeuze.safefiles import read_limited
from studiekeuze.textnorm import word_count
from studiekeuze.vocabulary import Bewijs

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
NAAR_NAAM_SOORTEN = {"graduaat", "bachelor", "arbeidsmarkt"}
VAN_SOORTEN = {"specialisatiejaar", "se_n_se"}
MAX_SOURCE_BYTES = 5_000_000


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


class _Problems:
    def __init__(self, root: Path) -> None:
        self.root = root
        self.items: list[str] = []

    def add(self, path: Path, where: str, message: str) -> None:
        name = path.relative_to(self.root) if path.is_relative_to(self.root) else path
        self.items.append(f"{name}, {where}: {message}")


def source_files(root: Path) -> list[Path]:
    """Every file the build reads: the TOML sources and the official data (CSV)."""
    return sorted(path for path in root.rglob("*") if path.suffix in (".toml", ".csv") and path.is_file())


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
    if {f.get("code") for f in finaliteiten if _text(f, "code")} != set(FINALITEITEN):
        problems.add(root / "finaliteiten.toml", "finaliteit", "D, D/A en A moeten elk precies één keer staan")

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

    if problems.items:
        raise ContentError(problems.items)
    return ContentSources(
        meta, domeinen, finaliteiten, bks, knelpunten, richtingen, overgangen, vragenlijst, files, officieel,
        opleidingen, projecten, project_van,
    )


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
    if not _one_of(richting.get("graad"), GRADEN):
        problems.add(path, where, f"graad moet 2, 3 of 7 zijn, niet {richting.get('graad')!r}")
    if not _one_of(richting.get("finaliteit"), FINALITEITEN):
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
        if not _one_of(soort, OVERGANG_SOORTEN):
            problems.add(path, label, f"onbekende soort {soort!r}; kies uit {', '.join(OVERGANG_SOORTEN)}")
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
            if soort not in NAAR_NAAM_SOORTEN:
                problems.add(path, label, "naar_naam past alleen bij graduaat, bachelor of arbeidsmarkt")
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
    if soort in NAAR_NAAM_SOORTEN:
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
        elif soort == "interesse" and item.get("schaal") not in tuple("RIASEC"):
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
    if (short_per_scale and set(short_per_scale.values()) != {5}) or set(short_per_scale) != set("RIASEC"):
        problems.add(path, "kort", f"de korte vorm moet 5 items per schaal hebben, niet {short_per_scale}")
