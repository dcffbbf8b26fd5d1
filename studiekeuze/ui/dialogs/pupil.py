"""The counsellor's editor for the open pupil: first name, klas, where the pupil is now, and what the attest closes.

Open at any time (also for a 7th year without its richting, or a pupil imported with "verschilt per leerling"): it
says what is still needed for suggestions. Saved with `Session.update_pupil`; the pages follow at once.
"""

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from studiekeuze.errors import StudiekeuzeError
from studiekeuze.textcheck import klas_problem, name_problem
from studiekeuze.textnorm import fold
from studiekeuze.ui.labels import graad_label
from studiekeuze.ui.session import Session
from studiekeuze.ui.widgets import heading, wrapped
from studiekeuze.userdata.store import MAX_CLASS_LENGTH, MAX_NAME_LENGTH
from studiekeuze.vocabulary import graden, volgende_graad

if TYPE_CHECKING:
    from studiekeuze.content.repository import ContentRepository

GROEPNUMMER = Qt.ItemDataRole.UserRole


class PupilDialog(QDialog):
    """Accepted once the changes are stored; a name the one name check refuses keeps it open with the reason."""

    def __init__(self, session: Session, repository: "ContentRepository", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("leerlingaanpassen")
        self.setWindowTitle(self.tr("Leerling aanpassen"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.session = session
        self.repository = repository
        sessie = session.current
        assert sessie is not None, "the editor is for the open pupil"
        self._filled_for: tuple[int | None, str | None] | None = None
        # The stored lists may hold names (an answers file, a class list): shown and kept as groepnummers.
        self._niet_open = {self._groepnummer(key) or key for key in sessie.niet_open}

        self.voornaam = QLineEdit(sessie.voornaam)
        self.voornaam.setObjectName("voornaam")
        self.voornaam.setMaxLength(MAX_NAME_LENGTH)
        self.voornaam.setAccessibleName(self.tr("Voornaam of schuilnaam"))
        self.klas = QLineEdit(sessie.klas)
        self.klas.setObjectName("klas")
        self.klas.setMaxLength(MAX_CLASS_LENGTH)
        self.klas.setAccessibleName(self.tr("Klas (niet verplicht)"))
        self.graad = QComboBox()
        self.graad.setObjectName("graad")
        self.graad.setAccessibleName(self.tr("Waar zit de leerling nu?"))
        for graad in graden():
            self.graad.addItem(graad_label(graad), graad)
        self.graad.setPlaceholderText(self.tr("Kies…"))
        self.richting = QComboBox()
        self.richting.setObjectName("huidige_richting")
        self.richting.setEditable(True)
        self.richting.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.richting.setAccessibleName(self.tr("Huidige richting"))
        self.filter = QLineEdit()
        self.filter.setObjectName("nietopenzoeken")
        self.filter.setAccessibleName(self.tr("Zoek in de richtingen die nu niet open zijn"))
        self.filter.setPlaceholderText(self.tr("Zoek een richting…"))
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self._filter)
        self.niet_open = QListWidget()
        self.niet_open.setObjectName("nietopen")
        self.niet_open.setAccessibleName(self.tr("Richtingen die het attest nu niet openlaat"))
        self.niet_open.itemChanged.connect(self._checked)
        self.niet_open_uitleg = wrapped()
        self.niet_open_uitleg.setObjectName("nietopenuitleg")
        self.hint = wrapped()
        self.hint.setObjectName("hint")
        self.problem = wrapped()
        self.problem.setObjectName("probleem")
        self.problem.hide()

        current = self._groepnummer(sessie.huidige_richting) if sessie.huidige_richting else None
        graad = sessie.huidige_graad
        if graad is None and current is not None:
            graad = repository.summaries[current].graad  # imported with "verschilt per leerling" and a richting
        self.graad.setCurrentIndex(self.graad.findData(graad) if graad is not None else -1)
        self._fill_richtingen()
        if current is not None:
            self.richting.setCurrentIndex(max(self.richting.findData(current), 0))
        self.graad.currentIndexChanged.connect(self._graad_changed)
        self.richting.currentIndexChanged.connect(self._update)
        self.richting.editTextChanged.connect(self._update)

        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self.tr("&Voornaam of schuilnaam:"), self.voornaam)
        form.addRow(self.tr("K&las (niet verplicht):"), self.klas)
        form.addRow(self.tr("&Waar zit de leerling nu?"), self.graad)
        form.addRow(self.tr("&Huidige richting:"), self.richting)
        niet_open_label = QLabel(self.tr("&Nu niet open volgens het attest (de klassenraad):"))
        niet_open_label.setWordWrap(True)
        niet_open_label.setBuddy(self.filter)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save.setText(self.tr("&Bewaren"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Leerling aanpassen"), 1.2))
        layout.addWidget(wrapped(self.tr(
            "De suggesties volgen meteen wat je hier bewaart. Je kunt dit altijd opnieuw aanpassen."
        )))
        layout.addLayout(form)
        layout.addWidget(self.hint)
        layout.addWidget(niet_open_label)
        layout.addWidget(self.niet_open_uitleg)
        layout.addWidget(self.filter)
        layout.addWidget(self.niet_open, 1)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        metrics = self.fontMetrics()
        self.resize(metrics.horizontalAdvance("M") * 45, metrics.height() * 34)
        self._update()

    # --- what is chosen ------------------------------------------------------------------------------------
    def chosen_graad(self) -> int | None:
        return self.graad.currentData() if self.graad.currentIndex() >= 0 else None

    def chosen_richting(self) -> str | None:
        """The groepnummer chosen or typed ("" = none yet); None when the typed text names no richting of the list."""
        text = self.richting.currentText().strip()
        index = self.richting.findText(text, Qt.MatchFlag.MatchFixedString)
        if index >= 0:
            return self.richting.itemData(index) or ""
        return "" if not text else None

    def chosen_niet_open(self) -> tuple[str, ...]:
        return tuple(sorted(self._niet_open))

    def _groepnummer(self, key: str) -> str | None:
        try:
            return self.repository.find(key).groepnummer
        except StudiekeuzeError:
            return None

    # --- the lists -----------------------------------------------------------------------------------------
    def _fill_richtingen(self) -> None:
        graad = self.chosen_graad()
        self.richting.blockSignals(True)
        self.richting.clear()
        self.richting.addItem(self.tr("(nog geen richting)"), "")
        if graad is not None and graad != 1:
            for summary in self.repository.search("", graad=graad):
                self.richting.addItem(summary.naam, summary.groepnummer)
        self.richting.setEnabled(graad is not None and graad != 1)
        completer = QCompleter(self.richting.model(), self.richting)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.richting.setCompleter(completer)
        self.richting.blockSignals(False)

    def _fill_niet_open(self) -> None:
        """The richtingen of the next graad, those the attest closes checked (and any closed earlier, kept)."""
        graad = self.chosen_graad()
        richting = self.chosen_richting()
        self._filled_for = (graad, richting)
        if richting:
            graad = self.repository.summaries[richting].graad
        volgende = volgende_graad(graad)
        self.niet_open.blockSignals(True)
        self.niet_open.clear()
        shown: set[str] = set()
        if volgende is not None and volgende != 1:
            for summary in self.repository.search("", graad=volgende):
                self._add_item(summary.groepnummer, summary.naam)
                shown.add(summary.groepnummer)
        for key in sorted(self._niet_open - shown):
            summary = self.repository.summaries.get(key)
            self._add_item(key, summary.naam if summary else key)
        self.niet_open.blockSignals(False)
        if volgende is None and graad is not None:
            self.niet_open_uitleg.setText(self.tr(
                "Na een 7de jaar volgt geen graad meer in het secundair: hier hoeft niets aangevinkt te worden."))
        elif volgende is None:
            self.niet_open_uitleg.setText(self.tr("Kies eerst waar de leerling nu zit."))
        else:
            self.niet_open_uitleg.setText(self.tr(
                "Vink de richtingen van de %1 aan die het attest nu niet openlaat. Ze blijven zichtbaar als "
                "'nu niet open'.").replace("%1", graad_label(volgende)))
        self._filter(self.filter.text())

    def _add_item(self, groepnummer: str, naam: str) -> None:
        item = QListWidgetItem(naam)
        item.setData(GROEPNUMMER, groepnummer)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if groepnummer in self._niet_open else Qt.CheckState.Unchecked)
        self.niet_open.addItem(item)

    def item(self, groepnummer: str) -> QListWidgetItem | None:
        for row in range(self.niet_open.count()):
            if self.niet_open.item(row).data(GROEPNUMMER) == groepnummer:
                return self.niet_open.item(row)
        return None

    def _checked(self, item: QListWidgetItem) -> None:
        if item.checkState() == Qt.CheckState.Checked:
            self._niet_open.add(item.data(GROEPNUMMER))
        else:
            self._niet_open.discard(item.data(GROEPNUMMER))

    def _filter(self, text: str) -> None:
        wanted = fold(text).strip()
        for row in range(self.niet_open.count()):
            item = self.niet_open.item(row)
            item.setHidden(bool(wanted) and wanted not in fold(item.text()))

    # --- feedback ------------------------------------------------------------------------------------------
    def _graad_changed(self) -> None:
        self._fill_richtingen()
        self._update()

    def _update(self) -> None:
        if self._filled_for != (self.chosen_graad(), self.chosen_richting()):
            self._fill_niet_open()
        self.hint.setText(self._hint())
        self.hint.setVisible(bool(self.hint.text()))

    def _hint(self) -> str:
        """What is still needed for suggestions, in plain words (empty when nothing is)."""
        graad, richting = self.chosen_graad(), self.chosen_richting()
        if richting is None:
            return self.tr("Kies de huidige richting uit de lijst (typ een deel van de naam).")
        if richting:
            return ""
        if graad is None:
            return self.tr("Kies waar de leerling nu zit: dan verschijnen de suggesties.")
        if volgende_graad(graad) is None:
            return self.tr("Kies ook in welk 7de jaar de leerling zit: de suggesties volgen uit die richting.")
        return ""

    def accept(self) -> None:
        problem = name_problem(self.voornaam.text()) or klas_problem(self.klas.text())
        richting = self.chosen_richting()
        if problem is None and richting is None:
            problem = self.tr("kies de huidige richting uit de lijst, of laat ze leeg.")
        if problem:
            self._show_problem(problem)
            return
        try:
            self.session.update_pupil(self.voornaam.text(), self.klas.text(), self.chosen_graad(), richting or "",
                                      self.chosen_niet_open())
        except StudiekeuzeError as error:
            self._show_problem(str(error))
            return
        super().accept()

    def _show_problem(self, problem: str) -> None:
        self.problem.setText(problem[0].upper() + problem[1:])
        self.problem.show()
