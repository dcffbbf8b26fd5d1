"""Small shared widgets and helpers: headings that scale with the system font, cards, wrapped labels, list columns
that give a name the room, Qt's own file dialog in Dutch."""

import re
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    QTimer,
)
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QHeaderView,
    QLabel,
    QPushButton,
    QSizePolicy,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeView,
    QVBoxLayout,
    QWidget,
)


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


def file_dialog(parent: QWidget, title: str, kind: str = "") -> QFileDialog:
    """Qt's own file dialog, never the system's (the dialogs of Windows, macOS and GNOME keep a list of recent files
    and folders outside studiekeuze). It is deleted once closed, and what it wrote to Qt's settings is wiped again.

    It opens in the folder last used for `kind` (kept in studiekeuze's config folder), else in the documents folder.
    """
    from studiekeuze.ui.qtsettings import forget_file_dialog_history, remember_folder, remembered_folder

    dialog = QFileDialog(parent, title)
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    # qtbase_nl has no Dutch for these two labels of Qt's own dialog (its "Look in:" lacks the "&" Qt asks for).
    dialog.setLabelText(QFileDialog.DialogLabel.LookIn, QCoreApplication.translate("FileDialog", "Zoeken &in:"))
    dialog.setLabelText(QFileDialog.DialogLabel.FileType, QCoreApplication.translate("FileDialog", "Bestands&type:"))
    dialog.setDirectory(remembered_folder(kind))
    if kind:
        def chosen(path: str) -> None:
            chosen_path = Path(path)
            remember_folder(kind, chosen_path if dialog.fileMode() == QFileDialog.FileMode.Directory
                            else chosen_path.parent)

        dialog.fileSelected.connect(chosen)
    # Emitted by ~QObject, after ~QFileDialog has saved its history: so this runs last.
    dialog.destroyed.connect(lambda *_: forget_file_dialog_history(remembered=False))
    return dialog


def words(text: str) -> list[str]:
    """The pieces a text can wrap between: at spaces and zero-width spaces, and after a hyphen ("Topsport-",
    "Bedrijfswetenschappen")."""
    return [piece for word in text.replace("\u200b", " ").split() for piece in re.findall(r"[^-]+-?|-", word)]


