"""Custom flowables of the advice: the interest profile chart, the path picture, and an invisible page marker."""

import math
from dataclasses import dataclass
from typing import Any

from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable
from reportlab.platypus.doctemplate import ActionFlowable

from studiekeuze.advice.model import Balk, Pad, PadKnoop, ProfielDeel
from studiekeuze.pdf.fonts import BOLD, REGULAR
from studiekeuze.pdf.styles import (
    CHART_LABEL_SIZE,
    CHART_NOTE_SIZE,
    MIN_SIZE,
    PAGE_SIZE,
    PALETTE,
    PATH_HEADER_SIZE,
    PATH_LINE_LEADING,
    PATH_LINE_SIZE,
    PATH_TITLE_LEADING,
    PATH_TITLE_SIZE,
)
from studiekeuze.pdf.trial import DrawnOnlyForReal

ELLIPSIS = "…"


def wrap_lines(text: str, font: str, size: float, width: float, max_lines: int) -> list[str]:
    """`text` wrapped to `width`; beyond `max_lines` the last line ends in an ellipsis (nothing runs outside)."""
    lines = simpleSplit(text, font, size, width) or [""]
    if len(lines) <= max_lines:
        return lines
    last = " ".join(lines[max_lines - 1:])
    while last and stringWidth(last + ELLIPSIS, font, size) > width:
        last = last[:-1]
    return [*lines[: max_lines - 1], last.rstrip() + ELLIPSIS]


class ProfileChart(DrawnOnlyForReal, Flowable):
    """Six horizontal bars, one per interest scale. High scales: dark bar, bold name and a mark (not colour alone)."""

    ROW = 17.5
    BAR = 10.0
    LABEL_SIZE = CHART_LABEL_SIZE
    AXIS = 13.0

    def __init__(self, deel: ProfielDeel, width: float) -> None:
        super().__init__()
        self.deel = deel
        self.width = width
        self.height = self.ROW * len(deel.balken) + self.AXIS
        self.label_width = max(
            (stringWidth(self._label(b), BOLD, self.LABEL_SIZE) for b in deel.balken), default=60.0
        ) + 8

    def _label(self, balk: Balk) -> str:
        return f"{self.deel.markering} {balk.naam}" if balk.hoog else balk.naam

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        track_x = self.label_width
        track_width = self.width - track_x - 4
        for index, balk in enumerate(self.deel.balken):
            y = self.height - (index + 1) * self.ROW + (self.ROW - self.BAR) / 2
            canvas.setFillColor(PALETTE.ink)
            canvas.setFont(BOLD if balk.hoog else REGULAR, self.LABEL_SIZE)
            canvas.drawString(0, y + 2, self._label(balk))
            canvas.setFillColor(PALETTE.track)
            canvas.setStrokeColor(PALETTE.rule)
            canvas.setLineWidth(0.4)
            canvas.rect(track_x, y, track_width, self.BAR, stroke=1, fill=1)
            if balk.score is None:
                canvas.setFillColor(PALETTE.muted)
                canvas.setFont(REGULAR, CHART_NOTE_SIZE)
                canvas.drawString(track_x + 4, y + 2.5, self.deel.geen_antwoord)
                continue
            length = track_width * max(0, min(100, balk.score)) / 100
            if length > 0:
                canvas.setFillColor(PALETTE.accent if balk.hoog else PALETTE.bar)
                canvas.rect(track_x, y, length, self.BAR, stroke=0, fill=1)
        canvas.setFillColor(PALETTE.muted)
        canvas.setFont(REGULAR, CHART_NOTE_SIZE)
        canvas.drawString(track_x, 2, self.deel.schaal_laag)
        canvas.drawRightString(track_x + track_width, 2, self.deel.schaal_hoog)


@dataclass
class _Box:
    node: PadKnoop
    x: float
    y: float  # bottom
    width: float
    height: float
    title: list[str]
    lines: list[str]


