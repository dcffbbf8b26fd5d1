"""Native habits: About box, Dutch Qt texts, error dialogs, accessible names, keyboard navigation, window size."""

import os
import subprocess
import sys
import threading

from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialogButtonBox,
    QMessageBox,
    QWidget,
)

from studiekeuze.errors import StudiekeuzeError
from studiekeuze.ui import errors, tasks
from studiekeuze.ui.mainwindow import ADVIES, LEERLINGEN, PROFIEL, VERKENNEN, VRAGENLIJST, window_settings
from tests.ui.conftest import start_demo_pupil


def test_about_box_names_the_data_version_and_sources(window, qtbot, repository):
    window.show_about()
    box = window.findChild(QMessageBox, "over")
    qtbot.waitUntil(box.isVisible)
    meta = repository.meta()
    assert meta["data_versie"] in box.text()
    assert "Structuuronderdelen" in box.text()
    assert "zonder internet" in box.text()
    box.close()


def test_qt_standard_buttons_speak_dutch(app):
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close | QDialogButtonBox.StandardButton.Cancel)
    texts = {b.text().replace("&", "") for b in buttons.buttons()}
    assert texts == {"Sluiten", "Annuleren"}


def test_app_and_organisation_names(app):
    assert QCoreApplication.applicationName() == "studiekeuze"
    assert QCoreApplication.organizationName() == "studiekeuze"


def test_an_expected_error_is_a_plain_dutch_message(app, qtbot):
    box = errors.show_error(StudiekeuzeError("De map /x bestaat niet."))
    qtbot.waitUntil(box.isVisible)
    assert box.text() == "De map /x bestaat niet."
    assert box.detailedText() == ""
    box.close()


def test_a_bug_becomes_a_dutch_dialog_with_details_not_a_traceback(app, qtbot, monkeypatch):
    shown = []
    real = errors.show_error
    monkeypatch.setattr(errors, "show_error", lambda error: shown.append(real(error, None)))
    try:
        {}["ontbreekt"]
    except KeyError as error:
        errors._excepthook(KeyError, error, error.__traceback__)
    (box,) = shown
    qtbot.waitUntil(box.isVisible)
    assert "Er ging iets onverwacht mis" in box.text()
    assert "KeyError" in box.detailedText()
    box.close()


def test_background_work_reports_on_the_gui_thread(app, qtbot):
    seen = {}
    tasks.run_in_background(lambda: threading.current_thread().name, lambda name: seen.update(
        worker=name, here=threading.current_thread() is threading.main_thread()))
    qtbot.waitUntil(lambda: "worker" in seen)
    assert seen["here"] and seen["worker"] != threading.main_thread().name

    failures = []
    tasks.run_in_background(lambda: 1 / 0, lambda _: None, failures.append)
    qtbot.waitUntil(lambda: bool(failures))
    assert isinstance(failures[0], ZeroDivisionError)


def test_a_result_for_a_deleted_widget_is_dropped(app, qtbot):
    holder = QWidget()
    got = []
    release = threading.Event()
    tasks.run_in_background(lambda: release.wait(5), got.append, context=holder)
    holder.deleteLater()
    qtbot.waitUntil(lambda: not tasks._running or all(r.parent() is None for r in tasks._running))
    release.set()
    tasks.wait_for_all()
    QApplication.processEvents()
    assert got == []


def focusable_widgets(root: QWidget) -> list[QWidget]:
    return [
        w for w in root.findChildren(QWidget)
        if w.isVisible() and w.focusPolicy() & Qt.FocusPolicy.TabFocus and w.isEnabled()
        and not w.objectName().startswith("qt_")
    ]


def test_every_control_has_an_accessible_name(window, qtbot):
    start_demo_pupil(window)
    missing = []
    for index in (VERKENNEN, VRAGENLIJST, PROFIEL, ADVIES, LEERLINGEN):
        window.show_page(index)
        if index == PROFIEL:
            qtbot.waitUntil(lambda: window.profile.outcome is not None)
        for widget in focusable_widgets(window):
            name = widget.accessibleName() or (widget.text() if isinstance(widget, QAbstractButton) else "")
            if not name.strip():
                missing.append(f"{index}: {type(widget).__name__} {widget.objectName()}")
    assert missing == []


def test_ctrl_and_a_number_go_to_each_page(window, qtbot):
    for number, index in enumerate((VERKENNEN, VRAGENLIJST, PROFIEL, ADVIES, LEERLINGEN), start=1):
        qtbot.keyClick(window, getattr(Qt.Key, f"Key_{number}"), Qt.KeyboardModifier.ControlModifier)
        assert window.stack.currentIndex() == index
        assert window.nav.currentRow() == index


def test_window_size_is_remembered(make_window, qtbot, home):
    first = make_window()
    first.resize(first.minimumSizeHint().width() + 13, first.minimumSizeHint().height() + 7)
    size = first.size()
    first.close()
    assert window_settings().fileName().startswith(str(home))
    second = make_window()
    assert second.size() == size


def test_settings_stay_in_studiekeuze_home(home):
    assert QSettings(window_settings().fileName(), QSettings.Format.IniFormat).fileName().startswith(str(home))


def test_headings_follow_the_system_font_size(app, window):
    from studiekeuze.ui.widgets import heading

    before = heading("Kop").font().pointSizeF()
    font = QApplication.font()
    bigger = QFont(font)
    bigger.setPointSizeF(font.pointSizeF() * 1.5)
    QApplication.setFont(bigger)
    try:
        assert heading("Kop").font().pointSizeF() == before * 1.5
    finally:
        QApplication.setFont(font)


def test_the_chart_uses_the_palette_so_dark_mode_follows(window, qtbot):
    start_demo_pupil(window)
    window.show_page(PROFIEL)
    qtbot.waitUntil(lambda: window.profile.outcome is not None)
    chart = window.profile.chart
    palette = chart.palette()
    palette.setColor(QPalette.ColorRole.Highlight, QColor("#ff8800"))
    palette.setColor(QPalette.ColorRole.Window, QColor("#101010"))
    chart.setPalette(palette)
    image = chart.grab().toImage()
    colours = {image.pixelColor(x, y).name() for x in range(0, image.width(), 3) for y in range(0, image.height(), 3)}
    assert "#ff8800" in colours


def test_many_qt_calls_do_not_abort_the_process():
    """PLATFORM-NOTES: PySide6 6.12.0 drops a reference to None per void call and aborts Python 3.11."""
    code = (
        "from PySide6.QtWidgets import QApplication, QLabel\n"
        "app = QApplication([])\n"
        "label = QLabel()\n"
        "for i in range(50_000):\n"
        "    label.setText(str(i))\n"
        "print('ok')\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=120)
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.strip() == "ok"


def test_smoke_start_prints_milliseconds_and_exits_0(session_home, content_db):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "STUDIEKEUZE_HOME": str(session_home)}
    result = subprocess.run([sys.executable, "-m", "studiekeuze", "gui", "--smoke"], capture_output=True, text=True,
                            env=env, timeout=120)
    assert result.returncode == 0, result.stderr[-2000:]
    assert float(result.stdout.strip().splitlines()[-1]) > 0
    assert "Traceback" not in result.stderr
