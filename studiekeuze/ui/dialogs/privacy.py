"""Privacy settings: how long sessions are kept (applied at every start) and the counsellor's code."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from studiekeuze.errors import StudiekeuzeError
from studiekeuze.ui.dialogs.counsellor import NewCodeFields
from studiekeuze.ui.widgets import WholeText, heading, wrapped
from studiekeuze.userdata.settings import (
    MAX_RETENTION_MONTHS,
    has_counsellor_code,
    retention_months,
    set_counsellor_code,
    set_retention_months,
)
from studiekeuze.userdata.store import SessionStore


class PrivacySettings(QDialog):
    """Saved when accepted; a code that is too short keeps the dialog open with the reason."""

    def __init__(self, store: SessionStore, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("privacyinstellingen")
        self.setWindowTitle(self.tr("Privacy-instellingen"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.store = store
        self._remove_code = False
        self._saved: tuple[int, str] = (0, "")

        self.months = QSpinBox()
        self.months.setObjectName("bewaartermijn")
        self.months.setAccessibleName(self.tr("Bewaartermijn in maanden, 0 is niet automatisch wissen"))
        self.months.setRange(0, MAX_RETENTION_MONTHS)
        self.months.setSuffix(self.tr(" maanden"))
        self.months.setSpecialValueText(self.tr("niet automatisch wissen"))
        self.months.setValue(retention_months(store))

        self.code_state = wrapped()
        self.code_state.setObjectName("codestatus")
        self.problem = QLabel()
        self.problem.setObjectName("probleem")
        self.problem.setWordWrap(True)
        # Typed twice (the same fields as before a class session starts): a typo in a hidden field would lock the
        # counsellor out of the next class session.
        self.fields = NewCodeFields(self.problem)
        self.code, self.code_again = self.fields.code, self.fields.code_again
        self.code.setPlaceholderText(self.tr("leeg laten: niet wijzigen"))
        self.remove_code = QPushButton(self.tr("Code &verwijderen"))
        self.remove_code.setAccessibleName(self.tr("Begeleidercode verwijderen"))
        self.remove_code.clicked.connect(self._mark_removed)

        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self.tr("&Wis sessies die zo lang niet gewijzigd zijn:"), self.months)
        form.addRow(self.tr("Nieuwe &begeleidercode:"), self.code)
        form.addRow(self.tr("&Herhaal de nieuwe code:"), self.code_again)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Privacy-instellingen"), 1.2))
        layout.addWidget(wrapped(self.tr(
            "Sessies die langer dan de bewaartermijn niet gewijzigd zijn, worden voorgoed gewist telkens de app "
            "start. De begeleidercode is nodig om een klassessie te starten en te verlaten. Wijzigen of verwijderen "
            "kan alleen hier, buiten een klassessie."
        )))
        layout.addLayout(form)
        layout.addWidget(self.code_state)
        layout.addWidget(self.remove_code)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self._show_code_state()
        WholeText(self)

    def _show_code_state(self) -> None:
        has = has_counsellor_code(self.store) and not self._remove_code
        self.code_state.setText(self.tr("Er is een begeleidercode ingesteld.") if has
                                else self.tr("Er is geen begeleidercode ingesteld."))
        self.remove_code.setEnabled(has)

    def _mark_removed(self) -> None:
        self._remove_code = True
        self.code.clear()
        self.code_again.clear()
        self._show_code_state()

    def accept(self) -> None:
        if not self.fields.check(required=False):
            return
        code = self.fields.text()
        try:
            set_retention_months(self.store, self.months.value())
            if code:
                set_counsellor_code(self.store, code)
            elif self._remove_code:
                set_counsellor_code(self.store, None)
        except StudiekeuzeError as error:
            self.problem.setText(str(error))
            return
        self._saved = (self.months.value(), "nieuw" if code else "weg" if self._remove_code else "")
        super().accept()

    def saved_text(self) -> str:
        """What was saved, in one sentence (the confirmation shown once the dialog has closed)."""
        months, code = self._saved
        kept = (self.tr("sessies worden niet automatisch gewist") if months == 0 else
                self.tr("sessies worden gewist na %1 maanden zonder wijziging").replace("%1", str(months)))
        text = self.tr("Privacy-instellingen bewaard: %1.").replace("%1", kept)
        if code == "nieuw":
            text += " " + self.tr("De nieuwe begeleidercode is ingesteld.")
        elif code == "weg":
            text += " " + self.tr("De begeleidercode is verwijderd.")
        return text
