"""Easy words in the app: a hard word shows its one-line explanation when the pointer rests on it and when the keyboard
reaches it, a screen reader gets it as description, and no pupil text in the app uses a hard word without it."""

import pytest
from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QHelpEvent, QTextCursor
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QTextBrowser,
    QToolTip,
    QWidget,
)

from studiekeuze.texts import easy_words
from studiekeuze.ui import hard_words
from studiekeuze.ui.mainwindow import PROFIEL, VRAGENLIJST
from tests.ui.conftest import start_demo_pupil

pytestmark = [pytest.mark.qt_log_level_fail("WARNING"),
              pytest.mark.qt_log_ignore(r"This plugin does not support", r"^QFont::", extend=True)]


def no_tooltip(qtbot) -> None:
    QToolTip.hideText()  # it fades out: wait until it is gone, so the next one is a new one
    qtbot.waitUntil(lambda: not QToolTip.isVisible())


def hover(qtbot, widget: QWidget, at: QPoint | None = None) -> str:
    """Rest the pointer on `widget` (at `at`, else its middle) and return the tooltip that shows ("" for none)."""
    no_tooltip(qtbot)
    point = at if at is not None else widget.rect().center()
    QApplication.sendEvent(widget, QHelpEvent(QEvent.Type.ToolTip, point, widget.mapToGlobal(point)))
    return QToolTip.text() if QToolTip.isVisible() else ""


def word_point(browser: QTextBrowser, position: int) -> QPoint:
    """Where the character at `position` of the page is drawn, in viewport coordinates."""
    cursor = QTextCursor(browser.document())
    cursor.setPosition(position + 1)
    return browser.cursorRect(cursor).center() - QPoint(2, 0)


def first_hit(browser: QTextBrowser, term: str) -> easy_words.Explanation:
    return next(hit for hit in easy_words.explain(browser.document().toPlainText(), once=True) if hit.term == term)


def test_hovering_a_hard_word_on_a_richting_page_shows_its_explanation(window, qtbot):
    explore = window.explore
    explore.open_richting("G-0082")  # Elektrische installaties: duaal, graduaat, specialisatiejaar, BK …
    page = explore.page
    for term in ("duaal", "graduaat", "graad"):
        hit = first_hit(page, term)
        assert hover(qtbot, page.viewport(), word_point(page, hit.start)) == hit.tooltip
        assert hit.uitleg in page.accessibleDescription()
    assert hover(qtbot, page.viewport(), word_point(page, 3)) == ""  # a word anyone knows: nothing

    # Marked by a dotted underline, only where the word first stands.
    hit = first_hit(page, "duaal")
    cursor = QTextCursor(page.document())
    cursor.setPosition(hit.start + 1)
    assert cursor.charFormat().underlineStyle() == cursor.charFormat().UnderlineStyle.DotLine
    later = page.document().toPlainText().find("duaal", hit.end)
    if later >= 0:
        cursor.setPosition(later + 1)
        assert not cursor.charFormat().toolTip()


def test_tab_reaches_each_hard_word_and_shows_its_explanation(window, qtbot):
    explore = window.explore
    explore.open_richting("G-0082")
    page = explore.page
    page.setFocus()
    shown = []
    for _stop in range(60):
        no_tooltip(qtbot)
        qtbot.keyClick(page, Qt.Key.Key_Tab)
        cursor = page.textCursor()
        probe = QTextCursor(cursor)
        probe.setPosition(cursor.selectionStart() + 1)
        href = probe.charFormat().anchorHref()
        if not href.startswith("uitleg:"):
            break
        qtbot.waitUntil(QToolTip.isVisible)  # shown again once the Tab key is let go (Qt hides tooltips then)
        shown.append(QToolTip.text())
    expected = [hit.tooltip for hit in easy_words.explain(page.document().toPlainText(), once=True)]
    assert shown and shown == expected[:len(shown)]
    assert href.startswith("richting:")  # after the hard words of the text come the links to other richtingen
    qtbot.keyClick(page, Qt.Key.Key_Return)
    assert explore.current_groepnummer != "G-0082"  # a richting's link still opens it


