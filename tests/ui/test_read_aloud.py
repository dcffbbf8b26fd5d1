"""Lees voor: the item and its five answers, a richting's page and the profile's explanation are read aloud (Qt's
mock engine, which speaks word by word without a sound device); without text-to-speech the button says so and the
rest works; start-up never loads QtTextToSpeech."""

import importlib
import re
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from studiekeuze.ui import read_aloud
from studiekeuze.ui.mainwindow import PROFIEL, VRAGENLIJST
from tests.ui.conftest import start_demo_pupil

# Loading QtTextToSpeech tells, once, that PipeWire is not there (QtMultimedia looks for it): not our warning.
pytestmark = [pytest.mark.qt_log_level_fail("WARNING"),
              pytest.mark.qt_log_ignore(r"pipewire", r"This plugin does not support", r"^QFont::", extend=True)]


@pytest.fixture
def tts_module():
    """QtTextToSpeech with its mock engine, or a clear skip where it cannot load."""
    try:
        module = importlib.import_module("PySide6.QtTextToSpeech")
    except ImportError as error:
        pytest.skip(f"QtTextToSpeech laadt niet op deze machine ({error}); op Debian/Ubuntu installeert ./dev "
                    "de systeembibliotheek libpulse0 die het nodig heeft")
    engines = module.QTextToSpeech.availableEngines()
    if "mock" not in engines:
        pytest.skip(f"Qt's mock-engine voor spraak ontbreekt (beschikbaar: {', '.join(engines) or 'geen'})")
    return module


@pytest.fixture
def speech(tts_module, app, monkeypatch):
    """The app's speaker on the mock engine, at its fastest (50 ms a word). The mock engine has no Dutch voice, so it
    stands in with its English one; `test_without_a_dutch_voice…` shows what happens with Dutch asked."""
    read_aloud.reset()
    monkeypatch.setattr(read_aloud, "ENGINE", "mock")
    monkeypatch.setattr(read_aloud, "LANGUAGE", "en")
    monkeypatch.setattr(read_aloud, "RATE", 1.0)
    speaker = read_aloud.speaker()
    assert speaker.load(), speaker.problem
    heard = Heard(speaker)
    yield heard
    read_aloud.reset()


class Heard:
    """What the engine read: each text as it started, and every word the engine spoke."""

    def __init__(self, speaker: read_aloud.Speaker) -> None:
        self.speaker = speaker
        self.texts: list[str] = []
        self.words: list[str] = []
        speaker.utterance.connect(self.texts.append)
        speaker.tts.sayingWord.connect(lambda word, *_: self.words.append(word))

    def clear(self) -> None:
        self.texts.clear()
        self.words.clear()


def words_of(texts: list[str]) -> list[str]:
    return re.findall(r"\w+", " ".join(texts))


def show_question(window, qtbot, vorm: str = "kort"):
    start_demo_pupil(window, answered=0, vorm=vorm)
    window.show_page(VRAGENLIJST)
    questions = window.questionnaire.questions
    qtbot.waitUntil(lambda: questions.isVisible() and questions.vraag.hasFocus())  # a new item: the question has it
    return questions


def test_f5_reads_the_item_then_its_five_answers(speech, window, qtbot, repository):
    questions = show_question(window, qtbot)
    vraag = questions.vragen[0]
    labels = repository.vragenlijst.antwoordlabels[vraag.soort]
    expected = [repository.vragenlijst.stammen[vraag.soort], vraag.tekst,
                *(f"{value}: {label}" for value, label in enumerate(labels, start=1))]
    assert questions.read_aloud.button.text() == "L&ees voor"
    assert "F5" in questions.read_aloud.button.toolTip()

    qtbot.keyClick(questions.focusWidget(), Qt.Key.Key_F5)
    assert questions.read_aloud.reading
    assert questions.read_aloud.button.text() == "Stop met voorl&ezen"
    qtbot.waitUntil(lambda: not speech.speaker.speaking, timeout=10_000)
    assert speech.texts == expected
    assert speech.words == words_of(expected)
    assert questions.read_aloud.button.text() == "L&ees voor"
    assert questions.index == 0 and vraag.id not in questions.antwoorden  # reading answers nothing


