"""Start-up of `studiekeuze gui --smoke` as a ratio to a bare QApplication + QMainWindow process, same run.

All are whole processes, started in turn (bare, app from the checkout, app from the bundle, bare, …), so drift on
the machine hits each alike, on the same Qt platform (offscreen unless QT_QPA_PLATFORM says otherwise). The
content database is built once before timing, as it is on every start after the first. The figure is the median
of the per-pair ratios (each app start against the bare start just before it). Goal: ≤ 2.5, from the checkout
and from the bundle.

    .venv/bin/python benchmarks/startup_benchmark.py [--runs 15] [--bundle]

`--bundle` adds dist/studiekeuze/studiekeuze (made by ./dev bundle); its floor is the same bare process (a
QApplication + QMainWindow from the Python that built it).
"""

import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

GOAL = 2.5
ROOT = Path(__file__).resolve().parents[1]
BUNDLE = ROOT / "dist" / "studiekeuze" / "studiekeuze"
BARE = """
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
window = QMainWindow()
window.show()
QTimer.singleShot(0, app.quit)
app.exec()
"""


def timed(command: list[str], env: dict[str, str]) -> tuple[float, str]:
    started = time.perf_counter()
    result = subprocess.run(command, env=env, capture_output=True, text=True, check=True)
    return (time.perf_counter() - started) * 1000, result.stdout.strip()


def cpu_timed(command: list[str], env: dict[str, str]) -> tuple[float, str, float]:
    """Wall milliseconds, stdout and CPU milliseconds (user + system) of one whole process."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    elapsed, stdout = timed(command, env)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return elapsed, stdout, ((after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)) * 1000


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--bundle", action="store_true", help="also time the bundle in dist/studiekeuze")
    args = parser.parse_args()
    if args.bundle and not BUNDLE.is_file():
        parser.error(f"no bundle at {BUNDLE}: run ./dev bundle first")
    home = tempfile.mkdtemp(prefix="studiekeuze-bench-")
    env = {**os.environ, "STUDIEKEUZE_HOME": home}
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    # An installed app starts from compiled bytecode (pip compiles on install); without this, a shell that sets
    # PYTHONDONTWRITEBYTECODE would make every start compile studiekeuze from source.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    apps = {"checkout": [sys.executable, "-m", "studiekeuze", "gui", "--smoke"]}
    if args.bundle:
        apps["bundle"] = [str(BUNDLE), "gui", "--smoke"]
    bare = [sys.executable, "-c", BARE]
    for _ in range(2):  # the first start builds the content database and the bytecode: not what this measures
        for command in apps.values():
            timed(command, env)
        timed(bare, env)
    bare_ms: list[float] = []
    app_ms: dict[str, list[float]] = {name: [] for name in apps}
    ratios: dict[str, list[float]] = {name: [] for name in apps}
    cpu_ratios: dict[str, list[float]] = {name: [] for name in apps}
    reported: dict[str, list[float]] = {name: [] for name in apps}
    for _ in range(args.runs):
        for name, command in apps.items():
            floor, _out, floor_cpu = cpu_timed(bare, env)
            bare_ms.append(floor)
            elapsed, stdout, cpu = cpu_timed(command, env)
            app_ms[name].append(elapsed)
            ratios[name].append(elapsed / floor)
            cpu_ratios[name].append(cpu / floor_cpu)
            reported[name].append(float(stdout.splitlines()[-1]))
    print(f"runs: {args.runs} pairs each (python {sys.version.split()[0]}, platform {env['QT_QPA_PLATFORM']})")
    print(f"bare QApplication + QMainWindow process: median {statistics.median(bare_ms):.0f} ms")
    above = False
    for name in apps:
        ratio = statistics.median(ratios[name])
        above |= ratio > GOAL
        print(f"studiekeuze gui --smoke, {name + ':':9} median {statistics.median(app_ms[name]):.0f} ms (window shown, "
              f"content loaded, idle at {statistics.median(reported[name]):.0f} ms after process start)")
        print(f"  ratio: {ratio:.2f}x  (median of the pairs; min {min(ratios[name]):.2f}, "
              f"max {max(ratios[name]):.2f})  goal <= {GOAL}x")
        # CPU time is what the machine's other work disturbs least: the same ratio in processor milliseconds.
        print(f"  same, in CPU time: {statistics.median(cpu_ratios[name]):.2f}x")
    print("ABOVE GOAL" if above else "OK")
    shutil.rmtree(home, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
