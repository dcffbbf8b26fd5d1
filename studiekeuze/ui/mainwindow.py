"""The main window: a calm sidebar with the five pages, the current pupil, menus, and the remembered size."""

from concurrent.futures import Future
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from studiekeuze import paths
from studiekeuze.errors import StudiekeuzeError
from studiekeuze.ui.session import Session
from studiekeuze.ui.tasks import deliver, run_in_background
from studiekeuze.ui.widgets import button, scaled_font, wrapped

if TYPE_CHECKING:
    from studiekeuze.userdata.sessie import Sessie

SETTINGS_FILE = "venster.ini"
VERKENNEN, VRAGENLIJST, PROFIEL, ADVIES, LEERLINGEN = range(5)
# F1 opens the help at the page about what is on screen.
HELP_FOR_PAGE = {VERKENNEN: "verkennen", VRAGENLIJST: "vragenlijst", PROFIEL: "profiel", ADVIES: "suggesties",
                 LEERLINGEN: "begeleider-privacy"}


def window_settings() -> QSettings:
    """Window size and the like, in the user data folder (so STUDIEKEUZE_HOME keeps tests out of the real home)."""
    return QSettings(str(paths.data_dir() / SETTINGS_FILE), QSettings.Format.IniFormat)


class MainWindow(QMainWindow):
    content_ready = Signal()
    content_failed = Signal(str)

    def __init__(self, session: Session | None = None) -> None:
        super().__init__()
        self.setObjectName("hoofdvenster")
        self.setWindowTitle(self.tr("Studiekeuze"))
        self.session = session or Session()
        self.session.folders_kept.connect(self._say_folders_kept)
        self.repository = None
        self.about_box: QMessageBox | None = None
        self.help_window = None  # built when help is first asked for
        self.code_dialog = None  # asks for a counsellor code before the first class session
        self.class_screen = None  # built when the first class session starts
        self.pupil_dialog = None  # the counsellor's editor for the open pupil
        self.language_dialog = None  # Bestand › Taal van het programma
        self.folders_box: QMessageBox | None = None  # an erase could not forget the remembered folders
        self.resume_box: QMessageBox | None = None  # "go on with …?" after a start that follows a crash
        self._menu_actions: list[QAction] = []

        titles = [self.tr("Verkennen"), self.tr("Vragenlijst"), self.tr("Profiel & suggesties"),
                  self.tr("Advies"), self.tr("Leerlingen")]

        # Pages are built when first shown (start-up builds only Verkennen); until then a placeholder holds the spot.
        self._pages: list[QWidget | None] = [None] * len(titles)
        self.stack = QStackedWidget()
        for _title in titles:
            self.stack.addWidget(QWidget())
        self.page(VERKENNEN)

        self.nav = QListWidget()
        self.nav.setObjectName("navigatie")
        self.nav.setAccessibleName(self.tr("Pagina's"))
        self.nav.setFont(scaled_font(self.nav.font(), 1.2))
        self.nav.setSpacing(4)
        self.nav.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.nav.setTextElideMode(Qt.TextElideMode.ElideNone)
        for number, title in enumerate(titles, start=1):
            item = QListWidgetItem(title)
            item.setToolTip(self.tr("%1 (Ctrl+%2)").replace("%1", title).replace("%2", str(number)))
            self.nav.addItem(item)
        self.nav.currentRowChanged.connect(self._page_changed)

        self.pupil_label = wrapped()
        self.pupil_label.setObjectName("huidigeleerling")
        self.new_pupil = button(self.tr("&Nieuwe leerling"))
        self.new_pupil.setAccessibleName(self.tr("Nieuwe leerling"))
        self.new_pupil.clicked.connect(self.start_new_pupil)
        self.close_pupil_button = button(self.tr("Leerling &sluiten"))
        self.close_pupil_button.setAccessibleName(self.tr("Leerling sluiten: het scherm wordt leeg"))
        self.close_pupil_button.clicked.connect(self.close_pupil)

        sidebar = QWidget()
        sidebar.setObjectName("zijbalk")
        side = QVBoxLayout(sidebar)
        side.addWidget(self.nav, 1)
        side.addWidget(self.pupil_label)
        side.addWidget(self.new_pupil)
        side.addWidget(self.close_pupil_button)
        metrics = self.nav.fontMetrics()
        width = max(metrics.horizontalAdvance(t) for t in titles) + metrics.height() * 4
        sidebar.setFixedWidth(width)

        self.normal = QWidget()
        layout = QHBoxLayout(self.normal)
        layout.addWidget(sidebar)
        layout.addWidget(self.stack, 1)
        # Two modes: the counsellor's window, and a class session's screen that shows one pupil only.
        self.modes = QStackedWidget()
        self.modes.addWidget(self.normal)
        self.setCentralWidget(self.modes)
        self._make_menus()

        self.loading = QLabel(self.tr("De gegevens worden geladen…"))
        self.statusBar().addWidget(self.loading)

        self.session.pupil_changed.connect(self._pupil_changed)
        self.session.pupil_edited.connect(self._pupil_changed)
        self.session.choices_changed.connect(self._update_to_advice)
        self._pupil_changed()
        self.nav.setCurrentRow(VERKENNEN)
        self._restore_geometry()

    # --- pages, built on first use -----------------------------------------------------------------------
    def page(self, index: int) -> QWidget:
        built = self._pages[index]
        if built is None:
            built = self._build_page(index)
            placeholder = self.stack.widget(index)
            self.stack.insertWidget(index, built)
            self.stack.removeWidget(placeholder)
            placeholder.deleteLater()
            self._pages[index] = built
            if self.repository is not None:
                built.set_repository(self.repository)
        return built

    def _build_page(self, index: int) -> QWidget:
        if index == VERKENNEN:
            from studiekeuze.ui.pages.explore import ExplorePage

            explore = ExplorePage()
            explore.back_out.connect(lambda: self.show_page(PROFIEL))  # Terug after Bekijk on the profile
            explore.richting_shown.connect(lambda _g: self._update_to_advice())
            explore.add_to_advice.connect(self._toggle_on_advice)
            return explore
        if index == VRAGENLIJST:
            from studiekeuze.ui.pages.questionnaire import QuestionnairePage

            questionnaire = QuestionnairePage(self.session)
            questionnaire.profile_requested.connect(lambda: self.show_page(PROFIEL))
            return questionnaire
        if index == PROFIEL:
            from studiekeuze.ui.pages.profile import ProfilePage

            profile = ProfilePage(self.session)
            profile.open_richting.connect(lambda g: self.open_richting(g, come_back=True))
            profile.questionnaire_requested.connect(lambda: self.show_page(VRAGENLIJST))
            profile.advice_requested.connect(lambda: self.show_page(ADVIES))
            profile.edit_requested.connect(self.edit_pupil)
            return profile
        if index == ADVIES:
            from studiekeuze.ui.pages.advice import AdvicePage

            advice = AdvicePage(self.session)
            advice.edit_requested.connect(self.edit_pupil)
            return advice
        from studiekeuze.ui.pages.pupils import PupilsPage

        pupils = PupilsPage(self.session)
        pupils.opened.connect(self._show_opened_pupil)
        pupils.class_session_requested.connect(self.start_class_session)
        return pupils

    @property
    def explore(self):
        return self.page(VERKENNEN)

    @property
    def questionnaire(self):
        return self.page(VRAGENLIJST)

    @property
    def profile(self):
        return self.page(PROFIEL)

    @property
    def advice(self):
        return self.page(ADVIES)

    @property
    def pupils(self):
        return self.page(LEERLINGEN)

    def _flush_note(self) -> None:
        if self._pages[ADVIES] is not None:
            self._pages[ADVIES].flush_note()

    # --- menus -------------------------------------------------------------------------------------
    def _make_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&Bestand"))
        new = QAction(self.tr("&Nieuwe leerling"), self, shortcut=QKeySequence.StandardKey.New)
        new.triggered.connect(self.start_new_pupil)
        close = QAction(self.tr("Leerling &sluiten"), self, shortcut=QKeySequence("Ctrl+W"))
        close.triggered.connect(self.close_pupil)
        self.edit_action = QAction(self.tr("Leerling aanpass&en…"), self, shortcut=QKeySequence("Ctrl+E"))
        self.edit_action.triggered.connect(self.edit_pupil)
        quit_action = QAction(self.tr("&Afsluiten"), self, shortcut=QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        settings = QAction(self.tr("&Privacy-instellingen…"), self)
        settings.triggered.connect(self.show_privacy_settings)
        language_action = QAction(self.tr("&Taal van het programma…"), self)
        language_action.triggered.connect(self.show_language_settings)
        file_menu.addActions([new, self.edit_action, close])
        file_menu.addSeparator()
        file_menu.addActions([settings, language_action])
        file_menu.addSeparator()
        file_menu.addAction(quit_action)
        self._menu_actions += [new, self.edit_action, close, settings, language_action, quit_action]

        go_menu = self.menuBar().addMenu(self.tr("&Ga naar"))
        # The page titles with a letter each, unique within the menu, chosen per language (so each is its own text);
        # "&&" is the character itself ("Profiel & suggesties", not "Profiel _suggesties").
        go_texts = [self.tr("&Verkennen"), self.tr("V&ragenlijst"), self.tr("&Profiel && suggesties"),
                    self.tr("&Advies"), self.tr("&Leerlingen")]
        for index, text in enumerate(go_texts):
            action = QAction(text, self, shortcut=QKeySequence(f"Ctrl+{index + 1}"))
            action.triggered.connect(lambda _=False, i=index: self.show_page(i))
            go_menu.addAction(action)
            self._menu_actions.append(action)

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        help_action = QAction(self.tr("&Hulp bij studiekeuze"), self)
        help_action.setShortcuts(list(dict.fromkeys(
            [QKeySequence(Qt.Key.Key_F1), *QKeySequence.keyBindings(QKeySequence.StandardKey.HelpContents)])))
        help_action.triggered.connect(lambda: self.show_help())
        about = QAction(self.tr("&Over studiekeuze"), self)
        about.triggered.connect(self.show_about)
        help_menu.addActions([help_action, about])
        # Disabled with the rest in a class session: there the class screen's own F1 shows the pupils' pages only.
        self._menu_actions += [help_action, about]

    # --- content -----------------------------------------------------------------------------------
    def load_content(self, started: Future | None = None) -> None:
        """Open the database on a worker thread (or take one already loading); pages fill in when it is there."""
        from studiekeuze.ui.loading import load_content

        if started is None:
            run_in_background(load_content, self.set_repository, self._content_failed, context=self)
        else:
            deliver(started, self.set_repository, self._content_failed, context=self)

    def _content_failed(self, error: BaseException) -> None:
        from studiekeuze.ui.errors import show_error

        self.loading.setText(self.tr("De gegevens konden niet geladen worden."))
        show_error(error, self)
        self.content_failed.emit(str(error))

    def set_repository(self, repository) -> None:
        self.repository = repository
        self.session.repository = repository
        for page in self._pages:
            if page is not None:
                page.set_repository(repository)
        self.statusBar().removeWidget(self.loading)
        self.loading.deleteLater()
        versie = repository.meta().get("data_versie", "")
        self.statusBar().showMessage(self.tr("Gegevens van %1. Werkt zonder internet.").replace("%1", versie))
        self.content_ready.emit()
        self._page_changed(self.stack.currentIndex())

    # --- pages -------------------------------------------------------------------------------------
    def show_page(self, index: int) -> None:
        self.nav.setCurrentRow(index)

    def _page_changed(self, index: int) -> None:
        if index < 0:
            return
        page = self.page(index)
        self.stack.setCurrentIndex(index)
        self._update_title()
        if self.repository is not None and hasattr(page, "activate"):
            page.activate()

    def open_richting(self, groepnummer: str, come_back: bool = False) -> None:
        """Show a richting in Verkennen; with `come_back` (Bekijk on the profile), Terug returns to the profile."""
        self.show_page(VERKENNEN)
        self.explore.open_richting(groepnummer, come_back=come_back)
        self.explore.page.setFocus()

    def _update_to_advice(self) -> None:
        """Verkennen's "Zet op het advies": for the open pupil only, saying whether the richting is on the sheet."""
        explore = self._pages[VERKENNEN]
        if explore is None:
            return
        sessie, groepnummer = self.session.current, explore.current_groepnummer
        target = explore.to_advice
        if sessie is None or groepnummer is None:
            target.hide()
            return
        on_sheet = groepnummer in sessie.extra
        # The richting the pupil is in now cannot go on their own sheet (the service refuses it).
        current = bool(sessie.huidige_richting) and groepnummer in (sessie.huidige_richting,
                                                                    self._groepnummer(sessie.huidige_richting))
        if on_sheet:
            target.setText(self.tr("Van het &advies halen"))
            target.setAccessibleName(self.tr("Haal deze richting van het advies van %1").replace("%1", sessie.voornaam))
        else:
            target.setText(self.tr("Zet op het &advies"))
            target.setAccessibleName(self.tr("Zet deze richting op het advies van %1").replace("%1", sessie.voornaam))
        target.setToolTip(self.tr("Het advies van %1").replace("%1", sessie.voornaam))
        target.setEnabled(not current)
        if current:
            target.setToolTip(self.tr("%1 zit nu in deze richting.").replace("%1", sessie.voornaam))
        target.show()

    def _groepnummer(self, key: str) -> str:
        if self.repository is None:
            return ""
        try:
            return self.repository.find(key).groepnummer
        except StudiekeuzeError:
            return ""

    def _toggle_on_advice(self, groepnummer: str) -> None:
        from studiekeuze.service.outcome import MAX_KAARTEN

        sessie = self.session.current
        if sessie is None:
            return
        shown = self.session.shown_count()
        if groepnummer not in sessie.extra and shown is not None and shown >= MAX_KAARTEN:
            self.statusBar().showMessage(self.tr(
                "Er passen hoogstens %1 richtingen op één advies. Laat er eerst een weg op de pagina Profiel & "
                "suggesties.").replace("%1", str(MAX_KAARTEN)), 10000)
            return
        self.session.set_choice(groepnummer, None if groepnummer in sessie.extra else "extra")
        name = self.repository.summaries[groepnummer].naam if self.repository is not None else groepnummer
        if groepnummer in self.session.current.extra:
            message = self.tr("%1 staat nu op het advies van %2.")
        else:
            message = self.tr("%1 staat niet meer op het advies van %2.")
        self.statusBar().showMessage(message.replace("%1", name).replace("%2", sessie.voornaam), 8000)

    # --- the pupil ---------------------------------------------------------------------------------
    def start_new_pupil(self) -> None:
        self._flush_note()
        self.session.close_pupil()
        self.explore.clear_history()  # the next pupil does not see where the previous one browsed
        self.show_page(VRAGENLIJST)
        self.questionnaire.form.voornaam.setFocus()

    def close_pupil(self) -> None:
        """Clear the screen (for the next pupil); the session stays saved. What this pupil browsed goes too."""
        self._flush_note()
        self.session.close_pupil()
        self.explore.clear_history()
        self.show_page(VERKENNEN)

    def _show_opened_pupil(self) -> None:
        """A pupil opened from the list: a finished one on the profile, else where they left the questionnaire."""
        sessie = self.session.current
        if sessie is not None and self.session.is_finished(sessie) and sessie.antwoorden:
            self.show_page(PROFIEL)
        else:
            self.show_page(VRAGENLIJST)

    def edit_pupil(self) -> None:
        """The counsellor's editor for the open pupil (name, klas, graad, richting, nu niet open)."""
        if self.session.current is None or self.repository is None or self.in_class_session:
            return
        from studiekeuze.ui.dialogs.pupil import PupilDialog

        self._flush_note()
        self.pupil_dialog = PupilDialog(self.session, self.repository, self)
        self.pupil_dialog.open()

    def _pupil_changed(self) -> None:
        sessie = self.session.current
        if sessie is None:
            self.pupil_label.setText(self.tr("Geen leerling geopend"))
        else:
            text = self.tr("Leerling: %1").replace("%1", sessie.voornaam)
            self.pupil_label.setText(text + (f" ({sessie.klas})" if sessie.klas else ""))
        self.close_pupil_button.setEnabled(sessie is not None)
        self.edit_action.setEnabled(sessie is not None and not self.in_class_session)
        self._update_to_advice()
        self._update_title()

    def _update_title(self) -> None:
        """'Studiekeuze — Profiel van Anna': the app once, then what is on screen (for whom)."""
        sessie = self.session.current
        if self.in_class_session:
            shown = self.tr("Klassessie")  # never a pupil's name: the title stays while the counsellor's panel shows
        elif sessie is not None and self.stack.currentIndex() in (VRAGENLIJST, PROFIEL, ADVIES):
            shown = {VRAGENLIJST: self.tr("Vragenlijst van %1"), PROFIEL: self.tr("Profiel van %1"),
                     ADVIES: self.tr("Advies voor %1")}[self.stack.currentIndex()].replace("%1", sessie.voornaam)
        else:
            shown = self.nav.currentItem().text() if self.nav.currentItem() is not None else ""
        self.setWindowTitle(self.tr("Studiekeuze") + (f" — {shown}" if shown else ""))

    def _say_folders_kept(self, message: str) -> None:
        from studiekeuze.errors import WriteError
        from studiekeuze.ui.errors import show_error

        self.folders_box = show_error(WriteError(message), self)

    def show_privacy_settings(self) -> None:
        self.show_page(LEERLINGEN)
        self.pupils.ask_settings()

    def show_language_settings(self) -> None:
        from studiekeuze.ui.dialogs.language import LanguageSettings

        dialog = LanguageSettings(self)
        dialog.accepted.connect(lambda: self.statusBar().showMessage(dialog.saved_text(), 10000))
        self.language_dialog = dialog
        dialog.open()

    # --- class session -----------------------------------------------------------------------------
    @property
    def in_class_session(self) -> bool:
        return self.class_screen is not None and self.class_screen.active

    def start_class_session(self, klas: str) -> None:
        """Lock the window on the class session's screen: no pages, no menus, only the pupil whose turn it is."""
        if self.repository is None or self.in_class_session:
            return
        from studiekeuze.userdata.settings import has_counsellor_code

        if not has_counsellor_code(self.session.store):
            # Without a code the lock could not be opened again: the counsellor sets one first (typed twice).
            from studiekeuze.ui.dialogs.counsellor import NewCounsellorCode

            self.code_dialog = NewCounsellorCode(self.session.store, self)
            self.code_dialog.accepted.connect(lambda: self.start_class_session(klas))
            self.code_dialog.open()
            return
        self._flush_note()
        if self.class_screen is None:
            from studiekeuze.ui.pages.class_screen import ClassScreen

            self.class_screen = ClassScreen(self.session)
            self.class_screen.stopped.connect(self._class_session_stopped)
            self.class_screen.close_confirmed.connect(self.close)
            self.modes.addWidget(self.class_screen)
        self._lock(True)
        self.modes.setCurrentWidget(self.class_screen)
        self.class_screen.start(klas)
        self._update_title()

    def _class_session_stopped(self, klas: str) -> None:
        self._lock(False)
        self.modes.setCurrentWidget(self.normal)
        self.show_page(LEERLINGEN)
        self._update_title()
        self.pupils.show_klas(klas)
        self.pupils.list.setFocus()

    def _lock(self, locked: bool) -> None:
        # Disabled, not only hidden: a shortcut (Ctrl+5, Ctrl+Q) must not reach the list or close the app.
        for action in self._menu_actions:
            action.setEnabled(not locked)
        self.menuBar().setVisible(not locked)
        if locked and self.help_window is not None:
            self.help_window.close()  # the counsellors' pages do not stay open beside the pupil's screen
        if locked:
            self.statusBar().clearMessage()  # e.g. "Bewaard in …/naam.json" must not stay in view

    # --- start-up clean-up ---------------------------------------------------------------------------
    def start_housekeeping(self) -> None:
        """Apply the retention rule on a worker thread (called once the window is shown, so start-up stays fast)."""
        self.session.apply_retention(self._retention_done)

    def _retention_done(self, count: int) -> None:
        if count:
            self.statusBar().showMessage(
                self.tr("%1 oude sessies gewist (bewaartermijn, zie Privacy-instellingen).").replace("%1", str(count)),
                15000)
        # After the retention rule, so a pupil it erased is not offered.
        self.session.find_left_open(self.offer_resume)

    def offer_resume(self, sessie: "Sessie | None") -> None:
        """After a crash or a killed process: offer to go on with the pupil who was open (a box that does not block)."""
        if sessie is None or self.session.current is not None or self.in_class_session:
            return
        name = sessie.voornaam + (f" ({sessie.klas})" if sessie.klas else "")
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Verder met %1?").replace("%1", sessie.voornaam),
                          self.tr("Studiekeuze werd de vorige keer niet gewoon afgesloten. Alles is bewaard. "
                                  "Wil je verder met %1?").replace("%1", name),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
        box.setObjectName("verdergaan")
        box.setTextFormat(Qt.TextFormat.PlainText)  # a name is shown as written
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("Verder met %1").replace("%1", sessie.voornaam))
        box.button(QMessageBox.StandardButton.No).setText(self.tr("Nu niet"))
        box.setDefaultButton(QMessageBox.StandardButton.Yes)
        box.finished.connect(lambda _result: self._resume_answered(box, sessie.id))
        self.resume_box = box
        box.open()

    def _resume_answered(self, box: QMessageBox, sessie_id: int) -> None:
        from studiekeuze.errors import NotFoundError

        if box.standardButton(box.clickedButton()) != QMessageBox.StandardButton.Yes:
            self.session.forget_open_pupil()
            return
        if self.session.current is not None or self.in_class_session:
            return
        try:
            self.session.open(sessie_id)
        except NotFoundError:
            return  # erased in the meantime
        self._show_opened_pupil()

    # --- help --------------------------------------------------------------------------------------
    def show_help(self, slug: str | None = None) -> None:
        """The help window, at the page about what is on screen (or `slug`); one window, raised when open."""
        if self.help_window is None:
            from studiekeuze.ui.help_window import HelpWindow

            self.help_window = HelpWindow(self)
        self.help_window.show_page(slug or HELP_FOR_PAGE.get(self.stack.currentIndex(), "start"))
        self.help_window.show()
        self.help_window.raise_()
        self.help_window.activateWindow()
        self.help_window.search.setFocus()

    # --- about -------------------------------------------------------------------------------------
    def show_about(self) -> None:
        from html import escape

        from studiekeuze.userdata.store import default_path

        meta = self.repository.meta() if self.repository is not None else {"bronnen": []}
        sources = "".join(f"<li>{escape(b)}</li>" for b in meta.get("bronnen", []))
        intro = self.tr("Verken studierichtingen, vul een interessevragenlijst in en bekijk positieve volgende "
                        "stappen in alle finaliteiten.")
        privacy = self.tr("Studiekeuze werkt zonder internet. Leerlinggegevens blijven op deze computer, in:")
        # Outside the f-string: lupdate does not read calls inside one.
        name, data_version, sources_title, licence = (self.tr("Studiekeuze"), self.tr("Gegevensversie"),
                                                      self.tr("Bronnen"), self.tr("Licentie: EUPL-1.2"))
        text = (
            f"<h3>{escape(name)} {escape(_version())}</h3>"
            f"<p>{escape(intro)}</p>"
            f"<p><b>{escape(data_version)}:</b> {escape(meta.get('data_versie', '?'))}</p>"
            f"<p><b>{escape(sources_title)}:</b></p><ul>{sources}</ul>"
            f"<p>{escape(privacy)}<br><small>{escape(str(default_path()))}</small></p>"
            f"<p>{escape(licence)}</p>"
        )
        box = QMessageBox(self)
        box.setObjectName("over")
        box.setWindowTitle(self.tr("Over studiekeuze"))
        box.setTextFormat(Qt.TextFormat.RichText)
        box.setText(text)
        box.setIconPixmap(self.windowIcon().pixmap(64, 64))
        box.setStandardButtons(QMessageBox.StandardButton.Close)
        self.about_box = box
        box.open()

    # --- window state ------------------------------------------------------------------------------
    def _restore_geometry(self) -> None:
        try:
            geometry = window_settings().value("geometrie")
        except StudiekeuzeError:
            geometry = None  # the data folder cannot be used: the start-up check has said so
        if geometry is None or not self.restoreGeometry(geometry):
            screen = QApplication.primaryScreen().availableGeometry()
            self.resize(min(1280, screen.width() * 9 // 10), min(840, screen.height() * 9 // 10))

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.in_class_session:
            # Else closing and starting the app again would open the list of pupils without the counsellor.
            event.ignore()
            self.class_screen.ask_to_close()
            return
        if self._pages[LEERLINGEN] is not None:
            self._pages[LEERLINGEN].klassen.cancel_batch()
        self._flush_note()
        self.session.forget_open_pupil()  # a normal close: the next start does not offer to go on
        try:
            settings = window_settings()
            settings.setValue("geometrie", self.saveGeometry())
            settings.sync()
        except StudiekeuzeError:
            pass  # only the window's size is lost; every answer is already in the store
        super().closeEvent(event)


def _version() -> str:
    # The one version (studiekeuze.__version__): also right in the bundle, which has no package metadata.
    from studiekeuze import __version__

    return __version__
