"""A table model over search results: no item objects, so a full list (~400 richtingen) fills in a few ms."""

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

from studiekeuze.models import Zoekresultaat
from studiekeuze.ui.labels import found_in_line, graad_label, summary_line

GROEPNUMMER = Qt.ItemDataRole.UserRole
Index = QModelIndex | QPersistentModelIndex
GEVONDEN_IN = 3  # the column that says where the search found a richting (empty without search text)
# The strongest field says why a richting is where it is in the list (one word, so the name keeps its room); the
# tooltip names every field.
FIELDS_SHOWN = 1


class ResultsModel(QAbstractTableModel):
    """Columns: name, graad, finaliteit (its pupil-facing name), where the search found it."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.rows: list[Zoekresultaat] = []
        self.finaliteit_names: dict[str, str] = {}
        self._headers = (
            QCoreApplication.translate("Results", "Richting"),
            QCoreApplication.translate("Results", "Graad"),
            QCoreApplication.translate("Results", "Finaliteit"),
            QCoreApplication.translate("Results", "Gevonden in"),
        )

    def set_rows(self, rows: list[Zoekresultaat]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._headers)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        summary = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            column = index.column()
            if column == 0:
                return summary.naam
            if column == 1:
                return graad_label(summary.graad)
            if column == GEVONDEN_IN:
                return found_in_line(summary.gevonden_in, FIELDS_SHOWN)
            return self.finaliteit_names.get(summary.finaliteit, summary.finaliteit)
        if role == Qt.ItemDataRole.ToolTipRole:
            tip = f"{summary.naam}\n{summary_line(summary, self.finaliteit_names)}"
            if summary.gevonden_in:
                tip += "\n" + QCoreApplication.translate("Results", "Gevonden in: %1").replace(
                    "%1", found_in_line(summary.gevonden_in))
            from studiekeuze.ui import hard_words  # asked on hover only: the word lists load then, not at start-up

            explained = hard_words.tooltip(hard_words.explanations(tip))
            return f"{tip}\n\n{explained}" if explained else tip
        if role == GROEPNUMMER:
            return summary.groepnummer
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.ToolTipRole:
            from studiekeuze.ui import hard_words

            return hard_words.tooltip(hard_words.explanations(self._headers[section])) or None
        return None
