"""Easy words (issue 17): every questionnaire text and every sentence of zinnen.toml and advies.j2 uses words a
12-year-old newcomer knows, or hard words that carry their explanation; the hard-word file is checked by the build."""

import tomllib

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from studiekeuze import resources
from studiekeuze.texts import easy_words, pupil_texts
from studiekeuze.texts.easy_words import EasyWords, HardWord, KnownWords
from tests.core.conftest import content_problems, replace_in


@pytest.fixture(scope="module")
def checker() -> EasyWords:
    return easy_words.default().with_names(pupil_texts.content_names())


def unexplained(checker: EasyWords, texts: list[pupil_texts.PupilText]) -> dict[str, list[str]]:
    found = {f"{text.plaats}: {text.tekst}": checker.unknown(text.tekst, text.soort) for text in texts}
    return {where: words for where, words in found.items() if words}


def test_every_questionnaire_text_uses_known_or_explained_words(checker):
    texts = pupil_texts.questionnaire_texts()
    assert len([t for t in texts if "item" in t.plaats]) == 77
    assert unexplained(checker, texts) == {}


def test_every_sentence_of_the_app_and_the_advice_uses_known_or_explained_words(checker):
    sentences = pupil_texts.sentence_texts()
    advice = pupil_texts.advice_texts()
    assert {"reden.overgang", "overstap.naar_doorstroom"} <= {t.plaats.split(", ")[1] for t in sentences}
    # The strings inside expressions are checked too (the sentence of each Holland letter, the path's end points).
    assert "precies en ordelijk" in next(t.tekst for t in advice if t.plaats == "advies.j2, hoge_letter")
    assert unexplained(checker, sentences) == {}
    assert unexplained(checker, advice) == {}


def test_the_finaliteiten_and_studiedomeinen_are_explained_in_known_words(checker):
    texts = [t for t in pupil_texts.content_texts() if not t.plaats.startswith("richtingen/")]
    assert len(texts) == 3 * 3 + 9
    assert unexplained(checker, texts) == {}


def test_every_hard_word_a_pupil_text_uses_has_its_explanation_there():
    texts = [*pupil_texts.questionnaire_texts(), *pupil_texts.sentence_texts(), *pupil_texts.advice_texts(),
             *pupil_texts.content_texts(), *pupil_texts.descriptions()]
    used: dict[str, set[str]] = {}
    for text in texts:
        for hit in easy_words.explain(text.tekst):
            word = next(w for w in easy_words.glossary() if w.term == hit.term)
            if text.soort not in word.teksten or not word.uitleg:
                used.setdefault(f"{hit.woord} ({hit.term})", set()).add(text.plaats)
    assert used == {}
    # The field terms of the issue are there, each with an explanation.
    terms = {w.term: w for w in easy_words.glossary()}
    for term in ("VKS", "finaliteit", "doorstroom", "dubbele finaliteit", "arbeidsmarkt", "duaal", "Se-n-Se",
                 "graduaat", "bachelor", "specialisatiejaar", "beroepskwalificatie", "onderwijskwalificatie", "attest",
                 "klassenraad", "CLB", "studiedomein", "knelpuntberoep"):
        assert terms[term].uitleg, term


def test_the_checker_flags_a_planted_hard_word(checker):
    item = "Een soep koken"
    assert checker.unknown(item, "vragenlijst") == []
    # A field term the questionnaire may not use, a word a newcomer does not know, and one that is not Dutch.
    assert checker.unknown("Een soep koken voor je finaliteit", "vragenlijst") == ["finaliteit"]
    assert checker.unknown("Een heftruck besturen", "vragenlijst") == ["heftruck"]
    assert checker.unknown("Een soep koken met xqzw", "vragenlijst") == ["xqzw"]
    # An inflection or a compound of a hard word is that hard word.
    assert checker.unknown("Alle finaliteiten zijn goed", "vragenlijst") == ["finaliteiten"]
    assert checker.unknown("Alle finaliteiten zijn goed", "zinnen") == []
    # Names of richtingen and domains, numbers and the hard words a text may use are never flagged.
    assert checker.unknown("Na Latijn-Wiskunde kies je in de 3de graad, in 2026.", "zinnen") == []
    with pytest.raises(ValueError):
        checker.unknown(item, "krant")


def test_known_words_hold_inflections_and_compounds():
    known = easy_words.known_words()
    assert len(known) > 6000
    for word in ("vakken", "planeten", "sportwedstrijd", "filmpje", "gekookt", "bespreekt", "Ideeën", "vult"):
        assert word in known, word
    for word in ("heftruck", "finaliteit", "xqzw", "attest"):
        assert word not in known, word


