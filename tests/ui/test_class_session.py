"""Class session: pupils take the questionnaire in turn; the next pupil starts clean and sees nobody else's data;
leaving the pupil's screen needs the counsellor's code (issue 15: there is no other way)."""

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QListWidget, QTreeWidget, QWidget

from studiekeuze.ui.dialogs.counsellor import CounsellorCheck
from studiekeuze.ui.mainwindow import LEERLINGEN
from studiekeuze.userdata.settings import set_counsellor_code

KEYS = [Qt.Key.Key_1, Qt.Key.Key_2, Qt.Key.Key_3, Qt.Key.Key_4, Qt.Key.Key_5]
CODE = "tulp-4821"


@pytest.fixture
def klas(window):
    """Three pupils of 4B (and one of another class, who never appears in 4B's session); a counsellor code is set."""
    window.session.add_pupils([{"voornaam": n, "klas": "4B", "huidige_graad": 2} for n in ("Bram", "Anna", "Chloë")]
                              + [{"voornaam": "Dirk", "klas": "4C", "huidige_graad": 2}])
    set_counsellor_code(window.session.store, CODE)
    return window


def start_class_session(window, qtbot, klas: str = "4B"):
    window.show_page(LEERLINGEN)
    tools = window.pupils.klassen
    tools.show_klas(klas)
    qtbot.mouseClick(tools.session_button, Qt.MouseButton.LeftButton)
    assert window.in_class_session
    return window.class_screen


def visible_texts(root: QWidget) -> str:
    """Everything a person at the screen can read: labels, buttons, list rows, accessible names, the title."""
    texts = [root.window().windowTitle()]
    for widget in root.window().findChildren(QWidget):
        if not widget.isVisible():
            continue
        texts.append(widget.accessibleName())
        if isinstance(widget, QLabel | QAbstractButton):
            texts.append(widget.text())
        if isinstance(widget, QListWidget):
            texts += [widget.item(i).text() for i in range(widget.count())]
        if isinstance(widget, QTreeWidget):
            texts += [widget.topLevelItem(i).text(0) for i in range(widget.topLevelItemCount())]
    return "\n".join(texts)


def answer_all(qtbot, screen, value: int = 4) -> int:
    questions = screen.questions
    for _ in questions.vragen:
        qtbot.keyClick(questions.focusWidget() or questions, KEYS[value - 1])
    return len(questions.vragen)


def counsellor_check(screen, qtbot) -> CounsellorCheck:
    qtbot.mouseClick(screen.counsellor_button, Qt.MouseButton.LeftButton)
    check = screen.check
    qtbot.waitUntil(check.isVisible)
    return check


def unlock(screen, qtbot) -> None:
    check = counsellor_check(screen, qtbot)
    qtbot.keyClicks(check.field, CODE)
    qtbot.keyClick(check.field, Qt.Key.Key_Return)


