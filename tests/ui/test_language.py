"""Issue 17: the app's own texts through Qt Linguist. The translations are complete and match the code; the .qm
shipped is the one the .ts makes; the app starts in the system's language where it has one (else Dutch), the setting
wins; in English every screen speaks English (Qt's own buttons too) with its own Alt letters."""

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QDialog,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenuBar,
    QMessageBox,
    QTabBar,
    QWidget,
)

from studiekeuze import resources
from studiekeuze.ui import language
from studiekeuze.ui.mainwindow import ADVIES, LEERLINGEN, PROFIEL, VERKENNEN, VRAGENLIJST
from tests.ui.conftest import start_demo_pupil
from tests.ui.qtlog import STRICT_QT_LOG
from tests.ui.test_small_things import assert_unique, mnemonic, walk_every_screen

pytestmark = STRICT_QT_LOG
ROOT = Path(__file__).resolve().parents[2]
TS_FILES = sorted(resources.translation_dir().glob("studiekeuze_*.ts"))
PLACEHOLDER = re.compile(r"%\d+|\{[^{}]*\}")


def messages(ts: Path) -> list[tuple[str, str, ET.Element]]:
    """(context, source, translation element) of every message in a .ts file."""
    root = ET.parse(ts).getroot()
    return [(context.findtext("name"), message.findtext("source"), message.find("translation"))
            for context in root.iter("context") for message in context.iter("message")]


def translations(ts: Path) -> dict[tuple[str, str], str]:
    return {(context, source): element.text or "" for context, source, element in messages(ts)}


def qt_tool(name: str) -> Path | None:
    found = Path(sys.executable).parent / name
    if found.is_file():
        return found
    which = shutil.which(name)
    return Path(which) if which else None


def test_there_is_an_english_translation_inside_the_package():
    assert resources.translation_dir() / "studiekeuze_en.ts" in TS_FILES
    assert resources.translation("en").is_file()
    assert resources.translation("en").parent == resources.package_dir() / "i18n"
    assert language.available() == ["nl", "en"]


@pytest.mark.parametrize("ts", TS_FILES, ids=lambda p: p.name)
def test_every_message_is_translated_and_finished(ts):
    found = messages(ts)
    assert len(found) > 400  # the whole app, not a sample
    unfinished = [(c, s) for c, s, t in found if t.get("type") in ("unfinished", "obsolete", "vanished")]
    assert not unfinished, unfinished[:10]
    empty = [(c, s) for c, s, t in found if not (t.text or "").strip()]
    assert not empty, empty[:10]


@pytest.mark.parametrize("ts", TS_FILES, ids=lambda p: p.name)
def test_placeholders_and_mnemonics_match_the_dutch(ts):
    for (context, source), text in translations(ts).items():
        where = f"{ts.name} {context}: {source!r} → {text!r}"
        assert sorted(PLACEHOLDER.findall(source)) == sorted(PLACEHOLDER.findall(text)), where
        # An Alt letter in Dutch is one in the translation too (and "&&", the character itself, stays one).
        assert (mnemonic(source) is None) == (mnemonic(text) is None), where
        assert source.count("&&") == text.count("&&"), where
        assert text == text.strip() or source != source.strip(), where  # " maanden" keeps its space, others none


def test_the_shipped_qm_is_what_lrelease_makes_of_the_ts(tmp_path):
    lrelease = qt_tool("pyside6-lrelease")
    if lrelease is None:
        pytest.skip("pyside6-lrelease is not installed here (it comes with PySide6's tools)")
    for ts in TS_FILES:
        built = tmp_path / ts.with_suffix(".qm").name
        subprocess.run([str(lrelease), "-silent", str(ts), "-qm", str(built)], check=True, capture_output=True)
        shipped = ts.with_suffix(".qm")
        assert shipped.read_bytes() == built.read_bytes(), f"{shipped.name} is out of date: run ./dev translations"


def test_the_code_has_no_text_the_translations_lack(tmp_path):
    """lupdate over the code as it is now (as ./dev translations runs it) adds no message and drops none."""
    lupdate = qt_tool("pyside6-lupdate")
    if lupdate is None:
        pytest.skip("pyside6-lupdate is not installed here (it comes with PySide6's tools)")
    for ts in TS_FILES:
        copy = tmp_path / ts.name
        shutil.copy(ts, copy)
        subprocess.run([str(lupdate), "-silent", "-extensions", "py", "-locations", "none", "-no-obsolete",
                        "-source-language", "nl_BE", str(ROOT / "studiekeuze" / "ui"), "-ts", str(copy)],
                       check=True, capture_output=True)
        before, after = translations(ts), translations(copy)
        assert sorted(set(after) - set(before)) == [], "new texts in the code: run ./dev translations, translate"
        assert sorted(set(before) - set(after)) == [], "texts the code no longer has: run ./dev translations"
        assert not [m for m in messages(copy) if m[2].get("type") == "unfinished"]


