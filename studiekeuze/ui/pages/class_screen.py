"""The class session's screen: one pupil at a time sees only their own first name and questions.

Leaving it (to the list, or to another pupil) needs the counsellor's code; the counsellor's overview of the class is
shown only after that check. F1 shows the pupils' help pages and nothing else.
"""

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from studiekeuze.ui.class_session import ClassSession
from studiekeuze.ui.dialogs.counsellor import CounsellorCheck
from studiekeuze.ui.pages.questionnaire import QuestionView
from studiekeuze.ui.session import Session
from studiekeuze.ui.widgets import button, heading, scaled_font, wrapped

if TYPE_CHECKING:
    from studiekeuze.ui.help_window import HelpWindow

SESSIE_ID = Qt.ItemDataRole.UserRole


def _centred(*widgets: QWidget) -> QWidget:
    """A calm column in the middle of the screen: texts use its width, buttons sit in its centre."""
    column = QWidget()
    column.setMaximumWidth(column.fontMetrics().averageCharWidth() * 80)
    inner = QVBoxLayout(column)
    inner.setSpacing(column.fontMetrics().height())
    for widget in widgets:
        if isinstance(widget, QLabel):
            inner.addWidget(widget)
        else:
            inner.addWidget(widget, 0, Qt.AlignmentFlag.AlignHCenter)
    box = QWidget()
    rows = QVBoxLayout(box)
    rows.addStretch(1)
    middle = QHBoxLayout()
    middle.addStretch(1)
    middle.addWidget(column, 4)
    middle.addStretch(1)
    rows.addLayout(middle)
    rows.addStretch(2)
    return box


