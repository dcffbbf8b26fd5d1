"""The class tools of the Leerlingen page: import a class list, start a class session, the advice sheets of a
whole class (worker thread, progress, Cancel), and erase a class for good."""

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressDialog,
    QVBoxLayout,
    QWidget,
)

from studiekeuze.errors import StudiekeuzeError
from studiekeuze.ui.class_batch import BatchRun, make_class_sheets
from studiekeuze.ui.labels import vorm_label
from studiekeuze.ui.session import Session
from studiekeuze.ui.widgets import button, file_dialog
from studiekeuze.userdata.sessie import Sessie

if TYPE_CHECKING:
    from studiekeuze.classes.batch import Klasresultaat
    from studiekeuze.content.repository import ContentRepository

ALL = None  # the filter's data for "every pupil"
MAX_PROBLEM_LINES = 15  # more row problems than this go to the dialog's details, so the box fits on the screen


class ClassTools(QGroupBox):
    """A klas chooser (which also filters the list of pupils) and what can be done with a whole klas."""

    klas_changed = Signal()
    class_session_requested = Signal(str)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Klassen"))
        self.session = session
        self.repository: ContentRepository | None = None
        self.dialog: QWidget | None = None
        self.report: QMessageBox | None = None
        self.progress: QProgressDialog | None = None
        self.batch: BatchRun | None = None

        self.chooser = QComboBox()
        self.chooser.setObjectName("klaskeuze")
        self.chooser.setAccessibleName(self.tr("Toon de leerlingen van klas"))
        self.chooser.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.chooser.currentIndexChanged.connect(self._chosen)
        chooser_label = QLabel(self.tr("&Toon:"))
        chooser_label.setBuddy(self.chooser)
        self.import_button = button(self.tr("Klas &importeren…"))
        self.import_button.setAccessibleName(self.tr("Klas importeren uit een CSV-bestand"))
        self.import_button.clicked.connect(self.ask_import)
        self.session_button = button(self.tr("&Klassessie starten"))
        self.session_button.setAccessibleName(
            self.tr("Klassessie starten: de leerlingen van de klas vullen na elkaar de vragenlijst in"))
        self.session_button.clicked.connect(self._request_class_session)
        self.batch_button = button(self.tr("&Adviezen voor de klas…"))
        self.batch_button.setAccessibleName(self.tr("Alle adviezen van de klas als PDF bewaren"))
        self.batch_button.clicked.connect(self.ask_batch)
        self.delete_button = button(self.tr("Klas wiss&en…"))
        self.delete_button.setAccessibleName(self.tr("Alle leerlingen van de klas voorgoed wissen"))
        self.delete_button.clicked.connect(self.ask_delete_class)

        first = QHBoxLayout()
        first.addWidget(chooser_label)
        first.addWidget(self.chooser)
        first.addStretch(1)
        first.addWidget(self.import_button)
        second = QHBoxLayout()
        second.addWidget(self.session_button)
        second.addWidget(self.batch_button)
        second.addStretch(1)
        second.addWidget(self.delete_button)
        layout = QVBoxLayout(self)
        layout.addLayout(first)
        layout.addLayout(second)
        self.import_button.setEnabled(False)  # until the content (needed to read huidige_richting) is loaded
        self._update_buttons()

    def set_repository(self, repository: "ContentRepository") -> None:
        self.repository = repository
        self.import_button.setEnabled(True)

    # --- which klas --------------------------------------------------------------------------------
    def klas(self) -> str | None:
        """The chosen klas, or None for every pupil."""
        return self.chooser.currentData()

    def refresh(self) -> None:
        """Re-read the classes (keeping the choice when the klas still exists)."""
        chosen = self.klas()
        self.chooser.blockSignals(True)
        self.chooser.clear()
        self.chooser.addItem(self.tr("Alle leerlingen"), ALL)
        for klas in self.session.store.classes():
            self.chooser.addItem(self.tr("Klas %1").replace("%1", klas), klas)
        index = self.chooser.findData(chosen) if chosen is not None else 0
        self.chooser.setCurrentIndex(max(index, 0))
        self.chooser.blockSignals(False)
        self._update_buttons()

    def show_klas(self, klas: str | None) -> None:
        index = self.chooser.findData(klas) if klas is not None else 0
        if index >= 0:
            self.chooser.setCurrentIndex(index)

    def _chosen(self) -> None:
        self._update_buttons()
        self.klas_changed.emit()

    def _update_buttons(self) -> None:
        has = self.klas() is not None
        self.session_button.setEnabled(has)
        self.delete_button.setEnabled(has)
        self.batch_button.setEnabled(has and (self.batch is None or not self.batch.running))

    def _request_class_session(self) -> None:
        klas = self.klas()
        if klas is not None:
            self.class_session_requested.emit(klas)

    # --- import ------------------------------------------------------------------------------------
    def ask_import(self) -> None:
        from studiekeuze.ui.dialogs.class_import import ClassImportDialog

        options = ClassImportDialog(self)
        options.accepted.connect(lambda: self._ask_file(options.vorm(), options.klas.text(), options.huidige_graad()))
        self.dialog = options
        options.open()

    def _ask_file(self, vorm: str, klas: str, huidige_graad: int | None) -> None:
        dialog = file_dialog(self, self.tr("Kies de klaslijst"), "klaslijst")
        dialog.setObjectName("klaslijstdialoog")
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.setNameFilters([self.tr("Klaslijsten (*.csv *.txt)"), self.tr("Alle bestanden (*)")])
        dialog.fileSelected.connect(lambda path: self.import_class(Path(path), vorm, klas, huidige_graad))
        self.dialog = dialog
        dialog.open()

    def import_class(self, path: Path, vorm: str = "kort", klas: str = "",
                     huidige_graad: int | None = None) -> list[Sessie]:
        """Read the class list and make a session per new pupil; on any problem nothing is imported."""
        from studiekeuze.classes.importing import plan_class_import
        from studiekeuze.classes.roster import read_class_csv

        try:
            if self.repository is None:
                raise StudiekeuzeError(self.tr("De gegevens worden nog geladen. Probeer zo dadelijk opnieuw."))
            klaslijst = read_class_csv(path, self.repository, huidige_graad)
            existing = [(s.voornaam, s.klas) for s in self.session.store.rows()]
            plan = plan_class_import(klaslijst, self.repository, existing, vorm, klas, huidige_graad)
            rows, already = list(plan.nieuw), list(plan.al_aanwezig)
            created = self.session.add_pupils(rows) if rows else []
        except StudiekeuzeError as error:
            self._show_import_problems(error)
            return []
        self.refresh()
        classes = sorted({s.klas for s in created} | {k for _name, k in already})
        if len(classes) == 1:
            self.show_klas(classes[0])
        self._show_import_report(created, already, klaslijst.genegeerde_kolommen, vorm)
        return created

    def _show_import_problems(self, error: StudiekeuzeError) -> None:
        lines = str(error).splitlines()
        box = self._message(QMessageBox.Icon.Warning, self.tr("Klaslijst niet ingelezen"), "importfouten")
        if len(lines) > MAX_PROBLEM_LINES + 1:
            more = len(lines) - 1 - MAX_PROBLEM_LINES
            shown = [*lines[:MAX_PROBLEM_LINES + 1],
                     self.tr("… en nog %1 regels: zie Details.").replace("%1", str(more))]
            box.setText("\n".join(shown))
            box.setDetailedText(str(error))
        else:
            box.setText(str(error))
        box.setInformativeText(self.tr("Er is niets ingelezen. Verbeter het bestand en probeer opnieuw."))
        box.open()

    def _show_import_report(self, created: list[Sessie], already: list[tuple[str, str]],
                            ignored: tuple[str, ...], vorm: str) -> None:
        parts = []
        classes = ", ".join(sorted({s.klas for s in created}))
        if created:
            read = self.tr("1 leerling ingelezen") if len(created) == 1 else self.tr("%1 leerlingen ingelezen")
            read = read.replace("%1", str(len(created)))
            parts.append(self.tr("%1 in klas %2 (vragenlijst: %3).").replace("%1", read).replace("%2", classes)
                         .replace("%3", vorm_label(vorm)))
        else:
            parts.append(self.tr("Er zijn geen nieuwe leerlingen ingelezen."))
        if already:
            parts.append(self.tr("Stonden al in de lijst, niet opnieuw toegevoegd: %1.")
                         .replace("%1", ", ".join(name for name, _klas in already)))
        if ignored:
            parts.append(self.tr("Niet ingelezen (niet nodig, niet bewaard): de kolommen %1.")
                         .replace("%1", ", ".join(ignored)))
        box = self._message(QMessageBox.Icon.Information, self.tr("Klas ingelezen"), "importverslag")
        box.setText("\n\n".join(parts))
        box.open()

    # --- batch advice ------------------------------------------------------------------------------
    def ask_batch(self) -> None:
        klas = self.klas()
        if klas is None:
            return
        dialog = file_dialog(self, self.tr("Kies de map voor de adviezen van klas %1").replace("%1", klas), "adviezen")
        dialog.setObjectName("adviezenmapdialoog")
        dialog.setFileMode(QFileDialog.FileMode.Directory)
        dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
        dialog.fileSelected.connect(lambda path: self.make_advice_sheets(Path(path), klas))
        self.dialog = dialog
        dialog.open()

    def make_advice_sheets(self, folder: Path, klas: str | None = None) -> None:
        """All advice PDFs of `klas` (default: the chosen one) into `folder`, on a worker thread with progress."""
        klas = klas if klas is not None else self.klas()
        repository = self.repository
        if klas is None or repository is None or (self.batch is not None and self.batch.running):
            return
        sessies = self.session.store.sessions(klas)
        total = len(sessies)
        progress = QProgressDialog(self.tr("De adviezen van klas %1 worden gemaakt…").replace("%1", klas),
                                   self.tr("Stoppen"), 0, max(total, 1), self)
        progress.setObjectName("adviezenvoortgang")
        progress.setWindowTitle(self.tr("Adviezen voor klas %1").replace("%1", klas))
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(0)
        progress.setAutoClose(False)
        progress.setAutoReset(False)
        progress.setValue(0)

        def progressed(done: int, count: int, name: str) -> None:
            if run.cancelled:
                return
            progress.setValue(min(done, count))
            if name:
                progress.setLabelText(self.tr("Advies voor %1 (%2 van %3)…").replace("%1", name)
                                      .replace("%2", str(done + 1)).replace("%3", str(count)))

        def ended() -> None:
            progress.close()
            progress.deleteLater()
            run.deleteLater()
            self.progress, self.batch = None, None
            self._update_buttons()

        def finished(result: "Klasresultaat") -> None:
            ended()
            self._show_batch_report(result, folder)

        def failed(error: BaseException) -> None:
            from studiekeuze.ui.errors import show_error

            ended()
            show_error(error, self)

        run = BatchRun(lambda report, cancelled: make_class_sheets(repository, sessies, folder, report, cancelled),
                       progressed, finished, failed, self)
        progress.canceled.connect(run.cancel)
        self.batch, self.progress = run, progress
        run.start()
        self._update_buttons()
        progress.show()

    def cancel_batch(self) -> None:
        if self.batch is not None and self.batch.running:
            self.batch.cancel()

    def _show_batch_report(self, result: "Klasresultaat", folder: Path) -> None:
        parts = []
        made = len(result.gemaakt)
        if result.geannuleerd:
            parts.append(self.tr("Gestopt. %1 adviezen waren al gemaakt in %2. Er is geen PDF met alle adviezen samen.")
                         .replace("%1", str(made)).replace("%2", str(folder)))
        elif made:
            parts.append(self.tr("%1 adviezen gemaakt in %2.").replace("%1", str(made)).replace("%2", str(folder)))
        else:
            parts.append(self.tr("Er is geen enkel advies gemaakt."))
        if result.klas_pdf is not None:
            parts.append(self.tr("Alles samen om te printen: %1").replace("%1", result.klas_pdf.name))
        if result.zonder_antwoorden:
            parts.append(self.tr("Nog geen antwoorden, dus geen advies: %1.")
                         .replace("%1", ", ".join(result.zonder_antwoorden)))
        if result.fouten:
            parts.append(self.tr("Niet gemaakt:") + "\n" + "\n".join(f"• {fout}" for fout in result.fouten))
        icon = QMessageBox.Icon.Warning if result.fouten or not made else QMessageBox.Icon.Information
        box = self._message(icon, self.tr("Adviezen voor de klas"), "adviezenverslag")
        box.setText("\n\n".join(parts))
        box.open()

    # --- erase a class -----------------------------------------------------------------------------
    def ask_delete_class(self) -> None:
        klas = self.klas()
        if klas is None:
            return
        count = len(self.session.store.sessions(klas))
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Klas wissen"), "",
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
        box.setObjectName("klaswisvraag")
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setText(self.tr("Alle %1 leerlingen van klas %2 voorgoed wissen? Hun antwoorden, resultaten en notities "
                            "worden gewist. Dit kan niet ongedaan worden.").replace("%1", str(count))
                    .replace("%2", klas))
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("Klas %1 wissen").replace("%1", klas))
        box.button(QMessageBox.StandardButton.No).setText(self.tr("Niet wissen"))
        box.finished.connect(lambda _result: self._delete_confirmed(klas, box))
        self.dialog = box
        box.open()

    def _delete_confirmed(self, klas: str, box: QMessageBox) -> None:
        if box.standardButton(box.clickedButton()) != QMessageBox.StandardButton.Yes:
            return
        count = self.session.delete_class(klas)
        self.refresh()
        self.show_klas(ALL)
        window = self.window()
        if hasattr(window, "statusBar"):
            window.statusBar().showMessage(self.tr("Klas %1 gewist: %2 leerlingen.").replace("%1", klas)
                                           .replace("%2", str(count)), 8000)

    # --- helpers -----------------------------------------------------------------------------------
    def _message(self, icon: QMessageBox.Icon, title: str, name: str) -> QMessageBox:
        if self.report is not None:  # one report at a time: the last one replaces an earlier one
            self.report.close()
            self.report.setParent(None)
            self.report.deleteLater()
        box = QMessageBox(icon, title, "", QMessageBox.StandardButton.Ok, self)
        box.setObjectName(name)
        box.setTextFormat(Qt.TextFormat.PlainText)  # pupils' names are shown as written, never as markup
        self.report = box
        return box
