"""Class import: good, Excel-style (BOM, semicolons, Windows-1252), broken and hostile files."""

import pytest

from studiekeuze.classes.roster import parse_class_csv, read_class_csv
from studiekeuze.errors import InputFileError


def test_simple_comma_file(repository):
    lijst = parse_class_csv("voornaam,klas\nEmma,3A\nNoah,3A\n", repository)
    assert [(p.voornaam, p.klas) for p in lijst.leerlingen] == [("Emma", "3A"), ("Noah", "3A")]


def test_excel_semicolons_bom_and_crlf(repository, tmp_path):
    path = tmp_path / "klas.csv"
    path.write_bytes("\ufeffVoornaam;Klas;Huidige_richting\r\nZoë;4B;G-0081\r\nJosé;4B;Creatie en mode\r\n".encode())
    lijst = read_class_csv(path, repository)
    assert [p.voornaam for p in lijst.leerlingen] == ["Zoë", "José"]
    assert [p.huidige_richting for p in lijst.leerlingen] == ["G-0081", "G-0068"]


def test_windows_1252_file_from_plain_excel_csv(repository, tmp_path):
    path = tmp_path / "klas.csv"
    path.write_bytes("voornaam;klas\nAnaïs;2C\n".encode("cp1252"))
    assert read_class_csv(path, repository).leerlingen[0].voornaam == "Anaïs"


def test_extra_columns_are_not_imported(repository):
    lijst = parse_class_csv("voornaam,achternaam,rijksregisternummer\nLiam,Peeters,01020312345\n", repository)
    assert lijst.leerlingen[0].voornaam == "Liam"
    assert lijst.genegeerde_kolommen == ("achternaam", "rijksregisternummer")


def test_every_bad_row_is_reported_and_nothing_imported(repository):
    text = "voornaam,klas,huidige_richting\nEmma,3A,\n,3A,\nEmma,3A,\nLou,3A,G-9999\n" + "X" * 70 + ",3A,\n"
    with pytest.raises(InputFileError) as error:
        parse_class_csv(text, repository, "klas.csv")
    message = str(error.value)
    assert "klas.csv is niet ingelezen" in message
    assert "regel 3: de voornaam ontbreekt" in message
    assert "regel 4: 'Emma' staat ook op regel 2 in klas 3A" in message
    assert "regel 5, huidige_richting: Er is geen studierichting met groepnummer G-9999." in message
    assert "regel 6: de voornaam is langer dan 60 tekens" in message


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "is leeg"),
        ("naam,klas\nEmma,3A\n", "geen kolom 'voornaam'"),
        ("voornaam\n", "bevat geen leerlingen"),
        ("voornaam\nEm\x07ma\n", "onzichtbare tekens"),
        ("voornaam\n1234\n", "'1234' is geen voornaam"),
    ],
)
def test_broken_files(repository, text, message):
    with pytest.raises(InputFileError, match=message):
        parse_class_csv(text, repository)


@pytest.mark.parametrize("name", ["O'Brien", "Anne-Sophie", "Ådne Øyvind", "Nguyễn", "<script>", "Robert'); DROP--"])
def test_odd_names_are_kept_as_written(repository, name):
    text = 'voornaam\n"' + name.replace('"', '""') + '"\n'
    assert parse_class_csv(text, repository).leerlingen[0].voornaam == name


def test_binary_file_is_refused(repository, tmp_path):
    path = tmp_path / "foto.csv"
    path.write_bytes(b"\x89PNG\x00\x00")
    with pytest.raises(InputFileError, match="geen CSV-bestand"):
        read_class_csv(path, repository)


def test_a_name_of_two_graden_is_the_one_of_the_class_graad(repository):
    """Issue 15: "Bouwtechnieken" is a richting of the 2nd and of the 3rd graad; the class's graad says which."""
    tweede, derde = (repository.find("Bouwtechnieken", graad) for graad in (2, 3))
    assert (tweede.graad, derde.graad) == (2, 3) and tweede.groepnummer != derde.groepnummer
    text = "voornaam;klas;huidige_richting\nEmma;3A;Bouwtechnieken\nNoah;3A;bouwtechnieken\n"
    assert {p.huidige_richting for p in parse_class_csv(text, repository, graad=2).leerlingen} == {tweede.groepnummer}
    assert {p.huidige_richting for p in parse_class_csv(text, repository, graad=3).leerlingen} == {derde.groepnummer}
    # A groepnummer is exact, whatever the class's graad.
    exact = f"voornaam;huidige_richting\nEmma;{derde.groepnummer}\n"
    assert parse_class_csv(exact, repository, graad=2).leerlingen[0].huidige_richting == derde.groepnummer


def test_without_the_graad_the_list_says_which_groepnummer_to_give(repository, run_cli):
    """The same guidance as the command line, not "onbekend": the groepnummers to choose from, per graad."""
    text = "voornaam;klas;huidige_richting\nEmma;3A;Bouwtechnieken\nLou;3A;Bouwtechniek\n"
    with pytest.raises(InputFileError) as error:
        parse_class_csv(text, repository, "klas.csv")
    message = str(error.value)
    code, _out, cli_message = run_cli("richting", "Bouwtechnieken")
    assert code == 1
    cli_message = cli_message.removeprefix("studiekeuze: ").strip()
    assert cli_message.endswith("Geef het groepnummer.")
    assert "(2de graad)" in cli_message and "(3de graad)" in cli_message
    assert f"regel 2, huidige_richting: {cli_message}" in message
    assert "regel 3, huidige_richting: Geen studierichting gevonden die 'Bouwtechniek' heet. Bedoel je: " in message
    assert "onbekend" not in message
