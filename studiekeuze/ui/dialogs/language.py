"""The language of the program: as the system, Nederlands or English (each by its own name); from the next start."""

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QVBoxLayout, QWidget

from studiekeuze.errors import StudiekeuzeError
from studiekeuze.ui import language
from studiekeuze.ui.errors import show_error
from studiekeuze.ui.widgets import WholeText, heading, wrapped


class LanguageSettings(QDialog):
    """Saved in the config folder when accepted. The window is built in one language, so the choice counts from the
    next start (rebuilding every page and dialog while a pupil may be open would risk more than it gives)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("taalinstelling")
        self.setWindowTitle(self.tr("Taal van het programma"))
        self.setWindowModality(Qt.WindowModality.WindowModal)

        self.choice = QComboBox()
        self.choice.setObjectName("taal")
        self.choice.setAccessibleName(self.tr("Taal van het programma"))
        system = language.NAMES[language.system_choice(QLocale.system().uiLanguages())]
        self.choice.addItem(self.tr("Zoals het systeem (%1)").replace("%1", system), language.SYSTEM)
        for code in language.available():
            self.choice.addItem(language.NAMES[code], code)  # in its own language: found by who reads it
        self.choice.setCurrentIndex(max(self.choice.findData(language.setting()), 0))

        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self.tr("&Taal van het programma:"), self.choice)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Taal van het programma"), 1.2))
        layout.addWidget(wrapped(self.tr(
            "De menu's, knoppen en meldingen van studiekeuze. Een andere taal geldt vanaf de volgende start. De "
            "richtingen, de vragenlijst en het advies blijven in het Nederlands."
        )))
        layout.addLayout(form)
        layout.addWidget(buttons)
        WholeText(self)

    def chosen(self) -> str:
        return str(self.choice.currentData() or "")

    def accept(self) -> None:
        try:
            language.set_setting(self.chosen())
        except StudiekeuzeError as error:  # the dialog stays open: nothing was saved, and it says so
            show_error(error, self)
            return
        super().accept()

    def saved_text(self) -> str:
        """What was saved, in one sentence (the confirmation shown once the dialog has closed)."""
        return self.tr("Taal bewaard: %1. Dat geldt vanaf de volgende start.").replace(
            "%1", self.choice.currentText())
