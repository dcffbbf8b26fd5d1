"""Issue 13 in the app: hostile names refused on the start form, a refused store as a Dutch dialog, 10,000 sessions in
the list, and Qt's file dialogs remembering nothing outside STUDIEKEUZE_HOME."""

import os
import sqlite3
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QSettings, Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from studiekeuze.ui.mainwindow import LEERLINGEN, VRAGENLIJST
from studiekeuze.userdata.store import SessionStore
from tests.ui.conftest import start_demo_pupil


@pytest.mark.parametrize(
    ("name", "shown"),
    [("Ann\u202egpj.exe", "Ann[U+202E]gpj.exe"), ("Zo\u200bë", "Zo[U+200B]ë"), ("Lou\u2066", "Lou[U+2066]")],
)
def test_the_start_form_refuses_invisible_characters(window, qtbot, name, shown):
    window.show_page(VRAGENLIJST)
    form = window.questionnaire.form
    form.voornaam.setText(name)
    qtbot.mouseClick(form.start, Qt.MouseButton.LeftButton)
    assert form.problem.isVisible()
    assert shown in form.problem.text() and "onzichtbare tekens" in form.problem.text()
    assert window.session.current is None and window.session.store.sessions() == []
    form.voornaam.setText("Anna")  # typing again clears the message
    assert not form.problem.isVisible()
    qtbot.mouseClick(form.start, Qt.MouseButton.LeftButton)
    assert window.session.current.voornaam == "Anna"


def test_a_store_from_a_newer_version_is_a_dutch_dialog_and_stays_untouched(make_window, qtbot, home):
    path = home / "data" / "leerlingen.sqlite"
    with SessionStore(path) as store:
        store.create("Anna")
    with sqlite3.connect(path) as connection:
        connection.execute("pragma user_version = 42")
    connection.close()
    before = path.read_bytes()
    window = make_window()
    window.start_housekeeping()  # the first use of the store at start-up, on a worker thread

    def dialog() -> QMessageBox | None:
        boxes = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]
        return next((b for b in boxes if b.objectName() == "foutmelding"), None)

    qtbot.waitUntil(lambda: dialog() is not None)
    box = dialog()
    assert "nieuwere versie van studiekeuze" in box.text() and str(path) in box.text()
    assert box.windowTitle() == "Dat lukte niet"  # an expected error, not the bug dialog
    box.close()
    assert path.read_bytes() == before


def test_ten_thousand_sessions_are_listed(window, qtbot, home):
    store = window.session.store
    store.create_many([{"voornaam": f"Leerling {i:05d}", "klas": f"K{i % 40}"} for i in range(10_000)])
    last = store.create("Laatste", klas="4B")
    store.set_answer(last.id, "R01", 4)
    window.show_page(LEERLINGEN)
    pupils = window.pupils
    assert len(pupils.names()) == 10_001
    assert pupils.row_texts(0)[:2] == ["Laatste", "4B"]  # most recently changed first
    assert pupils.row_texts(0)[3].startswith("1 van ")
    assert pupils.selected_id() == last.id
    pupils.select(store.sessions("K7")[0].id)
    assert pupils.row_texts(pupils.list.currentIndex().row())[1] == "K7"
    pupils.klassen.show_klas("K7")
    assert len(pupils.names()) == 250


def test_file_dialogs_remember_nothing_outside_studiekeuze_home(window, qtbot, home, qt_config_home):
    from studiekeuze import paths
    from studiekeuze.ui.qtsettings import keep_qt_settings_at_home, qt_settings_file

    outside = qt_config_home / "QtProject.conf"
    before = outside.read_bytes() if outside.exists() else None
    keep_qt_settings_at_home(paths.config_dir())
    try:
        if os.name == "posix" and sys.platform != "darwin":
            assert Path(qt_settings_file()).parent == home / "config"
            assert (home / "config").stat().st_mode & 0o777 == 0o700
        start_demo_pupil(window, answered=2)
        window.show_page(LEERLINGEN)
        pupils = window.pupils
        qtbot.mouseClick(pupils.export_button, Qt.MouseButton.LeftButton)
        dialog = pupils.findChild(QFileDialog, "exportdialoog")
        qtbot.waitUntil(dialog.isVisible)
        assert dialog.testOption(QFileDialog.Option.DontUseNativeDialog)  # the system's dialogs keep recent files
        folder = home / "Yusuf-map"
        folder.mkdir()
        dialog.selectFile(str(folder / "yusuf.json"))
        dialog.accept()
        assert (folder / "yusuf.json").exists()
        gone = []
        dialog.destroyed.connect(lambda *_: gone.append(True))
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # closed: deleted, and its history wiped
        qtbot.waitUntil(lambda: bool(gone))
        settings = QSettings(QSettings.Scope.UserScope, "QtProject")
        assert settings.childGroups() == [] or "FileDialog" not in settings.childGroups()
        remembered = Path(qt_settings_file())
        assert not remembered.exists() or "Yusuf-map" not in remembered.read_text(encoding="utf-8")
        assert (outside.read_bytes() if outside.exists() else None) == before
    finally:
        keep_qt_settings_at_home(qt_config_home)


def test_suggested_file_names_are_safe_everywhere(window, qtbot):
    window.session.start("CON", "kort")
    window.show_page(LEERLINGEN)
    pupils = window.pupils
    qtbot.mouseClick(pupils.export_button, Qt.MouseButton.LeftButton)
    dialog = pupils.findChild(QFileDialog, "exportdialoog")
    qtbot.waitUntil(dialog.isVisible)
    assert Path(dialog.selectedFiles()[0]).name == "con_.json"  # CON.json is a device on Windows
    dialog.reject()
