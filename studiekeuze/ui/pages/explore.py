"""Verkennen: search as you type with filters, a richting's page with its overgangen as links, back and forward."""

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, QUrl, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSplitter,
    QTabWidget,
    QTextBrowser,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from studiekeuze.content.search import FIELD_ORDER
from studiekeuze.models import GRADEN
from studiekeuze.ui import hard_words, richting_html
from studiekeuze.ui.labels import field_label, finaliteit_label, graad_label
from studiekeuze.ui.pages.matrix import MatrixView
from studiekeuze.ui.results_model import GEVONDEN_IN, ResultsModel
from studiekeuze.ui.richting_html import LINK_SCHEME
from studiekeuze.ui.widgets import ColumnFit, WrappingDelegate, button, heading, wrapped
from studiekeuze.vocabulary import FINALITEITEN

if TYPE_CHECKING:
    from studiekeuze.content.repository import ContentRepository
    from studiekeuze.service.richting_page import RichtingPagina
    from studiekeuze.ui.read_aloud import ReadAloud



class ExplorePage(QWidget):
    """Find richtingen and walk from one to the next along their overgangen."""

    richting_shown = Signal(str)  # groepnummer
    back_out = Signal()  # Terug on a richting opened from another page (Bekijk on the profile): go back there
    add_to_advice = Signal(str)  # "Zet op het advies": the groepnummer shown, for the open pupil's sheet

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.repository: ContentRepository | None = None
        self._finaliteit_names: dict[str, str] = {}
        self._finaliteiten: dict[str, dict] = {}
        self.history: list[str] = []
        self.history_index = -1
        self.return_at: int | None = None  # the history entry whose Terug leaves Verkennen (emits back_out)
        self.pagina: RichtingPagina | None = None  # the richting on the page (None: the welcome)

        # --- left: search, filters, results or matrix ---------------------------------------------
        self.search = QLineEdit()
        self.search.setObjectName("zoekveld")
        self.search.setPlaceholderText(self.tr("Zoek een richting, een beroep of iets wat je graag doet…"))
        self.search.setAccessibleName(self.tr("Zoeken"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.refresh)
        self.search.returnPressed.connect(self._open_first)
        self.search.installEventFilter(self)
        search_label = QLabel(self.tr("&Zoeken:"))
        search_label.setBuddy(self.search)

        self.graad = self._combo(self.tr("Filter op graad"), self.tr("Alle graden"))
        for graad in GRADEN:
            self.graad.addItem(graad_label(graad), graad)
        self.finaliteit = self._combo(self.tr("Filter op finaliteit"), self.tr("Alle finaliteiten"))
        self.domein = self._combo(self.tr("Filter op domein"), self.tr("Alle domeinen"))

        self.model = ResultsModel(self)
        self.results = QTreeView()
        self.results.setObjectName("resultaten")
        self.results.setAccessibleName(self.tr("Gevonden richtingen"))
        self.results.setModel(self.model)
        self.results.setRootIsDecorated(False)
        self.results.setAlternatingRowColors(True)
        self.results.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        # A long name wraps onto a second line (the row grows) rather than being cut; the tooltip has it whole too.
        self.results.setWordWrap(True)
        self.results.setUniformRowHeights(False)
        self.results.setItemDelegate(WrappingDelegate(self.results))
        # The name takes what the other columns leave, at least about half the list. Their widths come from every
        # text they can show, measured once (sizing to contents would ask the model for every row on every search).
        self.columns = ColumnFit(self.results, name_column=0, share=0.4)
        self.columns.set_texts(1, [graad_label(graad) for graad in GRADEN])
        self.columns.set_texts(2, [finaliteit_label(code) for code in FINALITEITEN])
        self.columns.set_texts(GEVONDEN_IN, [field_label(f) for f in FIELD_ORDER])
        self.results.setColumnHidden(GEVONDEN_IN, True)  # until something is typed
        self.results.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.results.activated.connect(self._open_index)
        self.results.clicked.connect(self._open_index)
        self.count = wrapped()  # "Geen richtingen gevonden. Probeer …" wraps in a narrow window
        self.count.setObjectName("aantal")

        list_tab = QWidget()
        list_layout = QVBoxLayout(list_tab)
        list_layout.setContentsMargins(0, 6, 0, 0)
        list_layout.addWidget(self.results, 1)
        list_layout.addWidget(self.count)

        self.matrix = MatrixView()
        self.matrix.cell_opened.connect(self.open_cell)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Lijst of overzicht"))
        self.tabs.addTab(list_tab, self.tr("&Lijst"))
        self.tabs.addTab(self.matrix, self.tr("&Overzicht per domein"))

        # Two rows, so every filter shows its whole choice in a narrow window: the domain names are the longest.
        filters = QGridLayout()
        filters.addWidget(self.graad, 0, 0)
        filters.addWidget(self.finaliteit, 0, 1)
        filters.addWidget(self.domein, 1, 0, 1, 2)
        search_row = QHBoxLayout()
        search_row.addWidget(search_label)
        search_row.addWidget(self.search, 1)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 6, 0)
        left_layout.addLayout(search_row)
        left_layout.addLayout(filters)
        left_layout.addWidget(self.tabs, 1)

        # --- right: the richting's page -------------------------------------------------------------
        self.back = button(self.tr("◀ &Terug"))
        self.back.setAccessibleName(self.tr("Terug naar de vorige richting"))
        self.back.setToolTip(self.tr("Terug (Alt+Links)"))
        self.back.clicked.connect(self.go_back)
        self.forward = button(self.tr("&Vooruit ▶"))
        self.forward.setAccessibleName(self.tr("Vooruit naar de volgende richting"))
        self.forward.setToolTip(self.tr("Vooruit (Alt+Rechts)"))
        self.forward.clicked.connect(self.go_forward)
        for sequence, slot in ((QKeySequence.StandardKey.Back, self.go_back),
                               (QKeySequence.StandardKey.Forward, self.go_forward)):
            shortcut = QShortcut(sequence, self, context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
        # For the open pupil only: the main window names the pupil and says whether the richting is on the sheet.
        self.to_advice = button(self.tr("Zet op het &advies"))
        self.to_advice.setObjectName("opadvies")
        self.to_advice.setAccessibleName(self.tr("Zet deze richting op het advies"))
        self.to_advice.clicked.connect(self._add_to_advice)
        self.to_advice.hide()
        # Read-aloud of the page on the right: made with the first richting shown (start-up stays as light).
        self.read_aloud: ReadAloud | None = None
        nav = QHBoxLayout()
        nav.addWidget(self.back)
        nav.addWidget(self.forward)
        nav.addStretch(1)
        nav.addWidget(self.to_advice)

        self.page = QTextBrowser()
        self.page.setObjectName("richtingpagina")
        self.page.setAccessibleName(self.tr("Over de richting"))
        self.page.setOpenLinks(False)
        self.page.anchorClicked.connect(self._follow_link)
        self.page.setHtml(self._welcome_html())
        hard_words.explain_document_when_loaded(self.page)  # start-up never loads the word lists

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(6, 0, 0, 0)
        right_layout.addLayout(nav)
        right_layout.addWidget(self.page, 1)
        self.right_layout = right_layout

        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([11, 9])  # a little more for the list: the names; the page wraps
        splitter.setChildrenCollapsible(False)

        intro = wrapped(self.tr(
            "Zoek een richting en bekijk wat je er leert, wat je er doet en waar ze naartoe leidt."
        ))
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Verkennen")))
        layout.addWidget(intro)
        layout.addWidget(splitter, 1)
        for widget in (intro, self.search, self.count):
            hard_words.explain_widget_when_loaded(widget)
        self._update_nav()
        self.setEnabled(False)  # until the content is loaded

    def _combo(self, name: str, everything: str) -> QComboBox:
        combo = QComboBox()
        combo.setAccessibleName(name)
        combo.setToolTip(name)
        combo.addItem(everything, None)
        # As wide as its longest choice, so the chosen one is never cut (the filters stand on two rows for room).
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        combo.currentIndexChanged.connect(self.refresh)
        return combo

    def set_repository(self, repository: "ContentRepository") -> None:
        self.repository = repository
        self._finaliteiten = {f["code"]: f for f in repository.finaliteiten()}
        self._finaliteit_names = {code: f["leerlingnaam"] for code, f in self._finaliteiten.items()}
        self.model.finaliteit_names = self._finaliteit_names
        self.columns.set_texts(2, list(self._finaliteit_names.values()))
        for code, f in self._finaliteiten.items():
            self.finaliteit.addItem(f["leerlingnaam"], code)
        for domein in repository.domeinen():
            self.domein.addItem(domein["naam"], domein["naam"])
        self.columns.set_name_texts([summary.naam for summary in repository.summaries.values()])
        self.matrix.set_repository(repository)
        for combo in (self.graad, self.finaliteit, self.domein):
            hard_words.explain_widget_when_loaded(combo, base=combo.accessibleName())
        self.setEnabled(True)
        self.refresh()
        hard_words.preload_soon()  # the word lists load on a worker thread once the first screen is up

    def activate(self) -> None:
        """Called when the page is shown: typing goes straight into the search field."""
        focus = self.focusWidget()
        if focus is None or not focus.hasFocus():
            self.search.setFocus()

    # --- searching ----------------------------------------------------------------------------------
    def refresh(self) -> None:
        if self.repository is None:
            return
        found = self.repository.search(
            self.search.text(),
            graad=self.graad.currentData(),
            finaliteit=self.finaliteit.currentData(),
            domein=self.domein.currentData(),
        )
        self.model.set_rows(found)
        searched = bool(self.search.text().strip())
        if self.results.isColumnHidden(GEVONDEN_IN) == searched:
            self.results.setColumnHidden(GEVONDEN_IN, not searched)
            self.columns.fit()
        if found:
            self.results.selectionModel().setCurrentIndex(
                self.model.index(0, 0), self.results.selectionModel().SelectionFlag.NoUpdate
            )
        text = self._count_text(len(found))
        if found:
            text += self._spelling_text(self.repository.spelling_used(self.search.text()))
        self.count.setText(text)
        hard_words.explain_widget_when_loaded(self.count)

    def _count_text(self, count: int) -> str:
        if count == 0:
            return self.tr("Geen richtingen gevonden. Probeer een ander woord of minder filters.")
        if count == 1:
            return self.tr("1 richting gevonden")
        return self.tr("%1 richtingen gevonden").replace("%1", str(count))

    def _spelling_text(self, used: dict[str, tuple[str, ...]]) -> str:
        """' (gezocht op: elektriciteit)': the spelling searched for a typed word that matched nothing."""
        if not used:
            return ""
        spellings = ", ".join(dict.fromkeys(word for words in used.values() for word in words[:3]))
        return " " + self.tr("(gezocht op: %1)").replace("%1", spellings)

    def visible_results(self) -> list[str]:
        return [summary.naam for summary in self.model.rows]

    def open_cell(self, graad: int, finaliteit: str, domein: str) -> None:
        """Show the richtingen of one matrix cell in the list."""
        for combo, value in ((self.graad, graad), (self.finaliteit, finaliteit), (self.domein, domein)):
            combo.blockSignals(True)
            combo.setCurrentIndex(combo.findData(value))
            combo.blockSignals(False)
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self.refresh()
        self.tabs.setCurrentIndex(0)
        self.results.setFocus()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Down arrow in the search field moves into the results, as in a browser's search box.
        down = event.type() == QEvent.Type.KeyPress and event.key() == Qt.Key.Key_Down
        if watched is self.search and down and self.model.rows:
            self.results.setFocus()
            self.results.setCurrentIndex(self.model.index(0, 0))
            return True
        return super().eventFilter(watched, event)

    def _open_first(self) -> None:
        if self.model.rows:
            self.open_richting(self.model.rows[0].groepnummer)

    def _open_index(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_richting(self.model.rows[index.row()].groepnummer)

    # --- a richting's page and its history ----------------------------------------------------------
    def open_richting(self, groepnummer: str, come_back: bool = False) -> None:
        """Show a richting and remember it, so Terug comes back here. With `come_back` (opened from another page),
        Terug on this richting goes back to that page (`back_out`)."""
        if not (self.history_index >= 0 and self.history[self.history_index] == groepnummer):
            del self.history[self.history_index + 1:]
            self.history.append(groepnummer)
            self.history_index = len(self.history) - 1
            if self.return_at is not None and self.return_at >= self.history_index:
                self.return_at = None
            self._show(groepnummer)
        if come_back:
            self.return_at = self.history_index
            self._update_nav()

    def clear_history(self) -> None:
        """Forget where this pupil browsed (Leerling sluiten): no Terug to their richtingen, an empty search."""
        self.history.clear()
        self.history_index = -1
        self.return_at = None
        self.search.clear()
        if self.read_aloud is not None:
            self.read_aloud.stop()
        self.pagina = None
        self.page.setHtml(self._welcome_html())
        hard_words.explain_document_when_loaded(self.page)
        self.page.setAccessibleDescription("")
        self._update_nav()

    def go_back(self) -> None:
        if self.return_at is not None and self.history_index == self.return_at:
            self.back_out.emit()  # the page stays on this richting, so coming back to Verkennen shows it again
            return
        if self.history_index > 0:
            self.history_index -= 1
            self._show(self.history[self.history_index])

    def go_forward(self) -> None:
        if self.history_index < len(self.history) - 1:
            self.history_index += 1
            self._show(self.history[self.history_index])

    @property
    def current_groepnummer(self) -> str | None:
        return self.history[self.history_index] if self.history_index >= 0 else None

    def _show(self, groepnummer: str) -> None:
        from studiekeuze.service.richting_page import richting_page  # on first use: start-up stays as light

        assert self.repository is not None
        pagina = richting_page(self.repository, groepnummer)  # the core words the page; this only lays it out
        self._add_read_aloud()
        self.read_aloud.stop()  # another richting: the last one is no longer read
        self.pagina = pagina
        self.page.setHtml(richting_html.richting_page(pagina))
        found = hard_words.explain_document(self.page)  # dotted underline, tooltip and Tab stop on each hard word
        explained = hard_words.tooltip(found)
        self.page.setAccessibleDescription(f"{pagina.titel}\n{explained}" if explained else pagina.titel)
        self._update_nav()
        self.richting_shown.emit(groepnummer)

    def _follow_link(self, url: QUrl) -> None:
        if url.scheme() == LINK_SCHEME:
            self.open_richting(url.path())
            self.page.setFocus()

    def _add_to_advice(self) -> None:
        if self.current_groepnummer is not None:
            self.add_to_advice.emit(self.current_groepnummer)
    def _add_read_aloud(self) -> None:
        """The "Lees voor" button (F5) of the page, on a line of its own above it (beside Terug and Vooruit it would
        widen the window with a large font)."""
        if self.read_aloud is None:
            from studiekeuze.ui.read_aloud import ReadAloud

            self.read_aloud = ReadAloud(self.spoken_texts, self.tr("Lees de pagina over de richting voor"), self)
            self.right_layout.insertWidget(1, self.read_aloud, 0, Qt.AlignmentFlag.AlignLeft)
            if self.isVisible():
                self.read_aloud.show()  # now, not on the layout's next turn: F5 may follow at once

    def spoken_texts(self) -> list[str]:
        """What "Lees voor" reads: the part of the page the pupil selected, else the whole richting (or welcome)."""
        from PySide6.QtGui import QTextCursor

        from studiekeuze.ui.read_aloud import lines, richting_texts

        cursor = self.page.textCursor()
        first = QTextCursor(cursor)
        first.setPosition(cursor.selectionStart() + 1)
        # Tab selects the link it lands on: that is moving through the page, not choosing what to hear.
        if cursor.hasSelection() and not first.charFormat().isAnchor():
            return lines(cursor.selectedText().replace("\u2029", "\n"))
        if self.pagina is not None:
            return richting_texts(self.pagina)
        return lines(self.page.toPlainText())

    def _update_nav(self) -> None:
        leaves = self.return_at is not None and self.history_index == self.return_at
        self.back.setEnabled(self.history_index > 0 or leaves)
        self.back.setToolTip(self.tr("Terug naar de vorige pagina (Alt+Links)") if leaves
                             else self.tr("Terug (Alt+Links)"))
        self.forward.setEnabled(self.history_index < len(self.history) - 1)

    def _welcome_html(self) -> str:
        return "<h2>{}</h2><p>{}</p><p>{}</p>".format(
            self.tr("Welkom"),
            self.tr("Kies links een richting. Je ziet dan wat je er leert, wat je er doet, welke beroepen erbij "
                    "horen en naar welke richtingen of opleidingen je daarna kunt gaan."),
            self.tr("Tip: klik op een richting onder ‘Waar kun je daarna naartoe?’ om verder te wandelen. "
                    "Met ‘Terug’ ga je een stap terug."),
        )
