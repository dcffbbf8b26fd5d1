"""`studiekeuze advies`: from an answers file to a PDF on disk, with Dutch messages when something is wrong."""

import io
import json

import pypdf
import pytest

from tests.conftest import DATA

YUSUF = str(DATA / "answers" / "elektriciteit-handen.json")
ANA = str(DATA / "answers" / "zorg-eerste-graad.json")


def pages(path) -> list[str]:
    return [" ".join(p.extract_text().split()) for p in pypdf.PdfReader(io.BytesIO(path.read_bytes())).pages]


def test_advice_pdf_is_written(run_cli, tmp_path):
    target = tmp_path / "yusuf.pdf"
    code, out, err = run_cli("advies", "--antwoorden", YUSUF, "--notitie", "Kom terug na de opendeurdag & praat.",
                             "--uit", str(target))
    assert (code, err) == (0, "")
    assert str(target) in out
    texts = pages(target)
    assert len(texts) <= 2
    text = " ".join(texts)
    assert "Studieadvies voor Yusuf" in text and "Kom terug na de opendeurdag & praat." in text
    assert "Elektrische installaties" in text  # the logical next step of Elektriciteit, from the answers file


def test_parents_page_is_added(run_cli, tmp_path):
    target = tmp_path / "ana.pdf"
    code, _, err = run_cli("advies", "--antwoorden", ANA, "--ouders", "--uit", str(target))
    assert (code, err) == (0, "")
    texts = pages(target)
    assert len(texts) <= 3 and texts[-1].startswith("Voor de ouders van Ána-Lucía")


def test_situation_options_override_the_answers_file(run_cli, tmp_path):
    target = tmp_path / "a.pdf"
    assert run_cli("advies", "--antwoorden", ANA, "--naar-graad", "3", "--uit", str(target))[0] == 0
    text = " ".join(pages(target))
    assert "Volgende stap: 3de graad" in text and "Je opties (3de graad)" in text
    assert run_cli("advies", "--antwoorden", ANA, "--van", "G-0081", "--uit", str(target))[0] == 0
    assert "Nu: Elektriciteit (2de graad, arbeidsmarkt)" in " ".join(pages(target))


def test_van_and_naar_graad_exclude_each_other(run_cli, tmp_path):
    with pytest.raises(SystemExit) as stop:
        run_cli("advies", "--antwoorden", ANA, "--van", "G-0081", "--naar-graad", "3", "--uit",
                str(tmp_path / "a.pdf"))
    assert stop.value.code == 2


def test_missing_folder_is_reported_in_dutch_before_any_work(run_cli, tmp_path):
    code, out, err = run_cli("advies", "--antwoorden", ANA, "--uit", str(tmp_path / "weg" / "a.pdf"))
    assert code == 1 and out == ""
    assert "De map" in err and "bestaat niet" in err and "Traceback" not in err


def test_unwritable_folder_is_reported_and_nothing_is_left(run_cli, tmp_path, monkeypatch):
    import errno

    from studiekeuze import safefiles as writer

    def refused(*args, **kwargs):
        raise PermissionError(errno.EACCES, "denied")

    monkeypatch.setattr(writer.tempfile, "mkstemp", refused)
    code, _, err = run_cli("advies", "--antwoorden", ANA, "--uit", str(tmp_path / "a.pdf"))
    assert code == 1 and "mag niet geschreven worden" in err
    assert list(tmp_path.iterdir()) == []


def test_bad_answers_file_and_too_long_note(run_cli, tmp_path):
    broken = tmp_path / "kapot.json"
    broken.write_text("{", encoding="utf-8")
    code, _, err = run_cli("advies", "--antwoorden", str(broken), "--uit", str(tmp_path / "a.pdf"))
    assert code == 1 and "geen geldige JSON" in err
    code, _, err = run_cli("advies", "--antwoorden", ANA, "--notitie", "x" * 5000, "--uit", str(tmp_path / "a.pdf"))
    assert code == 1 and "notitie" in err
    assert not (tmp_path / "a.pdf").exists()


def test_pupil_without_situation_gets_a_dutch_hint(run_cli, tmp_path):
    lost = tmp_path / "zonder.json"
    data = json.loads((DATA / "answers" / "zorg-eerste-graad.json").read_text(encoding="utf-8"))
    data["leerling"] = {"voornaam": "Sam"}
    lost.write_text(json.dumps(data), encoding="utf-8")
    code, _, err = run_cli("advies", "--antwoorden", str(lost), "--uit", str(tmp_path / "a.pdf"))
    assert code == 1 and "--naar-graad" in err
