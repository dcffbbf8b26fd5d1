"""The parents' page in the home language (issue 17): after the Dutch page, in its own script with its fonts
embedded, within one page; Arabic joined and right to left; the Dutch page unchanged; clear Dutch messages."""

import io
import re
import unicodedata

import pypdf
import pytest
from pypdf.generic import ContentStream
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfmetrics import stringWidth

from studiekeuze.advice import build_advice
from studiekeuze.advice import wording as w
from studiekeuze.errors import UnknownLanguage
from studiekeuze.pdf import render_class_pdf, render_pdf
from studiekeuze.pdf.fonts import ARABIC, ARABIC_BOLD, BOLD, REGULAR, register_arabic_fonts
from studiekeuze.pdf.rtl import RtlParagraph, line_width, runs
from studiekeuze.pdf.styles import MARGIN_X, PAGE_SIZE, translated_parents_styles
from studiekeuze.vocabulary import LANGUAGES, find_language
from tests.conftest import DATA
from tests.core.conftest import DAY, answers

CODES = [language.code for language in LANGUAGES]
DUTCH_PAGE = (DATA / "ouders-nl-yusuf.txt").read_text(encoding="utf-8").strip()
FOOTER = " Studieadvies voor Yusuf · "
# Words of each translation that must be on its page (for Arabic: compared after NFKC, which turns the printed
# presentation forms back into letters; none of these words holds a lam-alef ligature).
KNOWN_WORDS = {
    "en": ("For the parents of Yusuf", "What do the finaliteiten mean?", "Arbeidsmarkt (arbeidsmarktfinaliteit): ready",
           "Words you will hear at school", "klassenraad: all the teachers", "The CLB is happy to help you"),
    "fr": ("Pour les parents de Yusuf", "Que veulent dire les finaliteiten ?", "journée portes ouvertes",
           "Les mots que vous entendrez à l’école", "klassenraad : tous les professeurs", "c’est gratuit"),
    "tr": ("Veliler için: Yusuf", "Finaliteit’ler ne anlama geliyor?", "açık kapı günü",
           "Okulda duyacağınız kelimeler", "klassenraad: çocuğunuzun", "ücretsizdir"),
    "uk": ("Для батьків: Yusuf", "Що означають finaliteiten?", "день відкритих дверей", "Слова, які Ви почуєте в школі",
           "klassenraad: усі вчителі", "безкоштовно"),
    "ar": ("Yusuf", "طفلكم", "المدرسة", "finaliteiten", "klassenraad", "CLB", "Centrum voor Leerlingenbegeleiding"),
    "pl": ("Dla rodziców: Yusuf", "Co oznaczają finaliteiten?", "dzień otwarty",
           "Słowa, które usłyszą Państwo w szkole", "klassenraad: wszyscy nauczyciele", "za darmo"),
}
REGISTERED = {"NotoNaskhArabic-Regular": ARABIC, "NotoNaskhArabic-Bold": ARABIC_BOLD}  # PDF name → ReportLab name
LONG_NAMES = ("Maëlle-Françoise Anaïs Çelik-Ørsted Z&<>", "Oluwadamilarekehindeolamidesewaoluwabukunmiayo" * 2)


def read(data: bytes) -> pypdf.PdfReader:
    return pypdf.PdfReader(io.BytesIO(data))


def page_texts(data: bytes) -> list[str]:
    return [" ".join(page.extract_text().split()) for page in read(data).pages]


def without_footer(text: str) -> str:
    return text[:text.index(FOOTER)] if FOOTER in text else text


@pytest.fixture(scope="module")
def yusuf_answers(repository):
    return answers(repository, "elektriciteit-handen")


@pytest.fixture(scope="module")
def pupil_pages(repository, yusuf_answers) -> int:
    return len(read(render_pdf(build_advice(repository, yusuf_answers, datum=DAY))).pages)


@pytest.fixture(scope="module")
def rendered(repository, yusuf_answers):
    """The advice with parents' pages of Yusuf in each language, rendered once for the module."""
    cache: dict[tuple[str, str | None], bytes] = {}

    def pdf(taal: str, voornaam: str | None = None) -> bytes:
        if (taal, voornaam) not in cache:
            advies = build_advice(repository, yusuf_answers, datum=DAY, taal=taal, voornaam=voornaam)
            cache[(taal, voornaam)] = render_pdf(advies, ouders=True)
        return cache[(taal, voornaam)]

    return pdf


