"""Starts the app: application names and the language first, then the window; `--smoke` reports start-up."""

import gc
import os
import sys
import time

_IMPORTED_AT = time.perf_counter()
SMOKE_TIMEOUT_MS = 120_000


def ms_since_process_start() -> float:
    """Milliseconds since this process started (Linux: from /proc; elsewhere: since this module was imported)."""
    try:
        with open("/proc/self/stat", encoding="ascii") as handle:
            fields = handle.read().rsplit(")", 1)[1].split()
        start_seconds = int(fields[19]) / os.sysconf("SC_CLK_TCK")  # field 22, starttime, in clock ticks
        return (time.clock_gettime(time.CLOCK_BOOTTIME) - start_seconds) * 1000
    except (OSError, IndexError, ValueError, AttributeError):
        return (time.perf_counter() - _IMPORTED_AT) * 1000


def _no_screen() -> bool:
    return (
        sys.platform.startswith("linux")
        and not os.environ.get("QT_QPA_PLATFORM")
        and not os.environ.get("DISPLAY")
        and not os.environ.get("WAYLAND_DISPLAY")
    )


def run(smoke: bool = False) -> int:
    """Start the app and return its exit code. With `smoke`, stop as soon as the window is shown and idle."""
    if _no_screen():
        if not smoke:
            print("studiekeuze: geen scherm gevonden. Start de app op een computer met een scherm, "
                  "of gebruik ./dev app (dat start een virtueel scherm).", file=sys.stderr)
            return 1
        os.environ["QT_QPA_PLATFORM"] = "offscreen"

    from studiekeuze.ui.loading import start_loading

    # The database opens on its own thread while Qt loads: the two overlap.
    loading = start_loading()

    from PySide6.QtCore import QCoreApplication, QTimer
    from PySide6.QtWidgets import QApplication

    # Before anything can ask QStandardPaths (file dialogs do), or folders get the interpreter's name.
    QCoreApplication.setApplicationName("studiekeuze")
    QCoreApplication.setOrganizationName("studiekeuze")
    app = QApplication.instance() or QApplication(sys.argv[:1])
    configure(app)
    problem = check_folders()
    if problem is not None:
        return _cannot_start(problem, smoke)

    from studiekeuze.ui.errors import install_excepthook
    from studiekeuze.ui.mainwindow import MainWindow

    install_excepthook()
    log_qt_messages()
    keep_crash_report()
    window = MainWindow()
    window.show()
    if smoke:  # connected before loading starts to deliver: a finished load is delivered at once
        _report_when_ready(app, window)
        QTimer.singleShot(SMOKE_TIMEOUT_MS, lambda: _smoke_timeout(app))
    _collect_garbage_when_up(window)
    window.load_content(loading)
    # The retention rule runs once the window is up, on a worker thread: erasing never delays the first screen.
    QTimer.singleShot(0, window.start_housekeeping)
    code = app.exec()
    from studiekeuze.ui.tasks import wait_for_all

    gc.enable()
    wait_for_all()  # a worker still erasing or writing finishes before the store is let go
    window.session.close_store()  # every change is already on disk; this just lets go of the file
    if window.repository is not None:
        window.repository.close()
    return code


def _collect_garbage_when_up(window) -> None:
    """Turn the garbage collector on again (the command line turned it off for start-up) once the content is in."""

    def up(*_args) -> None:
        if not gc.isenabled():
            gc.freeze()  # what start-up made stays: later collections need not look at it again
            gc.enable()

    window.content_ready.connect(up)
    window.content_failed.connect(up)


def log_qt_messages() -> None:
    """Qt's own warnings go to the log as well (a windowed app has no console that would show them)."""
    import logging

    from PySide6.QtCore import QtMsgType, qInstallMessageHandler

    qt_log = logging.getLogger("studiekeuze.qt")
    levels = {QtMsgType.QtDebugMsg: logging.DEBUG, QtMsgType.QtInfoMsg: logging.INFO,
              QtMsgType.QtWarningMsg: logging.WARNING, QtMsgType.QtCriticalMsg: logging.ERROR,
              QtMsgType.QtFatalMsg: logging.CRITICAL}

    def handler(kind, _context, message: str) -> None:
        qt_log.log(levels.get(kind, logging.WARNING), "%s", message)

    qInstallMessageHandler(handler)


def keep_crash_report() -> None:
    """A hard crash (inside Qt, where no Python handler runs) writes its Python stack to crash.log in the log
    folder: the stack only, never data."""
    import faulthandler

    from studiekeuze import paths
    from studiekeuze.errors import StudiekeuzeError

    global _crash_file
    try:
        _crash_file = open(paths.log_dir() / "crash.log", "a", encoding="utf-8")  # noqa: SIM115 (kept open)
    except (OSError, StudiekeuzeError):
        return
    faulthandler.enable(_crash_file)


_crash_file = None


def check_folders() -> str | None:
    """The Dutch message when a folder studiekeuze needs cannot be used (STUDIEKEUZE_HOME a file, a read-only disk)."""
    from studiekeuze import paths
    from studiekeuze.errors import StudiekeuzeError
    from studiekeuze.ui.qtsettings import keep_qt_settings_at_home

    try:
        paths.data_dir()
        paths.cache_dir()
        keep_qt_settings_at_home(paths.config_dir())
    except StudiekeuzeError as error:
        return str(error)
    return None


def _cannot_start(message: str, smoke: bool) -> int:
    print(f"studiekeuze: {message}", file=sys.stderr, flush=True)
    if not smoke:
        from PySide6.QtCore import QCoreApplication, Qt
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(QMessageBox.Icon.Critical,
                          QCoreApplication.translate("App", "Studiekeuze kan niet starten"), message)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.exec()  # nothing else is on screen yet: a blocking box is the whole app
    return 1


def configure(app) -> None:
    """Names, the language (the app's own texts and Qt's), the icon and the style rules."""
    from studiekeuze.ui import language
    from studiekeuze.ui.style import STYLE_SHEET

    # No application display name: the platform would add it to every window title ("Studiekeuze — Anna —
    # Studiekeuze"); the main window's title names the app itself (MainWindow._update_title).
    language.install(app, language.start_language())
    app.setStyleSheet(STYLE_SHEET)
    icon = app_icon_path()
    if icon is not None:
        from PySide6.QtGui import QIcon

        app.setWindowIcon(QIcon(str(icon)))


def app_icon_path():
    """The app icon, inside the package (so a wheel and the bundle have it too), if present."""
    from studiekeuze import resources

    path = resources.icon("studiekeuze.svg")
    return path if path.is_file() else None


def _report_when_ready(app, window) -> None:
    from PySide6.QtCore import QTimer

    def idle() -> None:
        # A zero timer runs once the event queue is empty: the window has been shown and painted.
        QTimer.singleShot(0, report)

    def report() -> None:
        print(f"{ms_since_process_start():.0f}", flush=True)
        app.exit(0)

    def failed(message: str) -> None:
        print(f"studiekeuze: {message}", file=sys.stderr, flush=True)
        app.exit(1)

    window.content_ready.connect(idle)
    window.content_failed.connect(failed)


def _smoke_timeout(app) -> None:
    print("studiekeuze: de app werd niet klaar binnen de tijd.", file=sys.stderr)
    app.exit(1)
