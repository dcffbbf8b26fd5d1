"""Builds the content database from the validated sources with sqlite-utils, atomically."""

from __future__ import annotations

import hashlib
import json
import logging
import sqlite3
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from studiekeuze import resources
from studiekeuze.content.profile import derive_riasec
from studiekeuze.content.search import trigrams
from studiekeuze.content.sources import MAX_SOURCE_BYTES, ContentSources, load_sources, source_files
from studiekeuze.errors import WriteError
from studiekeuze.safefiles import atomic_file, check_target, read_limited
from studiekeuze.textnorm import fold, slug

if TYPE_CHECKING:
    import sqlite_utils

log = logging.getLogger(__name__)
SCHEMA_VERSION = "5"


def sources_fingerprint(root: Path) -> str:
    """Hash of every source file and of the schema version: a changed source means a rebuild."""
    digest = hashlib.sha256(SCHEMA_VERSION.encode())
    for path in source_files(root):
        digest.update(str(path.relative_to(root)).encode())
        digest.update(read_limited(path, MAX_SOURCE_BYTES, "Het bronbestand"))
    return digest.hexdigest()


def build_database(target: Path, root: Path | None = None) -> ContentSources:
    """Validate the sources and write the database to `target`; a failed build leaves `target` untouched."""
    root = root or resources.content_sources_dir()
    sources = load_sources(root)
    fingerprint = sources_fingerprint(root)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        blocking = next((p for p in target.parents if p.exists() and not p.is_dir()), None)
        reason = f"{blocking} is een bestand, geen map" if blocking else error.strerror or str(error)
        raise WriteError(
            f"De map {target.parent} kan niet gemaakt worden ({reason}). Kies een andere plaats."
        ) from error
    check_target(target)  # a regular file or a new name: never a device such as /dev/full
    # Imported here, not at the top: only a build needs sqlite-utils (~80 ms to import); every start of the app
    # and of the command line opens the database through ensure_database without building it.
    import sqlite_utils

    try:
        # The one atomic writer (safefiles): a temporary file beside the target, renamed only when complete.
        with atomic_file(target) as temporary:
            db = sqlite_utils.Database(temporary)
            try:
                # A temporary file that is renamed into place at the end: durability per statement is not needed.
                db.execute("pragma synchronous = off")
                db.execute("pragma journal_mode = memory")
                _write(db, sources, fingerprint)
            finally:
                db.close()
    except sqlite3.OperationalError as error:
        raise WriteError(f"De databank kon niet geschreven worden in {target.parent} ({error}).") from error
    log.info("content database built at %s", target)
    return sources


def ensure_database(target: Path, root: Path | None = None) -> Path:
    """Return a database at `target` that matches the current sources, building it when needed."""
    root = root or resources.content_sources_dir()
    if target.is_file():  # not exists(): a FIFO or a device in its place is never opened (the build refuses it)
        connection = None
        try:
            connection = sqlite3.connect(f"file:{target}?mode=ro", uri=True)
            row = connection.execute("select waarde from meta where sleutel = 'bron_hash'").fetchone()
            if row and row[0] == sources_fingerprint(root):
                problem = _self_check(connection)
                if problem is None:
                    return target
                log.warning("content database at %s damaged (%s); rebuilding", target, problem)
        except sqlite3.DatabaseError as error:
            log.warning("content database at %s unreadable (%s); rebuilding", target, error)
        finally:
            if connection is not None:
                connection.close()
    build_database(target, root)
    return target


def _self_check(connection: sqlite3.Connection) -> str | None:
    """Why a cache whose sources match cannot be used (damaged pages, a table or column gone), or None (~3 ms)."""
    result = [row[0] for row in connection.execute("pragma integrity_check")]
    if result != ["ok"]:
        return "; ".join(result[:3])
    for table, (columns, _pk) in TABLES.items():
        found = {row[1] for row in connection.execute(f'pragma table_info("{table}")')}
        if found != set(columns):
            return f"tabel {table} heeft niet de juiste kolommen"
    if not connection.execute("select 1 from sqlite_master where name = 'zoekindex_fts'").fetchone():
        return "de zoekindex ontbreekt"
    return None


