"""Read-aloud: a "Lees voor" button (and F5) that reads a page's text aloud in Dutch with Qt's text-to-speech.

QtTextToSpeech loads when a pupil first asks for it, never at start-up: the module, its plugin and the system's
speech service cost time (with speech-dispatcher and espeak-ng on Linux, opening the engine takes about 1.5 s, as
it lists every voice). One engine serves the whole app. Where no engine or no Dutch voice exists, the buttons say
so (disabled, with the reason as tooltip and accessible description, and a plain line beside the button that was
pressed) and everything else works as before.

What each page reads is built here from what the page shows (`question_texts`, `richting_texts`, `lines`), so the
spoken text is the written text, cleaned of what a voice would read wrongly (codes such as "(G-0082)", "·", "•").
"""

import logging
import os
import re
import sys
import weakref
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QHBoxLayout, QStyle, QWidget

from studiekeuze.ui.widgets import button, wrapped

# A plain name lupdate reads as QCoreApplication.translate (a wrapper without the context it would not see).
translate = QCoreApplication.translate

if TYPE_CHECKING:
    from PySide6.QtGui import QHideEvent

    from studiekeuze.service.richting_page import RichtingPagina

log = logging.getLogger(__name__)

# None: the platform's own engine (SAPI or WinRT on Windows, speech-dispatcher on Linux, AVSpeech on macOS).
# Tests set "mock", Qt's engine that speaks word by word without a sound device.
MOCK_ENGINE = "mock"
ENGINE: str | None = None
LANGUAGE = "nl"  # as locale names begin (nl_BE); codes, not QLocale's enums, which take ~10 ms to load
# Flemish first where a system has it, then Dutch of the Netherlands, then any other Dutch voice.
PREFERRED = ("nl_BE", "nl_NL")
# A little slower than the engine's normal pace (-1 … 1): for pupils who are learning Dutch.
RATE = -0.15
KEY = Qt.Key.Key_F5