# --- the templates and the content -----------------------------------------------------------------------------
def _macros(template: str) -> dict[str, tuple[str, ...]]:
    module = w._module(template)
    return {name: getattr(module, name).arguments for name in dir(module) if not name.startswith("_")}


@pytest.mark.parametrize("code", CODES)
def test_every_language_has_a_template_with_the_dutch_macros(code):
    assert _macros(w.parents_template(code)) == _macros("ouders.j2")


@pytest.mark.parametrize("code", CODES)
def test_every_finaliteit_is_translated_in_every_language(repository, code):
    vertalingen = repository.finaliteit_vertalingen(code)
    assert set(vertalingen) == {"A", "D/A", "D"}
    assert all(v["kort"] and v["uitleg"] for v in vertalingen.values())


@pytest.mark.parametrize("code", CODES)
def test_every_letter_of_a_translation_has_a_glyph_in_the_font_that_prints_it(repository, yusuf_answers, code):
    register_arabic_fonts()
    advies = build_advice(repository, yusuf_answers, datum=DAY, taal=code, voornaam="Zoë")
    texts = [t for blok in advies.ouders_vertaald for t in (blok.kop, *blok.alineas, *blok.punten,
                                                            *(x for r in blok.regels for x in (r.label, r.tekst)))]
    arabic_script = find_language(code).right_to_left
    for font_pair in ((REGULAR, ARABIC), (BOLD, ARABIC_BOLD)):
        latin, arabic = (set(pdfmetrics.getFont(name).face.charToGlyph) for name in font_pair)
        for text in texts:
            for ch in text:
                in_arabic_font = arabic_script and unicodedata.bidirectional(ch) in ("R", "AL")
                font = arabic if in_arabic_font else latin
                assert ord(ch) in font or ch in " \u00a0", f"{code}: {ch!r} (U+{ord(ch):04X}) has no glyph in {text!r}"


def test_two_flemish_words_side_by_side_in_arabic_are_one_phrase(repository, yusuf_answers):
    # An Arabic reader reads right to left, but Latin words next to each other print left to right as one group:
    # "لكل studierichting finaliteit" would be read as "finaliteit studierichting". Only real phrases may do that.
    phrases = {"Yusuf", "7de jaar", "dubbele finaliteit", "Dubbele finaliteit", "finaliteit arbeidsmarkt",
               "CLB (Centrum voor Leerlingenbegeleiding)", "Arbeidsmarkt (arbeidsmarktfinaliteit)",
               "Doorstroom (doorstroomfinaliteit)"}
    advies = build_advice(repository, yusuf_answers, datum=DAY, taal="ar")
    texts = [t for blok in advies.ouders_vertaald for t in (blok.kop, *blok.alineas, *blok.punten,
                                                            *(x for r in blok.regels for x in (r.label, r.tekst)))]
    for text in texts:
        for direction, run in runs(text):
            if direction == "L" and " " in run.strip():
                assert run.strip() in phrases, f"{run!r} in {text!r}"


def test_the_french_page_keeps_its_punctuation_with_the_word_before():
    assert w.parents("kop_thuis", "fr") == "Comment en parler à la maison\u00a0?"
    assert w.parents("kop", "fr", voornaam="Anna") == "Pour les parents d’Anna"
    assert w.parents("kop", "fr", voornaam="Yasmine") == "Pour les parents de Yasmine"


# --- the PDF ---------------------------------------------------------------------------------------------------
def test_the_dutch_parents_page_is_unchanged_without_a_language(repository, yusuf_answers, pupil_pages):
    advies = build_advice(repository, yusuf_answers, datum=DAY)
    assert advies.ouders_vertaald == () and advies.ouders_taal == ""
    texts = page_texts(render_pdf(advies, ouders=True))
    assert len(texts) == pupil_pages + 1
    assert without_footer(texts[-1]) == DUTCH_PAGE