def test_the_qm_loads_and_translates():
    translator = QTranslator()
    assert translator.load(str(resources.translation("en")))
    assert translator.translate("MainWindow", "&Bestand") == "&File"
    assert translator.translate("MainWindow", "Profiel van %1") == "Profile of %1"


# --- which language at start-up ---------------------------------------------------------------------------------
@pytest.mark.parametrize(("ui_languages", "expected"), [
    (["en-US"], "en"), (["en-GB", "nl-BE"], "en"), (["en_BE"], "en"), (["EN"], "en"),
    (["nl-BE"], "nl"), (["nl-NL", "en-US"], "nl"), (["fr-BE"], "nl"), (["fr-BE", "en-US"], "en"),
    (["tr-TR"], "nl"), (["C"], "nl"), ([], "nl"),
])
def test_the_system_language_where_there_is_a_translation_else_dutch(ui_languages, expected):
    assert language.system_choice(ui_languages) == expected
    assert language.choose(language.SYSTEM, ui_languages) == expected


def test_the_setting_wins_over_the_system():
    assert language.choose("nl", ["en-US"]) == "nl"
    assert language.choose("en", ["nl-BE"]) == "en"
    assert language.choose("en", ["fr-BE"]) == "en"
    assert language.choose("xx", ["en-US"]) == "en"  # an unknown setting (a hand-edited file): the system's


def test_the_setting_is_kept_in_the_config_folder(home, monkeypatch, qapp):
    monkeypatch.delenv(language.ENVIRONMENT, raising=False)
    assert language.setting() == language.SYSTEM
    language.set_setting("en")
    assert language.setting() == "en"
    stored = home / "config" / language.SETTINGS_FILE
    assert "taal=en" in stored.read_text(encoding="utf-8")
    assert not (home / "data" / language.SETTINGS_FILE).exists()  # not with the pupils' data
    assert language.start_language() == "en"
    language.set_setting("nl")
    assert language.start_language() == "nl"
    language.set_setting(language.SYSTEM)
    assert language.setting() == language.SYSTEM
    assert "taal" not in stored.read_text(encoding="utf-8")
    monkeypatch.setenv(language.ENVIRONMENT, "en")  # a try-out (and the tests) override both
    assert language.start_language() == "en"


@pytest.mark.parametrize(("value", "expected"), [("en", "en"), (" en-GB ", "en"), ("en_BE", "en"), ("EN", "en"),
                                               ("nl", "nl"), ("fr", "nl"), ("xx-YY", "nl")])
def test_the_try_out_variable_reads_a_language_as_the_system_gives_one(value, expected, monkeypatch, caplog):
    monkeypatch.setenv(language.ENVIRONMENT, value)
    assert language.start_language() == expected
    assert ("geen vertaling" in caplog.text) == (expected == "nl" and not value.strip().startswith("nl"))


def test_a_language_that_cannot_be_saved_says_so_and_the_dialog_stays(window, qtbot, home, monkeypatch):
    """No false success: with the settings file unwritable (here: a folder in its place) the dialog says what
    happened and stays open; nothing claims the language was saved."""
    monkeypatch.delenv(language.ENVIRONMENT, raising=False)
    (home / "config" / language.SETTINGS_FILE).mkdir(parents=True)
    window.show_language_settings()
    dialog = window.language_dialog
    qtbot.waitUntil(dialog.isVisible)
    dialog.choice.setCurrentIndex(dialog.choice.findData("en"))
    dialog.accept()
    box = dialog.findChild(QMessageBox, "foutmelding")
    qtbot.waitUntil(box.isVisible)
    assert box.text().startswith("De taal kon niet bewaard worden in ")
    assert language.SETTINGS_FILE in box.text()
    assert dialog.isVisible() and dialog.result() != QDialog.DialogCode.Accepted
    assert not window.statusBar().currentMessage().startswith("Taal bewaard")
    box.close()
    dialog.reject()


