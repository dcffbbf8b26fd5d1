"""The only module with SQL: read access to the content database (search, richtingen, overgangen, meta)."""

import json
import sqlite3
from collections.abc import Iterable
from functools import cached_property
from pathlib import Path
from types import TracebackType

from studiekeuze import paths, vocabulary
from studiekeuze.content.build import ensure_database
from studiekeuze.content.search import (
    FIELD_WEIGHT,
    FUZZY_CANDIDATES,
    FUZZY_FACTOR,
    INDEX_COLUMNS,
    NAAM,
    NAME_PART_WEIGHT,
    SHORT_WORD,
    SHORT_WORD_COLUMNS,
    STOP_WORDS,
    SYNONIEM,
    SYNONYM_COLUMNS,
    SYNONYM_FACTOR,
    Synonyms,
    WordHits,
    column_expression,
    content_words,
    nearest_starts,
    rank,
    search_words,
    synonym_terms,
    trigrams,
)
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
    Zoekresultaat,
)
from studiekeuze.textnorm import fold, words

# Searches and words already answered, per repository (the database does not change while it is open): typing
# goes back and forth over the same prefixes.
SEARCH_CACHE_SIZE = 512
# A search word is looked for inside compound names from this many letters on ("kok" in Grootkeukenkok).
MIN_NAME_PART = 3