@pytest.mark.parametrize("code", CODES)
def test_the_page_in_each_language_follows_the_dutch_one(rendered, pupil_pages, code):
    texts = page_texts(rendered(code))
    assert len(texts) == pupil_pages + 2  # the pupil's sheet stays as it was; one Dutch page, one translated
    assert without_footer(texts[-2]) == DUTCH_PAGE
    translated = unicodedata.normalize("NFKC", texts[-1])
    for word in KNOWN_WORDS[code]:
        assert word in translated, f"{code}: {word!r} not on the page"
    assert f"vertaling: {find_language(code).naam}" in texts[-1]  # the footer says in Dutch which language it is
    assert f"blad {len(texts)} van {len(texts)}" in texts[-1]


@pytest.mark.parametrize("code", CODES)
def test_every_font_is_embedded_and_the_script_has_its_own(rendered, code):
    seen = set()
    for page in read(rendered(code)).pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            name = str(font["/BaseFont"]).split("+")[-1]
            seen.add(name)
            assert "/FontFile2" in font["/FontDescriptor"].get_object(), f"{name} is not embedded"
    expected = {"DejaVuSans", "DejaVuSans-Bold"}
    if code == "ar":
        expected |= {"NotoNaskhArabic-Regular", "NotoNaskhArabic-Bold"}
    assert seen == expected


@pytest.mark.parametrize("code", CODES)
@pytest.mark.parametrize("name", LONG_NAMES)
def test_a_very_long_first_name_still_fits_on_one_page(rendered, pupil_pages, code, name):
    data = rendered(code, name)
    texts = page_texts(data)
    assert len(texts) == pupil_pages + 2  # the name may make the type smaller, never add a page
    if code != "ar":  # (in Arabic, the name is checked by the line-breaking test below)
        assert name.replace(" ", "") in texts[-1].replace(" ", "")  # whole, "&" and "<" as written
    _assert_within_margins(data, len(texts) - 1)


def _assert_within_margins(data: bytes, page_index: int) -> None:
    left, right = MARGIN_X - 0.5, PAGE_SIZE[0] - MARGIN_X + 0.5
    blocks = _text_blocks(data, page_index, sizes=True)
    assert len(blocks) > 20
    for x, _y, font, text, size in blocks:
        # The glyphs' own advances (HarfBuzz may kern Arabic a little: a point of room).
        width = stringWidth(text, REGISTERED.get(font, font), size)
        assert left <= x and x + width <= right + 1, f"{text!r} runs from {x:.0f} to {x + width:.0f}"


@pytest.mark.parametrize("code", CODES)
def test_the_page_in_each_language_stays_inside_the_margins(rendered, code):
    data = rendered(code)
    _assert_within_margins(data, len(read(data).pages) - 1)


# --- Arabic: joined letters, right to left ---------------------------------------------------------------------
def _to_unicode(font) -> dict[int, str]:
    cmap = font["/ToUnicode"].get_object().get_data().decode("latin-1")
    mapping = {}
    for section in re.findall(r"beginbfchar(.*?)endbfchar", cmap, re.S):
        for code, text in re.findall(r"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>", section):
            mapping[int(code, 16)] = bytes.fromhex(text).decode("utf-16-be")
    for section in re.findall(r"beginbfrange(.*?)endbfrange", cmap, re.S):
        for first, last, start in re.findall(r"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>", section):
            for offset in range(int(last, 16) - int(first, 16) + 1):
                mapping[int(first, 16) + offset] = chr(int(start, 16) + offset)
    return mapping


