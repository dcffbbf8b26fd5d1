"""One advice → ReportLab flowables. Lays out what the advice says; it adds no wording of its own.

`level` trades detail for room (0 = everything; MAX_LEVEL = least), so that any advice fits on two pages.
"""

from xml.sax.saxutils import escape

from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    HRFlowable,
    KeepTogether,
    PageBreak,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from studiekeuze.advice.model import Advies, Blok, Groep, Kaart
from studiekeuze.pdf.flowables import CardRow, FrontPageBreak, PartMarker, PathPicture, ProfileChart
from studiekeuze.pdf.fonts import LATIN_OF, REGULAR, register_arabic_fonts
from studiekeuze.pdf.paragraphs import KeptParagraph
from studiekeuze.pdf.rtl import RtlParagraph
from studiekeuze.pdf.styles import (
    CARD_GAP,
    FRAME_WIDTH,
    PALETTE,
    SECTION_GAP,
    parents_styles,
    styles,
    translated_parents_styles,
)
from studiekeuze.pdf.trial import DrawnOnlyForReal
from studiekeuze.vocabulary import LANGUAGES

MAX_LEVEL = 6
# What each detail level leaves out, cumulatively: 1 the second reason and the finaliteit explanation, 2 the "daarna"
# line, 3 the leerweg, diploma and evidence lines and the path picture's caption, 4 the BK and beroepen lines, 5 what
# you learn, 6 every line and reason under a card's name (the last resort of a sheet with many cards and a long note).
# A card is never left out: the sheet prints exactly the cards of the advice, which the app shows too.
DROPPED_LINES = {
    2: {"daarna"},
    3: {"daarna", "leerweg", "diploma", "bewijs"},
    4: {"daarna", "leerweg", "diploma", "bewijs", "bk", "beroepen"},
    5: {"daarna", "leerweg", "diploma", "bewijs", "bk", "beroepen", "leren"},
    6: {"daarna", "leerweg", "diploma", "bewijs", "bk", "beroepen", "leren", "overstap", "toelating"},
}
MAX_REASONS = {0: 2, 6: 0}  # reasons per card at a level (1 at the others)
CHART_WIDTH = 232.0
RIGHT_TO_LEFT = {language.code for language in LANGUAGES if language.right_to_left}


class SheetTable(DrawnOnlyForReal, Table):
    """A Table that draws nothing in a trial layout (see pdf/trial.py); its splits are SheetTables too."""


def _p(text: str, style_name: str, bullet: bool = False) -> Paragraph:
    """A paragraph of plain text: escaped, so "&" and "<" in a name print as written."""
    style = getattr(styles(), style_name)
    return KeptParagraph(escape(text), style, bulletText="•" if bullet else None)


def _table_style(commands: list[tuple]) -> TableStyle:
    # A Table sets its own font (Helvetica) for each cell even when the cell holds only flowables; naming ours
    # keeps every font in the PDF embedded.
    return TableStyle([("FONTNAME", (0, 0), (-1, -1), REGULAR), *commands])


def _labelled(label: str, text: str, style_name: str) -> Paragraph:
    return KeptParagraph(f"<b>{escape(label)}:</b> {escape(text)}", getattr(styles(), style_name))


def advice_story(
    advies: Advies,
    level: int,
    part_id: str,
    record: dict[str, int],
    ouders: bool = False,
    first: bool = True,
    duplex: bool = False,
    parents_level: int = 0,
    translated_level: int = 0,
) -> list[Flowable]:
    story: list[Flowable] = []
    if not first:
        story.append(PageBreak())
        if duplex:
            story.append(FrontPageBreak(advies.lege_bladzijde))
    story.append(PartMarker(record, f"{part_id}:start", (part_id, advies.voettekst, advies.bladnummer)))
    story += _header(advies)
    story += _profile(advies, level)
    story += _suggestions(advies, level)
    story += _path(advies, level)
    story += _next_steps(advies)
    story.append(Spacer(1, SECTION_GAP))
    story.append(HRFlowable(width="100%", thickness=0.5, color=PALETTE.rule, spaceAfter=3))
    story.append(_p(advies.hoe_gemaakt, "small"))
    story.append(PartMarker(record, f"{part_id}:main"))
    if ouders:
        story.append(PageBreak())
        story.append(PartMarker(record, f"{part_id}:ouders"))
        story += _parents(advies, parents_level)
        if advies.ouders_vertaald:  # the same page in the home language, after the Dutch one
            story.append(PageBreak())
            story.append(PartMarker(record, f"{part_id}:vertaling",
                                    (part_id, advies.voettekst_vertaald or advies.voettekst, advies.bladnummer)))
            story += _parents_page(advies.ouders_vertaald, translated_level, advies.ouders_taal)
        story.append(PartMarker(record, f"{part_id}:einde"))
    return story


