"""The advice for one pupil as plain, fully worded data (see `model`), built from the content and the answers.

    advies = build_advice(repository, antwoorden, notitie="…")   # or a Profiel, with huidige= / naar_graad=
    pdf_bytes = studiekeuze.pdf.render_pdf(advies)
"""

from studiekeuze.advice.builder import DEFAULT_PER_FINALITEIT, MAX_NOTE_CHARS, build_advice, resolve_situation
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
    "resolve_situation",
]