def test_explain_gives_each_hard_word_its_place_and_explanation():
    text = "Na het secundair kies je een graduaat, een bachelor of een richting met dubbele finaliteit."
    hits = easy_words.explain(text)
    assert [hit.term for hit in hits] == ["secundair", "graduaat", "bachelor", "studierichting", "dubbele finaliteit"]
    assert all(text[hit.start:hit.end] == hit.woord for hit in hits)
    assert hits[-1].woord == "dubbele finaliteit" and hits[-1].uitleg.endswith(".")
    assert hits[1].tooltip == f"graduaat: {hits[1].uitleg}"
    # Forms and compounds take the explanation of their term; a legend names each term once.
    [diploma] = easy_words.explain("Je krijgt een graduaatsdiploma.")
    assert (diploma.woord, diploma.term) == ("graduaatsdiploma", "graduaat")
    assert [w.term for w in easy_words.legend("Een graduaat.", "Nog een graduaat of een VKS-niveau.")] == [
        "graduaat", "VKS"]
    assert easy_words.explain("Een soep koken") == []
    twice = "Een richting kiezen: welke richting?"
    assert len(easy_words.explain(twice)) == 2 and len(easy_words.explain(twice, once=True)) == 1


def test_a_glossary_of_its_own_can_be_checked_without_the_bundled_files():
    known = KnownWords(["een", "jaar", "na", "school"])
    word = HardWord("graduaat", "Een jaar na school.", teksten=frozenset({"zinnen"}))
    checker = EasyWords(known, [word])
    assert checker.unknown("Een graduaat na school", "zinnen") == []
    assert checker.unknown("Een graduaat na school", "vragenlijst") == ["graduaat"]
    assert checker.unknown("Een bachelor na school", "zinnen") == ["bachelor"]


def test_the_hard_word_file_is_checked_by_the_build(sources_copy):
    path = sources_copy / "moeilijke-woorden.toml"
    replace_in(path, 'uitleg = "Een beroep waarvoor werkgevers veel mensen zoeken."',
               'uitleg = "Een beroep met krapte. Werkgevers zoeken mensen."')
    replace_in(path, 'teksten = ["vragenlijst", "inhoud"]', 'teksten = ["vragenlijst", "krant"]')
    replace_in(path, 'term = "voortouw"\nalternatief = "de leiding"', 'term = "voortouw"')
    replace_in(path, 'vormen = ["graden"]', 'vormen = ["graden", "finaliteiten"]')
    problems = content_problems(sources_copy)
    assert "moeilijke-woorden.toml, woord 22 (knelpuntberoep): de uitleg is één zin" in problems
    assert "woord 22 (knelpuntberoep): de uitleg gebruikt woorden die niet bekend zijn: krapte" in problems
    assert "(magazijn): onbekende tekstsoort 'krant'" in problems
    assert "(voortouw): geef een uitleg of een eenvoudig alternatief" in problems
    assert "(graad): 'finaliteiten' staat ook al bij woord 1" in problems


def test_the_build_needs_the_word_list(sources_copy):
    (sources_copy / "bekende-woorden.txt").unlink()
    assert "bekende-woorden.txt, bestand: kan niet gelezen worden" in content_problems(sources_copy)


def test_the_word_list_names_its_source_and_licence_and_wordfreq_is_no_dependency():
    header = [line for line in (resources.content_sources_dir() / "bekende-woorden.txt").read_text(
        encoding="utf-8").splitlines() if line.startswith("#")]
    text = " ".join(header)
    assert "wordfreq" in text and "Zipf frequency of at least 4.0" in text
    assert "CC BY-SA 4.0" in text and "SUBTLEX-NL" in text
    with (resources.package_dir().parent / "pyproject.toml").open("rb") as handle:
        project = tomllib.load(handle)["project"]
    assert not [p for p in project["dependencies"] + project["optional-dependencies"]["test"] if "wordfreq" in p]


@settings(deadline=None, database=None, max_examples=80)
@given(text=st.one_of(st.text(max_size=120), st.lists(st.sampled_from(
    ["graduaat", "Se-n-Se", "dubbele", "finaliteit", "VKS-niveau", "foto's", "7de", "’s", "É", "İ", "ß", " ", "-"]),
    max_size=12).map(" ".join)))
def test_any_text_gets_explanations_at_their_own_place(checker, text):
    for hit in checker.explain(text):
        assert text[hit.start:hit.end] == hit.woord and hit.uitleg + hit.alternatief
    assert all(isinstance(word, str) and word for word in checker.unknown(text, "advies"))
    unknown, words = checker.share(text, "advies")
    assert 0 <= unknown <= words
