"""Issue 12: every finaliteit side by side for every pupil, evidence on every step, a ranking that discriminates,
reasons in good Dutch, and the path picture's direct steps."""

import collections
import dataclasses
import itertools
import json
import re
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from studiekeuze.advice import build_advice
from studiekeuze.matching import by_finaliteit, group_order
from studiekeuze.models import Profiel
from studiekeuze.next_steps import situation_of, suggest
from studiekeuze.questionnaire.scoring import profile_from_scores, strong_letters
from studiekeuze.vocabulary import Bewijs

HANDS_ON = {"R": 90, "I": 45, "A": 30, "S": 30, "E": 30, "C": 40}
CARING = {"R": 30, "I": 30, "A": 40, "S": 90, "E": 45, "C": 30}
CURIOUS = {"R": 40, "I": 90, "A": 55, "S": 30, "E": 30, "C": 30}
CLEAR = [HANDS_ON, CARING, CURIOUS, {"R": 40, "I": 30, "A": 90, "S": 40, "E": 30, "C": 20},
         {"R": 30, "I": 30, "A": 30, "S": 45, "E": 90, "C": 50}, {"R": 30, "I": 40, "A": 20, "S": 30, "E": 45, "C": 90}]
STEM = "STEM"


def profile(scores: dict, **extra) -> Profiel:
    return dataclasses.replace(profile_from_scores(scores), **extra)


def groups(repository, profiel, groepnummer, top=3):
    huidige = repository.richting(groepnummer)
    return by_finaliteit(suggest(repository, profiel, huidige, top_per_finaliteit=top),
                         group_order(situation_of(huidige)))


# --- options in every finaliteit ----------------------------------------------------------------------------
def test_every_second_graad_richting_sees_a_da_and_d_for_three_kinds_of_pupil(repository):
    second = [g for g, s in repository.summaries.items() if s.graad == 2]
    for groepnummer in second:
        for scores in (HANDS_ON, CARING, CURIOUS):
            found = groups(repository, profile_from_scores(scores), groepnummer)
            lacking = [f for f in ("A", "D/A", "D") if not found[f]]
            assert lacking == [], (groepnummer, scores, lacking)
            assert all(s.richting.graad == 3 for f in ("A", "D/A", "D") for s in found[f])


def test_a_d_pupil_who_loves_practical_work_sees_da_and_a_stem_options(repository):
    found = groups(repository, profile({**HANDS_ON, "I": 60}), "G-0193")  # Natuurwetenschappen (D)
    assert any(STEM in s.richting.domeinen for s in found["D/A"])
    assert any(STEM in s.richting.domeinen for s in found["A"])


def test_a_da_pupil_sees_an_a_option_in_the_same_field(repository):
    found = groups(repository, profile({**HANDS_ON, "R": 70, "I": 60}), "G-0086")  # Elektrotechnieken (D/A)
    assert "Elektrische installaties" in [s.naam for s in found["A"]]


def test_an_a_pupil_who_likes_ideas_sees_a_da_option(repository):
    found = groups(repository, profile({"R": 50, "I": 85, "A": 60, "S": 30, "E": 30, "C": 30}), "G-0081")
    assert found["D/A"] and found["D"]


def test_the_overgangen_of_the_current_richting_come_first(repository):
    huidige = repository.richting("G-0081")  # Elektriciteit
    stated = {o.doel.groepnummer for o in huidige.overgangen_naar if o.doel}
    for suggestie in suggest(repository, profile_from_scores(HANDS_ON), huidige):
        if suggestie.richting.groepnummer in stated:
            continue
        # Added by matching only for a finaliteit the overgangen leave empty.
        assert not any(repository.summaries[g].finaliteit == suggestie.finaliteit for g in stated)


def test_a_third_graad_d_pupil_who_wants_to_study_longer_sees_the_bachelors_first(repository):
    pupil = profile({"R": 20, "I": 70, "A": 50, "S": 80, "E": 50, "C": 40}, voorkeuren={"verder_studeren": 5})
    found = groups(repository, pupil, "G-0327")  # Humane wetenschappen, 3rd graad D
    first_group, first = next((code, items) for code, items in found.items() if items)
    assert first_group == "" and first[0].soort_overgang == "bachelor"
    assert all(s.naam not in ("Host", "Animator") for s in first)


