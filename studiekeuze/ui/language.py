"""The language of the app's own texts (menus, buttons, messages): Dutch, or a Qt Linguist translation.

The Dutch in the code is the source text; a translation is a file `studiekeuze/i18n/studiekeuze_<taal>.qm`, built
from its `.ts` by `./dev translations`. Content (richtingen, the questionnaire, the advice and the PDF) stays Dutch.
The language is chosen once at start-up: STUDIEKEUZE_TAAL if set (tests, trying a translation), else the choice in
Bestand › Taal van het programma (`instellingen.ini` in the config folder), else the system's first language that
has a translation, else Dutch.
"""

import logging
import os
from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from studiekeuze import resources
from studiekeuze.errors import WriteError

SOURCE = "nl"
# Each language by its own name, as a person who reads it looks for it; the order of the settings' list.
NAMES = {"nl": "Nederlands", "en": "English"}
# The locale for dates and numbers in each language's texts.
LOCALES = {"nl": "nl_BE", "en": "en_GB"}
ENVIRONMENT = "STUDIEKEUZE_TAAL"
SETTINGS_FILE = "instellingen.ini"
KEY = "taal"
SYSTEM = ""  # the setting's value for "as the system"

log = logging.getLogger(__name__)
_installed: list[QTranslator] = []
_current = SOURCE


def available() -> list[str]:
    """The languages the app can speak here: Dutch, and every language with its .qm next to the package."""
    return [code for code in NAMES if code == SOURCE or resources.translation(code).is_file()]


def system_choice(ui_languages: Iterable[str]) -> str:
    """The first of the system's languages (QLocale.system().uiLanguages(), most preferred first) that the app
    speaks: "en-GB" → English, "nl-BE" → Dutch; none of them (French, or nothing known) → Dutch."""
    speaks = available()
    for tag in ui_languages:
        code = tag.replace("_", "-").split("-")[0].casefold()
        if code in speaks:
            return code
    return SOURCE


def choose(setting: str, ui_languages: Iterable[str]) -> str:
    """The language to start in: the setting when it names a language the app speaks, else the system's."""
    return setting if setting in available() else system_choice(ui_languages)


def _settings() -> QSettings | None:
    from studiekeuze import paths
    from studiekeuze.errors import StudiekeuzeError

    try:
        return QSettings(str(paths.config_dir() / SETTINGS_FILE), QSettings.Format.IniFormat)
    except StudiekeuzeError:
        return None  # the config folder cannot be used (the start-up check says so): the system's language


def setting() -> str:
    """The language chosen in the settings ("nl", "en"), or "" for the system's."""
    settings = _settings()
    value = str(settings.value(KEY, SYSTEM) or "") if settings is not None else SYSTEM
    return value if value in NAMES else SYSTEM


def set_setting(code: str) -> None:
    """Keep the choice for the next start ("" is the system's language). A WriteError when it could not be kept."""
    settings = _settings()
    if settings is None:
        raise WriteError(_not_saved(SETTINGS_FILE))
    if code in NAMES:
        settings.setValue(KEY, code)
    else:
        settings.remove(KEY)
    settings.sync()
    if settings.status() != QSettings.Status.NoError:
        raise WriteError(_not_saved(settings.fileName()))


def _not_saved(file: str) -> str:
    return QCoreApplication.translate(
        "Language", "De taal kon niet bewaard worden in %1. Het programma start dus weer in dezelfde taal. Kijk of "
        "je in die map mag schrijven, of vraag het aan wie de computer beheert.").replace("%1", file)


def start_language() -> str:
    override = os.environ.get(ENVIRONMENT, "").strip()
    if override:
        # Read as a system language is ("en-GB", "EN" → English); a language the app does not speak → Dutch.
        chosen = system_choice([override])
        if chosen == SOURCE and not override.casefold().startswith(SOURCE):
            log.warning("%s=%s: geen vertaling voor die taal, het programma spreekt Nederlands", ENVIRONMENT, override)
        return chosen
    return choose(setting(), QLocale.system().uiLanguages())


def install(app: QCoreApplication, code: str) -> str:
    """Speak `code` from now on in whatever is built next (the translators of a previous call are removed first).
    Dutch also loads Qt's own Dutch texts (qtbase_nl), so standard buttons and dialogs speak Dutch too."""
    global _current
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    qt_translations = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qt = QTranslator(app)
    # By file name rather than by QLocale: Qt's texts follow the app's language, not the system's.
    if qt.load(f"qtbase_{code}", qt_translations):
        _installed.append(qt)
    elif code == SOURCE:  # e.g. a bundle built without them: Qt's own buttons would speak English
        log.warning("Qt's Dutch translations (qtbase_nl) not found in %s", qt_translations)
    if code != SOURCE:
        own = QTranslator(app)
        if not own.load(str(resources.translation(code))):
            log.warning("translation %s not found: the app speaks Dutch", resources.translation(code))
            return install(app, SOURCE)
        _installed.append(own)
    for translator in _installed:
        app.installTranslator(translator)
    _current = code
    log.info("taal van het programma: %s", code)
    return code


def current() -> str:
    """The language the app speaks now."""
    return _current


def locale() -> QLocale:
    """Dates and numbers as the app's language writes them."""
    return QLocale(LOCALES.get(_current, LOCALES[SOURCE]))
