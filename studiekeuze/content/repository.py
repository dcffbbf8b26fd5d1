"""The only module with SQL: read access to the content database (search, richtingen, overgangen, meta)."""

import json
import sqlite3
from collections.abc import Iterable
from functools import cached_property
from pathlib import Path
from types import TracebackType

from studiekeuze import paths
from studiekeuze.content.build import ensure_database
from studiekeuze.content.search import match_expression
from studiekeuze.errors import NotFoundError, StudiekeuzeError
from studiekeuze.models import (
    Activiteit,
    Beroep,
    Bk,
    Overgang,
    Richting,
    RichtingSamenvatting,
    Vraag,
    Vragenlijst,
)
from studiekeuze.textnorm import fold

# Column weights for bm25: a hit in the name counts most, then synonyms, occupations, description, activities.
BM25_WEIGHTS = "0, 10.0, 6.0, 4.0, 1.0, 1.0"
SEARCH_LIMIT = 400


class ContentRepository:
    """Read-only queries on one content database; cheap to create, safe to share within a thread.

    A context manager: `with ContentRepository.open_default() as repository:` closes the database at the end.
    """

    def __init__(self, db_path: Path) -> None:
        # The database is read-only while open, so a richting read once can be handed out again (matching a
        # pupil to a new graad reads ~120 of them; a class of 30 reads them 30 times).
        self._richtingen: dict[str, Richting] = {}
        try:
            self.connection = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True, check_same_thread=False)
        except sqlite3.DatabaseError as error:
            raise StudiekeuzeError(f"De databank {db_path} kan niet geopend worden ({error}).") from error
        try:
            self.connection.row_factory = sqlite3.Row
            self.connection.execute("select 1 from richtingen limit 1")
        except sqlite3.DatabaseError as error:
            self.connection.close()  # not left for the garbage collector (a ResourceWarning on Python 3.13)
            raise StudiekeuzeError(f"De databank {db_path} kan niet geopend worden ({error}).") from error

    @classmethod
    def open_default(cls) -> "ContentRepository":
        """The database of the bundled sources, built or refreshed first when needed."""
        return cls(ensure_database(paths.content_db_path()))

    def close(self) -> None:
        self.connection.close()

    def __enter__(self) -> "ContentRepository":
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, traceback: TracebackType | None
    ) -> None:
        self.close()

    # --- reference lists -------------------------------------------------------------------------
    @cached_property
    def summaries(self) -> dict[str, RichtingSamenvatting]:
        domeinen: dict[str, list[str]] = {}
        for row in self.connection.execute("select groepnummer, domein from richting_domeinen order by volgorde"):
            domeinen.setdefault(row["groepnummer"], []).append(row["domein"])
        return {
            row["groepnummer"]: RichtingSamenvatting(
                row["groepnummer"], row["naam"], row["graad"], row["finaliteit"], tuple(domeinen[row["groepnummer"]]),
                row["project"] or "",
            )
            for row in self.connection.execute("select groepnummer, naam, graad, finaliteit, project from richtingen")
        }

    def domeinen(self) -> list[dict]:
        return [dict(r) for r in self.connection.execute("select naam, uitleg from domeinen order by volgorde")]

    def projecten(self) -> dict[str, dict]:
        """Pedagogical projects and sport statuses some richtingen need, by code."""
        return {r["code"]: dict(r) for r in self.connection.execute("select * from projecten")}

    def finaliteiten(self) -> list[dict]:
        rows = self.connection.execute("select * from finaliteiten order by volgorde")
        return [dict(r) for r in rows]

    def meta(self) -> dict[str, str]:
        values = {r["sleutel"]: r["waarde"] for r in self.connection.execute("select sleutel, waarde from meta")}
        values["bronnen"] = json.loads(values.get("bronnen", "[]"))
        return values

    def resolve_domein(self, text: str) -> str:
        """The official domain name for a user's spelling ("stem", "Land en tuinbouw"); NotFoundError otherwise."""
        wanted = _loose(text)
        for domein in self.domeinen():
            if _loose(domein["naam"]) == wanted:
                return domein["naam"]
        names = ", ".join(d["naam"] for d in self.domeinen())
        raise NotFoundError(f"Onbekend studiedomein '{text}'. Kies uit: {names}.")

    # --- search ----------------------------------------------------------------------------------
    def search(
        self,
        text: str,
        graad: int | None = None,
        finaliteit: str | None = None,
        domein: str | None = None,
        limit: int | None = None,
    ) -> list[RichtingSamenvatting]:
        """Richtingen matching `text` (accent- and case-insensitive, prefix per word) and the filters.

        Empty text lists every richting that passes the filters. Any input is safe: what cannot be a
        search word is ignored.
        """
        candidates = self._ranked_groepnummers(text)
        found = []
        for groepnummer in candidates:
            summary = self.summaries[groepnummer]
            if graad is not None and summary.graad != graad:
                continue
            if finaliteit is not None and summary.finaliteit != finaliteit:
                continue
            if domein is not None and domein not in summary.domeinen:
                continue
            found.append(summary)
            if limit is not None and len(found) >= limit:
                break
        return found

    def _ranked_groepnummers(self, text: str) -> list[str]:
        if not text.strip():
            ordered = sorted(self.summaries.values(), key=lambda s: (s.graad, fold(s.naam)))
            return [s.groepnummer for s in ordered]
        for expression in (match_expression(text), match_expression(text, any_word=True)):
            if not expression:
                return []
            rows = self._fts(expression)
            if rows:
                return _names_first(text, rows)
        return []

    def _fts(self, expression: str) -> list[sqlite3.Row]:
        return self.connection.execute(
            f"select z.groepnummer, z.naam from zoekindex_fts "
            f"join zoekindex z on z.rowid = zoekindex_fts.rowid "
            f"where zoekindex_fts match ? order by bm25(zoekindex_fts, {BM25_WEIGHTS}) limit {SEARCH_LIMIT}",
            (expression,),
        ).fetchall()

    # --- one richting ----------------------------------------------------------------------------
    def find(self, key: str) -> RichtingSamenvatting:
        """A richting by groepnummer ("G-0068", "g0068", "68") or by exact name, accents and case ignored."""
        # isdecimal, not isdigit: "²" is a digit that int() refuses.
        digits = "".join(ch for ch in key if ch.isdecimal())
        if digits and len(digits) <= 4 and fold(key).strip().lstrip("g-").isdecimal():
            groepnummer = f"G-{int(digits):04d}"
            if groepnummer in self.summaries:
                return self.summaries[groepnummer]
            raise NotFoundError(f"Er is geen studierichting met groepnummer {groepnummer}.")
        wanted = fold(key).strip()
        same_name = [s for s in self.summaries.values() if fold(s.naam) == wanted]
        if len(same_name) == 1:
            return same_name[0]
        if len(same_name) > 1:
            options = "; ".join(f"{s.groepnummer} ({_graad_label(s.graad)})" for s in _by_graad(same_name))
            raise NotFoundError(f"Meerdere richtingen heten '{key}': {options}. Geef het groepnummer.")
        suggestions = self.search(key, limit=5)
        if len(suggestions) == 1:
            return suggestions[0]
        hint = "; ".join(f"{s.groepnummer} {s.naam} ({_graad_label(s.graad)})" for s in suggestions)
        message = f"Geen studierichting gevonden die '{key}' heet."
        raise NotFoundError(message + (f" Bedoel je: {hint}?" if hint else ""))

    def richting(self, groepnummer: str) -> Richting:
        found = self._richtingen.get(groepnummer)
        if found is None:
            found = self._richtingen[groepnummer] = self._read_richting(groepnummer)
        return found

    def _read_richting(self, groepnummer: str) -> Richting:
        summary = self.summaries.get(groepnummer)
        if summary is None:
            raise NotFoundError(f"Er is geen studierichting met groepnummer {groepnummer}.")
        row = self.connection.execute("select * from richtingen where groepnummer = ?", (groepnummer,)).fetchone()
        return Richting(
            samenvatting=summary,
            beschrijving=row["beschrijving"],
            activiteiten=tuple(Activiteit(a["tekst"], a["riasec"]) for a in json.loads(row["activiteiten"])),
            riasec=json.loads(row["riasec"]),
            leerwegen=tuple(json.loads(row["leerwegen"])),
            zoektermen=tuple(
                r["term"] for r in self.connection.execute(
                    "select term from zoektermen where groepnummer = ?", (groepnummer,)
                )
            ),
            bks=self._bks(groepnummer),
            beroepen=self._beroepen(groepnummer),
            overgangen_naar=self._overgangen("van", groepnummer),
            overgangen_van=self._overgangen("naar", groepnummer),
            domein_zekerheid=row["domein_zekerheid"],
            domein_bron=row["domein_bron"],
            onderwijskwalificatie=row["onderwijskwalificatie"],
            onderwijskwalificatie_naam=row["onderwijskwalificatie_naam"],
        )

    def riasec_profiles(self, groepnummers: Iterable[str] | None = None) -> dict[str, dict[str, int]]:
        rows = self.connection.execute("select groepnummer, riasec from richtingen")
        wanted = set(groepnummers) if groepnummers is not None else None
        return {
            r["groepnummer"]: json.loads(r["riasec"])
            for r in rows
            if wanted is None or r["groepnummer"] in wanted
        }

    def _bks(self, groepnummer: str) -> tuple[Bk, ...]:
        rows = self.connection.execute(
            "select b.titel, l.niveau, b.code, l.bron, l.volledig, b.definitie, b.definitie_bron, l.alleen_duaal "
            "from richting_bks l "
            "join beroepskwalificaties b on b.code = l.bk where l.groepnummer = ? order by l.volgorde",
            (groepnummer,),
        )
        return tuple(
            Bk(r["titel"], r["niveau"], r["code"], r["bron"], bool(r["volledig"]), r["definitie"], r["definitie_bron"],
               bool(r["alleen_duaal"]))
            for r in rows
        )

    def _beroepen(self, groepnummer: str) -> tuple[Beroep, ...]:
        rows = self.connection.execute(
            "select b.naam, b.knelpuntberoep, b.knelpunt_jaar from richting_beroepen l "
            "join beroepen b on b.id = l.beroep where l.groepnummer = ? order by l.volgorde",
            (groepnummer,),
        )
        return tuple(Beroep(r["naam"], bool(r["knelpuntberoep"]), r["knelpunt_jaar"]) for r in rows)

    def _overgangen(self, own_end: str, groepnummer: str) -> tuple[Overgang, ...]:
        other_end = "naar" if own_end == "van" else "van"
        rows = self.connection.execute(
            f"select o.{other_end} as doel, o.naar_naam, o.soort, o.reden, o.bron, o.bewijs, o.gedeelde_bks, "
            f"p.soort as opleiding_soort, p.toelating, p.bron as opleiding_bron from overgangen o "
            f"left join opleidingen p on p.naam = o.naar_naam where o.{own_end} = ? order by o.id",
            (groepnummer,),
        )
        result = []
        for row in rows:
            doel = self.summaries.get(row["doel"]) if row["doel"] else None
            naam = doel.naam if doel else row["naar_naam"]
            result.append(Overgang(row["soort"], naam, row["reden"], row["bron"], doel, row["bewijs"],
                                   tuple(json.loads(row["gedeelde_bks"])), row["opleiding_soort"] or "",
                                   row["toelating"] or "", row["opleiding_bron"] or ""))
        return tuple(sorted(result, key=lambda o: OVERGANG_ORDER.get(o.soort, 99)))

    # --- questionnaire ---------------------------------------------------------------------------
    @cached_property
    def vragenlijst(self) -> Vragenlijst:
        rows = self.connection.execute("select * from vragen order by volgorde").fetchall()
        schalen = self.connection.execute("select soort, vraag, labels from antwoordschalen").fetchall()
        return Vragenlijst(
            vragen=tuple(_vraag(row) for row in rows),
            stammen={r["soort"]: r["vraag"] for r in schalen},
            antwoordlabels={r["soort"]: tuple(json.loads(r["labels"])) for r in schalen},
        )

    # --- coverage --------------------------------------------------------------------------------
    def counts_per_graad_finaliteit(self) -> dict[tuple[int, str], int]:
        rows = self.connection.execute(
            "select graad, finaliteit, count(*) as n from richtingen group by graad, finaliteit"
        )
        return {(r["graad"], r["finaliteit"]): r["n"] for r in rows}