SEARCH_COLUMNS = ("naam", "zoektermen", "beroepen", "beschrijving", "activiteiten")
TABLES: dict[str, tuple[dict[str, type], str | tuple[str, ...] | None]] = {
    "meta": ({"sleutel": str, "waarde": str}, "sleutel"),
    "domeinen": ({"naam": str, "uitleg": str, "volgorde": int}, "naam"),
    "finaliteiten": (
        {"code": str, "naam": str, "leerlingnaam": str, "kort": str, "uitleg": str, "volgorde": int},
        "code",
    ),
    # The finaliteiten in each home language of the parents' page (finaliteiten-vertalingen.toml).
    "finaliteit_vertalingen": ({"finaliteit": str, "taal": str, "kort": str, "uitleg": str}, ("finaliteit", "taal")),
    "richtingen": (
        {"groepnummer": str, "naam": str, "graad": int, "finaliteit": str, "domein": str, "beschrijving": str,
         "activiteiten": str, "riasec": str, "leerwegen": str, "domein_zekerheid": str, "domein_bron": str,
         "bronbestand": str, "onderwijskwalificatie": str, "onderwijskwalificatie_naam": str, "project": str},
        "groepnummer",
    ),
    "richting_domeinen": ({"groepnummer": str, "domein": str, "volgorde": int}, ("groepnummer", "domein")),
    "zoektermen": ({"groepnummer": str, "term": str}, ("groepnummer", "term")),
    "beroepskwalificaties": (
        {"code": str, "titel": str, "vks": int, "definitie": str, "definitie_bron": str}, "code"
    ),
    "richting_bks": (
        {"groepnummer": str, "bk": str, "volledig": bool, "alleen_duaal": bool, "niveau": int, "bron": str,
         "volgorde": int},
        ("groepnummer", "bk"),
    ),
    "knelpuntberoepen": ({"naam": str, "jaar": int, "bron": str}, "naam"),
    "opleidingen": ({"naam": str, "niveau": str, "soort": str, "toelating": str, "bron": str}, "naam"),
    "projecten": ({"code": str, "naam": str, "uitleg": str, "bron": str}, "code"),
    "beroepen": ({"id": str, "naam": str, "riasec": str, "knelpuntberoep": bool, "knelpunt_jaar": int}, "id"),
    "richting_beroepen": ({"groepnummer": str, "beroep": str, "volgorde": int}, ("groepnummer", "beroep")),
    "overgangen": (
        {"id": int, "van": str, "naar": str, "naar_naam": str, "soort": str, "reden": str, "bron": str,
         "bewijs": str, "gedeelde_bks": str},
        "id",
    ),
    "vragen": (
        {"id": str, "volgorde": int, "soort": str, "schaal": str, "tekst": str, "kort": bool, "domein": str,
         "voorkeur": str, "domeinen": str, "thema": str, "pictogram": str},
        "id",
    ),
    "antwoordschalen": ({"soort": str, "vraag": str, "labels": str, "pictogrammen": str}, "soort"),
    "zoekindex": (
        {"groepnummer": str, "naam": str, "zoektermen": str, "beroepen": str, "beschrijving": str,
         "activiteiten": str},
        "groepnummer",
    ),
    # Search that forgives: everyday words and their synonyms (synoniemen.toml), and every word of the search
    # index with its letter triples, to find the spelling meant when a typed word matches nothing.
    "synoniemen": ({"groep": int, "thema": str, "woord": str}, ("groep", "woord")),
    "zoekwoorden": ({"term": str}, "term"),
    "zoekwoord_trigrammen": ({"trigram": str, "term": str}, ("trigram", "term")),
}


