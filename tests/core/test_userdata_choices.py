"""The store after issue 14: the counsellor's choices and the parents' page are kept and exported, an old store is
migrated with every answer, only an edit changes "laatst gewijzigd", and the pupil left open is remembered."""

import json
import sqlite3
from pathlib import Path

import pytest

from studiekeuze.errors import StoreError, StudiekeuzeError
from studiekeuze.questionnaire.answers import read_answers_file
from studiekeuze.userdata.resume import pupil_left_open, remember_open_pupil
from studiekeuze.userdata.schema import MIGRATIONS, check_schema
from studiekeuze.userdata.store import SessionStore

OLD = "2020-01-01T00:00:00+00:00"


@pytest.fixture
def store(tmp_path: Path):
    with SessionStore(tmp_path / "leerlingen.sqlite") as opened:
        yield opened


def make_version_1_store(path: Path) -> None:
    """A store as the version before issue 14 wrote it: only the first migration, with pupils in it."""
    connection = sqlite3.connect(path)
    connection.executescript(MIGRATIONS[0])
    connection.executescript(f"""
        insert into sessies (id, voornaam, klas, huidige_graad, huidige_richting, niet_open, vorm, positie, notitie,
                             resultaat, aangemaakt, gewijzigd, afgerond)
        values (1, 'Zoë', '4B', 2, 'G-0081', '["G-0100"]', 'kort', 29, 'Opendeurdag', '{{"code": "R"}}',
                '{OLD}', '{OLD}', '{OLD}'),
               (2, 'Ali', '', null, '', '[]', 'volledig', 3, '', null, '{OLD}', '{OLD}', null);
        insert into antwoorden (sessie, vraag, antwoord) values (1, 'R01', 5), (1, 'I01', 2), (2, 'R01', 1);
        insert into instellingen (sleutel, waarde) values ('bewaartermijn_maanden', '6');
        pragma user_version = 1;
    """)
    connection.close()


def test_a_store_of_the_previous_version_is_migrated_with_every_answer(tmp_path):
    path = tmp_path / "leerlingen.sqlite"
    make_version_1_store(path)
    with SessionStore(path) as store:
        zoe, ali = store.get(1), store.get(2)
        assert store._connection.execute("pragma user_version").fetchone()[0] == len(MIGRATIONS) == 2
        assert check_schema(store._connection) is None  # the store's own self-check after migrating
        assert store.setting("bewaartermijn_maanden") == "6"
    assert zoe.antwoorden == {"R01": 5, "I01": 2} and ali.antwoorden == {"R01": 1}
    assert (zoe.voornaam, zoe.klas, zoe.huidige_graad, zoe.huidige_richting, zoe.niet_open) == (
        "Zoë", "4B", 2, "G-0081", ("G-0100",))
    assert (zoe.vorm, zoe.positie, zoe.notitie, zoe.resultaat, zoe.afgerond) == (
        "kort", 29, "Opendeurdag", {"code": "R"}, OLD)
    # Migrating is not an edit: the retention period still counts from the last change.
    assert (zoe.gewijzigd, ali.gewijzigd) == (OLD, OLD)
    # The new fields start empty.
    assert (zoe.extra, zoe.zonder, zoe.ouders, zoe.ouders_taal) == ((), (), False, "")
    # And the migrated file opens again as it is.
    with SessionStore(path) as again:
        assert again.get(1).antwoorden == {"R01": 5, "I01": 2}


def test_a_migrated_store_with_a_column_gone_is_refused(tmp_path):
    path = tmp_path / "leerlingen.sqlite"
    with SessionStore(path) as store:
        store.create("Anna")
    with sqlite3.connect(path) as connection:
        connection.execute("alter table sessies drop column zonder")
    connection.close()
    before = path.read_bytes()
    with pytest.raises(StoreError, match="kolom zonder ontbreekt"):
        SessionStore(path)
    assert path.read_bytes() == before


