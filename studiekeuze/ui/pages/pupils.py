"""Leerlingen: the saved sessions on this computer — reopen one, export one pupil to JSON, or erase one for good;
the class tools (import, class session, batch advice, erase a class) and the privacy settings."""

from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QMessageBox,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from studiekeuze.textnorm import slug
from studiekeuze.ui.labels import vorm_label
from studiekeuze.ui.pages.klas import ClassTools
from studiekeuze.ui.session import Session
from studiekeuze.ui.widgets import button, heading, wrapped
from studiekeuze.userdata.sessie import Sessie

if TYPE_CHECKING:
    from studiekeuze.content.repository import ContentRepository

SESSIE_ID = Qt.ItemDataRole.UserRole


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

        self.list = QTreeWidget()
        self.list.setObjectName("leerlingenlijst")
        self.list.setAccessibleName(self.tr("Bewaarde leerlingen"))
        self.list.setRootIsDecorated(False)
        self.list.setAlternatingRowColors(True)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setHeaderLabels([self.tr("Voornaam"), self.tr("Klas"), self.tr("Vragenlijst"),
                                   self.tr("Beantwoord"), self.tr("Laatst gewijzigd")])
        self.list.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.list.header().setStretchLastSection(False)
        for column in range(1, 5):
            self.list.header().setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.list.itemActivated.connect(lambda _item: self.open_selected())
        self.list.currentItemChanged.connect(lambda *_: self._update_buttons())
        delete_key = QShortcut(QKeySequence.StandardKey.Delete, self.list,
                               context=Qt.ShortcutContext.WidgetShortcut)
        delete_key.activated.connect(self.delete_selected)

        self.open_button = button(self.tr("&Openen"))
        self.open_button.setAccessibleName(self.tr("Open de gekozen leerling"))
        self.open_button.clicked.connect(self.open_selected)
        self.export_button = button(self.tr("&Exporteren als JSON…"))
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
        self.list.clear()
        for sessie in self.session.store.sessions(self.klassen.klas()):
            item = QTreeWidgetItem([sessie.voornaam, sessie.klas, vorm_label(sessie.vorm), self._progress(sessie),
                                    _local_time(sessie.gewijzigd)])
            item.setData(0, SESSIE_ID, sessie.id)
            self.list.addTopLevelItem(item)
            if sessie.id == selected:
                self.list.setCurrentItem(item)
        if self.list.currentItem() is None and self.list.topLevelItemCount():
            self.list.setCurrentItem(self.list.topLevelItem(0))
        self._update_buttons()

    def _progress(self, sessie: Sessie) -> str:
        if self.repository is None:
            return str(len(sessie.antwoorden))
        total = len(self.repository.vragenlijst.vorm(kort=sessie.vorm == "kort"))
        return self.tr("%1 van %2").replace("%1", str(len(sessie.antwoorden))).replace("%2", str(total))

    def names(self) -> list[str]:
        return [self.list.topLevelItem(i).text(0) for i in range(self.list.topLevelItemCount())]

    def selected_id(self) -> int | None:
        item = self.list.currentItem()
        return item.data(0, SESSIE_ID) if item is not None else None

    def select(self, sessie_id: int) -> None:
        for index in range(self.list.topLevelItemCount()):
            item = self.list.topLevelItem(index)
            if item.data(0, SESSIE_ID) == sessie_id:
                self.list.setCurrentItem(item)

    def _update_buttons(self) -> None:
        has = self.list.currentItem() is not None
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
        dialog = QFileDialog(self, self.tr("Exporteer leerling als JSON"))
        dialog.setObjectName("exportdialoog")
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setNameFilter(self.tr("JSON-bestanden (*.json)"))
        dialog.setDefaultSuffix("json")
        dialog.selectFile(f"{slug(sessie.voornaam) or 'leerling'}.json")
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
            self.session.delete(sessie_id)
            self.list.setFocus()


def _local_time(stamp: str) -> str:
    try:
        moment = datetime.fromisoformat(stamp).astimezone()
    except ValueError:
        return stamp
    return QLocale("nl_BE").toString(moment, QLocale.FormatType.ShortFormat)