def _write(db: sqlite_utils.Database, sources: ContentSources, fingerprint: str) -> None:
    for name, (columns, pk) in TABLES.items():
        db.table(name).create(columns, pk=pk)
    meta = {
        "data_versie": sources.meta["versie"],
        "bronnen": json.dumps(sources.meta.get("bronnen", []), ensure_ascii=False),
        "bron_hash": fingerprint,
        "gebouwd_op": datetime.now(UTC).isoformat(timespec="seconds"),
        "schema_versie": SCHEMA_VERSION,
    }
    db.table("meta").insert_all({"sleutel": k, "waarde": v} for k, v in meta.items())
    db.table("domeinen").insert_all(
        {"naam": d["naam"], "uitleg": d.get("uitleg", ""), "volgorde": i} for i, d in enumerate(sources.domeinen)
    )
    db.table("finaliteiten").insert_all(
        {k: f.get(k, "") for k in TABLES["finaliteiten"][0]} for f in sources.finaliteiten
    )
    db.table("finaliteit_vertalingen").insert_all(
        {"finaliteit": code, "taal": taal, **texts} for (code, taal), texts in sources.vertalingen.items()
    )
    officieel = sources.officieel
    db.table("beroepskwalificaties").insert_all(
        {"code": code, "titel": titel, "vks": officieel.bk_niveaus.get(code) or sources.bks.get(code, {}).get("vks"),
         "definitie": sources.bks.get(code, {}).get("definitie", ""),
         "definitie_bron": sources.bks.get(code, {}).get("bron", "")}
        for code, titel in sorted(officieel.bk_titels.items())
    )
    db.table("knelpuntberoepen").insert_all(
        {"naam": k["naam"], "jaar": k["jaar"], "bron": k["bron"]} for k in sources.knelpunten.values()
    )
    db.table("opleidingen").insert_all(
        {k: o.get(k, "") for k in ("naam", "niveau", "soort", "toelating", "bron")}
        for o in sources.opleidingen.values()
    )
    db.table("projecten").insert_all(
        {k: p.get(k, "") for k in ("code", "naam", "uitleg", "bron")} for p in sources.projecten.values()
    )
    _write_richtingen(db, sources)
    db.table("overgangen").insert_all(
        {**{k: o[k] for k in ("van", "naar", "naar_naam", "soort", "reden", "bron", "bewijs")},
         "gedeelde_bks": json.dumps(o["gedeelde_bks"])}
        for o in sources.overgangen
    )
    _write_vragenlijst(db, sources.vragenlijst)
    db.table("overgangen").create_index(["van"])
    db.table("overgangen").create_index(["naar"])
    db.table("richting_domeinen").create_index(["domein"])
    # The search index over the zoekindex table (external content). Written out rather than enable_fts: the prefix
    # indexes make the first letters typed (the slowest searches: hundreds of words start with "e") about twice as
    # fast.
    fts_columns = ", ".join(SEARCH_COLUMNS)
    db.execute(
        f"create virtual table zoekindex_fts using fts5({fts_columns}, content=zoekindex, "
        f"tokenize='unicode61 remove_diacritics 2', prefix='1 2 3')"
    )
    db.execute(f"insert into zoekindex_fts(rowid, {fts_columns}) select rowid, {fts_columns} from zoekindex")
    db.execute("insert into zoekindex_fts(zoekindex_fts) values('optimize')")
    _write_spelling(db, sources)
    db.execute("vacuum")


