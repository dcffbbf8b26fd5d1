"""Small shared widgets and helpers: headings that scale with the system font, cards, wrapped labels."""

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFileDialog, QFrame, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget


def scaled_font(base: QFont, factor: float = 1.0, bold: bool = False) -> QFont:
    """A font relative to the system font, so every size follows the user's font setting."""
    font = QFont(base)
    if base.pointSizeF() > 0:
        font.setPointSizeF(base.pointSizeF() * factor)
    else:
        font.setPixelSize(round(base.pixelSize() * factor))
    font.setBold(bold)
    return font


def heading(text: str, factor: float = 1.5, parent: QWidget | None = None) -> QLabel:
    label = QLabel(text, parent)
    label.setFont(scaled_font(label.font(), factor, bold=True))
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
    return label


def wrapped(text: str = "", parent: QWidget | None = None, factor: float = 1.0) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    if factor != 1.0:
        label.setFont(scaled_font(label.font(), factor))
    label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
    return label


def button(text: str, parent: QWidget | None = None) -> QPushButton:
    """A push button that Enter activates too (not only Space), as keyboard users expect."""
    push = QPushButton(text, parent)
    push.setAutoDefault(True)
    return push


class Card(QFrame):
    """A calm framed box (drawn with palette colours, so it follows light and dark mode)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(12, 10, 12, 10)
        self.layout_.setSpacing(6)


def clear_layout(layout) -> None:
    """Remove and delete every widget of a layout (used when a list of cards is rebuilt)."""
    while layout.count():
        item = layout.takeAt(0)
        widget = item.widget()
        if widget is not None:
            widget.hide()
            widget.deleteLater()
        elif item.layout() is not None:
            clear_layout(item.layout())


def file_dialog(parent: QWidget, title: str) -> QFileDialog:
    """Qt's own file dialog, never the system's (the dialogs of Windows, macOS and GNOME keep a list of recent files
    and folders outside studiekeuze). It is deleted once closed, and what it wrote to Qt's settings is wiped again."""
    from studiekeuze.ui.qtsettings import forget_file_dialog_history

    dialog = QFileDialog(parent, title)
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    # Emitted by ~QObject, after ~QFileDialog has saved its history: so this runs last.
    dialog.destroyed.connect(lambda *_: forget_file_dialog_history())
    return dialog
