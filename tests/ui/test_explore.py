"""Verkennen: search as you type, open a richting, follow an overgang, walk back and forward, the matrix."""

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication

from studiekeuze.ui.labels import graad_label


def page_title(window) -> str:
    return window.explore.page.document().findBlockByNumber(0).text()


def focused_link(browser) -> str:
    """The link the keyboard focus is on in a page (Tab selects it)."""
    cursor = browser.textCursor()
    probe = QTextCursor(cursor)
    probe.setPosition(cursor.selectionStart() + 1)
    return probe.charFormat().anchorHref() if cursor.hasSelection() else ""


def test_search_open_a_richting_and_follow_an_overgang(window, qtbot, repository):
    explore = window.explore
    qtbot.keyClicks(explore.search, "elektri")
    assert explore.visible_results()[0].lower().startswith("elektri")
    assert "gevonden" in explore.count.text()

    # Keyboard only: down into the results, Enter opens the first one.
    qtbot.keyClick(explore.search, Qt.Key.Key_Down)
    assert explore.results.hasFocus()
    qtbot.keyClick(explore.results, Qt.Key.Key_Return)
    first = explore.current_groepnummer
    richting = repository.richting(first)
    assert page_title(window) == richting.naam
    text = explore.page.toPlainText()
    assert "Wat doe je?" in text and "Waar kun je daarna naartoe?" in text
    assert richting.activiteiten[0].tekst in text

    # Tab to the first link to a richting (hard words before it are Tab stops too: they show their explanation),
    # Enter follows it.
    target = next(o.doel for o in richting.overgangen_naar if o.doel is not None)
    explore.page.setFocus()
    for _stop in range(60):
        qtbot.keyClick(explore.page, Qt.Key.Key_Tab)
        if focused_link(explore.page).startswith("richting:"):
            break
    qtbot.keyClick(explore.page, Qt.Key.Key_Return)
    assert page_title(window) == target.naam
    assert explore.current_groepnummer == target.groepnummer
    # The way back is there too: the target lists where you can come from.
    assert richting.naam in explore.page.toPlainText()

    assert explore.back.isEnabled() and not explore.forward.isEnabled()
    qtbot.mouseClick(explore.back, Qt.MouseButton.LeftButton)
    assert page_title(window) == richting.naam
    qtbot.keyClick(explore.page, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert page_title(window) == target.naam


def test_overgangen_both_ways_are_links(window, repository):
    explore = window.explore
    richting = next(
        repository.richting(s.groepnummer) for s in repository.search("", graad=3)
        if repository.richting(s.groepnummer).overgangen_van
    )
    explore.open_richting(richting.groepnummer)
    html = explore.page.toHtml()
    for overgang in (*richting.overgangen_naar, *richting.overgangen_van):
        if overgang.doel is not None:
            assert f"richting:{overgang.doel.groepnummer}" in html


def test_knelpuntberoepen_and_bk_levels_are_shown(window, repository):
    richting = next(
        repository.richting(s.groepnummer) for s in repository.search("")
        if any(b.knelpuntberoep for b in repository.richting(s.groepnummer).beroepen)
        and any(b.niveau for b in repository.richting(s.groepnummer).bks)
    )
    window.explore.open_richting(richting.groepnummer)
    text = window.explore.page.toPlainText()
    knelpunt = next(b for b in richting.beroepen if b.knelpuntberoep)
    assert f"{knelpunt.naam} (knelpuntberoep)" in text  # the same words as on the sheet
    bk = next(b for b in richting.bks if b.niveau)
    assert f"{bk.naam} — VKS-niveau {bk.niveau}" in text


def test_filters_narrow_the_list(window, qtbot):
    explore = window.explore
    explore.graad.setCurrentIndex(explore.graad.findData(3))
    explore.finaliteit.setCurrentIndex(explore.finaliteit.findData("A"))
    model = explore.results.model()
    assert model.rowCount() > 0
    assert {model.index(row, 1).data() for row in range(model.rowCount())} == {graad_label(3)}
    assert {model.index(row, 2).data() for row in range(model.rowCount())} == {"Arbeidsmarkt"}


def test_a_search_without_hits_says_so(window, qtbot):
    qtbot.keyClicks(window.explore.search, "qqqzzz")
    assert window.explore.visible_results() == []
    assert "Geen richtingen gevonden" in window.explore.count.text()


def test_hostile_search_text_is_harmless(window, qtbot):
    qtbot.keyClicks(window.explore.search, '"zorg & welzijn" OR -( *')
    assert "gevonden" in window.explore.count.text()


def test_the_matrix_counts_when_first_shown_and_after_a_change_while_hidden(window, repository):
    """The overview is counted when its tab is shown (not at start-up); what changed while it was hidden shows too."""
    explore, matrix = window.explore, window.explore.matrix
    assert not matrix.isVisible()
    matrix.graad.setCurrentIndex(matrix.graad.findData(3))  # chosen while hidden
    explore.tabs.setCurrentIndex(1)
    assert matrix.isVisible()
    row = matrix._domeinen.index("STEM")
    column = [f["code"] for f in matrix._finaliteiten].index("D")
    expected = len(repository.search("", graad=3, finaliteit="D", domein="STEM"))
    assert matrix.table.item(row, column).data(Qt.ItemDataRole.UserRole) == expected > 0


def test_a_matrix_cell_opens_its_richtingen(window, qtbot, repository):
    explore = window.explore
    explore.tabs.setCurrentIndex(1)
    matrix = explore.matrix
    matrix.graad.setCurrentIndex(matrix.graad.findData(2))
    expected = len(repository.search("", graad=2, finaliteit="A", domein="STEM"))
    assert matrix.count("STEM", "A") == expected > 0
    row = matrix._domeinen.index("STEM")
    column = [f["code"] for f in matrix._finaliteiten].index("A")
    matrix.table.setFocus()
    matrix.table.setCurrentCell(row, column)
    qtbot.keyClick(matrix.table, Qt.Key.Key_Return)
    assert explore.tabs.currentIndex() == 0
    assert len(explore.visible_results()) == expected
    assert explore.domein.currentData() == "STEM"
    assert explore.finaliteit.currentData() == "A"
    assert explore.graad.currentData() == 2


def test_typing_goes_straight_into_the_search_field(window, qtbot):
    assert window.explore.search.hasFocus()


def test_a_richting_page_names_the_diploma_and_what_each_bk_means(window, repository):
    window.explore.open_richting("G-0001")  # Afwerking bouw
    text = " ".join(window.explore.page.toPlainText().split())
    assert "Welk diploma krijg je? Als je slaagt, krijg je een diploma secundair onderwijs (niveau 3)." in text
    stukadoor = next(b for b in repository.richting("G-0001").bks if b.code == "BK-0130-5")
    assert f"Wat doet een stukadoor? {stukadoor.definitie}" in text
    assert "Het VKS-niveau gaat van 1 tot 8" in text


def test_the_list_columns_follow_a_larger_font_on_the_list(window):
    """The widths are measured once per font: a font set on the list itself (not through the header) measures
    them again, so "Dubbele finaliteit" is not cut at the new size."""
    results = window.explore.results
    window.resize(1600, 900)
    before = results.header().sectionSize(2)
    font = results.font()
    font.setPointSizeF(font.pointSizeF() * 2)
    results.setFont(font)
    QApplication.processEvents()  # the view's FontChange
    after = results.header().sectionSize(2)
    assert after > before * 1.6
    assert after >= results.fontMetrics().horizontalAdvance("Dubbele finaliteit")