def test_space_on_the_question_reads_it_and_space_on_an_answer_still_answers(speech, window, qtbot):
    questions = show_question(window, qtbot)
    first = questions.vragen[0]
    assert questions.vraag.hasFocus()  # a new item starts on the question
    qtbot.keyClick(questions.vraag, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: len(speech.texts) >= 2, timeout=5_000)
    assert speech.texts[1] == first.tekst
    qtbot.keyClick(questions.vraag, Qt.Key.Key_Space)  # again: stop
    assert not speech.speaker.speaking and not questions.read_aloud.reading

    questions.buttons[3].setFocus()
    qtbot.keyClick(questions.buttons[3], Qt.Key.Key_Space)  # Space on an answer button answers, as always
    assert questions.antwoorden[first.id] == 4 and questions.index == 1


def test_answering_or_pressing_again_stops_the_reading(speech, window, qtbot):
    questions = show_question(window, qtbot)
    qtbot.mouseClick(questions.read_aloud.button, Qt.MouseButton.LeftButton)
    assert speech.speaker.speaking
    qtbot.keyClick(questions.focusWidget(), Qt.Key.Key_4)  # the pupil answers while listening: the next item
    assert questions.index == 1
    assert not speech.speaker.speaking
    spoken = len(speech.words)
    qtbot.wait(200)
    assert len(speech.words) == spoken  # nothing more of the old item

    qtbot.keyClick(questions.focusWidget(), Qt.Key.Key_F5)
    assert speech.speaker.speaking
    qtbot.keyClick(questions.focusWidget(), Qt.Key.Key_F5)
    assert not speech.speaker.speaking
    assert questions.index == 1


def test_the_class_session_reads_aloud_too(speech, window, qtbot):
    from studiekeuze.userdata.settings import set_counsellor_code
    from tests.ui.test_class_session import start_class_session

    window.session.add_pupils([{"voornaam": "Anna", "klas": "4B", "huidige_graad": 2}])
    set_counsellor_code(window.session.store, "tulp-4821")
    screen = start_class_session(window, qtbot)
    qtbot.mouseClick(screen.start_button, Qt.MouseButton.LeftButton)
    questions = screen.questions
    qtbot.keyClick(questions.focusWidget() or questions, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: len(speech.texts) >= 2, timeout=5_000)
    assert speech.texts[1] == questions.vragen[0].tekst
    assert "Anna" not in " ".join(speech.speaker.texts)  # only the question and its answers, never a name


def test_a_richting_page_is_read_aloud_without_codes_or_small_print(speech, window, qtbot, repository):
    from studiekeuze.service.richting_page import richting_page

    explore = window.explore
    explore.open_richting("G-0082")
    pagina = richting_page(repository, "G-0082")
    expected = [read_aloud.speakable(text) for text in read_aloud.richting_texts(pagina)]
    explore.page.setFocus()
    qtbot.keyClick(explore.page, Qt.Key.Key_F5)
    assert speech.speaker.texts == expected
    assert expected[0] == "Elektrische installaties"
    assert "Wat doe je?" in expected
    assert any(text.startswith("Elektromecanicien, 7de jaar, Arbeidsmarkt") for text in expected)
    assert not any("(G-" in text or "·" in text for text in expected)
    small_print = [regel for sectie in pagina.secties for punt in sectie.punten for regel in punt.regels]
    assert small_print and not set(small_print) & set(expected)
    # The engine reads them in order: the name first, then where it sits.
    qtbot.waitUntil(lambda: len(speech.texts) >= 3, timeout=5_000)
    assert speech.texts[:2] == expected[:2]
    assert speech.words[:2] == ["Elektrische", "installaties"]
    qtbot.keyClick(explore.page, Qt.Key.Key_F5)
    assert not speech.speaker.speaking


