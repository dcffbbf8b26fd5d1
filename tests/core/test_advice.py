"""The advice model: what a pupil and a parent will read, before any layout."""

import dataclasses
import re

import pytest

from studiekeuze.advice import MAX_NOTE_CHARS, build_advice, resolve_situation
from studiekeuze.advice.builder import shorten
from studiekeuze.errors import StudiekeuzeError
from studiekeuze.models import Leerling, Suggestie
from studiekeuze.questionnaire.scoring import profile_from_scores
from tests.core.conftest import DAY, answers

ONDERWIJSVORM = re.compile(r"\b(aso|tso|bso|kso)\b", re.IGNORECASE)
# Words that would rank a finaliteit below another; A and D/A are full choices.
RANKING_WORDS = re.compile(r"\b(makkelijk\w*|gemakkelijk\w*|lager niveau|zwak\w*|terugval\w*|uitwijk\w*)\b",
                           re.IGNORECASE)




def all_text(value) -> list[str]:
    """Every string inside an advice (recursively), i.e. everything a renderer can show."""
    if isinstance(value, str):
        return [value]
    if dataclasses.is_dataclass(value):
        return [t for f in dataclasses.fields(value) for t in all_text(getattr(value, f.name))]
    if isinstance(value, tuple | list):
        return [t for item in value for t in all_text(item)]
    return []





def test_header_names_pupil_date_situation_and_data_version(yusuf, repository):
    assert yusuf.titel == "Studieadvies voor Yusuf"
    assert "23 november 2026" in yusuf.ondertitel
    assert "Elektriciteit" in yusuf.ondertitel
    assert repository.meta()["data_versie"] in yusuf.ondertitel


def test_one_plain_sentence_per_high_letter(yusuf, ana, repository):
    assert [b.letter for b in yusuf.profiel.balken] == list("RIASEC")
    assert [b.letter for b in yusuf.profiel.balken if b.hoog] == ["R"]
    assert len(yusuf.profiel.zinnen) == 1
    assert yusuf.profiel.zinnen[0].startswith("Praktisch: je werkt graag")
    # An example from the pupil's own answers: the first practical item he gave a 5.
    assert repository.vragenlijst.per_id["R02"].tekst.lower() in yusuf.profiel.zinnen[0]
    assert [b.naam for b in ana.profiel.balken if b.hoog] == ["Sociaal"]


def test_flat_profile_gets_one_reassuring_sentence_and_no_marks(repository):
    advies = build_advice(repository, profile_from_scores(dict.fromkeys("RIASEC", 40)), naar_graad=3, datum=DAY)
    assert not any(b.hoog for b in advies.profiel.balken)
    assert advies.profiel.zinnen == ("Er springt nog geen interesse duidelijk uit. Dat is heel normaal. Praat samen "
                                     "over wat je graag doet, op school en daarbuiten.",)
    assert advies.profiel.legende == ""


def test_suggestions_grouped_by_finaliteit_arbeidsmarkt_first_and_equal_room(ana, repository):
    codes = [g.code for g in ana.groepen]
    assert codes == ["A", "D/A", "D"]
    assert {len(g.kaarten) for g in ana.groepen} == {2}  # every finaliteit gets the same room
    names = {f["code"]: f["leerlingnaam"] for f in repository.finaliteiten()}
    for groep in ana.groepen:
        assert groep.kop.startswith(names[groep.code])
        assert all(k.finaliteit == groep.code for k in groep.kaarten)


def test_a_card_says_what_you_learn_where_it_leads_duaal_and_jobs(yusuf, repository):
    kaart = next(k for k in yusuf.kaarten if k.groepnummer == "G-0082")  # Elektrische installaties
    lines = {r.sleutel: r.tekst for r in kaart.regels}
    assert lines["leren"].startswith("In deze richting leer je elektrische installaties maken")
    assert "Elektromecanicien (7de jaar)" in lines["daarna"]
    assert "duaal" in lines["leerweg"]  # Elektrische installaties can be followed duaal
    assert "Industrieel elektrotechnisch installateur (knelpuntberoep)" in lines["beroepen"]
    assert kaart.knelpuntberoep and yusuf.noemt_knelpuntberoep
    assert kaart.redenen and "3de graad" in kaart.meta


def test_bks_carry_their_vks_level(repository):
    richting = next(
        r for r in (repository.richting(g) for g in sorted(repository.summaries)) if any(b.niveau for b in r.bks)
    )
    suggestie = Suggestie(richting.naam, 80, "volgende_graad", ("Omdat het past.",), richting.samenvatting)
    advies = build_advice(repository, profile_from_scores(dict.fromkeys("RIASEC", 50)), naar_graad=richting.graad,
                          suggesties=[suggestie], datum=DAY)
    bk_line = next(r.tekst for r in advies.kaarten[0].regels if r.sleutel == "bk")
    bk = next(b for b in richting.bks if b.niveau)
    assert f"{bk.naam} (VKS-niveau {bk.niveau})" in bk_line  # the same words as on the richting page


