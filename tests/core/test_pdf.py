"""The printed advice: what the PDF says (read back with pypdf), its pages, its fonts, and that nothing runs off."""

import io
import re

import pypdf
import pytest
from reportlab.pdfbase.pdfmetrics import stringWidth

from studiekeuze.advice import MAX_NOTE_CHARS, Advies, build_advice
from studiekeuze.models import Suggestie
from studiekeuze.pdf import render_class_pdf, render_pdf
from studiekeuze.pdf.styles import (
    FOOTER_Y,
    MARGIN_TOP,
    MARGIN_X,
    MAX_PARENTS_LEVEL,
    MIN_SIZE,
    PAGE_SIZE,
    parents_styles,
    styles,
)
from studiekeuze.questionnaire.scoring import profile_from_scores
from tests.core.conftest import DAY
from tests.pdf_cards import card_titles

ONDERWIJSVORM = re.compile(r"\b(aso|tso|bso|kso)\b", re.IGNORECASE)
LONG_FIRST_NAME = "Maëlle-Françoise Anaïs Çelik-Ørsted Z&<>"  # 40 characters: accents, and markup characters


def read(data: bytes) -> pypdf.PdfReader:
    return pypdf.PdfReader(io.BytesIO(data))


def page_texts(data: bytes) -> list[str]:
    """Each page's text with whitespace collapsed, so a name wrapped over two lines still reads as one."""
    return [" ".join(page.extract_text().split()) for page in read(data).pages]







@pytest.fixture(scope="module")
def crowded(repository) -> Advies:
    """The hardest sheet: the longest names of every finaliteit, three long reasons each, steps after school, a
    40-character accented first name with & and <, the longest richting as the current one, the longest note."""
    longest = sorted(repository.summaries.values(), key=lambda s: -len(s.naam))
    reason = ("Je doet graag praktisch werk met je handen, zoals: een fietsband plakken of een fietsketting vervangen. "
              "In deze richting: je bouwt een verdeelkast met zekeringen en een verliesstroomschakelaar.")
    suggesties = [
        Suggestie(s.naam, 90, "verwante_richting", (reason, reason, reason), s)
        for finaliteit in ("A", "D/A", "D")
        for s in [s for s in longest if s.finaliteit == finaliteit][:3]
    ]
    suggesties += [
        Suggestie("Werken op een veebedrijf of bij een bedrijf dat met de landbouw samenwerkt", 80, "arbeidsmarkt",
                  (reason,)),
        Suggestie("Graduaat in de elektromechanische systemen", 80, "graduaat", (reason,)),
        Suggestie("Bachelor in de toegepaste informatica", 80, "bachelor", (reason,)),
    ]
    return build_advice(
        repository, profile_from_scores({"R": 90, "I": 70, "A": 65, "S": 20, "E": 10, "C": 40}),
        repository.richting(longest[0].groepnummer), notitie=("Een lange notitie, met zorg geschreven. " * 30)[
            :MAX_NOTE_CHARS], datum=DAY, voornaam=LONG_FIRST_NAME, suggesties=suggesties,
        per_finaliteit=3,
    )


def test_sections_names_and_finaliteit_labels_are_printed(yusuf):
    text = " ".join(page_texts(render_pdf(yusuf)))
    for wanted in (
        "Studieadvies voor Yusuf", "23 november 2026", f"gegevensversie {yusuf.data_versie}",
        yusuf.profiel.kop, yusuf.suggesties.kop, yusuf.pad.kop, yusuf.volgende_stappen.kop, "Notitie van je begeleider",
        "Bekijk ook duaal leren.", "Hoe dit advies gemaakt is", "geen oordeel",
        "Arbeidsmarkt – klaar voor een beroep", "Dubbele finaliteit – werken of verder studeren",
        "Elektrische installaties", "Elektrotechnieken", "knelpuntberoep", "Wat je leert:", "Daarna:", "Leerweg:",
        "Beroepen:", "7de jaar", "Graduaat", "Bachelor", "Werk",
    ):
        assert wanted in text, wanted
    assert yusuf.profiel.zinnen[0] in text


def test_every_finaliteit_of_a_full_advice_is_labelled(ana):
    text = " ".join(page_texts(render_pdf(ana)))
    for label in ("Arbeidsmarkt – klaar voor een beroep", "Dubbele finaliteit – werken of verder studeren",
                  "Doorstroom – voorbereiding op verder studeren"):
        assert label in text
    for kaart in ana.kaarten:
        assert kaart.naam in text


def test_at_most_two_pages_and_three_with_the_parents_page(yusuf, ana):
    for advies in (yusuf, ana):
        assert 1 <= len(read(render_pdf(advies)).pages) <= 2
        with_parents = page_texts(render_pdf(advies, ouders=True))
        assert len(with_parents) == len(read(render_pdf(advies)).pages) + 1
        parents = with_parents[-1]
        assert parents.startswith(f"Voor de ouders van {advies.voornaam}")
        for wanted in ("Wat betekenen de finaliteiten?", "Arbeidsmarkt (arbeidsmarktfinaliteit)", "Dubbele finaliteit",
                       "Doorstroom (doorstroomfinaliteit)", "7de jaar", "graduaat", "bachelor", "CLB"):
            assert wanted in parents