def _header(advies: Advies) -> list[Flowable]:
    return [
        _p(advies.titel, "title"),
        _p(advies.ondertitel, "subtitle"),
        HRFlowable(width="100%", thickness=0.8, color=PALETTE.accent, spaceBefore=5, spaceAfter=0),
    ]


def _profile(advies: Advies, level: int) -> list[Flowable]:
    deel = advies.profiel
    chart = ProfileChart(deel, CHART_WIDTH)
    words: list[Flowable] = [_p(deel.intro, "small"), Spacer(1, 3)]
    words += [_p(zin, "bullet", bullet=True) for zin in deel.zinnen]
    if deel.legende:
        words.append(_p(deel.legende, "small"))
    table = SheetTable([[chart, words]], colWidths=[CHART_WIDTH + 14, FRAME_WIDTH - CHART_WIDTH - 14])
    table.setStyle(_table_style([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 1),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
    ]))
    return [KeepTogether([_p(deel.kop, "heading"), table])]


def _suggestions(advies: Advies, level: int) -> list[Flowable]:
    blok = advies.suggesties
    story: list[Flowable] = [CondPageBreak(120), _p(blok.kop, "heading")]
    story += [_p(text, "small") for text in blok.alineas]
    if not advies.groepen:
        story += [Spacer(1, 4), _p(advies.geen_suggesties, "body")]
        return story
    groepen = list(advies.groepen)
    while groepen:
        # Two groups of one card each share a row (each its own heading over its card): the card keeps its room,
        # and the half row that stayed empty goes to larger type.
        if len(groepen) > 1 and len(groepen[0].kaarten) == len(groepen[1].kaarten) == 1:
            story += _group_pair(groepen[0], groepen[1], level)
            del groepen[:2]
        else:
            story += _group(groepen.pop(0), level)
    shown = [regel.sleutel for groep in advies.groepen for kaart in groep.kaarten
             for regel in _shown_lines(kaart, level)]
    if advies.noemt_knelpuntberoep and "beroepen" in shown:
        story += [Spacer(1, 3), _p(advies.legende_knelpunt, "small")]
    if advies.legende_niveaus and ("bk" in shown or "diploma" in shown):
        story += [Spacer(1, 2), _p(advies.legende_niveaus, "small")]
    return story


def _band_style(columns: tuple[int, ...]) -> TableStyle:
    """The finaliteit heading band in the given columns of a one-row table."""
    commands: list[tuple] = [("LEFTPADDING", (0, 0), (-1, -1), 6), ("TOPPADDING", (0, 0), (-1, -1), 2.5),
                             ("BOTTOMPADDING", (0, 0), (-1, -1), 3), ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]
    for column in columns:
        commands += [("BACKGROUND", (column, 0), (column, 0), PALETTE.band),
                     ("LINEBEFORE", (column, 0), (column, 0), 3, PALETTE.accent)]
    return _table_style(commands)


def _group(groep: Groep, level: int) -> list[Flowable]:
    band = SheetTable([[_p(groep.kop, "group")]], colWidths=[FRAME_WIDTH])
    band.setStyle(_band_style((0,)))
    head: list[Flowable] = [Spacer(1, 6), band]
    if level == 0 and groep.uitleg:
        head += [Spacer(1, 2), _p(groep.uitleg, "group_note")]
    head.append(Spacer(1, 4))
    kaarten = groep.kaarten
    rows = [_card_row(kaarten[i:i + 2], level) for i in range(0, len(kaarten), 2)]
    # The heading stays with the first row of cards; later rows may go to the next page.
    return [KeepTogether([*head, rows[0]]), *[item for row in rows[1:] for item in (Spacer(1, 5), row)]]


def _group_pair(left: Groep, right: Groep, level: int) -> list[Flowable]:
    """Two groups of one card side by side: the headings in one row, the explanations under them, then the cards."""
    half = (FRAME_WIDTH - CARD_GAP) / 2
    bands = SheetTable([[_p(left.kop, "group"), "", _p(right.kop, "group")]], colWidths=[half, CARD_GAP, half])
    bands.setStyle(_band_style((0, 2)))
    head: list[Flowable] = [Spacer(1, 6), bands]
    if level == 0 and (left.uitleg or right.uitleg):
        notes = SheetTable([[_p(left.uitleg, "group_note"), "", _p(right.uitleg, "group_note")]],
                      colWidths=[half, CARD_GAP, half])
        notes.setStyle(_table_style([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                     ("RIGHTPADDING", (0, 0), (-1, -1), 0), ("TOPPADDING", (0, 0), (-1, -1), 2),
                                     ("BOTTOMPADDING", (0, 0), (-1, -1), 0)]))
        head.append(notes)
    head.append(Spacer(1, 4))
    return [KeepTogether([*head, _card_row((left.kaarten[0], right.kaarten[0]), level)])]


