"""Start-up of `studiekeuze gui --smoke` as a ratio to a bare QApplication + QMainWindow process, same run.

Both are whole processes, started alternately (so drift on the machine hits both alike), on the same Qt
platform (offscreen unless QT_QPA_PLATFORM says otherwise). The content database is built once before
timing, as it is on every start after the first. Goal: median ratio ≤ 2.5.

    .venv/bin/python benchmarks/startup_benchmark.py [--runs 15]
"""

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

GOAL = 2.5
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


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    home = tempfile.mkdtemp(prefix="studiekeuze-bench-")
    env = {**os.environ, "STUDIEKEUZE_HOME": home}
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    # An installed app starts from compiled bytecode (pip compiles on install); without this, a shell that sets
    # PYTHONDONTWRITEBYTECODE would make every start compile studiekeuze from source.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    app = [sys.executable, "-m", "studiekeuze", "gui", "--smoke"]
    bare = [sys.executable, "-c", BARE]
    for _ in range(2):  # the first start builds the content database and the bytecode: not what this measures
        timed(app, env)
        timed(bare, env)
    app_ms, bare_ms, reported = [], [], []
    for _ in range(args.runs):
        elapsed, stdout = timed(app, env)
        app_ms.append(elapsed)
        reported.append(float(stdout.splitlines()[-1]))
        bare_ms.append(timed(bare, env)[0])
    ratios = [a / b for a, b in zip(app_ms, bare_ms, strict=True)]
    median_app, median_bare = statistics.median(app_ms), statistics.median(bare_ms)
    ratio = median_app / median_bare
    print(f"runs: {args.runs} (python {sys.version.split()[0]}, platform {env['QT_QPA_PLATFORM']})")
    print(f"bare QApplication + QMainWindow process: median {median_bare:.0f} ms")
    print(f"studiekeuze gui --smoke process:         median {median_app:.0f} ms "
          f"(window shown, content loaded, idle at {statistics.median(reported):.0f} ms after process start)")
    print(f"ratio of medians: {ratio:.2f}x  (per pair: min {min(ratios):.2f}, max {max(ratios):.2f})  goal <= {GOAL}x")
    print("OK" if ratio <= GOAL else "ABOVE GOAL")
    shutil.rmtree(home, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
