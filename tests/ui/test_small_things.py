"""Issue 15's small things, as a user meets them: the "Ga naar" menu, mnemonics without clashes, Dutch file dialogs
that remember folders inside STUDIEKEUZE_HOME, confirmations after erasing and saving settings, and a window title
that names the app once."""

import re
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QSettings, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialog,
    QFileDialog,
    QGroupBox,
    QLabel,
    QMenu,
    QMenuBar,
    QMessageBox,
    QTabBar,
    QWidget,
)

from studiekeuze.ui.mainwindow import ADVIES, LEERLINGEN, PROFIEL, VERKENNEN, VRAGENLIJST
from tests.ui.conftest import start_demo_pupil
from tests.ui.qtlog import STRICT_QT_LOG

pytestmark = STRICT_QT_LOG
CODE = "tulp-4821"


def mnemonic(text: str) -> str | None:
    found = re.search(r"&([^&])", text.replace("&&", ""))
    return found.group(1).casefold() if found else None


def mnemonics(root: QWidget) -> list[tuple[str, str]]:
    """(letter, text) of every Alt+letter a person can use in `root` now: visible buttons, labels with a buddy,
    group boxes, tabs and the menu bar's menus."""
    found = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisible() or widget.window() is not root.window():
            continue
        texts = []
        if isinstance(widget, QAbstractButton) or (isinstance(widget, QLabel) and widget.buddy() is not None):
            texts.append(widget.text())
        elif isinstance(widget, QGroupBox):
            texts.append(widget.title())
        elif isinstance(widget, QTabBar):
            texts += [widget.tabText(i) for i in range(widget.count()) if widget.isTabVisible(i)]
        elif isinstance(widget, QMenuBar):
            texts += [action.text() for action in widget.actions() if action.isVisible()]
        found += [(letter, text) for text in texts if (letter := mnemonic(text))]
    return found


def assert_unique(where: str, root: QWidget) -> None:
    QApplication.processEvents()
    seen: dict[str, str] = {}
    for letter, text in mnemonics(root):
        assert letter not in seen, f"{where}: Alt+{letter.upper()} is both {seen[letter]!r} and {text!r}"
        seen[letter] = text


def shown(dialog: QWidget, qtbot) -> QWidget:
    qtbot.waitUntil(dialog.isVisible)
    return dialog


def test_the_go_to_menu_shows_profiel_en_suggesties(window):
    go = next(a.menu() for a in window.menuBar().actions() if a.menu() and "Ga naar" in a.text())
    # iconText is the text as the menu draws it: "&&" as "&", a single "&" as the underlined letter.
    assert [a.iconText() for a in go.actions()] == ["Verkennen", "Vragenlijst", "Profiel & suggesties", "Advies",
                                                    "Leerlingen"]
    assert "_" not in "".join(a.iconText() for a in go.actions())
    assert [mnemonic(a.text()) for a in go.actions()] == ["v", "r", "p", "a", "l"]


def test_every_menu_has_its_own_letters(window):
    for menu_action in window.menuBar().actions():
        menu: QMenu = menu_action.menu()
        letters = [mnemonic(a.text()) for a in menu.actions() if not a.isSeparator()]
        assert None not in letters, menu_action.text()
        assert len(set(letters)) == len(letters), (menu_action.text(), letters)


def test_no_two_controls_share_an_alt_letter_on_any_screen(window, qtbot, home):
    """Issue 15: Alt+B was the parents'-page box and the Bestand menu. Every screen state, every dialog."""
    walk_every_screen(window, qtbot, home, assert_unique)


