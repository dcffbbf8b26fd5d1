"""Page geometry, the grey palette, the type sizes and the paragraph styles of the advice, as data.

Only greys and one dark accent that prints as near-black: nothing depends on colour. What matters is also said
by weight, a mark or a border. Running text is at least BODY_SIZE and nothing is printed smaller than MIN_SIZE
(issue 15: 7–8 pt was too small to read); a sheet that then runs past two pages is laid out with less detail.
"""

from dataclasses import dataclass
from functools import cache

from reportlab.lib.colors import Color, HexColor
from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm

from studiekeuze.pdf.fonts import ARABIC, ARABIC_BOLD, BOLD, REGULAR

PAGE_SIZE = A4
# Narrow margins (every office printer prints 5 mm from the edge): the room goes to larger type.
MARGIN_X = 14 * mm
MARGIN_TOP = 12 * mm
MARGIN_BOTTOM = 14 * mm  # leaves room for the footer line
FOOTER_Y = 8 * mm
FRAME_WIDTH = PAGE_SIZE[0] - 2 * MARGIN_X
CARD_GAP = 10  # points between the two cards of a row
SECTION_GAP = 9

BODY_SIZE = 9.5  # running text: paragraphs, bullets, the note, the lines and reasons on a card (at least 9.5)
MIN_SIZE = 8.0  # small print: meta lines, legends, the footer, the words in the chart and the path picture
# The drawn parts (flowables.py): the profile chart and the path picture.
CHART_LABEL_SIZE = 9.0
CHART_NOTE_SIZE = MIN_SIZE  # "minder graag" / "heel graag", "geen antwoord"
PATH_TITLE_SIZE = 8.8
PATH_TITLE_LEADING = 10.6
PATH_LINE_SIZE = MIN_SIZE
PATH_LINE_LEADING = 9.8
PATH_HEADER_SIZE = MIN_SIZE


@dataclass(frozen=True)
class Palette:
    ink: Color
    accent: Color
    muted: Color
    rule: Color
    bar: Color
    track: Color
    band: Color
    card: Color


PALETTE = Palette(
    ink=HexColor("#1b1b1b"),
    accent=HexColor("#1f4b5c"),  # dark blue-grey; prints as dark grey
    muted=HexColor("#575757"),
    rule=HexColor("#a8a8a8"),
    bar=HexColor("#b9c3c7"),  # an ordinary bar; the high bars use the accent
    track=HexColor("#f0f0f0"),
    band=HexColor("#ececec"),  # finaliteit heading band, the "now" box
    card=HexColor("#f7f7f7"),
)


@dataclass(frozen=True)
class Styles:
    title: ParagraphStyle
    subtitle: ParagraphStyle
    heading: ParagraphStyle
    group: ParagraphStyle
    group_note: ParagraphStyle
    body: ParagraphStyle
    bullet: ParagraphStyle
    small: ParagraphStyle
    card_title: ParagraphStyle
    card_meta: ParagraphStyle
    card_text: ParagraphStyle
    card_bullet: ParagraphStyle
    note: ParagraphStyle
    parents_heading: ParagraphStyle
    parents_label: ParagraphStyle
    parents_body: ParagraphStyle
    parents_bullet: ParagraphStyle
    footer_font: str = REGULAR
    footer_size: float = MIN_SIZE