def _text_blocks(data: bytes, page_index: int, sizes: bool = False) -> list[tuple]:
    """(x, y, font, text) of every line of every text object on the page, its text decoded in the order the glyphs
    are drawn (left to right), read from the content stream itself, not through pypdf's text extraction (which
    reorders right-to-left text)."""
    reader = read(data)
    page = reader.pages[page_index]
    fonts = {name: (str(f.get_object()["/BaseFont"]).split("+")[-1], _to_unicode(f.get_object()))
             for name, f in page["/Resources"]["/Font"].items()}
    blocks: list[tuple] = []
    stack: list[tuple[float, float]] = []
    origin = (0.0, 0.0)
    line: list | None = None  # x, y, font, text, size of the line being drawn
    font: tuple[str, dict[int, str]] | None = None

    def finish() -> None:
        if line is not None and line[3].strip():
            blocks.append(tuple(line) if sizes else tuple(line[:4]))

    for operands, operator in ContentStream(page.get_contents(), reader).operations:
        if operator == b"q":
            stack.append(origin)
        elif operator == b"Q":
            origin = stack.pop()
        elif operator == b"cm":
            origin = (origin[0] + float(operands[4]), origin[1] + float(operands[5]))
        elif operator == b"BT":
            line = [origin[0], origin[1], None, "", 0.0]
        elif line is None:
            continue
        elif operator == b"Tm":
            line[0], line[1] = origin[0] + float(operands[4]), origin[1] + float(operands[5])
        elif operator in (b"Td", b"TD", b"T*"):
            finish()
            dx, dy = (float(operands[0]), float(operands[1])) if operator != b"T*" else (0.0, 0.0)
            line = [line[0] + dx, line[1] + dy, line[2], "", line[4]]
        elif operator == b"Tf":
            font = fonts[operands[0]]
            line[2], line[4] = font[0], float(operands[1])
        elif operator in (b"Tj", b"TJ") and font is not None:
            for part in operands[0] if operator == b"TJ" else [operands[0]]:
                if isinstance(part, str | bytes):
                    raw = part.get_original_bytes() if hasattr(part, "get_original_bytes") else bytes(part)
                    line[3] += "".join(font[1].get(b, "") for b in raw)
        elif operator == b"ET":
            finish()
            line = None
    return blocks


def _glyphs(text: str, font: str) -> list[int]:
    char_to_glyph = pdfmetrics.getFont(font).face.charToGlyph
    return [char_to_glyph[ord(ch)] for ch in text]


def test_arabic_comes_out_joined_and_right_to_left(rendered):
    register_arabic_fonts()
    data = rendered("ar")
    blocks = _text_blocks(data, len(read(data).pages) - 1)
    sentence = w.parents("vertaling", "ar")  # "تقول الصفحة السابقة الشيء نفسه بالهولندية."
    drawn = [text for _x, _y, font, text in blocks if font == "NotoNaskhArabic-Regular"
             and unicodedata.normalize("NFKC", text[::-1]) == sentence]
    assert len(drawn) == 1, "the sentence is drawn once, as one run, its glyphs in reverse (visual) order"
    visual = drawn[0]
    assert visual[0] == "."  # the full stop that ends the sentence stands at its left end
    # The first word, تقول, at the right end: ت initial, ق medial, و final, then ل alone (و never joins to the left).
    # Its forms come from Unicode's joining rules, not from the shaper; compared as glyphs of the embedded font.
    expected = "\ufe97\ufed8\ufeee\ufedd"[::-1]
    assert _glyphs(visual[-4:], ARABIC) == _glyphs(expected, ARABIC)
    assert sum(1 for ch in visual if 0xFE70 <= ord(ch) <= 0xFEFF) >= 20  # joined forms, not loose letters


def test_a_latin_name_in_an_arabic_heading_stands_on_the_left(rendered):
    data = rendered("ar")
    blocks = _text_blocks(data, len(read(data).pages) - 1)
    name = next(b for b in blocks if b[3] == "Yusuf")
    arabic = [b for b in blocks if b[1] == name[1] and b[2] == "NotoNaskhArabic-Bold"]
    assert arabic and all(name[0] < b[0] for b in arabic)  # لأولياء أمر Yusuf: the name comes last, so leftmost


@pytest.mark.parametrize(("text", "expected"), [
    ("Arbeidsmarkt (arbeidsmarktfinaliteit): الاستعداد لمهنة",
     [("L", "Arbeidsmarkt (arbeidsmarktfinaliteit)"), ("R", ": الاستعداد لمهنة")]),
    ("في (CLB) نعم", [("R", "في ("), ("L", "CLB"), ("R", ") نعم")]),
    ("في 7de jaar (سنة سابعة) أو", [("R", "في "), ("L", "7de jaar"), ("R", " (سنة سابعة) أو")]),
    ("ماذا تعني finaliteiten؟", [("R", "ماذا تعني "), ("L", "finaliteiten"), ("R", "؟")]),
    ("عدد 10% من", [("R", "عدد "), ("L", "10%"), ("R", " من")]),
    ("A-attest: ينتقل", [("L", "A-attest"), ("R", ": ينتقل")]),
])
def test_directions_of_the_runs_in_a_right_to_left_line(text, expected):
    assert runs(text) == expected


