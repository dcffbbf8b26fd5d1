"""The pupil session store: every change on disk at once, reopen, export, erase for good."""

import json
import os
import stat
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from studiekeuze.errors import NotFoundError, StudiekeuzeError
from studiekeuze.questionnaire.answers import read_answers_file
from studiekeuze.userdata.store import SessionStore


@pytest.fixture
def store(tmp_path: Path):
    with SessionStore(tmp_path / "leerlingen.sqlite") as opened:
        yield opened


def test_a_new_session_holds_only_what_was_given(store):
    sessie = store.create("Zoë", vorm="volledig", klas="3A", huidige_graad=2, huidige_richting="G-0081")
    again = store.get(sessie.id)
    assert (again.voornaam, again.klas, again.vorm, again.huidige_graad, again.huidige_richting) == (
        "Zoë", "3A", "volledig", 2, "G-0081"
    )
    assert again.antwoorden == {}
    assert again.notitie == ""


def test_every_answer_is_on_disk_before_the_call_returns(tmp_path):
    path = tmp_path / "leerlingen.sqlite"
    store = SessionStore(path)
    sessie = store.create("Lou")
    store.set_answer(sessie.id, "R01", 4, positie=1)
    store.set_answer(sessie.id, "R02", 2, positie=2)
    # Another process reads the file while this one still has it open: nothing waits in memory.
    code = (
        "import sqlite3, sys; c = sqlite3.connect(sys.argv[1]);"
        "print(sorted(c.execute('select vraag, antwoord from antwoorden').fetchall()))"
    )
    result = subprocess.run([sys.executable, "-c", code, str(path)], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[('R01', 4), ('R02', 2)]"
    store.close()


def test_a_killed_process_loses_no_answer(tmp_path):
    path = tmp_path / "leerlingen.sqlite"
    code = (
        "import os, sys; from pathlib import Path; from studiekeuze.userdata.store import SessionStore\n"
        "s = SessionStore(Path(sys.argv[1])); i = s.create('Mo').id\n"
        "for n in range(1, 6): s.set_answer(i, f'R0{n}', n, positie=n)\n"
        "os._exit(9)\n"  # no close, no clean-up: like a crash
    )
    subprocess.run([sys.executable, "-c", code, str(path)], check=False)
    with SessionStore(path) as store:
        (sessie,) = store.sessions()
        assert sessie.antwoorden == {"R01": 1, "R02": 2, "R03": 3, "R04": 4, "R05": 5}
        assert sessie.positie == 5


def test_changing_and_clearing_an_answer(store):
    sessie = store.create("Noor")
    store.set_answer(sessie.id, "R01", 5)
    store.set_answer(sessie.id, "R01", 3)
    store.set_answer(sessie.id, "I01", 1)
    store.set_answer(sessie.id, "I01", None)
    assert store.get(sessie.id).antwoorden == {"R01": 3}
    with pytest.raises(ValueError):
        store.set_answer(sessie.id, "R01", 6)


def test_note_situation_result_and_finished(store):
    sessie = store.create("Amir")
    store.set_note(sessie.id, "Bespreek de opendeurdag.")
    store.set_situation(sessie.id, 3, "G-0313", ["G-0100"])
    store.set_result(sessie.id, {"code": "RI"})
    store.mark_finished(sessie.id)
    again = store.get(sessie.id)
    assert again.notitie == "Bespreek de opendeurdag."
    assert (again.huidige_graad, again.huidige_richting, again.niet_open) == (3, "G-0313", ("G-0100",))
    assert again.resultaat == {"code": "RI"}
    assert again.afgerond is not None


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"voornaam": "   "}, "voornaam"),
        ({"voornaam": "X" * 61}, "langer dan 60 tekens"),
        ({"voornaam": "Eva", "vorm": "lang"}, "korte of de volledige"),
        ({"voornaam": "Eva", "huidige_graad": 5}, "1, 2, 3 of 7"),
    ],
)
def test_invalid_pupils_get_a_dutch_message_and_nothing_is_stored(store, fields, message):
    with pytest.raises(StudiekeuzeError, match=message):
        store.create_many([{"voornaam": "Eerst"}, fields])
    assert store.sessions() == []