def test_a_selection_on_the_page_is_read_alone(speech, window, qtbot):
    explore = window.explore
    explore.open_richting("G-0082")
    document = explore.page.document()
    block = next(document.findBlockByNumber(n) for n in range(document.blockCount())
                 if document.findBlockByNumber(n).text().startswith("In deze richting"))
    cursor = explore.page.textCursor()
    cursor.setPosition(block.position())
    cursor.setPosition(block.position() + len("In deze richting leer je"), cursor.MoveMode.KeepAnchor)
    explore.page.setTextCursor(cursor)
    qtbot.mouseClick(explore.read_aloud.button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not speech.speaker.speaking, timeout=5_000)
    assert speech.texts == ["In deze richting leer je"]


def test_going_to_another_page_stops_the_reading(speech, window, qtbot):
    explore = window.explore
    explore.open_richting("G-0082")
    qtbot.keyClick(explore.page, Qt.Key.Key_F5)
    assert speech.speaker.speaking
    window.show_page(VRAGENLIJST)
    assert not speech.speaker.speaking


def test_the_profile_explanation_is_read_aloud(speech, window, qtbot):
    start_demo_pupil(window)
    window.show_page(PROFIEL)
    profile = window.profile
    qtbot.waitUntil(lambda: profile.outcome is not None)
    profiel = profile.outcome.advies.profiel
    qtbot.mouseClick(profile.read_aloud.button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not speech.speaker.speaking, timeout=10_000)
    assert speech.texts[:len(profiel.zinnen)] == list(profiel.zinnen)
    assert speech.texts[-1].startswith("Hoe langer de streep, hoe liever je dat soort dingen doet.")
    assert speech.words == words_of(speech.texts)
    signals = [s.tekst for s in profile.outcome.profiel.signalen]
    assert not set(signals) & set(speech.texts)  # the counsellor's signals are not read to the pupil


def test_a_flemish_voice_is_chosen_first_then_any_of_the_language(tts_module, app, monkeypatch):
    monkeypatch.setattr(read_aloud, "LANGUAGE", "en")  # the mock engine's language with two territories
    for preferred, expected in ((("en_US",), "en_US"), (("en_BE", "en_GB"), "en_GB"), (("en_BE",), None)):
        monkeypatch.setattr(read_aloud, "PREFERRED", preferred)
        speaker = read_aloud.Speaker("mock")
        assert speaker.load()
        if expected is None:  # none of the preferred: any voice of the language
            assert speaker.tts.locale().name().startswith("en_")
        else:
            assert speaker.tts.locale().name() == expected
        assert speaker.tts.voice() in speaker.tts.availableVoices()
        speaker.deleteLater()


def test_without_a_dutch_voice_the_button_says_so_and_the_rest_works(tts_module, app, window, qtbot, monkeypatch):
    read_aloud.reset()
    monkeypatch.setattr(read_aloud, "ENGINE", "mock")  # English, Norwegian and Finnish voices only
    try:
        questions = show_question(window, qtbot)
        qtbot.keyClick(questions.focusWidget(), Qt.Key.Key_F5)
        problem = "Voorlezen kan niet: deze computer heeft geen Nederlandse stem."
        assert read_aloud.current_speaker().problem == problem
        bar = questions.read_aloud
        assert not bar.button.isEnabled()
        assert bar.button.toolTip() == problem and bar.button.accessibleDescription() == problem
        assert bar.note.isVisible() and bar.note.text() == problem
        # Every other page's button knows it too, without being pressed (Verkennen's comes with a richting).
        window.explore.open_richting("G-0082")
        assert not window.explore.read_aloud.button.isEnabled()
        assert window.explore.read_aloud.button.toolTip() == problem
        # The questionnaire goes on as before.
        qtbot.keyClick(questions.focusWidget(), Qt.Key.Key_4)
        assert questions.index == 1
    finally:
        read_aloud.reset()


