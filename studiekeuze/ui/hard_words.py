"""Hard words in the app: each gets its one-line explanation (content/sources/moeilijke-woorden.toml) on hover and on
keyboard focus, and a screen reader reads it as the widget's description.

- A page of rich text (a QTextBrowser: a richting's page): `explain_document` marks the first place of each hard
  word with a dotted underline and its own tooltip, and makes it a stop for Tab (a keyboard user lands on it and
  sees the explanation; a click or tap shows it too).
- A plain label, button or search field: `explain_widget` gives it a tooltip that lists the explanations of its
  hard words, the same as accessible description, and a place in the Tab order so the tooltip shows on focus too.
  The widget's text stays exactly as it was.

The word lists (`studiekeuze.texts.easy_words`, Qt-free) take ~80 ms to load, so start-up never loads them: widgets
made at start-up use the `…_when_loaded` variants, which explain at once when the lists are there, and otherwise on
the first hover or focus, or when `preload_soon` has loaded the lists on a worker thread once the app is idle.
A widget whose text changed is explained again on its next hover or focus (or at once with `explain_widget`).
"""

import weakref
from collections.abc import Iterable
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QEvent, QObject, QPoint, Qt, QTimer
from PySide6.QtWidgets import QAbstractButton, QComboBox, QLabel, QLineEdit, QTextBrowser, QToolTip, QWidget

if TYPE_CHECKING:  # QtGui's text classes load with the first page that is explained (they take a few ms)
    from PySide6.QtCore import QUrl

    from studiekeuze.texts.easy_words import Explanation

SCHEME = "uitleg"  # the links a hard word becomes on a page: uitleg:<number of the word on that page>
MARKED = "uitleg"  # property: the widget explains hard words (the style sheet gives it a focus frame)
PRELOAD_DELAY_MS = 1500  # after the content is loaded: the first screen is up and the pupil has not started yet
_BASE = "uitleg_basis"  # the tooltip the widget has anyway, shown before the explanations
_DONE_FOR = "uitleg_tekst"  # the text the explanations were made for
_OWN_FOCUS = "uitleg_focus"  # explain_widget put the widget in the Tab order (and takes it out again)
_OWN_NAME = "uitleg_naam"  # the accessible name is the label's text, set here
_AFTER_KEY = "uitleg_na_toets"  # the focus came with a key: show the tooltip again once it is let go

_loaded = False
_waiting: "weakref.WeakSet[QWidget]" = weakref.WeakSet()  # widgets to explain once the lists are loaded
_preloading = False


def _load() -> None:
    from studiekeuze.texts import easy_words

    easy_words.default()


def explanations(*texts: str) -> list["Explanation"]:
    """The hard words of `texts` with their explanation, each term once, where it first stands."""
    global _loaded
    from studiekeuze.texts import easy_words  # the word lists load on first use

    found, seen = [], set()
    for text in texts:
        for hit in easy_words.explain(text, once=True):
            if hit.term not in seen:
                seen.add(hit.term)
                found.append(hit)
    _loaded = True
    return found


def tooltip(found: Iterable["Explanation"]) -> str:
    """One line per hard word: "graduaat: Een praktische opleiding van 2 jaar …"."""
    return "\n".join(dict.fromkeys(hit.tooltip for hit in found))


def widget_text(widget: QWidget) -> str:
    """What a pupil reads on a label, button, field or choice box (a field's placeholder while it is empty)."""
    if isinstance(widget, QLineEdit):
        return widget.text() or widget.placeholderText()
    if isinstance(widget, QComboBox):  # a list to choose from: every choice; a box to type in: what it holds
        if widget.isEditable():
            return widget.currentText()
        return "\n".join(widget.itemText(index) for index in range(widget.count()))
    if isinstance(widget, QLabel | QAbstractButton):
        return widget.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
    return ""


