"""The whole offer at a glance: per graad a table of domein × finaliteit; any cell opens its richtingen."""

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from studiekeuze.models import GRADEN
from studiekeuze.ui.labels import graad_label
from studiekeuze.ui.widgets import wrapped

if TYPE_CHECKING:
    from studiekeuze.content.repository import ContentRepository

class MatrixView(QWidget):
    """Counts of richtingen per domein (rows) and finaliteit (columns) for one graad."""

    cell_opened = Signal(int, str, str)  # graad, finaliteit, domein

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.repository: ContentRepository | None = None
        self._finaliteiten: list[dict] = []
        self._domeinen: list[str] = []

        self.graad = QComboBox()
        self.graad.setAccessibleName(self.tr("Graad van het overzicht"))
        for graad in GRADEN:
            self.graad.addItem(graad_label(graad), graad)
        self.graad.currentIndexChanged.connect(self.refresh)
        graad_label_widget = QLabel(self.tr("G&raad:"))
        graad_label_widget.setBuddy(self.graad)

        self.table = QTableWidget()
        self.table.setObjectName("matrix")
        self.table.setAccessibleName(self.tr("Aantal richtingen per domein en finaliteit"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setTabKeyNavigation(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.cellActivated.connect(self._open)
        self.table.cellClicked.connect(self._open)

        top = QHBoxLayout()
        top.addWidget(graad_label_widget)
        top.addWidget(self.graad, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(wrapped(self.tr("Kies een vakje om de richtingen te zien (klik of Enter).")))
        layout.addWidget(self.table, 1)

    def set_repository(self, repository: "ContentRepository") -> None:
        self.repository = repository
        self._finaliteiten = repository.finaliteiten()
        self._domeinen = [d["naam"] for d in repository.domeinen()]
        self.table.setColumnCount(len(self._finaliteiten))
        self.table.setRowCount(len(self._domeinen))
        self.table.setHorizontalHeaderLabels([f["leerlingnaam"] for f in self._finaliteiten])
        self.table.setVerticalHeaderLabels(self._domeinen)
        self.refresh()

    def refresh(self) -> None:
        if self.repository is None:
            return
        graad = self.graad.currentData()
        counts: dict[tuple[str, str], int] = {}
        # One search per graad, counted per cell: a richting in two domeinen counts in both rows.
        for summary in self.repository.search("", graad=graad):
            for domein in summary.domeinen:
                counts[domein, summary.finaliteit] = counts.get((domein, summary.finaliteit), 0) + 1
        for row, domein in enumerate(self._domeinen):
            for column, finaliteit in enumerate(self._finaliteiten):
                count = counts.get((domein, finaliteit["code"]), 0)
                item = QTableWidgetItem(str(count) if count else "–")
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                item.setData(Qt.ItemDataRole.UserRole, count)
                item.setToolTip(self.tr("%1 richtingen: %2 · %3").replace("%1", str(count)).replace("%2", domein)
                                .replace("%3", finaliteit["leerlingnaam"]))
                if not count:
                    item.setFlags(Qt.ItemFlag.ItemIsEnabled)
                self.table.setItem(row, column, item)

    def count(self, domein: str, finaliteit: str) -> int:
        row = self._domeinen.index(domein)
        column = [f["code"] for f in self._finaliteiten].index(finaliteit)
        return self.table.item(row, column).data(Qt.ItemDataRole.UserRole)

    def _open(self, row: int, column: int) -> None:
        item = self.table.item(row, column)
        if item is None or not item.data(Qt.ItemDataRole.UserRole):
            return
        self.cell_opened.emit(self.graad.currentData(), self._finaliteiten[column]["code"], self._domeinen[row])
