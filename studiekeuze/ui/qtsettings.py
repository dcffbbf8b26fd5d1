"""What file dialogs remember: Qt's own history stays inside STUDIEKEUZE_HOME and is wiped, and the folder last used
for each kind of file is studiekeuze's own setting, in its config folder.

QFileDialog writes its history, last folder and sidebar to QSettings(UserScope, "QtProject") when it is destroyed:
~/.config/QtProject.conf on Linux, the registry on Windows, a plist on macOS. A folder named after a pupil would stay
there after the pupil is erased. So the file is moved into STUDIEKEUZE_HOME where Qt allows it (Unix), and every
dialog studiekeuze opens wipes that group again as it goes (everywhere).

So that the counsellor need not look for the same folder every time, studiekeuze remembers the folder last used per
kind of file (advice PDFs, exports, class lists, a class's advice) in `folders.ini` in the config folder, never in
the user's home or the registry; without one, a dialog opens in the user's documents folder (not the folder the
program happened to start in). An erase forgets these folders too, as it forgets Qt's history.
"""

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, QStandardPaths

GROUP = "FileDialog"
FOLDERS_FILE = "folders.ini"
FOLDERS_GROUP = "mappen"

log = logging.getLogger(__name__)


def keep_qt_settings_at_home(folder: Path) -> None:
    # QSettings(scope, organisation) always uses NativeFormat; on Unix that is a file whose folder setPath moves.
    for settings_format in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(settings_format, QSettings.Scope.UserScope, str(folder))


def forget_file_dialog_history(remembered: bool = True) -> None:
    """Drop what the file dialogs remember: Qt's own history (called whenever one of our dialogs is destroyed, with
    `remembered` False) and, after an erase, also the folders studiekeuze remembers per kind of file."""
    settings = QSettings(QSettings.Scope.UserScope, "QtProject")
    settings.remove(GROUP)
    settings.sync()
    if remembered:
        forget_folders()


def qt_settings_file() -> str:
    return QSettings(QSettings.Scope.UserScope, "QtProject").fileName()


def _folders() -> QSettings | None:
    from studiekeuze import paths
    from studiekeuze.errors import StudiekeuzeError

    try:
        return QSettings(str(paths.config_dir() / FOLDERS_FILE), QSettings.Format.IniFormat)
    except StudiekeuzeError:
        return None  # the config folder cannot be used (the start-up check said so): nothing is remembered


def documents_folder() -> str:
    """The user's documents folder (or home), where a file dialog opens the first time."""
    for location in (QStandardPaths.StandardLocation.DocumentsLocation, QStandardPaths.StandardLocation.HomeLocation):
        folder = QStandardPaths.writableLocation(location)
        if folder and Path(folder).is_dir():
            return folder
    return str(Path.home())


def remembered_folder(kind: str) -> str:
    """The folder a dialog for `kind` opens in: the one last used for it, while it exists; else the documents."""
    settings = _folders()
    folder = str(settings.value(f"{FOLDERS_GROUP}/{kind}", "") or "") if settings is not None else ""
    return folder if folder and Path(folder).is_dir() else documents_folder()


def remember_folder(kind: str, folder: Path) -> None:
    settings = _folders()
    if settings is not None and folder.is_dir():
        settings.setValue(f"{FOLDERS_GROUP}/{kind}", str(folder))
        settings.sync()
        if settings.status() != QSettings.Status.NoError:  # a convenience only: the next dialog opens elsewhere
            log.warning("de laatst gebruikte map kon niet bewaard worden in %s", settings.fileName())


def forget_folders() -> None:
    """Forget every remembered folder; a WriteError when the file keeps them (an erase must not pass in silence:
    a folder may be named after the pupil)."""
    settings = _folders()
    if settings is None:
        return
    settings.remove(FOLDERS_GROUP)
    settings.sync()
    if settings.status() != QSettings.Status.NoError:
        from studiekeuze.errors import WriteError

        raise WriteError(QCoreApplication.translate(
            "Folders", "De gegevens zijn gewist, maar %1 kon niet bijgewerkt worden. Daarin staat misschien nog de "
            "map waarin een advies of export van deze leerling kwam. Wis dat bestand zelf, of vraag het aan wie de "
            "computer beheert.").replace("%1", settings.fileName()))
