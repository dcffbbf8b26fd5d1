"""Issue 11: every BK, VKS level, duaal route and qualification comes from the government's own data."""

import csv
import json
from collections import defaultdict
from pathlib import Path

import pytest

from studiekeuze import resources
from studiekeuze.content.build import build_database
from studiekeuze.content.sources import load_sources
from studiekeuze.errors import ContentError
from tests.conftest import DATA
from tests.core.conftest import content_problems

REFERENCE = DATA / "reference" / "bk-koppeling.csv"
OK_ORDER = ("OK2", "OK3", "OK4", "OK5")


@pytest.fixture(scope="module")
def official() -> dict[str, dict]:
    """The reference file read on its own, independently of the build: groepnummer → what it states."""
    found: dict[str, dict] = defaultdict(lambda: {"bks": {}, "duaal": False, "school": False, "ok": None})
    for row in csv.DictReader(REFERENCE.read_text(encoding="utf-8").splitlines(keepends=True)):
        entry = found[row["groepnummer"]]
        entry["duaal" if row["duaal"] == "ja" else "school"] = True
        if row["ok_niveau"] and (entry["ok"] is None or OK_ORDER.index(row["ok_niveau"]) > OK_ORDER.index(entry["ok"])):
            entry["ok"] = row["ok_niveau"]
        if row["bk"]:
            bk = entry["bks"].setdefault(row["bk"], {"titel": row["bk_titel"], "niveau": None})
            if row["volledigheid"] == "Volledig":
                bk["niveau"] = int(row["vks"])
    return dict(found)


def test_the_source_copy_is_the_official_file_unchanged():
    source = resources.content_sources_dir() / "officieel" / "bk-koppeling.csv"
    assert source.read_bytes() == REFERENCE.read_bytes()


def test_every_official_bk_is_shown_with_its_level_and_no_other(repository, official):
    for groepnummer in repository.summaries:
        richting = repository.richting(groepnummer)
        expected = official.get(groepnummer, {"bks": {}})["bks"]
        assert {b.code for b in richting.bks} == set(expected), groepnummer
        for bk in richting.bks:
            assert bk.naam == expected[bk.code]["titel"]
            assert bk.niveau == expected[bk.code]["niveau"], (groepnummer, bk.code)
            assert bk.volledig == (expected[bk.code]["niveau"] is not None)
            assert bk.bron.startswith("Vlaamse overheid")


def test_richtingen_with_official_bks_match_the_government_count(repository):
    assert sum(1 for g in repository.summaries if repository.richting(g).bks) == 322


def test_bestuurder_interne_transportmiddelen_is_vks_2(repository):
    bk = next(b for b in repository.richting("G-0037").bks if b.code == "BK-0355-2")
    assert (bk.naam, bk.niveau, bk.volledig) == ("Bestuurder interne transportmiddelen", 2, True)


def test_duaal_follows_the_official_data(repository, official):
    for groepnummer in repository.summaries:
        richting = repository.richting(groepnummer)
        entry = official.get(groepnummer)
        assert richting.duaal == bool(entry and entry["duaal"]), groepnummer
        assert ("school" in richting.leerwegen) == (entry is None or entry["school"]), groepnummer
    assert sum(1 for g in repository.summaries if repository.richting(g).duaal) == 200


def test_onderwijskwalificatie_is_the_highest_official_level(repository, official):
    for groepnummer in repository.summaries:
        entry = official.get(groepnummer)
        assert repository.richting(groepnummer).onderwijskwalificatie == (entry["ok"] if entry else None)


def test_every_definition_is_official_and_belongs_to_a_linked_bk(repository):
    sources = load_sources(resources.content_sources_dir())
    for code, record in sources.bks.items():
        assert code in sources.officieel.bk_titels
        assert record["bron"].endswith(code) and record["bron"].startswith("https://onderwijs.api.vlaanderen.be/")
    shown = [b for g in repository.summaries for b in repository.richting(g).bks if b.definitie]
    assert shown and all(b.definitie_bron.endswith(b.code) for b in shown)


def test_richting_json_gives_bks_leerwegen_and_qualification(run_cli):
    code, out, _ = run_cli("richting", "G-0136", "--json")
    richting = json.loads(out)
    assert code == 0
    assert richting["onderwijskwalificatie"] == "OK3"
    assert richting["leerwegen"] == ["school", "duaal"]
    bks = {b["code"]: b for b in richting["bks"]}
    assert bks["BK-0355-2"]["niveau"] == 2 and bks["BK-0355-2"]["volledig"] is True
    partial = next(b for b in richting["bks"] if not b["volledig"])
    assert partial["niveau"] is None
    assert set(partial) >= {"naam", "code", "niveau", "volledig", "bron"}


def test_a_d_richting_has_no_bk_and_no_level(run_cli):
    code, out, _ = run_cli("richting", "Latijn", "--json")
    assert code == 0 and json.loads(out)["bks"] == []