OVERGANG_ORDER = {
    "logische_vervolgrichting": 0,
    "verwante_richting": 1,
    "specialisatiejaar": 2,
    "se_n_se": 2,
    "graduaat": 3,
    "bachelor": 4,
    "arbeidsmarkt": 5,
}


def _loose(text: str) -> str:
    return "".join(ch for ch in fold(text) if ch.isalnum())


def _graad_label(graad: int) -> str:
    return {2: "2de graad", 3: "3de graad", 7: "7de jaar"}.get(graad, f"graad {graad}")


def _by_graad(summaries: list[RichtingSamenvatting]) -> list[RichtingSamenvatting]:
    return sorted(summaries, key=lambda s: s.graad)


def _names_first(text: str, rows: list[sqlite3.Row]) -> list[str]:
    """Keep bm25 order, but a richting whose name contains the search words comes before other hits."""
    query_words = fold(text).split()

    def name_rank(row: sqlite3.Row) -> int:
        name = fold(row["naam"])
        if name.startswith(fold(text).strip()):
            return 0
        return 1 if all(word in name for word in query_words) else 2

    return [row["groepnummer"] for row in sorted(rows, key=name_rank)]


def _vraag(row: sqlite3.Row) -> Vraag:
    return Vraag(row["id"], row["tekst"], row["soort"], row["schaal"], bool(row["kort"]), row["domein"],
                 row["voorkeur"], tuple(json.loads(row["domeinen"])), row["thema"])
