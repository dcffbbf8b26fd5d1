"""The interest items: they cover the whole field, ask one plain thing each, come in mixed order, and measure what
the richtingen' profiles measure (both rest on the Holland letters of activities)."""

import json
import re
import tomllib
from itertools import pairwise

import pytest

from studiekeuze import resources
from studiekeuze.content.sources import load_sources
from studiekeuze.errors import ContentError
from studiekeuze.models import RIASEC

# Words a pupil of 12 (some came through OKAN) may not know; every one was once in an item.
HARD_WORDS = ("rekenblad", "factuur", "facturen", "dossier", "heftruck", "etalage", "onderhandel", "inzamel")

# The fields a practical (R) item must reach: richtingen with R as their first letter do all of these.
PRACTICAL_FIELDS = ("koken", "haar", "mode", "verzorging", "hout", "metaal", "elektriciteit", "machines")
# What every scale reaches (words of the items' `thema`), so that no scale sits in one corner of its field.
FIELDS = {
    "R": PRACTICAL_FIELDS,
    "I": ("natuurwetenschappen", "wiskunde", "techniek", "computers", "lichaam", "mens", "planten", "dieren"),
    "A": ("schilderen", "toneel", "muziek", "dans", "mode", "film", "schrijven", "ontwerp", "interieur", "eten"),
    "S": ("lesgeven", "zorg", "steun", "kinderen", "gastvrijheid", "toerisme", "sport"),
    "E": ("verkopen", "organiseren", "leiden", "overtuigen", "ondernemen", "reclame", "spreken"),
    "C": ("gegevens", "geld", "magazijn", "plannen", "controle", "sorteren"),
}

# "of" may only mean "whether" ("Nakijken of een rekening klopt"): then it follows a verb of checking and joins no
# second activity. Any other " of " offers two activities in one item.
WHETHER = re.compile(r"\b(nakijken|kijken|controleren|weten) of ")

# A tagged (studiedomein, scale) whose scale is not among the domain's two strongest letters, and why the tag is
# still right: the activity is the core of some of the domain's richtingen, while the domain as a whole (most of
# its richtingen are A-richtingen with R first) leans elsewhere. The test checks at least three richtingen of the
# domain have this scale among their two strongest letters, and that no entry is left once the domain agrees.
EXPLAINED = {
    ("Economie en organisatie", "E"): "selling and business plans lead the commercial richtingen; its logistics "
                                      "richtingen (warehouse, packing) put R before E",
    ("Economie en organisatie", "I"): "programming belongs to its ICT richtingen (Applicatie- en databeheer, "
                                      "Bedrijfsondersteunende informaticawetenschappen); the rest is office work",
    ("Maatschappij en welzijn", "I"): "body and behaviour are studied in its D and D/A richtingen; its A richtingen "
                                      "are hands-on care, hair and textiles (R, S)",
    ("STEM", "I"): "lab work, maths, programming and fault finding lead its D richtingen and many D/A richtingen; "
                   "its 60 A richtingen are workshop trades (R, C)",
    ("Sport", "I"): "how the body works is taught in every Sport richting, and comes first in Topsport with "
                    "sciences; training (R) and planning the week (C) weigh more",
    ("Sport", "S"): "a sports lesson is the core of Beweging en sport, Sport and Sportbegeleiding; the eight "
                    "Topsport richtingen plan their week (C), which puts C before S for the domain",
    ("Voeding en horeca", "A"): "decorating cakes is the core of the bakery richtingen; the domain as a whole is "
                                "cooking, butchery and hygiene (R, C)",
    ("Voeding en horeca", "S"): "receiving guests is the dining-room side of horeca (Hulpkelner, Restaurant en "
                                "keuken, Horeca); the domain as a whole is kitchen work (R, C)",
}


@pytest.fixture(scope="module")
def interest(repository):
    return [v for v in repository.vragenlijst.vragen if v.soort == "interesse"]


@pytest.fixture(scope="module")
def source_items() -> dict[str, dict]:
    with (resources.content_sources_dir() / "vragenlijst.toml").open("rb") as handle:
        return {item["id"]: item for item in tomllib.load(handle)["item"]}


def strongest_two(profile: dict[str, float]) -> set[str]:
    second = sorted(profile.values(), reverse=True)[1]
    return {letter for letter, value in profile.items() if value >= second}