class PathPicture(DrawnOnlyForReal, Flowable):
    """The path picture: columns of boxes (now → options → later) joined by arrows; every text wraps inside its
    box, and very long names end in an ellipsis instead of running out."""

    GAP = 42.0
    PAD = 4.0
    V_GAP = 6.0
    HEADER = 13.0
    TITLE_SIZE = PATH_TITLE_SIZE
    LINE_SIZE = PATH_LINE_SIZE
    TITLE_LEADING = PATH_TITLE_LEADING
    LINE_LEADING = PATH_LINE_LEADING
    WEIGHTS = (0.85, 1.35, 1.0)  # with three columns the options (middle) get most room

    def __init__(self, pad: Pad, width: float) -> None:
        super().__init__()
        self.pad = pad
        self.width = width
        self.boxes: dict[str, _Box] = {}
        self.height = 0.0
        self._layout()

    def _column_widths(self) -> list[float]:
        count = len(self.pad.kolommen)
        weights = list(self.WEIGHTS) if count == 3 else [1.0] * count
        usable = self.width - self.GAP * (count - 1)
        return [usable * weight / sum(weights) for weight in weights]

    def _layout(self) -> None:
        columns: list[list[_Box]] = []
        x = 0.0
        for width, kolom in zip(self._column_widths(), self.pad.kolommen, strict=True):
            inner = width - 2 * self.PAD
            boxes = []
            for node in kolom.knopen:
                title = wrap_lines(node.titel, BOLD, self.TITLE_SIZE, inner, 2)
                lines = [line for regel in node.regels for line in wrap_lines(regel, REGULAR, self.LINE_SIZE, inner, 2)]
                height = 2 * self.PAD + len(title) * self.TITLE_LEADING + len(lines) * self.LINE_LEADING
                boxes.append(_Box(node, x, 0.0, width, height, title, lines))
            columns.append(boxes)
            x += width + self.GAP
        stack = max(sum(b.height for b in boxes) + self.V_GAP * (len(boxes) - 1) for boxes in columns)
        self.height = stack + self.HEADER
        for boxes in columns:
            used = sum(b.height for b in boxes) + self.V_GAP * (len(boxes) - 1)
            top = stack - (stack - used) / 2  # centre each column's stack
            for box in boxes:
                box.y = top - box.height
                top = box.y - self.V_GAP
                self.boxes[box.node.id] = box

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        x = 0.0
        for width, kolom in zip(self._column_widths(), self.pad.kolommen, strict=True):
            canvas.setFillColor(PALETTE.muted)
            canvas.setFont(BOLD, PATH_HEADER_SIZE)
            canvas.drawString(x, self.height - 8.5, wrap_lines(kolom.kop, BOLD, PATH_HEADER_SIZE, width, 1)[0])
            x += width + self.GAP
        canvas.setStrokeColor(PALETTE.muted)
        canvas.setFillColor(PALETTE.muted)
        canvas.setLineWidth(0.7)
        for source, target in self.pad.pijlen:
            if source in self.boxes and target in self.boxes:
                self._arrow(self.boxes[source], self.boxes[target])
        for box in self.boxes.values():
            self._box(box)

    def _arrow(self, source: _Box, target: _Box) -> None:
        x1, y1 = source.x + source.width, source.y + source.height / 2
        x2, y2 = target.x - 1.5, target.y + target.height / 2
        canvas = self.canv
        canvas.line(x1, y1, x2, y2)
        angle = math.atan2(y2 - y1, x2 - x1)
        size, spread = 4.5, 0.42
        head = canvas.beginPath()
        head.moveTo(x2, y2)
        head.lineTo(x2 - size * math.cos(angle - spread), y2 - size * math.sin(angle - spread))
        head.lineTo(x2 - size * math.cos(angle + spread), y2 - size * math.sin(angle + spread))
        head.close()
        canvas.drawPath(head, stroke=0, fill=1)

    def _box(self, box: _Box) -> None:
        canvas = self.canv
        canvas.setFillColor(PALETTE.band if box.node.id == "nu" else PALETTE.card)
        canvas.setStrokeColor(PALETTE.ink if box.node.nadruk else PALETTE.rule)
        canvas.setLineWidth(1.3 if box.node.nadruk else 0.6)
        canvas.roundRect(box.x, box.y, box.width, box.height, 3, stroke=1, fill=1)
        canvas.setFillColor(PALETTE.ink)
        y = box.y + box.height - self.PAD - self.TITLE_SIZE
        canvas.setFont(BOLD, self.TITLE_SIZE)
        for line in box.title:
            canvas.drawString(box.x + self.PAD, y, line)
            y -= self.TITLE_LEADING
        y += self.TITLE_LEADING - self.LINE_LEADING
        canvas.setFont(REGULAR, self.LINE_SIZE)
        for line in box.lines:
            canvas.drawString(box.x + self.PAD, y, line)
            y -= self.LINE_LEADING


