"""The bundled fonts, registered with ReportLab once per process and embedded (as subsets) in every PDF.

DejaVu Sans covers every script of the advice and of the parents' page in Dutch, English, French, Turkish,
Ukrainian and Polish; Noto Naskh Arabic (regular and bold) is registered only when a page in Arabic is printed.
"""

from functools import cache

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


@cache
def register_fonts() -> str:
    """Register the family (bold for <b>; no italic face is shipped, so <i> falls back to upright) and return
    its name. Parsing the two TTF files costs ~30 ms, hence once per process."""
    for name, filename in FILES.items():
        pdfmetrics.registerFont(TTFont(name, str(resources.bundled("fonts", filename))))
    pdfmetrics.registerFontFamily(REGULAR, normal=REGULAR, bold=BOLD, italic=REGULAR, boldItalic=BOLD)
    return REGULAR


@cache
def register_arabic_fonts() -> str:
    """Register Noto Naskh Arabic (regular, bold) the first time an Arabic page is printed; return its name."""
    register_fonts()
    for name, filename in ARABIC_FILES.items():
        pdfmetrics.registerFont(TTFont(name, str(resources.bundled("fonts", filename))))
    return ARABIC
