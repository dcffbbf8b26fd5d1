"""Diagnostics in the app: the error dialog's "Kopieer details" and "Open logmap", Qt's warnings in the log, the
version in the About box, no pupil's data in the log after a whole session, and a preview that lets go of its PDF."""

from pathlib import Path

from PySide6.QtCore import QBuffer, QUrl, qInstallMessageHandler, qWarning
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

from studiekeuze import __version__, diagnostics, paths
from studiekeuze.errors import StudiekeuzeError
from studiekeuze.ui import errors
from studiekeuze.ui.mainwindow import ADVIES
from tests.ui.conftest import start_demo_pupil

NAME = "Zyrphilia"
NOTE = "Thuis loopt het moeilijk sinds de verhuis"


def log_text() -> str:
    return (paths.log_dir() / paths.LOG_FILE).read_text(encoding="utf-8")


def bug() -> RuntimeError:
    try:
        raise RuntimeError(f"kapot bij {NAME}")
    except RuntimeError as error:
        return error


def test_the_bug_dialog_copies_its_details_and_opens_the_log_folder(app, qtbot, home, monkeypatch):
    opened: list[QUrl] = []
    monkeypatch.setattr(errors, "open_url", lambda url: opened.append(url) or True)
    box = errors.show_error(bug())
    qtbot.waitUntil(box.isVisible)
    copy = box.findChild(QPushButton, "kopieerdetails")
    folder = box.findChild(QPushButton, "openlogmap")
    assert copy.text() == "Kopieer details" and folder.text() == "Open logmap"

    copy.click()
    copied = QApplication.clipboard().text()
    assert f"studiekeuze {__version__}" in copied and "PySide6 " in copied
    assert f"Logbestand: {paths.log_dir() / paths.LOG_FILE}" in copied
    assert f"RuntimeError: kapot bij {NAME}" in copied  # on screen the user sees and copies everything
    assert box.isVisible()  # the box stays open: the user can still read it or open the folder

    folder.click()
    assert [Path(url.toLocalFile()) for url in opened] == [paths.log_dir()]
    assert box.isVisible()
    box.close()


def test_an_expected_error_has_no_details_buttons(app, qtbot, home):
    box = errors.show_error(StudiekeuzeError("De schijf is vol."))
    qtbot.waitUntil(box.isVisible)
    assert box.findChild(QPushButton, "kopieerdetails") is None and box.findChild(QPushButton, "openlogmap") is None
    box.close()


def test_qt_warnings_reach_the_log_file(app, home):
    from studiekeuze.ui.app import log_qt_messages

    diagnostics.start_logging("gui")
    try:
        log_qt_messages()
        qWarning("QPainter::begin: een proefmelding")
    finally:
        restore_pytest_qt_handler()
        diagnostics.stop_logging()
    assert "WARNING studiekeuze.qt: QPainter::begin: een proefmelding" in log_text()


def restore_pytest_qt_handler() -> None:
    """log_qt_messages replaced pytest-qt's handler: put back a plain one, pytest-qt puts its own back after."""
    qInstallMessageHandler(None)


def test_the_about_box_shows_the_version(window, qtbot):
    window.show_about()
    box = window.findChild(QMessageBox, "over")
    qtbot.waitUntil(box.isVisible)
    assert f"Studiekeuze {__version__}" in box.text()
    assert "EUPL-1.2" in box.text()
    box.close()


def test_a_whole_session_leaves_no_pupil_data_in_the_log(window, qtbot, home, monkeypatch):
    diagnostics.start_logging("gui")
    try:
        sessie = window.session.start(NAME, "kort", klas="4B", huidige_graad=2, huidige_richting="G-0081")
        for position, vraag in enumerate(window.session.vragen(), start=1):
            window.session.answer(vraag.id, 4 if position % 3 else 2, position)
        window.session.open(sessie.id)
        window.show_page(ADVIES)
        advice = window.advice
        qtbot.waitUntil(advice.preview_ready, timeout=20_000)
        advice.note.setPlainText(NOTE)
        advice.flush_note()
        advice.render_now()
        qtbot.waitUntil(lambda: advice.preview_ready() and NOTE in advice.note.toPlainText(), timeout=20_000)
        monkeypatch.setattr(errors, "open_url", lambda url: True)
        box = errors.show_error(bug())
        qtbot.waitUntil(box.isVisible)
        box.close()
        window.session.close_pupil()
    finally:
        diagnostics.stop_logging()
    text = log_text()
    assert "(gui)" in text and "unexpected error" in text and "builtins.RuntimeError (melding niet gelogd)" in text
    for secret in (NAME, NAME.lower(), NOTE, "G-0081"):
        assert secret not in text, secret


def test_each_preview_lets_go_of_the_previous_pdf(window, qtbot):
    start_demo_pupil(window)
    window.show_page(ADVIES)
    advice = window.advice
    qtbot.waitUntil(advice.preview_ready, timeout=20_000)
    for number in range(3):
        before = advice.pdf_bytes
        advice.note.setPlainText(f"Notitie {number}")
        advice.render_now()
        qtbot.waitUntil(lambda before=before: advice.pdf_bytes is not before and advice.preview_ready(),
                        timeout=20_000)
    qtbot.waitUntil(lambda: len(advice.findChildren(QBuffer)) == 1)  # the old buffers are deleted, not kept
    (buffer,) = advice.findChildren(QBuffer)
    assert bytes(buffer.data()) == advice.pdf_bytes
    window.session.close_pupil()
    qtbot.waitUntil(lambda: not advice.findChildren(QBuffer))


def test_the_app_icon_comes_from_the_package(app):
    from studiekeuze import resources
    from studiekeuze.ui.app import app_icon_path

    assert app_icon_path() == resources.icon("studiekeuze.svg")
    assert not app.windowIcon().isNull()
