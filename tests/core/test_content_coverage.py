"""Content quality: coverage, references, text bounds and wording, checked on the real sources (issue 4)."""

import re

import pytest

from studiekeuze import resources
from studiekeuze.content.coverage import coverage
from studiekeuze.content.sources import ONDERWIJSVORMEN, load_sources
from studiekeuze.textnorm import word_count


@pytest.fixture(scope="module")
def sources():
    return load_sources(resources.content_sources_dir())


@pytest.fixture(scope="module")
def richtingen(sources):
    return list(sources.richtingen.values())


def of_graad(richtingen, *graden):
    return [r for r in richtingen if r["graad"] in graden]


@pytest.mark.parametrize(
    "label",
    [
        "graad 2/3 met beschrijving",
        "graad 2/3 met 3–6 activiteiten",
        "graad 2/3 met interesseprofiel",
        "graad 2/3 met minstens één overgang",
        "graad 3 A en D/A met een volgende stap",
        "graad 7 met beschrijving",
        "graad 7 met vooropleiding (3de graad)",
        "graad 3/7 A en D/A met beroepen",
    ],
)
def test_full_coverage(sources, label):
    have, should = coverage(sources)[label]
    assert have == should, f"{label}: {have} van {should}"


def test_description_lengths(richtingen):
    for r in richtingen:
        low, high = (25, 80) if r["graad"] == 7 else (60, 130)
        assert low <= word_count(r["beschrijving"]) <= high, r["groepnummer"]


def test_every_graad_2_richting_leads_to_a_graad_3_richting(sources, richtingen):
    starts = {o["van"] for o in sources.overgangen if o["naar"] and o["soort"] == "logische_vervolgrichting"}
    starts |= {o["van"] for o in sources.overgangen if o["naar"] and o["soort"] == "verwante_richting"}
    missing = [r["groepnummer"] for r in of_graad(richtingen, 2) if r["groepnummer"] not in starts]
    assert missing == []


def test_every_graad_7_richting_has_a_third_graad_start(sources, richtingen):
    into = {o["naar"] for o in sources.overgangen if o["soort"] in ("specialisatiejaar", "se_n_se")}
    assert [r["groepnummer"] for r in of_graad(richtingen, 7) if r["groepnummer"] not in into] == []


def test_every_transition_has_a_reason_and_a_url_or_follows_from_the_matrix(sources):
    for o in sources.overgangen:
        assert o["reden"].strip()
        assert o["bron"] == "" or o["bron"].startswith("http"), o


def test_beroepskwalificaties_have_a_source_and_sane_levels(sources):
    for bk in sources.bks.values():
        assert bk["bron"].startswith("http"), bk["id"]
        assert 0 <= bk.get("niveau", 0) <= 8
        code = bk.get("code", "")
        assert code == "" or re.search(r"\d{3,}", code), bk["id"]


def test_every_bk_link_has_its_own_source(richtingen):
    for r in richtingen:
        for link in r.get("bks", []):
            assert link["bron"].startswith("http"), r["groepnummer"]


def test_bks_only_on_a_and_da_richtingen_of_graad_3_and_7(richtingen):
    for r in richtingen:
        if r.get("bks"):
            assert r["graad"] in (3, 7) and r["finaliteit"] in ("A", "D/A"), r["groepnummer"]


def test_no_onderwijsvorm_in_any_pupil_text(richtingen):
    for r in richtingen:
        texts = [r["beschrijving"], *(a["tekst"] for a in r["activiteiten"]), *(b["naam"] for b in r["beroepen"])]
        texts += [o["reden"] for o in r.get("overgang", [])]
        for text in texts:
            assert not ONDERWIJSVORMEN.search(text), (r["groepnummer"], text)


FRAMING = re.compile(r"\b(makkelijker|gemakkelijker|minder slim|als studeren niet lukt|lager niveau)\b", re.I)


def test_no_wording_that_ranks_finaliteiten(richtingen):
    for r in richtingen:
        assert not FRAMING.search(r["beschrijving"]), r["groepnummer"]


def test_descriptions_are_plain(richtingen):
    """About B1: on average short sentences; no description with a sentence over 30 words."""
    lengths = []
    for r in richtingen:
        sentences = [s for s in re.split(r"[.!?]+\s", r["beschrijving"]) if s.strip()]
        lengths += [word_count(s) for s in sentences]
        assert max(word_count(s) for s in sentences) <= 30, r["groepnummer"]
    assert sum(lengths) / len(lengths) <= 15


def test_interest_profiles_are_plausible(repository):
    profiles = repository.riasec_profiles()
    top = {g: max(p, key=p.get) for g, p in profiles.items()}
    assert top["G-0081"] == "R"  # Elektriciteit
    assert profiles["G-0139"]["S"] == 100  # Maatschappij en welzijn
    assert top["G-0135"] == "I"  # Latijn
    assert profiles["G-0068"]["A"] == 100  # Creatie en mode
    stem_a = [g for g, s in repository.summaries.items() if s.domein == "STEM" and s.finaliteit == "A"]
    assert sum(top[g] == "R" for g in stem_a) / len(stem_a) > 0.9
    kunst = [g for g, s in repository.summaries.items() if s.domein == "Kunst en creatie" and s.finaliteit != "A"]
    assert sum(top[g] == "A" for g in kunst) / len(kunst) > 0.8
    assert all(max(p.values()) == 100 for p in profiles.values())


def test_knelpuntberoepen_are_marked_with_their_year(repository):
    richting = repository.richting("G-0081")
    marked = [b for b in richting.beroepen if b.knelpuntberoep]
    assert marked and all(b.knelpunt_jaar >= 2023 for b in marked)