def test_configure_starts_in_the_language_chosen(app, home, monkeypatch):
    from studiekeuze.ui.app import configure

    monkeypatch.delenv(language.ENVIRONMENT, raising=False)
    language.set_setting("en")
    try:
        configure(app)
        assert language.current() == "en"
        assert QCoreApplication.translate("MainWindow", "&Bestand") == "&File"
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel"  # no Dutch Qt texts left
        language.set_setting("nl")
        configure(app)
        assert language.current() == "nl"
        assert QCoreApplication.translate("MainWindow", "&Bestand") == "&Bestand"
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Annuleren"  # qtbase_nl
    finally:
        language.install(app, "nl")


def test_a_missing_translation_falls_back_to_dutch(app, monkeypatch, tmp_path):
    monkeypatch.setattr(resources, "translation", lambda code: tmp_path / f"studiekeuze_{code}.qm")
    try:
        assert language.install(app, "en") == "nl"
        assert language.available() == ["nl"]
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Annuleren"
    finally:
        monkeypatch.undo()
        language.install(app, "nl")


def test_the_choice_in_the_file_menu(window, qtbot, home):
    file_menu = window.menuBar().actions()[0].menu()
    action = next(a for a in file_menu.actions() if a.text() == "&Taal van het programma…")
    action.trigger()
    dialog = window.language_dialog
    qtbot.waitUntil(dialog.isVisible)
    items = [dialog.choice.itemText(i) for i in range(dialog.choice.count())]
    assert items[0].startswith("Zoals het systeem (")
    assert items[1:] == ["Nederlands", "English"]  # each in its own language
    assert any("vanaf de volgende start" in label.text() for label in dialog.findChildren(QLabel))
    dialog.choice.setCurrentIndex(2)
    dialog.accept()
    assert language.setting() == "en"
    assert window.statusBar().currentMessage() == "Taal bewaard: English. Dat geldt vanaf de volgende start."
    assert window.menuBar().actions()[0].text() == "&Bestand"  # this window stays Dutch until the next start
    window.show_language_settings()
    dialog = window.language_dialog
    qtbot.waitUntil(dialog.isVisible)
    assert dialog.choice.currentText() == "English"
    dialog.choice.setCurrentIndex(0)
    dialog.accept()
    assert language.setting() == language.SYSTEM


# --- the app in English ------------------------------------------------------------------------------------------
@pytest.fixture
def english(app):
    assert language.install(app, "en") == "en"
    yield
    language.install(app, "nl")


def _dutch_only() -> tuple[set[str], list[re.Pattern]]:
    """The Dutch source texts whose English differs, without their Alt letters: whole texts, and patterns for
    texts with placeholders (filled in on screen)."""
    whole, patterns = set(), []
    for (_context, source), english in translations(resources.translation_dir() / "studiekeuze_en.ts").items():
        dutch, text = source.replace("&&", "\0").replace("&", "").replace("\0", "&"), english.replace("&", "")
        if dutch.strip() == text.strip():
            continue
        if PLACEHOLDER.search(dutch):
            fixed = PLACEHOLDER.sub("", dutch)
            if len(re.sub(r"\W", "", fixed)) >= 4:  # "%1 (%2)" would match anything
                patterns.append(re.compile("(.+)".join(re.escape(part) for part in PLACEHOLDER.split(dutch)) + "$"))
        else:
            whole.add(dutch.strip())
    return whole, patterns


def _visible_texts(root: QWidget) -> list[str]:
    """What a person can read or hear on a screen: labels, buttons, tooltips, accessible names and descriptions,
    placeholders, titles, tabs, list headers, menus and the status line."""
    texts = [root.windowTitle()]
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisible() or widget.window() is not root.window():
            continue
        texts += [widget.toolTip(), widget.accessibleName(), widget.accessibleDescription()]
        if isinstance(widget, (QLabel, QAbstractButton)):
            texts.append(widget.text())
        if isinstance(widget, QLineEdit):
            texts.append(widget.placeholderText())
        if isinstance(widget, QGroupBox):
            texts.append(widget.title())
        if isinstance(widget, QTabBar):
            texts += [widget.tabText(i) for i in range(widget.count())]
        if isinstance(widget, QComboBox):
            texts += [widget.itemText(i) for i in range(widget.count())]
        if isinstance(widget, QHeaderView) and widget.model() is not None:
            texts += [str(widget.model().headerData(i, widget.orientation()) or "") for i in range(widget.count())]
        if isinstance(widget, QMenuBar):
            for menu_action in widget.actions():
                texts.append(menu_action.text())
                if menu_action.menu() is not None:
                    texts += [a.text() for a in menu_action.menu().actions()]
    if hasattr(root, "statusBar"):
        texts.append(root.statusBar().currentMessage())
    return texts


