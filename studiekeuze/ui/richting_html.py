"""HTML for a richting's page and for two richtingen side by side (shown in a QTextBrowser; every value escaped)."""

from html import escape
from urllib.parse import urlsplit

from PySide6.QtCore import QCoreApplication

from studiekeuze.models import Bk, Overgang, Richting
from studiekeuze.texts import say
from studiekeuze.ui.labels import graad_label, leerweg_label, soort_label, summary_line

LINK_SCHEME = "richting"


def link(groepnummer: str) -> str:
    return f"{LINK_SCHEME}:{groepnummer}"


def _t(text: str) -> str:
    return QCoreApplication.translate("RichtingPage", text)


def richting_page(richting: Richting, finaliteiten: dict[str, dict]) -> str:
    """The whole page of one richting: what you learn and do, where it leads and where you come from."""
    names = {code: f["leerlingnaam"] for code, f in finaliteiten.items()}
    finaliteit = finaliteiten.get(richting.finaliteit, {})
    parts = [
        f"<h1>{escape(richting.naam)}</h1>",
        f"<p><b>{escape(summary_line(richting.samenvatting, names))}</b>"
        + (f"<br>{escape(finaliteit.get('kort', '')).capitalize()}" if finaliteit.get("kort") else "")
        + "</p>",
        f"<p>{escape(richting.beschrijving)}</p>",
    ]
    if richting.leerwegen:
        ways = ", ".join(leerweg_label(w) for w in richting.leerwegen)
        parts.append(f"<p>{escape(_t('Je kunt deze richting volgen:'))} {escape(ways)}.</p>")
    if richting.onderwijskwalificatie:
        label = say(f"onderwijskwalificatie.{richting.onderwijskwalificatie}")
        parts.append(f"<h2>{escape(say('onderwijskwalificatie.kop'))}</h2>")
        parts.append(f"<p>{escape(say('onderwijskwalificatie.zin', label=label))}<br>"
                     f"<small>{escape(say('onderwijskwalificatie.uitleg'))}</small></p>")
    if richting.activiteiten:
        parts.append(f"<h2>{escape(_t('Wat doe je?'))}</h2>")
        parts.append(_list(escape(a.tekst) for a in richting.activiteiten))
    parts.append(f"<h2>{escape(_t('Waar kun je daarna naartoe?'))}</h2>")
    parts.append(_overgangen(richting.overgangen_naar, names) if richting.overgangen_naar
                 else f"<p>{escape(_t('Hier zijn nog geen overgangen voor ingevuld.'))}</p>")
    if richting.overgangen_van:
        parts.append(f"<h2>{escape(_t('Waar kom je vandaan?'))}</h2>")
        parts.append(_overgangen(richting.overgangen_van, names))
    if richting.beroepen:
        parts.append(f"<h2>{escape(_t('Beroepen'))}</h2>")
        parts.append(_list(_beroep(b.naam, b.knelpuntberoep, b.knelpunt_jaar) for b in richting.beroepen))
        if any(b.knelpuntberoep for b in richting.beroepen):
            explanation = _t("★ Knelpuntberoep: VDAB vindt moeilijk genoeg mensen voor dit beroep.")
            parts.append(f"<p><small>{escape(explanation)}</small></p>")
    if richting.bks:
        parts.append(f"<h2>{escape(say('bk.kop'))}</h2>")
        parts.append(f"<p><small>{escape(say('bk.uitleg'))}</small></p>")
        parts.append(_list(_bk_item(b) for b in richting.bks))
    parts.append(f"<p><small>{escape(_t('Groepnummer'))} {escape(richting.groepnummer)}</small></p>")
    return "\n".join(parts)


