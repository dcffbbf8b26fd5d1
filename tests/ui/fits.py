"""What a person sees cut off: every visible text of a window that does not fit its widget (shared by GUI tests).

`cut_texts(window)` lists, in words, each label, button, combo box, tab, list row, column header or table cell whose
text is wider (or, wrapped, taller) than the room it has, and each widget that sticks out of its parent or the
window (a scroll area's content may, that is what scrolling is for). An empty list: nothing is cut.
"""

from PySide6.QtCore import QAbstractListModel, QPoint, QRect, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QComboBox,
    QHeaderView,
    QLabel,
    QListWidget,
    QStyle,
    QStyleOptionComboBox,
    QTabBar,
    QTableWidget,
    QTextBrowser,
    QTreeView,
    QWidget,
)

from studiekeuze.ui.widgets import words

SLACK = 1  # a pixel of rounding (fractional font advances at 150 %)
WRAP = int(Qt.TextFlag.TextWordWrap)


def shown_text(text: str) -> str:
    """A button's or label's text as drawn: "&&" is "&", a single "&" marks the mnemonic."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def _name(widget: QWidget) -> str:
    return f"{type(widget).__name__}({widget.objectName() or widget.accessibleName() or '?'})"


def _scrolled(widget: QWidget) -> bool:
    """Inside a scroll area's content (or its viewport): may be larger than what is in view."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractScrollArea) and not isinstance(parent, QAbstractItemView | QTextBrowser):
            return True
        parent = parent.parentWidget()
    return False


def _visible(widget: QWidget) -> bool:
    return widget.isVisible() and widget.width() > 0 and widget.height() > 0


def _outside(widget: QWidget) -> str | None:
    """The widget sticks out of its parent (clipped there), or out of its window."""
    parent = widget.parentWidget()
    if parent is None or widget.isWindow() or _scrolled(widget):
        return None
    if isinstance(parent, QAbstractScrollArea | QTabBar) or parent.inherits("QAbstractScrollArea"):
        return None  # viewports, scroll bars and tab scroll buttons place themselves
    geometry = widget.geometry()
    if not parent.rect().adjusted(-SLACK, -SLACK, SLACK, SLACK).contains(geometry):
        return f"{_name(widget)} sticks out of {_name(parent)}: {geometry.getRect()} in {parent.rect().getRect()}"
    if not in_window(widget):
        return f"{_name(widget)} sticks out of the window"
    return None


def _label(label: QLabel) -> str | None:
    text = label.text()
    if not text or (label.pixmap() is not None and not label.pixmap().isNull()):
        return None
    metrics = label.fontMetrics()
    room = label.contentsRect()
    margin = label.margin() + label.indent() if label.indent() > 0 else label.margin()
    width = room.width() - 2 * max(margin, 0)
    plain = label.textFormat() == Qt.TextFormat.PlainText or (
        label.textFormat() == Qt.TextFormat.AutoText and not ("<" in text and ">" in text))
    if plain and label.buddy() is not None:
        text = shown_text(text)
    if label.wordWrap():
        if plain:
            longest = max((w for line in text.splitlines() for w in words(line)), key=metrics.horizontalAdvance,
                          default="")
            if metrics.horizontalAdvance(longest) > width + SLACK:
                return f"{_name(label)}: the word {longest!r} is wider than its {width} px"
        needed = label.heightForWidth(label.width())
        if needed > label.height() + SLACK:
            return f"{_name(label)}: {text[:40]!r}… needs {needed} px of height, has {label.height()}"
        return None
    if not plain:
        return None  # rich text without wrapping: laid out by Qt's document, checked by its size hint below
    for line in text.splitlines() or [""]:
        if metrics.horizontalAdvance(line) > width + SLACK:
            return f"{_name(label)}: {line!r} is {metrics.horizontalAdvance(line)} px wide, has {width}"
    return None


def _button(button: QAbstractButton) -> str | None:
    if not button.text():
        return None
    hint = button.minimumSizeHint() if button.inherits("AnswerButton") or type(button).__name__ == "AnswerButton" \
        else button.sizeHint()
    if button.width() + SLACK < hint.width():
        return f"{_name(button)}: {shown_text(button.text())!r} needs {hint.width()} px, has {button.width()}"
    return None


