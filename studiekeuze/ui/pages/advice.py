"""Advies: the counsellor's note, a live preview of the advice PDF, the parents' page and its home language (kept
with the pupil), Print and Save as PDF.

The PDF comes from the core (`studiekeuze.advice.build_advice` and `studiekeuze.pdf.render_pdf`), made on a
worker thread. ReportLab and QtPdf load only when this page is first shown, never at start-up.
"""

import os
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QEvent, QIODevice, QObject, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QPainter, QShortcut
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from studiekeuze.classes.filenames import safe_stem
from studiekeuze.textnorm import slug
from studiekeuze.ui.session import Session
from studiekeuze.ui.tasks import run_in_background
from studiekeuze.ui.widgets import button, file_dialog, heading, wrapped
from studiekeuze.userdata.sessie import Sessie
from studiekeuze.vocabulary import LANGUAGES

NOTE_SAVE_DELAY_MS = 600
PRINT_DPI = 300
BREAK = "\u200b"  # zero-width space: a place where a line may break
ZOOM_STEPS = (0.5, 0.67, 0.8, 1.0, 1.25, 1.5, 2.0, 2.5, 3.0, 4.0)  # of the page's size at 100 % (its size on paper)


def make_advice_pdf(repository, sessie: Sessie, notitie: str, ouders: bool, keuzes=None, taal: str | None = None
                    ) -> bytes:
    """The advice PDF for one session, as the core builds it (runs on a worker thread): the service's outcome for the
    same session and choices as the profile page, so the sheet prints the cards the page shows. With `ouders` and
    `taal`, the parents' page follows in Dutch and in that home language."""
    from studiekeuze.advice import word_advice
    from studiekeuze.pdf import render_pdf
    from studiekeuze.service.outcome import Keuzes, uitkomst

    outcome = uitkomst(repository, sessie.als_antwoorden(), keuzes or Keuzes())
    advies = word_advice(repository, outcome, notitie=notitie, voornaam=sessie.voornaam,
                         taal=(taal or None) if ouders else None)
    return render_pdf(advies, ouders=ouders)


