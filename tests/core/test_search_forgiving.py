"""Search that forgives (issue 15): typos, everyday words and synonyms, names before descriptions, and why a
richting was found."""

import shutil
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from studiekeuze.content.search import nearest_starts, prefix_distance, search_words

IT_RICHTINGEN = {"Industriële ICT", "Informatica- en communicatiewetenschappen", "Applicatie- en databeheer",
                 "Bedrijfsondersteunende informaticawetenschappen", "Technicus datacommunicatie en netwerken"}
CARE_RICHTINGEN = {"Zorg en welzijn", "Verzorgende/Zorgkundige", "Assistentie in wonen, zorg en welzijn",
                   "Gezondheidszorg", "Kinderbegeleider", "Persoonsbegeleider", "Opvoeding en begeleiding"}


def names(repository, text: str, top: int | None = None) -> list[str]:
    return [s.naam for s in repository.search(text)][:top]


def position(repository, text: str, naam: str) -> int:
    found = names(repository, text)
    return found.index(naam) if naam in found else len(found)


# --- typos ----------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("typed", ["electriciteit", "Electriciteit", "elektrisiteit", "ELECTRICITEIT"])
def test_a_misspelt_electricity_finds_the_electricity_richtingen(repository, typed):
    top = names(repository, typed, 5)
    assert "Elektriciteit" in top and "Elektrische installaties" in top
    assert top[0] == "Elektriciteit"


@pytest.mark.parametrize("typed", ["mechanika", "Mechanika", "mechanik"])
def test_a_misspelt_mechanics_finds_mechanica(repository, typed):
    assert "Mechanica" in names(repository, typed, 3)


def test_mechanika_puts_mechanica_first(repository):
    assert names(repository, "mechanika")[0] == "Mechanica"


def test_a_typo_in_the_middle_of_typing_already_finds_the_richting(repository):
    for typed in ("electr", "electric", "electricit"):
        assert "Elektriciteit" in names(repository, typed, 5), typed


def test_the_spelling_searched_instead_is_told(repository):
    assert repository.spelling_used("electriciteit") == {"electriciteit": ("elektriciteit",)}
    assert repository.spelling_used("mechanika") == {"mechanika": ("mechanica",)}
    assert repository.spelling_used("elektriciteit") == {}  # spelled right: nothing to tell
    assert repository.spelling_used("") == {}


def test_a_typo_must_fit_the_whole_text(repository):
    # "drop", "table" and "richtingen" have near spellings, but no richting has all of them: nothing, not noise.
    assert repository.search("drop table richtingen") == []


def test_short_words_are_not_corrected(repository):
    # Three letters have too many neighbours to guess from.
    assert repository.spelling_used("xqz") == {}


def test_prefix_distance_counts_edits_against_the_start_of_a_word():
    assert prefix_distance("mechanik", "mechanica", 1) == (1, 8)
    assert prefix_distance("electriciteit", "elektriciteit", 2)[0] == 1
    assert prefix_distance("zorg", "zorgkundige", 1) == (0, 4)
    assert prefix_distance("xxxx", "zorg", 1)[0] == 2  # more than the limit


def test_nearest_starts_keep_only_the_fewest_edits():
    starts = nearest_starts("mechanika", ["mechanica", "mechanische", "mechatronica", "metaal"])
    assert starts == [("mechanica", "mechanica")]
    assert nearest_starts("zorg", ["zorg"]) == [("zorg", "zorg")]
    assert nearest_starts("abc", ["abd"]) == []  # too short to correct


# --- everyday words and synonyms ------------------------------------------------------------------------------
def test_it_finds_the_it_and_ict_richtingen_not_one(repository):
    found = names(repository, "it")
    assert IT_RICHTINGEN <= set(found)
    assert set(found[:5]) <= IT_RICHTINGEN | {"Bedrijfsorganisatie", "Datacommunicatie- en netwerkinstallaties"}


def test_computer_puts_it_richtingen_first(repository):
    top = names(repository, "computer", 5)
    assert set(top) <= IT_RICHTINGEN
    assert position(repository, "computer", "Houttechnieken") > 15
    assert position(repository, "computer", "Hotelreceptionist") > 15


def test_zorg_puts_the_care_richtingen_first(repository):
    assert set(names(repository, "zorg", 7)) <= CARE_RICHTINGEN | {"Maatschappij en welzijn"}
    kinderbegeleider = position(repository, "zorg", "Kinderbegeleider")
    assert kinderbegeleider < 10
    assert kinderbegeleider < position(repository, "zorg", "Spuiter carrosserie")
    assert kinderbegeleider < position(repository, "zorg", "Ballet")


@pytest.mark.parametrize(("typed", "expected"), [
    ("haar", "Kapper-stylist"),
    ("kapper", "Haarverzorging"),
    ("auto", "Autotechnieken"),
    ("garage", "Onderhoudsmechanica auto"),
    ("koken", "Kok"),
    ("keuken", "Kok"),
    ("kinderen", "Kinderbegeleider"),
    ("informatica", "Industriële ICT"),
    ("ICT", "Informatica- en communicatiewetenschappen"),
    ("juf", "Welzijnswetenschappen"),  # a word in no richting leads to the other words of its group
    ("compu", "Industriële ICT"),  # the start of a synonym while typing
])
def test_everyday_words_find_their_richtingen(repository, typed, expected):
    assert expected in names(repository, typed, 10)


def test_a_synonym_ranks_below_the_word_itself(repository):
    # "kapper" is in the zoektermen of Haarverzorging; a synonym alone ("kapsalon" is one) counts less.
    found = repository.search("kapper")
    assert found[0].naam == "Kapper-stylist"


