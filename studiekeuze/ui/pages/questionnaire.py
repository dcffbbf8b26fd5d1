"""Vragenlijst: who is taking it (first name only), then one question at a time with big answers and keys 1–5."""

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QKeySequence, QPainter, QPaintEvent, QPalette, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QCompleter,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QSizePolicy,
    QStackedWidget,
    QStyle,
    QStyleOptionButton,
    QStylePainter,
    QVBoxLayout,
    QWidget,
)

from studiekeuze.models import Vraag
from studiekeuze.textcheck import klas_problem, name_problem
from studiekeuze.ui import hard_words
from studiekeuze.ui.labels import graad_label
from studiekeuze.ui.pictogram import Pictogram, renderer
from studiekeuze.ui.read_aloud import ReadAloud, question_texts
from studiekeuze.ui.session import Session
from studiekeuze.ui.widgets import button, heading, scaled_font, wrapped
from studiekeuze.userdata.store import MAX_CLASS_LENGTH, MAX_NAME_LENGTH
from studiekeuze.vocabulary import graden

if TYPE_CHECKING:
    from studiekeuze.content.repository import ContentRepository

NOW_GRADEN = graden()  # where a pupil can be now (vocabulary)


class StartForm(QWidget):
    """Asks only what is needed: a first name or pseudonym, optionally the class, and where the pupil is now."""

    start_requested = Signal(str, str, object, str, str)  # voornaam, klas, graad, groepnummer, vorm

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.repository: ContentRepository | None = None

        self.voornaam = QLineEdit()
        self.voornaam.setObjectName("voornaam")
        self.voornaam.setMaxLength(MAX_NAME_LENGTH)
        self.voornaam.setAccessibleName(self.tr("Voornaam of schuilnaam"))
        self.voornaam.textChanged.connect(self._update)
        # The same check as for class lists and the command line, shown here before anything is stored.
        self.problem = wrapped()
        self.problem.setObjectName("naamprobleem")
        self.problem.setVisible(False)
        self.klas = QLineEdit()
        self.klas.setMaxLength(MAX_CLASS_LENGTH)
        self.klas.setAccessibleName(self.tr("Klas (niet verplicht)"))
        self.graad = QComboBox()
        self.graad.setAccessibleName(self.tr("Waar zit je nu?"))
        for graad in NOW_GRADEN:
            self.graad.addItem(graad_label(graad), graad)
        self.graad.currentIndexChanged.connect(self._fill_richtingen)
        self.richting = QComboBox()
        self.richting.setObjectName("huidige_richting")
        self.richting.setEditable(True)
        self.richting.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.richting.setAccessibleName(self.tr("Huidige richting (niet verplicht)"))
        self.kort = QRadioButton(self.tr("&Kort: 30 vragen, ongeveer 10 minuten"))
        self.kort.setChecked(True)
        self.volledig = QRadioButton(self.tr("Vo&lledig: 77 vragen, ongeveer 20 minuten"))
        for radio in (self.kort, self.volledig):
            radio.setAccessibleName(radio.text().replace("&", ""))
        self.start = button(self.tr("S&tart de vragenlijst"))
        self.start.setObjectName("start")
        self.start.setDefault(True)
        self.start.setAccessibleName(self.tr("Start de vragenlijst"))
        self.start.setFont(scaled_font(self.start.font(), 1.2, bold=True))
        self.start.setMinimumHeight(self.start.sizeHint().height() * 3 // 2)
        self.start.clicked.connect(self._request)
        self.voornaam.returnPressed.connect(self._request)

        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self.tr("&Voornaam of schuilnaam:"), self.voornaam)
        form.addRow("", self.problem)
        form.addRow(self.tr("Kl&as (niet verplicht):"), self.klas)
        form.addRow(self.tr("&Waar zit je nu?"), self.graad)
        form.addRow(self.tr("Huidige &richting (niet verplicht):"), self.richting)
        vorm = QVBoxLayout()
        vorm.addWidget(self.kort)
        vorm.addWidget(self.volledig)
        form.addRow(self.tr("Vragenlijst:"), vorm)

        box = QWidget()
        box.setMaximumWidth(640)
        box_layout = QVBoxLayout(box)
        intro = wrapped(self.tr(
            "Er zijn geen goede of foute antwoorden. Je zegt gewoon hoe graag je iets zou doen. "
            "Daarna zie je welke richtingen goed bij je passen, in alle finaliteiten."
        ))
        box_layout.addWidget(heading(self.tr("Wie vult de vragenlijst in?")))
        box_layout.addWidget(intro)
        box_layout.addLayout(form)
        box_layout.addWidget(self.start)
        privacy = wrapped(factor=0.9, text=self.tr(
            "We bewaren alleen de voornaam (of een schuilnaam), de klas en de antwoorden, op deze computer. "
            "Je kunt ze altijd wissen op de pagina Leerlingen."
        ))
        box_layout.addWidget(privacy)
        box_layout.addStretch(1)
        layout = QHBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(box, 3)
        layout.addStretch(1)
        for widget in (intro, form.labelForField(self.richting), self.graad, self.richting):
            hard_words.explain_widget(widget)  # finaliteit, graad, richting: their explanation on hover and focus
        self._update()

    def set_repository(self, repository: "ContentRepository") -> None:
        self.repository = repository
        self._fill_richtingen()

    def reset(self) -> None:
        self.voornaam.clear()
        self.klas.clear()
        self.graad.setCurrentIndex(0)
        self.richting.setCurrentIndex(0)
        self.kort.setChecked(True)

    def _fill_richtingen(self) -> None:
        self.richting.clear()
        self.richting.addItem(self.tr("(nog geen richting / weet ik niet)"), "")
        graad = self.graad.currentData()
        self.richting.setEnabled(graad != 1)
        if self.repository is not None and graad != 1:
            for summary in self.repository.search("", graad=graad):
                self.richting.addItem(summary.naam, summary.groepnummer)
        completer = QCompleter(self.richting.model(), self.richting)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.richting.setCompleter(completer)
        hard_words.explain_widget(self.richting)

    def _update(self) -> None:
        self.start.setEnabled(bool(self.voornaam.text().strip()))
        self.problem.clear()
        self.problem.setVisible(False)

    def _request(self) -> None:
        if not self.voornaam.text().strip():
            self.voornaam.setFocus()
            return
        problem = name_problem(self.voornaam.text()) or klas_problem(self.klas.text())
        if problem:
            self.problem.setText(problem[0].upper() + problem[1:])
            self.problem.setVisible(True)
            self.voornaam.setFocus()
            return
        index = self.richting.findText(self.richting.currentText(), Qt.MatchFlag.MatchFixedString)
        groepnummer = self.richting.itemData(index) if index >= 0 else ""
        vorm = "kort" if self.kort.isChecked() else "volledig"
        self.start_requested.emit(self.voornaam.text(), self.klas.text(), self.graad.currentData(),
                                  groepnummer or "", vorm)


