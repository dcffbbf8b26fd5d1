"""Every page and dialog at 1024 × 768 without cut text: richting names whole, the suggestions at their full height,
the comparison's labels unbroken, equal answers. `test_scaling.py` runs this module again at 150 % and 200 %
(QT_SCALE_FACTOR) in a fresh process; STUDIEKEUZE_TEST_SIZES ("1024x768,960x540") chooses the window sizes."""

import os

import pytest
from PySide6.QtWidgets import QApplication

from studiekeuze.ui.mainwindow import ADVIES, LEERLINGEN, PROFIEL, VERKENNEN, VRAGENLIJST
from studiekeuze.ui.results_model import GEVONDEN_IN
from tests.ui.conftest import start_demo_pupil
from tests.ui.fits import cut_texts, in_window
from tests.ui.qtlog import STRICT_QT_LOG

pytestmark = STRICT_QT_LOG
SIZES = [tuple(int(n) for n in size.split("x"))
         for size in os.environ.get("STUDIEKEUZE_TEST_SIZES", "1024x768").split(",")]


@pytest.fixture(params=SIZES, ids=[f"{w}x{h}" for w, h in SIZES])
def sized(request, window, qtbot):
    width, height = request.param
    window.resize(width, height)
    qtbot.waitUntil(lambda: window.size().toTuple() == (width, height))
    return window


def assert_whole(where: str, root) -> None:
    QApplication.processEvents()
    problems = cut_texts(root)
    assert not problems, f"{where} (scale {os.environ.get('QT_SCALE_FACTOR', '1')}):\n" + "\n".join(problems)
    window = root.window()
    if root is window and hasattr(window, "nav"):
        # The window is as large as asked: its pages do not need more than the screen has.
        minimum = window.minimumSizeHint()
        assert minimum.width() <= window.width() and minimum.height() <= window.height(), (where, minimum)


def test_verkennen_keeps_every_name_whole(sized, qtbot):
    window = sized
    explore = window.explore
    assert_whole("Verkennen", window)
    explore.search.setText("elektri")
    qtbot.waitUntil(lambda: not explore.results.isColumnHidden(GEVONDEN_IN))
    assert_whole("Verkennen, gezocht", window)
    names = explore.visible_results()
    assert "Installateur elektrotechnische basiscomponenten" in names  # one of the longest: shown on two lines
    header = explore.results.header()
    assert header.sectionSize(0) >= 0.4 * explore.results.viewport().width()  # the name keeps the room
    assert header.sectionSize(0) > max(header.sectionSize(c) for c in (1, 2, GEVONDEN_IN))
    explore.open_richting(explore.model.rows[0].groepnummer)
    assert_whole("Verkennen, een richting", window)
    explore.domein.setCurrentIndex(explore.domein.findData("Maatschappij en welzijn"))  # a long filter choice
    assert_whole("Verkennen, met filter", window)
    explore.search.setText("zzzzqqq")  # nothing found: the long message wraps
    assert_whole("Verkennen, niets gevonden", window)
    explore.tabs.setCurrentIndex(1)
    assert_whole("Overzicht per domein", window)


def test_the_questionnaire_fits(sized, qtbot):
    window = sized
    window.show_page(VRAGENLIJST)
    assert_whole("Vragenlijst, wie", window)
    start_demo_pupil(window, answered=4)
    window.show_page(VRAGENLIJST)
    questions = window.questionnaire.questions
    assert_whole("Vragenlijst, een vraag", window)
    widths = {button.width() for button in questions.buttons}
    assert max(widths) - min(widths) <= 1  # five answers of one width
    assert all(in_window(button) for button in questions.buttons)
    window.questionnaire._finished()
    assert_whole("Vragenlijst, klaar", window)


def test_the_suggestions_get_their_full_height(sized, qtbot):
    """Issue 15: the suggestions had a 200 px strip under the chart. Now the page scrolls as one and every card
    is as tall as its text needs."""
    window = sized
    start_demo_pupil(window)
    window.show_page(PROFIEL)
    profile = window.profile
    qtbot.waitUntil(lambda: bool(profile.cards) and all(c.isVisible() for c in profile.cards), timeout=10_000)
    assert_whole("Profiel & suggesties", window)
    for card in profile.cards:
        assert card.height() >= card.heightForWidth(card.width()) - 1, card.kaart.naam
    tallest = max(card.height() for card in profile.cards)
    assert profile.columns_widget.height() >= tallest
    bar = profile.scroll.verticalScrollBar()
    bar.setValue(bar.maximum())  # the end of the page, with the last card whole
    assert_whole("Profiel & suggesties, onderaan", window)

    cards = [c for c in profile.cards if c.compare is not None]
    cards[0].compare.setChecked(True)
    cards[1].compare.setChecked(True)
    profile.compare_selected()
    dialog = profile.compare_dialog
    qtbot.waitUntil(dialog.isVisible)
    assert_whole("Vergelijking", dialog)
    document = dialog.browser.document()
    block = document.begin()
    labels = {}
    while block.isValid():
        if block.text() in ("Leerweg", "Beroepskwalificaties", "Wat leer je?"):
            labels[block.text()] = block.layout().lineCount()
        block = block.next()
    assert labels == {"Leerweg": 1, "Beroepskwalificaties": 1, "Wat leer je?": 1}  # never broken mid-word
    dialog.reject()


def test_the_advice_page_fits(sized, qtbot, home):
    window = sized
    start_demo_pupil(window)
    window.show_page(ADVIES)
    advice = window.advice
    qtbot.waitUntil(advice.preview_ready, timeout=20_000)
    assert_whole("Advies", window)
    advice.save_to(home / "advies-yusuf.pdf")
    assert_whole("Advies, bewaard", window)


def test_the_pupils_page_and_its_dialogs_fit(sized, qtbot):
    window = sized
    start_demo_pupil(window, answered=2)
    window.show_page(LEERLINGEN)
    pupils = window.pupils
    pupils.klassen.show_klas("4B")
    assert_whole("Leerlingen", window)
    for ask, name in ((pupils.klassen.ask_import, "Klas importeren"), (pupils.ask_settings, "Privacy-instellingen"),
                      (pupils.ask_export, "Exporteren")):
        ask()
        dialog = pupils.klassen.dialog if name == "Klas importeren" else pupils.dialog
        qtbot.waitUntil(dialog.isVisible)
        assert_whole(name, dialog)
        dialog.reject()
    window.show_page(VERKENNEN)
    window.show_help()
    qtbot.waitUntil(window.help_window.isVisible)
    assert_whole("Hulp", window.help_window)
    window.help_window.close()