@pytest.fixture(scope="module")
def domain_richtingen(repository) -> dict[str, list[str]]:
    """The 2nd- and 3rd-graad richtingen of every studiedomein (a richting may be in two)."""
    per_domain: dict[str, list[str]] = {}
    for groepnummer, summary in repository.summaries.items():
        if summary.graad in (2, 3):
            for domein in summary.domeinen:
                per_domain.setdefault(domein, []).append(groepnummer)
    return per_domain


def test_ten_items_per_scale_and_the_short_form_is_ids_01_to_05(interest, repository):
    assert sorted(v.id for v in interest) == sorted(f"{s}{n:02d}" for s in RIASEC for n in range(1, 11))
    # A short-form answers file written before version 2 stays a short-form file: same ids.
    assert {v.id for v in repository.vragenlijst.vorm(kort=True)} == {f"{s}{n:02d}" for s in RIASEC
                                                                       for n in range(1, 6)}


def test_scales_take_turns_in_both_forms(repository):
    full = repository.vragenlijst.vorm(kort=False)
    kinds = [v.soort for v in full]
    assert kinds[:60] == ["interesse"] * 60 and "interesse" not in kinds[60:]
    assert "".join(v.schaal for v in full[:60]) == "RIASEC" * 10
    assert "".join(v.schaal for v in repository.vragenlijst.vorm(kort=True)) == "RIASEC" * 5
    for form in (full[:60], repository.vragenlijst.vorm(kort=True)):
        assert all(a.schaal != b.schaal for a, b in pairwise(form))


def test_practical_items_reach_kitchen_salon_sewing_room_and_care_beside_the_workshop(interest, source_items):
    practical = [v for v in interest if v.schaal == "R"]
    themes = " ".join(source_items[v.id]["thema"] for v in practical)
    assert [field for field in PRACTICAL_FIELDS if field not in themes.split()] == []
    assert all(v.domeinen for v in practical)  # every practical item belongs to some field
    short = [v for v in practical if v.kort]
    # The short form reaches as many fields: four domains, at most two workshop (STEM) items.
    assert {d for v in short for d in v.domeinen} >= {"Voeding en horeca", "Maatschappij en welzijn",
                                                      "Land- en tuinbouw", "STEM"}
    assert sum(v.domeinen == ("STEM",) for v in short) <= 2


def test_every_scale_samples_the_field_not_one_corner(interest, source_items):
    """A is not only drawing and music, S not only caring, C not only office work; the short form as wide."""
    for letter, fields in FIELDS.items():
        scale = [v for v in interest if v.schaal == letter]
        themes = " ".join(source_items[v.id]["thema"] for v in scale).split()
        assert [field for field in fields if field not in themes] == [], letter
        assert len({source_items[v.id]["thema"] for v in scale if v.kort}) == 5, letter


def test_one_activity_per_item(interest):
    doubles = [v.tekst for v in interest if " of " in WHETHER.sub("", v.tekst.lower())]
    assert doubles == []
    assert not [v.tekst for v in interest if "/" in v.tekst or "(" in v.tekst]


def test_plain_words_and_short_texts(repository):
    texts = [v.tekst for v in repository.vragenlijst.vragen]
    assert [t for t in texts if any(word in t.lower() for word in HARD_WORDS)] == []
    assert all(len(v.tekst.split()) <= 8 for v in repository.vragenlijst.vragen if v.soort == "interesse")


def test_no_item_starts_with_a_proper_noun(repository, interest):
    """Reasons lower-case an item's first letter, so that word must be an ordinary word. A proper noun (or an
    abbreviation) is a word the content writes with a capital in the middle of a sentence."""
    texts = [v.tekst for v in repository.vragenlijst.vragen]
    for groepnummer in repository.summaries:
        richting = repository.richting(groepnummer)
        texts += [richting.beschrijving, *(a.tekst for a in richting.activiteiten)]
    capitalised = {word for text in texts for sentence in re.split(r"[.!?:]\s+", text)
                   for word in re.findall(r"\w+", sentence)[1:] if word[0].isupper()}
    assert "Nederlands" in capitalised  # the check can see a proper noun
    assert [v.tekst for v in interest if v.tekst.split()[0] in capitalised] == []
    assert all(v.tekst[0].isupper() and not v.tekst.endswith(".") for v in interest)


