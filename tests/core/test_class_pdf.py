"""The class PDF is put together from the pupils' own PDFs: each sheet is laid out once, and the pages read the same.

Also: the layout cache (parsed paragraphs and their lines, kept for one advice or one class run) changes nothing in
the PDF, byte for byte.
"""

import contextlib
import io

import pypdf
import pytest

from studiekeuze.advice import build_advice
from studiekeuze.classes.batch import Klasadvies, make_advice_sheets
from studiekeuze.pdf import document, render_class_pdf, render_pdf
from studiekeuze.pdf.combine import combine_pdfs
from studiekeuze.pdf.paragraphs import layout_cache
from studiekeuze.questionnaire.answers import read_answers_file
from studiekeuze.questionnaire.scoring import profile_from_scores
from tests.conftest import DATA
from tests.core.conftest import DAY
from tests.core.test_pdf import crowded  # noqa: F401 (a fixture: the hardest sheet)


def texts(data: bytes) -> list[str]:
    return [" ".join(page.extract_text().split()) for page in pypdf.PdfReader(io.BytesIO(data)).pages]


@pytest.fixture(scope="module")
def short(repository):
    """A sheet of one page: the next pupil then needs a page left empty before it, on double-sided paper."""
    return build_advice(repository, profile_from_scores(dict.fromkeys("RIASEC", 40)), naar_graad=3, suggesties=[],
                        datum=DAY, voornaam="Noor")


def test_combined_pages_are_the_pupils_pages_each_starting_on_a_front_page(short, yusuf, ana):
    parts = [render_pdf(a) for a in (short, yusuf, ana)]
    combined = combine_pdfs(parts, blank_note=short.lege_bladzijde, title="klas 4B")
    pages = texts(combined)
    expected: list[str] = []
    for part in parts:
        if len(expected) % 2:
            expected.append("Deze bladzijde is met opzet leeg.")
        expected += texts(part)
    assert pages == expected
    assert len(texts(parts[0])) == 1 and pages[1] == "Deze bladzijde is met opzet leeg."
    # The same pages as laying the whole class out again in one document.
    assert pages == texts(render_class_pdf([short, yusuf, ana]))
    reader = pypdf.PdfReader(io.BytesIO(combined))
    assert reader.metadata.title == "klas 4B" and reader.metadata.author == "studiekeuze"
    assert reader.trailer["/Root"]["/Lang"] == "nl-BE"
    single_sided = combine_pdfs(parts, blank_note=short.lege_bladzijde, title="klas", duplex=False)
    assert len(texts(single_sided)) == sum(len(texts(p)) for p in parts)


def test_a_class_run_lays_each_sheet_out_once(repository, tmp_path, monkeypatch):
    answers = read_answers_file(DATA / "answers" / "zorg-eerste-graad.json", repository.vragenlijst)
    calls = []
    original = document.render_many
    monkeypatch.setattr(document, "render_many", lambda advices, *a, **k: calls.append(len(advices)) or original(
        advices, *a, **k))
    import studiekeuze.pdf as pdf

    monkeypatch.setattr(pdf, "render_many", document.render_many)
    pupils = [Klasadvies(name, "4B", answers) for name in ("Ana", "Bo", "Cas")]
    result = make_advice_sheets(repository, pupils, tmp_path / "uit", ouders=True)
    assert calls == [1, 1, 1]  # one layout per pupil, none for the combined PDF
    combined = texts(result.klas_pdf.read_bytes())
    for path in result.gemaakt:
        own = texts(path.read_bytes())
        start = combined.index(own[0])
        assert combined[start:start + len(own)] == own


def test_the_layout_cache_changes_no_byte(repository, crowded, yusuf, ana, monkeypatch):  # noqa: F811
    import reportlab.rl_config

    monkeypatch.setattr(reportlab.rl_config, "invariant", 1)  # no time stamp or random id in the PDF
    answers = read_answers_file(DATA / "answers" / "elektriciteit-handen.json", repository.vragenlijst)
    notes = ["", "Kort.", ("Een langere notitie die over meer regels loopt en de tweede bladzijde vult. " * 9)[:690]]
    advices = [crowded, yusuf, ana] + [build_advice(repository, answers, notitie=n, datum=DAY) for n in notes]
    with layout_cache():  # as in a class run: kept over all sheets
        cached = [render_pdf(a, ouders=True) for a in advices]
    monkeypatch.setattr(document, "layout_cache", contextlib.nullcontext)
    plain = [render_pdf(a, ouders=True) for a in advices]
    assert cached == plain


