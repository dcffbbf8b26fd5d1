"""Profiel & suggesties: the chart, suggestions per finaliteit side by side with reasons, open one, compare two."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from studiekeuze.ui.mainwindow import PROFIEL, VERKENNEN
from studiekeuze.ui.pages.profile import CompareDialog
from tests.ui.conftest import start_demo_pupil


def shown_profile(window, qtbot):
    window.show_page(PROFIEL)
    profile = window.profile
    # Cards added to a visible page are shown by a queued event: wait for that too.
    qtbot.waitUntil(lambda: profile.outcome is not None and bool(profile.cards)
                    and all(card.isVisible() for card in profile.cards), timeout=10_000)
    return profile


def test_suggestions_per_finaliteit_with_reasons(window, qtbot, repository):
    start_demo_pupil(window)
    profile = shown_profile(window, qtbot)
    assert profile.title.text() == "Profiel van Yusuf"
    assert profile.chart.scores["R"] == profile.outcome.profiel.scores["R"]
    assert "Praktisch" in profile.chart.accessibleDescription()
    # The sentences of the sheet, for the letters that stand out on the sheet (here: practical work).
    assert "Praktisch: je werkt graag praktisch en met je handen" in profile.explanation.text()
    assert profile.chart.strong == {"R"} == {b.letter for b in profile.outcome.advies.profiel.balken if b.hoog}

    headers = [label.text() for label in profile.columns_widget.findChildren(type(profile.title), "kolomtitel")]
    assert headers[:3] == ["Arbeidsmarkt", "Dubbele finaliteit", "Doorstroom"]  # A and D/A first, as full choices
    # Exactly the cards of the sheet, in its order.
    assert [c.kaart.naam for c in profile.cards] == [k.naam for k in profile.outcome.advies.kaarten]
    assert [c.kaart.naam for c in profile.cards] == [s.naam for s in profile.outcome.suggesties]
    for card in profile.cards:
        assert card.isVisible()
        assert card.reasons, card.kaart.naam
        for label, reden in zip(card.reasons, card.kaart.redenen, strict=True):
            assert label.text() == f"• {reden}"
        assert card.evidence.text().startswith("Waarop steunt dit: ")
    # A step the content states says how it follows from the current richting.
    assert any(label.text().startswith("• Na Elektriciteit: ") for c in profile.cards for label in c.reasons)


def test_open_a_suggestions_page(window, qtbot):
    start_demo_pupil(window)
    profile = shown_profile(window, qtbot)
    card = next(c for c in profile.cards if c.open_button is not None)
    card.open_button.setFocus()
    qtbot.keyClick(card.open_button, Qt.Key.Key_Return)
    assert window.stack.currentIndex() == VERKENNEN
    assert window.explore.current_groepnummer == card.kaart.groepnummer
    assert card.kaart.naam in window.explore.page.toPlainText()


def test_compare_two_richtingen_side_by_side(window, qtbot):
    start_demo_pupil(window)
    profile = shown_profile(window, qtbot)
    comparable = [c for c in profile.cards if c.compare is not None]
    assert not profile.compare_button.isEnabled()
    comparable[0].compare.setChecked(True)
    assert not profile.compare_button.isEnabled()
    comparable[1].compare.setChecked(True)
    assert profile.compare_button.isEnabled()
    qtbot.mouseClick(profile.compare_button, Qt.MouseButton.LeftButton)
    dialog = profile.findChild(CompareDialog)
    qtbot.waitUntil(dialog.isVisible)
    text = dialog.browser.toPlainText()
    assert comparable[0].kaart.naam in text and comparable[1].kaart.naam in text
    assert "Wat doe je?" in text and "Beroepskwalificaties" in text
    dialog.reject()


def test_without_a_pupil_the_page_explains_what_comes_here(window):
    window.show_page(PROFIEL)
    assert "zodra een leerling de vragenlijst invult" in window.profile.status.text()
    assert not window.profile.content.isVisible()


def test_new_answers_refresh_the_profile(window, qtbot):
    start_demo_pupil(window, answered=10)
    profile = shown_profile(window, qtbot)
    before = profile.outcome
    assert before.profiel.volledigheid < 100
    items = [v.id for v in window.session.vragen()]
    window.session.answer(items[10], 5, 11)
    qtbot.waitUntil(lambda: profile.outcome is not None and profile.outcome is not before, timeout=10_000)
    assert profile.outcome.sessie.antwoorden[items[10]] == 5
    QApplication.processEvents()
    stored = window.session.store.get(window.session.current.id).resultaat
    assert stored["profiel"]["volledigheid"] == profile.outcome.profiel.volledigheid


def test_a_missing_situation_is_explained_on_the_page(window, qtbot):
    sessie = window.session.start("Ilias", "kort", huidige_graad=7)  # a 7th year without its richting
    item = window.session.vragen()[0].id
    window.session.answer(item, 4, 1)
    window.session.open(sessie.id)
    window.show_page(PROFIEL)
    qtbot.waitUntil(lambda: "waar de leerling nu zit" in window.profile.status.text(), timeout=10_000)
    assert not window.profile.content.isVisible()
