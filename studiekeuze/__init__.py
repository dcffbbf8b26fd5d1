"""studiekeuze: positive study-choice guidance for Flemish secondary education (Qt-free core)."""

__version__ = "0.1.0"
