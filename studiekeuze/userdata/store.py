"""The pupil session store: its own SQLite file in the user data folder, written at once on every change.

Privacy by design: the store holds a first name or pseudonym, an optional class, where the pupil is now,
the answers, a note and results — nothing else. The file is readable by its owner only; deleted rows are
overwritten (secure_delete) and the file is vacuumed, so erased data is really gone from disk.
"""

import json
import logging
import os
import sqlite3
import threading
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, NamedTuple, Self, cast

from studiekeuze import paths
from studiekeuze.errors import NotFoundError, StoreError, StudiekeuzeError, WriteError
from studiekeuze.safefiles import PRIVATE_FILE, make_private_folder, tighten, write_atomic
from studiekeuze.textcheck import MAX_KLAS_LENGTH, MAX_NAME_LENGTH, check_klas, check_name, check_text
from studiekeuze.userdata.schema import MIGRATIONS, check_schema, migrate
from studiekeuze.userdata.sessie import VORMEN, Sessie, export_json
from studiekeuze.vocabulary import find_language, graden

log = logging.getLogger(__name__)

FILE_NAME = "leerlingen.sqlite"
MAX_CLASS_LENGTH = MAX_KLAS_LENGTH
MAX_NOTE_LENGTH = 5000
MAX_KEYS = 100  # richtingen in one of a pupil's lists (niet_open, extra, zonder); a sheet holds 16 cards
MAX_KEY_LENGTH = 200
GRADEN_NU = graden()  # where a pupil can be now (vocabulary.GRADEN_LIJST)
__all__ = ["MAX_CLASS_LENGTH", "MAX_NAME_LENGTH", "SessieRij", "SessionStore"]


class SessieRij(NamedTuple):
    """One line of the list of sessions: what the list shows, without the answers themselves.

    A NamedTuple, not a dataclass: 10,000 of them are made each time the list is read.
    """

    id: int
    voornaam: str
    klas: str
    vorm: str
    beantwoord: int
    gewijzigd: str


def now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


