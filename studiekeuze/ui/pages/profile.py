"""Profiel & suggesties: the interest chart and, per finaliteit side by side, the suggested next steps with reasons;
the counsellor steers the sheet here (keep a card on it, leave one out, show more, put one back)."""

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from studiekeuze.ui import hard_words
from studiekeuze.ui.chart import ProfileChart
from studiekeuze.ui.labels import finaliteit_label, graad_label
from studiekeuze.ui.read_aloud import ReadAloud, lines
from studiekeuze.ui.richting_html import LINK_SCHEME, comparison
from studiekeuze.ui.session import Outcome, Session
from studiekeuze.ui.widgets import Card, button, clear_layout, heading, scaled_font, wrapped

if TYPE_CHECKING:
    from studiekeuze.advice.model import Groep, Kaart
    from studiekeuze.content.repository import ContentRepository
    from studiekeuze.service.outcome import Suggestiegroep

# Of a card's lines (the sheet's `Kaart.regels`), the ones the page shows under the reasons: the page is for talking
# it through; what you learn and the BKs are one click away (Bekijk) and on the sheet.
CARD_LINES = ("bewijs", "overstap", "toelating")
MORE_STEP = 2  # "Meer tonen" shows this many more of a finaliteit's ranked suggestions each time


class SuggestionCard(Card):
    """One suggested step as the sheet prints it: its name, where it sits, why it fits, what it rests on; with
    buttons to open or compare it."""

    def __init__(self, kaart: "Kaart", parent: QWidget | None = None, on_sheet: bool = True) -> None:
        super().__init__(parent)
        self.kaart = kaart
        self.on_sheet = on_sheet  # False: one of the "meer tonen" cards, not on the sheet
        self.setObjectName("suggestie" if on_sheet else "meersuggestie")
        title = QLabel(kaart.naam)
        title.setObjectName("suggestienaam")
        title.setWordWrap(True)
        title.setFont(scaled_font(title.font(), 1.15, bold=True))
        # The counsellor's steering: keep it on the sheet whatever its rank, or leave it out; a "meer tonen" card
        # is put on the sheet. The keys are `Kaart.sleutel` (groepnummer, or a step's name). Each control has a
        # line of its own, so a card is no wider than before (narrow windows, large fonts).
        self.pin: QCheckBox | None = None
        self.leave_out: QPushButton | None = None
        self.add: QPushButton | None = None
        if on_sheet:
            self.leave_out = button(self.tr("Weglaten"))
            self.leave_out.setObjectName("weglaten")
            self.leave_out.setAccessibleName(self.tr("Laat %1 weg van het advies").replace("%1", kaart.naam))
            self.leave_out.setToolTip(self.tr("Niet op het advies; de volgende suggestie schuift op."))
        self.layout_.addWidget(title)
        if kaart.meta:
            self.layout_.addWidget(wrapped(kaart.meta))
        self.reasons = []
        for reden in kaart.redenen:
            label = wrapped(f"• {reden}")
            label.setObjectName("reden")
            self.reasons.append(label)
            self.layout_.addWidget(label)
        self.lines: dict[str, QLabel] = {}
        for regel in kaart.regels:
            if regel.sleutel in CARD_LINES:
                line = wrapped(f"{regel.label}: {regel.tekst}")
                line.setObjectName(regel.sleutel)
                self.lines[regel.sleutel] = line
                self.layout_.addWidget(line)
        self.evidence = self.lines.get("bewijs")
        if self.evidence is not None and kaart.bron:
            self.evidence.setToolTip(kaart.bron)
        self.transfer = self.lines.get("overstap")
        self.open_button: QPushButton | None = None
        self.compare: QCheckBox | None = None
        if kaart.groepnummer:
            row = QHBoxLayout()
            self.open_button = button(self.tr("Bekijk"))
            self.open_button.setAccessibleName(self.tr("Bekijk %1").replace("%1", kaart.naam))
            self.compare = QCheckBox(self.tr("Vergelijk"))
            self.compare.setAccessibleName(self.tr("Vergelijk %1").replace("%1", kaart.naam))
            row.addWidget(self.open_button)
            row.addStretch(1)
            row.addWidget(self.compare)
            self.layout_.addLayout(row)
        if on_sheet:
            self.pin = QCheckBox(self.tr("Vast op het advies"))
            self.pin.setObjectName("vast")
            self.pin.setAccessibleName(self.tr("Houd %1 vast op het advies").replace("%1", kaart.naam))
            self.pin.setToolTip(self.tr("Blijft op het advies, ook als andere suggesties hoger komen."))
            self.pin.setChecked(kaart.door_begeleider)
            self.layout_.addWidget(self.pin)
            self.layout_.addWidget(self.leave_out, 0, Qt.AlignmentFlag.AlignLeft)
        else:
            self.add = button(self.tr("Zet op het advies"))
            self.add.setObjectName("opadvies")
            self.add.setAccessibleName(self.tr("Zet %1 op het advies").replace("%1", kaart.naam))
            self.layout_.addWidget(self.add, 0, Qt.AlignmentFlag.AlignLeft)
        self.setAccessibleName(kaart.naam)
        self.setAccessibleDescription(" ".join(kaart.redenen))
        for label in self.findChildren(QLabel):
            hard_words.explain_widget(label, base=label.toolTip())  # a hard word's explanation on hover and focus


