"""Time for the advice sheets of a class of 30 as a ratio to one advice, both as whole processes, same run.

    .venv/bin/python benchmarks/class_benchmark.py [--rounds 5]

Goal (issue 8): 30 pupils ≤ 6× one pupil. Both sides pay the same start-up (imports, database check), so
the ratio shows what reusing fonts, templates and the database across pupils saves.
"""

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ANSWERS = ROOT / "tests" / "data" / "answers"
PUPILS = 30


def timed(command: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run(command, check=True, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5)
    rounds = parser.parse_args().rounds
    work = Path(tempfile.mkdtemp(prefix="studiekeuze-bench-"))
    env = {**os.environ, "STUDIEKEUZE_HOME": str(work / "home")}
    answers = work / "antwoorden"
    answers.mkdir()
    sources = sorted(ANSWERS.glob("*.json"))
    names = [f"Leerling{i:02d}" for i in range(PUPILS)]
    for index, name in enumerate(names):
        data = json.loads(sources[index % len(sources)].read_text(encoding="utf-8"))
        data["leerling"]["voornaam"] = name
        (answers / f"{name}.json").write_text(json.dumps(data), encoding="utf-8")
    (work / "klas.csv").write_text("voornaam;klas\n" + "".join(f"{n};4B\n" for n in names), encoding="utf-8")
    studiekeuze = [sys.executable, "-m", "studiekeuze"]
    one = [*studiekeuze, "advies", "--antwoorden", str(answers / f"{names[0]}.json"), "--uit", str(work / "een.pdf")]
    klas = [*studiekeuze, "klas", "--csv", str(work / "klas.csv"), "--antwoorden-map", str(answers),
            "--uit", str(work / "uit")]
    timed(one, env)  # builds the content database once, outside the measurement
    singles, classes = [], []
    for _ in range(rounds):
        singles.append(timed(one, env))
        shutil.rmtree(work / "uit", ignore_errors=True)
        classes.append(timed(klas, env))
    single, whole = statistics.median(singles), statistics.median(classes)
    print(f"one advice (process):        {single * 1000:7.0f} ms")
    print(f"class of {PUPILS} (process):       {whole * 1000:7.0f} ms  ({whole / PUPILS * 1000:.0f} ms per pupil)")
    print(f"ratio class / one:           {whole / single:7.2f}  (goal ≤ 6)")
    shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