def test_a_third_graad_a_pupil_sees_7th_years_a_job_and_a_graduaat_but_never_a_bachelor_directly(repository):
    for groepnummer, summary in repository.summaries.items():
        if summary.graad != 3 or summary.finaliteit != "A":
            continue
        steps = suggest(repository, profile_from_scores(HANDS_ON), repository.richting(groepnummer))
        assert all(s.soort_overgang != "bachelor" for s in steps), groepnummer
        assert any(s.richting and s.richting.graad == 7 for s in steps), groepnummer


def test_school_project_richtingen_only_for_pupils_already_in_one(repository):
    projects = {g for g, s in repository.summaries.items() if s.project}
    assert len(projects) == 15
    for groepnummer, summary in repository.summaries.items():
        if summary.graad not in (2, 3):
            continue
        for scores in (HANDS_ON, CARING, CURIOUS):
            for suggestie in suggest(repository, profile_from_scores(scores), repository.richting(groepnummer)):
                if suggestie.richting and suggestie.richting.project:
                    assert suggestie.richting.project == summary.project, (groepnummer, suggestie.naam)
    first_graad = suggest(repository, profile_from_scores({**CARING, "R": 80}), naar_graad=2)
    assert not {s.richting.groepnummer for s in first_graad} & projects


def test_a_topsport_pupil_keeps_seeing_topsport(repository):
    found = suggest(repository, profile_from_scores(HANDS_ON), repository.richting("G-0281"))  # Topsport D/A
    assert any(s.richting and s.richting.project == "topsport" for s in found)


scores_strategy = st.fixed_dictionaries({letter: st.integers(0, 100) for letter in "RIASEC"})


@settings(max_examples=60, deadline=None)
@given(scores_strategy, st.sampled_from(["G-0081", "G-0193", "G-0109", "G-0135", "G-0139", "G-0068", "G-0012"]))
def test_property_every_finaliteit_is_present(repository, scores, groepnummer):
    found = groups(repository, profile_from_scores(scores), groepnummer)
    assert all(found[f] for f in ("A", "D/A", "D"))


# --- evidence ------------------------------------------------------------------------------------------------
def test_every_suggestion_and_overgang_says_what_it_rests_on(run_cli, repository):
    code, out, _ = run_cli("match", "--profiel", "R=90,I=45,A=30,S=30,E=30,C=40", "--van", "G-0193", "--json")
    assert code == 0
    results = json.loads(out)
    assert results and {r["bewijs"] for r in results} <= set(Bewijs)
    assert "studiedomein" in {r["bewijs"] for r in results}  # Natuurwetenschappen leads to no A richting itself
    code, out, _ = run_cli("richting", "G-0051", "--json")
    overgangen = json.loads(out)["overgangen_naar"]
    assert all(o["bewijs"] in set(Bewijs) for o in overgangen)
    assert any(o["bewijs"] == "officieel" and o["gedeelde_bks"] for o in overgangen)


def test_a_step_towards_doorstroom_gets_one_neutral_sentence(repository):
    huidige = repository.richting("G-0081")
    suggesties = suggest(repository, profile_from_scores(CURIOUS), huidige, top_per_finaliteit=2)
    advies = build_advice(repository, profile_from_scores(CURIOUS), huidige, suggesties=suggesties,
                          datum=date(2026, 12, 1))
    d_cards = [k for k in advies.kaarten if k.finaliteit == "D"]
    assert d_cards
    for kaart in d_cards:
        lines = {r.sleutel: r.tekst for r in kaart.regels}
        assert "klassenraad" in lines["overstap"] and "CLB" in lines["overstap"]
        assert not re.search(r"moeilijk|zwaar|pas op|risico|als het niet lukt", lines["overstap"], re.I)
    assert all("overstap" not in {r.sleutel for r in k.regels} for k in advies.kaarten if k.finaliteit != "D")


# --- ranking ------------------------------------------------------------------------------------------------
def test_a_clear_profile_gives_no_pile_of_equal_top_scores(repository):
    cases = [(None, 2), (None, 3), (None, 7)] + [(repository.richting(g), None) for g in
                                                 ("G-0081", "G-0149", "G-0139", "G-0193", "G-0068", "G-0109")]
    for scores in CLEAR:
        for huidige, naar_graad in cases:
            found = by_finaliteit(suggest(repository, profile_from_scores(scores), huidige, naar_graad))
            for finaliteit in ("A", "D/A", "D"):
                if found[finaliteit]:
                    best = found[finaliteit][0].score
                    assert sum(s.score == best for s in found[finaliteit]) <= 3, (scores, huidige, finaliteit)
                    assert best < 100