def test_shared_bks_are_official_evidence_on_overgangen(repository):
    richting = repository.richting("G-0051")  # Bouw (2nd graad A) leads to Ruwbouw: both teach Metselaar
    ruwbouw = next(o for o in richting.overgangen_naar if o.doel and o.doel.groepnummer == "G-0250")
    assert ruwbouw.bewijs == "officieel" and ruwbouw.gedeelde_bks


# --- bad input fails the build with file, row and reason, and keeps the old database --------------------------
def _edit_link(root: Path, change) -> None:
    path = root / "officieel" / "bk-koppeling.csv"
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    lines[1] = change(lines[1])
    path.write_text("".join(lines), encoding="utf-8")


def test_unknown_groepnummer_in_the_official_link_is_named(sources_copy):
    _edit_link(sources_copy, lambda line: line.replace("G-0001", "G-9999", 1))
    message = content_problems(sources_copy)
    assert "officieel/bk-koppeling.csv, rij 2 (G-9999): onbekend groepnummer G-9999" in message


def test_malformed_bk_code_in_the_official_link_is_named(sources_copy):
    _edit_link(sources_copy, lambda line: line.replace("BK-0130-5", "BK0130", 1))
    assert "rij 2 (G-0001): BK-code 'BK0130' heeft niet de vorm BK-0000-0" in content_problems(sources_copy)


def test_a_wrong_level_in_a_definition_fails(sources_copy):
    path = sources_copy / "beroepskwalificaties.toml"
    text = path.read_text(encoding="utf-8")
    start = text.index('code = "BK-0355-2"')
    path.write_text(text[:start] + text[start:].replace("vks = 2", "vks = 3", 1), encoding="utf-8")
    assert "beroepskwalificaties.toml, bk" in (message := content_problems(sources_copy))
    assert "(BK-0355-2): vks is 3, maar de officiële koppeling zegt 2" in message


def test_a_bk_code_the_link_does_not_know_fails(sources_copy):
    path = sources_copy / "beroepskwalificaties.toml"
    path.write_text(path.read_text(encoding="utf-8") + '\n[[bk]]\ncode = "BK-9999-1"\ntitel = "X"\nvks = 2\n'
                    'definitie = "X."\nbron = "https://onderwijs.api.vlaanderen.be/x/BK-9999-1"\n', encoding="utf-8")
    assert "(BK-9999-1): BK-9999-1 staat niet in de officiële koppeling" in content_problems(sources_copy)


def test_a_hand_made_bk_link_in_a_richting_is_refused(sources_copy):
    path = sources_copy / "richtingen" / "sport-graad2.toml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("zoektermen = [", 'bks = [{ bk = "x" }]\nzoektermen = [', 1), encoding="utf-8")
    assert "bks hoort hier niet meer" in content_problems(sources_copy)


def test_a_failed_build_keeps_the_old_database(sources_copy, tmp_path):
    target = tmp_path / "inhoud.sqlite"
    build_database(target, sources_copy)
    before = target.read_bytes()
    _edit_link(sources_copy, lambda line: line.replace("G-0001", "G-9999", 1))
    with pytest.raises(ContentError):
        build_database(target, sources_copy)
    assert target.read_bytes() == before


def test_the_2024_top_ten_knelpuntberoepen_are_there_with_their_year():
    sources = load_sources(resources.content_sources_dir())
    text = (DATA / "reference" / "knelpuntberoepen.csv").read_text(encoding="utf-8")
    rows = list(csv.DictReader(text.splitlines(keepends=True)))
    top_2024 = {r["beroep"] for r in rows if r["jaar"] == "2024"}
    assert len(top_2024) == 10
    same = {"medewerker fruitteelt": "medewerker in de fruitteelt"}  # the 2023 article's wording, kept in the source
    for naam in top_2024:
        assert sources.knelpunten[same.get(naam, naam)]["jaar"] >= 2024, naam


def test_the_advice_card_names_the_diploma_and_explains_the_levels(repository):
    from datetime import date

    from studiekeuze.advice import build_advice
    from studiekeuze.models import Suggestie
    from studiekeuze.pdf import render_pdf
    from studiekeuze.questionnaire.scoring import profile_from_scores
    from tests.core.test_pdf import page_texts

    richting = repository.richting("G-0001")  # Afwerking bouw: OK3, BKs with VKS 3
    suggestie = Suggestie(richting.naam, 80, "volgende_graad", ("Omdat het past.",), richting.samenvatting)
    advies = build_advice(repository, profile_from_scores(dict.fromkeys("RIASEC", 50)), naar_graad=3,
                          suggesties=[suggestie], datum=date(2026, 12, 1))
    lines = {r.sleutel: r.tekst for r in advies.kaarten[0].regels}
    assert lines["diploma"] == "diploma secundair onderwijs (niveau 3)"
    assert "Stukadoor (VKS-niveau 3)" in lines["bk"]
    text = " ".join(page_texts(render_pdf(advies)))
    assert "VKS: het niveau van een beroepskwalificatie, van 1 tot 8" in text