def test_a_click_on_a_hard_word_shows_its_explanation_and_opens_nothing(window, qtbot):
    explore = window.explore
    explore.open_richting("G-0082")
    page = explore.page
    hit = first_hit(page, "graduaat")
    no_tooltip(qtbot)
    qtbot.mouseClick(page.viewport(), Qt.MouseButton.LeftButton, pos=word_point(page, hit.start))
    assert QToolTip.isVisible() and QToolTip.text() == hit.tooltip  # a tap on a touch screen has no hover
    assert explore.current_groepnummer == "G-0082"


def test_a_hard_word_inside_a_link_keeps_the_link(window, qtbot, repository):
    """"Graduaat in de elektromechanische systemen" is a name and not a link; a link's hard word stays its link."""
    explore = window.explore
    page = explore.page
    for summary in repository.search("", graad=2):
        explore.open_richting(summary.groepnummer)
        links = []
        for hit in easy_words.explain(page.document().toPlainText(), once=True):
            cursor = QTextCursor(page.document())
            cursor.setPosition(hit.start + 1)
            if cursor.charFormat().anchorHref().startswith("richting:"):
                links.append((hit, cursor.charFormat()))
        if links:
            break
    assert links, "no page with a hard word in the name of a linked richting"
    hit, char_format = links[0]
    assert char_format.toolTip() == hit.tooltip  # explained on hover …
    assert char_format.underlineStyle() == char_format.UnderlineStyle.DotLine
    assert hover(qtbot, page.viewport(), word_point(page, hit.start)) == hit.tooltip  # … and still a link that opens


def test_the_question_explains_its_hard_words_on_hover_and_on_focus(window, qtbot):
    start_demo_pupil(window, answered=0, vorm="volledig")
    window.show_page(VRAGENLIJST)
    questions = window.questionnaire.questions
    questions.show_item(next(i for i, v in enumerate(questions.vragen) if v.id == "R05"))  # "… in een kapsalon"
    qtbot.waitUntil(lambda: questions.vraag.hasFocus())  # a new item starts on the question
    expected = [hit.tooltip for hit in easy_words.explain(questions.vraag.text(), once=True)]
    assert [line.split(":")[0] for line in expected] == ["knippen", "kapsalon"]
    assert questions.vraag.text() == "Haar knippen in een kapsalon"  # the text itself is unchanged
    assert hover(qtbot, questions.vraag) == "\n".join(expected)
    assert questions.vraag.accessibleDescription() == "\n".join(expected)
    no_tooltip(qtbot)
    questions.buttons[2].setFocus()
    qtbot.keyPress(questions.buttons[2], Qt.Key.Key_Backtab)  # Shift+Tab from the answers: the question
    assert questions.vraag.hasFocus()
    qtbot.keyRelease(questions.vraag, Qt.Key.Key_Backtab)  # the key is let go where the focus is now
    qtbot.waitUntil(QToolTip.isVisible)
    assert QToolTip.text() == "\n".join(expected)

    # The next item has no hard word: nothing is left of the last one's explanations.
    questions.show_item(next(i for i, v in enumerate(questions.vragen) if v.id == "I02"))
    assert not easy_words.explain(questions.vraag.text())
    assert questions.vraag.toolTip() == "" and questions.vraag.accessibleDescription() == ""


def test_a_reason_on_a_suggestion_card_explains_its_hard_words(window, qtbot):
    start_demo_pupil(window)
    window.show_page(PROFIEL)
    profile = window.profile
    qtbot.waitUntil(lambda: bool(profile.cards) and profile.cards[0].isVisible())
    labels = [label for card in profile.cards for label in card.findChildren(QLabel)
              if easy_words.explain(label.text())]
    assert labels, "no card text with a hard word: choose a pupil whose cards have one"
    label = labels[0]
    expected = hard_words.tooltip(easy_words.explain(label.text(), once=True))
    assert expected in hover(qtbot, label)
    assert label.accessibleDescription() == expected
    assert label.focusPolicy() == Qt.FocusPolicy.TabFocus  # the keyboard reaches it
    no_tooltip(qtbot)
    label.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(QToolTip.isVisible)
    assert expected in QToolTip.text()
    evidence = next((card.evidence for card in profile.cards if card.evidence is not None and card.kaart.bron), None)
    if evidence is not None:  # its source stays in the tooltip, before the explanations
        assert evidence.toolTip().startswith(evidence.property("uitleg_basis") or "")


