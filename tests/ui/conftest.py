"""GUI test setup: app names and Dutch Qt texts as the app sets them, a private home per test, and a ready window."""

import json
import os
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication

from tests.conftest import DATA

_configured = False


@pytest.fixture(scope="session", autouse=True)
def qt_config_home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Qt's own settings (the file dialog remembers its last folder) go to a temporary folder, not the real home.

    Set before the first QSettings is made: Qt reads XDG_CONFIG_HOME once per process.
    """
    folder = tmp_path_factory.mktemp("qt-config")
    os.environ["XDG_CONFIG_HOME"] = str(folder)
    return folder


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, session_home: Path) -> Path:
    """Each GUI test gets its own STUDIEKEUZE_HOME: pupils and window settings never reach the real home."""
    monkeypatch.setenv("STUDIEKEUZE_HOME", str(tmp_path))
    return tmp_path


@pytest.fixture
def app(qapp: QApplication) -> QApplication:
    global _configured
    QCoreApplication.setApplicationName("studiekeuze")
    QCoreApplication.setOrganizationName("studiekeuze")
    if not _configured:
        from studiekeuze.ui.app import configure

        configure(qapp)
        _configured = True
    return qapp


@pytest.fixture
def make_window(app, qtbot, repository, home):
    """Build a main window with the content loaded, shown and active; closed and its store shut at the end."""
    from studiekeuze.ui.mainwindow import MainWindow
    from studiekeuze.ui.tasks import wait_for_all

    windows = []

    def make():
        window = MainWindow()
        qtbot.addWidget(window)
        window.set_repository(repository)
        window.show()
        qtbot.waitExposed(window)
        window.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
        windows.append(window)
        return window

    yield make
    wait_for_all()
    QApplication.processEvents()  # deliver what the workers finished, while the test's home is still set
    for window in windows:
        window.session.close_store()


@pytest.fixture
def window(make_window):
    return make_window()


def demo_answers(name: str = "elektriciteit-handen.json") -> dict:
    return json.loads((DATA / "answers" / name).read_text(encoding="utf-8"))


def start_demo_pupil(window, answered: int | None = None, vorm: str = "kort"):
    """A pupil from tests/data/answers, with the first `answered` items of the form answered (all when None)."""
    demo = demo_answers()
    leerling = demo["leerling"]
    sessie = window.session.start(leerling["voornaam"], vorm, klas="4B", huidige_graad=leerling["huidige_graad"],
                                  huidige_richting=leerling["huidige_richting"])
    items = [v.id for v in window.session.vragen()]
    count = len(items) if answered is None else answered
    for position, item in enumerate(items[:count], start=1):
        window.session.answer(item, demo["antwoorden"].get(item, 3), min(position, len(items) - 1))
    return window.session.open(sessie.id)


def key(qtbot, widget, which: Qt.Key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(widget, which, modifier)