# --- where it was found ---------------------------------------------------------------------------------------
def test_every_result_says_where_it_was_found(repository):
    for text in ("zorg", "computer", "mechanika", "it", "hotelreceptionist"):
        for result in repository.search(text):
            assert result.gevonden_in, (text, result.naam)
            assert set(result.gevonden_in) <= {"naam", "zoektermen", "synoniem", "beroepen", "beschrijving",
                                               "activiteiten"}


def test_the_fields_are_named(repository):
    by_name = {s.naam: s.gevonden_in for s in repository.search("hotelreceptionist")}
    assert by_name["Hotelreceptionist"][0] == "naam"
    assert by_name["Toerisme"] == ("beroepen",)
    it = {s.naam: s.gevonden_in for s in repository.search("it")}
    assert it["Industriële ICT"] == ("synoniem",)
    assert "zoektermen" in it["Bedrijfsondersteunende informaticawetenschappen"]
    assert "beschrijving" in {f for s in repository.search("computer") for f in s.gevonden_in}


def test_an_empty_search_found_nothing_in_particular(repository):
    assert all(s.gevonden_in == () for s in repository.search(""))


def test_a_result_is_still_a_summary(repository):
    result = repository.search("Creatie en mode")[0]
    summary = repository.summaries[result.groepnummer]
    assert (result.groepnummer, result.naam, result.graad, result.finaliteit, result.domeinen, result.project) == (
        summary.groepnummer, summary.naam, summary.graad, summary.finaliteit, summary.domeinen, summary.project)
    assert repository.find("Creatie en mode") == summary


def test_small_words_do_not_narrow_a_search(repository):
    assert names(repository, "zorg en welzijn", 1) == ["Zorg en welzijn"]
    assert set(names(repository, "zorg en")) == set(names(repository, "zorg"))


def test_search_words_are_limited_and_distinct():
    assert search_words("Zorg zorg ZORG & welzijn") == ["zorg", "welzijn"]
    assert len(search_words(" ".join(f"w{i}" for i in range(50)))) == 12


# --- the synonyms are reviewed content ------------------------------------------------------------------------
def test_every_synonym_group_leads_to_a_richting(repository):
    from studiekeuze.content.search import SYNONYM_COLUMNS, column_expression, synonym_terms

    for group in repository.synonyms.groups:
        found = set()
        for columns in SYNONYM_COLUMNS:
            found |= set(repository._fts_groepnummers(column_expression(columns, synonym_terms(group))))
        assert found, f"geen enkel woord van {group} staat in een naam, zoekterm of beroep"


@pytest.fixture
def sources_copy(tmp_path: Path) -> Path:
    from studiekeuze import resources

    target = tmp_path / "sources"
    shutil.copytree(resources.content_sources_dir(), target)
    return target


@pytest.mark.parametrize(("group", "message"), [
    ('thema = "fiets"\nwoorden = ["fiets", "e-bike"]', "'e-bike' is geen enkel woord"),
    ('thema = "oud"\nwoorden = ["handel", "TSO"]', "spreek van finaliteiten"),
    ('thema = "dubbel"\nwoorden = ["kok", "Kok"]', "'Kok' staat er twee keer (ook als 'kok')"),
    ('woorden = ["kok", "koken"]', "thema ontbreekt"),
    ('thema = "alleen"\nwoorden = ["kok"]', "minstens twee woorden"),
    ('thema = "geen lijst"\nwoorden = "kok koken"', "minstens twee woorden"),
    ('thema = "spatie"\nwoorden = ["kok", "hulp kok"]', "'hulp kok' is geen enkel woord"),
])
def test_a_bad_synonym_group_fails_the_build_with_file_row_and_reason(sources_copy, group, message):
    from studiekeuze.content.sources import load_sources
    from studiekeuze.errors import ContentError

    path = sources_copy / "synoniemen.toml"
    path.write_text(path.read_text(encoding="utf-8") + f"\n[[groep]]\n{group}\n", encoding="utf-8")
    with pytest.raises(ContentError) as caught:
        load_sources(sources_copy)
    problems = [p for p in caught.value.problems if p.startswith("synoniemen.toml, groep ")]
    assert len(problems) == 1 and message in problems[0], caught.value.problems


def test_a_synonym_file_of_the_wrong_shape_fails_the_build(sources_copy):
    from studiekeuze.content.sources import load_sources
    from studiekeuze.errors import ContentError

    (sources_copy / "synoniemen.toml").write_text('[groep]\nthema = "x"\n', encoding="utf-8")
    with pytest.raises(ContentError) as caught:
        load_sources(sources_copy)
    assert any(p.startswith("synoniemen.toml, groep: schrijf elk record als [[groep]]") for p in caught.value.problems)


def _levenshtein(a: str, b: str) -> int:
    row = list(range(len(b) + 1))
    for i, x in enumerate(a, start=1):
        previous, row[0] = row[0], i
        for j, y in enumerate(b, start=1):
            previous, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, previous + (x != y))
    return row[-1]


@settings(max_examples=300, deadline=None)
@given(word=st.text("abcde", min_size=1, max_size=9), term=st.text("abcde", max_size=12), limit=st.integers(1, 2))
def test_prefix_distance_is_the_fewest_edits_to_any_start(word, term, limit):
    edits, length = prefix_distance(word, term, limit)
    fewest = min(_levenshtein(word, term[:k]) for k in range(len(term) + 1))
    if fewest > limit:
        assert edits == limit + 1 and length == 0
    else:
        assert edits == fewest and _levenshtein(word, term[:length]) == fewest
