"""Advice sheets for a whole class from the app: a PDF per pupil and one combined, progress, a working Stop."""

import threading

from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog, QPushButton

from studiekeuze.ui.mainwindow import LEERLINGEN
from tests.ui.conftest import demo_answers


def text_of(path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def class_with_answers(window, names=("Yusuf", "Ána-Lucía"), without=("Pieter",), klas="4B"):
    """Pupils of `klas` with the demo answers (all items), and pupils who have not answered yet."""
    demo = demo_answers()
    sessies = window.session.add_pupils([{"voornaam": n, "klas": klas, "huidige_graad": 2} for n in names]
                                        + [{"voornaam": n, "klas": klas, "huidige_graad": 2} for n in without])
    for sessie in sessies[:len(names)]:
        for item, value in demo["antwoorden"].items():
            window.session.store.set_answer(sessie.id, item, value)
    window.show_page(LEERLINGEN)
    window.pupils.klassen.show_klas(klas)
    return window.pupils.klassen


def report(tools, qtbot) -> QMessageBox:
    qtbot.waitUntil(lambda: tools.report is not None and tools.report.objectName() == "adviezenverslag"
                    and tools.report.isVisible(), timeout=60_000)
    return tools.report


def test_the_whole_class_through_the_folder_dialog(window, qtbot, tmp_path):
    tools = class_with_answers(window)
    out = tmp_path / "adviezen"
    out.mkdir()
    qtbot.mouseClick(tools.batch_button, Qt.MouseButton.LeftButton)
    dialog = tools.findChild(QFileDialog, "adviezenmapdialoog")
    qtbot.waitUntil(dialog.isVisible)
    dialog.selectFile(str(out))
    dialog.accept()
    progress = tools.findChild(QProgressDialog, "adviezenvoortgang")
    assert progress is not None and progress.isVisible()
    assert not tools.batch_button.isEnabled()  # one run at a time

    box = report(tools, qtbot)
    assert "2 adviezen gemaakt in" in box.text()
    assert "Alles samen om te printen: alle adviezen 4B.pdf" in box.text()
    assert "Nog geen antwoorden, dus geen advies: Pieter." in box.text()
    assert sorted(p.name for p in out.iterdir()) == ["advies 4B Yusuf.pdf", "advies 4B Ána-Lucía.pdf",
                                                     "alle adviezen 4B.pdf"]
    assert "Yusuf" in text_of(out / "advies 4B Yusuf.pdf")
    combined = text_of(out / "alle adviezen 4B.pdf")
    assert "Yusuf" in combined and "Ána-Lucía" in combined and "Pieter" not in combined
    assert tools.batch_button.isEnabled()
    assert not any(p.isVisible() for p in tools.findChildren(QProgressDialog))


def test_stop_ends_the_run_without_a_combined_pdf(window, qtbot, tmp_path, monkeypatch):
    import studiekeuze.classes.batch as batch

    tools = class_with_answers(window, names=("Anna", "Bram", "Chloë", "Dirk"), without=())
    # The first pupil's advice waits until the test has pressed Stop, so the run is caught in the middle.
    gate, real = threading.Event(), batch.build_advice

    def held(*args, **kwargs):
        gate.wait(30)
        return real(*args, **kwargs)

    monkeypatch.setattr(batch, "build_advice", held)
    out = tmp_path / "uit"
    tools.make_advice_sheets(out)
    progress = tools.progress
    qtbot.waitUntil(lambda: "Anna" in progress.labelText())
    assert "(1 van 4)" in progress.labelText()
    # The window answers while the worker works: nothing is frozen.
    stop = next(b for b in progress.findChildren(QPushButton) if b.text() == "Stoppen")
    qtbot.mouseClick(stop, Qt.MouseButton.LeftButton)
    gate.set()

    box = report(tools, qtbot)
    assert box.text().startswith("Gestopt. 1 adviezen waren al gemaakt")
    assert "geen PDF met alle adviezen samen" in box.text()
    assert sorted(p.name for p in out.iterdir()) == ["advies 4B Anna.pdf"]


def test_pupils_without_a_known_graad_are_named_not_skipped_silently(window, qtbot, tmp_path):
    sessie = window.session.start("Zonder", "kort", klas="4B")
    for item, value in demo_answers()["antwoorden"].items():
        window.session.store.set_answer(sessie.id, item, value)
    window.session.close_pupil()
    tools = class_with_answers(window, names=("Yusuf",), without=())
    tools.make_advice_sheets(tmp_path / "uit")
    box = report(tools, qtbot)
    assert "1 adviezen gemaakt" in box.text()
    assert "Zonder: Het is niet bekend in welke graad of richting de leerling nu zit." in box.text()
    assert box.icon() == QMessageBox.Icon.Warning


def test_an_unwritable_folder_is_a_dutch_message(window, qtbot, tmp_path, monkeypatch):
    import studiekeuze.ui.errors as errors

    tools = class_with_answers(window, names=("Yusuf",), without=())
    blocker = tmp_path / "bestand"
    blocker.write_text("geen map", encoding="utf-8")
    shown, real = [], errors.show_error
    monkeypatch.setattr(errors, "show_error", lambda error, parent=None: shown.append(real(error, parent)))
    tools.make_advice_sheets(blocker / "uit")
    qtbot.waitUntil(lambda: bool(shown), timeout=30_000)
    assert "kan niet gemaakt worden" in shown[0].text()
    assert tools.batch_button.isEnabled()
    shown[0].close()