def test_no_onderwijsvorm_is_printed(yusuf, ana, crowded):
    for advies in (yusuf, ana, crowded):
        for text in page_texts(render_pdf(advies, ouders=True)):
            assert not ONDERWIJSVORM.search(text)


def test_footer_counts_the_pupils_pages(yusuf):
    texts = page_texts(render_pdf(yusuf, ouders=True))
    total = len(texts)
    for number, text in enumerate(texts, start=1):
        assert f"Studieadvies voor Yusuf · 23 november 2026 blad {number} van {total}" in text


def test_the_font_is_embedded_and_the_only_one(yusuf):
    reader = read(render_pdf(yusuf, ouders=True))
    seen = set()
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            name = str(font["/BaseFont"]).split("+")[-1]
            seen.add(name)
            assert font["/Subtype"] == "/TrueType"
            assert "/FontFile2" in font["/FontDescriptor"].get_object(), f"{name} is not embedded"
    assert seen == {"DejaVuSans", "DejaVuSans-Bold"}


def test_crowded_sheet_fits_two_pages_and_keeps_every_name_whole(crowded):
    assert len(crowded.voornaam) == 40
    data = render_pdf(crowded, ouders=True)
    texts = page_texts(data)
    assert len(texts) == 3  # two pages for the pupil (less detail was chosen), one for the parents
    text = " ".join(texts)
    assert f"Studieadvies voor {crowded.voornaam}" in text  # "&" and "<" print as written
    assert crowded.notitie.alineas[0] in text
    for groep in crowded.groepen:
        assert groep.kop in text
    assert card_titles(data) == [k.naam for k in crowded.kaarten]  # every card of the advice, none dropped
    assert "Doorstroom – voorbereiding op verder studeren" in text


