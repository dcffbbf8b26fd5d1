"""Benchmark (not a test): matching one pupil against a whole graad, cross-finaliteit candidates included.

    .venv/bin/python benchmarks/matching_benchmark.py [--runs N]

Measured in-process on an open repository (richtingen are cached after the first pupil, as in the app and a class
run), as the median and 95th percentile of N runs per situation (goal: ≤ 10 ms for each):
- a 1st-graad pupil against every richting of the 2nd graad;
- 2nd-graad pupils whose overgangen leave finaliteiten empty, so that matching adds richtingen from the domain,
  related domains and the whole 3rd graad (Natuurwetenschappen, Latijn, Bakkerij, Elektriciteit);
- a 3rd-graad pupil against the 7th years and the steps after secondary school.
For scale, the same run measures a floor: one pass over the same candidates computing a plain six-term dot product,
so the ratio shows how much the ranking and the wording of reasons add.
"""

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
GOAL_MS = 10.0
CASES = [
    ("1ste graad → 2de graad", None, 2), ("Natuurwetenschappen", "G-0193", None), ("Latijn", "G-0135", None),
    ("Bakkerij", "G-0012", None), ("Elektriciteit", "G-0081", None), ("Humane wetenschappen (3de)", "G-0327", None),
]
PUPIL = {"R": 55, "I": 80, "A": 40, "S": 65, "E": 30, "C": 45}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=200)
    args = parser.parse_args()
    os.environ.setdefault("STUDIEKEUZE_HOME", tempfile.mkdtemp(prefix="studiekeuze-bench-"))

    from studiekeuze.content.repository import ContentRepository
    from studiekeuze.models import RIASEC
    from studiekeuze.next_steps import gather_candidates, suggest
    from studiekeuze.questionnaire.scoring import profile_from_scores

    repository = ContentRepository.open_default()
    profiel = profile_from_scores(PUPIL)
    worst = 0.0
    print(f"{'situatie':30} {'kandidaten':>10} {'mediaan':>9} {'p95':>9} {'vloer':>9} {'×vloer':>7}")
    for label, groepnummer, naar_graad in CASES:
        huidige = repository.richting(groepnummer) if groepnummer else None
        suggest(repository, profiel, huidige, naar_graad)  # warm: richtingen read once, as after the first pupil
        candidates = gather_candidates(repository, huidige, naar_graad, profiel)
        times, floors = [], []
        for _ in range(args.runs):
            start = time.perf_counter()
            suggest(repository, profiel, huidige, naar_graad, top_per_finaliteit=3)
            times.append(time.perf_counter() - start)
            start = time.perf_counter()
            sorted(sum(PUPIL[x] * k.riasec.get(x, 0) for x in RIASEC) for k in candidates)
            floors.append(time.perf_counter() - start)
        median = statistics.median(times) * 1000
        p95 = statistics.quantiles(times, n=20)[-1] * 1000
        floor = statistics.median(floors) * 1000
        worst = max(worst, p95)
        print(f"{label:30} {len(candidates):>10} {median:>7.2f}ms {p95:>7.2f}ms {floor:>7.3f}ms "
              f"{median / floor:>6.0f}×")
    repository.close()
    verdict = "gehaald" if worst <= GOAL_MS else "NIET gehaald"
    print(f"\nslechtste p95: {worst:.2f} ms (doel ≤ {GOAL_MS:.0f} ms): {verdict}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