def walk_every_screen(window, qtbot, home, check) -> None:
    """Show every screen state and dialog in turn and call check(name, root) on each (also in English)."""
    window.resize(1280, 900)
    for index, name in ((VERKENNEN, "Verkennen"), (VRAGENLIJST, "Vragenlijst (wie)"), (PROFIEL, "Profiel (leeg)"),
                        (ADVIES, "Advies (leeg)"), (LEERLINGEN, "Leerlingen")):
        window.show_page(index)
        check(name, window)
    window.show_page(VERKENNEN)
    window.explore.tabs.setCurrentIndex(1)
    check("Overzicht per domein", window)
    window.explore.tabs.setCurrentIndex(0)

    start_demo_pupil(window, answered=3)
    window.show_page(VRAGENLIJST)
    check("Vragenlijst (vragen)", window)
    window.questionnaire._finished()
    check("Vragenlijst (klaar)", window)
    start_demo_pupil(window)
    window.show_page(PROFIEL)
    profile = window.profile
    qtbot.waitUntil(lambda: bool(profile.cards) and all(c.isVisible() for c in profile.cards), timeout=10_000)
    check("Profiel", window)
    cards = [c for c in profile.cards if c.compare is not None]
    cards[0].compare.setChecked(True)
    cards[1].compare.setChecked(True)
    profile.compare_selected()
    check("Vergelijking", shown(profile.compare_dialog, qtbot))
    profile.compare_dialog.reject()
    window.edit_pupil()
    check("Leerling aanpassen", shown(window.pupil_dialog, qtbot))
    window.pupil_dialog.reject()
    window.show_page(ADVIES)
    qtbot.waitUntil(window.advice.preview_ready, timeout=20_000)
    window.advice.save_to(home / "advies.pdf")  # with "PDF openen"
    check("Advies", window)

    window.show_page(LEERLINGEN)
    pupils = window.pupils
    pupils.klassen.show_klas("4B")
    check("Leerlingen (klas 4B)", window)
    pupils.klassen.ask_import()
    check("Klas importeren", shown(pupils.klassen.dialog, qtbot))
    pupils.klassen.dialog.reject()
    pupils.ask_settings()
    check("Privacy-instellingen", shown(pupils.dialog, qtbot))
    pupils.dialog.reject()
    window.show_language_settings()
    check("Taal van het programma", shown(window.language_dialog, qtbot))
    window.language_dialog.reject()
    pupils.ask_export()
    check("Exporteren (bestandskeuze)", shown(pupils.dialog, qtbot))
    pupils.dialog.reject()
    window.show_help()
    check("Hulp", shown(window.help_window, qtbot))
    window.help_window.close()
    window.show_about()
    check("Over studiekeuze", shown(window.about_box, qtbot))
    window.about_box.reject()

    # The class session's screens: welcome, questions, done, and the counsellor's panel (after the code).
    from studiekeuze.userdata.settings import set_counsellor_code

    window.start_class_session("4B")  # without a code: one is asked first
    check("Begeleidercode instellen", shown(window.code_dialog, qtbot))
    window.code_dialog.reject()
    set_counsellor_code(window.session.store, CODE)
    window.start_class_session("4B")
    screen = window.class_screen
    check("Klassessie (welkom)", window)
    screen.begin()
    check("Klassessie (vragen)", window)
    screen.show_done()
    check("Klassessie (klaar)", window)
    screen.ask_counsellor(screen.show_panel)
    check("Begeleidercode", shown(screen.check, qtbot))
    qtbot.keyClicks(screen.check.field, CODE)
    qtbot.keyClick(screen.check.field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: screen.stack.currentWidget() is screen.panel)
    check("Klassessie (begeleider)", window)
    screen.stop()


def test_the_window_title_names_the_app_once(window, qtbot):
    """"Studiekeuze — Profiel van Anna", and no display name that the platform would add again to every title."""
    assert QGuiApplication.applicationDisplayName() == QCoreApplication.applicationName()  # none set
    assert window.windowTitle() == "Studiekeuze — Verkennen"
    start_demo_pupil(window)
    window.show_page(PROFIEL)
    assert window.windowTitle() == "Studiekeuze — Profiel van Yusuf"
    window.show_page(VRAGENLIJST)
    assert window.windowTitle() == "Studiekeuze — Vragenlijst van Yusuf"
    window.show_page(ADVIES)
    assert window.windowTitle() == "Studiekeuze — Advies voor Yusuf"
    window.show_page(LEERLINGEN)
    assert window.windowTitle() == "Studiekeuze — Leerlingen"
    window.close_pupil()
    window.show_page(PROFIEL)
    assert window.windowTitle() == "Studiekeuze — Profiel & suggesties"
    for _ in range(3):
        assert window.windowTitle().count("Studiekeuze") == 1
    # A class session never names a pupil in the title (it stays while the counsellor's panel is shown).
    from studiekeuze.userdata.settings import set_counsellor_code

    window.session.add_pupils([{"voornaam": "Anna", "klas": "4B", "huidige_graad": 2}])
    set_counsellor_code(window.session.store, CODE)
    window.start_class_session("4B")
    window.class_screen.begin()
    assert window.windowTitle() == "Studiekeuze — Klassessie"
    window.class_screen.stop()
    assert window.windowTitle() == "Studiekeuze — Leerlingen"


