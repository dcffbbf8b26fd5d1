"""HTML for a richting's page and for two richtingen side by side (shown in a QTextBrowser; every value escaped).

It lays out the core's page model (`studiekeuze.service.richting_page`) and adds no wording of its own except the
row labels of the comparison, so the app says what `studiekeuze richting` says.
"""

from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

# A plain name lupdate reads as QCoreApplication.translate (a wrapper without the context it would not see).
translate = QCoreApplication.translate

if TYPE_CHECKING:  # the page model loads when the first richting is shown, not at start-up
    from studiekeuze.service.richting_page import Punt, RichtingPagina, Sectie

LINK_SCHEME = "richting"


def link(groepnummer: str) -> str:
    return f"{LINK_SCHEME}:{groepnummer}"


def richting_page(pagina: "RichtingPagina") -> str:
    """The whole page of one richting, section by section as the model gives them."""
    parts = [f"<h1>{escape(pagina.titel)}</h1>",
             f"<p><b>{escape(pagina.ondertitel)}</b>"
             + (f"<br>{escape(pagina.finaliteit_kort)}" if pagina.finaliteit_kort else "") + "</p>"]
    for sectie in pagina.secties:
        parts.append(_section(sectie))
    parts.append(f"<p><small>{escape(pagina.voetnoot)}</small></p>")
    return "\n".join(part for part in parts if part)


def _section(sectie: "Sectie") -> str:
    parts = [f"<h2>{escape(sectie.kop)}</h2>"] if sectie.kop else []
    parts += [f"<p>{escape(alinea)}</p>" for alinea in sectie.alineas]
    parts += [f"<p><small>{escape(k)}</small></p>" for k in sectie.klein]
    parts.append(_list(_point(p) for p in sectie.punten))
    parts += [f"<p><small>{escape(n)}</small></p>" for n in sectie.noot]
    return "\n".join(p for p in parts if p)


def _point(punt: "Punt", details: bool = True) -> str:
    if punt.link:
        text = f'<a href="{escape(link(punt.link))}">{escape(punt.tekst)}</a>'
        text += f" — {escape(punt.bij)}" if punt.bij else ""
    else:
        text = f"<b>{escape(punt.tekst)}</b>" if punt.nadruk else escape(punt.tekst)
        text += f" <small>{escape(punt.bij)}</small>" if punt.bij else ""
    if details:
        text += "".join(f"<br><small>{escape(regel)}</small>" for regel in punt.regels)
    return text


def _list(items) -> str:
    """A bulleted list, or "" when there is nothing to list."""
    shown = [f"<li>{item}</li>" for item in items]
    return f"<ul>{''.join(shown)}</ul>" if shown else ""


def comparison(left: "RichtingPagina", right: "RichtingPagina") -> str:
    """Two richtingen in two columns, row by row, so a pupil sees the differences at a glance."""

    def cell(pagina: "RichtingPagina", sleutel: str) -> str:
        if sleutel == "waar":
            return escape(pagina.ondertitel)
        sectie = pagina.sectie(sleutel)
        if sectie is None:
            return "–"
        paragraphs = "".join(f"<p>{escape(a)}</p>" for a in sectie.alineas)
        return (paragraphs + _list(_point(p, details=False) for p in sectie.punten)) or "–"

    rows = [
        ("waar", translate("RichtingPage", "Waar")),
        ("leerweg", translate("RichtingPage", "Leerweg")),
        ("beschrijving", translate("RichtingPage", "Wat leer je?")),
        ("activiteiten", translate("RichtingPage", "Wat doe je?")),
        ("daarna", translate("RichtingPage", "Daarna")),
        ("beroepen", translate("RichtingPage", "Beroepen")),
        ("bks", translate("RichtingPage", "Beroepskwalificaties")),
    ]
    titles = [f'<a href="{escape(link(p.groepnummer))}"><b>{escape(p.titel)}</b></a>' for p in (left, right)]
    # Each row's label on its own line across both columns: "Beroepskwalificaties" never has to fit (and break) in a
    # narrow first column, and the two richtingen share the width equally at any window size.
    body = [f'<tr><th width="50%">{titles[0]}</th><th width="50%">{titles[1]}</th></tr>']
    for key, label in rows:
        body.append(f'<tr><td colspan="2"><b>{escape(label)}</b></td></tr>')
        body.append(f'<tr><td valign="top">{cell(left, key)}</td><td valign="top">{cell(right, key)}</td></tr>')
    return '<table width="100%" cellspacing="0" cellpadding="6" border="1">' + "".join(body) + "</table>"
