"""The printed advice: ReportLab layout of an `Advies` (styles, chart and path flowables, pages) and safe writing.

    data = render_pdf(advies, ouders=True)          # bytes of one advice (2 pages, + 1 for parents, + 1 in the
                                                    # home language when the advice was built with taal=…)
    data = render_class_pdf(advices)                # one document for printing a whole class
    write_pdf(data, Path("advies.pdf"))             # atomic; a Dutch WriteError when it cannot be written

Fonts are registered once per process and the templates are cached, so rendering many advices in one
process costs little more than their layout.
"""

from collections.abc import Sequence

from studiekeuze.advice.model import Advies
from studiekeuze.pdf.document import MAX_MAIN_PAGES, render_many
from studiekeuze.pdf.fonts import register_fonts
from studiekeuze.pdf.writer import write_pdf


def render_pdf(advies: Advies, ouders: bool = False) -> bytes:
    """One advice as PDF bytes: at most two pages, plus the parents' page when `ouders` (and after it the same page
    in the home language, when `advies.ouders_vertaald` holds it: `build_advice(..., taal="tr")`)."""
    return render_many([advies], ouders=ouders, duplex=False)


def render_class_pdf(advices: Sequence[Advies], ouders: bool = False, duplex: bool = True, title: str = "") -> bytes:
    """Several advices in one PDF for printing; with `duplex`, each pupil starts on the front of a sheet."""
    return render_many(advices, ouders=ouders, duplex=duplex, title=title)


__all__ = ["MAX_MAIN_PAGES", "register_fonts", "render_class_pdf", "render_pdf", "write_pdf"]
