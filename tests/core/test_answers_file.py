"""Answers files: a bad file gets a clear Dutch message that names the problem, and a non-zero exit."""

import json

import pytest

from tests.conftest import DATA


def write(tmp_path, content) -> str:
    path = tmp_path / "antwoorden.json"
    path.write_text(content if isinstance(content, str) else json.dumps(content), encoding="utf-8")
    return str(path)


def test_profiel_json_contract(run_cli):
    code, out, _ = run_cli("profiel", "--antwoorden", str(DATA / "answers" / "elektriciteit-handen.json"), "--json")
    data = json.loads(out)
    assert code == 0
    assert set(data) >= {"scores", "code", "volledigheid", "signalen"}
    assert data["code"].startswith("R") and data["volledigheid"] == 100
    assert set(data["scores"]) == set("RIASEC")


def test_vragenlijst_json_contract(run_cli):
    code, out, _ = run_cli("vragenlijst", "--kort", "--json")
    items = json.loads(out)
    assert code == 0 and len(items) == 30
    assert all({"id", "tekst", "schaal"} <= set(i) and i["schaal"] in "RIASEC" for i in items)
    code, out, _ = run_cli("vragenlijst", "--json")
    assert len(json.loads(out)) > 60


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("{niet: json", "geen geldige JSON (regel 1"),
        ("[1, 2]", "moet een object staan"),
        ({"antwoorden": {"X99": 3}}, "onbekende vragen: 'X99'"),
        ({"antwoorden": {"R01": 6}}, "vraag R01 heeft het antwoord 6"),
        ({"antwoorden": {"R01": "5"}}, 'vraag R01 heeft het antwoord "5"'),
        ({"antwoorden": {"R01": True}}, "vraag R01 heeft het antwoord true"),
        ({"antwoorden": {"R01": 2.5}}, "vraag R01 heeft het antwoord 2.5"),
        ({"antwoorden": [1, 2]}, "'antwoorden' een object"),
        ({"leerling": {"huidige_graad": 5}, "antwoorden": {}}, "huidige_graad 1, 2, 3 of 7"),
    ],
)
def test_bad_answers_file_is_explained(run_cli, tmp_path, content, message):
    code, out, err = run_cli("profiel", "--antwoorden", write(tmp_path, content), "--json")
    assert code == 1 and out == ""
    assert message in err and "Traceback" not in err


def test_missing_and_binary_files(run_cli, tmp_path):
    code, _, err = run_cli("profiel", "--antwoorden", str(tmp_path / "weg.json"))
    assert code == 1 and "bestaat niet" in err
    binary = tmp_path / "foto.json"
    binary.write_bytes(b"\xff\xfe\x00\x81")
    code, _, err = run_cli("profiel", "--antwoorden", str(binary))
    assert code == 1 and "geen tekstbestand" in err


def test_empty_answers_are_allowed_and_reported(run_cli, tmp_path):
    code, out, _ = run_cli("profiel", "--antwoorden", write(tmp_path, {"antwoorden": {"R01": None}}), "--json")
    data = json.loads(out)
    assert code == 0 and data["volledigheid"] == 0 and data["code"] == ""


def test_bom_from_windows_editors_is_accepted(run_cli, tmp_path):
    path = tmp_path / "bom.json"
    path.write_bytes("\ufeff".encode() + json.dumps({"antwoorden": {"R01": 4}}).encode())
    code, _, _ = run_cli("profiel", "--antwoorden", str(path), "--json")
    assert code == 0


def test_unknown_situation_tells_how_to_give_it(run_cli, tmp_path):
    code, out, err = run_cli("match", "--antwoorden", write(tmp_path, {"antwoorden": {"R01": 4}}), "--json")
    assert code == 1 and out == ""
    assert "niet bekend in welke graad of richting" in err and "--van GROEPNUMMER of --naar-graad" in err