def test_equal_scores_are_ordered_by_evidence_then_closeness(repository):
    ranked = suggest(repository, profile_from_scores(HANDS_ON), repository.richting("G-0081"))
    for before, after in itertools.pairwise(ranked):
        if before.score == after.score and before.finaliteit == after.finaliteit:
            assert Bewijs(before.bewijs).strength >= Bewijs(after.bewijs).strength


@settings(max_examples=100, deadline=None)
@given(scores_strategy)
def test_property_the_finaliteit_never_changes_a_score(repository, scores):
    from studiekeuze.matching import Kandidaat, rank

    riasec = repository.richting("G-0082").riasec
    summary = repository.summaries["G-0082"]
    results = {f: rank(profile_from_scores(scores), [Kandidaat("X", "verwante_richting", riasec, (), ("STEM",),
                                                               dataclasses.replace(summary, finaliteit=f))])[0].score
               for f in ("A", "D/A", "D")}
    assert len(set(results.values())) == 1


# --- reasons ------------------------------------------------------------------------------------------------
BROKEN = re.compile(r"graag iets creatiefs maken|  |\.\.|: [A-Z][a-z]+ [a-z]+ [a-z]")


def test_reasons_are_sentences_that_differ_from_card_to_card(repository):
    for scores in CLEAR:
        for groepnummer in ("G-0081", "G-0139", "G-0193", "G-0068"):
            found = suggest(repository, profile_from_scores(scores), repository.richting(groepnummer),
                            top_per_finaliteit=3)
            counts = collections.Counter(r for s in found for r in s.redenen)
            for reden, count in counts.items():
                assert reden[0].isupper() and reden.endswith((".", "?")), reden
                assert not BROKEN.search(reden), reden
                assert count <= max(2, len(found) // 3), (reden, count, len(found))


def test_no_geen_sterke_voorkeur_when_a_letter_stands_out(repository):
    pupil = profile_from_scores({"R": 55, "I": 20, "A": 20, "S": 25, "E": 20, "C": 20})
    assert strong_letters(pupil) == ["R"]
    for suggestie in suggest(repository, pupil, naar_graad=3, top_per_finaliteit=3):
        assert all("geen sterke voorkeur" not in r for r in suggestie.redenen)
    flat = profile_from_scores(dict.fromkeys("RIASEC", 40))
    assert strong_letters(flat) == []


def test_proper_nouns_keep_their_capitals(repository):
    found = suggest(repository, profile_from_scores(HANDS_ON), repository.richting("G-0193"))
    text = " ".join(r for s in found for r in s.redenen)
    assert "bij STEM" in text or "in STEM" in text
    assert "Na Natuurwetenschappen:" in text


# --- path picture ----------------------------------------------------------------------------------------------
def test_the_path_shows_the_direct_steps_and_every_suggested_finaliteit(repository):
    huidige = repository.richting("G-0087")  # Elektrotechnieken, 3rd graad D/A: work or higher education
    advies = build_advice(repository, profile_from_scores(HANDS_ON), huidige, datum=date(2026, 12, 1))
    arrows = set(advies.pad.pijlen)
    assert ("nu", "direct") in arrows
    assert ("direct", "werk") in arrows  # dubbele finaliteit: work …
    assert ("direct", "bachelor") in arrows or ("direct", "graduaat") in arrows  # … or higher education
    second = build_advice(repository, profile_from_scores(HANDS_ON), repository.richting("G-0081"),
                          datum=date(2026, 12, 1))
    options = {n.id for kolom in second.pad.kolommen for n in kolom.knopen}
    assert {"optie-A", "optie-D/A", "optie-D"} <= options
    assert ("optie-D", "bachelor") in second.pad.pijlen and ("optie-A", "werk") in second.pad.pijlen
    assert ("optie-D/A", "werk") in second.pad.pijlen and ("optie-D/A", "bachelor") in second.pad.pijlen


# --- speed is measured in benchmarks/matching_benchmark.py, never here ----------------------------------------
@pytest.mark.parametrize("graad", [2, 3, 7])
def test_matching_a_whole_graad_gives_every_richting_a_score(repository, graad):
    found = suggest(repository, profile_from_scores(CURIOUS), naar_graad=graad)
    assert len(found) == sum(1 for s in repository.summaries.values() if s.graad == graad and not s.project)