@cache
def styles() -> Styles:
    base = ParagraphStyle("base", fontName=REGULAR, bulletFontName=REGULAR, fontSize=BODY_SIZE, leading=12.6,
                          textColor=PALETTE.ink, alignment=TA_LEFT, splitLongWords=True,
                          spaceShrinkage=0)  # ReportLab lets a line run ~1 pt past the margin otherwise

    def style(name: str, **changes: object) -> ParagraphStyle:
        # The bullet takes the text's size, so that a bullet in small print stays small.
        changes.setdefault("bulletFontSize", changes.get("fontSize", base.fontSize))
        return ParagraphStyle(name, parent=base, **changes)

    return Styles(
        title=style("title", fontName=BOLD, fontSize=18, leading=22, textColor=PALETTE.accent),
        subtitle=style("subtitle", fontSize=8.6, leading=11, textColor=PALETTE.muted, spaceBefore=2),
        heading=style("heading", fontName=BOLD, fontSize=12.5, leading=15, textColor=PALETTE.accent,
                      spaceBefore=SECTION_GAP, spaceAfter=3),
        group=style("group", fontName=BOLD, fontSize=10.8, leading=13),
        group_note=style("group_note", fontSize=MIN_SIZE, leading=10.2, textColor=PALETTE.muted),
        body=style("body"),
        bullet=style("bullet", leftIndent=11, bulletIndent=1, spaceAfter=1.5),
        small=style("small", fontSize=MIN_SIZE, leading=10.2, textColor=PALETTE.muted),
        card_title=style("card_title", fontName=BOLD, fontSize=10.4, leading=12.4),
        card_meta=style("card_meta", fontSize=MIN_SIZE, leading=10, textColor=PALETTE.muted, spaceAfter=2),
        card_text=style("card_text", fontSize=BODY_SIZE, leading=11.5, spaceAfter=1.2),
        card_bullet=style("card_bullet", fontSize=BODY_SIZE, leading=11.5, spaceAfter=1.2, leftIndent=9,
                          bulletIndent=0),
        note=style("note"),
        parents_heading=style("parents_heading", fontName=BOLD, fontSize=13, leading=16, textColor=PALETTE.accent,
                              spaceBefore=14, spaceAfter=4),
        parents_label=style("parents_label", fontName=BOLD, fontSize=10.5, leading=13.5, spaceBefore=4),
        parents_body=style("parents_body", fontSize=10.5, leading=14.5, spaceAfter=5),
        parents_bullet=style("parents_bullet", fontSize=10.5, leading=14.5, spaceAfter=4, leftIndent=13,
                             bulletIndent=1),
    )


MAX_PARENTS_LEVEL = 4


@dataclass(frozen=True)
class ParentsStyles:
    title: ParagraphStyle
    heading: ParagraphStyle
    label: ParagraphStyle
    body: ParagraphStyle
    bullet: ParagraphStyle


@cache
def parents_styles(level: int = 0) -> ParentsStyles:
    """The parents' page at `level` 0 (large, easy to read) to MAX_PARENTS_LEVEL (each step about 8 % smaller;
    running text never below BODY_SIZE, the spaces between paragraphs give way first)."""
    base = styles()
    scale = 1 - 0.08 * min(max(level, 0), MAX_PARENTS_LEVEL)

    def scaled(style: ParagraphStyle, smallest: float = MIN_SIZE) -> ParagraphStyle:
        if level == 0:
            return style
        factor = max(scale, smallest / style.fontSize)
        changes = {name: getattr(style, name) * factor for name in ("fontSize", "leading", "bulletFontSize")}
        changes.update({name: getattr(style, name) * scale for name in ("spaceBefore", "spaceAfter")})
        return ParagraphStyle(f"{style.name}-{level}", parent=style, **changes)

    return ParentsStyles(scaled(base.title), scaled(base.parents_heading), scaled(base.parents_label, BODY_SIZE),
                         scaled(base.parents_body, BODY_SIZE), scaled(base.parents_bullet, BODY_SIZE))


# The page in the home language holds more than the Dutch one (what the Flemish school words mean), so it is set
# with less room between paragraphs first, before the fitting makes its type smaller.
TRANSLATED_SPACE = 0.5
# Naskh letters look smaller than DejaVu's at one size, and reach further up and down: a step larger, more leading.
ARABIC_SIZE = 1.2
ARABIC_LEADING = 1.5


@cache
def translated_parents_styles(level: int = 0, right_to_left: bool = False) -> ParentsStyles:
    """The parents' page in a home language: `parents_styles(level)` with less space between paragraphs, and for a
    right-to-left language in Noto Naskh Arabic, aligned right."""
    def translated(style: ParagraphStyle) -> ParagraphStyle:
        changes: dict[str, object] = {"spaceBefore": style.spaceBefore * TRANSLATED_SPACE,
                                      "spaceAfter": style.spaceAfter * TRANSLATED_SPACE}
        if right_to_left:
            size = style.fontSize * ARABIC_SIZE
            changes.update(fontName=ARABIC_BOLD if style.fontName == BOLD else ARABIC, fontSize=size,
                           leading=max(style.leading, size * ARABIC_LEADING), alignment=TA_RIGHT)
        return ParagraphStyle(f"{style.name}-{'rtl' if right_to_left else 'ltr'}", parent=style, **changes)

    base = parents_styles(level)
    return ParentsStyles(translated(base.title), translated(base.heading), translated(base.label),
                         translated(base.body), translated(base.bullet))