def explain_widget(widget: QWidget, base: str | None = None) -> list["Explanation"]:
    """Give a label, button, field or choice box the explanations of the hard words in its text: as tooltip (after
    `base`, a tooltip it has anyway), as accessible description, and on keyboard focus. Call it again after the text
    changed (or let the next hover do it); a text without hard words takes them away again."""
    if base is not None:
        widget.setProperty(_BASE, base)
    text = widget_text(widget)
    found = explanations(text)
    tip = tooltip(found)
    widget.setToolTip("\n".join(part for part in (widget.property(_BASE) or "", tip) if part))
    widget.setAccessibleDescription(tip)
    widget.setProperty(_DONE_FOR, text)
    was_marked = bool(widget.property(MARKED))
    widget.setProperty(MARKED, bool(found))
    if isinstance(widget, QLabel):
        if found and widget.focusPolicy() == Qt.FocusPolicy.NoFocus:
            widget.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # a keyboard user reaches the explanation too
            widget.setProperty(_OWN_FOCUS, True)
        elif not found and widget.property(_OWN_FOCUS):
            widget.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            widget.setProperty(_OWN_FOCUS, False)
        if widget.property(_OWN_FOCUS) and (not widget.accessibleName() or widget.property(_OWN_NAME)):
            widget.setAccessibleName(text)  # what a screen reader says as the focus lands here
            widget.setProperty(_OWN_NAME, True)
        if found:
            widget.setCursor(Qt.CursorShape.WhatsThisCursor)  # the pointer says there is an explanation
        else:
            widget.unsetCursor()
    widget.installEventFilter(_tips())  # once per widget: Qt ignores a filter installed twice
    if was_marked != bool(found):
        widget.style().unpolish(widget)  # the style sheet's focus frame follows the property
        widget.style().polish(widget)
    return found


def explain_widget_when_loaded(widget: QWidget, base: str | None = None) -> None:
    """explain_widget now if the word lists are loaded; else on the first hover or focus, or after the preload."""
    if base is not None:
        widget.setProperty(_BASE, base)
    if _loaded:
        explain_widget(widget)
        return
    widget.installEventFilter(_tips())
    _waiting.add(widget)


def preload_soon() -> None:
    """Load the word lists on a worker thread a moment after start-up, then explain every widget waiting for them."""
    global _preloading
    if _loaded or _preloading:
        return
    _preloading = True
    QTimer.singleShot(PRELOAD_DELAY_MS, _start_preload)


def _start_preload() -> None:
    from studiekeuze.ui.tasks import run_in_background

    run_in_background(_load, lambda _result: load_now(), lambda _error: None)


def load_now() -> None:
    """Load the word lists (if not yet) and explain every widget and page waiting for them."""
    global _loaded
    _load()
    _loaded = True
    for widget in list(_waiting):
        _waiting.discard(widget)
        try:
            if isinstance(widget, QTextBrowser):
                explain_document(widget)
            else:
                explain_widget(widget)
        except RuntimeError:  # deleted in the meantime
            continue


