"""Advies: the note goes onto the advice, the PDF preview shows it, Save as PDF and Print produce the pages."""

import io

import pypdf
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QFileDialog

from studiekeuze.ui.mainwindow import ADVIES
from tests.ui.conftest import start_demo_pupil
from tests.ui.qtlog import STRICT_QT_LOG

pytestmark = STRICT_QT_LOG


def pdf_text(data: bytes) -> str:
    return "\n".join(page.extract_text() for page in pypdf.PdfReader(io.BytesIO(data)).pages)


def ready_advice(window, qtbot):
    window.show_page(ADVIES)
    advice = window.advice
    qtbot.waitUntil(advice.preview_ready, timeout=20_000)
    return advice


def test_note_appears_in_the_previewed_pdf(window, qtbot):
    start_demo_pupil(window)
    advice = ready_advice(window, qtbot)
    assert advice.title.text() == "Advies voor Yusuf"
    assert "Yusuf" in pdf_text(advice.pdf_bytes)
    assert advice.document.pageCount() == len(pypdf.PdfReader(io.BytesIO(advice.pdf_bytes)).pages) <= 2

    first = advice.pdf_bytes
    advice.note.setFocus()
    qtbot.keyClicks(advice.note, "Samen naar de opendeurdag op 12 maart.")
    qtbot.waitUntil(lambda: advice.pdf_bytes is not None and advice.pdf_bytes != first and advice.preview_ready(),
                    timeout=20_000)
    assert "opendeurdag op 12 maart" in pdf_text(advice.pdf_bytes)
    # The note is kept with the pupil.
    assert window.session.store.get(window.session.current.id).notitie == "Samen naar de opendeurdag op 12 maart."


def test_the_preview_is_drawn(window, qtbot):
    start_demo_pupil(window)
    advice = ready_advice(window, qtbot)
    viewport = advice.view.viewport()

    def has_ink() -> bool:
        image = viewport.grab().toImage()
        dark = 0
        for x in range(0, image.width(), 3):  # a fine grid: at fit-to-width in a narrow window the type is small
            for y in range(0, image.height(), 3):
                if QColor(image.pixel(x, y)).lightness() < 100:
                    dark += 1
        return dark > 20

    qtbot.waitUntil(has_ink, timeout=10_000)  # QPdfView paints asynchronously


def test_parents_page_adds_a_page(window, qtbot):
    start_demo_pupil(window)
    advice = ready_advice(window, qtbot)
    pages = advice.document.pageCount()
    advice.parents.setChecked(True)
    qtbot.waitUntil(lambda: advice.preview_ready() and advice.document.pageCount() == pages + 1, timeout=20_000)


def test_save_as_pdf_through_the_file_dialog(window, qtbot, home):
    start_demo_pupil(window)
    advice = ready_advice(window, qtbot)
    qtbot.mouseClick(advice.save_button, Qt.MouseButton.LeftButton)
    dialog = advice.findChild(QFileDialog, "bewaardialoog")
    qtbot.waitUntil(dialog.isVisible)
    assert dialog.selectedFiles()[0].endswith("advies-yusuf.pdf")
    target = home / "advies.pdf"
    dialog.selectFile(str(target))
    dialog.accept()
    assert target.read_bytes() == advice.pdf_bytes


def test_print_opens_the_print_dialog_and_prints_every_page(window, qtbot, home):
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    start_demo_pupil(window)
    advice = ready_advice(window, qtbot)
    qtbot.mouseClick(advice.print_button, Qt.MouseButton.LeftButton)
    dialog = advice.findChild(QPrintDialog, "afdrukdialoog")
    qtbot.waitUntil(dialog.isVisible)
    dialog.reject()

    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    target = home / "afgedrukt.pdf"
    printer.setOutputFileName(str(target))
    printer.setFullPage(True)
    assert advice.print_to(printer) == advice.document.pageCount()
    assert len(pypdf.PdfReader(target).pages) == advice.document.pageCount()


def test_a_too_long_note_is_explained_on_the_page(window, qtbot):
    start_demo_pupil(window)
    advice = ready_advice(window, qtbot)
    advice.note.setPlainText("lang " * 200)
    qtbot.waitUntil(lambda: "tekens" in advice.status.text() and "houd" in advice.status.text(), timeout=20_000)
    assert not advice.print_button.isEnabled()