def test_without_text_to_speech_at_all_the_button_says_so(app, window, qtbot, monkeypatch):
    """As on Linux without libpulse0, or a bundle without the module: the import fails."""
    read_aloud.reset()
    monkeypatch.setitem(sys.modules, "PySide6.QtTextToSpeech", None)
    try:
        questions = show_question(window, qtbot)
        qtbot.mouseClick(questions.read_aloud.button, Qt.MouseButton.LeftButton)
        problem = "Voorlezen kan niet op deze computer: er is geen programma dat voorleest."
        assert questions.read_aloud.note.text() == problem
        assert not questions.read_aloud.button.isEnabled()
        assert questions.read_aloud.button.toolTip() == problem
        qtbot.keyClick(questions.focusWidget(), Qt.Key.Key_2)
        assert questions.index == 1 and questions.antwoorden[questions.vragen[0].id] == 2
    finally:
        read_aloud.reset()


def test_start_up_and_showing_the_pages_load_no_text_to_speech_nor_word_lists(session_home, content_db):
    code = """
import sys
from pathlib import Path
from PySide6.QtWidgets import QApplication
from studiekeuze.content.repository import ContentRepository
from studiekeuze.ui.mainwindow import MainWindow, VRAGENLIJST, PROFIEL
app = QApplication([])
window = MainWindow()
window.set_repository(ContentRepository(sys.argv[1]))
window.show()
app.processEvents()
at_start = [m for m in ("PySide6.QtTextToSpeech", "studiekeuze.texts.easy_words") if m in sys.modules]
window.explore.open_richting("G-0082")
window.show_page(VRAGENLIJST)
window.show_page(PROFIEL)
app.processEvents()
print(",".join(at_start) + "|" + str("PySide6.QtTextToSpeech" in sys.modules))
window.session.close_store()
"""
    result = subprocess.run([sys.executable, "-c", code, str(content_db)], capture_output=True, text=True,
                            check=True, env={**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen"})
    assert result.stdout.strip().splitlines()[-1] == "|False"


def test_speech_dispatcher_is_never_opened_without_a_sound_device(tts_module, app, monkeypatch):
    """Without a sound device speech-dispatcher's synthesizer stops and the daemon keeps its clients waiting."""
    if "speechd" not in tts_module.QTextToSpeech.availableEngines():
        pytest.skip("speech-dispatcher is not installed here")
    monkeypatch.setattr(read_aloud, "linux_has_sound", lambda: False)
    speaker = read_aloud.Speaker("speechd")
    assert not speaker.load()
    assert speaker.problem == "Voorlezen kan niet: deze computer heeft geen geluid."
    assert speaker.tts is None
    speaker.deleteLater()


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the sound check is for Linux only")
def test_linux_has_sound_looks_for_a_sound_server_or_device(tmp_path, monkeypatch):
    monkeypatch.delenv("PULSE_SERVER", raising=False)
    if not Path("/dev/snd").exists():
        assert not read_aloud.linux_has_sound(str(tmp_path))
    (tmp_path / "pulse").mkdir()
    (tmp_path / "pulse" / "native").touch()
    assert read_aloud.linux_has_sound(str(tmp_path))
    monkeypatch.setenv("PULSE_SERVER", "tcp:localhost")
    assert read_aloud.linux_has_sound(str(tmp_path / "nothing"))


def test_the_silent_mock_engine_is_never_the_pupils_voice(tts_module, app, monkeypatch):
    """Where only Qt's mock engine loads (the real plugin missing), the button says there is no voice: the mock
    engine would "read aloud" without a sound, a false success."""
    monkeypatch.setattr(tts_module.QTextToSpeech, "availableEngines", staticmethod(lambda: ["mock"]))
    speaker = read_aloud.Speaker(None)
    try:
        assert not speaker.load()
        assert speaker.problem == "Voorlezen kan niet op deze computer: er is geen programma dat voorleest."
        assert speaker.tts is None
    finally:
        speaker.deleteLater()
