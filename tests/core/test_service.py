"""The service on the hand-written mini content: what every front end shows for a pupil, and a richting's page."""

import json

import pytest

from studiekeuze.advice import word_advice
from studiekeuze.errors import InvalidInput, NotFoundError, UnknownSituation
from studiekeuze.models import Antwoorden, Leerling, Suggestie
from studiekeuze.questionnaire.scoring import profile_from_scores
from studiekeuze.service.outcome import MAX_KAARTEN, Keuzes, uitkomst
from studiekeuze.service.richting_page import richting_page
from studiekeuze.service.shapes import advies_json, uitkomst_json
from studiekeuze.texts import say
from studiekeuze.vocabulary import Bewijs

PRACTICAL = profile_from_scores({"R": 90, "I": 60, "A": 20, "S": 20, "E": 30, "C": 50})
CARING = profile_from_scores({"R": 40, "I": 20, "A": 30, "S": 90, "E": 50, "C": 30})
FLAT = profile_from_scores(dict.fromkeys("RIASEC", 40))
ELEKTRO = Keuzes(van="G-9001")
NEXT_GRAAD_3 = Keuzes(naar_graad=3)


def names(outcome) -> dict[str, list[str]]:
    return {g.finaliteit: [s.naam for s in g.getoond] for g in outcome.groepen}


def test_every_finaliteit_side_by_side_with_its_evidence(mini_repository):
    outcome = uitkomst(mini_repository, PRACTICAL, ELEKTRO)
    assert [g.finaliteit for g in outcome.groepen] == ["A", "D/A", "D"]  # A and D/A first, as full choices
    by_name = {s.naam: s for s in outcome.suggesties}
    assert names(outcome) == {"A": ["Elektrische installaties"], "D/A": ["Elektrotechniek"], "D": ["Technologie"]}
    assert by_name["Elektrische installaties"].bewijs == Bewijs.OFFICIEEL  # both lead to BK-9001-1
    assert by_name["Elektrotechniek"].bewijs == Bewijs.BRON
    assert by_name["Elektrotechniek"].bron == "https://example.org/school/elektro"
    technologie = by_name["Technologie"]  # no overgang to D: the pupil's own studiedomein fills it
    assert (technologie.soort_overgang, technologie.bewijs) == ("eigen_domein", Bewijs.STUDIEDOMEIN)
    assert outcome.huidige.naam == "Elektro" and outcome.naar_graad is None


def test_the_same_number_per_finaliteit_and_the_rest_for_more(mini_repository):
    outcome = uitkomst(mini_repository, PRACTICAL, NEXT_GRAAD_3)
    assert {g.finaliteit: len(g.getoond) for g in outcome.groepen} == {"A": 2, "D/A": 2, "D": 1}
    one = uitkomst(mini_repository, PRACTICAL, Keuzes(naar_graad=3, per_finaliteit=1))
    assert {g.finaliteit: len(g.getoond) for g in one.groepen} == {"A": 1, "D/A": 1, "D": 1}
    a = next(g for g in one.groepen if g.finaliteit == "A")
    assert [s.naam for s in (*a.getoond, *a.meer)] == names(outcome)["A"]  # "meer tonen" continues the ranking
    more = uitkomst(mini_repository, PRACTICAL, Keuzes(naar_graad=3, per_finaliteit=1, per_groep={"A": 2}))
    assert names(more)["A"] == names(outcome)["A"] and len(names(more)["D/A"]) == 1


def test_one_rule_for_the_strong_letters(mini_repository):
    assert uitkomst(mini_repository, PRACTICAL, ELEKTRO).sterke_letters == ("R", "I")
    flat = uitkomst(mini_repository, FLAT, ELEKTRO)
    assert flat.sterke_letters == ()
    advies = word_advice(mini_repository, flat)
    assert not any(b.hoog for b in advies.profiel.balken)  # the chart marks what the words say: nothing


