"""The help pages (issue 15): bundled, complete, plain Dutch for pupils, linked correctly, searchable."""

import re

import pytest

from studiekeuze.help import AUDIENCES, HelpError, load_pages, parse_page, search_pages
from studiekeuze.textnorm import fold

ONDERWIJSVORMEN = re.compile(r"\b(aso|tso|bso|kso)\b", re.IGNORECASE)


@pytest.fixture(scope="module")
def pages():
    return load_pages("/home/x/.local/share/studiekeuze")


def text_of(pages) -> str:
    return fold(" ".join(f"{p.titel} {p.plain}" for p in pages))


def test_every_page_loads_with_a_title_an_audience_and_text(pages):
    assert len(pages) >= 12
    assert len({p.slug for p in pages}) == len(pages)
    for page in pages:
        assert page.titel and page.voor in AUDIENCES and page.tekst.strip()
        assert page.tekst.lstrip().startswith("# "), page.slug


def test_pupils_and_counsellors_have_their_own_pages(pages):
    assert sum(p.for_pupils() for p in pages) >= 8
    assert sum(not p.for_pupils() for p in pages) >= 3


@pytest.mark.parametrize("topic", [
    "profiel", "balk", "suggesties", "officiele gegevens", "een school of het clb", "hetzelfde studiedomein",
    "inschatting van studiekeuze", "doorstroom", "dubbele finaliteit", "arbeidsmarkt", "vks", "onderwijskwalificatie",
    "beroepskwalificatie", "duaal", "se-n-se", "graduaat", "bachelor", "groepnummer", "g-0081", "wissen",
    "leerlingen.sqlite", "klassessie", "begeleidercode", "code vergeten", "taakbeheer", "gevonden in",
])
def test_the_help_covers(pages, topic):
    assert topic in text_of(pages)


def test_the_evidence_words_are_those_the_app_shows(pages):
    from studiekeuze.vocabulary import Bewijs

    suggesties = next(p for p in pages if p.slug == "suggesties")
    for bewijs in Bewijs:
        assert fold(bewijs.label.split(":")[0]) in fold(suggesties.plain), bewijs


def test_pupil_pages_speak_of_finaliteiten_never_of_onderwijsvormen(pages):
    for page in pages:
        found = ONDERWIJSVORMEN.search(f"{page.titel} {page.tekst} {' '.join(page.trefwoorden)}")
        assert found is None, f"{page.slug}: {found.group(0)}"


def sentences(markdown: str) -> list[str]:
    """The sentences of a page: tables left out, list items and paragraphs apart, wrapped lines joined."""
    blocks, current = [], []
    for line in markdown.splitlines():
        stripped = line.strip()
        starts_item = re.match(r"^(- |\d+\. |#)", stripped)
        if not stripped or stripped.startswith("|") or starts_item:
            if current:
                blocks.append(" ".join(current))
            current = [stripped] if starts_item else []
        else:
            current.append(stripped)
    if current:
        blocks.append(" ".join(current))
    return [s for block in blocks for s in re.split(r"(?<=[.!?:;])\s", block) if len(s.split()) > 2]


def test_pupil_pages_are_short_with_short_sentences(pages):
    # Plain Dutch (B1): short pages, sentences of about 12 words on average, none longer than 25.
    for page in (p for p in pages if p.for_pupils()):
        assert len(page.plain.split()) <= 320, f"{page.slug}: {len(page.plain.split())} woorden"
        lengths = [len(s.split()) for s in sentences(page.tekst)]
        assert sum(lengths) / len(lengths) <= 12, f"{page.slug}: gemiddeld {sum(lengths) / len(lengths):.1f}"
        longest = max(sentences(page.tekst), key=lambda s: len(s.split()))
        assert len(longest.split()) <= 25, f"{page.slug}: {longest}"


def test_every_link_leads_to_a_page(pages):
    slugs = {p.slug for p in pages}
    for page in pages:
        assert set(page.links) <= slugs, page.slug


def test_a_pupil_page_links_only_to_pupil_pages(pages):
    for_pupils = {p.slug for p in pages if p.for_pupils()}
    for page in pages:
        if page.for_pupils():
            assert set(page.links) <= for_pupils, page.slug


def test_the_data_folder_is_filled_in(pages):
    gegevens = next(p for p in pages if p.slug == "gegevens")
    assert "/home/x/.local/share/studiekeuze" in gegevens.tekst and "$datamap" not in gegevens.tekst
    assert "$datamap" not in text_of(load_pages())


@pytest.mark.parametrize(("text", "slug"), [
    ("duaal", "duaal"),
    ("VKS", "niveaus"),
    ("Se-n-Se", "na-het-secundair"),
    ("sé-n-sé", "na-het-secundair"),
    ("FINALITEIT", "finaliteiten"),
    ("ideeen", "begeleider-profiel"),
    ("ideeën", "begeleider-profiel"),
    ("code vergeten", "begeleider-klassessie"),
    ("gegevens wissen", "gegevens"),
    ("G-code", "groepnummer"),
    ("tikfout", "verkennen"),
    ("balkjes", "profiel"),
])
def test_search_finds_the_page(pages, text, slug):
    found = search_pages(pages, text)
    assert found and found[0].slug == slug, [p.slug for p in found]


def test_search_needs_every_word_and_ignores_nothing_else(pages):
    assert search_pages(pages, "") == pages
    assert search_pages(pages, "duaal xyzzy") == []
    assert search_pages(pages, '"; DROP TABLE --') == []


def test_a_malformed_page_is_refused():
    with pytest.raises(HelpError, match="kop"):
        parse_page("x", "# Titel\n")
    with pytest.raises(HelpError, match="voor moet"):
        parse_page("x", "---\ntitel: T\nvoor: ouders\nvolgorde: 1\n---\n# T\n")
    with pytest.raises(HelpError, match="volgorde"):
        parse_page("x", "---\ntitel: T\nvoor: iedereen\nvolgorde: één\n---\n# T\n")
