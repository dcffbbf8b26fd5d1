"""Vragenlijst: a pupil starts with a first name only and answers the short form with the keyboard alone."""

from itertools import pairwise

from PySide6.QtCore import Qt

from studiekeuze.ui.mainwindow import LEERLINGEN, VRAGENLIJST
from studiekeuze.userdata.store import SessionStore
from tests.ui.conftest import start_demo_pupil
from tests.ui.qtlog import STRICT_QT_LOG

pytestmark = STRICT_QT_LOG

KEYS = [Qt.Key.Key_1, Qt.Key.Key_2, Qt.Key.Key_3, Qt.Key.Key_4, Qt.Key.Key_5]


def start_with_keyboard(window, qtbot, name: str = "Lotte") -> None:
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)  # Bestand > Nieuwe leerling
    form = window.questionnaire.form
    assert window.stack.currentIndex() == VRAGENLIJST
    assert form.voornaam.hasFocus()
    qtbot.keyClicks(form.voornaam, name)
    qtbot.keyClick(form.voornaam, Qt.Key.Key_Return)


def answer_with_keys(qtbot, questions, answers: list[int]) -> None:
    for value in answers:
        qtbot.keyClick(questions.focusWidget() or questions, KEYS[value - 1])


def test_short_form_with_the_keyboard_only(window, qtbot, repository, home):
    start_with_keyboard(window, qtbot)
    page = window.questionnaire
    questions = page.questions
    assert page.stack.currentWidget() is questions
    kort = repository.vragenlijst.vorm(kort=True)
    assert questions.progress_text.text() == f"Vraag 1 van {len(kort)}"
    assert questions.vraag.text() == kort[0].tekst
    assert questions.buttons[3].text() == "4\ngraag"

    answers = [(i % 5) + 1 for i in range(len(kort))]
    answer_with_keys(qtbot, questions, answers[:3])
    assert questions.progress_text.text() == f"Vraag 4 van {len(kort)}"
    assert questions.progress.value() == 3

    # Back with Backspace shows the earlier answer, changed with a key.
    qtbot.keyClick(questions.focusWidget(), Qt.Key.Key_Backspace)
    assert questions.vraag.text() == kort[2].tekst
    assert [b.isChecked() for b in questions.buttons] == [False, False, True, False, False]
    answer_with_keys(qtbot, questions, [answers[2]])
    answer_with_keys(qtbot, questions, answers[3:])

    assert page.stack.currentWidget() is page.done
    assert f"alle {len(kort)} vragen" in page.done.summary.text()
    with SessionStore.open_default() as store:
        (sessie,) = store.sessions()
    assert sessie.voornaam == "Lotte"
    assert sessie.vorm == "kort"
    assert sessie.antwoorden == {v.id: a for v, a in zip(kort, answers, strict=True)}

    # Enter on the focused button leads to the profile.
    qtbot.keyClick(page.done.profile, Qt.Key.Key_Return)
    assert window.stack.currentWidget() is window.profile


def test_full_form_has_every_item_with_its_own_answer_labels(window, qtbot, repository):
    page = window.questionnaire
    window.show_page(VRAGENLIJST)
    qtbot.keyClicks(page.form.voornaam, "Mo")
    page.form.volledig.setChecked(True)
    qtbot.mouseClick(page.form.start, Qt.MouseButton.LeftButton)
    vragen = repository.vragenlijst.vragen
    assert page.questions.progress_text.text() == f"Vraag 1 van {len(vragen)}"
    voorkeur = next(i for i, v in enumerate(vragen) if v.soort == "voorkeur")
    page.questions.show_item(voorkeur)
    assert page.questions.stam.text() == repository.vragenlijst.stammen["voorkeur"]
    assert page.questions.buttons[4].text().endswith(repository.vragenlijst.antwoordlabels["voorkeur"][4])


def test_start_needs_a_first_name(window, qtbot):
    window.show_page(VRAGENLIJST)
    form = window.questionnaire.form
    assert not form.start.isEnabled()
    qtbot.keyClicks(form.voornaam, "   ")
    assert not form.start.isEnabled()


def test_current_richting_is_chosen_from_the_list_of_its_graad(window, qtbot, repository):
    window.show_page(VRAGENLIJST)
    form = window.questionnaire.form
    form.graad.setCurrentIndex(form.graad.findData(2))
    names = [form.richting.itemText(i) for i in range(1, form.richting.count())]
    assert names == [s.naam for s in repository.search("", graad=2)]
    form.richting.setCurrentIndex(1)
    qtbot.keyClicks(form.voornaam, "Noor")
    qtbot.keyClick(form.voornaam, Qt.Key.Key_Return)
    sessie = window.session.current
    assert (sessie.huidige_graad, sessie.huidige_richting) == (2, repository.search("", graad=2)[0].groepnummer)


