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


FOCUS_FRAME_MARGIN = 3  # px: the largest of Qt's styles (2), plus one


class ColumnFit(QObject):
    """Gives a list's name column the room: the other columns get the width of their longest text, and when the list
    is narrow they give way first (the widest first, down to their longest word; their text then wraps), so the name
    column keeps at least `share` of the width. Set again whenever the list is resized.

    It follows the header, not the viewport: the header always spans the viewport's width, and asking PySide6 for
    the viewport makes it look up the most derived class of that widget among every QWidget subclass it knows
    (~10 ms at start-up, when none of them has been loaded yet). Widths are measured once per text list and font."""

    def __init__(self, view: QTreeView, name_column: int = 0, share: float = 0.4) -> None:
        super().__init__(view)
        self.view, self.name_column, self.share = view, name_column, share
        self.texts: dict[int, list[str]] = {}
        self._measured: dict[int, tuple[int, int]] = {}  # column -> (preferred, smallest), for the current font
        self._name_texts: list[str] = []
        self.name_word = 0
        header = view.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(name_column, QHeaderView.ResizeMode.Fixed)  # set by fit(): what the rest leave
        self._header = header  # compared by identity only: events may come while the view is deleted
        header.installEventFilter(self)
        # A font set on the view does not reach its header under the app's style sheet: watched on the view.
        self._view = view
        view.installEventFilter(self)

    def set_name_texts(self, texts: list[str]) -> None:
        """Every name the name column can show: that column is never narrower than its longest word (the list
        scrolls sideways instead, in a very narrow window with a very large font)."""
        self._name_texts = texts
        self._measure_names()
        self.fit()

    def _measure_names(self) -> None:
        metrics = self.view.fontMetrics()
        unique = {piece for text in self._name_texts for piece in words(text)}  # names share most of their words
        self.name_word = max([metrics.horizontalAdvance(w) for w in unique] + [0]) + self._padding()

    def set_texts(self, column: int, texts: list[str]) -> None:
        """Every text `column` can show (its header included); its widths are measured from these."""
        self.texts[column] = texts
        self._measured.pop(column, None)
        self.view.header().setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
        self.fit()

    def _padding(self) -> int:
        # What a style puts around a cell's text (a focus frame margin of 1–2 px in Qt's styles, PM_FocusFrameHMargin)
        # and a little air. Not asked of the style: QStyle's enums take ~10 ms to load, at start-up.
        return 2 * FOCUS_FRAME_MARGIN + self.view.fontMetrics().averageCharWidth()

    def widths(self, column: int) -> tuple[int, int]:
        """(preferred, smallest) width of a column: its longest text on one line, its longest word."""
        known = self._measured.get(column)
        if known is not None:
            return known
        metrics, padding = self.view.fontMetrics(), self._padding()
        texts = self.texts.get(column, [])
        model = self.view.model()
        header_text = str(model.headerData(column, Qt.Orientation.Horizontal) or "") if model is not None else ""
        longest = max([metrics.horizontalAdvance(t) for t in texts] + [0])
        # A header does not wrap: its text is the least a column needs.
        word = max([metrics.horizontalAdvance(w) for t in texts for w in words(t)] + [0])
        header = metrics.horizontalAdvance(header_text) + padding
        self._measured[column] = measured = (max(longest + padding, header), max(word + padding, header))
        return measured

    def fit(self) -> None:
        columns = [c for c in self.texts if not self.view.isColumnHidden(c)]
        if not columns:
            return
        header = self.view.header()
        available = header.width()
        sizes = {c: self.widths(c) for c in columns}
        room = available - round(available * self.share)

        def needed(cap: int) -> int:
            return sum(max(least, min(wanted, cap)) for wanted, least in sizes.values())

        # The widest columns give way first (a long finaliteit wraps before "2de graad" does), none below its
        # longest word: the largest cap on the widths that still fits the room (what needed() gives only grows
        # with the cap, so a binary search finds it).
        low, high = 0, max(preferred for preferred, _ in sizes.values())
        while low < high:
            middle = (low + high + 1) // 2
            if needed(middle) <= room:
                low = middle
            else:
                high = middle - 1
        widths = {column: max(least, min(wanted, low)) for column, (wanted, least) in sizes.items()}
        widths[self.name_column] = max(self.name_word, available - sum(widths.values()))
        for column, width in widths.items():
            if header.sectionSize(column) != width:
                header.resizeSection(column, width)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._view and event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._measured.clear()  # other letters, other widths
            self._measure_names()
            self.fit()
        elif watched is self._header and event.type() == QEvent.Type.Resize:
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
