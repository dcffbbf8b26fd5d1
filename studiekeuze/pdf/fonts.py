"""The bundled fonts, registered with ReportLab once per process and embedded (as subsets) in every PDF.

DejaVu Sans covers every script of the advice and of the parents' page in Dutch, English, French, Turkish,
Ukrainian and Polish; Noto Naskh Arabic (regular and bold) is registered only when a page in Arabic is printed.
"""

from functools import cache
from typing import Any

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from studiekeuze import resources

REGULAR = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
FILES = {REGULAR: "DejaVuSans.ttf", BOLD: "DejaVuSans-Bold.ttf"}
ARABIC = "NotoNaskhArabic"
ARABIC_BOLD = "NotoNaskhArabic-Bold"
ARABIC_FILES = {ARABIC: "NotoNaskhArabic-Regular.ttf", ARABIC_BOLD: "NotoNaskhArabic-Bold.ttf"}
# The Latin font beside each Arabic one, for names and Flemish terms in an Arabic text.
LATIN_OF = {ARABIC: REGULAR, ARABIC_BOLD: BOLD}


class _Font(TTFont):
    """A TTFont that maps text to the embedded subset quickly once its characters have their codes in the document.

    ReportLab's splitString walks every character of every string it draws in Python (the most time-consuming single
    step of laying out a sheet). After the first lines of a sheet nearly every character already has its code, so
    the same chunks can be made with one look-up per character; anything else goes the usual way.
    """

    def splitString(self, text: Any, doc: Any, encoding: str = "utf-8") -> list[tuple[int, bytes]]:
        state = self.state.get(doc)
        if state is None or not isinstance(text, str):
            return super().splitString(text, doc, encoding)
        assignments = state.assignments
        try:
            codes = [assignments[code] for code in map(ord, text.replace("\xa0", " "))]  # nbsp prints as a space
        except KeyError:  # a character new to this document: ReportLab gives it a code
            return super().splitString(text, doc, encoding)
        if not codes:
            return []
        if max(codes) < 256:
            return [(0, bytes(codes))]
        chunks: list[tuple[int, bytes]] = []
        start = 0
        for index in range(1, len(codes) + 1):
            if index == len(codes) or codes[index] >> 8 != codes[start] >> 8:
                chunks.append((codes[start] >> 8, bytes(n & 0xFF for n in codes[start:index])))
                start = index
        return chunks


@cache
def register_fonts() -> str:
    """Register the family (bold for <b>; no italic face is shipped, so <i> falls back to upright) and return
    its name. Parsing the two TTF files costs ~30 ms, hence once per process."""
    for name, filename in FILES.items():
        pdfmetrics.registerFont(_Font(name, str(resources.bundled("fonts", filename))))
    pdfmetrics.registerFontFamily(REGULAR, normal=REGULAR, bold=BOLD, italic=REGULAR, boldItalic=BOLD)
    return REGULAR


@cache
def register_arabic_fonts() -> str:
    """Register Noto Naskh Arabic (regular, bold) the first time an Arabic page is printed; return its name."""
    register_fonts()
    for name, filename in ARABIC_FILES.items():
        pdfmetrics.registerFont(TTFont(name, str(resources.bundled("fonts", filename))))
    return ARABIC
