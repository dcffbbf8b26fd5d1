"""Scoring of the questionnaire: scale scores, Holland code with ties, completeness, signals."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from studiekeuze.models import Antwoorden, Leerling
from studiekeuze.questionnaire.scoring import holland_code, scale_score, score


@pytest.fixture(scope="module")
def vragenlijst(repository):
    return repository.vragenlijst


def answers(values: dict[str, int], vorm: str = "") -> Antwoorden:
    return Antwoorden(Leerling(), values, vorm)


def test_forms_have_the_documented_size(vragenlijst):
    interest = [v for v in vragenlijst.vragen if v.soort == "interesse"]
    assert len(interest) == 60
    assert all(sum(v.schaal == s for v in interest) == 10 for s in "RIASEC")
    short = vragenlijst.vorm(kort=True)
    assert len(short) == 30 and all(sum(v.schaal == s for v in short) == 5 for s in "RIASEC")
    assert {v.soort for v in vragenlijst.vragen} == {"interesse", "domein", "voorkeur", "zekerheid"}


def test_scale_scores_run_from_0_to_100():
    assert scale_score([1, 1, 1]) == 0
    assert scale_score([5, 5]) == 100
    assert scale_score([3]) == 50
    assert scale_score([]) is None


def test_hands_on_pupil_gets_r_first(vragenlijst):
    values = {f"R{i:02d}": 5 for i in range(1, 6)} | {f"I{i:02d}": 4 for i in range(1, 6)}
    values |= {f"{s}{i:02d}": 2 for s in "ASEC" for i in range(1, 6)}
    profiel = score(answers(values), vragenlijst)
    assert profiel.scores["R"] == 100 and profiel.scores["I"] == 75
    assert profiel.code == "RI(ASEC)"
    assert profiel.vorm == "kort" and profiel.volledigheid == 100


@pytest.mark.parametrize(
    ("scores", "code"),
    [
        ({"R": 90, "I": 70, "A": 50, "S": 30, "E": 20, "C": 10}, "RIA"),
        ({"R": 90, "I": 70, "A": 70, "S": 30, "E": 20, "C": 10}, "R(IA)"),
        ({"R": 90, "I": 70, "A": 50, "S": 50, "E": 20, "C": 10}, "RI(AS)"),
        ({"R": 50, "I": 50, "A": 50, "S": 50, "E": 50, "C": 50}, "(RIASEC)"),
        ({"R": None, "I": 80, "A": None, "S": 20, "E": None, "C": None}, "IS"),
    ],
)
def test_holland_code_shows_ties_as_ties(scores, code):
    assert holland_code(scores) == code


def test_half_filled_questionnaire_says_how_complete(vragenlijst):
    values = {f"{s}{i:02d}": 4 for s in "RIA" for i in range(1, 11)}
    profiel = score(answers(values, "volledig"), vragenlijst)
    assert profiel.volledigheid == round(100 * 30 / len(vragenlijst.vragen))
    assert profiel.scores["S"] is None
    codes = {s.code for s in profiel.signalen}
    assert {"onvolledig", "schaal_onzeker"} <= codes
    assert "30 van 77" in next(s.tekst for s in profiel.signalen if s.code == "onvolledig")


def test_straight_lining_is_flagged(vragenlijst):
    values = {v.id: 3 for v in vragenlijst.vorm(kort=True)}
    profiel = score(answers(values), vragenlijst)
    assert "rechte_lijn" in {s.code for s in profiel.signalen}


def test_contradicting_halves_are_flagged(vragenlijst):
    values = {v.id: (5 if int(v.id[1:]) % 2 else 1) for v in vragenlijst.vragen if v.soort == "interesse"}
    profiel = score(answers(values), vragenlijst)
    assert "tegenstrijdig" in {s.code for s in profiel.signalen}


def test_domain_and_preference_items_are_kept_apart(vragenlijst):
    profiel = score(answers({"D_STE": 5, "V_MENSEN": 4, "Z_ZEKER": 2, "R01": 5}), vragenlijst)
    assert profiel.domeinen == {"STEM": 5}
    assert profiel.voorkeuren == {"mensen": 4}
    assert profiel.zekerheid == 2


@settings(max_examples=150, deadline=None)
@given(st.data())
def test_scores_stay_in_range_for_any_answers(repository, data):
    vragenlijst = repository.vragenlijst
    ids = data.draw(st.lists(st.sampled_from([v.id for v in vragenlijst.vragen]), unique=True))
    values = {item_id: data.draw(st.integers(1, 5)) for item_id in ids}
    profiel = score(answers(values), vragenlijst)
    assert all(v is None or 0 <= v <= 100 for v in profiel.scores.values())
    assert 0 <= profiel.volledigheid <= 100
    assert len(profiel.code.replace("(", "").replace(")", "")) <= 6


@settings(max_examples=100, deadline=None)
@given(st.dictionaries(st.sampled_from(list("RIASEC")), st.integers(1, 5), min_size=6))
def test_higher_answers_never_lower_a_scale(repository, levels):
    vragenlijst = repository.vragenlijst
    base = {v.id: levels[v.schaal] for v in vragenlijst.vorm(kort=True)}
    raised = dict(base, R01=5)
    assert score(answers(raised), vragenlijst).scores["R"] >= score(answers(base), vragenlijst).scores["R"]