class WrappingDelegate(QStyledItemDelegate):
    """Row heights from the text wrapped to its column's width (QTreeView alone measures text on one line), so a long
    richting name takes a second line instead of being cut off."""

    def __init__(self, view: QTreeView) -> None:
        super().__init__(view)
        self.view = view
        self._sizes: dict[tuple, QSize] = {}
        # New widths mean new heights: laid out again once the header has settled (not on every pixel).
        self._relayout = QTimer(self, singleShot=True, interval=0)
        self._relayout.timeout.connect(view.doItemsLayout)
        view.header().sectionResized.connect(lambda *_: self._relayout.start())
        self._view = view  # compared by identity only in eventFilter
        view.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._view and event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._sizes.clear()  # other letters, other heights
        # Not the base class: it takes the watched object for an open editor and would "commit" the view on Enter.
        return False

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        width = self.view.header().sectionSize(index.column())
        # Measured once per text and width: a search shows mostly the same names again, keystroke after keystroke.
        key = (index.column(), width, index.data())
        hint = self._sizes.get(key)
        if hint is None:
            sized = QStyleOptionViewItem(option)
            sized.rect = QRect(0, 0, width, 10_000)
            sized.features |= QStyleOptionViewItem.ViewItemFeature.WrapText
            hint = super().sizeHint(sized, index)
            hint = QSize(hint.width(), hint.height() + self.view.fontMetrics().height() // 4)  # rows apart
            if len(self._sizes) > 20_000:
                self._sizes.clear()
            self._sizes[key] = hint
        return hint


class ColumnFit(QObject):
    """Gives a list's name column the room: the other columns get the width of their longest text, and when the list
    is narrow they give way first (the widest first, down to their longest word; their text then wraps), so the name
    column keeps at least `share` of the width. Set again whenever the list is resized."""

    def __init__(self, view: QTreeView, name_column: int = 0, share: float = 0.4) -> None:
        super().__init__(view)
        self.view, self.name_column, self.share = view, name_column, share
        self.texts: dict[int, list[str]] = {}
        self.name_word = 0
        header = view.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(name_column, QHeaderView.ResizeMode.Fixed)  # set by fit(): what the rest leave
        self._viewport = view.viewport()  # compared by identity only: events may come while the view is deleted
        self._viewport.installEventFilter(self)

    def set_name_texts(self, texts: list[str]) -> None:
        """Every name the name column can show: that column is never narrower than its longest word (the list
        scrolls sideways instead, in a very narrow window with a very large font)."""
        metrics = self.view.fontMetrics()
        self.name_word = max([metrics.horizontalAdvance(w) for t in texts for w in words(t)] + [0]) + self._padding()
        self.fit()

    def set_texts(self, column: int, texts: list[str]) -> None:
        """Every text `column` can show (its header included); its widths are measured from these."""
        self.texts[column] = texts
        self.view.header().setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
        self.fit()

    def _padding(self) -> int:
        # What the style puts around a cell's text (its focus frame margins), and a little air.
        margin = self.view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, self.view) + 1
        return 2 * margin + self.view.fontMetrics().averageCharWidth()

    def widths(self, column: int) -> tuple[int, int]:
        """(preferred, smallest) width of a column: its longest text on one line, its longest word."""
        metrics, padding = self.view.fontMetrics(), self._padding()
        texts = self.texts.get(column, [])
        model = self.view.model()
        header_text = str(model.headerData(column, Qt.Orientation.Horizontal) or "") if model is not None else ""
        longest = max([metrics.horizontalAdvance(t) for t in texts] + [0])
        # A header does not wrap: its text is the least a column needs.
        word = max([metrics.horizontalAdvance(w) for t in texts for w in words(t)] + [0])
        header = metrics.horizontalAdvance(header_text) + padding
        return max(longest + padding, header), max(word + padding, header)

    def fit(self) -> None:
        columns = [c for c in self.texts if not self.view.isColumnHidden(c)]
        if not columns:
            return
        available = self.view.viewport().width()
        sizes = {c: self.widths(c) for c in columns}
        room = available - round(available * self.share)
        # The widest columns give way first (a long finaliteit wraps before "2de graad" does), none below its
        # longest word: the largest cap on the widths that still fits the room.
        cap = max(preferred for preferred, _ in sizes.values())
        while cap > 0 and sum(max(least, min(wanted, cap)) for wanted, least in sizes.values()) > room:
            cap -= 1
        widths = {column: max(least, min(wanted, cap)) for column, (wanted, least) in sizes.items()}
        widths[self.name_column] = max(self.name_word, available - sum(widths.values()))
        header = self.view.header()
        for column, width in widths.items():
            if header.sectionSize(column) != width:
                header.resizeSection(column, width)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._viewport and event.type() == QEvent.Type.Resize:
            self.fit()
        return super().eventFilter(watched, event)


class WholeText(QObject):
    """Keeps a dialog tall enough for its wrapped labels at its width. Qt sizes a window by its layout's minimum,
    which does not know that a label that wraps needs more lines in a narrower window (large fonts)."""

    def __init__(self, dialog: QWidget) -> None:
        super().__init__(dialog)
        self.dialog = dialog
        dialog.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.dialog and event.type() in (QEvent.Type.Show, QEvent.Type.Resize):
            layout = self.dialog.layout()
            if layout is not None and layout.hasHeightForWidth():
                needed = layout.totalHeightForWidth(self.dialog.width())
                if needed > self.dialog.minimumHeight():
                    self.dialog.setMinimumHeight(needed)
        return super().eventFilter(watched, event)
