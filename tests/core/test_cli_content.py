"""The command-line contract of issue 3: `db build`, `db check`, `zoek`, `richting` (exit codes, JSON shapes)."""

import json

RICHTING_FIELDS = {
    "groepnummer", "naam", "graad", "finaliteit", "domeinen", "beschrijving", "activiteiten", "riasec",
    "leerwegen", "bks", "overgangen_naar", "overgangen_van", "beroepen",
}


def test_zoek_json_is_an_array_of_richtingen(run_cli):
    code, out, _ = run_cli("zoek", "creatie", "--json")
    assert code == 0
    results = json.loads(out)
    first = dict(results[0])
    # Added in issue 15: where the search found the richting. Every other field is as before.
    assert first.pop("gevonden_in") == ["naam"]
    assert first == {
        "groepnummer": "G-0068",
        "naam": "Creatie en mode",
        "graad": 2,
        "finaliteit": "D/A",
        "domein": "Kunst en creatie",
        "domeinen": ["Kunst en creatie", "Maatschappij en welzijn"],
    }


def test_zoek_filters_on_the_command_line(run_cli):
    code, out, _ = run_cli("zoek", "", "--graad", "7", "--finaliteit", "D/A", "--domein", "stem", "--json")
    results = json.loads(out)
    assert code == 0 and results
    assert {(r["graad"], r["finaliteit"], r["domein"]) for r in results} == {(7, "D/A", "STEM")}


def test_zoek_hostile_text_prints_empty_json(run_cli):
    code, out, err = run_cli("zoek", '"; DROP TABLE richtingen; --"', "--json")
    assert code == 0 and json.loads(out) == [] and err == ""


def test_zoek_unknown_domain_gives_a_dutch_message(run_cli):
    code, out, err = run_cli("zoek", "x", "--domein", "Sterrenkunde", "--json")
    assert code == 1 and out == ""
    assert "Onbekend studiedomein 'Sterrenkunde'" in err and "Traceback" not in err


def test_richting_json_has_every_field(run_cli):
    code, out, _ = run_cli("richting", "G-0068", "--json")
    data = json.loads(out)
    assert code == 0
    assert RICHTING_FIELDS <= set(data)
    assert data["naam"] == "Creatie en mode" and data["graad"] == 2
    assert set(data["riasec"]) == set("RIASEC")
    assert all(0 <= v <= 100 for v in data["riasec"].values())


def test_richting_by_name_ignores_accents_and_case(run_cli):
    code, out, _ = run_cli("richting", "CREATIE EN MODE", "--json")
    assert code == 0 and json.loads(out)["groepnummer"] == "G-0068"


def test_richting_with_ambiguous_name_names_both(run_cli):
    code, _, err = run_cli("richting", "Freinetpedagogie", "--json")
    assert code == 1
    assert "G-0096" in err and "G-0358" in err


def test_unknown_richting_is_a_clear_message(run_cli):
    code, out, err = run_cli("richting", "G-9999")
    assert code == 1 and out == ""
    assert "geen studierichting met groepnummer G-9999" in err


def test_db_check_prints_counts_per_graad_and_finaliteit(run_cli):
    code, out, _ = run_cli("db", "check")
    assert code == 0
    assert "2de graad" in out and "3de graad" in out and "7de jaar" in out
    assert "totaal" in out and "385" in out


def test_db_build_writes_the_database_where_asked(run_cli, tmp_path):
    target = tmp_path / "sub" / "inhoud.sqlite"
    code, out, _ = run_cli("db", "build", "--db", str(target))
    assert code == 0 and target.exists()
    assert "385 studierichtingen" in out


def test_usage_errors_are_dutch(run_cli, capsys):
    import pytest

    with pytest.raises(SystemExit) as exit_info:
        run_cli("zoek")
    assert exit_info.value.code == 2
    assert "deze argumenten ontbreken" in capsys.readouterr().err