def test_reopen_after_closing_mid_questionnaire_keeps_every_answer(make_window, qtbot, repository):
    first = make_window()
    start_with_keyboard(first, qtbot, "Yara")
    questions = first.questionnaire.questions
    given = [5, 1, 4, 2, 3, 5, 4]
    answer_with_keys(qtbot, questions, given)
    first.close()  # mid-questionnaire, no save button anywhere

    second = make_window()
    second.show_page(LEERLINGEN)
    pupils = second.pupils
    assert pupils.names() == ["Yara"]
    qtbot.keyClick(pupils.list, Qt.Key.Key_Return)
    page = second.questionnaire
    assert second.stack.currentWidget() is page
    kort = repository.vragenlijst.vorm(kort=True)
    assert page.questions.progress_text.text() == f"Vraag {len(given) + 1} van {len(kort)}"
    for expected in reversed(given):
        qtbot.keyClick(page.questions.focusWidget(), Qt.Key.Key_Backspace)
        checked = [b.value for b in page.questions.buttons if b.isChecked()]
        assert checked == [expected]
    assert second.session.current.antwoorden == {v.id: a for v, a in zip(kort, given, strict=False)}


def test_closing_the_pupil_gives_a_clean_screen(window, qtbot):
    start_demo_pupil(window, answered=5)
    window.show_page(VRAGENLIJST)
    assert window.questionnaire.stack.currentWidget() is window.questionnaire.questions
    qtbot.keyClick(window, Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)
    assert window.session.current is None
    assert window.pupil_label.text() == "Geen leerling geopend"
    window.show_page(VRAGENLIJST)
    assert window.questionnaire.stack.currentWidget() is window.questionnaire.form
    assert window.questionnaire.form.voornaam.text() == ""


def _border_colours(button) -> set[str]:
    """The colours of a button's top edge (its border: a dashed ring has gaps, so the whole edge is read)."""
    image = button.grab().toImage()
    ratio = image.devicePixelRatio()
    return {image.pixelColor(x, y).name() for x in range(round(12 * ratio), image.width() - round(12 * ratio))
            for y in range(round(3 * ratio))}


def test_no_answer_looks_chosen_before_the_pupil_chooses(window, qtbot):
    """Issue 15: the focus ring on answer 3 looked like a choice. A new question has the focus itself; an answer
    that has the focus gets a ring in the text colour, never the highlight that marks a chosen answer."""
    start_demo_pupil(window, answered=0)
    window.show_page(VRAGENLIJST)
    questions = window.questionnaire.questions
    buttons = questions.buttons
    qtbot.waitUntil(questions.vraag.hasFocus)
    assert not any(b.hasFocus() or b.isChecked() for b in buttons)
    palette = buttons[0].palette()
    highlight = palette.color(palette.ColorRole.Highlight).name()
    text = palette.color(palette.ColorRole.Text).name()
    frames = [_border_colours(b) for b in buttons]
    assert all(frame == frames[0] for frame in frames)  # the five answers look alike
    assert highlight not in frames[0]

    qtbot.keyClick(questions.vraag, Qt.Key.Key_Tab)  # the keyboard moves on to the answers
    focused = questions.focusWidget()
    assert focused is buttons[0]
    ring = _border_colours(focused)
    assert text in ring and highlight not in ring  # visible, and not the look of a choice
    assert ring != _border_colours(buttons[1])

    qtbot.keyClick(focused, Qt.Key.Key_4)  # keys still answer; back to it: the chosen answer is marked
    qtbot.keyClick(questions.focusWidget(), Qt.Key.Key_Backspace)
    assert buttons[3].isChecked() and buttons[3].hasFocus()
    assert highlight in {buttons[3].grab().toImage().pixelColor(x, buttons[3].height() // 2).name()
                         for x in range(buttons[3].width())}


def test_the_questions_take_turns_across_the_scales(window, qtbot, repository):
    """The app asks the interest items in the questionnaire's order: R, I, A, S, E, C, R, … (never one scale's
    items in a row), in both forms."""
    for vorm in ("kort", "volledig"):
        start_demo_pupil(window, answered=0, vorm=vorm)
        window.show_page(VRAGENLIJST)
        questions = window.questionnaire.questions
        shown = []
        for _ in questions.vragen:
            vraag = questions.vragen[questions.index]
            assert questions.vraag.text() == vraag.tekst
            shown.append(vraag.schaal)
            questions.go_next()
        interest = [schaal for schaal in shown if schaal in tuple("RIASEC")]
        assert interest[:12] == list("RIASECRIASEC")
        assert all(a != b for a, b in pairwise(interest))
        window.close_pupil()
