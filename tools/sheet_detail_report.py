#!/usr/bin/env python3
"""How much detail the printed advice keeps on its two pages, over many pupils (issue 15: larger type).

    .venv/bin/python tools/sheet_detail_report.py [--snel]

Every richting of the 2nd and 3rd graad as the current richting, and a 1st-graad pupil, each with four profiles
(practical, social, investigative, flat) and a short note: the detail level each sheet needs to fit two pages (0 =
every line; see DROPPED_LINES in studiekeuze/pdf/story.py) and its pages. --snel takes every 9th richting.
"""

import sys
from collections import Counter
from datetime import date

from studiekeuze.advice import build_advice
from studiekeuze.content.repository import ContentRepository
from studiekeuze.pdf.document import sheet_level
from studiekeuze.questionnaire.scoring import profile_from_scores

PROFILES = {
    "praktisch": {"R": 90, "I": 40, "A": 20, "S": 20, "E": 30, "C": 40},
    "sociaal": {"R": 20, "I": 30, "A": 40, "S": 90, "E": 40, "C": 30},
    "onderzoekend": {"R": 40, "I": 90, "A": 30, "S": 20, "E": 20, "C": 50},
    "vlak": dict.fromkeys("RIASEC", 50),
}
NOTE = "Volgende week gaan we samen naar de opendeurdag. Vraag ook aan je ouders wat zij denken over duaal leren."


def main(argv: list[str]) -> int:
    step = 9 if "--snel" in argv else 1
    repository = ContentRepository.open_default()
    richtingen = [s for s in repository.summaries.values() if s.graad in (2, 3)][::step]
    levels: Counter[int] = Counter()
    pages: Counter[int] = Counter()
    for name, scores in PROFILES.items():
        profiel = profile_from_scores(scores)
        cases = [(None, 2)] + [(repository.richting(s.groepnummer), None) for s in richtingen]
        for huidige, naar_graad in cases:
            advies = build_advice(repository, profiel, huidige, naar_graad, notitie=NOTE, datum=date(2026, 11, 23),
                                  voornaam="Yusuf")
            level, count = sheet_level(advies)
            levels[level] += 1
            pages[count] += 1
        print(f"{name}: done", file=sys.stderr)
    total = sum(levels.values())
    print(f"{total} pupils; pages: " + ", ".join(f"{n}: {c}" for n, c in sorted(pages.items())))
    for level, count in sorted(levels.items()):
        print(f"  detail level {level}: {count:5d}  ({count / total:.0%})")
    return 0 if max(pages) <= 2 else 1


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
