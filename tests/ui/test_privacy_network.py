"""No network in the app: a whole counsellor's session in the window (search, questionnaire, profile, advice PDF,
a class import and a class's advice sheets) opens no socket."""


from pypdf import PdfReader
from PySide6.QtCore import Qt

from studiekeuze.ui.mainwindow import ADVIES, LEERLINGEN, VERKENNEN, VRAGENLIJST

KEYS = [Qt.Key.Key_1, Qt.Key.Key_2, Qt.Key.Key_3, Qt.Key.Key_4, Qt.Key.Key_5]


def test_a_full_app_session_opens_no_socket(no_sockets, window, qtbot, tmp_path):
    # Verkennen: search and open a richting.
    window.show_page(VERKENNEN)
    explore = window.explore
    qtbot.keyClicks(explore.search, "elektri")
    assert explore.visible_results()
    qtbot.keyClick(explore.search, Qt.Key.Key_Down)
    qtbot.keyClick(explore.results, Qt.Key.Key_Return)
    assert explore.current_groepnummer

    # Vragenlijst: a new pupil answers the short form with the keyboard.
    window.show_page(VRAGENLIJST)
    form = window.questionnaire.form
    qtbot.keyClicks(form.voornaam, "Lotte")
    form.graad.setCurrentIndex(form.graad.findData(2))
    qtbot.mouseClick(form.start, Qt.MouseButton.LeftButton)
    questions = window.questionnaire.questions
    for index in range(len(questions.vragen)):
        qtbot.keyClick(questions.focusWidget() or questions, KEYS[index % 5])
    done = window.questionnaire.done
    qtbot.mouseClick(done.profile, Qt.MouseButton.LeftButton)

    # Profiel & suggesties, then the advice PDF saved.
    qtbot.waitUntil(lambda: window.profile.outcome is not None, timeout=20_000)
    assert window.profile.cards
    window.show_page(ADVIES)
    advice = window.advice
    qtbot.waitUntil(advice.preview_ready, timeout=20_000)
    target = tmp_path / "advies.pdf"
    advice.save_to(target)
    assert "Lotte" in PdfReader(target).pages[0].extract_text()

    # Leerlingen: a class list imported and the class's advice sheets made.
    window.show_page(LEERLINGEN)
    csv = tmp_path / "klas.csv"
    csv.write_text("voornaam;klas\nNora;4B\n", encoding="utf-8")
    (nora,) = window.pupils.import_class(csv, huidige_graad=2)
    for index, vraag in enumerate(window.questionnaire.questions.vragen):
        window.session.store.set_answer(nora.id, vraag.id, index % 5 + 1)
    tools = window.pupils.klassen
    tools.show_klas("4B")
    tools.make_advice_sheets(tmp_path / "klas")
    qtbot.waitUntil(lambda: tools.report is not None and tools.report.objectName() == "adviezenverslag",
                    timeout=60_000)
    assert (tmp_path / "klas" / "alle adviezen 4B.pdf").is_file()

    assert no_sockets == [], f"de app opende een netwerkverbinding: {no_sockets}"
