"""The advice for one pupil as plain, fully worded data (see `model`): the service's outcome, worded.

    advies = build_advice(repository, antwoorden, notitie="…")   # or a Profiel, with huidige= / naar_graad=
    advies = word_advice(repository, service.uitkomst(repository, antwoorden, keuzes), notitie="…")
    pdf_bytes = studiekeuze.pdf.render_pdf(advies)
"""

from studiekeuze.advice.builder import (
    DEFAULT_PER_FINALITEIT,
    MAX_NOTE_CHARS,
    build_advice,
    card,
    resolve_situation,
    word_advice,
)
from studiekeuze.advice.model import Advies, Balk, Blok, Groep, Kaart, Pad, PadKnoop, PadKolom, ProfielDeel, Regel

__all__ = [
    "DEFAULT_PER_FINALITEIT",
    "MAX_NOTE_CHARS",
    "Advies",
    "Balk",
    "Blok",
    "Groep",
    "Kaart",
    "Pad",
    "PadKnoop",
    "PadKolom",
    "ProfielDeel",
    "Regel",
    "build_advice",
    "card",
    "resolve_situation",
    "word_advice",
]