def test_without_answers_there_is_no_advice_yet(window):
    window.show_page(ADVIES)
    assert "Open eerst een leerling" in window.advice.status.text()
    assert not window.advice.save_button.isEnabled()
    assert not window.advice.note.isEnabled()


def test_the_preview_zooms_with_the_keyboard_the_wheel_and_the_buttons(window, qtbot):
    """Issue 15: Ctrl +/− and Ctrl+wheel zoom the preview, Ctrl+0 (or the button) fits it to the width again."""
    from PySide6.QtCore import QPoint, QPointF
    from PySide6.QtGui import QWheelEvent
    from PySide6.QtPdfWidgets import QPdfView
    from PySide6.QtWidgets import QApplication

    window.resize(1280, 900)
    start_demo_pupil(window)
    advice = ready_advice(window, qtbot)
    view = advice.view
    assert view.zoomMode() == QPdfView.ZoomMode.FitToWidth and not advice.fit_button.isEnabled()
    fitted = advice.zoom_factor()
    assert advice.zoom_label.text() == f"{round(fitted * 100)} %"

    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert view.zoomMode() == QPdfView.ZoomMode.Custom
    bigger = view.zoomFactor()
    assert bigger > fitted and advice.zoom_label.text() == f"{round(bigger * 100)} %"
    qtbot.keyClick(view, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)  # Ctrl+= (no Shift needed)
    assert view.zoomFactor() > bigger
    qtbot.keyClick(view, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(view, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert view.zoomFactor() < bigger

    def wheel(steps: int) -> None:
        centre = QPointF(view.viewport().rect().center())
        event = QWheelEvent(centre, QPointF(view.viewport().mapToGlobal(centre.toPoint())), QPoint(0, 0),
                            QPoint(0, 120 * steps), Qt.MouseButton.NoButton, Qt.KeyboardModifier.ControlModifier,
                            Qt.ScrollPhase.NoScrollPhase, False)
        QApplication.sendEvent(view.viewport(), event)

    before = view.zoomFactor()
    wheel(1)
    assert view.zoomFactor() > before
    wheel(-1)
    wheel(-1)
    assert view.zoomFactor() < before

    assert advice.fit_button.isEnabled()
    qtbot.keyClick(view, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert view.zoomMode() == QPdfView.ZoomMode.FitToWidth
    qtbot.mouseClick(advice.zoom_in_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(advice.zoom_in_button, Qt.MouseButton.LeftButton)
    assert view.zoomMode() == QPdfView.ZoomMode.Custom and view.zoomFactor() > fitted
    qtbot.mouseClick(advice.fit_button, Qt.MouseButton.LeftButton)
    assert view.zoomMode() == QPdfView.ZoomMode.FitToWidth
    for _ in range(20):  # the steps end: never larger than 400 % or smaller than 50 %
        advice.zoom_out()
    assert view.zoomFactor() == 0.5 and not advice.zoom_out_button.isEnabled()


def test_the_saved_pdf_opens_from_the_app(window, qtbot, home, monkeypatch):
    """Issue 15: after saving, "PDF openen" opens the file in the system's viewer (a local file, nothing else)."""
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QDesktopServices

    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    start_demo_pupil(window)
    advice = ready_advice(window, qtbot)
    assert not advice.open_saved.isVisible()
    target = home / "advies-yusuf.pdf"
    advice.save_to(target)
    assert advice.open_saved.isVisible()
    assert advice.saved.accessibleName() == f"Bewaard als advies-yusuf.pdf in {home}."
    assert advice.saved.toolTip() == str(home / "advies-yusuf.pdf")
    qtbot.mouseClick(advice.open_saved, Qt.MouseButton.LeftButton)
    assert opened == [QUrl.fromLocalFile(str(target))] and opened[0].isLocalFile()

    target.unlink()  # moved or erased meanwhile: said on the page, nothing is opened
    qtbot.mouseClick(advice.open_saved, Qt.MouseButton.LeftButton)
    assert len(opened) == 1 and "kon niet geopend worden" in advice.saved.text()
    window.close_pupil()  # another pupil: the row is gone
    assert not advice.open_saved.isVisible() and advice.saved_path is None
