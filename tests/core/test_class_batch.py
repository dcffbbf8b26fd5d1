"""Batch advice for a class: one PDF per pupil plus a combined one; a broken class list writes nothing."""

import shutil

import pytest
from pypdf import PdfReader

from studiekeuze.classes.batch import find_answers_file, make_class_advice
from studiekeuze.classes.filenames import safe_stem, unique
from studiekeuze.classes.roster import parse_class_csv
from tests.conftest import DATA


@pytest.fixture
def answers_dir(tmp_path):
    folder = tmp_path / "antwoorden"
    folder.mkdir()
    shutil.copy(DATA / "answers" / "elektriciteit-handen.json", folder / "Yusuf.json")
    shutil.copy(DATA / "answers" / "zorg-eerste-graad.json", folder / "ána-lucía.json")
    return folder


def text_of(path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def test_class_run_makes_one_pdf_per_pupil_and_a_combined_one(repository, answers_dir, tmp_path):
    klaslijst = parse_class_csv("voornaam;klas\nYusuf;4B\nÁna-Lucía;4B\nPieter;4B\n", repository)
    seen = []
    result = make_class_advice(repository, klaslijst, answers_dir, tmp_path / "uit",
                               progress=lambda done, total, name: seen.append((done, total, name)))
    assert [p.name for p in result.gemaakt] == ["advies 4B Yusuf.pdf", "advies 4B Ána-Lucía.pdf"]
    assert result.zonder_antwoorden == ["Pieter"]
    assert "Yusuf" in text_of(result.gemaakt[0])
    combined = text_of(result.klas_pdf)
    assert "Yusuf" in combined and "Ána-Lucía" in combined and "Pieter" not in combined
    assert seen[0] == (0, 3, "Yusuf") and seen[-1] == (3, 3, "")


def test_cancel_stops_before_the_next_pupil_and_writes_no_combined_pdf(repository, answers_dir, tmp_path):
    klaslijst = parse_class_csv("voornaam\nYusuf\nÁna-Lucía\n", repository)
    calls = iter([False, True, True])
    result = make_class_advice(repository, klaslijst, answers_dir, tmp_path / "uit", cancelled=lambda: next(calls))
    assert result.geannuleerd
    assert [p.name for p in result.gemaakt] == ["advies Yusuf.pdf"]
    assert result.klas_pdf is None
    assert sorted(p.name for p in (tmp_path / "uit").iterdir()) == ["advies Yusuf.pdf"]


def test_broken_csv_exits_non_zero_and_writes_nothing(run_cli, answers_dir, tmp_path):
    csv = tmp_path / "klas.csv"
    csv.write_text("voornaam;klas\nYusuf;4B\n;4B\n", encoding="utf-8")
    out = tmp_path / "uit"
    code, _, err = run_cli("klas", "--csv", str(csv), "--antwoorden-map", str(answers_dir), "--uit", str(out))
    assert code == 1 and "regel 3: de voornaam ontbreekt" in err and "Traceback" not in err
    assert not out.exists()


def test_klas_command(run_cli, answers_dir, tmp_path):
    csv = tmp_path / "klas.csv"
    csv.write_bytes("\ufeffvoornaam,klas,huidige_richting\r\nYusuf,4B,Elektriciteit\r\n".encode())
    out = tmp_path / "uit"
    code, stdout, _ = run_cli("klas", "--csv", str(csv), "--antwoorden-map", str(answers_dir), "--uit", str(out))
    assert code == 0 and "1 adviezen gemaakt" in stdout
    assert sorted(p.name for p in out.iterdir()) == ["advies 4B Yusuf.pdf", "alle adviezen 4B.pdf"]


def test_hostile_names_make_safe_file_names(repository, answers_dir, tmp_path):
    shutil.copy(answers_dir / "Yusuf.json", answers_dir / "a_b.json")
    klaslijst = parse_class_csv('voornaam\n"a/b"\n', repository)
    assert find_answers_file(answers_dir, "a/b") == answers_dir / "a_b.json"
    result = make_class_advice(repository, klaslijst, answers_dir, tmp_path / "uit")
    assert result.gemaakt[0].parent == tmp_path / "uit"
    assert "a/b" in text_of(result.gemaakt[0])


@pytest.mark.parametrize(
    ("name", "stem"),
    [("../../etc/passwd", "_.._etc_passwd"), ("CON", "CON_"), ("  Zoë  ", "Zoë"), ("", "leerling"), ("a:b*c", "a_b_c")],
)
def test_safe_stem(name, stem):
    assert safe_stem(name) == stem


def test_unique_names_ignore_case():
    taken: set[str] = set()
    assert [unique(s, taken) for s in ("Emma", "emma", "Emma")] == ["Emma", "emma (2)", "Emma (3)"]


def test_counsellor_notes_reach_each_pupils_sheet(repository, tmp_path):
    from studiekeuze.classes.batch import Klasadvies, make_advice_sheets
    from studiekeuze.questionnaire.answers import read_answers_file

    answers = read_answers_file(DATA / "answers" / "elektriciteit-handen.json", repository.vragenlijst)
    pupils = [Klasadvies("Yusuf", "4B", answers, "Bezoek de opendeurdag in maart."), Klasadvies("Lou", "4B", None)]
    result = make_advice_sheets(repository, pupils, tmp_path / "uit")
    assert "opendeurdag in maart" in text_of(result.gemaakt[0])
    assert result.zonder_antwoorden == ["Lou"]


def test_a_class_sheet_prints_the_cards_the_service_chose(repository, answers_dir, tmp_path):
    """The class batch shows the same model as the app and `advies --json`: the counsellor's choices in the answers
    file (extra, zonder) included."""
    import json

    from studiekeuze.questionnaire.answers import read_answers_file
    from studiekeuze.service.outcome import uitkomst
    from tests.pdf_cards import card_titles

    path = answers_dir / "Yusuf.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    data["leerling"] |= {"extra": ["G-0011"], "zonder": ["G-0225"]}
    path.write_text(json.dumps(data), encoding="utf-8")
    klaslijst = parse_class_csv("voornaam;klas\nYusuf;4B\n", repository)
    result = make_class_advice(repository, klaslijst, answers_dir, tmp_path / "uit")
    chosen = uitkomst(repository, read_answers_file(path, repository.vragenlijst))
    assert "Autotechnieken" in [s.naam for s in chosen.suggesties]
    assert card_titles(result.gemaakt[0].read_bytes()) == [s.naam for s in chosen.suggesties]