def _big_button(text: str, accessible: str) -> QWidget:
    push = button(text)
    push.setAccessibleName(accessible)
    push.setFont(scaled_font(push.font(), 1.3, bold=True))
    push.setMinimumHeight(push.sizeHint().height() * 3 // 2)
    push.setMinimumWidth(push.fontMetrics().horizontalAdvance(text) + 80)
    return push


class ClassScreen(QWidget):
    """Welcome (first name only) → questions → done → the next pupil's welcome; the counsellor's panel apart."""

    stopped = Signal(str)  # the counsellor ended the class session of this klas
    close_confirmed = Signal()  # the counsellor confirmed closing the app during a class session

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("klassessie")
        self.session = session
        self.class_session: ClassSession | None = None
        self.questions: QuestionView | None = None
        self.check: CounsellorCheck | None = None
        self._before_panel: QWidget | None = None

        self.klas_label = QLabel()
        self.klas_label.setObjectName("klasnaam")
        self.klas_label.setTextFormat(Qt.TextFormat.PlainText)
        # Whose turn it is, on every screen of the pupil: the one at the laptop sees at once if it is them.
        self.turn_label = QLabel()
        self.turn_label.setObjectName("beurt")
        self.turn_label.setTextFormat(Qt.TextFormat.PlainText)
        self.turn_label.setFont(scaled_font(self.turn_label.font(), 1.2, bold=True))
        self.counsellor_button = button(self.tr("&Begeleider…"))
        self.counsellor_button.setObjectName("begeleider")
        self.counsellor_button.setAccessibleName(self.tr("Begeleider: alleen voor de begeleider"))
        self.counsellor_button.clicked.connect(lambda: self.ask_counsellor(self.show_panel))
        top = QHBoxLayout()
        top.addWidget(self.klas_label)
        top.addSpacing(self.fontMetrics().averageCharWidth() * 4)
        top.addWidget(self.turn_label)
        top.addStretch(1)
        top.addWidget(self.counsellor_button)

        # F1: the help for pupils only, in a window over this screen (the main window's help is locked with its menus).
        self.help: HelpWindow | None = None
        self.help_shortcut = QShortcut(QKeySequence(Qt.Key.Key_F1), self)
        self.help_shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
        self.help_shortcut.setEnabled(False)
        self.help_shortcut.activated.connect(self.show_help)

        # Welcome: the pupil whose turn it is, by first name and nothing else.
        self.hello = heading("", 2.0)
        self.hello.setObjectName("welkom")
        self.hello.setTextFormat(Qt.TextFormat.PlainText)
        self.hello.setAlignment(Qt.AlignmentFlag.AlignCenter)
        hello_text = wrapped(factor=1.2, text=self.tr(
            "Ben jij dat? Druk dan op Start. Er zijn geen goede of foute antwoorden. Ben jij het niet? "
            "Roep dan je begeleider."
        ))
        hello_text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.start_button = _big_button(self.tr("&Start"), self.tr("Start de vragenlijst"))
        self.start_button.setObjectName("start")
        self.start_button.clicked.connect(self.begin)
        self.welcome = _centred(self.hello, hello_text, self.start_button)

        # Questions: a fresh QuestionView per pupil (made in begin), so no state of the previous pupil survives.
        self.questions_page = QWidget()
        self.questions_layout = QVBoxLayout(self.questions_page)
        self.questions_layout.setContentsMargins(0, 0, 0, 0)
        self.stop_early = button(self.tr("Ik ben &klaar"))
        self.stop_early.setObjectName("klaar")
        self.stop_early.setAccessibleName(self.tr("Ik ben klaar met de vragenlijst"))
        self.stop_early.clicked.connect(self.show_done)
        early_row = QHBoxLayout()
        early_row.addStretch(1)
        early_row.addWidget(self.stop_early)
        self.questions_layout.addLayout(early_row)

        # Done: thanks, and the way to hand over the laptop.
        done_title = heading(self.tr("Klaar! Dank je wel."), 2.0)
        done_title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.done_text = wrapped(factor=1.2)
        self.done_text.setObjectName("samenvatting")
        self.done_text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.back_to_questions = button(self.tr("◀ Terug naar de &vragen"))
        self.back_to_questions.setAccessibleName(self.tr("Terug naar de vragen"))
        self.back_to_questions.clicked.connect(self._back_to_questions)
        self.next_button = _big_button(self.tr("&Klaar: geef door aan de volgende"),
                                       self.tr("Klaar: geef de computer door aan de volgende leerling"))
        self.next_button.setObjectName("volgende")
        self.next_button.clicked.connect(self.next_pupil)
        self.done = _centred(done_title, self.done_text, self.next_button, self.back_to_questions)

        # Everyone done.
        all_done_title = heading(self.tr("Iedereen is klaar."), 2.0)
        all_done_title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        all_done_text = wrapped(factor=1.2, text=self.tr("Roep de begeleider."))
        all_done_text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.all_done = _centred(all_done_title, all_done_text)

        # The counsellor's panel (after the check): the class, who is done, whose turn, or stop.
        self.overview = QListWidget()
        self.overview.setObjectName("klasoverzicht")
        self.overview.setAccessibleName(self.tr("Leerlingen van de klas"))
        self.overview.itemActivated.connect(lambda _item: self.give_turn())
        self.give_turn_button = button(self.tr("&Laat deze leerling beginnen"))
        self.give_turn_button.setAccessibleName(self.tr("Laat de gekozen leerling beginnen"))
        self.give_turn_button.clicked.connect(self.give_turn)
        self.resume_button = button(self.tr("&Terug naar het scherm van de leerling"))
        self.resume_button.setAccessibleName(self.tr("Terug naar het scherm van de leerling"))
        self.resume_button.clicked.connect(self.resume)
        self.stop_button = button(self.tr("Klassessie &stoppen"))
        self.stop_button.setObjectName("stoppen")
        self.stop_button.setAccessibleName(self.tr("Klassessie stoppen en terug naar de lijst"))
        self.stop_button.clicked.connect(self.stop)
        panel_buttons = QHBoxLayout()
        panel_buttons.addWidget(self.give_turn_button)
        panel_buttons.addWidget(self.resume_button)
        panel_buttons.addStretch(1)
        panel_buttons.addWidget(self.stop_button)
        self.panel = QWidget()
        panel_layout = QVBoxLayout(self.panel)
        self.panel_title = heading("")
        self.panel_title.setTextFormat(Qt.TextFormat.PlainText)
        panel_layout.addWidget(self.panel_title)
        panel_layout.addWidget(self.overview, 1)
        panel_layout.addLayout(panel_buttons)

        self.stack = QStackedWidget()
        for page in (self.welcome, self.questions_page, self.done, self.all_done, self.panel):
            self.stack.addWidget(page)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.stack, 1)

    # --- the class session -------------------------------------------------------------------------
    def start(self, klas: str) -> None:
        self._drop_questions()
        if self.class_session is not None:
            self.class_session.deleteLater()
        self.class_session = ClassSession(self.session, klas, self)
        self.klas_label.setText(self.tr("Klas %1").replace("%1", klas))
        self.help_shortcut.setEnabled(True)
        self.class_session.turn_changed.connect(self._show_turn)
        self._show_turn()

    @property
    def active(self) -> bool:
        return self.class_session is not None

    def _show_turn(self) -> None:
        self._drop_questions()
        turn = self.class_session.turn
        if turn is None:
            self.hello.clear()
            self.turn_label.clear()
            self.stack.setCurrentWidget(self.all_done)
            self.counsellor_button.setFocus()
            return
        self.turn_label.setText(self.tr("Nu aan de beurt: %1 (%2)").replace("%1", turn.voornaam)
                                .replace("%2", self.class_session.klas))
        self.hello.setText(self.tr("Hallo %1!").replace("%1", turn.voornaam))
        self.stack.setCurrentWidget(self.welcome)
        self.start_button.setFocus()

    def begin(self) -> None:
        """The pupil pressed Start: open their session and show their questions where they left off."""
        repository = self.session.repository
        if self.class_session is None or self.class_session.turn is None or repository is None:
            return
        self.class_session.begin()
        sessie = self.session.current
        self.questions = QuestionView()
        self.questions.answered.connect(self.session.answer)
        self.questions.moved.connect(self.session.set_position)
        self.questions.finished.connect(self.show_done)
        self.questions_layout.insertWidget(0, self.questions, 1)
        vragenlijst = repository.vragenlijst
        self.questions.load(self.session.vragen(), sessie.antwoorden, sessie.positie, vragenlijst.stammen,
                            vragenlijst.antwoordlabels)
        self.stack.setCurrentWidget(self.questions_page)
        self.questions.show_item(self.questions.index)  # now visible: puts the focus on the answers

    def show_done(self) -> None:
        if self.questions is None:
            return
        vragen = self.questions.vragen
        answered = len([v for v in vragen if v.id in self.questions.antwoorden])
        if answered == len(vragen):
            text = self.tr("Je beantwoordde alle %1 vragen. Je antwoorden zijn bewaard.").replace("%1", str(answered))
        else:
            text = self.tr("Je beantwoordde %1 van de %2 vragen. Je antwoorden zijn bewaard. Wil je verder doen? "
                           "Ga dan terug naar de vragen.").replace("%1", str(answered)).replace("%2", str(len(vragen)))
        self.done_text.setText(text + " " + self.tr("Je begeleider bespreekt je profiel later met jou."))
        self.back_to_questions.setVisible(answered < len(vragen))
        self.stack.setCurrentWidget(self.done)
        self.next_button.setFocus()

    def _back_to_questions(self) -> None:
        self.stack.setCurrentWidget(self.questions_page)
        self.questions.show_item(self.questions.index)

    def next_pupil(self) -> None:
        """Done: the session is closed and the screen shows only the next pupil's first name."""
        self._drop_questions()
        self.class_session.finish()  # emits turn_changed → _show_turn

    def _drop_questions(self) -> None:
        if self.questions is not None:
            self.questions.hide()
            self.questions_layout.removeWidget(self.questions)
            self.questions.deleteLater()
            self.questions = None

    # --- help ----------------------------------------------------------------------------------------
    def show_help(self) -> None:
        """The pupils' help pages only, over the class screen; closing it comes back here, still locked."""
        if self.class_session is None:
            return
        if self.help is None:
            from studiekeuze.ui.help_window import HelpWindow

            self.help = HelpWindow(self, pupils_only=True)
            self.help.setWindowModality(Qt.WindowModality.WindowModal)
        self.help.show_page("klassessie")
        self.help.open()
        self.help.search.setFocus()

    # --- the counsellor ----------------------------------------------------------------------------
    def ask_counsellor(self, then: Callable[[], None]) -> None:
        """Run `then` only after the counsellor's code is typed (there is no other way)."""
        if self.check is not None:
            self.check.deleteLater()
        self.check = CounsellorCheck(self.session.store, self)
        self.check.accepted.connect(then)
        self.check.open()

    def show_panel(self) -> None:
        if self.class_session is None:
            return
        if self.stack.currentWidget() is not self.panel:
            self._before_panel = self.stack.currentWidget()
        self.panel_title.setText(self.tr("Klas %1: overzicht voor de begeleider").replace("%1",
                                                                                           self.class_session.klas))
        self.overview.clear()
        turn = self.class_session.turn
        for stand in self.class_session.standen():
            if stand.klaar:
                state = self.tr("klaar")
            elif stand.beantwoord:
                state = self.tr("bezig: %1 antwoorden").replace("%1", str(stand.beantwoord))
            else:
                state = self.tr("nog niet begonnen")
            mark = self.tr(" (aan de beurt)") if turn is not None and turn == stand.beurt else ""
            item = QListWidgetItem(f"{stand.beurt.voornaam} — {state}{mark}")
            item.setData(SESSIE_ID, stand.beurt.sessie_id)
            self.overview.addItem(item)
            if mark:
                self.overview.setCurrentItem(item)
        if self.overview.currentItem() is None and self.overview.count():
            self.overview.setCurrentRow(0)
        self.resume_button.setEnabled(self._before_panel is not None)
        self.stack.setCurrentWidget(self.panel)
        self.overview.setFocus()

    def give_turn(self) -> None:
        item = self.overview.currentItem()
        if item is None or self.class_session is None:
            return
        self._before_panel = None
        self.class_session.choose(item.data(SESSIE_ID))  # emits turn_changed → the pupil's welcome

    def resume(self) -> None:
        if self._before_panel is None:
            return
        self.stack.setCurrentWidget(self._before_panel)
        self._before_panel = None
        if self.stack.currentWidget() is self.questions_page and self.questions is not None:
            self.questions.show_item(self.questions.index)

    def stop(self) -> None:
        """End the class session (after the check): the pupil's session is closed, the window unlocks."""
        if self.class_session is None:
            return
        klas = self.class_session.klas
        self._drop_questions()
        self.class_session.stop()
        self.class_session.deleteLater()
        self.class_session = None
        self._before_panel = None
        self.hello.clear()
        self.turn_label.clear()
        self.overview.clear()
        self.help_shortcut.setEnabled(False)
        if self.help is not None:
            self.help.close()
        self.stack.setCurrentWidget(self.welcome)
        self.stopped.emit(klas)

    def ask_to_close(self) -> None:
        """Closing the app during a class session needs the counsellor too (else the list is one restart away)."""
        def confirmed() -> None:
            self.stop()
            self.close_confirmed.emit()

        self.ask_counsellor(confirmed)