class PartMarker(Flowable):
    """Invisible: notes on which page it lands (to check page counts) and, given a footer (part id, left text,
    page-number pattern), puts that footer on this page and the following ones."""

    def __init__(self, record: dict[str, int], key: str, footer: tuple[str, str, str] | None = None) -> None:
        super().__init__()
        self.record, self.key, self.footer = record, key, footer
        self.width = self.height = 0

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        self.record[self.key] = self.canv.getPageNumber()
        if self.footer is not None:
            self.canv.footer_part = self.footer


class CardRow(DrawnOnlyForReal, Flowable):
    """One or two cards side by side: each a light box holding flowables.

    Used instead of a Table because a Table wraps every paragraph again when it draws; this wraps each card once
    per width (KeepTogether, the frame and drawing all reuse it), which matters when a class of 30 is printed.
    A row never splits: it moves to the next page whole.
    """

    def __init__(self, cards: list[list[Flowable]], width: float, gap: float, padding: float = 6.0) -> None:
        super().__init__()
        self.cards, self.width, self.gap, self.padding = cards, width, gap, padding
        self.height = 0.0
        self._wrapped_for: float | None = None
        self._sizes: list[list[float]] = []

    def _card_width(self) -> float:
        return (self.width - self.gap) / 2

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        if self._wrapped_for != self.width:
            inner = self._card_width() - 2 * self.padding
            self._sizes = [[f.wrap(inner, 1e6)[1] for f in card] for card in self.cards]
            self.height = 2 * self.padding + max(
                (sum(h + _space_after(f) for h, f in zip(sizes, card, strict=True)) for sizes, card in
                 zip(self._sizes, self.cards, strict=True)),
                default=0.0,
            )
            self._wrapped_for = self.width
        return self.width, self.height

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        return []

    def draw(self) -> None:
        canvas = self.canv
        width = self._card_width()
        for index, (card, sizes) in enumerate(zip(self.cards, self._sizes, strict=True)):
            x = index * (width + self.gap)
            canvas.saveState()
            canvas.setFillColor(PALETTE.card)
            canvas.setStrokeColor(PALETTE.rule)
            canvas.setLineWidth(0.5)
            canvas.rect(x, 0, width, self.height, stroke=1, fill=1)
            canvas.restoreState()
            y = self.height - self.padding
            for flowable, height in zip(card, sizes, strict=True):
                y -= height
                flowable.drawOn(canvas, x + self.padding, y)
                y -= _space_after(flowable)


def _space_after(flowable: Flowable) -> float:
    return flowable.getSpaceAfter() if hasattr(flowable, "getSpaceAfter") else 0.0


class FrontPageBreak(ActionFlowable):
    """Placed after a page break between two pupils of a double-sided class document: when the new page would
    be the back of a sheet, it is left empty on purpose (a short note, no footer) so that the next pupil starts
    on a front page and no pupil's sheet is printed on the back of another's. Decided while laying out, in one
    pass, because only then is the page number known."""

    def __init__(self, note: str) -> None:
        super().__init__(("frontPageBreak",))
        self.note = note

    def apply(self, doc: Any) -> None:  # a BaseDocTemplate (ReportLab has no type information)
        canvas = doc.canv
        if canvas.getPageNumber() % 2:
            return
        canvas.footer_part = None
        canvas.saveState()
        canvas.setFont(REGULAR, MIN_SIZE)
        canvas.setFillColor(PALETTE.muted)
        canvas.drawCentredString(PAGE_SIZE[0] / 2, PAGE_SIZE[1] / 2, self.note)
        canvas.restoreState()
        doc.handle_pageBreak()
