"""The bundled DejaVu Sans family, registered with ReportLab once per process (it is embedded in every PDF)."""

from functools import cache

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from studiekeuze import resources

REGULAR = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
FILES = {REGULAR: "DejaVuSans.ttf", BOLD: "DejaVuSans-Bold.ttf"}


@cache
def register_fonts() -> str:
    """Register the family (bold for <b>; no italic face is shipped, so <i> falls back to upright) and return
    its name. Parsing the two TTF files costs ~30 ms, hence once per process."""
    for name, filename in FILES.items():
        pdfmetrics.registerFont(TTFont(name, str(resources.bundled("fonts", filename))))
    pdfmetrics.registerFontFamily(REGULAR, normal=REGULAR, bold=BOLD, italic=REGULAR, boldItalic=BOLD)
    return REGULAR
