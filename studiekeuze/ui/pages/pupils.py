"""Leerlingen: the saved sessions on this computer — reopen one, export one pupil to JSON, or erase one for good;
the class tools (import, class session, batch advice, erase a class) and the privacy settings."""

from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QAbstractTableModel, QLocale, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QMessageBox,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from studiekeuze.classes.filenames import safe_stem
from studiekeuze.textnorm import slug
from studiekeuze.ui import language
from studiekeuze.ui.labels import vorm_label
from studiekeuze.ui.pages.klas import ClassTools
from studiekeuze.ui.session import Session
from studiekeuze.ui.widgets import ColumnFit, button, file_dialog, heading, wrapped
from studiekeuze.userdata.sessie import Sessie
from studiekeuze.userdata.store import SessieRij
from studiekeuze.vocabulary import Vorm

if TYPE_CHECKING:
    from studiekeuze.content.repository import ContentRepository

SESSIE_ID = Qt.ItemDataRole.UserRole
CONFIRMATION_MS = 10_000
ModelIndex = QModelIndex | QPersistentModelIndex


class SessionListModel(QAbstractTableModel):
    """The saved sessions as rows; texts are made only for the rows on screen, so 10,000 sessions open at once."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[SessieRij] = []
        self.totals: dict[str, int] = {}  # questions per vorm, once the content is loaded
        self._row_of: dict[int, int] = {}
        self._times: dict[str, str] = {}
        self.headers = [self.tr("Voornaam"), self.tr("Klas"), self.tr("Vragenlijst"), self.tr("Beantwoord"),
                        self.tr("Laatst gewijzigd")]

    def set_rows(self, rows: list[SessieRij], totals: dict[str, int]) -> None:
        self.beginResetModel()
        self.rows, self.totals = rows, totals
        self._row_of = {rij.id: number for number, rij in enumerate(rows)}
        self.endResetModel()

    def row_of(self, sessie_id: int | None) -> int | None:
        return self._row_of.get(sessie_id) if sessie_id is not None else None

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        rij = self.rows[index.row()]
        if role == SESSIE_ID:
            return rij.id
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self.text(index.row(), index.column())
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 0:
            return f"{rij.voornaam} ({rij.klas})" if rij.klas else rij.voornaam  # also when the column cuts it
        return None

    def text(self, row: int, column: int) -> str:
        rij = self.rows[row]
        if column == 0:
            return rij.voornaam
        if column == 1:
            return rij.klas
        if column == 2:
            return vorm_label(rij.vorm)
        if column == 3:
            total = self.totals.get(rij.vorm)
            if total is None:
                return str(rij.beantwoord)
            return self.tr("%1 van %2").replace("%1", str(rij.beantwoord)).replace("%2", str(total))
        stamp = self._times.get(rij.gewijzigd)
        if stamp is None:
            stamp = self._times[rij.gewijzigd] = _local_time(rij.gewijzigd)
        return stamp


class PupilsPage(QWidget):
    """The list of sessions. Nothing here is shown to a pupil unless the counsellor opens this page."""

    opened = Signal()
    class_session_requested = Signal(str)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.repository: ContentRepository | None = None
        self.dialog: QWidget | None = None
        self._shown = False

        self.model = SessionListModel(self)
        self.list = QTreeView()
        self.list.setObjectName("leerlingenlijst")
        self.list.setAccessibleName(self.tr("Bewaarde leerlingen"))
        self.list.setModel(self.model)
        self.list.setRootIsDecorated(False)
        self.list.setItemsExpandable(False)
        self.list.setUniformRowHeights(True)  # row heights are not measured one by one (10,000 sessions)
        self.list.setAlternatingRowColors(True)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        # Widths from the font, not from the contents: measuring every row would read them all. The first name takes
        # what the other columns leave (they give way first in a narrow window); a name cut even so has a tooltip.
        self.columns = ColumnFit(self.list, name_column=0, share=0.3)
        samples = {1: ["Klas 4B"], 2: [vorm_label(v.value) for v in Vorm], 3: [self.tr("77 van 77")],
                   4: [language.locale().toString(datetime(2026, 12, 31, 23, 59), QLocale.FormatType.ShortFormat)]}
        for column, texts in samples.items():
            self.columns.set_texts(column, texts)
        self.columns.set_name_texts([self.model.headers[0]])
        self.list.activated.connect(lambda _index: self.open_selected())
        self.list.selectionModel().currentChanged.connect(lambda *_: self._update_buttons())
        delete_key = QShortcut(QKeySequence.StandardKey.Delete, self.list,
                               context=Qt.ShortcutContext.WidgetShortcut)
        delete_key.activated.connect(self.delete_selected)

        self.open_button = button(self.tr("&Openen"))
        self.open_button.setAccessibleName(self.tr("Open de gekozen leerling"))
        self.open_button.clicked.connect(self.open_selected)
        self.export_button = button(self.tr("E&xporteren als JSON…"))
        self.export_button.setAccessibleName(self.tr("Exporteer alles over de gekozen leerling als JSON"))
        self.export_button.clicked.connect(self.ask_export)
        self.delete_button = button(self.tr("&Wissen…"))
        self.delete_button.setAccessibleName(self.tr("Wis de gekozen leerling voorgoed"))
        self.delete_button.clicked.connect(self.delete_selected)
        self.settings_button = button(self.tr("&Privacy-instellingen…"))
        self.settings_button.setAccessibleName(self.tr("Privacy-instellingen: bewaartermijn en begeleidercode"))
        self.settings_button.clicked.connect(self.ask_settings)
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        buttons.addWidget(self.settings_button)

        self.klassen = ClassTools(session)
        self.klassen.klas_changed.connect(self.refresh)
        self.klassen.class_session_requested.connect(self.class_session_requested)

        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Leerlingen")))
        note = wrapped(self.tr(
            "Elke sessie wordt meteen bewaard, alleen op deze computer. Open een leerling om verder te gaan, "
            "exporteer alles wat over een leerling bewaard is, of wis een leerling voorgoed."
        ))
        layout.addWidget(note)
        layout.addWidget(self.klassen)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        session.sessions_changed.connect(self.refresh)
        self._update_buttons()

    def set_repository(self, repository: "ContentRepository") -> None:
        self.repository = repository
        self.klassen.set_repository(repository)

    def activate(self) -> None:
        self._shown = True
        self.refresh()
        self.list.setFocus()

    def refresh(self) -> None:
        if not self._shown:
            return  # the list is read when the page is first shown, not at start-up
        selected = self.selected_id()
        self.klassen.refresh()
        totals = {}
        if self.repository is not None:
            totals = {vorm: len(self.repository.vragenlijst.vorm(kort=vorm == "kort")) for vorm in ("kort", "volledig")}
        self.model.set_rows(self.session.store.rows(self.klassen.klas()), totals)
        row = self.model.row_of(selected)
        if row is None and self.model.rows:
            row = 0
        if row is not None:
            self.list.setCurrentIndex(self.model.index(row, 0))
        self._update_buttons()

    def names(self) -> list[str]:
        return [rij.voornaam for rij in self.model.rows]

    def row_texts(self, row: int) -> list[str]:
        """What the list shows on one row (voornaam, klas, vragenlijst, beantwoord, laatst gewijzigd)."""
        return [str(self.model.index(row, column).data()) for column in range(self.model.columnCount())]

    def selected_id(self) -> int | None:
        index = self.list.currentIndex()
        return index.data(SESSIE_ID) if index.isValid() else None

    def select(self, sessie_id: int) -> None:
        row = self.model.row_of(sessie_id)
        if row is not None:
            self.list.setCurrentIndex(self.model.index(row, 0))

    def _update_buttons(self) -> None:
        has = self.list.currentIndex().isValid()
        for push in (self.open_button, self.export_button, self.delete_button):
            push.setEnabled(has)

    # --- classes -----------------------------------------------------------------------------------
    def import_class(self, path: Path, vorm: str = "kort", klas: str = "",
                     huidige_graad: int | None = None) -> list[Sessie]:
        """Import a class list (what the Klas importeren… dialogs end in); shows the report or every problem."""
        self._shown = True
        return self.klassen.import_class(path, vorm, klas, huidige_graad)

    def show_klas(self, klas: str | None) -> None:
        self._shown = True
        self.klassen.refresh()
        self.klassen.show_klas(klas)

    def ask_settings(self) -> None:
        from studiekeuze.ui.dialogs.privacy import PrivacySettings

        dialog = PrivacySettings(self.session.store, self)
        dialog.accepted.connect(lambda: self._say(dialog.saved_text()))
        self.dialog = dialog
        dialog.open()

    # --- actions -----------------------------------------------------------------------------------
    def open_selected(self) -> None:
        sessie_id = self.selected_id()
        if sessie_id is not None:
            self.session.open(sessie_id)
            self.opened.emit()

    def ask_export(self) -> None:
        sessie_id = self.selected_id()
        if sessie_id is None:
            return
        sessie = self.session.store.get(sessie_id)
        dialog = file_dialog(self, self.tr("Exporteer leerling als JSON"), "export")
        dialog.setObjectName("exportdialoog")
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setNameFilter(self.tr("JSON-bestanden (*.json)"))
        dialog.setDefaultSuffix("json")
        dialog.selectFile(f"{safe_stem(slug(sessie.voornaam) or 'leerling')}.json")
        dialog.fileSelected.connect(lambda path: self.export_to(sessie_id, Path(path)))
        self.dialog = dialog
        dialog.open()

    def export_to(self, sessie_id: int, path: Path) -> None:
        self.session.store.write_export(sessie_id, path)
        self.window().statusBar().showMessage(self.tr("Bewaard in %1").replace("%1", str(path)), 8000)

    def delete_selected(self) -> None:
        sessie_id = self.selected_id()
        if sessie_id is None:
            return
        sessie = self.session.store.get(sessie_id)
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Leerling wissen"),
                          self.tr("Alles over %1 voorgoed wissen? Dit kan niet ongedaan worden.")
                          .replace("%1", sessie.voornaam),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
        box.setObjectName("wisvraag")
        box.setTextFormat(Qt.TextFormat.PlainText)  # a name is shown as written, never as markup
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("Wissen"))
        box.button(QMessageBox.StandardButton.No).setText(self.tr("Niet wissen"))
        box.finished.connect(lambda _result: self._delete_confirmed(sessie_id, box))
        self.dialog = box
        box.open()

    def _delete_confirmed(self, sessie_id: int, box: QMessageBox) -> None:
        if box.standardButton(box.clickedButton()) == QMessageBox.StandardButton.Yes:
            voornaam = self.session.store.get(sessie_id).voornaam
            self.session.delete(sessie_id)
            self.list.setFocus()
            self._say(self.tr("Alles over %1 is voorgoed gewist.").replace("%1", voornaam))

    def _say(self, text: str) -> None:
        """A confirmation in the status line: it does not block, and stays a while."""
        window = self.window()
        if hasattr(window, "statusBar"):
            window.statusBar().showMessage(text, CONFIRMATION_MS)


def _local_time(stamp: str) -> str:
    try:
        moment = datetime.fromisoformat(stamp).astimezone()
    except ValueError:
        return stamp
    return language.locale().toString(moment, QLocale.FormatType.ShortFormat)
