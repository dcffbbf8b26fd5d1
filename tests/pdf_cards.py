"""Reads back which suggestion cards a PDF prints: the card titles, in their order (shared by core and app tests)."""

import io

import pypdf

from studiekeuze.pdf.styles import styles

TITLE_FONT = "DejaVuSans-Bold"


def card_titles(data: bytes) -> list[str]:
    """The names set in the card title style (bold, its size), a name wrapped over lines joined again."""
    style = styles().card_title
    titles: list[str] = []
    last: tuple[int, float, float] | None = None  # page, x, y of the previous title line
    for number, page in enumerate(pypdf.PdfReader(io.BytesIO(data)).pages):
        def visit(text, cm, tm, font, size, number=number):
            nonlocal last
            if font is None or not text.strip():
                return
            bold = str(font["/BaseFont"]).split("+")[-1] == TITLE_FONT
            if not bold or abs(size - style.fontSize) > 0.01:
                last = None
                return
            x, y = round(cm[4] + tm[4] * cm[0], 1), round(cm[5] + tm[5] * cm[3], 1)
            if last is not None and last[:2] == (number, x) and abs(last[2] - y - style.leading) < 1:
                titles[-1] = f"{titles[-1]} {text.strip()}"  # the same name, wrapped onto the next line
            else:
                titles.append(text.strip())
            last = (number, x, y)

        page.extract_text(visitor_text=visit)
    return [" ".join(t.split()) for t in titles]
