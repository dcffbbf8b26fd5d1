"""Short labels for codes the core uses (graad, soort overgang, evidence, form), translatable through Qt.

The words are the vocabulary's (`studiekeuze.vocabulary`), so the app says what the sheet and the command line say;
Qt can translate them at run time (context "Labels").
"""

from PySide6.QtCore import QCoreApplication

from studiekeuze import vocabulary
from studiekeuze.models import RichtingSamenvatting


def _tr(text: str) -> str:
    return QCoreApplication.translate("Labels", text) if text else ""


def graad_label(graad: int | None) -> str:
    return _tr(vocabulary.graad_label(graad))


def soort_label(soort: str, opleiding_soort: str = "") -> str:
    """"Logische volgende stap": a kind of overgang at the start of a line."""
    return _tr(vocabulary.first_upper(vocabulary.soort_label(soort, opleiding_soort)))


def bewijs_label(bewijs: str, soort: str = "") -> str:
    return _tr(vocabulary.bewijs_label(bewijs, soort))


def finaliteit_label(code: str) -> str:
    return _tr(vocabulary.finaliteit_label(code))


def vorm_label(vorm: str) -> str:
    try:
        return _tr(vocabulary.Vorm(vorm).label)
    except ValueError:
        return vorm


def field_label(field: str) -> str:
    """Where a search found a richting, in a few plain words (the core's `gevonden_in` values)."""
    labels = {
        "naam": QCoreApplication.translate("Labels", "naam"),
        "zoektermen": QCoreApplication.translate("Labels", "zoekwoord"),
        "synoniem": QCoreApplication.translate("Labels", "synoniem"),
        "beroepen": QCoreApplication.translate("Labels", "beroepen"),
        "beschrijving": QCoreApplication.translate("Labels", "beschrijving"),
        "activiteiten": QCoreApplication.translate("Labels", "wat je doet"),
    }
    return labels.get(field, field)


def found_in_line(fields: tuple[str, ...], most: int | None = None) -> str:
    """'naam, beroepen': the fields a search found a richting in, strongest first (at most `most` of them)."""
    return ", ".join(field_label(f) for f in fields[:most])


def summary_line(summary: RichtingSamenvatting, finaliteit_names: dict[str, str] | None = None) -> str:
    """'2de graad · Arbeidsmarkt · STEM': where a richting sits, in one line."""
    names = finaliteit_names or {}
    parts = [graad_label(summary.graad), names.get(summary.finaliteit) or finaliteit_label(summary.finaliteit)]
    parts += list(summary.domeinen)
    return " · ".join(p for p in parts if p)
