"""The help window (F1, Help menu): the bundled help pages, a list per audience, and a search over them."""

from PySide6.QtCore import QEvent, QObject, Qt, QUrl
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSplitter,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from studiekeuze.help import HelpPage, load_pages, search_pages
from studiekeuze.ui.widgets import heading

SLUG = Qt.ItemDataRole.UserRole
LINK_SCHEME = "help"


def _data_folder() -> str:
    from studiekeuze import paths
    from studiekeuze.errors import StudiekeuzeError

    try:
        return str(paths.data_dir())
    except StudiekeuzeError:  # the start-up check has said so; the help still opens
        return ""


class HelpWindow(QDialog):
    """Plain-Dutch help pages; `pupils_only` (a class session) shows the pupils' pages and nothing else."""

    def __init__(self, parent: QWidget | None = None, pupils_only: bool = False) -> None:
        super().__init__(parent)
        self.setObjectName("hulp")
        self.setWindowTitle(self.tr("Hulp bij studiekeuze"))
        # A window of its own beside the main window (minimise, maximise), not a box on top of it.
        self.setWindowFlag(Qt.WindowType.Window, True)
        self.pupils_only = pupils_only
        self.pages = [p for p in load_pages(_data_folder()) if p.for_pupils() or not pupils_only]
        self._by_slug = {p.slug: p for p in self.pages}

        self.search = QLineEdit()
        self.search.setObjectName("hulpzoeken")
        self.search.setAccessibleName(self.tr("Zoeken in de hulp"))
        self.search.setPlaceholderText(self.tr("Zoek in de hulp, bijvoorbeeld: finaliteit, duaal, wissen…"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.refresh)
        self.search.returnPressed.connect(self._open_first)
        self.search.installEventFilter(self)
        search_label = QLabel(self.tr("&Zoeken:"))
        search_label.setBuddy(self.search)

        self.list = QTreeWidget()
        self.list.setObjectName("hulppaginas")
        self.list.setAccessibleName(self.tr("Hulppagina's"))
        self.list.setHeaderHidden(True)
        self.list.setRootIsDecorated(False)
        self.list.currentItemChanged.connect(self._item_chosen)
        self.count = QLabel()
        self.count.setObjectName("hulpaantal")

        self.browser = QTextBrowser()
        self.browser.setObjectName("hulptekst")
        self.browser.setAccessibleName(self.tr("Hulptekst"))
        self.browser.setOpenLinks(False)  # only links between help pages; nothing leaves the window
        self.browser.anchorClicked.connect(self._follow_link)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 6, 0)
        row = QHBoxLayout()
        row.addWidget(search_label)
        row.addWidget(self.search, 1)
        left_layout.addLayout(row)
        left_layout.addWidget(self.list, 1)
        left_layout.addWidget(self.count)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self.browser)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 4)
        left.setMinimumWidth(self.fontMetrics().averageCharWidth() * 34)  # most titles whole; the rest in a tooltip
        splitter.setChildrenCollapsible(False)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        # Enter in the search field opens the first page; it must not press Close (Esc closes the window).
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setAutoDefault(False)
        close.setDefault(False)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Hulp bij studiekeuze"), 1.3))
        layout.addWidget(splitter, 1)
        layout.addWidget(buttons)
        metrics = self.fontMetrics()
        self.resize(metrics.averageCharWidth() * 150, metrics.height() * 40)
        self.refresh()

    # --- pages ---------------------------------------------------------------------------------------
    @property
    def current_slug(self) -> str | None:
        item = self.list.currentItem()
        return item.data(0, SLUG) if item is not None else None

    def visible_titles(self) -> list[str]:
        return [item.text(0) for item in self._page_items()]

    def show_page(self, slug: str) -> None:
        """Show one page (the search is cleared when it hides that page)."""
        page = self._by_slug.get(slug)
        if page is None:
            return
        if slug not in {item.data(0, SLUG) for item in self._page_items()}:
            self.search.clear()
        for item in self._page_items():
            if item.data(0, SLUG) == slug:
                self.list.setCurrentItem(item)
        self._show(page)

    def refresh(self) -> None:
        found = search_pages(self.pages, self.search.text())
        current = self.current_slug
        self.list.blockSignals(True)
        self.list.clear()
        groups = ((self.tr("Voor leerlingen en iedereen"), lambda p: p.for_pupils()),
                  (self.tr("Voor begeleiders"), lambda p: not p.for_pupils()))
        # While searching, the best page comes first; otherwise the pages stand in their own order, per audience.
        if self.search.text().strip():
            for page in found:
                self.list.addTopLevelItem(self._item(page))
        else:
            for title, belongs in groups:
                pages = [p for p in found if belongs(p)]
                if not pages:
                    continue
                group = QTreeWidgetItem([title])
                group.setFlags(Qt.ItemFlag.ItemIsEnabled)
                font = group.font(0)
                font.setBold(True)
                group.setFont(0, font)
                self.list.addTopLevelItem(group)
                for page in pages:
                    group.addChild(self._item(page))
                group.setExpanded(True)
        self.list.blockSignals(False)
        self.count.setText(self._count_text(len(found)))
        items = self._page_items()
        # Searching shows the best page at once; without search text the page being read stays.
        searching = bool(self.search.text().strip())
        chosen = items[0] if searching and items else next(
            (i for i in items if i.data(0, SLUG) == current), items[0] if items else None)
        if chosen is not None:
            self.list.setCurrentItem(chosen)
            self._show(self._by_slug[chosen.data(0, SLUG)])
        else:
            self.browser.setPlainText(self.tr("Geen hulppagina gevonden. Probeer een ander woord."))

    def _count_text(self, count: int) -> str:
        if not self.search.text().strip():
            return ""
        if count == 0:
            return self.tr("Geen hulppagina gevonden.")
        if count == 1:
            return self.tr("1 pagina gevonden")
        return self.tr("%1 pagina's gevonden").replace("%1", str(count))

    def _item(self, page: HelpPage) -> QTreeWidgetItem:
        item = QTreeWidgetItem([page.titel])
        item.setData(0, SLUG, page.slug)
        item.setToolTip(0, page.titel)
        return item

    def _page_items(self) -> list[QTreeWidgetItem]:
        items = []
        for index in range(self.list.topLevelItemCount()):
            top = self.list.topLevelItem(index)
            if top.data(0, SLUG):
                items.append(top)
            items += [top.child(i) for i in range(top.childCount())]
        return items

    def _item_chosen(self, item: QTreeWidgetItem | None, _previous: QTreeWidgetItem | None = None) -> None:
        if item is not None and item.data(0, SLUG):
            self._show(self._by_slug[item.data(0, SLUG)])

    def _show(self, page: HelpPage) -> None:
        self.browser.setMarkdown(page.tekst)
        self.browser.setAccessibleDescription(page.titel)

    def _open_first(self) -> None:
        items = self._page_items()
        if items:
            self.list.setCurrentItem(items[0])
            self.browser.setFocus()

    def _follow_link(self, url: QUrl) -> None:
        if url.scheme() == LINK_SCHEME:
            self.show_page(url.path())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Down arrow in the search field moves into the list, as in Verkennen.
        if watched is self.search and event.type() == QEvent.Type.KeyPress and event.key() == Qt.Key.Key_Down:
            items = self._page_items()
            if items:
                self.list.setFocus()
                self.list.setCurrentItem(items[0])
                return True
        return super().eventFilter(watched, event)
