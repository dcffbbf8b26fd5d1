"""Verkennen forgives (issue 15): a typo still finds the richting, and the list says where each one was found."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from studiekeuze.ui.results_model import GEVONDEN_IN

# Any Qt warning fails these tests, except what the offscreen platform plugin says about itself.
pytestmark = [pytest.mark.qt_log_level_fail("WARNING"),
              pytest.mark.qt_log_ignore(r"This plugin does not support", r"^QFont::", r"propagateSizeHints")]


def type_text(widget, text: str) -> None:
    """Type like a person, one key at a time; keyClicks aborts on non-ASCII characters (see PLATFORM-NOTES)."""
    for character in text:
        QTest.sendKeyEvent(QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, character,
                           Qt.KeyboardModifier.NoModifier)


def row_of(explore, naam: str) -> int:
    return explore.visible_results().index(naam)


def found_in_cell(explore, naam: str) -> str:
    return explore.model.index(row_of(explore, naam), GEVONDEN_IN).data()


def test_a_typo_finds_the_richting_and_says_what_was_searched(window, qtbot):
    explore = window.explore
    explore.search.setFocus()
    qtbot.keyClicks(explore.search, "mechanika")
    assert explore.visible_results()[0] == "Mechanica"
    assert "gezocht op: mechanica" in explore.count.text()
    # The list shows where each richting was found, in its own column, readable.
    assert not explore.results.isColumnHidden(GEVONDEN_IN)
    assert found_in_cell(explore, "Mechanica") == "naam"
    header = explore.results.header()
    assert header.sectionSize(GEVONDEN_IN) >= explore.results.fontMetrics().horizontalAdvance("beschrijving")
    tooltip = explore.model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert "Gevonden in: naam" in tooltip

    # Enter opens the first one: the typo led all the way to the richting's page.
    qtbot.keyClick(explore.search, Qt.Key.Key_Return)
    assert explore.page.document().findBlockByNumber(0).text() == "Mechanica"


def test_an_accented_typo_typed_key_by_key(window, qtbot):
    explore = window.explore
    explore.search.setFocus()
    type_text(explore.search, "Électriciteit")
    assert explore.search.text() == "Électriciteit"
    top = explore.visible_results()[:5]
    assert "Elektriciteit" in top and "Elektrische installaties" in top
    assert "gezocht op: elektriciteit" in explore.count.text()


def test_the_list_says_gevonden_in_beroepen(window, qtbot):
    explore = window.explore
    qtbot.keyClicks(explore.search, "hotelreceptionist")
    assert found_in_cell(explore, "Hotelreceptionist") == "naam"
    tooltip = explore.model.index(row_of(explore, "Hotelreceptionist"), 0).data(Qt.ItemDataRole.ToolTipRole)
    assert "Gevonden in: naam, beroepen" in tooltip
    assert found_in_cell(explore, "Toerisme") == "beroepen"
    assert "gezocht op" not in explore.count.text()  # spelled right


def test_everyday_words_and_synonyms_in_the_list(window, qtbot):
    explore = window.explore
    qtbot.keyClicks(explore.search, "it")
    found = explore.visible_results()
    assert {"Industriële ICT", "Informatica- en communicatiewetenschappen", "Applicatie- en databeheer"} <= set(found)
    assert found_in_cell(explore, "Industriële ICT") == "synoniem"

    explore.search.clear()
    qtbot.keyClicks(explore.search, "zorg")
    found = explore.visible_results()
    assert found.index("Kinderbegeleider") < found.index("Spuiter carrosserie")
    assert found.index("Kinderbegeleider") < found.index("Ballet")


def test_without_search_text_the_column_is_hidden(window, qtbot):
    explore = window.explore
    assert explore.results.isColumnHidden(GEVONDEN_IN)
    qtbot.keyClicks(explore.search, "kok")
    assert not explore.results.isColumnHidden(GEVONDEN_IN)
    explore.search.clear()
    assert explore.results.isColumnHidden(GEVONDEN_IN)
    assert len(explore.visible_results()) == 385
