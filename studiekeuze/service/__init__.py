"""The one service behind the command line, the app and the PDF: what to show for a pupil and for a richting.

    outcome = uitkomst(repository, antwoorden, Keuzes(extra=("G-0082",)))   # decided: groups, cards, strong letters
    advies = word_advice(repository, outcome, notitie="…")                  # worded: the sheet's model (Advies)
    pagina = richting_page(repository, "G-0081")                           # worded: a richting's page
    data = advies_json(advies, outcome)                                     # JSON shapes: `service.shapes`

Modules: `outcome` (Keuzes, Uitkomst, Suggestiegroep, uitkomst), `richting_page` (RichtingPagina, Sectie, Punt,
richting_page), `shapes` (every JSON shape). Names are loaded on first use, so Verkennen can import the light
richting page at start-up without matching or the advice templates.
"""

from importlib import import_module
from typing import Any

_WHERE = {
    "DEFAULT_PER_FINALITEIT": "studiekeuze.service.outcome",
    "Keuzes": "studiekeuze.service.outcome",
    "Suggestiegroep": "studiekeuze.service.outcome",
    "Uitkomst": "studiekeuze.service.outcome",
    "uitkomst": "studiekeuze.service.outcome",
    "RichtingPagina": "studiekeuze.service.richting_page",
    "Sectie": "studiekeuze.service.richting_page",
    "Punt": "studiekeuze.service.richting_page",
    "richting_page": "studiekeuze.service.richting_page",
    "word_advice": "studiekeuze.advice.builder",
    "card": "studiekeuze.advice.builder",
    "advies_json": "studiekeuze.service.shapes",
    "uitkomst_json": "studiekeuze.service.shapes",
}
__all__ = sorted(_WHERE)


def __getattr__(name: str) -> Any:
    if name not in _WHERE:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(import_module(_WHERE[name]), name)
