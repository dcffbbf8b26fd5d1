"""Qt's own settings: what Qt's file dialog remembers (recent folders) stays inside STUDIEKEUZE_HOME, and not at all.

QFileDialog writes its history, last folder and sidebar to QSettings(UserScope, "QtProject") when it is destroyed:
~/.config/QtProject.conf on Linux, the registry on Windows, a plist on macOS. A folder named after a pupil would stay
there after the pupil is erased. So the file is moved into STUDIEKEUZE_HOME where Qt allows it (Unix), and every
dialog studiekeuze opens wipes that group again as it goes (everywhere).
"""

from pathlib import Path

from PySide6.QtCore import QSettings

GROUP = "FileDialog"


def keep_qt_settings_at_home(folder: Path) -> None:
    # QSettings(scope, organisation) always uses NativeFormat; on Unix that is a file whose folder setPath moves.
    for settings_format in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(settings_format, QSettings.Scope.UserScope, str(folder))


def forget_file_dialog_history() -> None:
    """Drop the folders the file dialog remembers (called when one of our dialogs is destroyed, and after an erase)."""
    settings = QSettings(QSettings.Scope.UserScope, "QtProject")
    settings.remove(GROUP)
    settings.sync()


def qt_settings_file() -> str:
    return QSettings(QSettings.Scope.UserScope, "QtProject").fileName()
