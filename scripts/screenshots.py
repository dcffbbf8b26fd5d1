"""Start the app on a virtual screen (Xvfb) with a demo pupil and save a PNG of every screen, for the README.

    .venv/bin/python scripts/screenshots.py [--out docs/screenshots] [--dark]

Without a DISPLAY the script restarts itself under `xvfb-run`. Nothing lands in the real home folder: the app
runs with STUDIEKEUZE_HOME in a temporary folder, and the demo pupil's answers come from tests/data/answers.
"""

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEMO_ANSWERS = ROOT / "tests" / "data" / "answers" / "elektriciteit-handen.json"
WINDOW_SIZE = (1280, 820)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--dark", action="store_true", help="a dark palette, to check dark mode")
    args = parser.parse_args()
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        if not shutil.which("xvfb-run"):
            print("screenshots: xvfb-run ontbreekt (apt-get install xvfb)", file=sys.stderr)
            return 1
        command = ["xvfb-run", "-a", "-s", "-screen 0 1920x1080x24", sys.executable, *sys.argv]
        return subprocess.run(command, check=False).returncode
    home = tempfile.mkdtemp(prefix="studiekeuze-screens-")
    os.environ["STUDIEKEUZE_HOME"] = home
    os.environ["XDG_CONFIG_HOME"] = home  # Qt's own settings too
    os.environ.pop("QT_QPA_PLATFORM", None)  # the real X server of xvfb, not offscreen
    args.out.mkdir(parents=True, exist_ok=True)
    try:
        return take_screenshots(args.out, args.dark)
    finally:
        shutil.rmtree(home, ignore_errors=True)


def take_screenshots(out: Path, dark: bool) -> int:
    from PySide6.QtCore import QCoreApplication, QTimer
    from PySide6.QtGui import QColor, QPalette
    from PySide6.QtWidgets import QApplication

    QCoreApplication.setApplicationName("studiekeuze")
    QCoreApplication.setOrganizationName("studiekeuze")
    app = QApplication([sys.argv[0]])
    app.setStyle("Fusion")
    if dark:
        app.setPalette(_dark_palette(QPalette, QColor))

    from studiekeuze.ui.app import configure
    from studiekeuze.ui.loading import load_content
    from studiekeuze.ui.mainwindow import ADVIES, LEERLINGEN, PROFIEL, VRAGENLIJST, MainWindow

    configure(app)
    window = MainWindow()
    window.resize(*WINDOW_SIZE)
    window.show()
    window.activateWindow()  # no window manager under Xvfb: without this nothing has the focus ring
    window.set_repository(load_content())
    suffix = "-donker" if dark else ""

    def settle(ms: int = 300) -> None:
        deadline = time.monotonic() + ms / 1000
        while time.monotonic() < deadline:
            app.processEvents()
            time.sleep(0.01)

    def shot(name: str) -> None:
        settle()
        path = out / f"{name}{suffix}.png"
        window.grab().save(str(path))
        print(path)

    explore = window.explore
    explore.search.setText("elektri")
    settle()
    explore.results.setFocus()
    explore._open_first()
    shot("1-verkennen")
    explore.tabs.setCurrentIndex(1)
    explore.matrix.graad.setCurrentIndex(1)
    shot("2-overzicht")
    explore.tabs.setCurrentIndex(0)

    demo = json.loads(DEMO_ANSWERS.read_text(encoding="utf-8"))
    leerling = demo["leerling"]
    window.start_new_pupil()
    shot("3-nieuwe-leerling")
    sessie = window.session.start(leerling["voornaam"], "kort", klas="4B", huidige_graad=leerling["huidige_graad"],
                                  huidige_richting=leerling["huidige_richting"])
    items = [v.id for v in window.session.vragen()]
    for position, item in enumerate(items[:12], start=1):
        window.session.answer(item, demo["antwoorden"][item], position)
    window.session.open(sessie.id)
    window.show_page(VRAGENLIJST)
    shot("4-vragenlijst")
    for position, item in enumerate(items[12:], start=13):
        window.session.answer(item, demo["antwoorden"][item], min(position, len(items) - 1))
    window.show_page(PROFIEL)
    deadline = time.monotonic() + 20
    while window.profile.outcome is None and time.monotonic() < deadline:
        settle(50)
    shot("5-profiel")
    window.show_page(ADVIES)
    advice = window.advice
    advice.note.setPlainText("Volgende week gaan we samen naar de opendeurdag. Vraag ook aan je ouders wat zij "
                             "denken over duaal leren.")
    advice.flush_note()
    advice.render_now()
    deadline = time.monotonic() + 30
    while not advice.preview_ready() and time.monotonic() < deadline:
        settle(50)
    settle(1500)  # QPdfView draws its pages asynchronously
    shot("6-advies")
    window.show_page(LEERLINGEN)
    shot("7-leerlingen")
    QTimer.singleShot(0, app.quit)
    app.exec()
    window.session.close_store()
    return 0


def _dark_palette(QPalette, QColor):
    palette = QPalette()
    colours = {
        QPalette.ColorRole.Window: "#202124", QPalette.ColorRole.WindowText: "#e8eaed",
        QPalette.ColorRole.Base: "#2a2b2e", QPalette.ColorRole.AlternateBase: "#303134",
        QPalette.ColorRole.Text: "#e8eaed", QPalette.ColorRole.Button: "#303134",
        QPalette.ColorRole.ButtonText: "#e8eaed", QPalette.ColorRole.Highlight: "#8ab4f8",
        QPalette.ColorRole.HighlightedText: "#202124", QPalette.ColorRole.Link: "#8ab4f8",
        QPalette.ColorRole.Mid: "#5f6368", QPalette.ColorRole.Midlight: "#3c4043",
        QPalette.ColorRole.ToolTipBase: "#303134", QPalette.ColorRole.ToolTipText: "#e8eaed",
        QPalette.ColorRole.PlaceholderText: "#9aa0a6",
    }
    for role, colour in colours.items():
        palette.setColor(role, QColor(colour))
    palette.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText, QColor("#9aa0a6"))
    palette.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text, QColor("#9aa0a6"))
    return palette


if __name__ == "__main__":
    raise SystemExit(main())
