"""The counsellor's code: the check before a class session is left, and setting a code (typed twice).

A class session cannot start without a code and its lock opens only with it: there is no word to type instead, so
a pupil cannot read the way out off the screen. A counsellor who forgot the code closes the program from the system
(every answer is already saved) and sets a new code in the privacy settings (README, help page
"Klassessie en begeleidercode").
"""

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from studiekeuze.errors import StudiekeuzeError
from studiekeuze.ui.widgets import heading, wrapped
from studiekeuze.userdata.settings import (
    MAX_CODE_LENGTH,
    MIN_CODE_LENGTH,
    counsellor_code_matches,
    has_counsellor_code,
    set_counsellor_code,
)
from studiekeuze.userdata.store import SessionStore

# A plain name lupdate reads as QCoreApplication.translate (a wrapper without the context it would not see).
translate = QCoreApplication.translate


@contextmanager
def _wait_cursor() -> Iterator[None]:
    """600,000 PBKDF2 iterations take about a quarter of a second: show that something happens."""
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        yield
    finally:
        QGuiApplication.restoreOverrideCursor()


class NewCodeFields:
    """Two hidden fields for a new counsellor code: typed twice, since a typo in a hidden field would lock the
    counsellor out of the next class session. Used by the privacy settings and before a class session starts."""

    def __init__(self, problem: QLabel) -> None:
        self.problem = problem
        self.code = self._field("nieuwecode", translate("NewCodeFields", "Nieuwe begeleidercode"))
        self.code_again = self._field("codeherhalen", translate("NewCodeFields", "Herhaal de nieuwe begeleidercode"))

    def _field(self, name: str, accessible: str) -> QLineEdit:
        field = QLineEdit()
        field.setObjectName(name)
        field.setEchoMode(QLineEdit.EchoMode.Password)
        field.setMaxLength(MAX_CODE_LENGTH)
        field.setAccessibleName(accessible)
        field.textChanged.connect(lambda: self.problem.clear())
        return field

    def text(self) -> str:
        return self.code.text()

    def clear(self) -> None:
        self.code.clear()
        self.code_again.clear()

    def check(self, required: bool) -> bool:
        """Whether the fields hold a code that may be stored (or, when not `required`, nothing); else the reason is
        shown and the field to correct gets the focus."""
        code = self.code.text()
        if not code and required:
            self.problem.setText(translate("NewCodeFields", "Kies een begeleidercode van minstens %1 tekens.")
                                 .replace("%1", str(MIN_CODE_LENGTH)))
            self.code.setFocus()
            return False
        if code and len(code) < MIN_CODE_LENGTH:
            self.problem.setText(translate("NewCodeFields", "De begeleidercode heeft minstens %1 tekens.")
                                 .replace("%1", str(MIN_CODE_LENGTH)))
            self.code.setFocus()
            return False
        if code != self.code_again.text():
            self.code_again.clear()  # before the message: typing clears the message
            self.problem.setText(translate("NewCodeFields",
                                           "De twee codes zijn niet hetzelfde. Typ de nieuwe code twee keer."))
            self.code_again.setFocus()
            return False
        return True


def _problem_label() -> QLabel:
    label = QLabel()
    label.setObjectName("probleem")
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


class NewCounsellorCode(QDialog):
    """Asked when a class session is started and no counsellor code is set: accepted once a code is stored."""

    def __init__(self, store: SessionStore, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("nieuwebegeleidercode")
        self.setWindowTitle(self.tr("Begeleidercode instellen"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.store = store
        self.problem = _problem_label()
        self.fields = NewCodeFields(self.problem)

        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self.tr("Nieuwe &begeleidercode:"), self.fields.code)
        form.addRow(self.tr("&Herhaal de code:"), self.fields.code_again)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("Code bewaren en klassessie starten"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Eerst een begeleidercode"), 1.2))
        layout.addWidget(wrapped(self.tr(
            "Tijdens een klassessie ziet een leerling alleen zijn eigen scherm. Alleen met de begeleidercode kun je "
            "de klas bekijken, een andere leerling laten beginnen of de klassessie stoppen. Kies een code van "
            "minstens %1 tekens en typ ze twee keer."
        ).replace("%1", str(MIN_CODE_LENGTH))))
        layout.addLayout(form)
        layout.addWidget(wrapped(self.tr(
            "Onthoud de code goed. Vergeten tijdens een klassessie? Sluit studiekeuze dan via het systeem "
            "(bijvoorbeeld Taakbeheer): elk antwoord is al bewaard. Stel daarna een nieuwe code in bij "
            "Bestand › Privacy-instellingen. Meer in Help › Klassessie en begeleidercode."
        )))
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self.fields.code.setFocus()

    def accept(self) -> None:
        if not self.fields.check(required=True):
            return
        try:
            with _wait_cursor():
                set_counsellor_code(self.store, self.fields.text())
        except StudiekeuzeError as error:
            self.problem.setText(str(error))
            return
        self.fields.clear()
        super().accept()


class CounsellorCheck(QDialog):
    """Accepted only when the counsellor's code is typed; without a stored code nothing opens the lock."""

    def __init__(self, store: SessionStore, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("begeleidercontrole")
        self.setWindowTitle(self.tr("Alleen voor de begeleider"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.store = store

        self.ask = wrapped(self.tr("Typ de begeleidercode om naar de lijst of naar een andere leerling te gaan."))
        self.ask.setObjectName("vraag")
        self.field = QLineEdit()
        self.field.setObjectName("begeleidercode")
        self.field.setAccessibleName(self.tr("Begeleidercode"))
        self.field.setEchoMode(QLineEdit.EchoMode.Password)
        self.field.setMaxLength(MAX_CODE_LENGTH)
        self.field.textChanged.connect(lambda: self.problem.clear())
        self.problem = _problem_label()

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("Verder"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Alleen voor de begeleider"), 1.2))
        layout.addWidget(wrapped(self.tr("Ben je een leerling? Sluit dit venster met Annuleren.")))
        layout.addWidget(self.ask)
        layout.addWidget(self.field)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self.field.setFocus()

    def accept(self) -> None:
        typed = self.field.text()
        # No stored code (erased from outside while the session ran): nothing typed can be right.
        right = False
        if typed and has_counsellor_code(self.store):
            with _wait_cursor():
                right = counsellor_code_matches(self.store, typed)
        if right:
            self.field.clear()
            super().accept()
            return
        self.field.clear()  # before the message: typing clears the message
        self.problem.setText(self.tr("Dat klopt niet. Typ de begeleidercode."))
        self.field.setFocus()