class AnswerButton(QPushButton):
    """A big, checkable answer with its key number and its picture above the label, e.g. a smile over "4 · graag"."""

    PADDING = 12  # the style sheet's border and padding (style.py), kept clear of the picture and the text
    GAP = 4
    LINES = 4

    def __init__(self, value: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.value = value
        self.picture = ""  # the answer's pictogram file (a face, a tick), drawn above the label
        self.setObjectName("antwoord")
        self.setCheckable(True)
        self.setAutoDefault(True)  # Enter answers too
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setFont(scaled_font(self.font(), 1.2))
        line = self.fontMetrics().height()
        # Room for the picture and four lines: the number and a label that wraps in a narrow window (large font).
        self.setMinimumHeight(self.picture_side() + self.GAP + line * self.LINES + 2 * self.PADDING)
        self.setMaximumHeight(self.minimumHeight() + line * 3)

    def set_label(self, label: str, picture: str = "") -> None:
        self.setText(f"{self.value}\n{label}")
        self.setAccessibleName(f"{self.value}: {label}")
        self.picture = picture if renderer(picture) is not None else ""
        self.updateGeometry()
        self.update()

    def picture_side(self) -> int:
        return round(self.fontMetrics().height() * 2.8)

    def sizeHint(self) -> QSize:
        lines = self.text().split("\n") or [""]
        width = max([self.fontMetrics().horizontalAdvance(line) for line in lines] + [self.picture_side()])
        return QSize(width + 2 * self.PADDING, self.minimumHeight())

    def minimumSizeHint(self) -> QSize:
        # The label wraps between words, so five answers fit side by side in a window of 1024 pixels.
        words = self.text().split() or [""]
        width = max([self.fontMetrics().horizontalAdvance(word) for word in words] + [self.picture_side()])
        return QSize(width + 2 * self.PADDING, self.minimumHeight())

    def paintEvent(self, event: QPaintEvent) -> None:
        svg = renderer(self.picture)
        if svg is None:
            super().paintEvent(event)
            return
        painter = QStylePainter(self)
        option = QStyleOptionButton()
        self.initStyleOption(option)
        option.text = ""
        painter.drawControl(QStyle.ControlElement.CE_PushButton, option)  # frame, background and focus as styled
        inner = self.rect().adjusted(self.PADDING, self.PADDING, -self.PADDING, -self.PADDING)
        flags = Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap
        metrics = self.fontMetrics()

        def height_of(text: str) -> int:
            return metrics.boundingRect(QRect(0, 0, inner.width(), 10_000), flags, text).height()

        # Room for the longest label of the five (they are equally wide), so the five pictures stand on one line;
        # the picture takes what is left, up to a limit, and gives way first when a large font needs the room.
        answers = self.group().buttons() if self.group() is not None else [self]
        text_room = max(height_of(answer.text()) for answer in answers)
        line = metrics.height()
        side = max(line * 3 // 2, min(line * 4, inner.height() - self.GAP - text_room))
        top = inner.top() + max(0, (inner.height() - side - self.GAP - text_room) // 2)
        text_height = height_of(self.text())
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        svg.render(painter, QRectF(inner.center().x() - side / 2 + 1, top, side, side))
        role = QPalette.ColorRole.HighlightedText if self.isChecked() else QPalette.ColorRole.ButtonText
        self.style().drawItemText(painter, QRect(inner.left(), top + side + self.GAP, inner.width(), text_height),
                                  int(flags), option.palette, self.isEnabled(), self.text(), role)
        painter.end()


class QuestionView(QWidget):
    """One question, five answers; keys 1–5 answer and move on, Vorige/Volgende walk through the list."""

    answered = Signal(str, int, int)  # vraag id, answer, the position to go to next
    moved = Signal(int)
    finished = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vragen: tuple[Vraag, ...] = ()
        self.antwoorden: dict[str, int] = {}
        self.labels: dict[str, tuple[str, ...]] = {}
        self.stammen: dict[str, str] = {}
        self.index = 0

        self.progress_text = QLabel()
        self.progress_text.setObjectName("voortgang")
        self.progress = QProgressBar()
        self.progress.setAccessibleName(self.tr("Voortgang"))
        self.progress.setTextVisible(False)
        self.stam = wrapped(factor=1.3)
        self.vraag = QLabel()
        self.vraag.setObjectName("vraag")
        self.vraag.setWordWrap(True)
        self.vraag.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.vraag.setFont(scaled_font(self.vraag.font(), 1.9, bold=True))
        # An unanswered question takes the focus itself: keys 1–5 answer it, Tab goes to the answers, and a screen
        # reader reads the question; no answer looks chosen before the pupil chooses.
        self.vraag.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.vraag.setMinimumHeight(self.vraag.fontMetrics().height() * 3)
        # Reachable with Tab (Shift+Tab from the answers): Space reads the question aloud there, and a hard word's
        # explanation shows. Space on an answer button still chooses that answer.
        self.vraag.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.vraag.installEventFilter(self)
        # The item's drawing, large beside its text: it says the activity for a pupil who reads Dutch poorly.
        self.pictogram = Pictogram(min(self.vraag.fontMetrics().height() * 9 // 2, 200))

        self.group = QButtonGroup(self)
        self.group.setExclusive(False)  # exclusivity by hand, so "no answer yet" can be shown
        answers_row = QHBoxLayout()
        answers_row.setSpacing(10)
        self.buttons: list[AnswerButton] = []
        for value in range(1, 6):
            answer = AnswerButton(value)
            answer.clicked.connect(lambda _checked=False, v=value: self.answer(v))
            self.group.addButton(answer, value)
            answers_row.addWidget(answer, 1)  # five equal answers, whatever their labels
            self.buttons.append(answer)
        for value, key in enumerate((Qt.Key.Key_1, Qt.Key.Key_2, Qt.Key.Key_3, Qt.Key.Key_4, Qt.Key.Key_5), start=1):
            for sequence in (QKeySequence(key), QKeySequence(Qt.KeyboardModifier.KeypadModifier | key)):
                shortcut = QShortcut(sequence, self, context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
                shortcut.activated.connect(lambda v=value: self.answer(v))

        self.previous = button(self.tr("◀ &Vorige"))
        self.previous.setAccessibleName(self.tr("Vorige vraag"))
        self.previous.clicked.connect(self.go_previous)
        self.next = button(self.tr("V&olgende ▶"))
        self.next.setAccessibleName(self.tr("Volgende vraag"))
        self.next.clicked.connect(self.go_next)
        for sequence, slot in (("PgUp", self.go_previous), ("PgDown", self.go_next),
                               ("Alt+Left", self.go_previous), ("Alt+Right", self.go_next),
                               ("Backspace", self.go_previous)):
            shortcut = QShortcut(QKeySequence(sequence), self, context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
        # Read-aloud of the item and its five answers: the button, F5, or Space on the question.
        self.read_aloud = ReadAloud(self.spoken_texts, self.tr("Lees de vraag en de antwoorden voor"), self)
        hint = wrapped(self.tr("Tip: druk op 1, 2, 3, 4 of 5 om te antwoorden. Met Backspace ga je terug."))
        hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        nav = QHBoxLayout()
        nav.addWidget(self.previous)
        nav.addWidget(self.read_aloud)  # in the row of buttons: the item keeps its room on a small screen
        nav.addStretch(1)
        nav.addWidget(hint, 3)
        nav.addStretch(1)
        nav.addWidget(self.next)

        layout = QVBoxLayout(self)
        layout.addWidget(self.progress_text)
        layout.addWidget(self.progress)
        layout.addStretch(1)
        item = QHBoxLayout()
        item.addStretch(1)
        item.addWidget(self.pictogram, 0, Qt.AlignmentFlag.AlignVCenter)
        item.addSpacing(self.fontMetrics().height() * 2)
        words = QVBoxLayout()
        words.addStretch(1)
        words.addWidget(self.stam)
        words.addWidget(self.vraag)
        words.addStretch(1)
        item.addLayout(words, 8)
        item.addStretch(1)
        layout.addLayout(item)
        layout.addSpacing(self.fontMetrics().height())
        layout.addLayout(answers_row, 2)
        layout.addStretch(1)
        layout.addLayout(nav)

    def load(self, vragen: tuple[Vraag, ...], antwoorden: dict[str, int], positie: int,
             stammen: dict[str, str], labels: dict[str, tuple[str, ...]]) -> None:
        self.vragen, self.antwoorden = vragen, dict(antwoorden)
        self.stammen, self.labels = stammen, labels
        self.show_item(min(max(positie, 0), max(len(vragen) - 1, 0)))

    def show_item(self, index: int) -> None:
        self.index = index
        vraag = self.vragen[index]
        total = len(self.vragen)
        self.progress_text.setText(self.tr("Vraag %1 van %2").replace("%1", str(index + 1)).replace("%2", str(total)))
        self.progress.setMaximum(total)
        self.progress.setValue(len([v for v in self.vragen if v.id in self.antwoorden]))
        self.stam.setText(self.stammen.get(vraag.soort, ""))
        self.vraag.setText(vraag.tekst)
        self.vraag.setAccessibleName(vraag.tekst)
        self.pictogram.set_pictogram(vraag.pictogram)
        self.read_aloud.stop()  # a new item: the old one is no longer read
        given = self.antwoorden.get(vraag.id)
        pictures = vraag.antwoordpictogrammen or ("",) * 5
        for answer, label, picture in zip(self.buttons, self.labels.get(vraag.soort, ("",) * 5), pictures, strict=True):
            answer.set_label(label, picture)
            answer.setChecked(answer.value == given)
        for widget in (self.stam, self.vraag, *self.buttons):
            hard_words.explain_widget(widget)  # a hard word's explanation on hover and focus
        self.previous.setEnabled(index > 0)
        self.next.setEnabled(True)
        focus = self.buttons[given - 1] if given else self.vraag
        if self.isVisible():
            focus.setFocus()

    def spoken_texts(self) -> list[str]:
        """What "Lees voor" reads: the question, the item, then the five answers."""
        if not self.vragen:
            return []
        vraag = self.vragen[self.index]
        return question_texts(self.stammen.get(vraag.soort, ""), vraag.tekst, self.labels.get(vraag.soort, ()))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (watched is self.vraag and event.type() == QEvent.Type.KeyPress and event.key() == Qt.Key.Key_Space
                and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier):
            self.read_aloud.toggle()
            return True
        return super().eventFilter(watched, event)

    def answer(self, value: int) -> None:
        if not self.vragen:
            return
        vraag = self.vragen[self.index]
        self.antwoorden[vraag.id] = value
        for answer in self.buttons:
            answer.setChecked(answer.value == value)
        last = self.index == len(self.vragen) - 1
        self.answered.emit(vraag.id, value, self.index if last else self.index + 1)
        if last:
            self.finished.emit()
        else:
            self.show_item(self.index + 1)

    def go_previous(self) -> None:
        if self.index > 0:
            self.show_item(self.index - 1)
            self.moved.emit(self.index)

    def go_next(self) -> None:
        if self.index < len(self.vragen) - 1:
            self.show_item(self.index + 1)
            self.moved.emit(self.index)
        else:
            self.finished.emit()


class DoneView(QWidget):
    """The end of the questionnaire: how many answers, and the way to the profile."""

    show_profile = Signal()
    back_to_questions = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = heading(self.tr("Klaar!"), 2.0)
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.summary = wrapped(factor=1.2)
        self.summary.setObjectName("samenvatting")
        self.summary.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.profile = button(self.tr("Bekijk je &profiel en suggesties"))
        self.profile.setAccessibleName(self.tr("Bekijk je profiel en suggesties"))
        self.profile.setFont(scaled_font(self.profile.font(), 1.2, bold=True))
        self.profile.setMinimumHeight(self.profile.sizeHint().height() * 3 // 2)
        self.profile.clicked.connect(self.show_profile)
        self.back = button(self.tr("◀ Terug naar de &vragen"))
        self.back.setAccessibleName(self.tr("Terug naar de vragen"))
        self.back.clicked.connect(self.back_to_questions)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self.title)
        layout.addWidget(self.summary)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.back)
        row.addWidget(self.profile)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(2)

    def set_counts(self, answered: int, total: int) -> None:
        if answered == total:
            text = self.tr("Je beantwoordde alle %1 vragen. Goed gedaan!").replace("%1", str(total))
        else:
            text = self.tr("Je beantwoordde %1 van de %2 vragen. Je kunt terug om de rest in te vullen, "
                           "of nu al je profiel bekijken.").replace("%1", str(answered)).replace("%2", str(total))
        self.summary.setText(text)


class QuestionnairePage(QWidget):
    """Switches between the start form, the questions and the end, and writes every answer at once."""

    profile_requested = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.form = StartForm()
        self.form.start_requested.connect(self._start)
        self.questions = QuestionView()
        self.questions.answered.connect(self._answered)
        self.questions.moved.connect(self.session.set_position)
        self.questions.finished.connect(self._finished)
        self.done = DoneView()
        self.done.show_profile.connect(self.profile_requested)
        self.done.back_to_questions.connect(self._back_to_questions)
        self.stack = QStackedWidget()
        for widget in (self.form, self.questions, self.done):
            self.stack.addWidget(widget)
        layout = QVBoxLayout(self)
        layout.addWidget(self.stack)
        session.pupil_changed.connect(self._pupil_changed)
        self.setEnabled(False)  # until the content is loaded

    def set_repository(self, repository: "ContentRepository") -> None:
        self.form.set_repository(repository)
        self.setEnabled(True)
        self._pupil_changed()

    def activate(self) -> None:
        """Called when the page is shown: put the keyboard focus where the pupil will type or answer."""
        if self.stack.currentWidget() is self.form:
            self.form.voornaam.setFocus()
        elif self.stack.currentWidget() is self.questions and self.questions.vragen:
            self.questions.show_item(self.questions.index)
        else:
            self.done.profile.setFocus()

    def _start(self, voornaam: str, klas: str, graad: int, groepnummer: str, vorm: str) -> None:
        self.session.start(voornaam, vorm, klas=klas, huidige_graad=graad, huidige_richting=groepnummer)

    def _pupil_changed(self) -> None:
        sessie = self.session.current
        repository = self.session.repository
        if sessie is None or repository is None:
            self.form.reset()
            self.stack.setCurrentWidget(self.form)
            if self.isVisible():
                self.form.voornaam.setFocus()
            return
        vragenlijst = repository.vragenlijst
        self.questions.load(self.session.vragen(), sessie.antwoorden, sessie.positie,
                            vragenlijst.stammen, vragenlijst.antwoordlabels)
        if self.session.is_finished(sessie):
            # A finished pupil starts at the end, not on the last question, where one stray key changes an answer.
            self._finished()
        else:
            self.stack.setCurrentWidget(self.questions)
        if self.isVisible():
            self.activate()

    def _answered(self, vraag_id: str, antwoord: int, positie: int) -> None:
        self.session.answer(vraag_id, antwoord, positie)

    def _finished(self) -> None:
        vragen = self.questions.vragen
        answered = len([v for v in vragen if v.id in self.questions.antwoorden])
        self.done.set_counts(answered, len(vragen))
        self.stack.setCurrentWidget(self.done)
        self.done.profile.setFocus()

    def _back_to_questions(self) -> None:
        self.stack.setCurrentWidget(self.questions)
        self.questions.show_item(self.questions.index)