class SessionStore:
    """Read and write pupil sessions. Safe to share between threads; every method call is one transaction."""

    def __init__(self, path: Path) -> None:
        """Open (or create) the store at `path`.

        A file that is damaged, not a store, of another shape or written by a newer version is refused with a
        StoreError that names it and says what to do; it is then left exactly as it was (nothing is written to
        it before it has been checked).
        """
        self.path = path
        self._lock = threading.RLock()
        connection = None
        try:
            if not path.parent.is_dir():
                make_private_folder(path.parent)
            if os.path.lexists(path) and not path.is_file():
                raise StoreError(f"{path} is geen gewoon bestand, dus geen bestand met leerlingen. "
                                 "Verplaats het, dan begint studiekeuze met een lege lijst.")
            _create_private(path)
            # Autocommit mode: transactions are explicit (see _write), and VACUUM can run between them.
            connection = sqlite3.connect(path, isolation_level=None, check_same_thread=False, timeout=10)
            connection.row_factory = sqlite3.Row
            # Temporary tables and VACUUM's copy of the pupils stay in memory, never in /var/tmp or %TEMP%.
            connection.execute("pragma temp_store = memory")
            _inspect(connection, path)  # reads only
            for pragma in ("foreign_keys = on", "secure_delete = on", "synchronous = full", "journal_mode = delete"):
                connection.execute(f"pragma {pragma}")
            migrate(connection)
            problem = check_schema(connection)
            if problem:
                raise _refused(path, problem)
            tighten(path, PRIVATE_FILE)
        except BaseException as error:
            if connection is not None:
                connection.close()
            if isinstance(error, sqlite3.OperationalError) and "locked" in str(error):
                raise StoreError(
                    f"Het bestand met de leerlingen ({path}) is in gebruik. Sluit andere vensters van studiekeuze "
                    "en probeer opnieuw."
                ) from error
            if isinstance(error, sqlite3.DatabaseError):
                raise _refused(path, str(error)) from error
            if isinstance(error, OSError):
                raise WriteError(
                    f"De map {path.parent} kan niet gebruikt worden ({error.strerror or error}). Kies met "
                    "STUDIEKEUZE_HOME een map waarin je mag schrijven, of vraag hulp aan wie de computer beheert."
                ) from error
            raise
        self._connection = connection

    @classmethod
    def open_default(cls) -> Self:
        """The store in the user data folder (STUDIEKEUZE_HOME moves it, e.g. in tests)."""
        return cls(default_path())

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def close(self) -> None:
        with self._lock:
            self._connection.close()

    # --- creating and reading ------------------------------------------------------------------
    def create(
        self,
        voornaam: str,
        vorm: str = "kort",
        klas: str = "",
        huidige_graad: int | None = None,
        huidige_richting: str = "",
        niet_open: Iterable[str] = (),
    ) -> Sessie:
        """A new, empty session for one pupil."""
        return self.create_many([
            {"voornaam": voornaam, "vorm": vorm, "klas": klas, "huidige_graad": huidige_graad,
             "huidige_richting": huidige_richting, "niet_open": tuple(niet_open)}
        ])[0]

    def create_many(self, pupils: Iterable[dict[str, Any]]) -> list[Sessie]:
        """Sessions for several pupils at once (a class): all are created, or none when one is not valid."""
        rows = [_checked(p) for p in pupils]
        stamp = now()
        with self._write() as connection:
            ids = [
                connection.execute(
                    "insert into sessies (voornaam, klas, huidige_graad, huidige_richting, niet_open, vorm, "
                    "aangemaakt, gewijzigd) values (?, ?, ?, ?, ?, ?, ?, ?)",
                    (*row, stamp, stamp),
                ).lastrowid
                for row in rows
            ]
        return [self.get(cast(int, i)) for i in ids]  # an insert always has a row id

    def get(self, sessie_id: int) -> Sessie:
        with self._lock:
            row = self._connection.execute("select * from sessies where id = ?", (sessie_id,)).fetchone()
            if row is None:
                raise NotFoundError("Deze leerling staat niet (meer) in de lijst.")
            answers = self._answers([sessie_id])
        return _sessie(row, answers.get(sessie_id, {}))

    def sessions(self, klas: str | None = None) -> list[Sessie]:
        """Every session (or one class's), most recently changed first."""
        with self._lock:
            if klas is None:
                rows = self._connection.execute("select * from sessies order by gewijzigd desc, id desc").fetchall()
            else:
                rows = self._connection.execute(
                    "select * from sessies where klas = ? order by voornaam collate nocase, id", (klas,)
                ).fetchall()
            answers = self._answers([r["id"] for r in rows])
        return [_sessie(row, answers.get(row["id"], {})) for row in rows]

    def rows(self, klas: str | None = None) -> list[SessieRij]:
        """What the list of sessions shows, in the order of `sessions()`, in one query (also for 10,000 sessions)."""
        select = (
            # A count per session on the answers' primary key (faster here than joining a grouped count).
            "select s.id, s.voornaam, s.klas, s.vorm, "
            "(select count(*) from antwoorden a where a.sessie = s.id), s.gewijzigd from sessies s "
        )
        with self._lock:
            cursor = self._connection.cursor()
            cursor.row_factory = None  # plain tuples: sqlite3.Row costs more than the query itself here
            if klas is None:
                cursor.execute(select + "order by s.gewijzigd desc, s.id desc")
            else:
                cursor.execute(select + "where s.klas = ? order by s.voornaam collate nocase, s.id", (klas,))
            return list(map(SessieRij._make, cursor.fetchall()))

    def classes(self) -> list[str]:
        with self._lock:
            rows = self._connection.execute(
                "select distinct klas from sessies where klas != '' order by klas collate nocase"
            )
            return [r["klas"] for r in rows]

    def all_answer_sets(self) -> list[dict[str, int]]:
        """The answers of every session ({item_id: answer}), for item analysis; sessions without answers skipped."""
        with self._lock:
            answers = self._answers(None)
        return [answers[i] for i in sorted(answers)]

    def _answers(self, ids: list[int] | None) -> dict[int, dict[str, int]]:
        if ids is None:
            rows = self._connection.execute("select sessie, vraag, antwoord from antwoorden")
        else:
            wanted = json.dumps(ids)
            rows = self._connection.execute(
                "select sessie, vraag, antwoord from antwoorden where sessie in (select value from json_each(?))",
                (wanted,),
            )
        result: dict[int, dict[str, int]] = {}
        for row in rows:
            result.setdefault(row["sessie"], {})[row["vraag"]] = row["antwoord"]
        return result

    # --- changing one session (each call is written to disk before it returns) --------------------
    def set_answer(self, sessie_id: int, vraag: str, antwoord: int | None, positie: int | None = None) -> None:
        """Store (or with None: clear) one answer, and optionally where the pupil is in the questionnaire."""
        if antwoord is not None and (isinstance(antwoord, bool) or antwoord not in range(1, 6)):
            raise ValueError(f"answer must be 1-5, not {antwoord!r}")
        with self._write() as connection:
            self._touch(connection, sessie_id, **({} if positie is None else {"positie": positie}))
            if antwoord is None:
                connection.execute("delete from antwoorden where sessie = ? and vraag = ?", (sessie_id, vraag))
            else:
                connection.execute(
                    "insert into antwoorden (sessie, vraag, antwoord) values (?, ?, ?) "
                    "on conflict (sessie, vraag) do update set antwoord = excluded.antwoord",
                    (sessie_id, vraag, antwoord),
                )

    def set_position(self, sessie_id: int, positie: int) -> None:
        """Where the pupil is in the questionnaire. Walking through the questions is not an edit: "laatst gewijzigd"
        (which the retention period counts from) stays as it was."""
        with self._write() as connection:
            self._set(connection, sessie_id, positie=positie)

    def set_note(self, sessie_id: int, notitie: str) -> None:
        check_text(notitie, "De notitie")
        if len(notitie) > MAX_NOTE_LENGTH:
            raise StudiekeuzeError(f"De notitie is te lang: hoogstens {MAX_NOTE_LENGTH} tekens.")
        with self._write() as connection:
            self._touch(connection, sessie_id, notitie=notitie)

    def set_situation(
        self, sessie_id: int, huidige_graad: int | None, huidige_richting: str, niet_open: Iterable[str] = ()
    ) -> None:
        if huidige_graad is not None and huidige_graad not in GRADEN_NU:
            raise StudiekeuzeError("De huidige graad is 1, 2, 3 of 7.")
        richting = check_text(str(huidige_richting or ""), "De huidige richting").strip()
        with self._write() as connection:
            self._touch(connection, sessie_id, huidige_graad=huidige_graad, huidige_richting=richting,
                        niet_open=_keys(niet_open, "nu niet open"))

    def set_pupil(
        self,
        sessie_id: int,
        voornaam: str,
        klas: str,
        huidige_graad: int | None,
        huidige_richting: str,
        niet_open: Iterable[str] = (),
        *,
        extra: Iterable[str] | None = None,
        zonder: Iterable[str] | None = None,
    ) -> None:
        """Change who the pupil is and where they are now (the counsellor's editor), checked as a new pupil is; with
        `extra`/`zonder`, the choices that still fit the new situation, in the same transaction."""
        row = _checked({"voornaam": voornaam, "klas": klas, "huidige_graad": huidige_graad,
                        "huidige_richting": huidige_richting, "niet_open": tuple(niet_open)})
        voornaam, klas, graad, richting, niet_open_json, _vorm = row
        choices: dict[str, str] = {}
        if extra is not None:
            choices["extra"] = _keys(extra, "op het advies")
        if zonder is not None:
            choices["zonder"] = _keys(zonder, "weggelaten")
        with self._write() as connection:
            self._touch(connection, sessie_id, voornaam=voornaam, klas=klas, huidige_graad=graad,
                        huidige_richting=richting, niet_open=niet_open_json, **choices)

    def set_choices(self, sessie_id: int, extra: Iterable[str], zonder: Iterable[str]) -> None:
        """The counsellor's choices for the sheet: what is added (`extra`) and what is left out (`zonder`), each a
        groepnummer or a step's name (`Suggestie.sleutel`). One key is never in both."""
        extra_json, zonder_json = _keys(extra, "op het advies"), _keys(zonder, "weggelaten")
        both = set(json.loads(extra_json)) & set(json.loads(zonder_json))
        if both:
            raise StudiekeuzeError(f"{', '.join(sorted(both))} kan niet tegelijk op het advies staan en weggelaten "
                                   "zijn. Kies één van de twee.")
        with self._write() as connection:
            self._touch(connection, sessie_id, extra=extra_json, zonder=zonder_json)

    def set_parents(self, sessie_id: int, ouders: bool, taal: str = "") -> None:
        """Whether the sheet gets the page for parents, and its home language ("" = the Dutch page only)."""
        code = find_language(taal).code if taal else ""  # an unknown language is refused with the list
        with self._write() as connection:
            self._touch(connection, sessie_id, ouders=int(bool(ouders)), ouders_taal=code)

    def set_result(self, sessie_id: int, resultaat: dict[str, Any] | None) -> None:
        """Keep what the pupil was shown (profile, suggestions) with the session, as JSON.

        What was shown follows from the answers and the choices, so keeping it is not an edit: "laatst gewijzigd"
        stays as it was, and the same result is not written again (viewing a pupil writes nothing).
        """
        value = None if resultaat is None else json.dumps(resultaat, ensure_ascii=False)
        with self._write() as connection:
            exists = connection.execute("select resultaat is ? from sessies where id = ?", (value, sessie_id)
                                        ).fetchone()
            if exists is None:
                raise NotFoundError("Deze leerling staat niet (meer) in de lijst.")
            if not exists[0]:
                self._set(connection, sessie_id, resultaat=value)

    def mark_finished(self, sessie_id: int, finished: bool = True) -> None:
        with self._write() as connection:
            self._touch(connection, sessie_id, afgerond=now() if finished else None)

    def _touch(self, connection: sqlite3.Connection, sessie_id: int, **columns: Any) -> None:
        """An edit: set exactly the given columns and the change time ("laatst gewijzigd", which retention counts
        from)."""
        self._set(connection, sessie_id, **columns, gewijzigd=now())

    def _set(self, connection: sqlite3.Connection, sessie_id: int, **values: Any) -> None:
        """Set exactly the given columns (column names come from this module only), nothing else."""
        assignments = ", ".join(f"{column} = ?" for column in values)
        cursor = connection.execute(f"update sessies set {assignments} where id = ?", (*values.values(), sessie_id))
        if cursor.rowcount == 0:
            raise NotFoundError("Deze leerling staat niet (meer) in de lijst.")

    # --- erasing ---------------------------------------------------------------------------------
    def delete(self, sessie_id: int) -> None:
        """Erase one pupil for good."""
        self._erase("delete from sessies where id = ?", (sessie_id,))

    def delete_class(self, klas: str) -> int:
        """Erase every pupil of a class for good; returns how many were erased."""
        return self._erase("delete from sessies where klas = ?", (klas,))

    def delete_older_than(self, cutoff: datetime) -> int:
        """Erase sessions not changed since `cutoff` (the retention rule); returns how many were erased."""
        stamp = cutoff.astimezone(UTC).isoformat(timespec="seconds")
        return self._erase("delete from sessies where gewijzigd < ?", (stamp,))

    def _erase(self, statement: str, parameters: tuple[Any, ...]) -> int:
        with self._write() as connection:
            count = connection.execute(statement, parameters).rowcount
        if count:
            with self._lock:
                # Rows are gone from the tables; VACUUM rebuilds the file so no free page still holds them.
                self._connection.execute("vacuum")
        return count

    # --- settings --------------------------------------------------------------------------------
    def setting(self, key: str, default: str | None = None) -> str | None:
        with self._lock:
            row = self._connection.execute("select waarde from instellingen where sleutel = ?", (key,)).fetchone()
        return row["waarde"] if row else default

    def set_setting(self, key: str, value: str) -> None:
        with self._write() as connection:
            connection.execute(
                "insert into instellingen (sleutel, waarde) values (?, ?) "
                "on conflict (sleutel) do update set waarde = excluded.waarde",
                (key, value),
            )

    # --- export ----------------------------------------------------------------------------------
    def export(self, sessie_id: int) -> dict[str, Any]:
        return export_json(self.get(sessie_id))

    def write_export(self, sessie_id: int, target: Path) -> None:
        """Write one pupil's export as JSON (owner only); never leaves a half-written file at `target`."""
        text = json.dumps(self.export(sessie_id), ensure_ascii=False, indent=2) + "\n"
        write_atomic(text.encode("utf-8"), target)

    # --- transactions ----------------------------------------------------------------------------
    @contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        with self._lock:
            try:
                self._connection.execute("begin immediate")
                try:
                    yield self._connection
                except BaseException:
                    self._connection.execute("rollback")
                    raise
                self._connection.execute("commit")
            except sqlite3.OperationalError as error:
                log.warning("session store write failed: %s", error)
                raise WriteError(
                    f"De gegevens van de leerling konden niet bewaard worden ({error}). "
                    "Is de schijf vol of het bestand in gebruik?"
                ) from error


