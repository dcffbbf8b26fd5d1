"""Choices for a class import, asked before the file: which questionnaire, which class, where the class is now.

What is done with them (which rows become sessions) is `studiekeuze.classes.importing`.
"""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from studiekeuze.ui.labels import graad_label
from studiekeuze.ui.widgets import WholeText, heading, wrapped
from studiekeuze.userdata.store import MAX_CLASS_LENGTH
from studiekeuze.vocabulary import Vorm, graden

NOT_GIVEN = 0  # combo data for "differs per pupil": 0, because None cannot be told apart from "nothing chosen"


class ClassImportDialog(QDialog):
    """Accepted with a vorm, a klas for rows without one, and the class's graad; then the CSV file is chosen."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("klasimport")
        self.setWindowTitle(self.tr("Klas importeren"))
        self.setWindowModality(Qt.WindowModality.WindowModal)

        self.kort = QRadioButton(self.tr("&Kort (30 vragen)"))
        self.kort.setChecked(True)
        self.volledig = QRadioButton(self.tr("&Volledig (77 vragen)"))
        for radio in (self.kort, self.volledig):
            radio.setAccessibleName(radio.text().replace("&", ""))
        self.klas = QLineEdit()
        self.klas.setObjectName("klas")
        self.klas.setMaxLength(MAX_CLASS_LENGTH)
        self.klas.setAccessibleName(self.tr("Klas, als de lijst geen kolom klas heeft"))
        self.klas.setPlaceholderText(self.tr("bijvoorbeeld 4B"))
        self.graad = QComboBox()
        self.graad.setObjectName("graad")
        self.graad.setAccessibleName(self.tr("Waar zit de klas nu?"))
        for graad in graden():
            self.graad.addItem(graad_label(graad), graad)
        self.graad.addItem(self.tr("Verschilt per leerling (staat in de lijst)"), NOT_GIVEN)
        self.graad.setPlaceholderText(self.tr("Kies…"))
        self.graad.setCurrentIndex(-1)  # a wrong default would quietly give wrong suggestions
        self.graad.currentIndexChanged.connect(self._update)

        vorm = QVBoxLayout()
        vorm.addWidget(self.kort)
        vorm.addWidget(self.volledig)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self.tr("Vragenlijst:"), vorm)
        form.addRow(self.tr("K&las (als de lijst geen kolom 'klas' heeft):"), self.klas)
        form.addRow(self.tr("&Waar zit de klas nu?"), self.graad)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.choose = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.choose.setText(self.tr("Kies het &CSV-bestand…"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Klas importeren"), 1.2))
        layout.addWidget(wrapped(self.tr(
            "Een klaslijst is een CSV-bestand (in Excel: Bewaren als > CSV UTF-8) met een kolom voornaam, en als "
            "je wilt klas en huidige_richting. Andere kolommen worden niet ingelezen en niet bewaard. "
            "Is er één fout in de lijst, dan wordt niets ingelezen."
        )))
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self._update()
        WholeText(self)

    def _update(self) -> None:
        self.choose.setEnabled(self.graad.currentIndex() >= 0)

    def vorm(self) -> str:
        return Vorm.KORT.value if self.kort.isChecked() else Vorm.VOLLEDIG.value

    def huidige_graad(self) -> int | None:
        return self.graad.currentData() or None
