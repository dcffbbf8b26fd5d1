"""Sessions that behave: a finished pupil reopens on the profile, a start after a crash offers to go on, viewing writes
no change time, Ctrl+W also clears Verkennen's history, and Terug after Bekijk returns to the profile."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from studiekeuze.ui.mainwindow import ADVIES, LEERLINGEN, PROFIEL, VERKENNEN, VRAGENLIJST
from studiekeuze.ui.pages.pupils import _local_time
from studiekeuze.ui.tasks import wait_for_all
from studiekeuze.userdata.resume import pupil_left_open, remember_open_pupil
from studiekeuze.userdata.store import SessionStore, default_path
from tests.ui.conftest import start_demo_pupil
from tests.ui.test_steering import settled_profile

OLD = "2025-09-01T08:00:00+00:00"


def open_from_the_list(window, qtbot, sessie_id: int) -> None:
    window.show_page(LEERLINGEN)
    window.pupils.select(sessie_id)
    qtbot.mouseClick(window.pupils.open_button, Qt.MouseButton.LeftButton)


def test_reopening_a_finished_pupil_opens_the_profile_not_the_last_question(window, qtbot):
    sessie = start_demo_pupil(window)
    before = dict(window.session.current.antwoorden)
    window.close_pupil()
    open_from_the_list(window, qtbot, sessie.id)
    assert window.stack.currentIndex() == PROFIEL
    settled_profile(window, qtbot)
    # The questionnaire starts at its end too: a stray key does not change the last answer.
    window.show_page(VRAGENLIJST)
    questionnaire = window.questionnaire
    assert questionnaire.stack.currentWidget() is questionnaire.done
    qtbot.keyClick(questionnaire.done.profile, Qt.Key.Key_1)
    assert window.session.store.get(sessie.id).antwoorden == before
    assert "alle 30 vragen" in questionnaire.done.summary.text()


def test_an_unfinished_pupil_reopens_where_the_questionnaire_was_left(window, qtbot):
    sessie = start_demo_pupil(window, answered=7)
    window.close_pupil()
    open_from_the_list(window, qtbot, sessie.id)
    assert window.stack.currentIndex() == VRAGENLIJST
    assert window.questionnaire.questions.progress_text.text() == "Vraag 8 van 30"


def resume_box(window) -> QMessageBox | None:
    box = window.findChild(QMessageBox, "verdergaan")
    return box if box is not None and box.isVisible() else None


def test_after_a_crash_a_new_window_offers_to_go_on_with_the_pupil(make_window, qtbot, home):
    # The state a crash or a killed process leaves: a pupil with answers, still marked as open.
    with SessionStore(default_path()) as store:
        sessie = store.create("Yusuf", klas="4B", huidige_graad=2, huidige_richting="G-0081")
        for number in range(1, 4):
            store.set_answer(sessie.id, f"R0{number}", 4, positie=number)
        remember_open_pupil(store, sessie.id)
    window = make_window()
    window.start_housekeeping()
    qtbot.waitUntil(lambda: resume_box(window) is not None, timeout=10_000)
    box = resume_box(window)
    assert "niet gewoon afgesloten" in box.text() and "Yusuf (4B)" in box.text()
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton)
    assert window.session.current.id == sessie.id
    assert window.stack.currentIndex() == VRAGENLIJST
    assert window.questionnaire.questions.progress_text.text() == "Vraag 4 van 30"
    assert window.pupil_label.text() == "Leerling: Yusuf (4B)"


def test_after_a_normal_close_a_new_window_offers_nothing(make_window, qtbot, home):
    first = make_window()
    start_demo_pupil(first)
    assert pupil_left_open(first.session.store).voornaam == "Yusuf"
    first.close()  # a normal close
    wait_for_all()
    assert pupil_left_open(first.session.store) is None
    second = make_window()
    second.start_housekeeping()
    wait_for_all()
    QApplication.processEvents()
    assert resume_box(second) is None and second.session.current is None


def test_not_now_offers_nothing_next_time(make_window, qtbot, home):
    with SessionStore(default_path()) as store:
        remember_open_pupil(store, store.create("Zoë").id)
    window = make_window()
    window.start_housekeeping()
    qtbot.waitUntil(lambda: resume_box(window) is not None, timeout=10_000)
    qtbot.mouseClick(resume_box(window).button(QMessageBox.StandardButton.No), Qt.MouseButton.LeftButton)
    assert window.session.current is None
    assert pupil_left_open(window.session.store) is None


def test_viewing_a_pupil_changes_nothing(window, qtbot):
    sessie = start_demo_pupil(window)
    window.close_pupil()
    store = window.session.store
    store._connection.execute("update sessies set gewijzigd = ? where id = ?", (OLD, sessie.id))
    window.show_page(LEERLINGEN)
    assert window.pupils.row_texts(0)[4] == _local_time(OLD)

    open_from_the_list(window, qtbot, sessie.id)
    settled_profile(window, qtbot)  # the profile is computed and what was shown is kept
    window.show_page(ADVIES)
    qtbot.waitUntil(window.advice.preview_ready, timeout=20_000)
    window.show_page(VRAGENLIJST)
    window.questionnaire.done.back.click()  # and a look at the questions, walking through them
    window.questionnaire.questions.go_previous()
    window.show_page(VERKENNEN)
    window.close_pupil()
    wait_for_all()
    QApplication.processEvents()
    assert store.get(sessie.id).gewijzigd == OLD
    assert store.get(sessie.id).resultaat is not None
    window.show_page(LEERLINGEN)
    assert window.pupils.row_texts(0)[4] == _local_time(OLD)  # what "laatst gewijzigd" shows, and retention reads

    # An edit does change it.
    window.session.open(sessie.id)
    window.session.set_note("Samen naar de opendeurdag.")
    assert store.get(sessie.id).gewijzigd > OLD


def test_ctrl_w_also_clears_the_browsing_history(window, qtbot):
    start_demo_pupil(window)
    window.show_page(VERKENNEN)
    explore = window.explore
    qtbot.keyClicks(explore.search, "elektr")
    window.open_richting("G-0081")
    window.open_richting("G-0082")
    assert explore.back.isEnabled() and "Elektrische installaties" in explore.page.toPlainText()
    qtbot.keyClick(window, Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)
    assert window.session.current is None
    assert explore.history == [] and explore.current_groepnummer is None
    assert not explore.back.isEnabled() and not explore.forward.isEnabled()
    assert explore.search.text() == ""
    assert "Welkom" in explore.page.toPlainText()
    assert "Elektrische installaties" not in explore.page.toPlainText()
    qtbot.keyClick(explore.page, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert explore.current_groepnummer is None


def test_bekijk_and_back_return_to_the_profile(window, qtbot):
    start_demo_pupil(window)
    profile = settled_profile(window, qtbot)
    card = next(c for c in profile.cards if c.open_button is not None)
    card.open_button.setFocus()
    qtbot.keyClick(card.open_button, Qt.Key.Key_Return)
    assert window.stack.currentIndex() == VERKENNEN
    assert window.explore.current_groepnummer == card.kaart.groepnummer
    assert window.explore.back.isEnabled()
    # Alt+Left, as in a browser: back to the profile, the focus on the card's Bekijk.
    qtbot.keyClick(window.explore.page, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert window.stack.currentIndex() == PROFIEL
    assert card.open_button.hasFocus()

    # Bekijk, a link further, Terug to the first richting, and the Terug button back to the profile.
    qtbot.keyClick(card.open_button, Qt.Key.Key_Return)
    other = next(o.doel.groepnummer for o in window.repository.richting(card.kaart.groepnummer).overgangen_naar
                 if o.doel is not None)
    window.explore.open_richting(other)
    qtbot.mouseClick(window.explore.back, Qt.MouseButton.LeftButton)
    assert window.stack.currentIndex() == VERKENNEN
    assert window.explore.current_groepnummer == card.kaart.groepnummer
    qtbot.mouseClick(window.explore.back, Qt.MouseButton.LeftButton)
    assert window.stack.currentIndex() == PROFIEL
    # Verkennen still shows that richting when the counsellor goes there again.
    window.show_page(VERKENNEN)
    assert window.explore.current_groepnummer == card.kaart.groepnummer
