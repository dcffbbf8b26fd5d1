"""Story → PDF bytes: the page template, footers with "blad n van m" per pupil, and fitting every advice on two pages.

An advice is laid out at detail level 0 first; when it runs past two pages (long names, a long note, many
suggestions) it is laid out again with less detail, up to MAX_LEVEL. In a double-sided class document every
pupil starts on a front page (see FrontPageBreak), so no pupil's sheet is printed on the back of another's.
"""

import functools
import io
import logging
from collections import Counter
from collections.abc import Callable, Sequence

from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate

from studiekeuze.advice.model import Advies
from studiekeuze.pdf.fonts import REGULAR, register_fonts
from studiekeuze.pdf.paragraphs import layout_cache
from studiekeuze.pdf.story import MAX_LEVEL, advice_story
from studiekeuze.pdf.styles import (
    FOOTER_Y,
    MARGIN_BOTTOM,
    MARGIN_TOP,
    MARGIN_X,
    MAX_PARENTS_LEVEL,
    PAGE_SIZE,
    PALETTE,
    styles,
)

log = logging.getLogger(__name__)
MAX_MAIN_PAGES = 2
MAX_PARENTS_PAGES = 1
AUTHOR = "studiekeuze"


class _TooLong(Exception):
    """Raised while one advice is laid out, as soon as its sheet (or the parents' page) runs past its pages.

    Which part is told by the class, not by an argument: ReportLab re-raises some exceptions as a new instance of
    the same class with only a message (reportlab.lib.utils.annotateException).
    """

    parents = False


class _ParentsTooLong(_TooLong):
    parents = True


class _FooterCanvas(Canvas):
    """Holds every page until the end, so each footer can say how many pages its pupil's part has."""

    def __init__(self, *args: object, page_done: Callable[[int], None] | None = None, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)
        self.footer_part: tuple[str, str, str] | None = None
        self._pages: list[dict] = []
        self._page_done = page_done

    def showPage(self) -> None:
        if self._page_done is not None:
            self._page_done(len(self._pages) + 1)  # may raise _TooLong: the rest is not laid out or drawn
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        totals = Counter(page["footer_part"][0] for page in self._pages if page["footer_part"])
        seen: Counter[str] = Counter()
        for page in self._pages:
            self.__dict__.update(page)
            if self.footer_part:
                part_id, left, pattern = self.footer_part
                seen[part_id] += 1
                self._draw_footer(left, pattern.format(n=seen[part_id], totaal=totals[part_id]))
            super().showPage()
        super().save()

    def _draw_footer(self, left: str, right: str) -> None:
        style = styles()
        self.saveState()
        self.setFont(style.footer_font, style.footer_size)
        self.setFillColor(PALETTE.muted)
        width = PAGE_SIZE[0] - 2 * MARGIN_X
        right_width = self.stringWidth(right, style.footer_font, style.footer_size)
        # A very long first name must not run into the page number.
        while left and self.stringWidth(left, style.footer_font, style.footer_size) > width - right_width - 12:
            left = left[:-2] + "…"
        self.drawString(MARGIN_X, FOOTER_Y, left)
        self.drawRightString(PAGE_SIZE[0] - MARGIN_X, FOOTER_Y, right)
        self.restoreState()


class _TrialCanvas(_FooterCanvas):
    """The canvas of a trial layout (pdf/trial.py): the costly flowables draw nothing on it and nothing is written."""

    trial = True

    def save(self) -> None:
        pass


def _document(buffer: io.BytesIO, title: str) -> BaseDocTemplate:
    frame = Frame(MARGIN_X, MARGIN_BOTTOM, PAGE_SIZE[0] - 2 * MARGIN_X, PAGE_SIZE[1] - MARGIN_TOP - MARGIN_BOTTOM,
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0, id="tekst")
    return BaseDocTemplate(
        buffer, pagesize=PAGE_SIZE, pageTemplates=[PageTemplate("blad", [frame])], title=title, author=AUTHOR,
        creator=AUTHOR, subject=title, lang="nl-BE", initialFontName=REGULAR,  # else Helvetica is referenced
        leftMargin=MARGIN_X, rightMargin=MARGIN_X, topMargin=MARGIN_TOP, bottomMargin=MARGIN_BOTTOM,
    )