def test_the_fast_subset_mapping_writes_the_same_pdf(repository, crowded, yusuf, monkeypatch):  # noqa: F811
    import reportlab.rl_config
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    from studiekeuze.pdf.fonts import BOLD, REGULAR, register_fonts

    monkeypatch.setattr(reportlab.rl_config, "invariant", 1)
    register_fonts()
    fonts = [pdfmetrics.getFont(name) for name in (REGULAR, BOLD)]
    fast = [render_pdf(a, ouders=True) for a in (crowded, yusuf)]
    for font in fonts:
        monkeypatch.setattr(font, "__class__", TTFont)  # ReportLab's own splitString
    assert [render_pdf(a, ouders=True) for a in (crowded, yusuf)] == fast


def test_the_fast_subset_mapping_gives_reportlabs_chunks():
    from reportlab.pdfbase.ttfonts import TTFont

    from studiekeuze import resources
    from studiekeuze.pdf.fonts import _Font

    class Doc:  # a document key (ReportLab keeps a subset state per document, weakly)
        pass

    font = _Font("Proef", str(resources.bundled("fonts", "DejaVuSans.ttf")))
    doc = Doc()
    many = "".join(chr(c) for c in range(0x100, 0x100 + 400))  # more characters than one subset of 256 holds
    for text in ("Ána-Lucía\xa0Çelik", many, "", "nog eens Ána", many[::-1] + " Zoë"):
        # first through ReportLab (new characters get their codes), then both ways on a document that has them
        expected = TTFont.splitString(font, text, doc)
        assert _Font.splitString(font, text, doc) == expected == TTFont.splitString(font, text, doc)


def _every_level_for_real(advies, ouders: bool) -> bytes:
    """The sheet as laying out every detail level for real, from 0 up, gives it (what render_pdf did before its
    trial layouts): the first level whose sheet and parents' page keep to their pages."""
    parents_level = 0
    for level in range(document.MAX_LEVEL + 1):
        while True:
            data, pages, parents, _translated = document._build(
                [advies], ouders, [level], True, advies.metadata_titel, [parents_level])
            if parents[0] <= document.MAX_PARENTS_PAGES or parents_level >= document.MAX_PARENTS_LEVEL:
                break
            parents_level += 1
        if pages[0] <= document.MAX_MAIN_PAGES:
            return data
    return data


def test_trial_layouts_give_the_pdf_of_laying_out_every_level_for_real(repository, crowded, yusuf, ana,  # noqa: F811
                                                                       monkeypatch, caplog):
    """The detail level is searched with trial layouts that draw nothing (pdf/trial.py); the PDF is byte for byte
    the one that laying out each level for real gives, for sheets of every level up to the hardest one."""
    import reportlab.rl_config

    monkeypatch.setattr(reportlab.rl_config, "invariant", 1)
    note = ("Volgende week gaan we samen naar de opendeurdag. Vraag ook aan je ouders wat zij denken. " * 4)[:400]
    answers = read_answers_file(DATA / "answers" / "zorg-eerste-graad.json", repository.vragenlijst)
    advices = [crowded, yusuf, ana, build_advice(repository, answers, notitie=note, datum=DAY)]
    levels = {document.sheet_level(a)[0] for a in advices}
    assert len(levels) >= 3, levels  # sheets that fit at once and sheets that need one or more lower levels
    for advies in advices:
        assert render_pdf(advies, ouders=True) == _every_level_for_real(advies, ouders=True)
    assert "trial layout counted" not in caplog.text
    trial, *_ = document._build([yusuf], False, [0], True, yusuf.metadata_titel, trial=True)
    assert trial == b""  # a trial writes nothing


def test_trial_layouts_change_no_byte_of_a_class_document_with_a_translated_parents_page(
        repository, crowded, yusuf, ana, monkeypatch):  # noqa: F811
    """Several pupils in one document, double-sided, with parents' pages in Arabic (right to left) and Turkish:
    the same bytes whether the trial layouts draw or not."""
    import reportlab.rl_config

    monkeypatch.setattr(reportlab.rl_config, "invariant", 1)
    answers = read_answers_file(DATA / "answers" / "zorg-eerste-graad.json", repository.vragenlijst)
    advices = [crowded, yusuf, ana] + [build_advice(repository, answers, notitie="Kort.", datum=DAY, taal=taal)
                                       for taal in ("ar", "tr")]
    trial_draws_nothing = document.render_many(advices, ouders=True, duplex=True)
    monkeypatch.setattr(document._TrialCanvas, "trial", False)  # the trials now draw, as a real layout does
    assert document.render_many(advices, ouders=True, duplex=True) == trial_draws_nothing