def _shown_lines(kaart: Kaart, level: int) -> list:
    dropped = DROPPED_LINES.get(level, set())
    return [regel for regel in kaart.regels if regel.sleutel not in dropped]


def _card_row(kaarten: tuple[Kaart, ...], level: int) -> CardRow:
    return CardRow([_card(k, level) for k in kaarten], FRAME_WIDTH, CARD_GAP)


def _card(kaart: Kaart, level: int) -> list[Flowable]:
    content: list[Flowable] = [_p(kaart.naam, "card_title")]
    if kaart.meta:
        content.append(_p(kaart.meta, "card_meta"))
    redenen = kaart.redenen[: MAX_REASONS.get(level, 1)]
    content += [_p(reden, "card_bullet", bullet=True) for reden in redenen]
    if redenen and kaart.regels:
        content.append(Spacer(1, 2))
    for regel in _shown_lines(kaart, level):
        content.append(_labelled(regel.label, regel.tekst, "card_text"))
    return content


def _path(advies: Advies, level: int) -> list[Flowable]:
    pad = advies.pad
    items: list[Flowable] = [_p(pad.kop, "heading"), PathPicture(pad, FRAME_WIDTH)]
    if level < 3:
        items += [Spacer(1, 4), _p(pad.toelichting, "small")]
    return [KeepTogether(items)]


def _next_steps(advies: Advies) -> list[Flowable]:
    blok = advies.volgende_stappen
    items: list[Flowable] = [_p(blok.kop, "heading")]
    items += [_p(punt, "bullet", bullet=True) for punt in blok.punten]
    story: list[Flowable] = [KeepTogether(items)]
    if advies.notitie.alineas:
        story.append(Spacer(1, 6))
        story.append(_boxed(advies.notitie))
    return story


def _boxed(blok: Blok) -> SheetTable:
    content: list[Flowable] = [_p(blok.kop, "group")]
    content += [_p(alinea, "note") for alinea in blok.alineas]
    table = SheetTable([[content]], colWidths=[FRAME_WIDTH])
    table.setStyle(_table_style([
        ("BOX", (0, 0), (-1, -1), 0.8, PALETTE.ink),
        ("LEFTPADDING", (0, 0), (-1, -1), 8),
        ("RIGHTPADDING", (0, 0), (-1, -1), 8),
        ("TOPPADDING", (0, 0), (-1, -1), 5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
    ]))
    return table


def _parents(advies: Advies, level: int = 0) -> list[Flowable]:
    return _parents_page(advies.ouders, level)


def _parents_page(blocks: tuple[Blok, ...], level: int = 0, taal: str = "") -> list[Flowable]:
    """The parents' page in Dutch, or in the home language `taal` (right to left for Arabic)."""
    if not blocks:
        return []
    # Larger type than the pupil's pages: this page is read at the kitchen table, often without reading glasses.
    # Only when it would not fit on one page (a very long name) is it set smaller, one step per `level`.
    right_to_left = taal in RIGHT_TO_LEFT
    if right_to_left:
        register_arabic_fonts()
    style = translated_parents_styles(level, right_to_left) if taal else parents_styles(level)

    def p(text: str, name: str, bullet: bool = False) -> Flowable:
        if right_to_left:
            paragraph_style = getattr(style, name)
            return RtlParagraph(text, paragraph_style, LATIN_OF[paragraph_style.fontName], bullet=bullet)
        return KeptParagraph(escape(text), getattr(style, name), bulletText="•" if bullet else None)

    intro, *rest = blocks
    story: list[Flowable] = [p(intro.kop, "title"), Spacer(1, 6)]
    story += [p(alinea, "body") for alinea in intro.alineas]
    story.append(HRFlowable(width="100%", thickness=0.8, color=PALETTE.accent, spaceBefore=2, spaceAfter=2))
    for blok in rest:
        story.append(p(blok.kop, "heading"))
        story += [p(alinea, "body") for alinea in blok.alineas]  # an introduction comes before the labelled lines
        for regel in blok.regels:
            story += [p(regel.label, "label"), p(regel.tekst, "body")]
        story += [p(punt, "bullet", bullet=True) for punt in blok.punten]
    return story
