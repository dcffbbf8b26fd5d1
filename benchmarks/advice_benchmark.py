"""Benchmark (not a test): the time per advice PDF as a ratio to a bare two-page ReportLab document.

    .venv/bin/python benchmarks/advice_benchmark.py [--runs N]

The bare document is the reference of /work/shared/PLATFORM-NOTES.md: two A4 pages with a TrueType font, a
300-word paragraph, a 20-row table and a bar chart, built with plain ReportLab. Both are measured in the same
run, on the same machine, as medians:
- whole processes: `studiekeuze advies … --uit FILE` against a Python process that imports ReportLab, registers
  the same font, builds the bare document and writes it (goal ≤ 3×);
- in-process, warm: build_advice + render_pdf against building the bare document (goal ≤ 4×); and, for
  information, the first advice on a newly opened repository (nothing remembered yet).
Every realistic pupil in tests/data/answers is measured. STUDIEKEUZE_HOME points at a temporary folder; the
content database and the template cache are built once before timing (as on any machine after the first use).
"""

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FONT = ROOT / "studiekeuze" / "fonts" / "DejaVuSans.ttf"
ANSWERS = sorted((ROOT / "tests" / "data" / "answers").glob("*.json"))
GOAL_PROCESS = 3.0
GOAL_IN_PROCESS = 4.0


def bare_document() -> bytes:
    """The bare two-page document (imports inside, so the baseline process loads ReportLab and nothing else)."""
    import io

    from reportlab.graphics.charts.barcharts import VerticalBarChart
    from reportlab.graphics.shapes import Drawing
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Table

    if "BareSans" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("BareSans", str(FONT)))
    style = ParagraphStyle("bare", fontName="BareSans", fontSize=10, leading=13)
    words = " ".join(f"woord{i % 17}é" for i in range(300))
    table = Table([[f"rij {i}", f"waarde {i * 7}", "ëèê"] for i in range(20)], style=[("FONTNAME", (0, 0), (-1, -1),
                                                                                       "BareSans")])
    chart = VerticalBarChart()
    chart.x, chart.y, chart.width, chart.height = 30, 20, 300, 120
    chart.data = [[20, 45, 90, 30, 60, 75]]
    drawing = Drawing(360, 160)
    drawing.add(chart)
    buffer = io.BytesIO()
    SimpleDocTemplate(buffer, pagesize=A4).build([Paragraph(words, style), table, PageBreak(), drawing])
    return buffer.getvalue()


def _process(argv: list[str], env: dict[str, str]) -> None:
    subprocess.run(argv, check=True, env=env, cwd=ROOT, stdout=subprocess.DEVNULL)


def measure_processes(runs: int, env: dict[str, str], folder: Path) -> dict[str, float]:
    baseline = [sys.executable, str(Path(__file__).resolve()), "--bare-process", str(folder / "bare.pdf")]
    results = {"bare": []} | {path.stem: [] for path in ANSWERS}
    for _ in range(runs):  # interleaved, so that a slow moment of the machine hits both sides alike
        for name in results:
            if name == "bare":
                argv = baseline
            else:
                argv = [sys.executable, "-m", "studiekeuze", "advies", "--antwoorden",
                        str(ROOT / "tests" / "data" / "answers" / f"{name}.json"), "--uit", str(folder / "a.pdf")]
            start = time.perf_counter()
            _process(argv, env)
            results[name].append((time.perf_counter() - start) * 1000)
    return {name: statistics.median(times) for name, times in results.items()}


def measure_in_process(runs: int, fresh_repository: bool = False) -> dict[str, float]:
    """Warm: one open repository for every advice (the app, the class mode). With `fresh_repository`, each advice
    is the first on a newly opened repository (opening it is not timed), so no richting is remembered yet.
    The bare document and the advices take turns, so that a busy moment of the machine hits all of them."""
    from studiekeuze.advice import build_advice
    from studiekeuze.content.repository import ContentRepository
    from studiekeuze.pdf import render_pdf
    from studiekeuze.questionnaire.answers import read_answers_file

    shared = ContentRepository.open_default()
    pupils = {path.stem: read_answers_file(path, shared.vragenlijst) for path in ANSWERS}
    times: dict[str, list[float]] = {"bare": []} | {name: [] for name in pupils}
    for run in range(runs + 3):  # the first three runs warm up imports, fonts, templates and caches
        start = time.perf_counter()
        bare_document()
        if run >= 3:
            times["bare"].append((time.perf_counter() - start) * 1000)
        for name, antwoorden in pupils.items():
            repository = ContentRepository.open_default() if fresh_repository else shared
            repository.summaries  # noqa: B018 (read on opening in every real use, so not part of the advice)
            start = time.perf_counter()
            render_pdf(build_advice(repository, antwoorden, notitie="Samen naar de opendeurdag gaan."))
            if run >= 3:
                times[name].append((time.perf_counter() - start) * 1000)
            if fresh_repository:
                repository.close()
    shared.close()
    return {name: statistics.median(values) for name, values in times.items()}


def _report(title: str, results: dict[str, float], goal: float) -> bool:
    print(f"\n{title}")
    print(f"  {'bare two-page ReportLab document':42} {results['bare']:8.1f} ms")
    ok = True
    for name, value in results.items():
        if name == "bare":
            continue
        ratio = value / results["bare"]
        ok = ok and ratio <= goal
        judged = f"  (goal ≤ {goal:g}×){'' if ratio <= goal else '  OVER'}" if goal != float("inf") else ""
        print(f"  {'advice ' + name:42} {value:8.1f} ms   {ratio:4.2f}×{judged}")
    return ok


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=11, help="runs per measurement (median)")
    parser.add_argument("--bare-process", metavar="FILE", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.bare_process:
        Path(args.bare_process).write_bytes(bare_document())
        return 0
    with tempfile.TemporaryDirectory(prefix="studiekeuze-bench-") as home:
        os.environ["STUDIEKEUZE_HOME"] = home
        env = dict(os.environ)
        folder = Path(home)
        _process([sys.executable, "-m", "studiekeuze", "advies", "--antwoorden", str(ANSWERS[0]),
                  "--uit", str(folder / "warm.pdf")], env)  # builds the content db and the template cache
        print(f"Python {sys.version.split()[0]}, {args.runs} runs per figure, medians.")
        processes = _report("Whole processes (start, read answers, advice, PDF written):",
                            measure_processes(args.runs, env, folder), GOAL_PROCESS)
        in_process = _report("In-process, warm (build_advice + render_pdf, bytes):",
                             measure_in_process(args.runs * 3), GOAL_IN_PROCESS)
        _report("In-process, first advice on a newly opened repository (for information; no goal):",
                measure_in_process(args.runs, fresh_repository=True), float("inf"))
    return 0 if processes and in_process else 1


if __name__ == "__main__":
    sys.exit(main())
