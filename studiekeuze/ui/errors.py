"""One place that turns any error into a clear Dutch dialog: the message for expected errors, details for bugs."""

import logging
import sys
import traceback
from types import TracebackType

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from studiekeuze.errors import StudiekeuzeError

log = logging.getLogger(__name__)


def show_error(error: BaseException, parent: QWidget | None = None) -> QMessageBox:
    """Show `error` without blocking: a StudiekeuzeError as its own message, anything else as a bug report."""
    parent = parent or QApplication.activeWindow()
    box = QMessageBox(parent)
    box.setObjectName("foutmelding")
    if isinstance(error, StudiekeuzeError):
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(QCoreApplication.translate("Errors", "Dat lukte niet"))
        box.setTextFormat(Qt.TextFormat.PlainText)  # messages may quote a pupil's name or a file: shown as written
        box.setText(str(error))
    else:
        log.error("unexpected error", exc_info=(type(error), error, error.__traceback__))
        details = "".join(traceback.format_exception(type(error), error, error.__traceback__))
        box.setIcon(QMessageBox.Icon.Critical)
        box.setWindowTitle(QCoreApplication.translate("Errors", "Er ging iets mis"))
        box.setText(QCoreApplication.translate(
            "Errors",
            "Er ging iets onverwacht mis. Je werk is bewaard. Probeer het opnieuw; lukt het niet, "
            "geef dan de details door aan wie de computer beheert.",
        ))
        details = f"{_about_this_run()}\n\n{details}"
        box.setDetailedText(details)
        # Both buttons act without closing the box (QMessageBox closes on any button unless disconnected).
        copy = box.addButton(QCoreApplication.translate("Errors", "Kopieer details"), QMessageBox.ButtonRole.ActionRole)
        copy.setObjectName("kopieerdetails")
        copy.clicked.disconnect()
        copy.clicked.connect(lambda: QApplication.clipboard().setText(details))
        folder = box.addButton(QCoreApplication.translate("Errors", "Open logmap"), QMessageBox.ButtonRole.ActionRole)
        folder.setObjectName("openlogmap")
        folder.clicked.disconnect()
        folder.clicked.connect(open_log_folder)
    box.addButton(QMessageBox.StandardButton.Ok)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box


def _about_this_run() -> str:
    """The version, Python, Qt and system, and where the log file is: what a maintainer asks first."""
    import platform

    from PySide6 import __version__ as pyside_version

    from studiekeuze import __version__

    lines = [f"studiekeuze {__version__}, Python {platform.python_version()}, PySide6 {pyside_version}, "
             f"{platform.platform()}"]
    try:
        from studiekeuze import diagnostics

        lines.append(QCoreApplication.translate("Errors", "Logbestand: %1").replace("%1", str(diagnostics.log_file())))
    except StudiekeuzeError:
        pass
    return "\n".join(lines)


def open_log_folder() -> bool:
    """Show the log folder in the system's file manager; False (and a status line in the log) when that fails."""
    from PySide6.QtCore import QUrl

    from studiekeuze import paths

    try:
        folder = paths.log_dir()
    except StudiekeuzeError as error:
        log.warning("log folder not available: %s", type(error).__name__)
        return False
    return open_url(QUrl.fromLocalFile(str(folder)))


def open_url(url) -> bool:
    """QDesktopServices.openUrl, in one place so a test can stand in for the file manager."""
    from PySide6.QtGui import QDesktopServices

    return QDesktopServices.openUrl(url)


def _excepthook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
    if issubclass(kind, KeyboardInterrupt):
        QApplication.quit()
        return
    try:
        show_error(error.with_traceback(tb))
    except Exception:  # the dialog itself failed: at least keep the report
        traceback.print_exception(kind, error, tb)


def install_excepthook() -> None:
    """Errors raised in slots and event handlers reach the user as a dialog instead of a traceback."""
    sys.excepthook = _excepthook