def test_a_richting_the_counsellor_adds_is_shown_and_says_so(mini_repository):
    outcome = uitkomst(mini_repository, PRACTICAL, Keuzes(van="G-9001", extra=("Verzorging",)))
    added = next(s for s in outcome.suggesties if s.naam == "Verzorging")
    assert names(outcome)["A"] == ["Elektrische installaties", "Verzorging"]
    assert added.door_begeleider and added.bewijs == Bewijs.BEGELEIDER and added.soort_overgang == "begeleider"
    assert added.redenen[0] == say("reden.begeleider")
    assert outcome.extra == ("G-9015",)
    kaart = next(k for k in word_advice(mini_repository, outcome).kaarten if k.naam == "Verzorging")
    assert kaart.door_begeleider and kaart.meta == "3de graad · G-9015"  # the evidence line names the choice
    assert dict((r.sleutel, r.tekst) for r in kaart.regels)["bewijs"] == "gekozen door je begeleider"


def test_pinning_a_suggestion_that_was_not_shown_keeps_its_own_evidence(mini_repository):
    one = Keuzes(naar_graad=3, per_finaliteit=1)
    hidden = next(g for g in uitkomst(mini_repository, CARING, one).groepen if g.finaliteit == "A").meer[0]
    pinned = uitkomst(mini_repository, CARING, Keuzes(naar_graad=3, per_finaliteit=1, extra=(hidden.sleutel,)))
    shown = next(s for s in pinned.suggesties if s.sleutel == hidden.sleutel)
    assert shown.door_begeleider and shown.bewijs == hidden.bewijs
    assert len(next(g for g in pinned.groepen if g.finaliteit == "A").getoond) == 2


def test_a_suggestion_left_out_makes_room_for_the_next(mini_repository):
    before = uitkomst(mini_repository, PRACTICAL, Keuzes(naar_graad=3, per_finaliteit=1))
    first = before.groepen[0].getoond[0]
    after = uitkomst(mini_repository, PRACTICAL, Keuzes(naar_graad=3, per_finaliteit=1, zonder=(first.sleutel,)))
    assert after.groepen[0].getoond[0].naam == before.groepen[0].meer[0].naam
    assert [s.naam for s in after.groepen[0].weggelaten] == [first.naam]
    assert first.naam not in [s.naam for s in after.rangschikking]


def test_a_step_after_secondary_school_is_left_out_by_its_name(mini_repository):
    keuzes = Keuzes(van="G-9011")
    steps = [s.naam for s in uitkomst(mini_repository, PRACTICAL, keuzes).suggesties if s.richting is None]
    assert "Graduaat in de testtechniek" in steps
    left = uitkomst(mini_repository, PRACTICAL, Keuzes(van="G-9011", zonder=("graduaat in de TESTTECHNIEK",)))
    assert "Graduaat in de testtechniek" not in [s.naam for s in left.suggesties]


def test_the_pupils_record_carries_the_same_choices(mini_repository):
    leerling = Leerling("Noor", 2, "G-9001", extra=("G-9015",), zonder=("Elektrotechniek",))
    outcome = uitkomst(mini_repository, Antwoorden(leerling, {"R01": 5, "I01": 4}), Keuzes())
    assert "Verzorging" in [s.naam for s in outcome.suggesties]
    assert "Elektrotechniek" not in [s.naam for s in outcome.suggesties]
    # The command line's options add to the record's lists.
    both = uitkomst(mini_repository, Antwoorden(leerling, {"R01": 5}), Keuzes(zonder=("Technologie",)))
    assert {"Elektrotechniek", "Technologie"}.isdisjoint(s.naam for s in both.suggesties)


@pytest.mark.parametrize(("keuzes", "error", "words"), [
    (Keuzes(van="G-9001", extra=("G-9015",), zonder=("Verzorging",)), InvalidInput, "zowel"),
    (Keuzes(van="G-9001", extra=("Sterrenkunde",)), NotFoundError, "Sterrenkunde"),
    (Keuzes(van="G-9001", extra=("Elektro",)), InvalidInput, "nu zit"),
])
def test_a_choice_that_cannot_be_used_is_a_dutch_message(mini_repository, keuzes, error, words):
    with pytest.raises(error) as raised:
        uitkomst(mini_repository, PRACTICAL, keuzes)
    assert words in str(raised.value)


def test_niet_open_marks_a_richting_and_says_why(mini_repository):
    outcome = uitkomst(mini_repository, PRACTICAL, Keuzes(van="G-9001", niet_open=("Technologie",)))
    technologie = next(s for s in outcome.suggesties if s.naam == "Technologie")
    assert technologie.nu_niet_open and technologie.redenen[0] == say("reden.niet_open")
    assert outcome.niet_open == ("G-9013",)