def test_the_most_cards_a_sheet_holds_fit_on_two_pages(repository):
    """MAX_KAARTEN of the longest names, with long reasons, the longest note and name: still two pages."""
    from studiekeuze.service.outcome import MAX_KAARTEN

    longest = sorted(repository.summaries.values(), key=lambda s: -len(s.naam))
    reason = "Je doet graag praktisch werk met je handen, zoals een fietsketting vervangen. " * 2
    per_group = -(-MAX_KAARTEN // 3)
    suggesties = [Suggestie(s.naam, 90, "verwante_richting", (reason, reason), s)
                  for finaliteit in ("A", "D/A", "D")
                  for s in [s for s in longest if s.finaliteit == finaliteit][:per_group]][:MAX_KAARTEN]
    advies = build_advice(repository, profile_from_scores({"R": 90, "I": 70, "A": 65, "S": 20, "E": 10, "C": 40}),
                          repository.richting(longest[0].groepnummer), datum=DAY, voornaam=LONG_FIRST_NAME,
                          notitie=("Een lange notitie, met zorg geschreven. " * 30)[:MAX_NOTE_CHARS],
                          suggesties=suggesties, per_finaliteit=per_group)
    assert len(advies.kaarten) == MAX_KAARTEN
    data = render_pdf(advies)
    assert len(read(data).pages) == 2
    assert card_titles(data) == [k.naam for k in advies.kaarten]


def _text_runs(data: bytes) -> list[tuple[int, str, float, float, float]]:
    """(page, text, x, y, width) of every run of text, width measured with the embedded font's metrics."""
    runs = []
    for number, page in enumerate(read(data).pages, start=1):
        def visit(text, cm, tm, font, size, number=number):
            text = text.strip("\n")
            if not text.strip() or font is None:
                return
            name = str(font["/BaseFont"]).split("+")[-1]
            x, y = cm[4] + tm[4] * cm[0], cm[5] + tm[5] * cm[3]
            runs.append((number, text, x, y, stringWidth(text, name, size)))

        page.extract_text(visitor_text=visit)
    return runs


def test_nothing_runs_outside_the_margins(crowded, yusuf, ana):
    left, right = MARGIN_X - 0.5, PAGE_SIZE[0] - MARGIN_X + 0.5
    for advies in (crowded, yusuf, ana):
        runs = _text_runs(render_pdf(advies, ouders=True))
        assert len(runs) > 100
        for page, text, x, y, width in runs:
            assert left <= x and x + width <= right, f"page {page}: {text!r} runs from {x:.0f} to {x + width:.0f}"
            assert FOOTER_Y - 1 <= y <= PAGE_SIZE[1] - MARGIN_TOP, f"page {page}: {text!r} at height {y:.0f}"


def test_no_suggestions_still_makes_a_calm_sheet(repository):
    advies = build_advice(repository, profile_from_scores(dict.fromkeys("RIASEC", 40)), naar_graad=3,
                          suggesties=[], datum=DAY, voornaam="Noor")
    texts = page_texts(render_pdf(advies))
    assert len(texts) <= 2
    text = " ".join(texts)
    assert advies.geen_suggesties in text
    assert "Samen verder zoeken" in text and "Er springt nog geen interesse duidelijk uit" in text


def test_class_document_starts_every_pupil_on_a_front_page(yusuf, ana, repository):
    short = build_advice(repository, profile_from_scores(dict.fromkeys("RIASEC", 40)), naar_graad=3, suggesties=[],
                         datum=DAY, voornaam="Noor")
    single_pages = [len(read(render_pdf(a)).pages) for a in (short, yusuf, ana)]
    texts = page_texts(render_class_pdf([short, yusuf, ana]))
    starts = [i for i, text in enumerate(texts, start=1) if " blad 1 van " in text]
    assert len(starts) == 3 and all(page % 2 == 1 for page in starts)
    for name, start, pages in zip(("Noor", "Yusuf", "Ána-Lucía"), starts, single_pages, strict=True):
        assert texts[start - 1].startswith(f"Studieadvies voor {name}")
        assert f"blad {pages} van {pages}" in texts[start + pages - 2]
    if single_pages[0] % 2:
        blank = texts[single_pages[0]]
        assert blank == "Deze bladzijde is met opzet leeg."  # no footer, no other pupil's data
    assert len(read(render_class_pdf([short, yusuf], duplex=False)).pages) == sum(single_pages[:2])


def test_text_in_the_path_picture_wraps_inside_its_box():
    from studiekeuze.pdf.flowables import wrap_lines
    from studiekeuze.pdf.fonts import REGULAR, register_fonts

    register_fonts()
    name = "Operator strijkafdeling kleding- en confectieartikelen en textielverzorging"
    lines = wrap_lines(name, REGULAR, 7, 90, 2)
    assert len(lines) == 2 and lines[-1].endswith("…")
    assert all(stringWidth(line, REGULAR, 7) <= 90 for line in lines)
    assert wrap_lines("Werk", REGULAR, 7, 90, 2) == ["Werk"]


def _sized_runs(data: bytes) -> list[tuple[int, str, float]]:
    """(page, text, size in points as printed) of every run of text."""
    runs = []
    for number, page in enumerate(read(data).pages, start=1):
        def visit(text, cm, tm, font, size, number=number):
            if text.strip() and font is not None:
                runs.append((number, text.strip(), size * tm[0] * cm[0]))

        page.extract_text(visitor_text=visit)
    return runs


def test_nothing_is_printed_smaller_than_8_points(crowded, yusuf, ana, repository):
    """Issue 15: 7–8 pt was too small; the crowded sheet, the parents' page and a class document included."""
    class_pdf = render_class_pdf([yusuf, ana])
    for data in (render_pdf(crowded, ouders=True), render_pdf(yusuf, ouders=True), render_pdf(ana), class_pdf):
        runs = _sized_runs(data)
        assert len(runs) > 100
        small = [(page, text, round(size, 2)) for page, text, size in runs if size < MIN_SIZE - 0.01]
        assert not small, small[:5]


def test_running_text_is_at_least_9_5_points(yusuf):
    sheet = styles()
    for name in ("body", "bullet", "note", "card_text", "card_bullet", "parents_body", "parents_bullet"):
        assert getattr(sheet, name).fontSize >= 9.5, name
    for level in range(MAX_PARENTS_LEVEL + 1):  # a parents' page set smaller for a long name: still 9.5 pt
        parents = parents_styles(level)
        assert min(parents.body.fontSize, parents.bullet.fontSize, parents.label.fontSize) >= 9.5
        assert min(s.fontSize for s in (parents.title, parents.heading)) >= MIN_SIZE
    # What the pupil reads on a card (its reasons) is printed at that size, not only styled so.
    runs = _sized_runs(render_pdf(yusuf))
    reason = yusuf.kaarten[0].redenen[0]
    sizes = {round(size, 2) for _page, text, size in runs if len(text) > 10 and text in reason}
    assert sizes and min(sizes) >= 9.5


def test_two_groups_of_one_card_share_a_row(yusuf):
    """Yusuf has one dubbele-finaliteit and one doorstroom card: side by side, each under its own heading."""
    singles = [g.kaarten[0].naam for g in yusuf.groepen if len(g.kaarten) == 1]
    assert len(singles) == 2
    data = render_pdf(yusuf)
    title_size = styles().card_title.fontSize
    first_lines: dict[str, tuple[int, int, float]] = {}  # name: page, height, x of the name's first line
    for number, page in enumerate(read(data).pages, start=1):
        def visit(text, cm, tm, font, size, number=number):
            for naam in singles:
                if abs(size - title_size) < 0.01 and text.strip() and naam.startswith(text.strip()):
                    first_lines.setdefault(naam, (number, round(cm[5] + tm[5] * cm[3]), cm[4] + tm[4] * cm[0]))

        page.extract_text(visitor_text=visit)
    (page_a, y_a, x_a), (page_b, y_b, x_b) = (first_lines[naam] for naam in singles)
    assert (page_a, y_a) == (page_b, y_b) and x_a < x_b  # one row: the same height, left then right
    assert card_titles(data) == [k.naam for k in yusuf.kaarten]
