"""Help (issue 15): F1 and the Help menu open plain-Dutch help pages, bundled and offline, with a search."""

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtTest import QTest

from studiekeuze.ui.mainwindow import LEERLINGEN

pytestmark = [pytest.mark.qt_log_level_fail("WARNING"),
              pytest.mark.qt_log_ignore(r"This plugin does not support", r"^QFont::", r"propagateSizeHints")]


def type_text(widget, text: str) -> None:
    """One key at a time: keyClicks aborts on non-ASCII characters (see PLATFORM-NOTES)."""
    for character in text:
        QTest.sendKeyEvent(QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, character,
                           Qt.KeyboardModifier.NoModifier)


def open_help_with_f1(window, qtbot, widget):
    qtbot.keyClick(widget, Qt.Key.Key_F1)
    help_window = window.help_window
    qtbot.waitUntil(lambda: help_window is not None and help_window.isVisible())
    return help_window


def test_f1_opens_the_help_at_the_page_about_the_screen(window, qtbot):
    help_window = open_help_with_f1(window, qtbot, window.explore.search)
    assert help_window.windowTitle() == "Hulp bij studiekeuze"
    assert help_window.current_slug == "verkennen"
    text = help_window.browser.toPlainText()
    assert text.startswith("Richtingen zoeken en verkennen")
    assert "Gevonden in" in text and "tikfout" in text
    assert help_window.focusWidget() is help_window.search
    # Pages for pupils and for counsellors, in two groups.
    titles = help_window.visible_titles()
    assert "De finaliteiten: arbeidsmarkt, dubbele finaliteit, doorstroom" in titles
    assert "Klassessie en begeleidercode (voor begeleiders)" in titles

    # Closed and opened again: the same window, now at the Leerlingen page's help.
    help_window.close()
    window.show_page(LEERLINGEN)
    again = open_help_with_f1(window, qtbot, window.pupils.list)
    assert again is help_window and again.current_slug == "begeleider-privacy"
    assert str(window.session.store.path.parent) in again.browser.toPlainText()


def test_the_help_menu_opens_the_help(window, qtbot):
    menu = next(action.menu() for action in window.menuBar().actions() if action.text() == "&Help")
    action = next(a for a in menu.actions() if a.text() == "&Hulp bij studiekeuze")
    assert "F1" in [sequence.toString() for sequence in action.shortcuts()]
    action.trigger()
    qtbot.waitUntil(window.help_window.isVisible)
    assert window.help_window.current_slug == "verkennen"


def test_the_help_search_finds_a_page(window, qtbot):
    help_window = open_help_with_f1(window, qtbot, window.explore.search)
    qtbot.keyClicks(help_window.search, "duaal")
    assert help_window.visible_titles()[0] == "Duaal leren"
    assert help_window.browser.toPlainText().startswith("Duaal leren")
    assert "pagina" in help_window.count.text()
    qtbot.keyClick(help_window.search, Qt.Key.Key_Return)
    assert help_window.focusWidget() is help_window.browser

    # Accents do not matter, typed or not.
    help_window.search.clear()
    help_window.search.setFocus()
    type_text(help_window.search, "ideeën")
    assert help_window.search.text() == "ideeën"
    assert help_window.visible_titles()[0] == "Het profiel lezen (voor begeleiders)"
    help_window.search.clear()
    qtbot.keyClicks(help_window.search, "Se-n-Se")
    assert help_window.current_slug == "na-het-secundair"

    help_window.search.clear()
    qtbot.keyClicks(help_window.search, "xyzzy")
    assert help_window.visible_titles() == []
    assert "Geen hulppagina gevonden" in help_window.count.text()


def test_links_between_help_pages(window, qtbot):
    help_window = open_help_with_f1(window, qtbot, window.explore.search)
    help_window.show_page("start")
    assert "finaliteiten" in help_window.browser.toHtml()
    help_window.browser.anchorClicked.emit(QUrl("help:finaliteiten"))
    assert help_window.current_slug == "finaliteiten"
    assert "Alle drie zijn goede, volwaardige keuzes." in help_window.browser.toPlainText()
    help_window.browser.anchorClicked.emit(QUrl("https://example.org"))  # nothing leaves the help
    assert help_window.current_slug == "finaliteiten"
