"""Privacy in the app: retention applied at start, the settings dialog, erase a class for good, export one pupil."""

import json
import os
import shutil
import subprocess
import sys

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMessageBox

from studiekeuze.ui.mainwindow import LEERLINGEN, PROFIEL
from studiekeuze.userdata.settings import counsellor_code_matches, retention_months, set_retention_months
from studiekeuze.userdata.store import SessionStore
from tests.ui.conftest import start_demo_pupil

LONG_AGO = "2020-01-01T00:00:00+00:00"


def old_and_new_sessions(store: SessionStore) -> None:
    old = store.create("Vergeten", klas="4B", huidige_graad=2)
    store.set_note(old.id, "Oude notitie")
    store._connection.execute("update sessies set gewijzigd = ? where id = ?", (LONG_AGO, old.id))
    store.create("Recent", klas="4B", huidige_graad=2)


def test_retention_is_applied_when_the_app_starts(make_window, qtbot, home):
    with SessionStore.open_default() as store:
        old_and_new_sessions(store)
    window = make_window()
    window.start_housekeeping()  # what the app's start does once the window is shown
    qtbot.waitUntil(lambda: "oude sessies gewist" in window.statusBar().currentMessage())
    assert window.statusBar().currentMessage().startswith("1 oude sessies gewist")
    window.show_page(LEERLINGEN)
    assert window.pupils.names() == ["Recent"]
    data = window.session.store.path.read_bytes()
    assert b"Vergeten" not in data and b"Oude notitie" not in data


def test_retention_switched_off_keeps_old_sessions(make_window, qtbot, home):
    with SessionStore.open_default() as store:
        old_and_new_sessions(store)
        set_retention_months(store, 0)
    window = make_window()
    done = []
    window.session.apply_retention(done.append)
    qtbot.waitUntil(lambda: bool(done))
    assert done == [0]
    assert sorted(s.voornaam for s in window.session.store.sessions()) == ["Recent", "Vergeten"]


def test_the_real_start_up_applies_retention(content_db, tmp_path):
    """`studiekeuze gui --smoke`: the window comes up, and the old session is gone when the process has ended."""
    (tmp_path / "cache").mkdir()
    shutil.copy(content_db, tmp_path / "cache" / content_db.name)
    (tmp_path / "data").mkdir()
    with SessionStore(tmp_path / "data" / "leerlingen.sqlite") as store:
        old_and_new_sessions(store)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "STUDIEKEUZE_HOME": str(tmp_path)}
    result = subprocess.run([sys.executable, "-m", "studiekeuze", "gui", "--smoke"], capture_output=True, text=True,
                            env=env, timeout=120)
    assert result.returncode == 0, result.stderr[-2000:]
    with SessionStore(tmp_path / "data" / "leerlingen.sqlite") as store:
        assert [s.voornaam for s in store.sessions()] == ["Recent"]


def test_privacy_settings_are_in_the_menu_too(window, qtbot):
    action = next(a for a in window.findChildren(QAction) if a.text() == "&Privacy-instellingen…")
    action.trigger()
    dialog = window.pupils.dialog
    qtbot.waitUntil(dialog.isVisible)
    assert dialog.objectName() == "privacyinstellingen"
    dialog.reject()


def test_privacy_settings_dialog_saves_the_period_and_the_code(window, qtbot):
    window.show_page(LEERLINGEN)
    pupils = window.pupils
    qtbot.mouseClick(pupils.settings_button, Qt.MouseButton.LeftButton)
    dialog = pupils.dialog
    qtbot.waitUntil(dialog.isVisible)
    assert dialog.months.value() == 12
    assert "geen begeleidercode" in dialog.code_state.text()
    dialog.months.setValue(6)
    qtbot.keyClicks(dialog.code, "abc")
    dialog.accept()
    assert dialog.isVisible() and "minstens 4" in dialog.problem.text()  # too short: nothing saved yet
    assert retention_months(window.session.store) == 12
    qtbot.keyClicks(dialog.code, "d-77")
    qtbot.keyClicks(dialog.code_again, "abcd-78")  # a typo in the hidden field: nothing is saved
    dialog.accept()
    assert dialog.isVisible() and "niet hetzelfde" in dialog.problem.text()
    assert dialog.code_again.text() == ""
    assert retention_months(window.session.store) == 12
    qtbot.keyClicks(dialog.code_again, "abcd-77")
    dialog.accept()
    assert not dialog.isVisible()
    assert retention_months(window.session.store) == 6
    assert counsellor_code_matches(window.session.store, "abcd-77")


