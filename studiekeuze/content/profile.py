"""Derives a richting's RIASEC interest profile from its activities and beroepen (see content/README.md)."""

from collections.abc import Iterable

from studiekeuze.models import RIASEC

POSITION_POINTS = (3, 2, 1)


def derive_riasec(codes: Iterable[str]) -> dict[str, int]:
    """Score each Holland letter 0–100 from 1–3 letter codes, strongest letter first.

    A letter earns 3, 2 or 1 points by its place in a code; the strongest letter scores 100 and
    the others in proportion. No codes at all gives an all-zero profile.
    """
    points = dict.fromkeys(RIASEC, 0)
    for code in codes:
        for position, letter in enumerate(code[: len(POSITION_POINTS)]):
            points[letter] += POSITION_POINTS[position]
    strongest = max(points.values())
    if strongest == 0:
        return dict.fromkeys(RIASEC, 0)
    return {letter: round(100 * value / strongest) for letter, value in points.items()}
