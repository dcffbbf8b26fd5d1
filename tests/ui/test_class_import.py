"""Class import on the Leerlingen page: good, Excel-style, broken and hostile class lists, through the app's path."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from studiekeuze.ui.mainwindow import LEERLINGEN
from tests.ui.qtlog import STRICT_QT_LOG

pytestmark = STRICT_QT_LOG


def pupils_page(window):
    window.show_page(LEERLINGEN)
    return window.pupils


def shown_box(page, qtbot, name: str) -> QMessageBox:
    box = page.findChild(QMessageBox, name)
    assert box is not None, name
    qtbot.waitUntil(box.isVisible)
    return box


def stored(window) -> list[tuple[str, str, str, int | None, str]]:
    return sorted((s.voornaam, s.klas, s.vorm, s.huidige_graad, s.huidige_richting)
                  for s in window.session.store.sessions())


def test_import_through_the_dialogs_reports_what_was_read_and_what_was_not(window, qtbot, tmp_path, repository):
    path = tmp_path / "klas 4B.csv"
    path.write_text("voornaam;klas;huidige_richting;geboortedatum\nYusuf;4B;Elektriciteit;2011-04-02\n"
                    "Zoë;4B;;2011-09-30\n", encoding="utf-8")
    page = pupils_page(window)
    qtbot.mouseClick(page.klassen.import_button, Qt.MouseButton.LeftButton)
    options = page.findChild(type(page.klassen.dialog), "klasimport")
    qtbot.waitUntil(options.isVisible)
    assert not options.choose.isEnabled()  # the class's graad is chosen on purpose, not by default
    options.volledig.setChecked(True)
    options.graad.setCurrentIndex(options.graad.findData(2))
    qtbot.mouseClick(options.choose, Qt.MouseButton.LeftButton)
    dialog = page.findChild(QFileDialog, "klaslijstdialoog")
    qtbot.waitUntil(dialog.isVisible)
    dialog.selectFile(str(path))
    dialog.accept()

    box = shown_box(page, qtbot, "importverslag")
    assert "2 leerlingen ingelezen in klas 4B (vragenlijst: volledig)" in box.text()
    assert "Niet ingelezen" in box.text() and "geboortedatum" in box.text()
    elektriciteit = repository.find("Elektriciteit")
    assert stored(window) == [("Yusuf", "4B", "volledig", elektriciteit.graad, elektriciteit.groepnummer),
                              ("Zoë", "4B", "volledig", 2, "")]
    # The list now shows the class, and the dropped column never reached the disk.
    assert page.klassen.klas() == "4B"
    assert sorted(page.names()) == ["Yusuf", "Zoë"]
    assert b"2011-04-02" not in window.session.store.path.read_bytes()


def test_excel_style_files_import(window, qtbot, tmp_path):
    page = pupils_page(window)
    utf8 = tmp_path / "excel-utf8.csv"
    utf8.write_bytes("\ufeffVoornaam;Klas\r\nÁna-Lucía;5A\r\nMohammed;5A\r\n;\r\n".encode())
    assert len(page.import_class(utf8, klas="", huidige_graad=3)) == 2
    ansi = tmp_path / "excel-ansi.csv"
    ansi.write_bytes("voornaam,klas\r\nJosé,5B\r\nChloë,5B\r\n".encode("cp1252"))
    assert len(page.import_class(ansi, huidige_graad=3)) == 2
    assert sorted(s.voornaam for s in window.session.store.sessions()) == ["Chloë", "José", "Mohammed", "Ána-Lucía"]
    assert window.session.store.classes() == ["5A", "5B"]


def test_a_broken_file_imports_nothing_and_names_every_bad_row(window, qtbot, tmp_path):
    path = tmp_path / "kapot.csv"
    path.write_text("voornaam;klas\nYusuf;4B\n;4B\nYusuf;4B\n12345;4B\nZoë;4B\n", encoding="utf-8")
    page = pupils_page(window)
    assert page.import_class(path, huidige_graad=2) == []
    box = shown_box(page, qtbot, "importfouten")
    text = box.text()
    assert "regel 3: de voornaam ontbreekt" in text
    assert "regel 4: 'Yusuf' staat ook op regel 2" in text
    assert "regel 5: '12345' is geen voornaam" in text
    assert "niets ingelezen" in box.informativeText()
    assert window.session.store.sessions() == []
    assert page.names() == []


def test_many_problems_fit_on_the_screen_with_all_of_them_in_the_details(window, qtbot, tmp_path):
    path = tmp_path / "lang.csv"
    path.write_text("voornaam\n" + "\n".join(f"{n}" for n in range(100, 140)) + "\n", encoding="utf-8")
    page = pupils_page(window)
    page.import_class(path, klas="2C", huidige_graad=1)
    box = shown_box(page, qtbot, "importfouten")
    assert "nog 25 regels" in box.text()
    assert all(f"regel {row}:" in box.detailedText() for row in range(2, 42))


def test_a_list_without_klas_needs_the_klas_from_the_dialog(window, qtbot, tmp_path):
    path = tmp_path / "zonder-klas.csv"
    path.write_text("voornaam\nLou\nMo\n", encoding="utf-8")
    page = pupils_page(window)
    assert page.import_class(path, huidige_graad=2) == []
    box = shown_box(page, qtbot, "importfouten")
    assert "bij regel 2, 3 staat geen klas" in box.text() and "Vul bij 'Klas' in" in box.text()
    assert window.session.store.sessions() == []
    assert len(page.import_class(path, klas=" 3 A ", huidige_graad=2)) == 2
    assert window.session.store.classes() == ["3 A"]


def test_importing_the_same_list_twice_adds_no_one_twice(window, qtbot, tmp_path):
    path = tmp_path / "klas.csv"
    path.write_text("voornaam;klas\nLou;4B\nMo;4B\n", encoding="utf-8")
    page = pupils_page(window)
    page.import_class(path, huidige_graad=2)
    path.write_text("voornaam;klas\nLou;4B\nMo;4B\nNora;4B\n", encoding="utf-8")
    assert [s.voornaam for s in page.import_class(path, huidige_graad=2)] == ["Nora"]
    box = shown_box(page, qtbot, "importverslag")
    assert "Stonden al in de lijst, niet opnieuw toegevoegd: Lou, Mo." in box.text()
    assert sorted(page.names()) == ["Lou", "Mo", "Nora"]


def test_hostile_names_are_stored_and_shown_as_written(window, qtbot, tmp_path):
    hostile = ["<b>Vet</b>", "Robert'); DROP TABLE sessies;--", "Zo;ë", "=HYPERLINK(\"x\")", "李 小龍"]
    path = tmp_path / "vijandig.csv"
    path.write_text('voornaam;klas\n"<b>Vet</b>";4B\n"Robert\'); DROP TABLE sessies;--";4B\n"Zo;ë";4B\n'
                    '"=HYPERLINK(""x"")";4B\n李 小龍;4B\n', encoding="utf-8")
    page = pupils_page(window)
    assert len(page.import_class(path, huidige_graad=2)) == 5
    box = shown_box(page, qtbot, "importverslag")
    assert box.textFormat() == Qt.TextFormat.PlainText  # "<b>Vet</b>" is not rendered as bold
    assert sorted(page.names()) == sorted(hostile)
    assert sorted(s.voornaam for s in window.session.store.sessions()) == sorted(hostile)

    # Invisible characters (a right-to-left override) are refused: they make a name look like another.
    sneaky = tmp_path / "onzichtbaar.csv"
    sneaky.write_text("voornaam;klas\nAnna\u202e;4B\n", encoding="utf-8")
    assert page.import_class(sneaky, huidige_graad=2) == []
    problems = shown_box(page, qtbot, "importfouten")
    assert "onzichtbare tekens" in problems.text()
    assert len(window.session.store.sessions()) == 5


def test_a_hostile_name_in_the_erase_question_is_plain_text(window, qtbot):
    window.session.start("<i>Schuin</i>", "kort")
    page = pupils_page(window)
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    box = page.findChild(QMessageBox, "wisvraag")
    qtbot.waitUntil(box.isVisible)
    assert box.textFormat() == Qt.TextFormat.PlainText
    assert "<i>Schuin</i>" in box.text()
    box.reject()


def test_a_name_of_two_graden_is_read_in_the_graad_chosen_in_the_dialog(window, qtbot, tmp_path, repository):
    """Issue 15: "Bouwtechnieken" exists in the 2nd and the 3rd graad; the dialog was told the class is in the 2nd."""
    path = tmp_path / "klas 3B.csv"
    path.write_text("voornaam;klas;huidige_richting\nYusuf;3B;Bouwtechnieken\n", encoding="utf-8")
    page = pupils_page(window)
    qtbot.mouseClick(page.klassen.import_button, Qt.MouseButton.LeftButton)
    options = page.findChild(type(page.klassen.dialog), "klasimport")
    qtbot.waitUntil(options.isVisible)
    options.graad.setCurrentIndex(options.graad.findData(2))
    qtbot.mouseClick(options.choose, Qt.MouseButton.LeftButton)
    dialog = page.findChild(QFileDialog, "klaslijstdialoog")
    qtbot.waitUntil(dialog.isVisible)
    dialog.selectFile(str(path))
    dialog.accept()
    box = shown_box(page, qtbot, "importverslag")
    assert "1 leerling ingelezen in klas 3B" in box.text()
    tweede = repository.find("Bouwtechnieken", 2)
    assert stored(window) == [("Yusuf", "3B", "kort", 2, tweede.groepnummer)]


def test_without_a_graad_the_app_says_which_groepnummer_to_give(window, qtbot, tmp_path, repository):
    path = tmp_path / "klas.csv"
    path.write_text("voornaam;klas;huidige_richting\nYusuf;3B;Bouwtechnieken\n", encoding="utf-8")
    page = pupils_page(window)
    assert page.import_class(path, huidige_graad=None) == []  # "Verschilt per leerling"
    text = shown_box(page, qtbot, "importfouten").text()
    tweede, derde = repository.find("Bouwtechnieken", 2), repository.find("Bouwtechnieken", 3)
    assert (f"regel 2, huidige_richting: Meerdere richtingen heten 'Bouwtechnieken': {tweede.groepnummer} "
            f"(2de graad); {derde.groepnummer} (3de graad). Geef het groepnummer.") in text
    assert "onbekend" not in text
    assert window.session.store.sessions() == []
