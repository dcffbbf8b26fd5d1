"""The whole offer at a glance: per graad a table of domein × finaliteit; any cell opens its richtingen."""

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QFontMetrics
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
    from PySide6.QtGui import QShowEvent

    from studiekeuze.content.repository import ContentRepository

def wrap_words(text: str, metrics: QFontMetrics, width: int) -> str:
    """`text` with line breaks between words where a line would be wider than `width` (for a header, which does not
    wrap by itself)."""
    lines: list[str] = []
    for word in text.split():
        if lines and metrics.horizontalAdvance(f"{lines[-1]} {word}") <= width:
            lines[-1] = f"{lines[-1]} {word}"
        else:
            lines.append(word)
    return "\n".join(lines)


class MatrixView(QWidget):
    """Counts of richtingen per domein (rows) and finaliteit (columns) for one graad."""

    cell_opened = Signal(int, str, str)  # graad, finaliteit, domein

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.repository: ContentRepository | None = None
        self._finaliteiten: list[dict] = []
        self._domeinen: list[str] = []
        self._stale = False  # the repository changed while the tab was hidden

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
        # In a narrow window a name takes two lines ("Dubbele / finaliteit", "Economie en / organisatie"), never cut.
        self.table.installEventFilter(self)
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
        # Counted and laid out when the tab is first shown: at start-up it is hidden behind the list, and the
        # counts, the header metrics and QStyle (its enums load in ~10 ms) would only delay the first window.
        self._stale = True
        if self.isVisible():
            self._bring_up_to_date()

    def showEvent(self, event: "QShowEvent") -> None:
        super().showEvent(event)
        if self._stale:
            self._bring_up_to_date()

    def _bring_up_to_date(self) -> None:
        self._stale = False
        self._wrap_headers()
        self._fill()

    def _wrap_headers(self) -> None:
        """Break the header names between words so that every column keeps the room for its longest word: the
        domains (rows) give way first, then the finaliteiten (columns)."""
        from PySide6.QtWidgets import QStyle  # only once the tab is shown (see set_repository)

        rows, columns = self.table.verticalHeader(), self.table.horizontalHeader()
        metrics = columns.fontMetrics()
        margin = 2 * columns.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, columns) + 4
        names = [f["leerlingnaam"] for f in self._finaliteiten]
        if not names:
            return

        def longest_word(texts: list[str]) -> int:
            return max(metrics.horizontalAdvance(word) for text in texts for word in text.split())

        column_room = longest_word(names) + margin + 2 * metrics.averageCharWidth()  # the header's own padding
        # A column is never narrower than its longest word: in a very narrow window the table scrolls sideways
        # instead (it does not make the whole window wider).
        columns.setMinimumSectionSize(column_room)
        # What the row names and the columns share. The column header spans the viewport; asking for the viewport
        # itself makes PySide6 look up its class among every QWidget subclass (~10 ms at start-up).
        width = columns.width() + rows.width()
        row_room = max(longest_word(self._domeinen), width - column_room * len(names) - margin)
        for row, domein in enumerate(self._domeinen):
            self._set_header(self.table.verticalHeaderItem(row), wrap_words(domein, metrics, row_room))
        for column, name in enumerate(names):
            self._set_header(self.table.horizontalHeaderItem(column),
                             wrap_words(name, metrics, columns.sectionSize(column) - margin))

    @staticmethod
    def _set_header(item, text: str) -> None:
        if item is not None and item.text() != text:
            item.setText(text)

    def eventFilter(self, watched, event) -> bool:
        if watched is self.table and event.type() == QEvent.Type.Resize and self.isVisible():
            # After the header has laid out its sections for the new size.
            QTimer.singleShot(0, self, self._wrap_headers)
        return super().eventFilter(watched, event)

    def refresh(self) -> None:
        if self.repository is None:
            return
        if not self.isVisible():
            self._stale = True  # e.g. another graad chosen by code: counted when shown
            return
        self._fill()

    def _fill(self) -> None:
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
        if self._stale:
            self._bring_up_to_date()
        row = self._domeinen.index(domein)
        column = [f["code"] for f in self._finaliteiten].index(finaliteit)
        return self.table.item(row, column).data(Qt.ItemDataRole.UserRole)

    def _open(self, row: int, column: int) -> None:
        item = self.table.item(row, column)
        if item is None or not item.data(Qt.ItemDataRole.UserRole):
            return
        self.cell_opened.emit(self.graad.currentData(), self._finaliteiten[column]["code"], self._domeinen[row])