def _build(
    advices: Sequence[Advies], ouders: bool, levels: list[int], duplex: bool, title: str,
    parents_levels: list[int] | None = None, translated_levels: list[int] | None = None, stop_early: bool = False,
    trial: bool = False,
) -> tuple[bytes, list[int], list[int], list[int]]:
    """The PDF, and for every advice the pages of the pupil's sheet, of the Dutch parents' page and of the parents'
    page in the home language (0 without it). A `trial` layout draws and writes nothing (b"" for the PDF): it only
    counts the pages.

    With `stop_early` (one advice without a translated page), the layout stops with _TooLong at the end of the last
    page a part may have while that part goes on and a lower detail level is left: a sheet that will be laid out
    again anyway is neither finished, nor drawn further, nor written out.
    """
    buffer = io.BytesIO()
    record: dict[str, int] = {}
    story = []
    parents_levels = parents_levels or [0] * len(advices)
    translated_levels = translated_levels or [0] * len(advices)
    for index, advies in enumerate(advices):
        story += advice_story(advies, levels[index], str(index), record, ouders=ouders, first=index == 0,
                              duplex=duplex, parents_level=parents_levels[index],
                              translated_level=translated_levels[index])

    def page_done(page: int) -> None:
        if levels[0] < MAX_LEVEL and "0:main" not in record and page >= record["0:start"] + MAX_MAIN_PAGES - 1:
            raise _TooLong("sheet")
        if (parents_levels[0] < MAX_PARENTS_LEVEL and "0:ouders" in record and "0:einde" not in record
                and page >= record["0:ouders"] + MAX_PARENTS_PAGES - 1):
            raise _ParentsTooLong("parents' page")

    canvas_class = _TrialCanvas if trial else _FooterCanvas
    canvas = functools.partial(canvas_class, page_done=page_done) if stop_early else canvas_class
    _document(buffer, title).build(story, canvasmaker=canvas)
    pages = [record[f"{i}:main"] - record[f"{i}:start"] + 1 for i in range(len(advices))]
    parents, translated = [], []
    for i in range(len(advices)):
        end = record.get(f"{i}:einde", 0)
        if f"{i}:vertaling" in record:  # the Dutch page ends where the translated one begins
            parents.append(record[f"{i}:vertaling"] - record[f"{i}:ouders"])
            translated.append(end - record[f"{i}:vertaling"] + 1)
        else:
            parents.append(end - record[f"{i}:ouders"] + 1 if f"{i}:ouders" in record else 0)
            translated.append(0)
    return buffer.getvalue(), pages, parents, translated


def render_many(advices: Sequence[Advies], ouders: bool = False, duplex: bool = True, title: str = "") -> bytes:
    """One PDF with every advice in order, each starting on a new page (on a front page when `duplex`)."""
    if not advices:
        raise ValueError("render_many needs at least one advice")
    register_fonts()
    with layout_cache():
        return _fit(advices, ouders, duplex, title)


def _fit(advices: Sequence[Advies], ouders: bool, duplex: bool, title: str) -> bytes:
    levels = [0] * len(advices)
    parents_levels = [0] * len(advices)
    translated_levels = [0] * len(advices)
    title = title or advices[0].metadata_titel
    while True:
        # One advice without a page in the home language can stop as soon as it runs too long (see _build); a page in
        # the home language follows the Dutch one without an end marker between them, so it is laid out whole.
        stop_early = len(advices) == 1 and not advices[0].ouders_vertaald
        try:
            _, pages, parents, translated = _build(advices, ouders, levels, duplex, title, parents_levels,
                                                   translated_levels, stop_early=stop_early, trial=True)
        except _TooLong as stopped:
            if stopped.parents:
                parents_levels[0] += 1
            else:
                levels[0] += 1
            continue
        too_long = [i for i, count in enumerate(pages) if count > MAX_MAIN_PAGES and levels[i] < MAX_LEVEL]
        # The parents' page of a pupil with a very long name is set smaller rather than run onto a second page;
        # the page in the home language on its own, so that the Dutch page stays as it is.
        parents_long = [i for i, count in enumerate(parents)
                        if count > MAX_PARENTS_PAGES and parents_levels[i] < MAX_PARENTS_LEVEL]
        translated_long = [i for i, count in enumerate(translated)
                           if count > MAX_PARENTS_PAGES and translated_levels[i] < MAX_PARENTS_LEVEL]
        if not too_long and not parents_long and not translated_long:
            break
        for i in too_long:
            levels[i] += 1
        for i in parents_long:
            parents_levels[i] += 1
        for i in translated_long:
            translated_levels[i] += 1
    # The levels found by trial, laid out for real (the paragraphs' lines are remembered from the trials).
    data, *counted = _build(advices, ouders, levels, duplex, title, parents_levels, translated_levels)
    if counted != [pages, parents, translated]:  # a trial counts what drawing would: never expected
        log.warning("trial layout counted %s pages, the real one %s", [pages, parents, translated], counted)
        pages, parents, translated = counted
    for advies, count, parent_pages, translated_pages in zip(advices, pages, parents, translated, strict=True):
        if count > MAX_MAIN_PAGES or parent_pages > MAX_PARENTS_PAGES or translated_pages > MAX_PARENTS_PAGES:
            log.warning("advice for %s still takes %d + %d + %d pages at the lowest detail", advies.voornaam, count,
                        parent_pages, translated_pages)
    return data


def sheet_level(advies: Advies) -> tuple[int, int]:
    """(detail level, pages) of the pupil's sheet as `render_pdf` lays it out: 0 prints every line (a report aid,
    tools/sheet_detail_report.py)."""
    register_fonts()
    for level in range(MAX_LEVEL + 1):
        try:
            _data, pages, _parents, _translated = _build([advies], False, [level], False, advies.metadata_titel,
                                                         stop_early=True)
        except _TooLong:
            continue
        return level, pages[0]
    return MAX_LEVEL, pages[0]
