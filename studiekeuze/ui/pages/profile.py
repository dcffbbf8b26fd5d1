"""Profiel & suggesties: the interest chart and, per finaliteit side by side, the suggested next steps with reasons."""

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

from studiekeuze.ui.chart import ProfileChart
from studiekeuze.ui.labels import graad_label
from studiekeuze.ui.richting_html import LINK_SCHEME, comparison
from studiekeuze.ui.session import Outcome, Session
from studiekeuze.ui.widgets import Card, button, clear_layout, heading, scaled_font, wrapped

if TYPE_CHECKING:
    from studiekeuze.advice.model import Groep, Kaart
    from studiekeuze.content.repository import ContentRepository

# Of a card's lines (the sheet's `Kaart.regels`), the ones the page shows under the reasons: the page is for talking
# it through; what you learn and the BKs are one click away (Bekijk) and on the sheet.
CARD_LINES = ("bewijs", "overstap", "toelating")


class SuggestionCard(Card):
    """One suggested step as the sheet prints it: its name, where it sits, why it fits, what it rests on; with
    buttons to open or compare it."""

    def __init__(self, kaart: "Kaart", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kaart = kaart
        self.setObjectName("suggestie")
        title = QLabel(kaart.naam)
        title.setObjectName("suggestienaam")
        title.setWordWrap(True)
        title.setFont(scaled_font(title.font(), 1.15, bold=True))
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
        self.setAccessibleName(kaart.naam)
        self.setAccessibleDescription(" ".join(kaart.redenen))


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

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.repository: ContentRepository | None = None
        self.outcome: Outcome | None = None
        self.cards: list[SuggestionCard] = []
        self.compare_dialog: CompareDialog | None = None

        self.title = heading(self.tr("Profiel & suggesties"))
        self.status = wrapped()
        self.status.setObjectName("profielstatus")
        self.to_questionnaire = button(self.tr("Naar de &vragenlijst"))
        self.to_questionnaire.setAccessibleName(self.tr("Naar de vragenlijst"))
        self.to_questionnaire.clicked.connect(self.questionnaire_requested)

        self.chart = ProfileChart()
        chart_card = Card()
        chart_card.layout_.addWidget(heading(self.tr("Wat doe je graag?"), 1.15))
        chart_card.layout_.addWidget(self.chart)
        self.explanation = wrapped()
        self.explanation.setObjectName("uitleg")
        self.signals = wrapped()
        self.signals.setObjectName("signalen")
        explain_card = Card()
        explain_card.layout_.addWidget(heading(self.tr("Wat zegt dit?"), 1.15))
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
        layout.addWidget(self.to_questionnaire, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.content, 1)
        session.pupil_changed.connect(self._invalidate)
        session.answers_changed.connect(self._invalidate)
        session.choices_changed.connect(self._invalidate)
        self._show_empty()

    def set_repository(self, repository: "ContentRepository") -> None:
        self.repository = repository

    def _invalidate(self) -> None:
        self.outcome = None
        if self.isVisible():
            self.activate()

    def activate(self) -> None:
        """Called when the page is shown: compute (or reuse) the outcome of the current answers."""
        sessie = self.session.current
        if sessie is None or self.repository is None:
            self._show_empty()
            return
        if not sessie.antwoorden:
            self._show_empty(self.tr("%1 heeft nog geen vragen beantwoord.").replace("%1", sessie.voornaam))
            return
        self.title.setText(self.tr("Profiel van %1").replace("%1", sessie.voornaam))
        if self.outcome is not None and (self.outcome.sessie, self.outcome.keuzes) == (sessie, self.session.keuzes):
            return
        self.status.setText(self.tr("Even rekenen…"))
        self.status.show()
        self.session.request_outcome(self.show_outcome, self._failed)

    def _failed(self, error: BaseException) -> None:
        from studiekeuze.errors import StudiekeuzeError, UnknownSituation

        if isinstance(error, UnknownSituation):
            self._show_empty(self.tr(
                "Voor suggesties is nodig waar de leerling nu zit: kies op de pagina Vragenlijst een graad en "
                "eventueel de huidige richting."
            ))
            return
        if isinstance(error, StudiekeuzeError):
            self._show_empty(str(error))  # said on the page, not in a pop-up
            return
        from studiekeuze.ui.errors import show_error

        self._show_empty(self.tr("De suggesties konden niet berekend worden."))
        show_error(error, self)

    def _show_empty(self, message: str = "") -> None:
        self.title.setText(self.tr("Profiel & suggesties"))
        self.status.setText(message or self.tr(
            "Hier zie je het profiel en de suggesties zodra een leerling de vragenlijst invult."
        ))
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
        if outcome.huidige is not None:
            self.situation.setText(self.tr("Na %1 (%2). Alle finaliteiten zijn even goede keuzes.")
                                   .replace("%1", outcome.huidige.naam)
                                   .replace("%2", graad_label(outcome.huidige.graad)))
        else:
            self.situation.setText(self.tr("Richtingen in de %1. Alle finaliteiten zijn even goede keuzes.")
                                   .replace("%1", graad_label(outcome.naar_graad)))
        self._fill_columns(outcome.advies.groepen)

    def _fill_columns(self, groepen: "tuple[Groep, ...]") -> None:
        clear_layout(self.columns)
        self.cards = []
        if not groepen:
            self.columns.addWidget(wrapped(self.outcome.advies.geen_suggesties if self.outcome else ""))
        for groep in groepen:
            column = QVBoxLayout()
            column.setAlignment(Qt.AlignmentFlag.AlignTop)
            header = heading(groep.naam, 1.2)
            header.setObjectName("kolomtitel")
            column.addWidget(header)
            if groep.kort:
                column.addWidget(wrapped(groep.kort))
            for kaart in groep.kaarten:
                card = SuggestionCard(kaart)
                if card.open_button is not None:
                    card.open_button.clicked.connect(lambda _=False, g=kaart.groepnummer: self.open_richting.emit(g))
                if card.compare is not None:
                    card.compare.toggled.connect(self._compare_changed)
                self.cards.append(card)
                column.addWidget(card)
            column.addStretch(1)
            holder = QWidget()
            holder.setLayout(column)
            self.columns.addWidget(holder, 1)
        self._compare_changed()

    def _chosen(self) -> list[SuggestionCard]:
        return [card for card in self.cards if card.compare is not None and card.compare.isChecked()]

    def _compare_changed(self) -> None:
        chosen = len(self._chosen())
        self.compare_button.setEnabled(chosen == 2)
        self.compare_button.setToolTip(self.tr("Kies precies twee richtingen met ‘Vergelijk’."))

    def compare_selected(self) -> None:
        chosen = self._chosen()
        if len(chosen) != 2 or self.repository is None:
            return
        from studiekeuze.service.richting_page import richting_page

        left, right = (richting_page(self.repository, card.kaart.groepnummer) for card in chosen)
        self.compare_dialog = CompareDialog(comparison(left, right), self)
        self.compare_dialog.open_richting.connect(self.open_richting)
        self.compare_dialog.open()
