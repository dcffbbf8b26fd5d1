"""Draws the questionnaire's pictograms (SVG files of the package) on a light tile, at any size."""

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QSizePolicy, QWidget

from studiekeuze import resources

# The drawings are dark strokes on a transparent ground, so they sit on a fixed light tile: in dark mode too.
TILE_COLOUR = QColor("#FAF8F3")
TILE_BORDER = QColor("#D9D4C7")

_renderers: dict[str, QSvgRenderer | None] = {}


def renderer(name: str) -> QSvgRenderer | None:
    """The renderer of one pictogram, made once; None for a name without a valid file (the picture is left out)."""
    if name not in _renderers:
        path = resources.pictogram(name) if name else None
        svg = QSvgRenderer(str(path)) if path is not None and path.is_file() else None
        _renderers[name] = svg if svg is not None and svg.isValid() else None
    return _renderers[name]


class Pictogram(QWidget):
    """One item's drawing on a light rounded tile; `name` is the file shown ("" when none)."""

    def __init__(self, side: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pictogram")
        self.name = ""
        self.setFixedSize(side, side)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        # The item text beside it says the same in words; a screen reader reads that, not the drawing.
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)

    def set_pictogram(self, name: str) -> None:
        self.name = name if renderer(name) is not None else ""
        self.setVisible(bool(self.name))
        self.update()

    def sizeHint(self) -> QSize:
        return self.size()

    def paintEvent(self, _event: QPaintEvent) -> None:
        svg = renderer(self.name)
        if svg is None:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        tile = QRectF(self.rect()).adjusted(1, 1, -1, -1)
        painter.setPen(TILE_BORDER)
        painter.setBrush(TILE_COLOUR)
        painter.drawRoundedRect(tile, tile.width() * 0.12, tile.width() * 0.12)
        margin = tile.width() * 0.08
        svg.render(painter, tile.adjusted(margin, margin, -margin, -margin))
        painter.end()
