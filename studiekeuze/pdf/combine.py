"""One PDF for printing a whole class, put together from the pupils' own PDFs: every sheet is laid out only once.

The pupils' PDFs are made first (one `render_pdf` each); their pages are then copied in order with pypdf. For
double-sided printing a page left empty on purpose (a short note, no footer) is put in after a pupil whose sheet
ends on a front page, so the next pupil starts on a front page and never on the back of another pupil's sheet —
the same rule as `render_class_pdf`, which lays the whole class out again in one document.
"""

import io
from collections.abc import Sequence
from functools import cache

from pypdf import PdfReader, PdfWriter
from pypdf.generic import NameObject, TextStringObject

from studiekeuze.pdf.document import AUTHOR
from studiekeuze.pdf.fonts import REGULAR, register_fonts
from studiekeuze.pdf.styles import PAGE_SIZE, PALETTE

LANGUAGE = "nl-BE"


def combine_pdfs(parts: Sequence[bytes], *, blank_note: str, title: str, duplex: bool = True) -> bytes:
    """The pages of `parts` in order as one PDF; with `duplex`, each part starts on an odd (front) page."""
    if not parts:
        raise ValueError("combine_pdfs needs at least one PDF")
    writer = PdfWriter()
    for index, part in enumerate(parts):
        if duplex and index and len(writer.pages) % 2:
            writer.add_page(PdfReader(io.BytesIO(_blank_page(blank_note))).pages[0])
        for page in PdfReader(io.BytesIO(part)).pages:
            writer.add_page(page)
    writer.add_metadata({"/Title": title, "/Author": AUTHOR, "/Creator": AUTHOR, "/Subject": title})
    writer._root_object[NameObject("/Lang")] = TextStringObject(LANGUAGE)  # as ReportLab sets it on each part
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


@cache
def _blank_page(note: str) -> bytes:
    """A page left empty on purpose, with only `note` in the middle (as FrontPageBreak draws it)."""
    from reportlab.pdfgen.canvas import Canvas

    register_fonts()
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=PAGE_SIZE, initialFontName=REGULAR)
    canvas.setFont(REGULAR, 8)
    canvas.setFillColor(PALETTE.muted)
    canvas.drawCentredString(PAGE_SIZE[0] / 2, PAGE_SIZE[1] / 2, note)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()