def test_an_arabic_paragraph_breaks_into_lines_that_fit_and_splits_between_lines(repository, yusuf_answers):
    register_arabic_fonts()
    style = translated_parents_styles(0, right_to_left=True).body
    advies = build_advice(repository, yusuf_answers, datum=DAY, taal="ar", voornaam=LONG_NAMES[1])
    texts = [t for blok in advies.ouders_vertaald for t in (*blok.alineas, *blok.punten)]
    for width in (150.0, 320.0, 480.0):
        for text in texts:
            paragraph = RtlParagraph(text, style, REGULAR)
            _, height = paragraph.wrap(width, 1000)
            lines = paragraph._lines
            assert height == len(lines) * style.leading
            assert all(line_width(line, style.fontName, REGULAR, style.fontSize) <= width for line in lines)
            assert " ".join(lines).replace(" ", "") == text.replace(" ", "")  # every letter kept, in order
            if len(lines) > 1:
                first, rest = paragraph.split(width, style.leading * 1.5)
                assert first._lines == lines[:1] and rest._lines == lines[1:]


# --- the class document ----------------------------------------------------------------------------------------
def test_a_class_document_with_a_home_language_keeps_every_pupil_on_a_front_page(repository, yusuf_answers):
    advices = [build_advice(repository, answers(repository, name), datum=DAY, taal="tr")
               for name in ("elektriciteit-handen", "zorg-eerste-graad")]
    texts = page_texts(render_class_pdf(advices, ouders=True))
    starts = [i for i, text in enumerate(texts) if text.startswith("Studieadvies voor")]
    assert starts[0] == 0 and starts[1] % 2 == 0
    assert sum("Veliler için" in text for text in texts) == 2


# --- messages --------------------------------------------------------------------------------------------------
def test_an_unknown_language_names_the_languages(repository, yusuf_answers):
    with pytest.raises(UnknownLanguage) as error:
        build_advice(repository, yusuf_answers, taal="xx")
    message = str(error.value)
    assert "Onbekende taal 'xx'" in message
    for language in LANGUAGES:
        assert f"{language.code} ({language.naam})" in message


@pytest.mark.parametrize(("text", "code"), [("TR", "tr"), (" turks ", "tr"), ("Türkçe", "tr"), ("Arabisch", "ar"),
                                            ("oekraiens", "uk"), ("العربية", "ar")])
def test_a_language_is_found_by_code_or_name(text, code):
    assert find_language(text).code == code


# --- the command line ------------------------------------------------------------------------------------------
YUSUF = str(DATA / "answers" / "elektriciteit-handen.json")


def test_an_unknown_taal_gives_the_list_of_languages_and_writes_nothing(run_cli, tmp_path):
    target = tmp_path / "advies.pdf"
    code, out, err = run_cli("advies", "--antwoorden", YUSUF, "--ouders", "--taal", "sw", "--uit", str(target))
    assert code == 1 and out == ""
    assert err.startswith("studiekeuze: Onbekende taal 'sw' voor de bladzijde voor ouders. Kies een van deze talen: "
                          "en (Engels), fr (Frans), tr (Turks), uk (Oekraïens), ar (Arabisch), pl (Pools).")
    assert "Traceback" not in err and not target.exists()


def test_taal_adds_the_parents_pages_without_ouders_too(run_cli, tmp_path, pupil_pages):
    # --taal asks for the parents' page in a home language, so it implies --ouders (documented in --help).
    for arguments in (("--taal", "PL"), ("--ouders", "--taal", "pl")):
        target = tmp_path / f"advies{len(arguments)}.pdf"
        code, out, err = run_cli("advies", "--antwoorden", YUSUF, *arguments, "--uit", str(target))
        assert (code, err) == (0, "") and str(target) in out
        texts = page_texts(target.read_bytes())
        assert len(texts) == pupil_pages + 2
        assert texts[-2].startswith("Voor de ouders van Yusuf") and texts[-1].startswith("Dla rodziców: Yusuf")


