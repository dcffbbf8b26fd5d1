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


# --- the advice model as JSON: exactly the cards of the PDF ----------------------------------------------------
def cards(data: dict) -> list[str]:
    return [kaart["naam"] for groep in data["groepen"] for kaart in groep["kaarten"]]


def test_advice_json_is_the_model_and_the_pdf_prints_exactly_its_cards(run_cli, tmp_path):
    from tests.pdf_cards import card_titles

    target = tmp_path / "yusuf.pdf"
    code, out, err = run_cli("advies", "--antwoorden", YUSUF, "--json", "--uit", str(target))
    assert (code, err) == (0, "")
    data = json.loads(out)  # stdout holds JSON only
    assert {"voornaam", "datum", "data_versie", "profiel", "groepen", "pad"} <= set(data)
    assert data["voornaam"] == "Yusuf" and data["profiel"]["sterke_letters"] == ["R"]
    assert [g["finaliteit"] for g in data["groepen"]] == ["A", "D/A", "D"]
    for kaart in (k for g in data["groepen"] for k in g["kaarten"]):
        assert {"groepnummer", "naam", "bewijs", "redenen", "regels", "door_begeleider"} <= set(kaart)
    # The PDF prints every card of the JSON and no other suggestion, in the same order.
    assert card_titles(target.read_bytes()) == cards(data)
    _, ranked, _ = run_cli("match", "--antwoorden", YUSUF, "--top", "99", "--json")
    assert len(json.loads(ranked)) > len(cards(data))  # there were more suggestions than cards


def test_advice_json_alone_writes_no_pdf(run_cli, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    code, out, _ = run_cli("advies", "--antwoorden", ANA, "--json")
    assert code == 0 and cards(json.loads(out))
    assert list(tmp_path.iterdir()) == []


def test_the_counsellor_adds_and_leaves_out_richtingen(run_cli, tmp_path):
    from tests.pdf_cards import card_titles

    target = tmp_path / "yusuf.pdf"
    code, out, err = run_cli("advies", "--antwoorden", YUSUF, "--extra", "Autotechnieken", "--zonder", "G-0225",
                             "--json", "--uit", str(target))
    assert (code, err) == (0, "")
    data = json.loads(out)
    assert "Podiuminstallaties" not in cards(data)
    added = next(k for g in data["groepen"] for k in g["kaarten"] if k["naam"] == "Autotechnieken")
    assert added["door_begeleider"] and added["bewijs"] == "begeleider" and added["finaliteit"] == "D/A"
    assert data["keuzes"] == {"niet_open": [], "extra": ["G-0011"], "zonder": ["G-0225"]}
    assert card_titles(target.read_bytes()) == cards(data)
    assert "gekozen door je begeleider" in " ".join(pages(target))


def test_the_answers_file_carries_the_same_choices(run_cli, tmp_path):
    answers = json.loads((DATA / "answers" / "elektriciteit-handen.json").read_text(encoding="utf-8"))
    answers["leerling"] |= {"extra": ["G-0011"], "zonder": ["Podiuminstallaties"], "niet_open": ["G-0343"]}
    path = tmp_path / "yusuf.json"
    path.write_text(json.dumps(answers), encoding="utf-8")
    from_file = json.loads(run_cli("advies", "--antwoorden", str(path), "--json")[1])
    from_options = json.loads(run_cli("advies", "--antwoorden", YUSUF, "--extra", "G-0011", "--zonder", "G-0225",
                                      "--niet-open", "Technologische wetenschappen en engineering", "--json")[1])
    assert cards(from_file) == cards(from_options)
    assert from_file["keuzes"] == from_options["keuzes"]
    closed = next(k for g in from_file["groepen"] for k in g["kaarten"] if k["groepnummer"] == "G-0343")
    assert closed["nu_niet_open"]


def test_a_choice_naming_no_richting_is_a_dutch_message(run_cli, tmp_path):
    code, out, err = run_cli("advies", "--antwoorden", YUSUF, "--extra", "Sterrenkunde", "--json")
    assert code == 1 and out == ""
    assert "Sterrenkunde" in err and "Traceback" not in err
    bad = json.loads((DATA / "answers" / "elektriciteit-handen.json").read_text(encoding="utf-8"))
    bad["leerling"]["zonder"] = "G-0225"
    path = tmp_path / "fout.json"
    path.write_text(json.dumps(bad), encoding="utf-8")
    code, _, err = run_cli("advies", "--antwoorden", str(path), "--json")
    assert code == 1 and "moet zonder een lijst met groepnummers zijn" in err


def test_without_uit_or_json_the_call_is_wrong_as_before(run_cli, capsys):
    with pytest.raises(SystemExit) as stop:
        run_cli("advies", "--antwoorden", ANA)
    assert stop.value.code == 2
    assert "--uit" in capsys.readouterr().err