def test_choices_and_the_parents_page_are_kept_and_exported_as_an_answers_file(store, repository, tmp_path):
    sessie = store.create("Yusuf", klas="4B", huidige_graad=2, huidige_richting="G-0081")
    store.set_answer(sessie.id, "R01", 5)
    store.set_choices(sessie.id, ["G-0082", " G-0082 "], ["Werken"])
    store.set_parents(sessie.id, True, "turks")
    again = store.get(sessie.id)
    assert (again.extra, again.zonder) == (("G-0082",), ("Werken",))
    assert (again.ouders, again.ouders_taal) == (True, "tr")
    assert again.leerling.extra == ("G-0082",) and again.leerling.zonder == ("Werken",)
    target = tmp_path / "export.json"
    store.write_export(sessie.id, target)
    data = json.loads(target.read_text(encoding="utf-8"))
    assert (data["leerling"]["extra"], data["leerling"]["zonder"]) == (["G-0082"], ["Werken"])
    assert (data["ouders"], data["ouders_taal"]) == (True, "tr")
    # The export reads back as an answers file with the same choices (advies --antwoorden export.json).
    leerling = read_answers_file(target, repository.vragenlijst).leerling
    assert (leerling.extra, leerling.zonder) == (("G-0082",), ("Werken",))


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda s, i: s.set_choices(i, ["G-0082"], ["G-0082"]), "tegelijk op het advies"),
        (lambda s, i: s.set_choices(i, [5], []), "alleen namen of groepnummers"),
        (lambda s, i: s.set_choices(i, ["G-\x00"], []), "geen gewone tekst"),
        (lambda s, i: s.set_parents(i, True, "klingon"), "Onbekende taal"),
        (lambda s, i: s.set_pupil(i, "Ann\u202egpj", "4B", 2, ""), "onzichtbare tekens"),
        (lambda s, i: s.set_pupil(i, "Anna", "4B", 5, ""), "1, 2, 3 of 7"),
    ],
)
def test_bad_changes_get_a_dutch_message_and_change_nothing(store, call, message):
    sessie = store.create("Anna", klas="4B", huidige_graad=2)
    with pytest.raises(StudiekeuzeError, match=message):
        call(store, sessie.id)
    assert store.get(sessie.id) == sessie


def test_the_editor_changes_name_klas_and_situation(store):
    sessie = store.create("Ilias", huidige_graad=7)
    store.set_pupil(sessie.id, "  Ilias  B. ", "6C", 7, "G-0300", ["G-0100"])
    again = store.get(sessie.id)
    assert (again.voornaam, again.klas, again.huidige_graad, again.huidige_richting, again.niet_open) == (
        "Ilias B.", "6C", 7, "G-0300", ("G-0100",))


def aged(store: SessionStore, sessie_id: int) -> None:
    store._connection.execute("update sessies set gewijzigd = ? where id = ?", (OLD, sessie_id))


def test_only_an_edit_changes_laatst_gewijzigd(store):
    sessie = store.create("Anna")
    aged(store, sessie.id)
    # Walking through the questions and keeping what was shown are not edits.
    store.set_position(sessie.id, 4)
    store.set_result(sessie.id, {"code": "R"})
    assert store.get(sessie.id).gewijzigd == OLD
    assert store.get(sessie.id).positie == 4 and store.get(sessie.id).resultaat == {"code": "R"}
    # The same result is not written again.
    changes = store._connection.total_changes
    store.set_result(sessie.id, {"code": "R"})
    assert store._connection.total_changes == changes
    for edit in (lambda: store.set_answer(sessie.id, "R01", 4), lambda: store.set_note(sessie.id, "x"),
                 lambda: store.set_choices(sessie.id, ["G-0082"], []), lambda: store.set_parents(sessie.id, True),
                 lambda: store.set_pupil(sessie.id, "Anna", "4B", 2, "")):
        aged(store, sessie.id)
        edit()
        assert store.get(sessie.id).gewijzigd > OLD


def test_the_pupil_left_open_is_remembered_until_cleared(store):
    assert pupil_left_open(store) is None
    sessie = store.create("Anna")
    remember_open_pupil(store, sessie.id)
    assert pupil_left_open(store).id == sessie.id
    remember_open_pupil(store, None)
    assert pupil_left_open(store) is None
    remember_open_pupil(store, sessie.id)
    store.delete(sessie.id)
    assert pupil_left_open(store) is None  # erased since: nothing to go on with
