"""The interest profile as six horizontal bars, painted with palette colours (light, dark, greyscale print)."""

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QFontMetrics, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QSizePolicy, QWidget

from studiekeuze.ui.widgets import scaled_font
from studiekeuze.vocabulary import RIASEC

if TYPE_CHECKING:
    from studiekeuze.advice.model import Balk


class ProfileChart(QWidget):
    """Bars 0–100 per RIASEC scale, as the advice model gives them (`ProfielDeel.balken`): the letters that stand
    out are the sheet's, drawn in the highlight colour (a flat profile highlights nothing)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("profielgrafiek")
        self.setAccessibleName(self.tr("Interesseprofiel"))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.scores: dict[str, int | None] = {}
        self.strong: set[str] = set()
        self.names = dict.fromkeys(RIASEC, "")

    def set_bars(self, balken: "Sequence[Balk]") -> None:
        self.names = {b.letter: b.naam for b in balken} or dict.fromkeys(RIASEC, "")
        self.scores = {b.letter: b.score for b in balken}
        self.strong = {b.letter for b in balken if b.hoog}
        self.setAccessibleDescription(", ".join(
            f"{b.naam} {'—' if b.score is None else b.score}" for b in balken
        ))
        self.updateGeometry()
        self.update()

    def _row_height(self) -> int:
        return round(self.fontMetrics().height() * 1.9)

    def sizeHint(self) -> QSize:
        return QSize(self.fontMetrics().horizontalAdvance("M") * 30, self._row_height() * len(RIASEC) + 4)

    def minimumSizeHint(self) -> QSize:
        return QSize(self.fontMetrics().horizontalAdvance("M") * 16, self.sizeHint().height())

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        metrics = self.fontMetrics()
        bold = scaled_font(self.font(), 1.0, bold=True)
        label_width = max(QFontMetrics(bold).horizontalAdvance(name) for name in self.names.values())
        label_width += metrics.height()
        value_width = metrics.horizontalAdvance("100") + metrics.height() // 2
        bar_left = label_width
        bar_width = max(10, self.width() - label_width - value_width)
        row = self._row_height()
        bar_height = row * 0.6
        for index, letter in enumerate(RIASEC):
            top = index * row
            text_rect = QRectF(0, top, label_width - metrics.height() // 2, row)
            painter.setPen(palette.color(QPalette.ColorRole.WindowText))
            font = painter.font()
            font.setBold(letter in self.strong)
            painter.setFont(font)
            painter.drawText(text_rect, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, self.names[letter])
            track = QRectF(bar_left, top + (row - bar_height) / 2, bar_width, bar_height)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(palette.color(QPalette.ColorRole.Midlight))
            painter.drawRoundedRect(track, 4, 4)
            value = self.scores.get(letter)
            if value:
                filled = QRectF(track.left(), track.top(), bar_width * value / 100, bar_height)
                role = QPalette.ColorRole.Highlight if letter in self.strong else QPalette.ColorRole.Mid
                painter.setBrush(palette.color(role))
                painter.drawRoundedRect(filled, 4, 4)
            painter.setPen(palette.color(QPalette.ColorRole.WindowText))
            value_rect = QRectF(bar_left + bar_width + metrics.height() // 4, top, value_width, row)
            painter.drawText(value_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                             "—" if value is None else str(value))
        painter.end()
