"""Every code of every vocabulary has its words in every renderer; a new kind of overgang needs the vocabulary only."""

import io
import shutil
from dataclasses import replace
from datetime import date

import pytest

from studiekeuze import vocabulary
from studiekeuze.advice import card, word_advice
from studiekeuze.advice import wording as w
from studiekeuze.cli.content_commands import write_page
from studiekeuze.content.build import build_database
from studiekeuze.content.repository import ContentRepository
from studiekeuze.content.sources import load_sources
from studiekeuze.models import Overgang, Suggestie
from studiekeuze.questionnaire.scoring import profile_from_scores
from studiekeuze.service.outcome import Keuzes, uitkomst
from studiekeuze.service.richting_page import leerweg_text, page_of, richting_page
from studiekeuze.texts import keys, say
from studiekeuze.vocabulary import Bewijs, Soort, Vorm
from tests.core.conftest import MINI_SOURCES


def _ui_labels():
    pytest.importorskip("PySide6")
    from studiekeuze.ui import labels

    return labels


def test_every_kind_of_overgang_is_worded_by_every_renderer(mini_repository):
    labels = _ui_labels()
    summary = mini_repository.summaries["G-9011"]
    for soort in vocabulary.SOORTEN:
        assert soort.label and "_" not in soort.label, soort.code
        assert labels.soort_label(soort.code) == vocabulary.first_upper(soort.label)  # the app
        kaart = card(mini_repository, Suggestie(summary.naam, 50, soort.code, ("Omdat het past.",), summary))
        assert (soort.label in kaart.meta) == soort.in_meta  # the sheet's card names the kind in words, or not at all
        richting = replace(mini_repository.richting("G-9001"),
                           overgangen_naar=(Overgang(soort.code, summary.naam, "Omdat het kan.", "", summary),))
        regels = page_of(richting).sectie("daarna").punten[0].regels  # the app's page and `studiekeuze richting`
        assert regels[0] == f"{vocabulary.first_upper(soort.label)}. Omdat het kan."
        if soort.reden:
            assert f"reden.{soort.reden}" in keys(), soort.code  # matching's own kinds say why they were added


def test_a_bachelor_is_named_by_its_orientation_everywhere():
    labels = _ui_labels()
    for orientation, label in vocabulary.OPLEIDING_SOORTEN.items():
        assert vocabulary.soort_label("bachelor", orientation) == label
        assert labels.soort_label("bachelor", orientation) == vocabulary.first_upper(label)


def test_every_level_of_evidence_has_its_own_words():
    labels = _ui_labels()
    words = [vocabulary.bewijs_label(b) for b in Bewijs]
    assert all(words) and len(set(words)) == len(words)
    assert [labels.bewijs_label(b) for b in Bewijs] == words
    assert "begeleider" in Bewijs.BEGELEIDER.label
    assert list(Bewijs)[-1] is Bewijs.BEGELEIDER  # the counsellor's choice is no evidence of fit: last among equals


def test_every_graad_finaliteit_and_form_is_worded(mini_repository):
    labels = _ui_labels()
    for graad in vocabulary.GRADEN_LIJST:
        assert graad.label and labels.graad_label(graad.nummer) == graad.label
        assert w.text("situatie_graad", graad_label=vocabulary.graad_label(graad.nummer)).endswith(graad.label)
    content = {f["code"]: f for f in mini_repository.finaliteiten()}
    assert set(content) == set(vocabulary.finaliteit_codes())
    for finaliteit in vocabulary.FINALITEITEN_LIJST:
        assert content[finaliteit.code]["leerlingnaam"] == finaliteit.label == labels.finaliteit_label(finaliteit.code)
    sentences = {w.text("hoe_gemaakt", vorm=vorm.value, volledigheid=80) for vorm in Vorm}
    assert len(sentences) == len(Vorm)  # the sheet says how each profile was made
    assert all(labels.vorm_label(vorm.value) == vorm.label for vorm in Vorm)


def test_every_riasec_letter_is_worded_on_the_sheet_and_in_the_reasons():
    for letter in vocabulary.LETTERS:
        assert letter.naam
        assert f"houdt_van.{letter.code}" in keys()
        assert w.text("hoge_letter", letter=letter.code, naam=letter.naam, voorbeeld="").startswith(letter.naam)
    assert vocabulary.RIASEC == ("R", "I", "A", "S", "E", "C")


def test_every_leerweg_is_worded():
    for code, label in vocabulary.LEERWEGEN.items():
        assert label and label in leerweg_text([code])
    assert say("leerweg.keuze", school=True, duaal=True, label=vocabulary.LEERWEGEN).startswith("op school, of duaal")


def test_a_new_kind_of_overgang_needs_the_vocabulary_only(tmp_path, monkeypatch, session_home):
    """Adding a kind in studiekeuze/vocabulary.py is enough: validation accepts it, the repository orders it, matching
    ranks it, and the sheet, the page and the command line word it."""
    new = Soort("duaal_vervolg", "duaal vervolgtraject", nabijheid=1, volgorde=1)
    monkeypatch.setattr(vocabulary, "SOORTEN", (*vocabulary.SOORTEN, new))
    root = tmp_path / "bronnen"
    shutil.copytree(MINI_SOURCES, root)
    with (root / "richtingen" / "graad2.toml").open("a", encoding="utf-8") as handle:
        handle.write('\n[[richting.overgang]]\nnaar = "G-9012"\nsoort = "duaal_vervolg"\n'
                     'reden = "Je leert verder, deels op een werkplek."\n')
    assert any(o["soort"] == "duaal_vervolg" for o in load_sources(root).overgangen)
    build_database(tmp_path / "inhoud.sqlite", root)
    repository = ContentRepository(tmp_path / "inhoud.sqlite")
    try:
        pagina = richting_page(repository, "G-9003")
        assert pagina.sectie("daarna").punten[-1].regels[0].startswith("Duaal vervolgtraject.")
        outcome = uitkomst(repository, profile_from_scores({"R": 30, "I": 90, "A": 40, "S": 20, "E": 20, "C": 60}),
                           Keuzes(van="G-9003"))
        advies = word_advice(repository, outcome, datum=date(2099, 1, 1))
        kaart = next(k for k in advies.kaarten if k.naam == "Elektrotechniek")
        assert kaart.meta == "3de graad · duaal vervolgtraject · G-9012"
        assert kaart.soort_overgang == "duaal_vervolg"
        out = io.StringIO()
        write_page(pagina, out)
        assert "Duaal vervolgtraject. Je leert verder" in out.getvalue()
    finally:
        repository.close()


def test_an_unknown_kind_is_still_refused(tmp_path):
    root = tmp_path / "bronnen"
    shutil.copytree(MINI_SOURCES, root)
    with (root / "richtingen" / "graad2.toml").open("a", encoding="utf-8") as handle:
        handle.write('\n[[richting.overgang]]\nnaar = "G-9013"\nsoort = "zomaar"\nreden = "Zomaar."\n')
    from studiekeuze.errors import ContentError

    with pytest.raises(ContentError) as error:
        load_sources(root)
    assert "onbekende soort 'zomaar'" in str(error.value) and "logische_vervolgrichting" in str(error.value)