def test_every_domain_tag_is_a_known_studiedomein(interest, repository):
    known = {d["naam"] for d in repository.domeinen()}
    assert {d for v in interest for d in v.domeinen} <= known
    assert all(len(set(v.domeinen)) == len(v.domeinen) for v in interest)
    # Every domain has items of its own; a generic activity ("Iemand iets uitleggen") belongs to none.
    assert {d for v in interest for d in v.domeinen} == known
    assert repository.vragenlijst.per_id["S05"].domeinen == ()


def test_items_and_richtingen_measure_the_same_thing(interest, repository, domain_richtingen):
    """For each studiedomein, the mean profile of its 2nd/3rd-graad richtingen has the scale of the items tagged
    with that domain among its two strongest letters, or the pair is explained above."""
    profiles = repository.riasec_profiles()
    tagged: dict[tuple[str, str], list[str]] = {}
    for vraag in interest:
        for domein in vraag.domeinen:
            tagged.setdefault((domein, vraag.schaal), []).append(vraag.id)
    unexplained, unbacked, stale = [], [], []
    for domein, letter in tagged:
        members = domain_richtingen[domein]
        mean = {x: sum(profiles[g][x] for g in members) / len(members) for x in RIASEC}
        agrees = letter in strongest_two(mean)
        if agrees and (domein, letter) in EXPLAINED:
            stale.append((domein, letter))
        elif not agrees and (domein, letter) not in EXPLAINED:
            unexplained.append((domein, letter, tagged[domein, letter], {x: round(v) for x, v in mean.items()}))
        elif not agrees:
            backers = [g for g in members if letter in strongest_two(profiles[g])]
            if len(backers) < 3:
                unbacked.append((domein, letter, backers))
    assert unexplained == []
    assert unbacked == []
    assert stale == [] and set(EXPLAINED) <= set(tagged)
    # And every domain is reached by items of one of its own two strongest letters.
    for domein, members in domain_richtingen.items():
        mean = {x: sum(profiles[g][x] for g in members) / len(members) for x in RIASEC}
        assert any(letter in strongest_two(mean) for d, letter in tagged if d == domein), domein


def test_cooking_hair_sewing_and_care_richtingen_lead_with_the_practical_letter(repository):
    """The richtingen behind the new practical items have R as their strongest letter, as the items do."""
    names = {"Restaurant en keuken", "Bakkerij", "Haarverzorging", "Moderealisatie", "Zorg en welzijn"}
    found = [s for s in repository.summaries.values() if s.naam in names and s.graad in (2, 3)]
    assert {s.naam for s in found} == names
    profiles = repository.riasec_profiles([s.groepnummer for s in found])
    assert [s.naam for s in found if max(profiles[s.groepnummer], key=profiles[s.groepnummer].get) != "R"] == []


def test_vragenlijst_json_gives_the_domains_of_every_interest_item(run_cli):
    code, out, _ = run_cli("vragenlijst", "--json")
    items = json.loads(out)
    assert code == 0
    interest = [i for i in items if i["soort"] == "interesse"]
    assert all(isinstance(i["domeinen"], list) for i in interest)
    assert next(i for i in interest if i["id"] == "R01")["domeinen"] == ["Voeding en horeca"]
    assert all("domeinen" not in i for i in items if i["soort"] != "interesse")


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        ('domeinen = ["Voeding en horeca"]', 'domeinen = ["Keuken"]',
         "vragenlijst.toml, item 1 (R01): onbekend studiedomein 'Keuken' in domeinen"),
        ('domeinen = ["Voeding en horeca"]\n', "", "item 1 (R01): domeinen ontbreekt"),
        ('thema = "koken"', 'thema = ""', "item 1 (R01): thema moet een korte tekst zijn"),
        ("versie = 2", 'versie = "twee"', "vragenlijst.toml, versie: geef de versie"),
        ('domein = "Economie en organisatie"', 'domein = "Economie en organisatie"\ndomeinen = ["STEM"]',
         "(D_ECO): alleen een interesse-item heeft domeinen"),
    ],
)
def test_a_bad_item_field_fails_the_build_with_file_item_and_reason(sources_copy, old, new, message):
    path = sources_copy / "vragenlijst.toml"
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    with pytest.raises(ContentError) as error:
        load_sources(sources_copy)
    assert message in str(error.value)