class _Tips(QObject):
    """For every explained widget: explains it again when its text changed, before its tooltip shows on hover; and
    for a label, which takes the focus only for its explanations, shows the tooltip on keyboard focus too."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.FocusIn and not isinstance(watched, QLabel):
            return False  # a field or box that has the focus anyway (the search field) keeps its tooltip for hovering
        if kind in (QEvent.Type.ToolTip, QEvent.Type.FocusIn) and isinstance(watched, QWidget):
            browser = _browser_of(watched)
            if browser is not None:
                if browser in _waiting:
                    _waiting.discard(browser)
                    explain_document(browser)
            elif watched.property(_DONE_FOR) != widget_text(watched):
                _waiting.discard(watched)
                explain_widget(watched)
            if kind == QEvent.Type.FocusIn and watched.property(MARKED):
                # Qt hides tooltips at every focus change, and as a key is let go: show it after both.
                _show_later(watched, watched.toolTip())
                watched.setProperty(_AFTER_KEY, True)
        elif kind == QEvent.Type.KeyRelease and isinstance(watched, QWidget) and watched.property(_AFTER_KEY):
            watched.setProperty(_AFTER_KEY, False)
            _show_later(watched, watched.toolTip())
        elif kind == QEvent.Type.FocusOut and isinstance(watched, QWidget) and watched.property(MARKED):
            watched.setProperty(_AFTER_KEY, False)
            QToolTip.hideText()
        return False


def _show_later(widget: QWidget, text: str, at: QPoint | None = None) -> None:
    """Show the tooltip once the current key event is done (Qt hides tooltips on a key's release)."""
    def show() -> None:
        if shiboken6.isValid(widget) and widget.hasFocus():
            show_tip(widget, text, at)

    QTimer.singleShot(0, show)


def _browser_of(widget: QWidget) -> QTextBrowser | None:
    """The browser itself, or the browser whose viewport this is (hovering goes to the viewport)."""
    if isinstance(widget, QTextBrowser):
        return widget
    parent = widget.parentWidget()
    while parent is not None and not isinstance(parent, QTextBrowser):
        parent = parent.parentWidget()
    return parent if parent is not None and parent.viewport() is widget else None


_filter: _Tips | None = None


def _tips() -> _Tips:
    global _filter
    if _filter is None:
        _filter = _Tips()
    return _filter


def show_tip(widget: QWidget, text: str, at: QPoint | None = None) -> None:
    """A tooltip below `at` (widget coordinates; default: the widget's bottom left corner)."""
    if text:
        point = at if at is not None else QPoint(0, widget.height())
        QToolTip.showText(widget.mapToGlobal(point), text, widget)


# --- a page of rich text -----------------------------------------------------------------------------------
class _DocumentTips(QObject):
    """Belongs to one browser: shows a hard word's explanation when Tab lands on it or it is clicked."""

    NAME = "uitlegbijwoorden"

    def __init__(self, browser: QTextBrowser) -> None:
        super().__init__(browser)
        self.setObjectName(self.NAME)
        self.browser = browser
        self.tips: dict[str, str] = {}
        browser.anchorClicked.connect(self._clicked)
        browser.installEventFilter(self)

    def focused_tip(self) -> str:
        """The explanation of the hard word the keyboard is on (Tab selects the link it lands on), or ""."""
        from PySide6.QtGui import QTextCursor

        cursor = self.browser.textCursor()
        if not cursor.hasSelection() or not self.browser.hasFocus():
            return ""
        probe = QTextCursor(cursor)
        probe.setPosition(cursor.selectionStart() + 1)
        return self.tips.get(probe.charFormat().anchorHref(), "")

    def _show_focused(self) -> None:
        tip = self.focused_tip()
        if tip:
            show_tip(self.browser.viewport(), tip, self.browser.cursorRect(self.browser.textCursor()).bottomLeft())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Tab moves to the next link as it is pressed; Qt hides tooltips as a key is let go: so show it after that.
        if event.type() == QEvent.Type.KeyRelease and event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
            QTimer.singleShot(0, self._show_focused)
        return False

    def _clicked(self, url: "QUrl") -> None:
        from PySide6.QtGui import QCursor

        if url.toString() in self.tips:  # a tap on a touch screen has no hover
            viewport = self.browser.viewport()
            show_tip(viewport, self.tips[url.toString()], viewport.mapFromGlobal(QCursor.pos()))


def explain_document(browser: QTextBrowser) -> list["Explanation"]:
    """Mark the first place of each hard word on the browser's page (call it after setHtml): a dotted underline, its
    explanation as tooltip, and a link (uitleg:<n>) that Tab reaches — inside a link, the link stays as it is."""
    from PySide6.QtGui import QTextCharFormat, QTextCursor

    document = browser.document()
    found = explanations(document.toPlainText())  # its positions are the document's positions
    tips = browser.findChild(_DocumentTips, _DocumentTips.NAME) or _DocumentTips(browser)
    tips.tips = {}
    cursor = QTextCursor(document)
    cursor.beginEditBlock()  # one layout pass for all the words, not one per word
    for number, hit in enumerate(found, start=1):
        probe = QTextCursor(document)
        probe.setPosition(hit.start + 1)
        marked = QTextCharFormat()
        marked.setToolTip(hit.tooltip)
        marked.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DotLine)
        existing = probe.charFormat()
        if not existing.isAnchor() or existing.anchorHref().startswith(f"{SCHEME}:"):  # a link stays a link
            href = f"{SCHEME}:{number}"
            marked.setAnchor(True)
            marked.setAnchorHref(href)
            tips.tips[href] = hit.tooltip
        cursor.setPosition(hit.start)
        cursor.setPosition(hit.end, QTextCursor.MoveMode.KeepAnchor)
        cursor.mergeCharFormat(marked)
    cursor.endEditBlock()
    return found


def explain_document_when_loaded(browser: QTextBrowser) -> None:
    """explain_document now if the word lists are loaded; else on the first hover or focus, or after the preload."""
    if _loaded:
        explain_document(browser)
        return
    # Not on its viewport (where hovering goes): asking for it costs ~10 ms at start-up. Focus comes to the browser;
    # a hover in the first moments, before the preload, shows nothing yet.
    browser.installEventFilter(_tips())
    _waiting.add(browser)


def is_explanation_link(url: "QUrl") -> bool:
    return url.scheme() == SCHEME