def test_pupils_take_turns_and_the_next_starts_clean(klas, qtbot):
    window = klas
    screen = start_class_session(window, qtbot)
    # Locked: no sidebar, no menus; the first pupil (alphabetically) sees only their own first name.
    assert not window.nav.isVisible() and not window.menuBar().isVisible()
    assert screen.stack.currentWidget() is screen.welcome
    assert screen.hello.text() == "Hallo Anna!"
    assert window.session.current is None
    shown = visible_texts(screen)
    assert "Bram" not in shown and "Chloë" not in shown and "Dirk" not in shown

    qtbot.mouseClick(screen.start_button, Qt.MouseButton.LeftButton)
    assert window.session.current.voornaam == "Anna"
    count = answer_all(qtbot, screen, 5)
    assert screen.stack.currentWidget() is screen.done
    assert f"alle {count} vragen" in screen.done_text.text()
    anna = next(s for s in window.session.store.sessions("4B") if s.voornaam == "Anna")
    assert len(anna.antwoorden) == count and set(anna.antwoorden.values()) == {5}

    qtbot.mouseClick(screen.next_button, Qt.MouseButton.LeftButton)
    # The next pupil: a clean screen with their own name only; Anna's session is closed and marked finished.
    assert screen.hello.text() == "Hallo Bram!"
    assert window.session.current is None
    assert window.session.store.get(anna.id).afgerond is not None
    assert "Anna" not in visible_texts(screen)

    qtbot.mouseClick(screen.start_button, Qt.MouseButton.LeftButton)
    questions = screen.questions
    assert window.session.current.voornaam == "Bram"
    assert questions.progress_text.text() == f"Vraag 1 van {count}"
    assert questions.progress.value() == 0
    assert not any(b.isChecked() for b in questions.buttons)  # none of Anna's answers shows
    assert questions.antwoorden == {}
    assert "Anna" not in visible_texts(screen)
    # Even the other pages, should they be reached, hold Bram only.
    assert window.questionnaire.questions.antwoorden == {}

    # Bram stops early; his answers are kept, and Chloë is next.
    qtbot.keyClick(questions.focusWidget(), Qt.Key.Key_2)
    qtbot.mouseClick(screen.stop_early, Qt.MouseButton.LeftButton)
    assert "1 van de" in screen.done_text.text() and screen.back_to_questions.isVisible()
    qtbot.mouseClick(screen.next_button, Qt.MouseButton.LeftButton)
    assert screen.hello.text() == "Hallo Chloë!"
    qtbot.mouseClick(screen.start_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(screen.stop_early, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(screen.next_button, Qt.MouseButton.LeftButton)
    assert screen.stack.currentWidget() is screen.all_done
    assert window.in_class_session


def test_the_pupil_cannot_leave_without_the_counsellor(klas, qtbot):
    window = klas
    screen = start_class_session(window, qtbot)
    qtbot.mouseClick(screen.start_button, Qt.MouseButton.LeftButton)
    page_before = screen.stack.currentWidget()
    row_before = window.nav.currentRow()

    # Shortcuts to the pages, to a new pupil and to quit do nothing; closing the window asks for the counsellor.
    for key in (Qt.Key.Key_5, Qt.Key.Key_1, Qt.Key.Key_W, Qt.Key.Key_N, Qt.Key.Key_Q):
        qtbot.keyClick(screen.questions.focusWidget(), key, Qt.KeyboardModifier.ControlModifier)
    assert window.modes.currentWidget() is screen and screen.stack.currentWidget() is page_before
    assert window.nav.currentRow() == row_before
    assert window.session.current.voornaam == "Anna"
    assert window.isVisible()
    assert window.close() is False
    assert window.isVisible()
    check = screen.check
    qtbot.waitUntil(check.isVisible)
    check.reject()

    # The Begeleider button: a wrong code, the old word BEGELEIDER or Cancel keeps the pupil's screen.
    check = counsellor_check(screen, qtbot)
    assert "BEGELEIDER" not in check.ask.text()
    for wrong in ("anna", "BEGELEIDER", "begeleider"):
        qtbot.keyClicks(check.field, wrong)
        qtbot.keyClick(check.field, Qt.Key.Key_Return)
        assert check.isVisible() and "klopt niet" in check.problem.text()
        assert screen.stack.currentWidget() is page_before
    check.reject()
    assert screen.stack.currentWidget() is page_before

    # The code: the counsellor's overview, then back to the list.
    unlock(screen, qtbot)
    assert screen.stack.currentWidget() is screen.panel
    rows = [screen.overview.item(i).text() for i in range(screen.overview.count())]
    assert rows[0].startswith("Anna") and "aan de beurt" in rows[0]
    assert len(rows) == 3 and not any("Dirk" in row for row in rows)
    qtbot.mouseClick(screen.stop_button, Qt.MouseButton.LeftButton)
    assert not window.in_class_session
    assert window.modes.currentWidget() is window.normal and window.menuBar().isVisible()
    assert window.stack.currentIndex() == LEERLINGEN
    assert window.pupils.klassen.klas() == "4B"
    assert window.session.current is None


def test_the_counsellor_gives_the_turn_to_another_pupil(klas, qtbot):
    window = klas
    screen = start_class_session(window, qtbot)
    unlock(screen, qtbot)
    screen.overview.setCurrentRow(2)
    qtbot.mouseClick(screen.give_turn_button, Qt.MouseButton.LeftButton)
    assert screen.stack.currentWidget() is screen.welcome
    assert screen.hello.text() == "Hallo Chloë!"
    assert "Anna" not in visible_texts(screen) and "Bram" not in visible_texts(screen)
    screen.stop()


def test_only_the_code_unlocks(klas, qtbot):
    window = klas
    screen = start_class_session(window, qtbot)
    check = counsellor_check(screen, qtbot)
    assert "begeleidercode" in check.ask.text()
    qtbot.keyClicks(check.field, "BEGELEIDER")
    qtbot.keyClick(check.field, Qt.Key.Key_Return)
    assert check.isVisible() and screen.stack.currentWidget() is screen.welcome
    qtbot.keyClicks(check.field, CODE)
    qtbot.keyClick(check.field, Qt.Key.Key_Return)
    assert screen.stack.currentWidget() is screen.panel
    qtbot.mouseClick(screen.resume_button, Qt.MouseButton.LeftButton)
    assert screen.stack.currentWidget() is screen.welcome and screen.hello.text() == "Hallo Anna!"
    screen.stop()


def test_closing_during_a_class_session_after_the_counsellor_confirms(klas, qtbot):
    window = klas
    screen = start_class_session(window, qtbot)
    window.close()
    check = screen.check
    qtbot.waitUntil(check.isVisible)
    qtbot.keyClicks(check.field, CODE)
    check.accept()
    qtbot.waitUntil(lambda: not window.isVisible())
    assert not window.in_class_session


def test_a_restarted_class_session_goes_on_with_who_is_not_done(klas, qtbot):
    window = klas
    screen = start_class_session(window, qtbot)
    qtbot.mouseClick(screen.start_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(screen.stop_early, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(screen.next_button, Qt.MouseButton.LeftButton)  # Anna is done
    screen.stop()
    QApplication.processEvents()
    screen = start_class_session(window, qtbot)
    assert screen.hello.text() == "Hallo Bram!"
    screen.stop()


def test_every_control_of_the_class_screen_has_an_accessible_name(klas, qtbot):
    window = klas
    screen = start_class_session(window, qtbot)
    missing = []

    def check_names(where: str) -> None:
        for widget in screen.findChildren(QWidget):
            if widget.isVisible() and widget.isEnabled() and widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
                name = widget.accessibleName() or (widget.text() if isinstance(widget, QAbstractButton) else "")
                if not name.strip():
                    missing.append(f"{where}: {type(widget).__name__} {widget.objectName()}")

    check_names("welkom")
    qtbot.mouseClick(screen.start_button, Qt.MouseButton.LeftButton)
    check_names("vragen")
    qtbot.mouseClick(screen.stop_early, Qt.MouseButton.LeftButton)
    check_names("klaar")
    screen.show_panel()
    check_names("begeleider")
    assert missing == []
    screen.stop()


# --- issue 15: a class session is locked -----------------------------------------------------------------------
def test_starting_without_a_code_asks_for_one_typed_twice(window, qtbot):
    from studiekeuze.userdata.settings import counsellor_code_matches, has_counsellor_code

    window.session.add_pupils([{"voornaam": n, "klas": "3A", "huidige_graad": 2} for n in ("Anna", "Bram")])
    window.show_page(LEERLINGEN)
    tools = window.pupils.klassen
    tools.show_klas("3A")
    qtbot.mouseClick(tools.session_button, Qt.MouseButton.LeftButton)
    dialog = window.code_dialog
    qtbot.waitUntil(dialog.isVisible)
    assert not window.in_class_session and window.menuBar().isVisible()
    assert "twee keer" in visible_texts(dialog)

    # Cancel: no code, no class session.
    dialog.reject()
    assert not window.in_class_session and not has_counsellor_code(window.session.store)

    qtbot.mouseClick(tools.session_button, Qt.MouseButton.LeftButton)
    dialog = window.code_dialog
    qtbot.waitUntil(dialog.isVisible)
    qtbot.keyClick(dialog.fields.code, Qt.Key.Key_Return)  # nothing typed
    assert dialog.isVisible() and "minstens 4 tekens" in dialog.problem.text()
    qtbot.keyClicks(dialog.fields.code, "abc")
    qtbot.keyClicks(dialog.fields.code_again, "abc")
    qtbot.keyClick(dialog.fields.code_again, Qt.Key.Key_Return)
    assert dialog.isVisible() and "minstens 4 tekens" in dialog.problem.text()
    dialog.fields.clear()
    qtbot.keyClicks(dialog.fields.code, "zon-1234")
    qtbot.keyClicks(dialog.fields.code_again, "zon-1243")  # a typo in the hidden field
    qtbot.keyClick(dialog.fields.code_again, Qt.Key.Key_Return)
    assert dialog.isVisible() and "niet hetzelfde" in dialog.problem.text()
    assert not window.in_class_session and not has_counsellor_code(window.session.store)
    qtbot.keyClicks(dialog.fields.code_again, "zon-1234")
    qtbot.keyClick(dialog.fields.code_again, Qt.Key.Key_Return)

    # Stored (as a hash), and the class session starts locked.
    assert counsellor_code_matches(window.session.store, "zon-1234")
    assert window.in_class_session and not window.menuBar().isVisible()
    assert window.class_screen.turn_label.text() == "Nu aan de beurt: Anna (3A)"
    window.class_screen.stop()


def test_the_screen_says_whose_turn_it_is(klas, qtbot):
    window = klas
    screen = start_class_session(window, qtbot)
    assert screen.turn_label.isVisible()
    assert screen.turn_label.text() == "Nu aan de beurt: Anna (4B)"
    qtbot.mouseClick(screen.start_button, Qt.MouseButton.LeftButton)
    assert screen.turn_label.isVisible() and "Anna" in screen.turn_label.text()  # also beside the questions
    qtbot.mouseClick(screen.stop_early, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(screen.next_button, Qt.MouseButton.LeftButton)
    assert screen.turn_label.text() == "Nu aan de beurt: Bram (4B)"
    assert "Anna" not in visible_texts(screen)
    screen.stop()


def test_the_lock_holds_without_the_code(klas, qtbot):
    window = klas
    screen = start_class_session(window, qtbot)
    qtbot.mouseClick(screen.start_button, Qt.MouseButton.LeftButton)
    page_before = screen.stack.currentWidget()

    def still_locked() -> None:
        assert window.in_class_session and window.isVisible()
        assert window.modes.currentWidget() is screen and screen.stack.currentWidget() is page_before
        assert not window.menuBar().isVisible() and not window.nav.isVisible()
        assert window.session.current.voornaam == "Anna"
        assert "Bram" not in visible_texts(screen) and "Chloë" not in visible_texts(screen)

    # Every shortcut of the main window: pages, new pupil, close pupil, quit, privacy, help.
    focus = screen.questions.focusWidget()
    for key in (Qt.Key.Key_1, Qt.Key.Key_2, Qt.Key.Key_3, Qt.Key.Key_4, Qt.Key.Key_5, Qt.Key.Key_N, Qt.Key.Key_W,
                Qt.Key.Key_Q, Qt.Key.Key_S, Qt.Key.Key_P):
        qtbot.keyClick(focus, key, Qt.KeyboardModifier.ControlModifier)
    still_locked()

    # F1: the pupils' help, over the pupil's screen; no page for counsellors, no way to the list.
    qtbot.keyClick(focus, Qt.Key.Key_F1)
    help_window = screen.help
    qtbot.waitUntil(help_window.isVisible)
    assert window.help_window is None or not window.help_window.isVisible()
    assert help_window.pupils_only and help_window.current_slug == "klassessie"
    assert help_window.pages and all(page.for_pupils() for page in help_window.pages)
    assert not any("begeleiders" in title for title in help_window.visible_titles())
    qtbot.keyClicks(help_window.search, "code vergeten")
    assert help_window.visible_titles() == []  # the counsellors' way out is not in the pupils' help
    help_window.browser.anchorClicked.emit(QUrl("help:begeleider-klassessie"))
    assert help_window.current_slug != "begeleider-klassessie"
    qtbot.keyClick(help_window, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not help_window.isVisible())
    still_locked()

    # Closing the window: it stays, and asks for the code; without it nothing opens.
    for _attempt in range(2):
        assert window.close() is False
        check = screen.check
        qtbot.waitUntil(check.isVisible)
        qtbot.keyClick(check.field, Qt.Key.Key_Return)  # empty
        assert check.isVisible() and "klopt niet" in check.problem.text()
        qtbot.keyClicks(check.field, "BEGELEIDER")
        qtbot.keyClick(check.field, Qt.Key.Key_Return)
        assert check.isVisible()
        qtbot.keyClick(check.field, Qt.Key.Key_Escape)
        qtbot.waitUntil(lambda check=check: not check.isVisible())
        still_locked()

    # The counsellor's button without the code: the same.
    check = counsellor_check(screen, qtbot)
    qtbot.keyClicks(check.field, CODE[:-1])
    qtbot.keyClick(check.field, Qt.Key.Key_Return)
    assert check.isVisible()
    check.reject()
    still_locked()
    screen.stop()


def test_without_a_stored_code_nothing_unlocks(klas, qtbot):
    window = klas
    screen = start_class_session(window, qtbot)
    set_counsellor_code(window.session.store, None)  # removed from outside while the session runs
    check = counsellor_check(screen, qtbot)
    for typed in ("", "BEGELEIDER", CODE):
        check.field.setText(typed)
        qtbot.keyClick(check.field, Qt.Key.Key_Return)
        assert check.isVisible() and screen.stack.currentWidget() is screen.welcome
    check.reject()
    screen.stop()


def test_the_help_of_the_main_window_closes_when_a_class_session_starts(klas, qtbot):
    window = klas
    window.show_help("begeleider-klassessie")
    qtbot.waitUntil(window.help_window.isVisible)
    screen = start_class_session(window, qtbot)
    assert not window.help_window.isVisible()
    qtbot.keyClick(screen.start_button, Qt.Key.Key_F1)
    qtbot.waitUntil(screen.help.isVisible)
    assert not window.help_window.isVisible()
    screen.help.close()
    screen.stop()
    # After the class session the main window's F1 works again, and the class screen's does not.
    assert not screen.help_shortcut.isEnabled()
