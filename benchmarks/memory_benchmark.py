"""Resident memory of the app after a full session with the advice preview, against a bare Qt window, same run.

    .venv/bin/python benchmarks/memory_benchmark.py [--previews 25] [--runs 3]

Each measurement is a fresh process on the offscreen platform. The session: the app starts as `studiekeuze gui`
does (names, Dutch Qt texts, style, window, content loaded on its thread); Verkennen searches a few words and
opens a richting; a pupil fills in the whole questionnaire (77 items); Profiel & suggesties and Advies are shown;
the counsellor's note is changed `--previews` times, each time waiting for the new preview, and the parents' page
is switched on and off; then Leerlingen and Overzicht per domein are shown and the pupil is closed. Goal: resident
memory (VmRSS) at the end ≤ 150 MiB, and no growth per preview (each preview must not keep its PDF).
Linux only (reads /proc/self/status).
"""

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
GOAL_MIB = 150

BARE = """
import json
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
window = QMainWindow()
window.show()
QTimer.singleShot(0, app.quit)
app.exec()
def mib(field):
    for line in open("/proc/self/status"):
        if line.startswith(field):
            return int(line.split()[1]) / 1024
print(json.dumps({"rss": mib("VmRSS:"), "peak": mib("VmHWM:")}))
"""


def child(previews: int) -> None:
    """The session, in this process; prints the memory figures as JSON."""
    import gc
    import time

    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QApplication

    QCoreApplication.setApplicationName("studiekeuze")
    QCoreApplication.setOrganizationName("studiekeuze")
    app = QApplication([])
    from studiekeuze.ui.app import check_folders, configure

    configure(app)
    assert check_folders() is None
    from studiekeuze.ui.loading import start_loading
    from studiekeuze.ui.mainwindow import ADVIES, LEERLINGEN, PROFIEL, VERKENNEN, VRAGENLIJST, MainWindow
    from studiekeuze.ui.tasks import wait_for_all

    def wait(condition, timeout: float = 60.0) -> None:
        deadline = time.monotonic() + timeout
        while not condition():
            if time.monotonic() > deadline:
                raise SystemExit("memory_benchmark: timed out")
            app.processEvents()
            time.sleep(0.002)

    window = MainWindow()
    window.show()
    window.load_content(start_loading())
    wait(lambda: window.repository is not None)

    window.show_page(VERKENNEN)
    explore = window.page(VERKENNEN)
    for word in ("zorg", "elektriciteit", "kunst", "hout"):
        explore.search.setText(word)
        app.processEvents()
    explore.open_richting(window.repository.search("hout")[0].groepnummer)
    app.processEvents()

    answers = json.loads((ROOT / "tests" / "data" / "answers" / "elektriciteit-handen.json").read_text("utf-8"))
    leerling = answers["leerling"]
    sessie = window.session.start("Memo", "volledig", klas="4B", huidige_graad=leerling["huidige_graad"],
                                  huidige_richting=leerling["huidige_richting"])
    window.show_page(VRAGENLIJST)
    items = [v.id for v in window.session.vragen()]
    for position, item in enumerate(items, start=1):
        window.session.answer(item, answers["antwoorden"].get(item, 3), min(position, len(items) - 1))
    window.session.open(sessie.id)
    window.show_page(PROFIEL)
    wait_for_all()
    app.processEvents()

    window.show_page(ADVIES)
    advice = window.advice
    wait(advice.preview_ready)
    after_first = _mib("VmRSS:")
    for number in range(previews):
        before = advice.pdf_bytes
        advice.note.setPlainText(f"Notitie {number}: samen naar de opendeurdag.")
        advice.flush_note()
        advice.render_now()
        wait(lambda before=before: advice.pdf_bytes is not None and advice.pdf_bytes is not before
             and advice.preview_ready())
        if number == previews // 2:
            advice.parents.setChecked(True)
        if number == previews // 2 + 1:
            advice.parents.setChecked(False)
    wait_for_all()
    app.processEvents()
    after_previews = _mib("VmRSS:")

    window.show_page(LEERLINGEN)
    app.processEvents()
    window.show_page(VERKENNEN)
    explore.tabs.setCurrentWidget(explore.matrix)
    app.processEvents()
    window.session.close_pupil()
    wait_for_all()
    for _ in range(3):
        app.processEvents()
    gc.collect()
    print(json.dumps({"rss": _mib("VmRSS:"), "peak": _mib("VmHWM:"), "after_first_preview": after_first,
                      "after_previews": after_previews, "previews": previews}))
    window.session.close_store()
    window.repository.close()


def _mib(field: str) -> float:
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith(field):
                return int(line.split()[1]) / 1024
    raise RuntimeError(field)


def measure(command: list[str], env: dict[str, str]) -> dict:
    result = subprocess.run(command, env=env, capture_output=True, text=True, check=True, timeout=600)
    return json.loads(result.stdout.strip().splitlines()[-1])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--previews", type=int, default=25)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.previews)
        return 0
    home = tempfile.mkdtemp(prefix="studiekeuze-bench-")
    env = {**os.environ, "STUDIEKEUZE_HOME": home, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    sessions = [measure([sys.executable, __file__, "--child", "--previews", str(args.previews)], env)
                for _ in range(args.runs)]
    bare = [measure([sys.executable, "-c", BARE], env) for _ in range(args.runs)]
    rss = statistics.median(s["rss"] for s in sessions)
    growth = statistics.median((s["after_previews"] - s["after_first_preview"]) / max(s["previews"], 1)
                               for s in sessions)
    print(f"runs: {args.runs}, previews per session: {args.previews} (platform {env['QT_QPA_PLATFORM']})")
    print(f"bare QApplication + QMainWindow:        {statistics.median(b['rss'] for b in bare):6.1f} MiB resident")
    print(f"after a full session with preview:      {rss:6.1f} MiB resident "
          f"(peak {statistics.median(s['peak'] for s in sessions):.1f} MiB)  goal <= {GOAL_MIB} MiB")
    print(f"growth per further preview:             {growth:6.2f} MiB (one advice PDF is ~0.05 MiB)")
    print("OK" if rss <= GOAL_MIB else "ABOVE GOAL")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