def test_pages_made_at_start_up_are_explained_once_the_word_lists_are_there(make_window, qtbot, monkeypatch):
    monkeypatch.setattr(hard_words, "_loaded", False)  # as at start-up: nothing has loaded the lists yet
    monkeypatch.setattr(hard_words, "PRELOAD_DELAY_MS", 0)
    monkeypatch.setattr(hard_words, "_preloading", False)
    window = make_window()
    explore = window.explore
    intro = next(label for label in explore.findChildren(QLabel) if label.text().startswith("Zoek een richting"))
    # Hovering explains it at once, before the preload has come.
    if not hard_words._loaded:
        assert intro.toolTip() == ""
    assert "studierichting:" in hover(qtbot, intro)
    # The preload explains the rest, without a hover: the welcome page, the filters, the count.
    qtbot.waitUntil(lambda: hard_words._loaded and "finaliteit:" in explore.finaliteit.toolTip())
    assert explore.finaliteit.toolTip().startswith("Filter op finaliteit\n")
    assert "studierichting:" in explore.count.accessibleDescription()
    hit = first_hit(explore.page, "studierichting")
    assert hover(qtbot, explore.page.viewport(), word_point(explore.page, hit.start)) == hit.tooltip


def test_the_results_explain_graad_and_finaliteit(window, qtbot):
    model = window.explore.model
    row = next(i for i, r in enumerate(model.rows) if r.finaliteit == "D/A")
    tip = model.data(model.index(row, 2), Qt.ItemDataRole.ToolTipRole)
    assert "dubbele finaliteit:" in tip and "graad:" in tip
    assert "finaliteit:" in model.headerData(2, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)


# --- every pupil text -------------------------------------------------------------------------------------
def unexplained(root: QWidget) -> list[str]:
    """Every hard word on screen under `root` that has no explanation: for a label, button, field or choice box in
    its tooltip and accessible description; on a page, in the tooltip where the word first stands."""
    problems = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisible() or isinstance(widget.parent(), QComboBox):  # a box's own field: the box explains
            continue
        if isinstance(widget, QTextBrowser):
            for hit in easy_words.explain(widget.document().toPlainText(), once=True):
                cursor = QTextCursor(widget.document())
                cursor.setPosition(hit.start + 1)
                if cursor.charFormat().toolTip() != hit.tooltip:
                    problems.append(f"{widget.objectName() or type(widget).__name__}: {hit.woord!r}")
        elif isinstance(widget, QLabel | QAbstractButton | QLineEdit | QComboBox):
            text = hard_words.widget_text(widget)
            for hit in easy_words.explain(text, once=True):
                if hit.uitleg not in widget.toolTip() or hit.uitleg not in widget.accessibleDescription():
                    problems.append(f"{type(widget).__name__} {text[:50]!r}: {hit.woord!r}")
    return problems


def test_no_pupil_text_in_the_app_uses_a_hard_word_without_its_explanation(window, qtbot, repository):
    hard_words.load_now()
    problems = []
    explore = window.explore
    problems += unexplained(window)  # Verkennen with its welcome, the sidebar, the status bar
    richtingen = repository.search("")
    for summary in richtingen[::12] + [s for s in richtingen if s.graad == 7][:5]:  # all graden, 7de jaren too
        explore.open_richting(summary.groepnummer)
        problems += unexplained(explore.page)
    for row in range(min(40, len(explore.model.rows))):
        for column in range(3):
            index = explore.model.index(row, column)
            for hit in easy_words.explain(index.data(), once=True):
                if hit.uitleg not in index.data(Qt.ItemDataRole.ToolTipRole):
                    problems.append(f"resultaat {index.data()!r}: {hit.woord!r}")

    window.show_page(VRAGENLIJST)
    problems += unexplained(window.questionnaire)  # the start form
    start_demo_pupil(window, answered=0, vorm="volledig")
    questions = window.questionnaire.questions
    for index in range(len(questions.vragen)):  # every item of the full form, with its answers
        questions.show_item(index)
        problems += unexplained(questions)
    questions.go_next()
    problems += unexplained(window.questionnaire)  # the end

    start_demo_pupil(window)
    window.show_page(PROFIEL)
    profile = window.profile
    qtbot.waitUntil(lambda: bool(profile.cards) and profile.cards[0].isVisible())
    problems += unexplained(profile)
    for card in profile.cards[:2]:
        card.compare.setChecked(True)
    profile.compare_selected()
    qtbot.waitUntil(profile.compare_dialog.isVisible)
    problems += unexplained(profile.compare_dialog)
    profile.compare_dialog.close()
    assert problems == []
