"""Short labels for codes the core uses (graad, soort overgang, leerweg), translatable through Qt."""

from PySide6.QtCore import QCoreApplication

from studiekeuze.models import RichtingSamenvatting


def graad_label(graad: int | None) -> str:
    labels = {
        1: QCoreApplication.translate("Labels", "1ste graad"),
        2: QCoreApplication.translate("Labels", "2de graad"),
        3: QCoreApplication.translate("Labels", "3de graad"),
        7: QCoreApplication.translate("Labels", "7de jaar"),
    }
    return labels.get(graad, "") if graad is not None else ""


def soort_label(soort: str) -> str:
    labels = {
        "logische_vervolgrichting": QCoreApplication.translate("Labels", "Logische vervolgrichting"),
        "verwante_richting": QCoreApplication.translate("Labels", "Verwante richting"),
        "specialisatiejaar": QCoreApplication.translate("Labels", "Specialisatiejaar"),
        "se_n_se": QCoreApplication.translate("Labels", "Se-n-Se"),
        "graduaat": QCoreApplication.translate("Labels", "Graduaat"),
        "bachelor": QCoreApplication.translate("Labels", "Bachelor"),
        "arbeidsmarkt": QCoreApplication.translate("Labels", "Aan het werk"),
        "volgende_graad": QCoreApplication.translate("Labels", "Volgende graad"),
        "eigen_domein": QCoreApplication.translate("Labels", "Zelfde studiedomein"),
        "verwant_domein": QCoreApplication.translate("Labels", "Verwant studiedomein"),
        "gekozen_domein": QCoreApplication.translate("Labels", "Studiedomein dat je graag hebt"),
    }
    return labels.get(soort, soort)


def leerweg_label(leerweg: str) -> str:
    labels = {
        "school": QCoreApplication.translate("Labels", "op school"),
        "duaal": QCoreApplication.translate("Labels", "duaal (leren op school en op de werkplek)"),
    }
    return labels.get(leerweg, leerweg)


def vorm_label(vorm: str) -> str:
    labels = {
        "kort": QCoreApplication.translate("Labels", "kort"),
        "volledig": QCoreApplication.translate("Labels", "volledig"),
    }
    return labels.get(vorm, vorm)


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


def summary_line(summary: RichtingSamenvatting, finaliteit_names: dict[str, str]) -> str:
    """'2de graad · Arbeidsmarkt · STEM': where a richting sits, in one line."""
    parts = [graad_label(summary.graad), finaliteit_names.get(summary.finaliteit, summary.finaliteit)]
    parts += list(summary.domeinen)
    return " · ".join(p for p in parts if p)