def _dialog_texts(dialog: QFileDialog) -> list[str]:
    texts = [w.text() for w in dialog.findChildren(QLabel) if w.isVisible()]
    texts += [w.text() for w in dialog.findChildren(QAbstractButton) if w.isVisible()]
    texts += [w.toolTip() for w in dialog.findChildren(QAbstractButton) if w.isVisible()]
    return texts


def test_file_dialogs_speak_dutch_and_open_in_the_documents_folder(window, qtbot, home, tmp_path, monkeypatch):
    """Issue 15: "Look in:" and "Files of type:" were English, and the dialog opened in the working folder."""
    user = tmp_path / "gebruiker"
    (user / "Documents").mkdir(parents=True)
    monkeypatch.setenv("HOME", str(user))
    start_demo_pupil(window, answered=2)
    window.show_page(LEERLINGEN)
    pupils = window.pupils
    pupils.ask_export()
    dialog = shown(pupils.dialog, qtbot)
    texts = _dialog_texts(dialog)
    for dutch in ("Zoeken &in:", "Bestands&naam:", "Bestands&type:", "Op&slaan", "Annuleren"):
        assert dutch in texts, (dutch, texts)
    english = re.compile(r"\b(Look in|File name|Files of type|Save|Cancel|Open|Back|Forward|Parent|Detail|List)\b")
    assert not [t for t in texts if english.search(t.replace("&", ""))]
    assert Path(dialog.directory().absolutePath()) == user / "Documents"
    assert Path(dialog.directory().absolutePath()) != Path.cwd()
    dialog.reject()


def _close(dialog: QDialog) -> None:
    dialog.close()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def test_the_folder_last_used_is_remembered_inside_studiekeuze_home(window, qtbot, home, tmp_path, monkeypatch):
    monkeypatch.setenv("HOME", str(tmp_path))  # no Documents: the home folder
    start_demo_pupil(window, answered=2)
    window.show_page(LEERLINGEN)
    pupils = window.pupils
    folder = tmp_path / "exports-klas-4B"
    folder.mkdir()
    pupils.ask_export()
    dialog = shown(pupils.dialog, qtbot)
    assert Path(dialog.directory().absolutePath()) == tmp_path
    dialog.selectFile(str(folder / "yusuf.json"))
    dialog.accept()
    assert (folder / "yusuf.json").is_file()
    _close(dialog)

    pupils.ask_export()  # the next export opens where the last one went
    dialog = shown(pupils.dialog, qtbot)
    assert Path(dialog.directory().absolutePath()) == folder
    _close(dialog)
    remembered = home / "config" / "folders.ini"
    assert str(folder) in remembered.read_text(encoding="utf-8")  # in STUDIEKEUZE_HOME, nowhere else
    qt = QSettings(QSettings.Scope.UserScope, "QtProject")
    assert "FileDialog" not in qt.childGroups()

    pupils.delete_selected()  # erasing the pupil forgets the folders too (a folder may carry a name)
    box = pupils.findChild(QMessageBox, "wisvraag")
    qtbot.waitUntil(box.isVisible)
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton)
    assert str(folder) not in remembered.read_text(encoding="utf-8")


def test_erasing_a_pupil_and_saving_the_settings_are_confirmed(window, qtbot):
    start_demo_pupil(window, answered=2)
    window.show_page(LEERLINGEN)
    pupils = window.pupils
    pupils.delete_selected()
    box = pupils.findChild(QMessageBox, "wisvraag")
    qtbot.waitUntil(box.isVisible)
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton)
    assert window.statusBar().currentMessage() == "Alles over Yusuf is voorgoed gewist."
    assert pupils.names() == []

    pupils.ask_settings()
    dialog = shown(pupils.dialog, qtbot)
    dialog.months.setValue(6)
    qtbot.keyClicks(dialog.code, CODE)
    qtbot.keyClicks(dialog.code_again, CODE)
    dialog.accept()
    assert window.statusBar().currentMessage() == ("Privacy-instellingen bewaard: sessies worden gewist na 6 maanden "
                                                   "zonder wijziging. De nieuwe begeleidercode is ingesteld.")
    pupils.ask_settings()
    dialog = shown(pupils.dialog, qtbot)
    dialog.months.setValue(0)
    dialog.remove_code.click()
    dialog.accept()
    assert window.statusBar().currentMessage() == ("Privacy-instellingen bewaard: sessies worden niet automatisch "
                                                   "gewist. De begeleidercode is verwijderd.")
    pupils.ask_settings()  # cancelled: nothing is said
    dialog = shown(pupils.dialog, qtbot)
    window.statusBar().clearMessage()
    dialog.reject()
    assert window.statusBar().currentMessage() == ""
