"""Leerlingen: the saved sessions — reopen, export one pupil as JSON, erase one for good."""

import json

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from studiekeuze.ui.mainwindow import LEERLINGEN, VRAGENLIJST
from tests.ui.conftest import start_demo_pupil


def test_the_list_shows_each_session_with_its_progress(window, repository):
    start_demo_pupil(window, answered=12)
    window.session.start("Zoë", "volledig", klas="3A")
    window.show_page(LEERLINGEN)
    pupils = window.pupils
    assert sorted(pupils.names()) == ["Yusuf", "Zoë"]
    rows = {pupils.row_texts(i)[0]: pupils.row_texts(i) for i in range(2)}
    assert rows["Yusuf"][3] == f"12 van {len(repository.vragenlijst.vorm(kort=True))}"
    assert rows["Zoë"][1] == "3A"
    assert rows["Zoë"][2] == "volledig"


def test_open_a_session_from_the_list(window, qtbot):
    sessie = start_demo_pupil(window, answered=3)
    window.close_pupil()
    window.show_page(LEERLINGEN)
    qtbot.mouseClick(window.pupils.open_button, Qt.MouseButton.LeftButton)
    assert window.session.current.id == sessie.id
    assert window.stack.currentIndex() == VRAGENLIJST
    assert window.pupil_label.text() == "Leerling: Yusuf (4B)"


def test_export_one_pupil_as_json_through_the_file_dialog(window, qtbot, home):
    start_demo_pupil(window, answered=4)
    window.show_page(LEERLINGEN)
    pupils = window.pupils
    qtbot.mouseClick(pupils.export_button, Qt.MouseButton.LeftButton)
    dialog = pupils.findChild(QFileDialog, "exportdialoog")
    qtbot.waitUntil(dialog.isVisible)
    assert dialog.selectedFiles()[0].endswith("yusuf.json")
    target = home / "uitvoer.json"
    dialog.selectFile(str(target))
    dialog.accept()
    data = json.loads(target.read_text(encoding="utf-8"))
    assert data["leerling"]["voornaam"] == "Yusuf"
    assert data["leerling"]["klas"] == "4B"
    assert len(data["antwoorden"]) == 4
    assert "Bewaard in" in window.statusBar().currentMessage()


def test_erase_a_pupil_for_good_after_confirming(window, qtbot, home):
    start_demo_pupil(window, answered=2)
    window.session.start("Bewaard", "kort")
    window.show_page(LEERLINGEN)
    pupils = window.pupils
    pupils.select(next(s.id for s in window.session.store.sessions() if s.voornaam == "Yusuf"))
    pupils.list.setFocus()
    qtbot.keyClick(pupils.list, Qt.Key.Key_Delete)
    box = pupils.findChild(QMessageBox, "wisvraag")
    qtbot.waitUntil(box.isVisible)
    assert "Yusuf" in box.text()
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.No)  # Enter does not erase by accident
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton)
    assert pupils.names() == ["Bewaard"]
    assert b"Yusuf" not in window.session.store.path.read_bytes()


def test_erasing_the_open_pupil_clears_the_screen(window, qtbot):
    sessie = start_demo_pupil(window, answered=2)
    window.session.delete(sessie.id)
    assert window.session.current is None
    assert window.pupil_label.text() == "Geen leerling geopend"


def test_saying_no_keeps_the_pupil(window, qtbot):
    start_demo_pupil(window, answered=2)
    window.show_page(LEERLINGEN)
    pupils = window.pupils
    qtbot.mouseClick(pupils.delete_button, Qt.MouseButton.LeftButton)
    box = pupils.findChild(QMessageBox, "wisvraag")
    qtbot.waitUntil(box.isVisible)
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.No), Qt.MouseButton.LeftButton)
    assert pupils.names() == ["Yusuf"]


def test_an_erase_that_cannot_forget_the_remembered_folders_says_so(window, qtbot, home):
    """The erase stands (the pupil is gone, the list follows), and a message says that the file remembering the
    folders of exports and advices could not be rewritten — a folder may carry the pupil's name."""
    (home / "config").mkdir(parents=True, exist_ok=True)
    (home / "config" / "folders.ini").mkdir()  # a folder in its place: it cannot be written
    sessie = start_demo_pupil(window, answered=2)
    window.session.start("Bewaard", "kort")
    window.show_page(LEERLINGEN)
    window.session.delete(sessie.id)
    assert window.pupils.names() == ["Bewaard"]
    box = window.folders_box
    qtbot.waitUntil(box.isVisible)
    assert box.windowTitle() == "Dat lukte niet"
    assert box.text().startswith("De gegevens zijn gewist, maar ") and "folders.ini" in box.text()
    box.close()