def test_erase_a_whole_class_for_good(window, qtbot):
    window.session.add_pupils([{"voornaam": n, "klas": "4B"} for n in ("Anna", "Bram")]
                              + [{"voornaam": "Dirk", "klas": "4C"}])
    anna = window.session.store.sessions("4B")[0]
    window.session.store.set_note(anna.id, "Praat graag over dieren")
    window.show_page(LEERLINGEN)
    tools = window.pupils.klassen
    assert not tools.delete_button.isEnabled()  # only with a klas chosen
    tools.show_klas("4B")
    qtbot.mouseClick(tools.delete_button, Qt.MouseButton.LeftButton)
    box = tools.findChild(QMessageBox, "klaswisvraag")
    qtbot.waitUntil(box.isVisible)
    assert "Alle 2 leerlingen van klas 4B voorgoed wissen?" in box.text()
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.No)
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton)
    assert window.session.store.classes() == ["4C"]
    assert tools.klas() is None and window.pupils.names() == ["Dirk"]
    assert "Klas 4B gewist: 2 leerlingen." in window.statusBar().currentMessage()
    data = window.session.store.path.read_bytes()
    assert b"Anna" not in data and b"Bram" not in data and b"dieren" not in data


def test_saying_no_keeps_the_class(window, qtbot):
    window.session.add_pupils([{"voornaam": "Anna", "klas": "4B"}])
    window.show_page(LEERLINGEN)
    tools = window.pupils.klassen
    tools.show_klas("4B")
    qtbot.mouseClick(tools.delete_button, Qt.MouseButton.LeftButton)
    box = tools.findChild(QMessageBox, "klaswisvraag")
    qtbot.waitUntil(box.isVisible)
    qtbot.keyClick(box, Qt.Key.Key_Return)  # Enter is "Niet wissen"
    assert window.session.store.classes() == ["4B"]


def test_export_holds_the_note_and_the_results(window, qtbot, home):
    start_demo_pupil(window)
    window.show_page(PROFIEL)
    qtbot.waitUntil(lambda: window.profile.outcome is not None, timeout=20_000)
    window.session.set_note("Samen naar de opendeurdag.")
    window.show_page(LEERLINGEN)
    pupils = window.pupils
    qtbot.mouseClick(pupils.export_button, Qt.MouseButton.LeftButton)
    dialog = pupils.findChild(QFileDialog, "exportdialoog")
    qtbot.waitUntil(dialog.isVisible)
    target = home / "yusuf.json"
    dialog.selectFile(str(target))
    dialog.accept()
    data = json.loads(target.read_text(encoding="utf-8"))
    assert data["notitie"] == "Samen naar de opendeurdag."
    assert data["leerling"] == {"voornaam": "Yusuf", "klas": "4B", "huidige_graad": 2,
                                "huidige_richting": window.session.current.huidige_richting, "niet_open": [],
                                "extra": [], "zonder": []}
    assert (data["ouders"], data["ouders_taal"]) == (False, "")
    assert data["resultaat"]["profiel"]["code"] == window.profile.outcome.profiel.code
    assert [s["naam"] for s in data["resultaat"]["suggesties"]] == [s.naam for s in window.profile.outcome.suggesties]
    assert len(data["antwoorden"]) == len(window.session.vragen())


def test_an_error_quoting_a_name_shows_it_as_written(app, qtbot):
    from studiekeuze.errors import StudiekeuzeError
    from studiekeuze.ui.errors import show_error

    box = show_error(StudiekeuzeError("'<b>Jo</b>' staat al in de lijst."))
    qtbot.waitUntil(box.isVisible)
    assert box.textFormat() == Qt.TextFormat.PlainText
    assert box.text() == "'<b>Jo</b>' staat al in de lijst."
    box.close()