def _combo(combo: QComboBox) -> str | None:
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    field = combo.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, option,
                                          QStyle.SubControl.SC_ComboBoxEditField, combo)
    text = combo.currentText()
    if combo.fontMetrics().horizontalAdvance(text) > field.width() + SLACK:
        return f"{_name(combo)}: {text!r} is wider than its field of {field.width()} px"
    return None


def _tabs(bar: QTabBar) -> list[str]:
    problems = []
    metrics = bar.fontMetrics()
    for index in range(bar.count()):
        text = shown_text(bar.tabText(index))
        if metrics.horizontalAdvance(text) > bar.tabRect(index).width() - 8:
            problems.append(f"{_name(bar)}: tab {text!r} is cut ({bar.tabRect(index).width()} px)")
    return problems


def _header(header: QHeaderView) -> list[str]:
    problems = []
    model = header.model()
    if model is None or header.isHidden():
        return problems
    metrics = header.fontMetrics()
    margin = header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
    for section in range(header.count()):
        if header.isSectionHidden(section):
            continue
        text = str(model.headerData(section, header.orientation()) or "")
        lines = text.splitlines() or [""]
        horizontal = header.orientation() == Qt.Orientation.Horizontal
        room = header.sectionSize(section) if horizontal else header.width()
        tall = header.height() if horizontal else header.sectionSize(section)
        wide = max(metrics.horizontalAdvance(line) for line in lines)
        if wide + 2 * margin > room + SLACK or len(lines) * metrics.height() > tall + SLACK:
            problems.append(f"{_name(header)}: {text!r} is cut ({room} × {tall} px)")
    return problems


def _cells(view: QAbstractItemView) -> list[str]:
    """Every cell in view: its text, wrapped to its width when the view wraps, fits the cell."""
    problems = []
    model = view.model()
    if model is None:
        return problems
    metrics = QFontMetrics(view.font())
    wraps = view.wordWrap() if isinstance(view, QTreeView | QTableWidget) else False
    margin = view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1
    area = view.viewport().rect()
    root = view.rootIndex()
    columns = 1 if isinstance(model, QAbstractListModel) else model.columnCount(root)  # a list's is private
    for row in range(model.rowCount(root)):
        for column in range(columns):
            index = model.index(row, column, root)
            rect = view.visualRect(index)
            if not rect.isValid() or not area.intersects(rect) or (
                    isinstance(view, QTreeView) and view.isColumnHidden(column)):
                continue
            text = str(index.data() or "")
            if not text:
                continue
            width = rect.width() - 2 * margin
            if isinstance(view, QListWidget):
                width = view.viewport().width() - 2 * margin - 2 * view.spacing()
            if wraps:
                longest = max(words(text), key=metrics.horizontalAdvance, default="")
                height = metrics.boundingRect(QRect(0, 0, width, 10_000), WRAP, text).height()
                if metrics.horizontalAdvance(longest) > width + SLACK or height > rect.height() + SLACK:
                    problems.append(f"{_name(view)}: row {row}, column {column}: {text!r} is cut ({rect.getRect()})")
            elif metrics.horizontalAdvance(text) > width + SLACK:
                problems.append(f"{_name(view)}: row {row}, column {column}: {text!r} is cut ({width} px)")
    return problems


def cut_texts(window: QWidget) -> list[str]:
    """Everything visible in `window` (and the windows it owns) whose text does not fit, in words."""
    problems: list[str] = []
    for widget in [window, *window.findChildren(QWidget)]:
        if not _visible(widget):
            continue
        found = _outside(widget)
        if found:
            problems.append(found)
        if isinstance(widget, QLabel):
            found = _label(widget)
        elif isinstance(widget, QAbstractButton) and not isinstance(widget.parentWidget(), QTabBar):
            found = _button(widget)
        elif isinstance(widget, QComboBox):
            found = _combo(widget)
        else:
            found = None
        if found:
            problems.append(found)
        if isinstance(widget, QTabBar):
            problems += _tabs(widget)
        if isinstance(widget, QHeaderView):
            problems += _header(widget)
        if isinstance(widget, QAbstractItemView) and not isinstance(widget, QHeaderView):
            problems += _cells(widget)
    return problems


def in_window(widget: QWidget) -> bool:
    """Whether the widget lies wholly inside its window (the window itself does not clip it away)."""
    window = widget.window()
    top_left = widget.mapTo(window, QPoint(0, 0))
    return window.rect().adjusted(-SLACK, -SLACK, SLACK, SLACK).contains(QRect(top_left, widget.size()))