def default_path() -> Path:
    return paths.data_dir() / FILE_NAME


def _create_private(path: Path) -> None:
    """Create the file readable and writable by its owner only, before SQLite opens it (personal data)."""
    if not os.path.lexists(path):
        os.close(os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, PRIVATE_FILE))


def _inspect(connection: sqlite3.Connection, path: Path) -> None:
    """Refuse, before anything is written, a store that is damaged or newer than this version knows."""
    version = connection.execute("pragma user_version").fetchone()[0]
    if version > len(MIGRATIONS):
        raise StoreError(
            f"Het bestand met de leerlingen ({path}) is gemaakt door een nieuwere versie van studiekeuze. Deze "
            "versie kan het niet veilig gebruiken; er is niets aan veranderd. Installeer de nieuwste versie van "
            "studiekeuze en open het daarmee."
        )
    result = [row[0] for row in connection.execute("pragma quick_check")]
    if result != ["ok"]:
        raise _refused(path, "; ".join(result[:3]))
    problem = check_schema(connection, version)
    if problem:
        raise _refused(path, problem)


def _refused(path: Path, reason: str) -> StoreError:
    log.warning("session store %s refused: %s", path, reason)
    return StoreError(
        f"Het bestand met de leerlingen ({path}) kan niet geopend worden: het is beschadigd of geen bestand van "
        f"studiekeuze ({reason}). Er is niets aan veranderd. Zet een reservekopie van dat bestand terug, of "
        "verplaats het naar een andere map: dan begint studiekeuze met een lege lijst."
    )