def test_the_direct_step_after_school_comes_first_for_a_da_pupil_at_the_end(mini_repository):
    da = [g.finaliteit for g in uitkomst(mini_repository, PRACTICAL, Keuzes(van="G-9012")).groepen]
    a = [g.finaliteit for g in uitkomst(mini_repository, PRACTICAL, Keuzes(van="G-9011")).groepen]
    assert (da[0], a[-1]) == ("", "")


def test_without_a_situation_the_service_says_so(mini_repository):
    with pytest.raises(UnknownSituation):
        uitkomst(mini_repository, PRACTICAL)


def test_more_cards_than_a_sheet_holds_is_refused(mini_repository):
    steps = [Suggestie(f"Graduaat {i}", 50, "graduaat", ("Omdat het past.",)) for i in range(MAX_KAARTEN + 1)]
    with pytest.raises(InvalidInput) as raised:
        uitkomst(mini_repository, PRACTICAL, Keuzes(naar_graad=3, per_groep={"": MAX_KAARTEN + 1}),
                 rangschikking=steps)
    assert str(MAX_KAARTEN) in str(raised.value)


def test_the_worded_advice_holds_exactly_the_outcomes_cards(mini_repository):
    outcome = uitkomst(mini_repository, PRACTICAL, Keuzes(van="G-9001", extra=("G-9015",)))
    advies = word_advice(mini_repository, outcome, voornaam="Noor")
    assert [k.naam for k in advies.kaarten] == [s.naam for s in outcome.suggesties]
    first = advies.groepen[0]
    assert (first.code, first.naam, first.kort) == ("A", "Arbeidsmarkt", "klaar voor een beroep")
    data = json.loads(json.dumps(advies_json(advies, outcome)))
    assert {"voornaam", "datum", "data_versie", "profiel", "groepen", "pad"} <= set(data)
    assert [k["naam"] for g in data["groepen"] for k in g["kaarten"]] == [k.naam for k in advies.kaarten]
    assert [g["finaliteit"] for g in data["groepen"]] == ["A", "D/A", "D"]
    assert data["profiel"]["sterke_letters"] == ["R", "I"]
    assert data["keuzes"] == {"niet_open": [], "extra": ["G-9015"], "zonder": []}
    kept = json.loads(json.dumps(uitkomst_json(outcome)))
    assert [s["naam"] for s in kept["suggesties"]] == [k.naam for k in advies.kaarten]
    assert any(s["door_begeleider"] for s in kept["suggesties"])


def test_a_richtings_page_is_worded_once(mini_repository):
    pagina = richting_page(mini_repository, "G-9001")
    assert (pagina.titel, pagina.ondertitel, pagina.finaliteit_kort) == (
        "Elektro", "2de graad · Arbeidsmarkt · STEM", "Klaar voor een beroep")
    assert [s.sleutel for s in pagina.secties] == ["beschrijving", "leerweg", "diploma", "activiteiten", "daarna",
                                                   "beroepen", "bks"]
    daarna = pagina.sectie("daarna").punten
    assert [(p.tekst, p.link) for p in daarna] == [("Elektrische installaties", "G-9011"),
                                                   ("Elektrotechniek", "G-9012")]
    assert daarna[0].regels[0] == "Logische volgende stap. Je blijft installaties aanleggen."
    assert daarna[0].regels[-1] == ("Waarop steunt dit: officiële gegevens: beide leiden tot dezelfde "
                                    "beroepskwalificatie.")
    assert daarna[1].regels[-1].endswith("(bron: example.org).")
    assert pagina.sectie("beroepen").punten[0].tekst == "Testinstallateur (knelpuntberoep)"
    installaties = richting_page(mini_repository, "G-9011")
    assert installaties.sectie("leerweg").alineas == (
        "Je kunt deze richting volgen: op school, of duaal: je leert een groot deel op een echte werkplek.",)
    assert installaties.sectie("bks").punten[0].tekst == "Testinstallateur — VKS-niveau 3"
    assert [p.tekst for p in installaties.sectie("daarvoor").punten] == ["Elektro"]