def test_class_sessions_are_created_together_and_listed_per_class(store):
    store.create_many([{"voornaam": n, "klas": "4B"} for n in ("Yara", "Ben", "Ali")])
    store.create("Solo")
    assert [s.voornaam for s in store.sessions(klas="4B")] == ["Ali", "Ben", "Yara"]
    assert store.classes() == ["4B"]


def test_delete_vacuums_so_the_name_is_gone_from_the_file(tmp_path):
    path = tmp_path / "leerlingen.sqlite"
    with SessionStore(path) as store:
        keep = store.create("Bewaarde")
        gone = store.create("Wegwezen", klas="6Z")
        store.set_note(gone.id, "Geheime notitie")
        store.set_answer(gone.id, "R01", 4)
        store.delete(gone.id)
        assert [s.id for s in store.sessions()] == [keep.id]
        with pytest.raises(NotFoundError):
            store.get(gone.id)
    data = path.read_bytes()
    assert b"Wegwezen" not in data
    assert b"Geheime notitie" not in data
    assert b"Bewaarde" in data


def test_delete_a_whole_class(store):
    store.create_many([{"voornaam": n, "klas": "5C"} for n in ("A", "B")])
    other = store.create("C", klas="5D")
    assert store.delete_class("5C") == 2
    assert [s.id for s in store.sessions()] == [other.id]


def test_retention_erases_sessions_not_changed_since_the_cutoff(store):
    old = store.create("Oud")
    store._connection.execute("update sessies set gewijzigd = '2020-01-01T00:00:00+00:00' where id = ?", (old.id,))
    recent = store.create("Nieuw")
    assert store.delete_older_than(datetime.now(UTC) - timedelta(days=30)) == 1
    assert [s.id for s in store.sessions()] == [recent.id]


def test_export_holds_everything_and_reads_back_as_an_answers_file(store, repository, tmp_path):
    sessie = store.create("José & <Anna>", klas="2C", huidige_graad=2, huidige_richting="G-0081")
    store.set_answer(sessie.id, "R01", 5)
    store.set_note(sessie.id, "Notitie")
    target = tmp_path / "export.json"
    store.write_export(sessie.id, target)
    data = json.loads(target.read_text(encoding="utf-8"))
    assert data["leerling"]["voornaam"] == "José & <Anna>"
    assert data["leerling"]["klas"] == "2C"
    assert data["antwoorden"] == {"R01": 5}
    assert data["notitie"] == "Notitie"
    assert {"aangemaakt", "gewijzigd", "resultaat", "vorm"} <= set(data)
    antwoorden = read_answers_file(target, repository.vragenlijst)
    assert antwoorden.antwoorden == {"R01": 5}
    assert antwoorden.leerling.voornaam == "José & <Anna>"


def test_all_answer_sets_for_item_analysis(store):
    a = store.create("A")
    store.create("Leeg")
    store.set_answer(a.id, "R01", 2)
    assert store.all_answer_sets() == [{"R01": 2}]


def test_settings_round_trip(store):
    assert store.setting("bewaartermijn_maanden") is None
    store.set_setting("bewaartermijn_maanden", "12")
    assert store.setting("bewaartermijn_maanden") == "12"


def test_open_default_lives_in_studiekeuze_home(session_home):
    with SessionStore.open_default() as store:
        assert store.path.is_relative_to(session_home)


@pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")
def test_the_file_is_readable_by_its_owner_only(store):
    assert stat.S_IMODE(store.path.stat().st_mode) == 0o600


def test_a_file_that_is_not_a_database_gives_a_dutch_message(tmp_path):
    path = tmp_path / "leerlingen.sqlite"
    path.write_bytes(b"dit is geen databank" * 100)
    with pytest.raises(StudiekeuzeError, match="kan niet geopend worden"):
        SessionStore(path)
