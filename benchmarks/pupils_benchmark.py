"""Opening the Leerlingen page with 10,000 saved sessions, against a bare list of 10,000 rows in the same run.

Each run builds a fresh main window (content loaded), then times `show_page(LEERLINGEN)` until the page is painted:
reading the rows from the store, filling the model, laying out and painting. A re-read (`refresh`, what happens
after an answer or an erase) is timed too. The floor is a bare QTreeView over a minimal model of 10,000 rows of
text, shown and painted in the same process. Goal: opening the page takes under 200 ms (median).

    .venv/bin/python benchmarks/pupils_benchmark.py [--runs 7] [--sessions 10000]
"""

import argparse
import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

GOAL_MS = 200.0


def fill_store(count: int) -> None:
    from studiekeuze.userdata.store import SessionStore

    with SessionStore.open_default() as store:
        store.create_many([{"voornaam": f"Leerling {i:05d}", "klas": f"{3 + i % 4}{'ABCDEFGHIJ'[i % 10]}",
                            "vorm": "kort" if i % 3 else "volledig"} for i in range(count)])
        ids = [s.id for s in store.rows()]
        items = [f"{letter}{n:02d}" for letter in "RIASEC" for n in range(1, 6)]
        # Two thirds of the pupils answered part of the questionnaire (written directly: this is only set-up).
        rows = [(sessie, item, 1 + (sessie + n) % 5) for sessie in ids if sessie % 3
                for n, item in enumerate(items[: 5 + sessie % 25])]
        with store._write() as connection:
            connection.executemany("insert into antwoorden (sessie, vraag, antwoord) values (?, ?, ?)", rows)


def painted(app, widget) -> None:
    widget.repaint()
    app.processEvents()


def time_page(app, repository) -> tuple[float, float]:
    from studiekeuze.ui.mainwindow import LEERLINGEN, MainWindow

    window = MainWindow()
    window.set_repository(repository)
    window.show()
    app.processEvents()
    started = time.perf_counter()
    window.show_page(LEERLINGEN)
    painted(app, window)
    opened = (time.perf_counter() - started) * 1000
    started = time.perf_counter()
    window.pupils.refresh()
    painted(app, window)
    refreshed = (time.perf_counter() - started) * 1000
    window.session.close_store()
    window.close()
    window.deleteLater()
    app.processEvents()
    return opened, refreshed


def time_floor(app, count: int) -> float:
    from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
    from PySide6.QtWidgets import QTreeView

    class Bare(QAbstractTableModel):
        def __init__(self) -> None:
            super().__init__()
            self.rows = [(f"Leerling {i:05d}", "4B", "kort", "12 van 30", "01/12/26 10:00") for i in range(count)]

        def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008
            return 0 if parent.isValid() else len(self.rows)

        def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008
            return 5

        def data(self, index, role=Qt.ItemDataRole.DisplayRole):
            return self.rows[index.row()][index.column()] if role == Qt.ItemDataRole.DisplayRole else None

    started = time.perf_counter()
    view = QTreeView()
    view.setUniformRowHeights(True)
    view.setModel(Bare())
    view.resize(1100, 700)
    view.show()
    painted(app, view)
    elapsed = (time.perf_counter() - started) * 1000
    view.close()
    view.deleteLater()
    app.processEvents()
    return elapsed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--sessions", type=int, default=10_000)
    args = parser.parse_args()

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    home = Path(tempfile.mkdtemp(prefix="studiekeuze-bench-"))
    os.environ["STUDIEKEUZE_HOME"] = str(home)
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QApplication

    from studiekeuze.content.repository import ContentRepository
    from studiekeuze.ui.app import configure

    repository = ContentRepository.open_default()
    _ = repository.summaries, repository.vragenlijst
    fill_store(args.sessions)
    QCoreApplication.setApplicationName("studiekeuze")
    QCoreApplication.setOrganizationName("studiekeuze")
    app = QApplication.instance() or QApplication([])
    configure(app)

    time_page(app, repository)  # warm-up: imports, fonts, the page's first build
    time_floor(app, args.sessions)
    opened, refreshed, floors = [], [], []
    for _run in range(args.runs):  # alternately, so drift on the machine hits both alike
        page, again = time_page(app, repository)
        opened.append(page)
        refreshed.append(again)
        floors.append(time_floor(app, args.sessions))

    repository.close()
    shutil.rmtree(home, ignore_errors=True)
    median_open, median_floor = statistics.median(opened), statistics.median(floors)
    print(f"{args.sessions} sessies, {args.runs} runs (mediaan, max):")
    print(f"  pagina Leerlingen openen: {median_open:6.1f} ms, max {max(opened):6.1f} ms   (doel < {GOAL_MS:.0f} ms)")
    print(f"  lijst opnieuw lezen:      {statistics.median(refreshed):6.1f} ms, max {max(refreshed):6.1f} ms")
    print(f"  kale lijst (vloer):       {median_floor:6.1f} ms")
    print(f"  verhouding tot de vloer:  {median_open / median_floor:6.1f}×")
    return 0 if median_open < GOAL_MS else 1


if __name__ == "__main__":
    raise SystemExit(main())