def assert_english(where: str, root: QWidget) -> None:
    QApplication.processEvents()
    whole, patterns = _dutch_only()
    dutch = []
    for text in _visible_texts(root):
        for line in filter(None, (part.strip() for part in text.replace("&&", "\0").replace("&", "")
                                  .replace("\0", "&").split("\n"))):
            if line in whole or any(p.match(line) for p in patterns):
                dutch.append(line)
    assert not dutch, f"{where}: Dutch chrome in the English app: {dutch}"
    assert_unique(where, root)



def test_in_english_every_screen_and_dialog_speaks_english(english, make_window, qtbot, home):
    window = make_window()
    assert window.windowTitle() == "Studiekeuze — Explore"
    assert [a.iconText() for a in window.menuBar().actions()] == ["File", "Go to", "Help"]
    go = window.menuBar().actions()[1].menu()
    assert [a.iconText() for a in go.actions()] == ["Explore", "Questionnaire", "Profile & suggestions", "Advice",
                                                    "Pupils"]
    assert [window.nav.item(i).text() for i in range(window.nav.count())] == [
        "Explore", "Questionnaire", "Profile & suggestions", "Advice", "Pupils"]
    for menu_action in window.menuBar().actions():
        letters = [mnemonic(a.text()) for a in menu_action.menu().actions() if not a.isSeparator()]
        assert None not in letters and len(set(letters)) == len(letters), (menu_action.text(), letters)
    walk_every_screen(window, qtbot, home, assert_english)


def test_in_english_the_titles_name_the_pupil_in_english(english, make_window):
    window = make_window()
    start_demo_pupil(window)
    for page, title in ((PROFIEL, "Profile of Yusuf"), (VRAGENLIJST, "Questionnaire of Yusuf"),
                        (ADVIES, "Advice for Yusuf"), (LEERLINGEN, "Pupils"), (VERKENNEN, "Explore")):
        window.show_page(page)
        assert window.windowTitle() == f"Studiekeuze — {title}"
    assert window.pupil_label.text() == "Pupil: Yusuf (4B)"


def test_the_english_check_finds_dutch(english, make_window):
    """The walk above can fail: a Dutch text left on screen is found."""
    window = make_window()
    window.new_pupil.setToolTip("Leerling sluiten: het scherm wordt leeg")
    with pytest.raises(AssertionError, match="Dutch chrome"):
        assert_english("test", window)
    window.new_pupil.setToolTip("")
    window.statusBar().showMessage("Profiel van Anna")  # a text with a placeholder, filled in
    with pytest.raises(AssertionError, match="Profiel van Anna"):
        assert_english("test", window)


def test_in_english_the_questions_and_errors_speak_english(english, make_window, qtbot):
    """The boxes the walk does not open: erasing a pupil, going on after a crash, a message and a bug."""
    from PySide6.QtWidgets import QMessageBox

    from studiekeuze.errors import StudiekeuzeError
    from studiekeuze.ui.errors import show_error

    window = make_window()
    sessie = start_demo_pupil(window, answered=2)
    window.show_page(LEERLINGEN)
    window.pupils.delete_selected()
    box = window.pupils.findChild(QMessageBox, "wisvraag")
    qtbot.waitUntil(box.isVisible)
    assert_english("Leerling wissen", box)
    assert box.windowTitle() == "Erase pupil" and "Erase everything about Yusuf for good?" in box.text()
    assert {b.text() for b in box.buttons()} == {"Erase", "Do not erase"}
    box.reject()
    window.close_pupil()
    window.offer_resume(sessie)
    qtbot.waitUntil(window.resume_box.isVisible)
    assert_english("Verder met", window.resume_box)
    assert {b.text() for b in window.resume_box.buttons()} == {"Go on with Yusuf", "Not now"}
    window.resume_box.reject()
    for error, title in ((StudiekeuzeError("Het bestand is te groot."), "That did not work"),
                         (RuntimeError("bug"), "Something went wrong")):
        box = show_error(error, window)
        qtbot.waitUntil(box.isVisible)
        assert box.windowTitle() == title
        assert_english(title, box)
        box.reject()