class ContentRepository:
    """Read-only queries on one content database; cheap to create, safe to share within a thread.

    A context manager: `with ContentRepository.open_default() as repository:` closes the database at the end.
    """

    def __init__(self, db_path: Path) -> None:
        # The database is read-only while open, so a richting read once can be handed out again (matching a
        # pupil to a new graad reads ~120 of them; a class of 30 reads them 30 times).
        self._richtingen: dict[str, Richting] = {}
        self._search_cache: dict[str, list[Zoekresultaat]] = {}
        self._word_cache: dict[str, tuple[WordHits, list[tuple[str, str]]]] = {}
        self._results: dict[tuple[str, tuple[str, ...]], Zoekresultaat] = {}
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

    def finaliteit_vertalingen(self, taal: str) -> dict[str, dict]:
        """Each finaliteit's `kort` and `uitleg` in a home language of the parents' page, by finaliteit code."""
        rows = self.connection.execute(
            "select finaliteit, kort, uitleg from finaliteit_vertalingen where taal = ?", (taal,)
        )
        return {r["finaliteit"]: {"kort": r["kort"], "uitleg": r["uitleg"]} for r in rows}

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
    ) -> list[Zoekresultaat]:
        """Richtingen matching `text` and the filters, best first, each saying where it was found.

        Accents and case are ignored, every word counts from its start (search as you type), a word that matches
        nothing is read as its nearest spelling ("mechanika" → Mechanica), and everyday words find their synonyms
        ("it" → ICT, informatica). Empty text lists every richting that passes the filters. Any input is safe:
        what cannot be a search word is ignored.
        """
        found = []
        for result in self._ranked(text):
            if graad is not None and result.graad != graad:
                continue
            if finaliteit is not None and result.finaliteit != finaliteit:
                continue
            if domein is not None and domein not in result.domeinen:
                continue
            found.append(result)
            if limit is not None and len(found) >= limit:
                break
        return found

    def spelling_used(self, text: str) -> dict[str, tuple[str, ...]]:
        """The typed words that matched nothing, each with the words searched instead (nearest first), e.g.
        {"mechanika": ("mechanica",)}: for a front end to say "gezocht op: mechanica"."""
        used = {}
        for word in content_words(search_words(text)):
            nearest = self._word(word)[1]
            if nearest:
                used[word] = tuple(dict.fromkeys(example for _start, example in nearest))
        return used

    def _ranked(self, text: str) -> list[Zoekresultaat]:
        key = text.strip()
        cached = self._search_cache.get(key)
        if cached is not None:
            return cached
        if not key:
            ordered = sorted(self.summaries.values(), key=lambda s: (s.graad, fold(s.naam)))
            results = [self._result(s.groepnummer, ()) for s in ordered]
        else:
            per_word = [self._word(word)[0] for word in content_words(search_words(text))]
            results = [self._result(groepnummer, found_in)
                       for groepnummer, found_in in rank(per_word, self._name_words, text)]
        if len(self._search_cache) >= SEARCH_CACHE_SIZE:
            self._search_cache.clear()
        self._search_cache[key] = results
        return results

    def _result(self, groepnummer: str, gevonden_in: tuple[str, ...]) -> Zoekresultaat:
        # Results are immutable and few (richtingen × field combinations): made once, handed out again.
        key = (groepnummer, gevonden_in)
        result = self._results.get(key)
        if result is None:
            result = self._results[key] = Zoekresultaat.of(self.summaries[groepnummer], gevonden_in)
        return result

    def _word(self, word: str) -> tuple[WordHits, list[tuple[str, str]]]:
        """Where one search word is found (with its synonyms, or else its nearest spelling), and that spelling."""
        cached = self._word_cache.get(word)
        if cached is not None:
            return cached
        hits = WordHits()
        columns = SHORT_WORD_COLUMNS if len(word) <= SHORT_WORD or word in STOP_WORDS else INDEX_COLUMNS
        self._add_column_hits(hits, [(word, True)], columns, 1.0)
        self._add_name_parts(hits, word)
        synonyms = self.synonyms.of(word)
        nearest: list[tuple[str, str]] = []
        if not hits.scores and not synonyms:
            nearest = nearest_starts(word, self._spelling_candidates(word))
            if nearest:
                starts = [start for start, _example in nearest]
                self._add_column_hits(hits, [(start, True) for start in starts], INDEX_COLUMNS, FUZZY_FACTOR, True)
                synonyms = tuple(dict.fromkeys(s for start in starts for s in self.synonyms.of(start)))
        if synonyms:
            terms = synonym_terms(synonyms)
            # A synonym in the name (Industriële ICT for "it") before one in the zoektermen or beroepen; a synonym of
            # a corrected spelling is as good as the correction.
            for synonym_columns in SYNONYM_COLUMNS:
                hits.add_all(self._fts_groepnummers(column_expression(synonym_columns, terms)), SYNONIEM,
                             FIELD_WEIGHT[synonym_columns[0]] * SYNONYM_FACTOR, fuzzy=bool(nearest))
        if len(self._word_cache) >= SEARCH_CACHE_SIZE:
            self._word_cache.clear()
        self._word_cache[word] = (hits, nearest)
        return hits, nearest

    def _add_column_hits(self, hits: WordHits, terms: list[tuple[str, bool]], columns: tuple[str, ...],
                         factor: float, fuzzy: bool = False) -> None:
        for column in columns:
            hits.add_all(self._fts_groepnummers(column_expression((column,), terms)), column,
                         FIELD_WEIGHT[column] * factor, fuzzy)

    def _add_name_parts(self, hits: WordHits, word: str) -> None:
        """A word inside a compound name ("zorg" in Gezondheidszorg): the index only knows where words start."""
        if len(word) < MIN_NAME_PART:
            return
        for groepnummer, name in self._folded_names.items():
            if word in name and groepnummer not in hits.scores:
                hits.add(groepnummer, NAAM, NAME_PART_WEIGHT)

    @cached_property
    def _folded_names(self) -> dict[str, str]:
        return {g: fold(s.naam) for g, s in self.summaries.items()}

    @cached_property
    def _name_words(self) -> dict[str, str]:
        return {g: " ".join(words(s.naam)) for g, s in self.summaries.items()}

    @cached_property
    def synonyms(self) -> Synonyms:
        groups: dict[int, list[str]] = {}
        for row in self.connection.execute("select groep, woord from synoniemen order by groep, rowid"):
            groups.setdefault(row["groep"], []).append(row["woord"])
        return Synonyms(groups.values())

    def _fts_groepnummers(self, expression: str) -> list[str]:
        groepnummers = self._index_rows
        cursor = self.connection.execute("select rowid from zoekindex_fts where zoekindex_fts match ?", (expression,))
        cursor.row_factory = None  # plain tuples: hundreds of rows on a short prefix
        return [groepnummers[row[0]] for row in cursor]

    @cached_property
    def _index_rows(self) -> dict[int, str]:
        """The search index's rowids and their richtingen (read once: a join on every query costs more)."""
        return {row[0]: row[1] for row in self.connection.execute("select rowid, groepnummer from zoekindex")}

    def _spelling_candidates(self, word: str) -> list[str]:
        """Vocabulary words that share the most letter triples with `word` (the ones worth an edit distance)."""
        grams = sorted(trigrams(word))
        if not grams:
            return []
        placeholders = ", ".join("?" * len(grams))
        rows = self.connection.execute(
            f"select term from zoekwoord_trigrammen where trigram in ({placeholders}) "
            f"group by term order by count(*) desc, term limit {FUZZY_CANDIDATES}",
            grams,
        )
        return [row[0] for row in rows]

    # --- one richting ----------------------------------------------------------------------------
    def find(self, key: str, graad: int | None = None) -> RichtingSamenvatting:
        """A richting by groepnummer ("G-0068", "g0068", "68") or by exact name, accents and case ignored.

        A name that richtingen of several graden share ("Bouwtechnieken": 2nd and 3rd graad) is the one in `graad`
        when that is given; else the message lists the groepnummers to choose from.
        """
        # isdecimal, not isdigit: "²" is a digit that int() refuses.
        digits = "".join(ch for ch in key if ch.isdecimal())
        if digits and len(digits) <= 4 and fold(key).strip().lstrip("g-").isdecimal():
            groepnummer = f"G-{int(digits):04d}"
            if groepnummer in self.summaries:
                return self.summaries[groepnummer]
            raise NotFoundError(f"Er is geen studierichting met groepnummer {groepnummer}.")
        wanted = fold(key).strip()
        same_name = [s for s in self.summaries.values() if fold(s.naam) == wanted]
        if len(same_name) > 1 and graad is not None:
            same_name = [s for s in same_name if s.graad == graad] or same_name
        if len(same_name) == 1:
            return same_name[0]
        if len(same_name) > 1:
            options = "; ".join(f"{s.groepnummer} ({_graad_label(s.graad)})" for s in _by_graad(same_name))
            raise NotFoundError(f"Meerdere richtingen heten '{key}': {options}. Geef het groepnummer.")
        suggestions = self.search(key, limit=5)
        if len(suggestions) == 1:
            return self.summaries[suggestions[0].groepnummer]
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
        return tuple(sorted(result, key=lambda o: _overgang_order(o.soort)))

    # --- questionnaire ---------------------------------------------------------------------------
    @cached_property
    def vragenlijst(self) -> Vragenlijst:
        rows = self.connection.execute("select * from vragen order by volgorde").fetchall()
        schalen = self.connection.execute("select soort, vraag, labels, pictogrammen from antwoordschalen").fetchall()
        pictogrammen = {r["soort"]: tuple(json.loads(r["pictogrammen"])) for r in schalen}
        return Vragenlijst(
            vragen=tuple(_vraag(row, pictogrammen.get(row["soort"], ())) for row in rows),
            stammen={r["soort"]: r["vraag"] for r in schalen},
            antwoordlabels={r["soort"]: tuple(json.loads(r["labels"])) for r in schalen},
        )

    # --- coverage --------------------------------------------------------------------------------
    def counts_per_graad_finaliteit(self) -> dict[tuple[int, str], int]:
        rows = self.connection.execute(
            "select graad, finaliteit, count(*) as n from richtingen group by graad, finaliteit"
        )
        return {(r["graad"], r["finaliteit"]): r["n"] for r in rows}


def _overgang_order(soort: str) -> int:
    """A richting's overgangen in the vocabulary's order of kinds (logical next step first, work last)."""
    found = vocabulary.soort(soort)
    return found.volgorde if found else 99


def _loose(text: str) -> str:
    return "".join(ch for ch in fold(text) if ch.isalnum())


def _graad_label(graad: int) -> str:
    return vocabulary.graad_label(graad) or f"graad {graad}"


def _by_graad(summaries: list[RichtingSamenvatting]) -> list[RichtingSamenvatting]:
    return sorted(summaries, key=lambda s: s.graad)


def _vraag(row: sqlite3.Row, antwoordpictogrammen: tuple[str, ...] = ()) -> Vraag:
    return Vraag(row["id"], row["tekst"], row["soort"], row["schaal"], bool(row["kort"]), row["domein"],
                 row["voorkeur"], tuple(json.loads(row["domeinen"])), row["thema"],
                 pictogram=row["pictogram"], antwoordpictogrammen=antwoordpictogrammen)