def _overgangen(overgangen: tuple[Overgang, ...], names: dict[str, str]) -> str:
    items = []
    for overgang in overgangen:
        if overgang.doel is not None:
            title = f'<a href="{escape(link(overgang.doel.groepnummer))}">{escape(overgang.naam)}</a>'
            where = f" — {escape(summary_line(overgang.doel, names))}"
        else:
            title, where = f"<b>{escape(overgang.naam)}</b>", ""
        reden = f" {escape(overgang.reden)}" if overgang.reden else ""
        kind = soort_label(overgang.soort)
        if overgang.opleiding_soort:
            kind = say(f"opleiding.{overgang.opleiding_soort}")
        evidence = escape(f"{say('bewijs.label')} {say(f'bewijs.{overgang.bewijs}')}")
        if overgang.bron:
            # The address as text: studiekeuze works offline and opens no browser; the counsellor can look it up.
            evidence += escape(f" ({_t('bron')}: {urlsplit(overgang.bron).netloc or overgang.bron})")
        toelating = f"<br><small>{escape(overgang.toelating)}</small>" if overgang.toelating else ""
        items.append(f"{title}{where}<br><small>{escape(kind)}.{reden}</small>{toelating}"
                     f"<br><small><i>{evidence}.</i></small>")
    return _list(items)


def _beroep(naam: str, knelpunt: bool, jaar: int | None) -> str:
    if not knelpunt:
        return escape(naam)
    mark = _t("knelpuntberoep") + (f" {jaar}" if jaar else "")
    return f"{escape(naam)} <b>★ {escape(mark)}</b>"


def _bk_item(bk: Bk) -> str:
    """A BK with its level, how much of it the richting teaches and, when known, its official definition."""
    how = say("bk.alleen_duaal" if bk.alleen_duaal else "bk.volledig" if bk.volledig else "bk.deels")
    line = f"{_bk(bk.naam, bk.niveau, bk.code)}<br><small>{escape(how.capitalize())}.</small>"
    if bk.definitie:
        line += (f"<br><i>{escape(say('bk.wat_doet', naam=bk.naam))}</i> {escape(bk.definitie)} "
                 f"<small>({escape(say('bk.bron'))})</small>")
    return line


def _bk(naam: str, niveau: int | None, code: str) -> str:
    level = f" — {escape(_t('VKS-niveau'))} {niveau}" if niveau else ""
    return f"{escape(naam)}{level}" + (f" <small>({escape(code)})</small>" if code else "")


def _list(items) -> str:
    """A bulleted list, or "" when there is nothing to list."""
    shown = [f"<li>{item}</li>" for item in items]
    return f"<ul>{''.join(shown)}</ul>" if shown else ""


def comparison(left: Richting, right: Richting, finaliteiten: dict[str, dict]) -> str:
    """Two richtingen in two columns, row by row, so a pupil sees the differences at a glance."""
    names = {code: f["leerlingnaam"] for code, f in finaliteiten.items()}

    def cells(richting: Richting) -> dict[str, str]:
        return {
            "title": f'<a href="{escape(link(richting.groepnummer))}"><b>{escape(richting.naam)}</b></a>',
            "waar": escape(summary_line(richting.samenvatting, names)),
            "leerweg": escape(", ".join(leerweg_label(w) for w in richting.leerwegen)),
            "wat": escape(richting.beschrijving),
            "doe": _list(escape(a.tekst) for a in richting.activiteiten),
            "naar": _list(
                escape(o.naam) + (f" ({escape(graad_label(o.doel.graad))})" if o.doel else "")
                for o in richting.overgangen_naar
            ) or "–",
            "beroepen": _list(_beroep(b.naam, b.knelpuntberoep, b.knelpunt_jaar) for b in richting.beroepen) or "–",
            "bks": _list(_bk(b.naam, b.niveau, b.code) for b in richting.bks) or "–",
        }

    rows = [
        ("waar", _t("Waar")),
        ("leerweg", _t("Leerweg")),
        ("wat", _t("Wat leer je?")),
        ("doe", _t("Wat doe je?")),
        ("naar", _t("Daarna")),
        ("beroepen", _t("Beroepen")),
        ("bks", _t("Beroepskwalificaties")),
    ]
    a, b = cells(left), cells(right)
    body = [f'<tr><th></th><th width="45%">{a["title"]}</th><th width="45%">{b["title"]}</th></tr>']
    for key, label in rows:
        body.append(f'<tr><td valign="top"><b>{escape(label)}</b></td>'
                    f'<td valign="top">{a[key]}</td><td valign="top">{b[key]}</td></tr>')
    return '<table width="100%" cellspacing="0" cellpadding="6" border="1">' + "".join(body) + "</table>"
