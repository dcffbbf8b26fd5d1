"""Right-to-left paragraphs (Arabic) for the parents' page: joined letters, right-to-left order, line breaking.

Shaping is ReportLab's own: with uharfbuzz installed, `reportlab.pdfbase.ttfonts.shapeStr` runs HarfBuzz over a
run of Arabic text in logical order and returns the font's joined glyphs (initial, medial, final forms and
ligatures, GSUB/GPOS) in visual order, which ReportLab's text object draws glyph by glyph.
ReportLab's right-to-left *layout* (Paragraph `wordWrap="RTL"`, canvas `direction=`) needs the package `rlbidi`,
which is not published on PyPI (`pip` finds no distribution); without it ReportLab lays RTL words out left to right.
So the order of the runs on a line is resolved here, for a paragraph whose base direction is right to left:
- Arabic letters are strong R; other letters and digits are strong L (a number prints left to right, as in UBA);
- a pair of brackets takes the direction of what it holds (N0); any other run of neutral characters (spaces,
  punctuation) between two runs of one direction takes that direction, and otherwise the paragraph's (R) (N1, N2);
  a mark takes its letter's direction (W1), and a separator touching a digit belongs to the number (W4, W5);
- the runs of a line are laid out from right to left; an L run (a Flemish term, a name in Latin letters) reads
  left to right inside; an R run is shaped by HarfBuzz. What the Arabic font has no glyph for (parentheses, the
  hyphen) is drawn in the Latin font, mirrored where the direction asks for it.
That is the Unicode bidirectional algorithm without explicit embeddings, enough for our own fixed texts and a first
name; a test prints every Arabic template line.
"""

import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache

from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.pdfbase.ttfonts import ShapedStr, shapeStr
from reportlab.platypus import Flowable

from studiekeuze.errors import StudiekeuzeError
from studiekeuze.pdf.trial import DrawnOnlyForReal

BRACKETS = {"(": ")", "[": "]", "{": "}"}
MIRRORED = str.maketrans("()[]{}<>«»‹›", ")(][}{><»«›‹")
DESCENT = 0.45  # of the font size: where the baseline sits above a line's bottom (Naskh letters reach ~0.4 below)
# Naskh letters are small for their size next to DejaVu's: Latin words in an Arabic line are set smaller, so that
# a Flemish term or a name does not shout.
LATIN_SCALE = 0.85


def check_shaping() -> None:
    """Arabic is printed only with joined letters: without HarfBuzz it would come out as loose letters."""
    if ttfonts.uharfbuzz is None:
        raise StudiekeuzeError(
            "De bladzijde in het Arabisch kan niet gedrukt worden: het pakket uharfbuzz ontbreekt (het voegt de "
            "Arabische letters aan elkaar). Installeer studiekeuze opnieuw, of kies een andere taal."
        )


@dataclass(frozen=True)
class Piece:
    """A part of a line in visual order: its text (a ShapedStr for shaped Arabic), font and width in points."""

    text: str
    font: str
    width: float
    size: float


def directions(text: str) -> list[str]:
    """Each character's resolved direction, "R" or "L", in a paragraph whose base direction is right to left."""
    kinds: list[str | None] = []
    for ch in text:
        kind = unicodedata.bidirectional(ch)
        if kind in ("R", "AL"):
            kinds.append("R")
        elif kind in ("L", "EN", "AN"):
            kinds.append("L")
        elif kind == "NSM":
            kinds.append(kinds[-1] if kinds else "R")
        else:
            kinds.append(None)
    # "10%", "2,5", "+32": a separator or terminator that touches a digit belongs to the number (UBA W4-W5).
    for index, ch in enumerate(text):
        if kinds[index] is None and unicodedata.bidirectional(ch) in ("ES", "ET", "CS") and any(
            0 <= i < len(text) and unicodedata.bidirectional(text[i]) == "EN" for i in (index - 1, index + 1)
        ):
            kinds[index] = "L"
    _resolve_brackets(text, kinds)
    resolved: list[str] = []
    index = 0
    while index < len(text):
        if kinds[index] is not None:
            resolved.append(kinds[index])  # type: ignore[arg-type]
            index += 1
            continue
        end = index
        while end < len(text) and kinds[end] is None:
            end += 1
        before = resolved[-1] if resolved else "R"
        after = kinds[end] if end < len(text) else "R"
        resolved += [before if before == after else "R"] * (end - index)
        index = end
    return resolved