class CompareDialog(QDialog):
    """Two richtingen side by side; a name is a link that opens the richting in Verkennen."""

    open_richting = Signal(str)

    def __init__(self, html: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("vergelijking")
        self.setWindowTitle(self.tr("Twee richtingen naast elkaar"))
        self.browser = QTextBrowser()
        self.browser.setAccessibleName(self.tr("Vergelijking"))
        self.browser.setOpenLinks(False)
        self.browser.setHtml(html)
        hard_words.explain_document(self.browser)
        self.browser.anchorClicked.connect(self._link)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)
        # Wide enough for two columns of text beside the row labels, but never larger than the screen.
        metrics = self.fontMetrics()
        screen = (parent.screen() if parent is not None else self.screen()).availableGeometry()
        self.resize(min(metrics.averageCharWidth() * 130, screen.width() * 9 // 10),
                    min(metrics.height() * 42, screen.height() * 85 // 100))

    def _link(self, url) -> None:
        if url.scheme() == LINK_SCHEME:
            self.open_richting.emit(url.path())
            self.accept()


class ProfilePage(QWidget):
    """Shows the outcome of the current pupil's answers; computing happens on a worker thread."""

    open_richting = Signal(str)
    questionnaire_requested = Signal()
    advice_requested = Signal()
    edit_requested = Signal()  # the counsellor's editor for the pupil (name, klas, situation, nu niet open)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.repository: ContentRepository | None = None
        self.outcome: Outcome | None = None
        self.cards: list[SuggestionCard] = []  # the cards of the sheet, in its order
        self.more_cards: list[SuggestionCard] = []  # the "meer tonen" cards on view (not on the sheet)
        self.more_shown: dict[str, int] = {}  # per group code: how many "meer tonen" cards are on view
        self.columns_by_code: dict[str, QWidget] = {}
        self.compare_dialog: CompareDialog | None = None
        self._opened: str | None = None  # the card whose Bekijk was pressed: it gets the focus back

        self.title = heading(self.tr("Profiel & suggesties"))
        self.status = wrapped()
        self.status.setObjectName("profielstatus")
        self.to_questionnaire = button(self.tr("Naar de &vragenlijst"))
        self.to_questionnaire.setAccessibleName(self.tr("Naar de vragenlijst"))
        self.to_questionnaire.clicked.connect(self.questionnaire_requested)
        self.edit_button = button(self.tr("Leerling aan&passen…"))
        self.edit_button.setObjectName("aanpassen")
        self.edit_button.setAccessibleName(self.tr("Leerling aanpassen: naam, klas, waar de leerling nu zit"))
        self.edit_button.clicked.connect(self.edit_requested)
        self.clear_choices = button(self.tr("Keuzes voor het advies &wissen"))
        self.clear_choices.setObjectName("keuzeswissen")
        self.clear_choices.setAccessibleName(self.tr("Keuzes voor het advies wissen"))
        self.clear_choices.clicked.connect(lambda: self.session.set_choices((), ()))
        self.clear_choices.hide()

        self.chart = ProfileChart()
        chart_card = Card()
        chart_card.layout_.addWidget(heading(self.tr("Wat doe je graag?"), 1.15))
        chart_card.layout_.addWidget(self.chart)
        self.explanation = wrapped()
        self.explanation.setObjectName("uitleg")
        self.signals = wrapped()
        self.signals.setObjectName("signalen")
        # Read-aloud of what the profile means (F5); the counsellor's signals are not read.
        self.read_aloud = ReadAloud(lambda: lines(self.explanation.text()),
                                    self.tr("Lees voor wat je profiel zegt"), self)
        explain_card = Card()
        explain_card.layout_.addWidget(heading(self.tr("Wat zegt dit?"), 1.15))
        explain_card.layout_.addWidget(self.read_aloud, 0, Qt.AlignmentFlag.AlignLeft)
        explain_card.layout_.addWidget(self.explanation)
        explain_card.layout_.addWidget(self.signals)
        explain_card.layout_.addStretch(1)
        top = QHBoxLayout()
        top.addWidget(chart_card, 1)
        top.addWidget(explain_card, 1)

        self.situation = wrapped()
        self.situation.setObjectName("situatie")
        self.columns_widget = QWidget()
        self.columns_widget.setAccessibleName(self.tr("Suggesties per finaliteit"))
        self.columns = QHBoxLayout(self.columns_widget)
        self.columns.setContentsMargins(0, 0, 0, 0)
        self.columns.setAlignment(Qt.AlignmentFlag.AlignTop)

        self.compare_button = button(self.tr("Vergelijk de twee gekozen &richtingen"))
        self.compare_button.setAccessibleName(self.tr("Vergelijk de twee gekozen richtingen"))
        self.compare_button.setEnabled(False)
        self.compare_button.clicked.connect(self.compare_selected)
        self.advice_button = button(self.tr("Naar het &advies ▶"))
        self.advice_button.setAccessibleName(self.tr("Naar het advies"))
        self.advice_button.clicked.connect(self.advice_requested)
        bottom = QHBoxLayout()
        bottom.addWidget(self.compare_button)
        bottom.addStretch(1)
        bottom.addWidget(self.advice_button)

        # The profile and the suggestions scroll as one page: the cards get their whole height, not the strip that
        # the chart leaves in a small window; the buttons below stay in view.
        scrolled = QWidget()
        scrolled_layout = QVBoxLayout(scrolled)
        scrolled_layout.setContentsMargins(0, 0, 0, 0)
        scrolled_layout.addLayout(top)
        scrolled_layout.addWidget(heading(self.tr("Suggesties voor je volgende stap"), 1.3))
        scrolled_layout.addWidget(self.situation)
        scrolled_layout.addWidget(self.columns_widget)
        scrolled_layout.addStretch(1)
        self.scroll = QScrollArea()
        self.scroll.setObjectName("profielpagina")
        self.scroll.setAccessibleName(self.tr("Profiel en suggesties"))
        self.scroll.setWidgetResizable(True)
        self.scroll.setWidget(scrolled)
        self.scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)

        self.content = QWidget()
        content_layout = QVBoxLayout(self.content)
        content_layout.setContentsMargins(0, 0, 0, 0)
        content_layout.addWidget(self.scroll, 1)
        content_layout.addLayout(bottom)

        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.status)
        actions = QHBoxLayout()
        actions.addWidget(self.to_questionnaire)
        actions.addWidget(self.clear_choices)
        actions.addStretch(1)
        actions.addWidget(self.edit_button)
        layout.addLayout(actions)
        layout.addWidget(self.content, 1)
        session.pupil_changed.connect(self._pupil_changed)
        session.pupil_edited.connect(self._invalidate)
        session.answers_changed.connect(self._invalidate)
        session.choices_changed.connect(self._invalidate)
        self._show_empty()

    def set_repository(self, repository: "ContentRepository") -> None:
        self.repository = repository

    def _pupil_changed(self) -> None:
        self.more_shown.clear()  # "meer tonen" is a view of this pupil, not a choice for the sheet
        self._opened = None
        self._invalidate()

    def _invalidate(self) -> None:
        self.outcome = None
        if self.isVisible():
            self.activate()

    def activate(self) -> None:
        """Called when the page is shown: compute (or reuse) the outcome of the current answers."""
        from studiekeuze.ui.session import same_outcome

        sessie = self.session.current
        self.edit_button.setVisible(sessie is not None)
        self.clear_choices.hide()
        if sessie is None or self.repository is None:
            self._show_empty()
            return
        if not sessie.antwoorden:
            self._show_empty(self.tr("%1 heeft nog geen vragen beantwoord.").replace("%1", sessie.voornaam))
            return
        self.title.setText(self.tr("Profiel van %1").replace("%1", sessie.voornaam))
        if same_outcome(self.outcome, sessie, self.session.keuzes):
            self._focus_opened()
            return
        self.status.setText(self.tr("Even rekenen…"))
        self.status.show()
        self.session.request_outcome(self.show_outcome, self._failed)

    def _failed(self, error: BaseException) -> None:
        from studiekeuze.errors import StudiekeuzeError, UnknownSituation

        sessie = self.session.current
        if isinstance(error, UnknownSituation):
            self._show_empty(self.tr(
                "Voor suggesties is nodig waar de leerling nu zit. Kies met ‘Leerling aanpassen…’ de graad, en "
                "voor een 7de jaar ook welk 7de jaar (de huidige richting)."
            ))
            self.edit_button.setFocus()
            return
        if isinstance(error, StudiekeuzeError):
            self._show_empty(str(error))  # said on the page, not in a pop-up
            if sessie is not None and (sessie.extra or sessie.zonder):
                # E.g. more than a sheet holds, or a richting that is no longer in the data: a way out on the page.
                self.clear_choices.show()
            return
        from studiekeuze.ui.errors import show_error

        self._show_empty(self.tr("De suggesties konden niet berekend worden."))
        show_error(error, self)

    def _show_empty(self, message: str = "") -> None:
        self.title.setText(self.tr("Profiel & suggesties"))
        self.edit_button.setVisible(self.session.current is not None)
        self.status.setText(message or self.tr(
            "Hier zie je het profiel en de suggesties zodra een leerling de vragenlijst invult."
        ))
        hard_words.explain_widget(self.status)
        self.status.show()
        self.to_questionnaire.show()
        self.content.hide()

    def show_outcome(self, outcome: Outcome) -> None:
        """Show the service's outcome as the sheet words it: the same bars, sentences, groups and cards."""
        if self.session.current is None or outcome.sessie.id != self.session.current.id:
            return  # an answer for a pupil who is no longer on screen
        self.outcome = outcome
        profiel = outcome.advies.profiel
        self.status.hide()
        self.to_questionnaire.hide()
        self.content.show()
        self.chart.set_bars(profiel.balken)
        lines = [f"• {zin}" for zin in profiel.zinnen] if any(b.hoog for b in profiel.balken) else list(profiel.zinnen)
        lines += ["", self.tr("Hoe langer de streep, hoe liever je dat soort dingen doet. Er is geen goed of fout: "
                              "het profiel helpt om samen te praten over wat bij je past.")]
        self.explanation.setText("\n".join(lines))
        signalen = outcome.profiel.signalen
        self.signals.setText("\n".join(f"⚑ {s.tekst}" for s in signalen))
        self.signals.setVisible(bool(signalen))
        for label in (self.explanation, self.signals):
            hard_words.explain_widget(label)
        if outcome.huidige is not None:
            self.situation.setText(self.tr("Na %1 (%2). Alle finaliteiten zijn even goede keuzes.")
                                   .replace("%1", outcome.huidige.naam)
                                   .replace("%2", graad_label(outcome.huidige.graad)))
        else:
            self.situation.setText(self.tr("Richtingen in de %1. Alle finaliteiten zijn even goede keuzes.")
                                   .replace("%1", graad_label(outcome.naar_graad)))
        hard_words.explain_widget(self.situation)
        self._fill_columns(outcome.advies.groepen, outcome.uitkomst.groepen)
        self._focus_opened()

    def _fill_columns(self, groepen: "tuple[Groep, ...]", suggestiegroepen: "tuple[Suggestiegroep, ...]" = ()
                      ) -> None:
        """One column per group of the sheet, plus the groups whose cards were all left out (to put them back)."""
        from studiekeuze.service.outcome import MAX_KAARTEN  # loaded with the outcome (not at start-up)

        clear_layout(self.columns)
        self.cards, self.more_cards, self.columns_by_code = [], [], {}
        worded = {groep.code: groep for groep in groepen}
        order = [g.finaliteit for g in suggestiegroepen] or list(worded)
        if not order:
            self.columns.addWidget(wrapped(self.outcome.advies.geen_suggesties if self.outcome else ""))
        ranked = {g.finaliteit: g for g in suggestiegroepen}
        full = self.outcome is not None and len(self.outcome.uitkomst.suggesties) >= MAX_KAARTEN
        for code in order:
            groep, suggestiegroep = worded.get(code), ranked.get(code)
            column = QVBoxLayout()
            column.setAlignment(Qt.AlignmentFlag.AlignTop)
            header = heading(groep.naam if groep else finaliteit_label(code), 1.2)
            header.setObjectName("kolomtitel")
            column.addWidget(header)
            hard_words.explain_widget(header)
            if groep is not None and groep.kort:
                kort = wrapped(groep.kort)
                column.addWidget(kort)
                hard_words.explain_widget(kort)
            for kaart in groep.kaarten if groep else ():
                column.addWidget(self._card(kaart, on_sheet=True))
            if suggestiegroep is not None:
                self._add_left_out(column, suggestiegroep)
                self._add_more(column, suggestiegroep, full)
            column.addStretch(1)
            holder = QWidget()
            holder.setObjectName("kolom")
            holder.setLayout(column)
            self.columns_by_code[code] = holder
            self.columns.addWidget(holder, 1)
        self._compare_changed()

    def _card(self, kaart: "Kaart", on_sheet: bool) -> SuggestionCard:
        card = SuggestionCard(kaart, on_sheet=on_sheet)
        if card.open_button is not None:
            card.open_button.clicked.connect(lambda _=False, g=kaart.groepnummer: self._open(g))
        if card.compare is not None:
            card.compare.toggled.connect(self._compare_changed)
        if card.pin is not None:
            card.pin.toggled.connect(lambda checked, k=kaart: self._pin(k, checked))
        if card.leave_out is not None:
            card.leave_out.clicked.connect(lambda _=False, k=kaart: self._leave_out(k))
        if card.add is not None:
            card.add.clicked.connect(lambda _=False, k=kaart.sleutel: self.session.set_choice(k, "extra"))
        (self.cards if on_sheet else self.more_cards).append(card)
        return card

    def _add_left_out(self, column: QVBoxLayout, groep: "Suggestiegroep") -> None:
        if not groep.weggelaten:
            return
        label = wrapped(self.tr("Weggelaten van het advies:"))
        label.setObjectName("weggelatenkop")
        column.addWidget(label)
        for suggestie in groep.weggelaten:
            undo = button(self.tr("%1 terugzetten").replace("%1", suggestie.naam))
            undo.setObjectName("terugzetten")
            undo.setAccessibleName(self.tr("Zet %1 terug op het advies").replace("%1", suggestie.naam))
            undo.clicked.connect(lambda _=False, k=suggestie.sleutel: self.session.set_choice(k, None))
            column.addWidget(undo)

    def _add_more(self, column: QVBoxLayout, groep: "Suggestiegroep", full: bool) -> None:
        """The next ranked suggestions of the group, on view only; "Zet op het advies" puts one on the sheet."""
        from studiekeuze.advice import card
        from studiekeuze.service.outcome import MAX_KAARTEN

        shown = min(self.more_shown.get(groep.finaliteit, 0), len(groep.meer))
        if shown:
            label = wrapped(self.tr("Ook mogelijk (niet op het advies):"))
            label.setObjectName("meerkop")
            column.addWidget(label)
        for suggestie in groep.meer[:shown]:
            more = self._card(card(self.repository, suggestie), on_sheet=False)
            if full and more.add is not None:
                more.add.setEnabled(False)
                more.add.setToolTip(self.tr("Er passen hoogstens %1 richtingen op één advies. Laat er eerst een weg.")
                                    .replace("%1", str(MAX_KAARTEN)))
            column.addWidget(more)
        row = QHBoxLayout()
        left = len(groep.meer) - shown
        if left:
            more_button = button(self.tr("Meer tonen (nog %1)").replace("%1", str(left)))
            more_button.setObjectName("meertonen")
            more_button.setAccessibleName(self.tr("Meer suggesties tonen in %1")
                                          .replace("%1", finaliteit_label(groep.finaliteit)))
            more_button.clicked.connect(lambda _=False, c=groep.finaliteit: self.show_more(c))
            row.addWidget(more_button)
        if shown:
            less = button(self.tr("Minder tonen"))
            less.setObjectName("mindertonen")
            less.setAccessibleName(self.tr("Minder suggesties tonen in %1")
                                   .replace("%1", finaliteit_label(groep.finaliteit)))
            less.clicked.connect(lambda _=False, c=groep.finaliteit: self.show_more(c, 0))
            row.addWidget(less)
        row.addStretch(1)
        column.addLayout(row)

    def show_more(self, code: str, count: int | None = None) -> None:
        """Show `count` (default: MORE_STEP more) of the group's other ranked suggestions; the sheet stays as it is."""
        self.more_shown[code] = self.more_shown.get(code, 0) + MORE_STEP if count is None else count
        if self.outcome is not None:
            self._fill_columns(self.outcome.advies.groepen, self.outcome.uitkomst.groepen)

    def _pin(self, kaart: "Kaart", keep: bool) -> None:
        self.session.set_choice(kaart.sleutel, "extra" if keep else None)

    def _leave_out(self, kaart: "Kaart") -> None:
        from studiekeuze.vocabulary import BEGELEIDER_SOORT

        # A richting only the counsellor put there (no overgang leads to it) simply goes off the sheet again.
        chosen_only = kaart.soort_overgang == BEGELEIDER_SOORT
        self.session.set_choice(kaart.sleutel, None if chosen_only else "zonder")

    def _open(self, groepnummer: str) -> None:
        self._opened = groepnummer
        self.open_richting.emit(groepnummer)

    def _focus_opened(self) -> None:
        """Back from Bekijk: the focus is on that card's Bekijk again, so the keyboard goes on where it was."""
        card = next((c for c in self.cards + self.more_cards if c.kaart.groepnummer == self._opened), None)
        if card is not None and card.open_button is not None and self.isVisible():
            card.open_button.setFocus()

    def _chosen(self) -> list[SuggestionCard]:
        return [card for card in self.cards if card.compare is not None and card.compare.isChecked()]

    def _compare_changed(self) -> None:
        chosen = len(self._chosen())
        self.compare_button.setEnabled(chosen == 2)
        hard_words.explain_widget(self.compare_button, base=self.tr("Kies precies twee richtingen met ‘Vergelijk’."))

    def compare_selected(self) -> None:
        chosen = self._chosen()
        if len(chosen) != 2 or self.repository is None:
            return
        from studiekeuze.service.richting_page import richting_page

        left, right = (richting_page(self.repository, card.kaart.groepnummer) for card in chosen)
        self.compare_dialog = CompareDialog(comparison(left, right), self)
        self.compare_dialog.open_richting.connect(self.open_richting)
        self.compare_dialog.open()
