"""A table model over search results: no item objects, so a full list (~400 richtingen) fills in a few ms."""

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

from studiekeuze.models import RichtingSamenvatting
from studiekeuze.ui.labels import graad_label, summary_line

GROEPNUMMER = Qt.ItemDataRole.UserRole
Index = QModelIndex | QPersistentModelIndex


class ResultsModel(QAbstractTableModel):
    """Columns: name, graad, finaliteit (its pupil-facing name)."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.rows: list[RichtingSamenvatting] = []
        self.finaliteit_names: dict[str, str] = {}
        self._headers = (
            QCoreApplication.translate("Results", "Richting"),
            QCoreApplication.translate("Results", "Graad"),
            QCoreApplication.translate("Results", "Finaliteit"),
        )

    def set_rows(self, rows: list[RichtingSamenvatting]) -> None:
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
            return self.finaliteit_names.get(summary.finaliteit, summary.finaliteit)
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{summary.naam}\n{summary_line(summary, self.finaliteit_names)}"
        if role == GROEPNUMMER:
            return summary.groepnummer
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None