def test_without_taal_the_advies_command_is_as_before(run_cli, tmp_path, pupil_pages):
    target = tmp_path / "advies.pdf"
    code, _, err = run_cli("advies", "--antwoorden", YUSUF, "--ouders", "--uit", str(target))
    texts = page_texts(target.read_bytes())
    assert (code, err, len(texts)) == (0, "", pupil_pages + 1)
    assert without_footer(texts[-1]) == DUTCH_PAGE


def test_the_help_lists_the_languages_and_says_taal_implies_ouders(session_home, capsys):
    from studiekeuze.cli import main

    with pytest.raises(SystemExit):
        main(["advies", "--help"])
    help_text = " ".join(capsys.readouterr().out.split())
    assert "--taal CODE" in help_text and "houdt --ouders in" in help_text
    assert "tr (Turks), uk (Oekraïens), ar (Arabisch), pl (Pools)" in help_text


def test_klas_taal_prints_every_parents_page_in_one_home_language(run_cli, tmp_path):
    folder = tmp_path / "antwoorden"
    folder.mkdir()
    (folder / "Yusuf.json").write_bytes((DATA / "answers" / "elektriciteit-handen.json").read_bytes())
    csv = tmp_path / "klas.csv"
    csv.write_text("voornaam;klas\nYusuf;4B\n", encoding="utf-8")
    out = tmp_path / "uit"
    code, stdout, _ = run_cli("klas", "--csv", str(csv), "--antwoorden-map", str(folder), "--uit", str(out),
                              "--taal", "uk")
    assert code == 0 and "1 adviezen gemaakt" in stdout
    texts = page_texts((out / "advies 4B Yusuf.pdf").read_bytes())
    assert texts[-2].startswith("Voor de ouders van Yusuf") and texts[-1].startswith("Для батьків: Yusuf")
    code, _, err = run_cli("klas", "--csv", str(csv), "--antwoorden-map", str(folder), "--uit", str(tmp_path / "x"),
                           "--taal", "Klingon")
    assert code == 1 and "Onbekende taal 'Klingon'" in err and not (tmp_path / "x").exists()


# --- the translations as content -------------------------------------------------------------------------------
@pytest.fixture
def sources_copy(tmp_path):
    import shutil

    from studiekeuze import resources

    target = tmp_path / "sources"
    shutil.copytree(resources.content_sources_dir(), target)
    return target


def _problems(root) -> str:
    from studiekeuze.content.sources import load_sources
    from studiekeuze.errors import ContentError

    with pytest.raises(ContentError) as error:
        load_sources(root)
    return str(error.value)


def _edit(path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_a_missing_translation_fails_the_build_with_file_row_and_reason(sources_copy):
    path = sources_copy / "finaliteiten-vertalingen.toml"
    _edit(path, 'finaliteit = "D/A"\ntaal = "tr"', 'finaliteit = "D/A"\ntaal = "xx"')
    message = _problems(sources_copy)
    assert ("finaliteiten-vertalingen.toml, vertaling 8: taal moet een van en, fr, tr, uk, ar, pl zijn, niet 'xx'"
            in message)
    assert "finaliteiten-vertalingen.toml, taal tr: de vertaling in het Turks ontbreekt voor D/A" in message


def test_an_empty_or_doubled_translation_fails_the_build(sources_copy):
    path = sources_copy / "finaliteiten-vertalingen.toml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace('kort = "ready for a job"', 'kort = ""', 1)
                    + '\n[[vertaling]]\nfinaliteit = "D"\ntaal = "pl"\nkort = "x"\nuitleg = "y"\n', encoding="utf-8")
    message = _problems(sources_copy)
    assert "vertaling 1 (A, en): kort ontbreekt of is geen tekst" in message
    assert "vertaling 19 (D, pl): D in het Pools staat er twee keer" in message


def test_without_harfbuzz_arabic_is_refused_not_printed_as_loose_letters(repository, yusuf_answers, monkeypatch):
    from reportlab.pdfbase import ttfonts

    from studiekeuze.errors import StudiekeuzeError

    monkeypatch.setattr(ttfonts, "uharfbuzz", None)
    advies = build_advice(repository, yusuf_answers, datum=DAY, taal="ar")
    with pytest.raises(StudiekeuzeError, match="uharfbuzz ontbreekt"):
        render_pdf(advies, ouders=True)
    assert len(read(render_pdf(advies)).pages) <= 2  # without the parents' pages nothing needs shaping