def _write_richtingen(db: sqlite_utils.Database, sources: ContentSources) -> None:
    beroepen: dict[str, dict] = {}
    for groepnummer, r in sources.richtingen.items():
        official = sources.officieel.richtingen.get(groepnummer)
        # The official data decides whether a duaal variant exists; without any official row, school only.
        leerwegen = ["school"] if official is None or official.school or not official.duaal else []
        if official is not None and official.duaal:
            leerwegen.append("duaal")
        activiteiten = r.get("activiteiten", [])
        richting_beroepen = r.get("beroepen", [])
        codes = [a["riasec"] for a in activiteiten] + [b["riasec"] for b in richting_beroepen]
        db.table("richtingen").insert(
            {
                "groepnummer": groepnummer,
                "naam": r["naam"],
                "graad": r["graad"],
                "finaliteit": r["finaliteit"],
                "domein": r["domeinen"][0],
                "beschrijving": r.get("beschrijving", "").strip(),
                "activiteiten": json.dumps(activiteiten, ensure_ascii=False, default=str),  # a TOML date stays text
                "riasec": json.dumps(derive_riasec(codes)),
                "leerwegen": json.dumps(leerwegen),
                "domein_zekerheid": r["domein_zekerheid"],
                "domein_bron": r.get("domein_bron", ""),
                "bronbestand": r["_bestand"].name,
                "onderwijskwalificatie": official.onderwijskwalificatie if official else None,
                "onderwijskwalificatie_naam": official.onderwijskwalificatie_naam if official else "",
                "project": sources.project_van.get(groepnummer, ""),
            }
        )
        db.table("richting_domeinen").insert_all(
            {"groepnummer": groepnummer, "domein": d, "volgorde": i} for i, d in enumerate(r["domeinen"])
        )
        db.table("zoektermen").insert_all(
            ({"groepnummer": groepnummer, "term": t} for t in r.get("zoektermen", [])), ignore=True
        )
        links = sorted(official.bks.values() if official else (),
                       key=lambda b: (not b.volledig, -(b.niveau or 0), b.titel))
        db.table("richting_bks").insert_all(
            {"groepnummer": groepnummer, "bk": b.code, "volledig": b.volledig, "alleen_duaal": b.alleen_duaal,
             "niveau": b.niveau, "bron": b.bron, "volgorde": volgorde}
            for volgorde, b in enumerate(links)
        )
        for volgorde, beroep in enumerate(richting_beroepen):
            beroep_id = slug(beroep["naam"])
            knelpunt = sources.knelpunten.get(beroep.get("knelpunt", ""))
            known = beroepen.setdefault(
                beroep_id,
                {"id": beroep_id, "naam": beroep["naam"], "riasec": beroep["riasec"], "knelpuntberoep": False,
                 "knelpunt_jaar": None},
            )
            if knelpunt:
                known["knelpuntberoep"] = True
                known["knelpunt_jaar"] = max(known["knelpunt_jaar"] or 0, knelpunt["jaar"])
            db.table("richting_beroepen").insert(
                {"groepnummer": groepnummer, "beroep": beroep_id, "volgorde": volgorde}, ignore=True
            )
        db.table("zoekindex").insert(
            {
                "groepnummer": groepnummer,
                "naam": r["naam"],
                "zoektermen": " ".join(r.get("zoektermen", [])),
                "beroepen": " ".join(b["naam"] for b in richting_beroepen),
                "beschrijving": r.get("beschrijving", ""),
                "activiteiten": " ".join(a["tekst"] for a in activiteiten),
            }
        )
    db.table("beroepen").insert_all(beroepen.values())


def _write_spelling(db: sqlite_utils.Database, sources: ContentSources) -> None:
    """The synonym groups, and the vocabulary of the search index (plus the synonyms) with its letter triples."""
    db.table("synoniemen").insert_all(
        ({"groep": index, "thema": group["thema"], "woord": fold(word)}
         for index, group in enumerate(sources.synoniemen, start=1) for word in group["woorden"]),
        ignore=True,
    )
    db.execute("create virtual table temp.woordenschat using fts5vocab(main, zoekindex_fts, row)")
    found = {row[0] for row in db.execute("select term from temp.woordenschat")}
    db.execute("drop table temp.woordenschat")
    found |= {fold(word) for group in sources.synoniemen for word in group["woorden"]}
    # Numbers and very short words are never corrected: there is no spelling to guess.
    terms = sorted(t for t in found if len(t) >= 3 and t.isalpha())
    db.table("zoekwoorden").insert_all({"term": t} for t in terms)
    db.table("zoekwoord_trigrammen").insert_all(
        {"trigram": trigram, "term": t} for t in terms for trigram in sorted(trigrams(t))
    )


def _write_vragenlijst(db: sqlite_utils.Database, vragenlijst: dict) -> None:
    db.table("vragen").insert_all(
        {"id": item["id"], "volgorde": index, "soort": item["soort"], "schaal": item["schaal"],
         "tekst": item["tekst"], "kort": bool(item.get("kort")), "domein": item.get("domein", ""),
         "voorkeur": item.get("voorkeur", ""), "domeinen": json.dumps(item.get("domeinen", []), ensure_ascii=False),
         "thema": item.get("thema", ""), "pictogram": item["pictogram"]}
        for index, item in enumerate(vragenlijst["item"])
    )
    db.table("antwoordschalen").insert_all(
        {"soort": soort, "vraag": vragenlijst["vragen"][soort], "labels": json.dumps(labels, ensure_ascii=False),
         "pictogrammen": json.dumps(vragenlijst["antwoordpictogrammen"][soort])}
        for soort, labels in vragenlijst["antwoordschalen"].items()
    )
