"""The counsellor's check: a deliberate step (the code, or the word shown) before a class session is left."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from studiekeuze.ui.widgets import heading, wrapped
from studiekeuze.userdata.settings import counsellor_code_matches, has_counsellor_code
from studiekeuze.userdata.store import SessionStore

# Without a code, typing this word shows it was meant: a pupil does not leave their screen by a stray click.
WORD = "BEGELEIDER"


class CounsellorCheck(QDialog):
    """Accepted only when the counsellor's code (or, without a code, the word shown) is typed."""

    def __init__(self, store: SessionStore, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("begeleidercontrole")
        self.setWindowTitle(self.tr("Alleen voor de begeleider"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.store = store
        self.with_code = has_counsellor_code(store)

        if self.with_code:
            ask = self.tr("Typ de begeleidercode om naar de lijst of naar een andere leerling te gaan.")
        else:
            ask = self.tr("Typ het woord %1 om naar de lijst of naar een andere leerling te gaan.").replace("%1", WORD)
        self.ask = wrapped(ask)
        self.ask.setObjectName("vraag")
        self.field = QLineEdit()
        self.field.setObjectName("begeleidercode")
        self.field.setAccessibleName(self.tr("Begeleidercode") if self.with_code else self.tr("Het woord %1")
                                     .replace("%1", WORD))
        if self.with_code:
            self.field.setEchoMode(QLineEdit.EchoMode.Password)
        self.field.textChanged.connect(lambda: self.problem.clear())
        self.problem = QLabel()
        self.problem.setObjectName("probleem")
        self.problem.setTextFormat(Qt.TextFormat.PlainText)

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
        if self.with_code:
            from PySide6.QtGui import QGuiApplication

            # 600,000 PBKDF2 iterations take about a quarter of a second: show that something happens.
            QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            try:
                right = counsellor_code_matches(self.store, typed)
            finally:
                QGuiApplication.restoreOverrideCursor()
        else:
            right = typed.strip().casefold() == WORD.casefold()
        if right:
            super().accept()
            return
        self.field.clear()  # before the message: typing clears the message
        self.problem.setText(self.tr("Dat klopt niet.") + " " + (
            self.tr("Typ de begeleidercode.") if self.with_code else self.tr("Typ %1.").replace("%1", WORD)))
        self.field.setFocus()
