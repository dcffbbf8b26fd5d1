"""A richting's page as plain, fully worded data: the app's HTML, the command line's text and `richting --json` all
render this one model, so a label reads the same wherever it is shown.

Light on purpose: Verkennen imports it at start-up (no matching, no ReportLab, no advice templates).
"""

from dataclasses import dataclass
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from studiekeuze import vocabulary
from studiekeuze.models import Bk, Overgang, Richting, RichtingSamenvatting
from studiekeuze.texts import say
from studiekeuze.vocabulary import first_upper

if TYPE_CHECKING:
    from studiekeuze.content.repository import ContentRepository


@dataclass(frozen=True)
class Punt:
    """One bulleted point. `link`: the groepnummer of the richting it names (a link in the app); `nadruk`: the text is
    a name that stands out; `bij`: what follows the text on its line; `regels`: smaller lines under it."""

    tekst: str
    link: str = ""
    nadruk: bool = False
    bij: str = ""
    regels: tuple[str, ...] = ()


@dataclass(frozen=True)
class Sectie:
    """A part of the page, in this order: a heading (or none), paragraphs, small print, bulleted points, a note.

    `sleutel` names the part (beschrijving, leerweg, diploma, activiteiten, daarna, daarvoor, beroepen, bks), so a
    renderer can lay two pages side by side.
    """

    sleutel: str
    kop: str = ""
    alineas: tuple[str, ...] = ()
    klein: tuple[str, ...] = ()
    punten: tuple[Punt, ...] = ()
    noot: tuple[str, ...] = ()


@dataclass(frozen=True)
class RichtingPagina:
    groepnummer: str
    titel: str
    ondertitel: str  # where it sits: "2de graad · Arbeidsmarkt · STEM"
    finaliteit_kort: str  # what its finaliteit prepares for: "Klaar voor een beroep"
    secties: tuple[Sectie, ...]
    voetnoot: str

    def sectie(self, sleutel: str) -> Sectie | None:
        return next((s for s in self.secties if s.sleutel == sleutel), None)


def summary_line(summary: RichtingSamenvatting) -> str:
    """'2de graad · Arbeidsmarkt · STEM': where a richting sits, in one line."""
    parts = [vocabulary.graad_label(summary.graad), vocabulary.finaliteit_label(summary.finaliteit),
             *summary.domeinen]
    return " · ".join(p for p in parts if p)


def richting_page(repository: "ContentRepository", groepnummer: str) -> RichtingPagina:
    """The whole page of one richting: what you learn and do, where it leads and where you come from."""
    richting = repository.richting(groepnummer)
    kort = next((f["kort"] for f in repository.finaliteiten() if f["code"] == richting.finaliteit), "")
    return page_of(richting, kort)


def leerweg_text(leerwegen: tuple[str, ...] | list[str]) -> str:
    """How a richting can be followed ("op school, of duaal: …"), in the vocabulary's words (page and sheet)."""
    return say("leerweg.keuze", school="school" in leerwegen, duaal="duaal" in leerwegen, label=vocabulary.LEERWEGEN)


def beroep_text(naam: str, knelpunt: bool) -> str:
    """An occupation, marked when it is a knelpuntberoep (the same words on the page and the sheet)."""
    return say("beroep.knelpunt", naam=naam) if knelpunt else naam


def page_of(richting: Richting, finaliteit_kort: str = "") -> RichtingPagina:
    secties = [Sectie("beschrijving", alineas=(richting.beschrijving,) if richting.beschrijving else ())]
    if richting.leerwegen:
        secties.append(Sectie("leerweg", alineas=(say("leerweg.zin", keuze=leerweg_text(richting.leerwegen)),)))
    if richting.onderwijskwalificatie:
        label = say(f"onderwijskwalificatie.{richting.onderwijskwalificatie}")
        secties.append(Sectie("diploma", say("onderwijskwalificatie.kop"),
                              alineas=(say("onderwijskwalificatie.zin", label=label),),
                              klein=(say("onderwijskwalificatie.uitleg"),)))
    if richting.activiteiten:
        secties.append(Sectie("activiteiten", say("pagina.wat_doe_je"),
                              punten=tuple(Punt(a.tekst) for a in richting.activiteiten)))
    secties.append(Sectie("daarna", say("pagina.daarna"),
                          alineas=() if richting.overgangen_naar else (say("pagina.geen_daarna"),),
                          punten=tuple(_overgang(o) for o in richting.overgangen_naar)))
    if richting.overgangen_van:
        secties.append(Sectie("daarvoor", say("pagina.daarvoor"),
                              punten=tuple(_overgang(o) for o in richting.overgangen_van)))
    if richting.beroepen:
        secties.append(Sectie(
            "beroepen", say("pagina.beroepen"),
            punten=tuple(Punt(beroep_text(b.naam, b.knelpuntberoep)) for b in richting.beroepen),
            noot=(say("beroep.legende"),) if any(b.knelpuntberoep for b in richting.beroepen) else (),
        ))
    if richting.bks:
        secties.append(Sectie("bks", say("bk.kop"), klein=(say("bk.uitleg"),),
                              punten=tuple(_bk(b) for b in richting.bks)))
    return RichtingPagina(
        groepnummer=richting.groepnummer,
        titel=richting.naam,
        ondertitel=summary_line(richting.samenvatting),
        finaliteit_kort=first_upper(finaliteit_kort),
        secties=tuple(secties),
        voetnoot=say("pagina.groepnummer", groepnummer=richting.groepnummer),
    )


def _overgang(overgang: Overgang) -> Punt:
    kind = first_upper(vocabulary.soort_label(overgang.soort, overgang.opleiding_soort))
    regels = [f"{kind}. {overgang.reden}".strip()]
    if overgang.toelating:
        regels.append(overgang.toelating)
    evidence = f"{say('bewijs.label')}: {vocabulary.bewijs_label(overgang.bewijs, overgang.soort)}"
    if overgang.bron:
        # The address as text: studiekeuze works offline and opens no browser; the counsellor can look it up.
        evidence += f" ({say('bewijs.bron', adres=urlsplit(overgang.bron).netloc or overgang.bron)})"
    regels.append(evidence + ".")
    if overgang.doel is not None:
        return Punt(overgang.naam, link=overgang.doel.groepnummer, bij=summary_line(overgang.doel),
                    regels=tuple(regels))
    return Punt(overgang.naam, nadruk=True, regels=tuple(regels))


def _bk(bk: Bk) -> Punt:
    """A BK with its level, how much of it the richting teaches and, when known, its official definition."""
    how = say("bk.alleen_duaal" if bk.alleen_duaal else "bk.volledig" if bk.volledig else "bk.deels")
    regels = [f"{first_upper(how)}."]
    if bk.definitie:
        regels.append(f"{say('bk.wat_doet', naam=bk.naam)} {bk.definitie} ({say('bk.bron')})")
    niveau = say("bk.niveau", niveau=bk.niveau) if bk.niveau else ""
    return Punt(say("pagina.bk", naam=bk.naam, niveau=niveau), bij=f"({bk.code})" if bk.code else "",
                regels=tuple(regels))