def _resolve_brackets(text: str, kinds: list[str | None]) -> None:
    """A pair of brackets takes the direction of what it holds (UBA N0): "(finaliteit)" after a Latin word stays
    one left-to-right unit, "(شعب دراسية)" right to left."""
    stack: list[tuple[str, int]] = []
    pairs: list[tuple[int, int]] = []
    for index, ch in enumerate(text):
        if ch in BRACKETS:
            stack.append((BRACKETS[ch], index))
        elif ch in BRACKETS.values():
            for depth in range(len(stack) - 1, -1, -1):
                if stack[depth][0] == ch:
                    pairs.append((stack[depth][1], index))
                    del stack[depth:]
                    break
    for opening, closing in sorted(pairs):
        inside = {kind for kind in kinds[opening + 1:closing] if kind}
        if "R" in inside:
            direction = "R"
        elif "L" in inside:
            before = next((kind for kind in reversed(kinds[:opening]) if kind), "R")
            direction = "L" if before == "L" else "R"
        else:
            continue
        kinds[opening] = kinds[closing] = direction


def runs(text: str) -> list[tuple[str, str]]:
    """The line as (direction, text) runs in logical order."""
    found: list[tuple[str, str]] = []
    for ch, direction in zip(text, directions(text), strict=True):
        if found and found[-1][0] == direction:
            found[-1] = (direction, found[-1][1] + ch)
        else:
            found.append((direction, ch))
    return found


@cache
def _covered(font: str) -> frozenset[int]:
    return frozenset(pdfmetrics.getFont(font).face.charToGlyph)


@lru_cache(maxsize=4096)
def _shaped(text: str, font: str, size: float) -> Piece:
    shaped = shapeStr(text, font, size, force=True)
    if isinstance(shaped, ShapedStr):
        return Piece(shaped, font, sum(data.x_advance for data in shaped.__shapeData__) * size / 1000, size)
    return Piece(shaped, font, pdfmetrics.stringWidth(shaped, font, size), size)


def _rtl_run(text: str, arabic: str, latin: str, size: float) -> list[Piece]:
    """One right-to-left run in visual order: shaped Arabic, and mirrored neutrals the Arabic font lacks."""
    covered = _covered(arabic)
    segments: list[tuple[bool, str]] = []
    for ch in text:
        in_arabic = ord(ch) in covered
        if segments and segments[-1][0] == in_arabic:
            segments[-1] = (in_arabic, segments[-1][1] + ch)
        else:
            segments.append((in_arabic, ch))
    pieces = []
    for in_arabic, segment in reversed(segments):
        if in_arabic:
            pieces.append(_shaped(segment, arabic, size))
        else:
            shown = segment[::-1].translate(MIRRORED)
            pieces.append(_latin(shown, latin, size))
    return pieces


def _latin(text: str, font: str, size: float) -> Piece:
    return Piece(text, font, pdfmetrics.stringWidth(text, font, size * LATIN_SCALE), size * LATIN_SCALE)


@lru_cache(maxsize=4096)  # a line is measured while breaking and drawn again; a class repeats most lines
def line_pieces(text: str, arabic: str, latin: str, size: float) -> tuple[Piece, ...]:
    """A line of a right-to-left paragraph (logical order) as pieces from left to right."""
    pieces: list[Piece] = []
    for direction, run in reversed(runs(text)):
        if direction == "R":
            pieces += _rtl_run(run, arabic, latin, size)
        else:
            pieces.append(_latin(run, latin, size))
    return tuple(pieces)