def _checked(pupil: dict[str, Any]) -> tuple[Any, ...]:
    # The one name check of studiekeuze (also used for class lists and answers files).
    voornaam = check_name(pupil.get("voornaam", ""))
    klas = check_klas(pupil.get("klas", "") or "")
    vorm = pupil.get("vorm", "kort")
    graad = pupil.get("huidige_graad")
    if vorm not in VORMEN:
        raise StudiekeuzeError("Kies de korte of de volledige vragenlijst.")
    if graad is not None and graad not in GRADEN_NU:
        raise StudiekeuzeError("De huidige graad is 1, 2, 3 of 7.")
    niet_open = _keys(pupil.get("niet_open", ()), "nu niet open")
    huidige_richting = check_text(str(pupil.get("huidige_richting", "") or ""), "De huidige richting").strip()
    return voornaam, klas, graad, huidige_richting, niet_open, vorm


def _sessie(row: sqlite3.Row, antwoorden: dict[str, int]) -> Sessie:
    return Sessie(
        id=row["id"],
        voornaam=row["voornaam"],
        vorm=row["vorm"],
        aangemaakt=row["aangemaakt"],
        gewijzigd=row["gewijzigd"],
        klas=row["klas"],
        huidige_graad=row["huidige_graad"],
        huidige_richting=row["huidige_richting"],
        niet_open=tuple(json.loads(row["niet_open"])),
        extra=tuple(json.loads(row["extra"])),
        zonder=tuple(json.loads(row["zonder"])),
        ouders=bool(row["ouders"]),
        ouders_taal=row["ouders_taal"],
        positie=row["positie"],
        notitie=row["notitie"],
        antwoorden=antwoorden,
        resultaat=json.loads(row["resultaat"]) if row["resultaat"] else None,
        afgerond=row["afgerond"],
    )


def _keys(values: Iterable[str], what: str) -> str:
    """A list of groepnummers or names (niet_open, extra, zonder) as stored: text, each once, in the given order."""
    if isinstance(values, str):
        values = (values,)
    keys: list[str] = []
    for value in values:
        if not isinstance(value, str):
            raise StudiekeuzeError(f"De lijst '{what}' mag alleen namen of groepnummers van richtingen bevatten.")
        key = " ".join(check_text(value, f"De lijst '{what}'").split())
        if len(key) > MAX_KEY_LENGTH:
            raise StudiekeuzeError(f"Een richting in de lijst '{what}' heeft een te lange naam.")
        if key and key not in keys:
            keys.append(key)
    if len(keys) > MAX_KEYS:
        raise StudiekeuzeError(f"De lijst '{what}' is te lang: hoogstens {MAX_KEYS} richtingen.")
    return json.dumps(keys, ensure_ascii=False)
