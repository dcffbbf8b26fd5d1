"""Matching along the overgangen: realistic pupils, A and D/A as full choices, reasons, properties."""

import dataclasses
import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from studiekeuze.matching import Kandidaat, Situatie, by_finaliteit, rank, similarity
from studiekeuze.models import RichtingSamenvatting
from studiekeuze.next_steps import suggest
from studiekeuze.questionnaire.answers import read_answers_file
from studiekeuze.questionnaire.scoring import profile_from_scores, score
from tests.conftest import DATA

ELECTRICITY = {"G-0082", "G-0084", "G-0362", "G-0087"}  # 3rd-graad electricity richtingen


def pupil(repository, name):
    antwoorden = read_answers_file(DATA / "answers" / name, repository.vragenlijst)
    return antwoorden, score(antwoorden, repository.vragenlijst)


def test_hands_on_pupil_in_elektriciteit_sees_electricity_first_with_a_and_da(repository):
    _, profiel = pupil(repository, "elektriciteit-handen.json")
    huidige = repository.richting("G-0081")
    suggestions = suggest(repository, profiel, huidige)
    assert suggestions[0].richting.groepnummer in ELECTRICITY
    groups = by_finaliteit(suggestions)
    assert any(s.richting.groepnummer in ELECTRICITY for s in groups["A"])
    assert any(s.richting.groepnummer in ELECTRICITY for s in groups["D/A"])
    assert all(1 <= len(s.redenen) <= 3 for s in suggestions)


def test_reasons_name_what_the_pupil_said(repository):
    _, profiel = pupil(repository, "elektriciteit-handen.json")
    suggestions = suggest(repository, profiel, repository.richting("G-0081"))
    first = suggestions[0]
    text = " ".join(first.redenen).lower()
    assert "je zou graag een lamp aansluiten." in text  # the item about electricity
    activities = [a.tekst.lower() for a in repository.richting(first.richting.groepnummer).activiteiten]
    assert any(activity in text for activity in activities)  # and what is done in this richting
    assert "na elektriciteit:" in text  # names the current richting


def test_first_graad_pupil_who_cares_for_people_gets_care_richtingen(repository):
    _, profiel = pupil(repository, "zorg-eerste-graad.json")
    suggestions = suggest(repository, profiel, naar_graad=2, top_per_finaliteit=3)
    assert {s.richting.graad for s in suggestions} == {2}
    top = [s for s in suggestions if s.finaliteit in ("A", "D/A")]
    assert any("Maatschappij en welzijn" in s.richting.domeinen for s in top)
    assert {s.finaliteit for s in suggestions} == {"A", "D/A", "D"}


def test_equal_room_for_every_finaliteit(repository):
    profiel = profile_from_scores({"R": 20, "I": 90, "A": 30, "S": 40, "E": 20, "C": 60})
    suggestions = suggest(repository, profiel, naar_graad=3, top_per_finaliteit=4)
    counts = {f: sum(s.finaliteit == f for s in suggestions) for f in ("A", "D/A", "D")}
    assert counts == {"A": 4, "D/A": 4, "D": 4}


def test_attest_marks_a_richting_not_open_without_dropping_it(repository):
    _, profiel = pupil(repository, "elektriciteit-handen.json")
    suggestions = suggest(repository, profiel, repository.richting("G-0081"), niet_open=("G-0087",))
    blocked = [s for s in suggestions if s.richting and s.richting.groepnummer == "G-0087"]
    assert len(blocked) == 1 and blocked[0].nu_niet_open
    assert "nu niet toe" in blocked[0].redenen[0]


def _candidate(finaliteit: str, riasec: dict[str, int]) -> Kandidaat:
    summary = RichtingSamenvatting("G-0001", "Proef", 3, finaliteit, ("STEM",))
    return Kandidaat("Proef", "volgende_graad", riasec, (), ("STEM",), summary)


scores_strategy = st.fixed_dictionaries({letter: st.integers(0, 100) for letter in "RIASEC"})


@settings(max_examples=200, deadline=None)
@given(scores_strategy, scores_strategy)
def test_finaliteit_never_changes_a_score(pupil_scores, richting_scores):
    profiel = profile_from_scores(pupil_scores)
    results = {
        f: rank(profiel, [_candidate(f, richting_scores)])[0].score for f in ("A", "D/A", "D")
    }
    assert len(set(results.values())) == 1
    assert 0 <= results["A"] <= 100


@settings(max_examples=200, deadline=None)
@given(scores_strategy, scores_strategy)
def test_similarity_is_between_0_and_1_and_symmetric(a, b):
    assert 0 <= similarity(a, b) <= 1
    assert similarity(a, b) == pytest.approx(similarity(b, a))


def test_identical_profile_fits_best():
    profiel = profile_from_scores({"R": 90, "I": 60, "A": 10, "S": 20, "E": 30, "C": 50})
    same = _candidate("A", dict(profiel.scores))
    opposite = dataclasses.replace(_candidate("D", {"R": 10, "I": 30, "A": 90, "S": 80, "E": 60, "C": 20}),
                                   naam="Anders")
    ranked = rank(profiel, [opposite, same], Situatie())
    assert ranked[0].naam == "Proef" and ranked[0].score > ranked[1].score


def test_flat_profile_uses_the_documented_fallback():
    flat = {letter: 50 for letter in "RIASEC"}
    assert similarity(flat, flat) == 1
    assert similarity(flat, {letter: 0 for letter in "RIASEC"}) == 0.5


def test_match_cli_contract(run_cli):
    code, out, _ = run_cli("match", "--profiel", "R=90,I=40,A=20,S=20,E=30,C=40", "--van", "G-0081", "--top", "2",
                           "--json")
    assert code == 0
    results = json.loads(out)
    assert results and set(results[0]) >= {
        "groepnummer", "naam", "graad", "finaliteit", "domein", "score", "soort_overgang", "redenen"
    }
    assert results == sorted(results, key=lambda r: -r["score"])


def test_match_uses_the_situation_in_the_answers_file(run_cli):
    code, out, _ = run_cli("match", "--antwoorden", str(DATA / "answers" / "elektriciteit-handen.json"), "--json")
    assert code == 0
    assert json.loads(out)[0]["groepnummer"] in ELECTRICITY
    code, out, _ = run_cli("match", "--antwoorden", str(DATA / "answers" / "zorg-eerste-graad.json"), "--json")
    assert code == 0 and {r["graad"] for r in json.loads(out)} == {2}


@pytest.mark.parametrize(
    ("profile", "message"),
    [
        ("R=90,I=40", "ontbreken: A, S, E, C"),
        ("R=900,I=40,A=20,S=20,E=30,C=40", "van 0 tot 100"),
        ("R=x", "geen score"),
    ],
)
def test_bad_profile_argument_is_explained(run_cli, profile, message):
    code, out, err = run_cli("match", "--profiel", profile, "--naar-graad", "2", "--json")
    assert code == 1 and out == "" and message in err