class AdvicePage(QWidget):
    """Note on the left, the advice as it will print on the right; every change re-renders after a short pause."""

    preview_updated = Signal()
    edit_requested = Signal()  # the counsellor's editor for the pupil (when the advice needs where the pupil is)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.repository = None
        self.pdf_bytes: bytes | None = None
        self.dialog: QWidget | None = None
        self._generation = 0
        self._loaded_for: int | None = None
        self._buffer: QBuffer | None = None

        self.title = heading(self.tr("Advies"))
        self.status = wrapped()
        self.status.setObjectName("adviesstatus")
        note_label = QLabel(self.tr("Not&itie van de begeleider (komt op het advies):"))
        note_label.setWordWrap(True)
        self.note = QPlainTextEdit()
        self.note.setObjectName("notitie")
        self.note.setAccessibleName(self.tr("Notitie van de begeleider"))
        self.note.setTabChangesFocus(True)
        self.note.setMaximumHeight(self.note.fontMetrics().height() * 12)
        self.note.setPlaceholderText(self.tr("Bijvoorbeeld: volgende week samen naar de opendeurdag."))
        note_label.setBuddy(self.note)
        self.counter = QLabel()
        self.counter.setObjectName("tekens")
        self.parents = QCheckBox(self.tr("Extra bladzijde voor o&uders"))
        self.parents.setAccessibleName(self.tr("Extra bladzijde voor ouders"))
        self.parents.toggled.connect(self._parents_changed)
        # The home language of the parents' page: the Dutch page, then the same page in that language.
        self.language = QComboBox()
        self.language.setObjectName("ouderstaal")
        self.language.setAccessibleName(self.tr("Taal van de bladzijde voor ouders"))
        self.language.addItem(self.tr("alleen in het Nederlands"), "")
        for language in LANGUAGES:
            self.language.addItem(self.tr("ook in het %1 (%2)").replace("%1", language.naam)
                                  .replace("%2", language.eigen_naam), language.code)
        self.language.currentIndexChanged.connect(self._parents_changed)
        # A long language name must not set the page's minimum width (the preview keeps its room).
        self.language.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.language.setMinimumContentsLength(10)
        self.language_label = QLabel(self.tr("&Taal:"))
        self.language_label.setBuddy(self.language)
        self.edit_button = button(self.tr("Leerling aanpass&en…"))
        self.edit_button.setObjectName("aanpassen")
        self.edit_button.setAccessibleName(self.tr("Leerling aanpassen: waar de leerling nu zit"))
        self.edit_button.clicked.connect(self.edit_requested)
        self.edit_button.hide()

        self.print_button = button(self.tr("&Afdrukken…"))
        self.print_button.setAccessibleName(self.tr("Advies afdrukken"))
        self.print_button.clicked.connect(self.ask_print)
        self.save_button = button(self.tr("Bewaar als &PDF…"))
        self.save_button.setAccessibleName(self.tr("Advies bewaren als PDF"))
        self.save_button.clicked.connect(self.ask_save)
        for sequence, slot in ((QKeySequence.StandardKey.Print, self.ask_print),
                               (QKeySequence.StandardKey.Save, self.ask_save)):
            shortcut = QShortcut(sequence, self, context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)

        self._note_timer = QTimer(self, singleShot=True, interval=NOTE_SAVE_DELAY_MS)
        self._note_timer.timeout.connect(self._note_paused)
        self.note.textChanged.connect(self._note_timer.start)
        self.note.textChanged.connect(self._update_counter)

        self.document = QPdfDocument(self)
        self.view = QPdfView()
        self.view.setObjectName("pdfvoorbeeld")
        self.view.setAccessibleName(self.tr("Voorbeeld van het advies"))
        self.view.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setDocument(self.document)
        self._pdf_viewport = self.view.viewport()  # Ctrl+wheel zooms; compared by identity in eventFilter
        self._pdf_viewport.installEventFilter(self)

        # Zoom: Ctrl +/−, Ctrl+wheel, and "fit width" (Ctrl+0), also as buttons above the preview.
        self.zoom_out_button = QToolButton()
        self.zoom_out_button.setText("−")
        self.zoom_out_button.setAccessibleName(self.tr("Kleiner (Ctrl+min)"))
        self.zoom_out_button.setToolTip(self.tr("Kleiner (Ctrl+−)"))
        self.zoom_out_button.clicked.connect(self.zoom_out)
        self.zoom_in_button = QToolButton()
        self.zoom_in_button.setText("+")
        self.zoom_in_button.setAccessibleName(self.tr("Groter (Ctrl+plus)"))
        self.zoom_in_button.setToolTip(self.tr("Groter (Ctrl++)"))
        self.zoom_in_button.clicked.connect(self.zoom_in)
        self.fit_button = QToolButton()
        self.fit_button.setText(self.tr("Paginabreedte"))
        self.fit_button.setAccessibleName(self.tr("Zo breed als het venster (Ctrl+0)"))
        self.fit_button.setToolTip(self.tr("Zo breed als het venster (Ctrl+0)"))
        self.fit_button.clicked.connect(self.fit_width)
        self.zoom_label = QLabel()
        self.zoom_label.setObjectName("zoom")
        zoom_row = QHBoxLayout()
        zoom_row.addStretch(1)
        zoom_row.addWidget(self.zoom_label)
        zoom_row.addWidget(self.zoom_out_button)
        zoom_row.addWidget(self.zoom_in_button)
        zoom_row.addWidget(self.fit_button)
        for sequences, slot in (((QKeySequence.StandardKey.ZoomIn, "Ctrl+=", "Ctrl++"), self.zoom_in),
                                ((QKeySequence.StandardKey.ZoomOut, "Ctrl+-"), self.zoom_out),
                                (("Ctrl+0",), self.fit_width)):
            for sequence in dict.fromkeys(QKeySequence(k) for k in sequences):
                shortcut = QShortcut(sequence, self, context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
                shortcut.activated.connect(slot)
        preview = QWidget()
        preview_layout = QVBoxLayout(preview)
        preview_layout.setContentsMargins(6, 0, 0, 0)
        preview_layout.addLayout(zoom_row)
        preview_layout.addWidget(self.view, 1)
        self._show_zoom()

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 6, 0)
        left_layout.addWidget(self.title)
        left_layout.addWidget(self.status)
        left_layout.addWidget(self.edit_button, 0, Qt.AlignmentFlag.AlignLeft)
        left_layout.addWidget(note_label)
        left_layout.addWidget(self.note)
        left_layout.addWidget(self.counter)
        left_layout.addWidget(self.parents)
        language_row = QHBoxLayout()
        language_row.addWidget(self.language_label)
        language_row.addWidget(self.language, 1)
        left_layout.addLayout(language_row)
        buttons = QHBoxLayout()
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.save_button)
        buttons.addStretch(1)
        left_layout.addLayout(buttons)
        # After saving: where it went, and the way to open it (in the system's PDF viewer).
        self.saved = wrapped()
        self.saved.setObjectName("bewaard")
        self.open_saved = button(self.tr("PDF &openen"))
        self.open_saved.setAccessibleName(self.tr("Open de bewaarde PDF"))
        self.open_saved.clicked.connect(self.open_saved_pdf)
        self.saved_path: Path | None = None
        left_layout.addWidget(self.saved)
        left_layout.addWidget(self.open_saved, 0, Qt.AlignmentFlag.AlignLeft)
        self._forget_saved()
        left_layout.addStretch(1)

        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(preview)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        session.pupil_changed.connect(self._pupil_changed)
        session.answers_changed.connect(self._answers_changed)
        session.choices_changed.connect(self._choices_changed)
        session.pupil_edited.connect(self._pupil_edited)
        self._set_ready(False)
        self._update_counter()

    def set_repository(self, repository) -> None:
        self.repository = repository

    # --- which pupil -------------------------------------------------------------------------------
    def activate(self) -> None:
        sessie = self.session.current
        if sessie is None or not sessie.antwoorden:
            self._show_empty(sessie)
            return
        self.title.setText(self.tr("Advies voor %1").replace("%1", sessie.voornaam))
        self.note.setEnabled(True)
        self.parents.setEnabled(True)
        if self._loaded_for != sessie.id:
            self._loaded_for = sessie.id
            self.note.blockSignals(True)
            self.note.setPlainText(sessie.notitie)
            self.note.blockSignals(False)
            self._update_counter()
            # The pupil's own choice for the parents' page (set without writing: showing is not an edit).
            for widget in (self.parents, self.language):
                widget.blockSignals(True)
            self.parents.setChecked(sessie.ouders)
            self.language.setCurrentIndex(max(self.language.findData(sessie.ouders_taal), 0))
            for widget in (self.parents, self.language):
                widget.blockSignals(False)
        self.language.setEnabled(self.parents.isChecked())
        if self.pdf_bytes is None:
            self.render_now()

    def _show_empty(self, sessie: Sessie | None) -> None:
        self.title.setText(self.tr("Advies"))
        if sessie is None:
            self.status.setText(self.tr("Open eerst een leerling of start de vragenlijst; dan verschijnt hier het "
                                        "advies om af te drukken."))
        else:
            self.status.setText(self.tr("%1 heeft nog geen vragen beantwoord.").replace("%1", sessie.voornaam))
        self._loaded_for = None
        self.note.blockSignals(True)
        self.note.clear()
        self.note.blockSignals(False)
        self.note.setEnabled(False)
        self.parents.setEnabled(False)
        self.language.setEnabled(False)
        self.edit_button.hide()
        self._clear_preview()

    def _pupil_changed(self) -> None:
        self._note_timer.stop()
        self._forget_saved()
        self._clear_preview()
        self._loaded_for = None
        if self.isVisible():
            self.activate()

    def _answers_changed(self) -> None:
        self.pdf_bytes = None

    def _pupil_edited(self) -> None:
        """The name or the situation changed: the title and the sheet follow (the note typed so far stays)."""
        sessie = self.session.current
        if sessie is not None and sessie.antwoorden:
            self.title.setText(self.tr("Advies voor %1").replace("%1", sessie.voornaam))
        self._choices_changed()

    def _parents_changed(self) -> None:
        """The parents' page or its language: kept with the pupil at once, and the preview follows."""
        self.language.setEnabled(self.parents.isChecked())
        if self.session.current is not None and self._loaded_for == self.session.current.id:
            self.session.set_parents(self.parents.isChecked(), self.language.currentData() or "")
        self.schedule_render()

    def _choices_changed(self) -> None:
        self.pdf_bytes = None
        self.schedule_render()  # the preview follows the counsellor's choices at once

    # --- the note ----------------------------------------------------------------------------------
    def _update_counter(self) -> None:
        from studiekeuze.advice.builder import MAX_NOTE_CHARS

        count = len(self.note.toPlainText().strip())
        self.counter.setText(self.tr("%1 van de %2 tekens").replace("%1", str(count))
                             .replace("%2", str(MAX_NOTE_CHARS)))

    def _note_paused(self) -> None:
        self.flush_note()
        self.schedule_render()

    def flush_note(self) -> None:
        """Write the note to the session now (also called when the pupil is closed or the window closes)."""
        self._note_timer.stop()
        sessie = self.session.current
        if sessie is not None and self._loaded_for == sessie.id:
            self.session.set_note(self.note.toPlainText())

    # --- the PDF -----------------------------------------------------------------------------------
    def schedule_render(self) -> None:
        if self.isVisible():
            self.render_now()

    def render_now(self) -> None:
        sessie, repository = self.session.current, self.repository
        if sessie is None or repository is None or not sessie.antwoorden:
            return
        self._generation += 1
        generation = self._generation
        notitie, ouders, keuzes = self.note.toPlainText(), self.parents.isChecked(), self.session.keuzes
        taal = self.language.currentData() or None
        self.status.setText(self.tr("Het advies wordt gemaakt…"))
        self.edit_button.hide()
        self._set_ready(False)
        run_in_background(
            lambda: make_advice_pdf(repository, sessie, notitie, ouders, keuzes, taal),
            lambda data: self._rendered(generation, data),
            lambda error: self._failed(generation, error),
            context=self,
        )

    def _rendered(self, generation: int, data: bytes) -> None:
        if generation != self._generation:
            return  # an older render: a newer one is on its way
        self.pdf_bytes = data
        previous, self._buffer = self._buffer, QBuffer(self)
        self._buffer.setData(QByteArray(data))
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(self._buffer)
        self._drop(previous)  # the document now reads the new buffer: the old PDF is let go, not kept per preview
        pages = self.document.pageCount()
        if pages == 1:
            self.status.setText(self.tr("Klaar: 1 bladzijde. Druk af of bewaar als PDF."))
        else:
            self.status.setText(self.tr("Klaar: %1 bladzijden. Druk af of bewaar als PDF.").replace("%1", str(pages)))
        self._set_ready(True)
        self._show_zoom()
        self.preview_updated.emit()

    def _failed(self, generation: int, error: BaseException) -> None:
        from studiekeuze.errors import StudiekeuzeError, UnknownSituation

        if generation != self._generation:
            return
        if isinstance(error, UnknownSituation):
            # No dead end: say what is missing and offer the editor right here.
            self.status.setText(self.tr(
                "Voor het advies is nodig waar de leerling nu zit. Kies met ‘Leerling aanpassen…’ de graad, en "
                "voor een 7de jaar ook welk 7de jaar (de huidige richting)."))
            self.edit_button.show()
            return
        if isinstance(error, StudiekeuzeError):
            self.status.setText(str(error))  # e.g. a note that is too long: shown here, not as a pop-up
            return
        from studiekeuze.ui.errors import show_error

        self.status.setText(self.tr("Het advies kon niet gemaakt worden."))
        show_error(error, self)

    def _clear_preview(self) -> None:
        self._generation += 1
        self.pdf_bytes = None
        self.document.close()
        self._drop(self._buffer)
        self._buffer = None
        self._set_ready(False)

    @staticmethod
    def _drop(buffer: QBuffer | None) -> None:
        if buffer is not None:
            buffer.close()
            buffer.setData(QByteArray())
            buffer.deleteLater()

    def _set_ready(self, ready: bool) -> None:
        self.print_button.setEnabled(ready)
        self.save_button.setEnabled(ready)

    def preview_ready(self) -> bool:
        return self.pdf_bytes is not None and self.document.status() == QPdfDocument.Status.Ready

    # --- save and print ----------------------------------------------------------------------------
    def ask_save(self) -> None:
        sessie = self.session.current
        if self.pdf_bytes is None or sessie is None:
            return
        dialog = file_dialog(self, self.tr("Advies bewaren als PDF"), "advies")
        dialog.setObjectName("bewaardialoog")
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setNameFilter(self.tr("PDF-bestanden (*.pdf)"))
        dialog.setDefaultSuffix("pdf")
        dialog.selectFile(f"{safe_stem('advies-' + (slug(sessie.voornaam) or 'leerling'))}.pdf")
        data = self.pdf_bytes
        dialog.fileSelected.connect(lambda path: self.save_to(Path(path), data))
        self.dialog = dialog
        dialog.open()

    def save_to(self, path: Path, data: bytes | None = None) -> None:
        from studiekeuze.pdf import write_pdf

        write_pdf(data or self.pdf_bytes, path)
        self.window().statusBar().showMessage(self.tr("Bewaard in %1").replace("%1", str(path)), 8000)
        self.saved_path = path
        # A folder path has no spaces to wrap at: it may break after each separator (shown only; the tooltip and
        # the accessible name have it as it is).
        folder = str(path.parent)
        breakable = folder.replace(os.sep, os.sep + BREAK)
        text = self.tr("Bewaard als %1 in %2.").replace("%1", path.name)
        self.saved.setText(text.replace("%2", breakable))
        self.saved.setToolTip(str(path))
        self.saved.setAccessibleName(text.replace("%2", folder))
        self.saved.show()
        self.open_saved.show()

    def open_saved_pdf(self) -> None:
        """The saved PDF in the system's viewer (a local file: nothing leaves the computer)."""
        from PySide6.QtCore import QUrl
        from PySide6.QtGui import QDesktopServices

        if self.saved_path is None:
            return
        if not self.saved_path.is_file() or not QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.saved_path))):
            self.saved.setText(self.tr("%1 kon niet geopend worden. Open het bestand zelf, of bewaar het opnieuw.")
                               .replace("%1", str(self.saved_path)))

    def _forget_saved(self) -> None:
        self.saved_path = None
        self.saved.clear()
        self.saved.hide()
        self.open_saved.hide()

    # --- zoom --------------------------------------------------------------------------------------
    def zoom_factor(self) -> float:
        """The zoom as shown: in "fit width" Qt does not report it, so it is worked out from the view's width."""
        if self.view.zoomMode() == QPdfView.ZoomMode.Custom or self.document.pageCount() == 0:
            return self.view.zoomFactor()
        margins = self.view.documentMargins()
        usable = self.view.viewport().width() - margins.left() - margins.right()
        points = self.document.pagePointSize(0).width() * self.view.logicalDpiX() / 72
        return usable / points if points > 0 else 1.0

    def set_zoom(self, factor: float) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(min(max(factor, ZOOM_STEPS[0]), ZOOM_STEPS[-1]))
        self._show_zoom()

    def zoom_in(self) -> None:
        current = self.zoom_factor()
        larger = [step for step in ZOOM_STEPS if step > current * 1.01]
        if larger:
            self.set_zoom(larger[0])

    def zoom_out(self) -> None:
        current = self.zoom_factor()
        smaller = [step for step in ZOOM_STEPS if step < current / 1.01]
        if smaller:
            self.set_zoom(smaller[-1])

    def fit_width(self) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self._show_zoom()

    def _show_zoom(self) -> None:
        self.zoom_label.setText(f"{round(self.zoom_factor() * 100)} %")
        self.fit_button.setEnabled(self.view.zoomMode() != QPdfView.ZoomMode.FitToWidth)
        self.zoom_in_button.setEnabled(self.zoom_factor() < ZOOM_STEPS[-1] / 1.01)
        self.zoom_out_button.setEnabled(self.zoom_factor() > ZOOM_STEPS[0] * 1.01)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (watched is self._pdf_viewport and event.type() == QEvent.Type.Wheel
                and event.modifiers() & Qt.KeyboardModifier.ControlModifier):
            if event.angleDelta().y() > 0:
                self.zoom_in()
            elif event.angleDelta().y() < 0:
                self.zoom_out()
            return True
        if watched is self._pdf_viewport and event.type() == QEvent.Type.Resize:
            self._show_zoom()
        return super().eventFilter(watched, event)

    def ask_print(self) -> None:
        if not self.preview_ready():
            return
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setResolution(PRINT_DPI)
        printer.setFullPage(True)  # the PDF has its own margins
        printer.setDocName(self.title.text())
        dialog = QPrintDialog(printer, self)
        dialog.setObjectName("afdrukdialoog")
        dialog.setMinMax(1, self.document.pageCount())
        dialog.accepted.connect(lambda: self.print_to(printer))
        self._printer = printer  # the dialog refers to it until it closes
        self.dialog = dialog
        # QPrintDialog.open() needs a receiver in PySide; this is what QDialog.open() does: modal, not blocking.
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.show()

    def print_to(self, printer) -> int:
        """Print the preview's pages (the chosen range) on `printer`; returns the number of pages printed."""
        from PySide6.QtGui import QGuiApplication

        count = self.document.pageCount()
        first = max(printer.fromPage(), 1) if printer.fromPage() else 1
        last = min(printer.toPage(), count) if printer.toPage() else count
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        painter = QPainter()
        try:
            if not painter.begin(printer):
                from studiekeuze.errors import StudiekeuzeError

                raise StudiekeuzeError(self.tr(
                    "De printer kon niet gestart worden. Kijk of hij aan staat en probeer opnieuw."))
            target = painter.viewport()
            for number, index in enumerate(range(first - 1, last)):
                if number:
                    printer.newPage()
                points = self.document.pagePointSize(index)
                scale = min(target.width() / points.width(), target.height() / points.height())
                size = QSize(round(points.width() * scale), round(points.height() * scale))
                painter.drawImage(target.topLeft(), self.document.render(index, size))
            return last - first + 1
        finally:
            if painter.isActive():
                painter.end()
            QGuiApplication.restoreOverrideCursor()