def test_no_onderwijsvorm_and_no_ranking_words_anywhere(yusuf, ana):
    for advies in (yusuf, ana):
        text = "\n".join(all_text(advies))
        assert not ONDERWIJSVORM.search(text)
        assert not RANKING_WORDS.search(text)


def test_path_picture_runs_from_now_over_options_to_later(yusuf):
    pad = yusuf.pad
    assert [k.kop for k in pad.kolommen] == ["Nu", "Je opties (3de graad)", "Later"]
    ids = {n.id for k in pad.kolommen for n in k.knopen}
    assert {"zevende", "graduaat", "bachelor", "werk"} <= ids
    assert all(a in ids and b in ids for a, b in pad.pijlen)
    assert ("optie-A", "zevende") in pad.pijlen and ("optie-A", "werk") in pad.pijlen
    assert {("optie-D/A", end) for end in ("graduaat", "bachelor", "werk")} <= set(pad.pijlen)
    assert pad.kolommen[0].knopen[0].titel == "Elektriciteit"


def test_next_steps_name_the_first_options_and_the_note_is_kept(yusuf):
    steps = " ".join(yusuf.volgende_stappen.punten)
    for wanted in ("CLB", "opendeurdag", "talentcenter", "snuffeldag", "Elektrische installaties"):
        assert wanted in steps
    assert yusuf.notitie.alineas == ("Bekijk ook duaal leren.",)
    assert "geen oordeel" in yusuf.hoe_gemaakt and "korte vragenlijst" in yusuf.hoe_gemaakt


def test_parents_page_explains_finaliteiten_and_further_study(yusuf):
    titel, finaliteiten, werk, thuis = yusuf.ouders
    assert titel.kop == "Voor de ouders van Yusuf"
    assert [r.sleutel for r in finaliteiten.regels] == ["A", "D/A", "D"]
    text = " ".join(werk.alineas)
    assert "7de jaar" in text and "graduaat" in text and "bachelor" in text
    assert any("CLB" in punt for punt in thuis.punten)


def test_no_suggestions_gives_a_kind_sentence(repository):
    advies = build_advice(repository, profile_from_scores(dict.fromkeys("RIASEC", 50)), naar_graad=3,
                          suggesties=[], datum=DAY)
    assert advies.groepen == ()
    assert "begeleider" in advies.geen_suggesties
    assert [n.id for n in advies.pad.kolommen[1].knopen] == ["samen"]


def test_richting_closed_by_the_attest_is_marked(repository):
    base = answers(repository, "elektriciteit-handen")
    advies = build_advice(repository, base, niet_open=["G-0082"], datum=DAY)
    kaart = next(k for k in advies.kaarten if k.groepnummer == "G-0082")
    assert kaart.nu_niet_open
    assert kaart.redenen[0].startswith("Je attest laat deze richting nu niet toe")


def test_note_too_long_is_refused_in_dutch(repository):
    with pytest.raises(StudiekeuzeError, match="notitie"):
        build_advice(repository, profile_from_scores(dict.fromkeys("RIASEC", 50)), naar_graad=3,
                     notitie="x" * (MAX_NOTE_CHARS + 1))


def test_note_paragraphs_are_kept(repository):
    advies = build_advice(repository, profile_from_scores(dict.fromkeys("RIASEC", 50)), naar_graad=3,
                          notitie="Eerste  alinea.\n\nTweede\nalinea.", suggesties=[])
    assert advies.notitie.alineas == ("Eerste alinea.", "Tweede alinea.")


def test_situation_comes_from_the_options_then_the_answers_file(repository):
    leerling = Leerling(voornaam="Jo", huidige_graad=1)
    assert resolve_situation(repository, leerling) == (None, 2)
    assert resolve_situation(repository, leerling, naar_graad=3) == (None, 3)
    huidige, naar = resolve_situation(repository, leerling, van="G-0081")
    assert huidige.naam == "Elektriciteit" and naar is None
    with pytest.raises(StudiekeuzeError, match="niet bekend in welke graad"):
        resolve_situation(repository, Leerling())


def test_first_name_with_markup_characters_stays_plain_text(repository):
    advies = build_advice(repository, profile_from_scores(dict.fromkeys("RIASEC", 50)), naar_graad=3,
                          voornaam="Zoë & <Ali>", suggesties=[], datum=DAY)
    assert advies.titel == "Studieadvies voor Zoë & <Ali>"  # escaping is the renderer's job


def test_shorten_keeps_whole_sentences():
    text = "Eén korte zin. Een tweede zin die wat langer is. Een derde zin."
    assert shorten(text, 40) == "Eén korte zin."
    assert shorten(text, 200) == text
    assert shorten("Een heel lange eerste zin zonder einde " * 5, 30).endswith(" …")