def line_width(text: str, arabic: str, latin: str, size: float) -> float:
    return sum(piece.width for piece in line_pieces(text, arabic, latin, size))


class RtlParagraph(DrawnOnlyForReal, Flowable):
    """A paragraph set right to left and aligned right, in one style; the Arabic font comes from the style and
    the Latin font (for names and Flemish terms) is given. `leftIndent` of the style is kept on the right side,
    where the bullet goes. Splits between lines across pages like a Paragraph."""

    def __init__(self, text: str, style: ParagraphStyle, latin_font: str, bullet: bool = False,
                 lines: list[str] | None = None) -> None:
        super().__init__()
        check_shaping()
        self.text, self.style, self.latin_font, self.bullet = " ".join(text.split()), style, latin_font, bullet
        self.spaceBefore, self.spaceAfter = style.spaceBefore, style.spaceAfter
        self._lines = lines  # given for the parts of a split paragraph: they keep the lines they were broken into
        self._fixed = lines is not None
        self._wrapped_for: float | None = None
        self.width = self.height = 0.0

    def _text_width(self, available_width: float) -> float:
        return available_width - self.style.leftIndent - self.style.rightIndent

    def _measure(self, text: str) -> float:
        return line_width(text, self.style.fontName, self.latin_font, self.style.fontSize)

    def _break(self, width: float) -> list[str]:
        # Greedy on the widths of the words (each shaped once, and cached), then each line measured as it will be
        # drawn: a line that came out too wide (a neutral took another font in context) gives up its last word.
        parts = [part for word in self.text.split(" ") for part in self._fitting_parts(word, width)]
        widths = [self._measure(part) for part in parts]
        space = self._measure(" ")
        lines: list[str] = []
        start = 0
        while start < len(parts):
            end, used = start + 1, widths[start]
            while end < len(parts) and used + space + widths[end] <= width:
                used += space + widths[end]
                end += 1
            while end - start > 1 and self._measure(" ".join(parts[start:end])) > width:
                end -= 1
            lines.append(" ".join(parts[start:end]))
            start = end
        return lines or [""]

    def _fitting_parts(self, word: str, width: float) -> list[str]:
        """A word wider than the line (a very long first name) in pieces that each fit; any other word whole."""
        if self._measure(word) <= width:
            return [word]
        parts, part = [], ""
        for ch in word:
            if part and self._measure(part + ch) > width:
                parts.append(part)
                part = ""
            part += ch
        return [*parts, part] if part else parts

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        if not self._fixed and self._wrapped_for != available_width:
            self._lines = self._break(self._text_width(available_width))
            self._wrapped_for = available_width
        self.width, self.height = available_width, len(self._lines or []) * self.style.leading
        return self.width, self.height

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        self.wrap(available_width, available_height)
        lines = self._lines or []
        fits = int(available_height // self.style.leading)
        if fits < 1 or fits >= len(lines):
            return []
        first = RtlParagraph(self.text, self.style, self.latin_font, self.bullet, lines[:fits])
        rest = RtlParagraph(self.text, self.style, self.latin_font, False, lines[fits:])
        first.spaceAfter, rest.spaceBefore = 0, 0
        return [first, rest]

    def draw(self) -> None:
        canvas, style = self.canv, self.style
        right = self.width - style.leftIndent
        canvas.saveState()
        canvas.setFillColor(style.textColor)
        for index, line in enumerate(self._lines or []):
            y = self.height - (index + 1) * style.leading + DESCENT * style.fontSize
            pieces = line_pieces(line, style.fontName, self.latin_font, style.fontSize)
            x = right - sum(piece.width for piece in pieces)
            for piece in pieces:
                canvas.setFont(piece.font, piece.size)
                canvas.drawString(x, y, piece.text)
                x += piece.width
            if index == 0 and self.bullet:
                canvas.setFont(self.latin_font, style.bulletFontSize * LATIN_SCALE)
                canvas.drawRightString(self.width - style.bulletIndent, y, "•")
        canvas.restoreState()