class Speaker(QObject):
    """The app's one text-to-speech engine, opened on first use; reads a list of texts one after the other."""

    changed = Signal()  # availability known, or reading started or stopped
    utterance = Signal(str)  # one of the texts starts to be read

    def __init__(self, engine: str | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.engine_name = engine
        self.tts = None  # QTextToSpeech, once loaded
        self.tried = False
        self.ready = False
        self.problem = ""  # why reading aloud cannot work on this computer ("" while it can)
        self.owner: object | None = None  # what asked for the current reading (a ReadAloud)
        self._texts: list[str] = []
        self._started = 0
        self._pending: list[str] = []

    # --- loading -------------------------------------------------------------------------------------
    def load(self) -> bool:
        """Open the engine (once) and choose a Dutch voice; False, with `problem` set, when that cannot be done."""
        if self.tried:
            return not self.problem
        self.tried = True
        try:
            from PySide6.QtTextToSpeech import QTextToSpeech
        except ImportError as error:  # Linux without libpulse0, or a bundle without the module
            log.warning("QtTextToSpeech kan niet laden: %s", error)
            return self._fail(translate("ReadAloud",
                                        "Voorlezen kan niet op deze computer: er is geen programma dat voorleest."))
        name = self.engine_name
        # Qt's mock engine speaks without a sound: only for the tests that ask for it, never as a pupil's voice (a
        # machine where the real plugin does not load would read "aloud" in silence).
        engines = [each for each in QTextToSpeech.availableEngines() if each != MOCK_ENGINE or name == MOCK_ENGINE]
        if not engines or (name is not None and name not in engines):
            log.warning("geen spraakengine %s (beschikbaar: %s)", name or "", ", ".join(engines) or "geen")
            return self._fail(translate("ReadAloud",
                                        "Voorlezen kan niet op deze computer: er is geen programma dat voorleest."))
        # Without a name Qt opens the engine of the highest priority, not the first listed: speechd wherever it is.
        if (name == "speechd" or (name is None and "speechd" in engines)) and not linux_has_sound():
            # speech-dispatcher's synthesizer stops without a sound device, and the daemon then keeps every client
            # (this app) waiting: never open it there.
            log.warning("geen geluidsapparaat: speech-dispatcher wordt niet geopend")
            return self._fail(translate("ReadAloud", "Voorlezen kan niet: deze computer heeft geen geluid."))
        self.tts = QTextToSpeech(name, self) if name else QTextToSpeech(self)
        self.tts.stateChanged.connect(self._state_changed)
        self.tts.aboutToSynthesize.connect(self._about_to_speak)
        self.tts.errorOccurred.connect(self._error)
        state = self.tts.state()
        if state == QTextToSpeech.State.Error and self.tts.errorReason() != QTextToSpeech.ErrorReason.NoError:
            return self._error(self.tts.errorReason(), self.tts.errorString())
        if state == QTextToSpeech.State.Ready:
            return self._choose_voice()
        return True  # an engine that starts in the background (WinRT): it reports Ready or an error later

    def _choose_voice(self) -> bool:
        locales = [locale for locale in self.tts.availableLocales() if locale.name().split("_")[0] == LANGUAGE]
        if not locales:
            log.warning("geen stem voor taal %s (wel: %s)", LANGUAGE,
                        ", ".join(locale.name() for locale in self.tts.availableLocales()))
            return self._fail(translate("ReadAloud", "Voorlezen kan niet: deze computer heeft geen Nederlandse stem."))
        locales.sort(key=lambda locale: PREFERRED.index(locale.name())
                     if locale.name() in PREFERRED else len(PREFERRED))
        self.tts.setLocale(locales[0])
        voices = self.tts.availableVoices()
        if not voices:
            return self._fail(translate("ReadAloud", "Voorlezen kan niet: deze computer heeft geen Nederlandse stem."))
        if self.tts.voice() not in voices:
            self.tts.setVoice(voices[0])
        self.tts.setRate(RATE)
        self.ready = True
        log.info("voorlezen met %s, stem %s (%s)", self.tts.engine(), self.tts.voice().name(), locales[0].name())
        if self._pending:
            texts, self._pending = self._pending, []
            self._enqueue(texts)
        self.changed.emit()
        return True

    def _fail(self, problem: str) -> bool:
        self.problem = problem
        self.ready = False
        self._pending = []
        self.owner = None
        self.changed.emit()
        return False

    def _error(self, _reason, message: str) -> bool:
        log.warning("spraakengine: %s", message)
        if self.ready:  # a reading that failed: say so on the button, the engine may work next time
            self.owner = None
            self.changed.emit()
            return True
        return self._fail(translate("ReadAloud", "Voorlezen kan niet op deze computer: de stem start niet."))

    # --- reading -------------------------------------------------------------------------------------
    @property
    def speaking(self) -> bool:
        if self.tts is None:
            return bool(self._pending)
        from PySide6.QtTextToSpeech import QTextToSpeech

        return bool(self._pending) or self.tts.state() in (
            QTextToSpeech.State.Speaking, QTextToSpeech.State.Synthesizing, QTextToSpeech.State.Paused)

    @property
    def texts(self) -> list[str]:
        """The texts of the current (or last) reading, in order."""
        return list(self._texts)

    def read(self, texts: Sequence[str], owner: object | None = None) -> bool:
        """Read `texts` one after the other, instead of anything being read now. False when it cannot."""
        texts = [text for text in (speakable(t) for t in texts) if text]
        if not texts or not self.load():
            return False
        self.stop()
        self.owner = owner
        if self.ready:
            self._enqueue(texts)
        else:
            self._pending = texts  # read as soon as the engine reports it is ready
            self._texts = list(texts)
        self.changed.emit()
        return True

    def _enqueue(self, texts: list[str]) -> None:
        self._texts, self._started = list(texts), 0
        for text in texts:
            self.tts.enqueue(text)

    def stop(self) -> None:
        self._pending = []
        if self.tts is not None and self.speaking:
            self.tts.stop()  # also drops the texts still waiting in the engine's queue
        self.owner = None
        self.changed.emit()

    def _about_to_speak(self, _id: int) -> None:
        # One signal per text, in order (the ids Qt passes are not reliable across readings, so they are counted).
        if self._started < len(self._texts):
            self.utterance.emit(self._texts[self._started])
        self._started += 1

    def _state_changed(self, state) -> None:
        from PySide6.QtTextToSpeech import QTextToSpeech

        if not self.ready and not self.problem and state == QTextToSpeech.State.Ready:
            self._choose_voice()
            return
        if state == QTextToSpeech.State.Ready:
            self.owner = None
        self.changed.emit()


def linux_has_sound(runtime_dir: str | None = None) -> bool:
    """Whether this Linux system has somewhere to play sound: a PulseAudio or PipeWire server, or an ALSA device."""
    if not sys.platform.startswith("linux"):
        return True
    if os.environ.get("PULSE_SERVER"):
        return True
    runtime = runtime_dir or os.environ.get("XDG_RUNTIME_DIR") or f"/run/user/{os.getuid()}"
    if any(os.path.exists(os.path.join(runtime, path)) for path in ("pulse/native", "pipewire-0")):
        return True
    try:
        return any(name.startswith("pcmC") for name in os.listdir("/dev/snd"))
    except OSError:
        return False


_speaker: Speaker | None = None
_buttons: "weakref.WeakSet[ReadAloud]" = weakref.WeakSet()  # every page's button follows the one speaker


def speaker() -> Speaker:
    """The app's speaker, made on first use (the engine itself opens on the first reading)."""
    global _speaker
    if _speaker is None:
        _speaker = Speaker(ENGINE, QCoreApplication.instance())
        for bar in list(_buttons):
            if shiboken6.isValid(bar):  # a page's widgets may be gone while Python still holds the wrapper
                bar.follow(_speaker)
            else:
                _buttons.discard(bar)
    return _speaker


def current_speaker() -> Speaker | None:
    """The speaker if one was made: buttons ask this, so showing a page never loads text-to-speech."""
    return _speaker


def reset() -> None:
    """Forget the speaker (tests: the next one uses ENGINE and LANGUAGE as they are then)."""
    global _speaker
    if _speaker is not None:
        _speaker.stop()
        _speaker.deleteLater()
    _speaker = None


# --- what a page reads ---------------------------------------------------------------------------------
_CODE = re.compile(r"\s*\(G-\d{4}\)")
_MARKS = re.compile(r"^[\s•⚑▶◀–-]+|[▶◀]")


def speakable(text: str) -> str:
    """The text as a voice should read it: no groepnummers, bullets or arrows; "·" as a pause."""
    text = _CODE.sub("", text)
    text = _MARKS.sub("", text).replace(" · ", ", ")
    return " ".join(text.split())


def question_texts(stam: str, tekst: str, labels: Sequence[str]) -> list[str]:
    """An item as the pupil sees it: the question, the item, then the five answers with their keys."""
    return [stam, tekst, *(f"{value}: {label}" for value, label in enumerate(labels, start=1) if label)]


def richting_texts(pagina: "RichtingPagina") -> list[str]:
    """A richting's page, part by part: its name, where it sits, then every heading with its paragraphs and points.
    The small print (sources, the lines under a point, notes) is left out: it is there to look up, not to listen to."""
    texts = [pagina.titel, pagina.ondertitel, pagina.finaliteit_kort]
    for sectie in pagina.secties:
        texts += [sectie.kop, *sectie.alineas]
        texts += [f"{punt.tekst}, {punt.bij}" if punt.bij else punt.tekst for punt in sectie.punten]
    return [text for text in texts if text]


def lines(text: str) -> list[str]:
    """A label's text, line by line (a line per sentence or point)."""
    return [line for line in text.splitlines() if line.strip()]


class ReadAloud(QWidget):
    """The "Lees voor" button of one page, with F5 on that page; pressed again (or F5) it stops.

    `texts` gives what to read at the moment of pressing. The button says when text-to-speech cannot work.
    """

    def __init__(self, texts: Callable[[], Sequence[str]], what: str, page: QWidget,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.texts = texts
        self.what = what  # "Lees de vraag en de antwoorden voor"
        self.button = button("")
        self.button.setObjectName("voorlezen")
        self.button.clicked.connect(self.toggle)
        # A plain line beside the button when reading aloud cannot work here (shown after the pupil asked).
        self.note = wrapped()
        self.note.setObjectName("voorlezenprobleem")
        self.note.setVisible(False)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.button)
        layout.addWidget(self.note, 1)
        self.shortcut = QShortcut(QKeySequence(KEY), page, context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.shortcut.activated.connect(self.toggle)
        self._followed: Speaker | None = None
        _buttons.add(self)
        self.follow(current_speaker())

    def follow(self, speaker_: Speaker | None) -> None:
        """Show what this speaker can do and is doing (a page's button made before or after the speaker)."""
        if speaker_ is not None and speaker_ is not self._followed:
            speaker_.changed.connect(self.update_state)
            self._followed = speaker_
        self.update_state()

    @property
    def reading(self) -> bool:
        speaker_ = current_speaker()
        return speaker_ is not None and speaker_.owner is self and speaker_.speaking

    def toggle(self) -> None:
        """Read this page's text aloud, or stop when it is being read."""
        if self.reading:
            current_speaker().stop()
            return
        texts = [text for text in self.texts() if text and text.strip()]
        if not texts:
            return
        speaker_ = speaker()
        if not speaker_.tried:  # opening the engine can take a second or two (speech-dispatcher lists every voice)
            self.button.setText(translate("ReadAloud", "Even geduld…"))
            self.button.repaint()
            QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            try:
                speaker_.load()
            finally:
                QApplication.restoreOverrideCursor()
        if not speaker_.read(texts, self) and speaker_.problem:
            self.note.setText(speaker_.problem)
            self.note.setVisible(True)
        self.update_state()

    def stop(self) -> None:
        """Stop reading when this button started it (the page shows something else now)."""
        if self.reading:
            current_speaker().stop()

    def update_state(self) -> None:
        speaker_ = current_speaker()
        key = QKeySequence(KEY).toString(QKeySequence.SequenceFormat.NativeText)
        if speaker_ is not None and speaker_.problem:
            self.button.setText(translate("ReadAloud", "L&ees voor"))
            self.button.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_MediaVolumeMuted))
            self.button.setEnabled(False)
            self.button.setToolTip(speaker_.problem)
            self.button.setAccessibleName(translate("ReadAloud", "Lees voor"))
            self.button.setAccessibleDescription(speaker_.problem)
            return
        reading = self.reading
        self.button.setEnabled(True)
        if reading:
            self.button.setText(translate("ReadAloud", "Stop met voorl&ezen"))
            self.button.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_MediaStop))
            self.button.setToolTip(translate("ReadAloud", "Stop met voorlezen (%1)").replace("%1", key))
            self.button.setAccessibleName(translate("ReadAloud", "Stop met voorlezen"))
        else:
            self.button.setText(translate("ReadAloud", "L&ees voor"))
            self.button.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_MediaVolume))
            self.button.setToolTip(f"{self.what} ({key})")
            self.button.setAccessibleName(translate("ReadAloud", "Lees voor"))
        self.button.setAccessibleDescription(self.button.toolTip())

    def hideEvent(self, event: "QHideEvent") -> None:
        self.stop()  # another page is shown: its text is no longer what is being read
        super().hideEvent(event)
