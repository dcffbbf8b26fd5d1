"""The counsellor steers, in the app: edit who the pupil is and where they are (the suggestions follow at once), keep a
card on the sheet, leave one out, show more, add a richting from Verkennen, choose the parents' page and its language.
The preview PDF prints those choices; they survive reopening the pupil and an export read by `advies --json`."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QScrollArea

from studiekeuze.ui.dialogs.pupil import PupilDialog
from studiekeuze.ui.mainwindow import ADVIES, LEERLINGEN, PROFIEL, VERKENNEN
from studiekeuze.ui.session import same_outcome
from tests.pdf_cards import card_titles
from tests.ui.conftest import start_demo_pupil
from tests.ui.test_same_cards import command_line_cards

YUSUF_CARDS = ["Elektrische installaties", "Datacommunicatie- en netwerkinstallaties", "Elektrotechnieken",
               "Technologische wetenschappen en engineering"]


def settled_profile(window, qtbot):
    """The profile page showing the outcome of the open pupil as stored now, every card on screen."""
    window.show_page(PROFIEL)
    profile, session = window.profile, window.session

    def settled() -> bool:
        return (same_outcome(profile.outcome, session.current, session.keuzes) and bool(profile.cards)
                and all(card.isVisible() for card in profile.cards + profile.more_cards))

    qtbot.waitUntil(settled, timeout=15_000)
    return profile


def shown(window, qtbot) -> list[str]:
    return [card.kaart.naam for card in settled_profile(window, qtbot).cards]


def printed(window, qtbot) -> list[str]:
    window.show_page(ADVIES)
    advice = window.advice
    qtbot.waitUntil(advice.preview_ready, timeout=20_000)
    return card_titles(advice.pdf_bytes)


def open_editor(window, qtbot) -> PupilDialog:
    qtbot.keyClick(window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    dialog = window.pupil_dialog
    qtbot.waitUntil(dialog.isVisible)
    return dialog


def save(dialog: PupilDialog, qtbot) -> None:
    qtbot.mouseClick(dialog.save, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())


def click(qtbot, widget) -> None:
    """Click a control on the profile page as a user does: laid out and scrolled into view first (Qt delivers a
    test's click to whatever is under that point of the window)."""
    scroll = widget.parent()
    while not isinstance(scroll, QScrollArea):
        scroll = scroll.parent()
    qtbot.waitUntil(lambda: widget.height() > 0)  # new cards are laid out on the next turn of the event loop
    scroll.ensureWidgetVisible(widget)
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def card(profile, naam: str):
    return next(c for c in profile.cards + profile.more_cards if c.kaart.naam == naam)


def test_editing_the_situation_changes_the_suggestions_at_once(window, qtbot):
    start_demo_pupil(window)
    assert shown(window, qtbot) == YUSUF_CARDS
    dialog = open_editor(window, qtbot)
    assert dialog.voornaam.text() == "Yusuf" and dialog.richting.currentText() == "Elektriciteit"
    dialog.voornaam.setText("Yusuf\u200b")  # the one name check: invisible characters are refused
    qtbot.mouseClick(dialog.save, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and "onzichtbare tekens" in dialog.problem.text()
    dialog.voornaam.setText("Yusuf B.")
    dialog.klas.setText("4C")
    dialog.richting.setCurrentIndex(dialog.richting.findData("G-0086"))  # Elektrotechnieken
    save(dialog, qtbot)

    cards = shown(window, qtbot)
    assert "Elektronicatechnieken" in cards and "Datacommunicatie- en netwerkinstallaties" not in cards
    assert window.profile.situation.text().startswith("Na Elektrotechnieken (2de graad)")
    assert window.profile.title.text() == "Profiel van Yusuf B."
    assert window.pupil_label.text() == "Leerling: Yusuf B. (4C)"
    assert printed(window, qtbot) == cards
    stored = window.session.store.get(window.session.current.id)
    assert (stored.voornaam, stored.klas, stored.huidige_richting) == ("Yusuf B.", "4C", "G-0086")


def test_a_seventh_year_without_its_richting_is_told_what_to_fill_in(window, qtbot):
    sessie = window.session.start("Ilias", "kort", huidige_graad=7)
    window.session.answer(window.session.vragen()[0].id, 4, 1)
    window.session.open(sessie.id)
    window.show_page(PROFIEL)
    profile = window.profile
    qtbot.waitUntil(lambda: "Leerling aanpassen" in profile.status.text(), timeout=10_000)
    assert "7de jaar" in profile.status.text() and profile.edit_button.isVisible()
    qtbot.mouseClick(profile.edit_button, Qt.MouseButton.LeftButton)
    dialog = window.pupil_dialog
    qtbot.waitUntil(dialog.isVisible)
    assert dialog.graad.currentText() == "7de jaar"
    assert "in welk 7de jaar" in dialog.hint.text()
    assert "Na een 7de jaar" in dialog.niet_open_uitleg.text()
    dialog.richting.setCurrentIndex(dialog.richting.findData("G-0488"))  # Barman
    assert not dialog.hint.isVisible()
    save(dialog, qtbot)
    assert shown(window, qtbot) == ["Werken als barman of barvrouw"]


def test_a_pupil_imported_with_verschilt_per_leerling_gets_the_editor(window, qtbot):
    [sessie] = window.session.add_pupils([{"voornaam": "Nora", "klas": "3B", "huidige_graad": None}])
    window.session.open(sessie.id)
    for position, vraag in enumerate(window.session.vragen()[:6], start=1):
        window.session.answer(vraag.id, 4, position)
    window.show_page(ADVIES)
    advice = window.advice
    qtbot.waitUntil(lambda: "Leerling aanpassen" in advice.status.text(), timeout=20_000)
    assert advice.edit_button.isVisible()  # the advice page says what is missing and offers the editor too
    qtbot.mouseClick(advice.edit_button, Qt.MouseButton.LeftButton)
    dialog = window.pupil_dialog
    qtbot.waitUntil(dialog.isVisible)
    assert dialog.graad.currentIndex() == -1 and "Kies waar de leerling nu zit" in dialog.hint.text()
    dialog.graad.setCurrentIndex(dialog.graad.findData(2))
    save(dialog, qtbot)
    assert printed(window, qtbot)  # the sheet is made now
    cards = shown(window, qtbot)
    assert window.profile.situation.text().startswith("Richtingen in de 3de graad")
    assert len(cards) >= 3


def test_nu_niet_open_from_the_attest_marks_the_card(window, qtbot):
    start_demo_pupil(window)
    shown(window, qtbot)
    dialog = open_editor(window, qtbot)
    assert "3de graad" in dialog.niet_open_uitleg.text()
    qtbot.keyClicks(dialog.filter, "elektrische inst")
    visible = [dialog.niet_open.item(i).text() for i in range(dialog.niet_open.count())
               if not dialog.niet_open.item(i).isHidden()]
    assert visible == ["Elektrische installaties"]
    dialog.item("G-0082").setCheckState(Qt.CheckState.Checked)
    save(dialog, qtbot)
    profile = settled_profile(window, qtbot)
    closed = card(profile, "Elektrische installaties")
    assert closed.reasons[0].text().startswith("• Je attest laat deze richting nu niet toe.")
    assert window.session.store.get(window.session.current.id).niet_open == ("G-0082",)


def test_pin_leave_out_add_and_meer_tonen_reach_the_sheet_and_survive_reopening_and_export(
        window, qtbot, tmp_path, monkeypatch, run_cli, session_home, repository):
    sessie = start_demo_pupil(window)
    profile = settled_profile(window, qtbot)
    assert [c.kaart.naam for c in profile.cards] == YUSUF_CARDS == printed(window, qtbot)

    # Meer tonen: the next ranked suggestion of Arbeidsmarkt, on view only (the sheet stays as it is).
    profile = settled_profile(window, qtbot)
    more = profile.columns_by_code["A"].findChild(type(profile.edit_button), "meertonen")
    assert more.text() == "Meer tonen (nog 1)"
    click(qtbot, more)
    assert [c.kaart.naam for c in profile.more_cards] == ["Podiuminstallaties"]
    assert printed(window, qtbot) == YUSUF_CARDS
    # … and put on the sheet.
    profile = settled_profile(window, qtbot)
    click(qtbot, card(profile, "Podiuminstallaties").add)
    profile = settled_profile(window, qtbot)
    assert card(profile, "Podiuminstallaties").kaart.door_begeleider
    # Leave one out; it can be put back from its column.
    click(qtbot, card(profile, "Datacommunicatie- en netwerkinstallaties").leave_out)
    profile = settled_profile(window, qtbot)
    undo = profile.columns_by_code["A"].findChild(type(profile.edit_button), "terugzetten")
    assert undo.text() == "Datacommunicatie- en netwerkinstallaties terugzetten"
    # Keep one on the sheet whatever its rank.
    card(profile, "Elektrische installaties").pin.setChecked(True)
    profile = settled_profile(window, qtbot)
    assert card(profile, "Elektrische installaties").pin.isChecked()

    # Add a richting from Verkennen ("Zet op het advies", for the open pupil).
    window.open_richting("G-0011")  # Autotechnieken
    to_advice = window.explore.to_advice
    assert to_advice.isVisible() and to_advice.text() == "Zet op het &advies"
    qtbot.mouseClick(to_advice, Qt.MouseButton.LeftButton)
    assert to_advice.text() == "Van het &advies halen"
    assert "Autotechnieken staat nu op het advies van Yusuf" in window.statusBar().currentMessage()
    window.open_richting("G-0081")  # where Yusuf is now: it cannot go on his own sheet
    assert not to_advice.isEnabled()

    # In the service's order: the added richting is ranked in its finaliteit like the others.
    expected = ["Elektrische installaties", "Podiuminstallaties", "Autotechnieken", "Elektrotechnieken",
                "Technologische wetenschappen en engineering"]
    assert shown(window, qtbot) == expected
    assert printed(window, qtbot) == expected
    stored = window.session.store.get(sessie.id)
    key = {card.kaart.naam: card.kaart.groepnummer for card in window.profile.cards}
    assert stored.extra == (key["Podiuminstallaties"], key["Elektrische installaties"], "G-0011")
    assert stored.zonder == (repository.find("Datacommunicatie- en netwerkinstallaties").groepnummer,)

    # Reopen the pupil: the same cards on the page and on the sheet.
    qtbot.keyClick(window, Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)
    assert window.session.current is None
    window.show_page(LEERLINGEN)
    window.pupils.select(sessie.id)
    qtbot.mouseClick(window.pupils.open_button, Qt.MouseButton.LeftButton)
    assert window.stack.currentIndex() == PROFIEL
    assert shown(window, qtbot) == expected
    assert card(window.profile, "Elektrische installaties").pin.isChecked()
    assert printed(window, qtbot) == expected
    # An export is an answers file: advies --json on it prints the same cards, without any option.
    assert command_line_cards(window, tmp_path, monkeypatch, run_cli, session_home) == expected


def test_zet_op_het_advies_waits_for_a_pupil(window, qtbot):
    window.show_page(VERKENNEN)
    window.open_richting("G-0011")
    assert not window.explore.to_advice.isVisible()
    start_demo_pupil(window)
    window.show_page(VERKENNEN)
    assert window.explore.to_advice.isVisible()
    assert "Yusuf" in window.explore.to_advice.accessibleName()


def test_the_parents_page_and_its_language_are_kept_with_the_pupil(window, qtbot):
    sessie = start_demo_pupil(window)
    printed(window, qtbot)
    advice = window.advice
    pages = advice.document.pageCount()
    assert not advice.language.isEnabled()  # a language for the parents' page, once there is one
    advice.parents.setChecked(True)
    qtbot.waitUntil(lambda: advice.preview_ready() and advice.document.pageCount() == pages + 1, timeout=20_000)
    assert advice.language.isEnabled()
    advice.language.setCurrentIndex(advice.language.findData("tr"))
    qtbot.waitUntil(lambda: advice.preview_ready() and advice.document.pageCount() == pages + 2, timeout=20_000)
    assert "Türkçe" in advice.language.currentText()
    stored = window.session.store.get(sessie.id)
    assert (stored.ouders, stored.ouders_taal) == (True, "tr")

    window.close_pupil()
    window.session.open(sessie.id)
    window.show_page(ADVIES)
    qtbot.waitUntil(advice.preview_ready, timeout=20_000)
    assert advice.parents.isChecked() and advice.language.currentData() == "tr"
    assert advice.document.pageCount() == pages + 2
    QApplication.processEvents()


def test_a_new_situation_keeps_only_the_choices_that_still_fit(window, qtbot):
    start_demo_pupil(window)
    shown(window, qtbot)
    window.session.set_choice("G-0011", "extra")  # Autotechnieken on the sheet
    window.session.set_choice("Technologische wetenschappen en engineering", "zonder")
    assert "Autotechnieken" in shown(window, qtbot)
    # Now the pupil turns out to be in Autotechnieken (3de graad) already: it cannot be on its own sheet.
    dialog = open_editor(window, qtbot)
    dialog.graad.setCurrentIndex(dialog.graad.findData(3))
    dialog.richting.setCurrentIndex(dialog.richting.findData("G-0011"))
    save(dialog, qtbot)
    cards = shown(window, qtbot)  # suggestions, not an error
    assert cards and "Autotechnieken" not in cards
    stored = window.session.store.get(window.session.current.id)
    assert stored.extra == () and stored.huidige_richting == "G-0011"
    assert window.profile.situation.text().startswith("Na Autotechnieken (3de graad)")
