"""Every graduaat and bachelor a pupil reads exists: it matches a row of the institutions' own lists, or the page
it cites belongs to an institution those lists lack; a wrong or unsourced programme fails the build."""

import csv
import json
import tomllib
from urllib.parse import urlparse

import pytest

from studiekeuze import resources
from studiekeuze.content.higher_education import normalise_programme_name
from tests.conftest import DATA
from tests.core.conftest import content_problems, replace_in

SOURCE = resources.content_sources_dir() / "hoger-onderwijs.toml"
OPLEIDINGEN = tomllib.loads(SOURCE.read_text(encoding="utf-8"))["opleiding"]
ROWS = list(csv.DictReader((DATA / "reference" / "hoger-onderwijs.csv").read_text(encoding="utf-8").splitlines(True)))
ROWS_BY_URL: dict[str, list[dict]] = {}
for _row in ROWS:
    ROWS_BY_URL.setdefault(_row["url"], []).append(_row)
IN_CSV = [o for o in OPLEIDINGEN if o["bron"] in ROWS_BY_URL]
OUTSIDE_CSV = [o for o in OPLEIDINGEN if o["bron"] not in ROWS_BY_URL]

# Academic bachelors at a hogeschool: the arts programmes of a School of Arts (conservatorium, KASK, RITCS).
ARTS_AT_A_HOGESCHOOL = {
    "Bachelor in de beeldende kunsten",
    "Bachelor in de muziek",
    "Bachelor in het drama",
    "Academische bachelor in de audiovisuele kunsten",
}
# Institutions that hoger-onderwijs.csv lacks, by the web domains of their own pages.
MISSING_INSTITUTIONS = {
    "ap.be": "AP Hogeschool", "ap-arts.be": "AP Hogeschool (School of Arts)", "kdg.be": "Karel de Grote",
    "pxl.be": "PXL", "luca-arts.be": "LUCA School of Arts", "hzs.be": "Hogere Zeevaartschool",
    "sai-aalst.be": "HBO5 Verpleegkunde (school voor secundair onderwijs met een hogeschool)",
}
# Campuses the csv lacks although their institution is in it: its VIVES rows all come from vives-zuid (not
# Oostende), its Thomas More rows all from the campuses Mechelen and Antwerpen. No page of the institution itself
# was found, so these two rest on a news site and a sector blog (see hoger-onderwijs.toml).
MISSING_CAMPUSES = {
    "Bachelor in de luchtvaart": ("VIVES", "onderwijsaanbod.vives-zuid.be"),
    "Bachelor in de orthopedie": ("Thomas More", "onderwijsaanbodmechelenantwerpen.thomasmore.be"),
}


def _domain_owner(url: str) -> str | None:
    host = urlparse(url).hostname or ""
    for domain, owner in MISSING_INSTITUTIONS.items():
        if host == domain or host.endswith("." + domain):
            return owner
    return None


@pytest.mark.parametrize("opleiding", IN_CSV, ids=lambda o: o["naam"])
def test_programme_matches_the_row_its_source_names(opleiding):
    rows = [r for r in ROWS_BY_URL[opleiding["bron"]]
            if normalise_programme_name(r["naam"]) == normalise_programme_name(opleiding["naam"])]
    assert rows, f"geen rij met {opleiding['bron']} heet '{opleiding['naam']}'"
    row = rows[0]
    assert row["niveau"] == opleiding["niveau"]
    if opleiding["niveau"] == "graduaat":
        assert opleiding["soort"] == ""
    elif row["soort_instelling"] == "universiteit" or opleiding["naam"] in ARTS_AT_A_HOGESCHOOL:
        assert opleiding["soort"] == "academisch"
    else:
        assert opleiding["soort"] == "professioneel", f"{row['instelling']} is een hogeschool"


@pytest.mark.parametrize("opleiding", OUTSIDE_CSV, ids=lambda o: o["naam"])
def test_programme_outside_the_csv_belongs_to_an_institution_the_csv_lacks(opleiding):
    core = normalise_programme_name(opleiding["naam"])
    assert not [r for r in ROWS if normalise_programme_name(r["naam"]) == core], "staat in de lijst: gebruik die rij"
    if opleiding["naam"] in MISSING_CAMPUSES:
        instelling, covered_host = MISSING_CAMPUSES[opleiding["naam"]]
        hosts = {urlparse(r["url"]).hostname for r in ROWS if r["instelling"] == instelling}
        assert hosts == {covered_host}
    else:
        assert _domain_owner(opleiding["bron"]), f"{opleiding['bron']} is geen pagina van een ontbrekende instelling"


def test_arts_and_medicine_name_their_admission_condition():
    toelating = {o["naam"]: o["toelating"] for o in OPLEIDINGEN}
    assert "toelatingsexamen arts" in toelating["Bachelor in de geneeskunde"]
    for naam in [*ARTS_AT_A_HOGESCHOOL, "Professionele bachelor in de audiovisuele kunsten", "Bachelor in de dans"]:
        assert "artistieke toelatingsproef" in toelating[naam], naam
    # Every condition has the page that states it next to it, as a comment.
    text = SOURCE.read_text(encoding="utf-8")
    assert text.count("# toelating: http") == sum(1 for o in OPLEIDINGEN if o["toelating"])


@pytest.mark.parametrize(
    ("published", "official"),
    [
        ("Bachelor verpleegkunde (Kortrijk)", "Bachelor in de verpleegkunde"),
        ("PBA Bedrijfsmanagement, marketing (Diepenbeek)", "Bachelor in het bedrijfsmanagement"),
        ("Bachelor bedrijfsmanagement (Gent, incl. afstandsonderwijs) - Pba-Bm|Mk| Marketing - Campus Gent",
         "Bachelor in het bedrijfsmanagement"),
        ("Bachelor of Science in de industriële wetenschappen (chemie)", "Bachelor in de industriële wetenschappen"),
        ("Graduaat HVAC-systemen - Grad-Hvac| Hvac-Systemen", "Graduaat in de HVAC-systemen"),
        ("Bachelor in organisatie & management (Brussel)", "Bachelor in organisatie en management"),
        ("afstandsonderwijs: Educatieve bachelor in het kleuteronderwijs (Kortrijk)",
         "Educatieve bachelor in het kleuteronderwijs"),
        ("Bachelor in de biochemie en de biotechnologie (programma voor studenten gestart vóór 2023-2024) (Leuven)",
         "Bachelor in de biochemie en de biotechnologie"),
        ("Bachelor in Biochemie en biotechnologie", "Bachelor in de biochemie en de biotechnologie"),
        ("Bachelor of Science handelsingenieur", "Bachelor handelsingenieur"),
        ("Bachelor in de chemie - in dagonderwijs (Gent)", "Professionele bachelor in de chemie"),
    ],
)
def test_an_institutions_name_normalises_to_the_official_one(published, official):
    assert normalise_programme_name(published) == normalise_programme_name(official)


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("Bachelor in de informatica", "Bachelor in de toegepaste informatica"),
        ("Bachelor in de biomedische wetenschappen", "Bachelor in de biomedische laboratoriumtechnologie"),
        ("Bachelor in de communicatie", "Bachelor in de communicatiewetenschappen"),
        ("Graduaat in de verpleegkunde", "Bachelor in de verpleegkunde"),
        ("Bachelor in de ingenieurswetenschappen", "Bachelor in de ingenieurswetenschappen: architectuur"),
    ],
)
def test_different_programmes_stay_different(one, other):
    assert normalise_programme_name(one) != normalise_programme_name(other)


def test_the_pupil_reads_the_official_name(run_cli):
    code, out, _ = run_cli("richting", "G-0129", "--json")  # Koel- en warmtetechnieken
    assert code == 0
    names = {o["naam"] for o in json.loads(out)["overgangen_naar"] if o["soort"] in {"graduaat", "bachelor"}}
    assert "Graduaat in de HVAC-systemen" in names and "Graduaat HVAC" not in names


# A bad source fails the build with the file, the record and the reason; every problem at once.


def test_unknown_programme_in_an_overgang_is_refused(sources_copy):
    path = sources_copy / "richtingen" / "stem-graad3.toml"
    replace_in(path, 'naar_naam = "Graduaat in de HVAC-systemen"', 'naar_naam = "Graduaat HVAC"')
    message = content_problems(sources_copy)
    assert "richtingen/stem-graad3.toml, richting " in message and "(G-" in message and "overgang " in message
    assert "'Graduaat HVAC' staat niet in hoger-onderwijs.toml" in message


def test_programme_without_source_is_refused(sources_copy):
    path = sources_copy / "hoger-onderwijs.toml"
    text = path.read_text(encoding="utf-8")
    start = text.index('naam = "Graduaat in de HVAC-systemen"')
    bron = text.index("bron = ", start)
    path.write_text(text[:bron] + 'bron = ""' + text[text.index("\n", bron):], encoding="utf-8")
    message = content_problems(sources_copy)
    assert "hoger-onderwijs.toml, opleiding " in message and "(Graduaat in de HVAC-systemen)" in message
    assert "een opleiding zonder bron mag niet" in message
    # The overgangen that name it are not reported a second time as naming an unknown programme.
    assert "staat niet in hoger-onderwijs.toml" not in message


def test_duplicate_programme_is_refused_also_under_another_spelling(sources_copy):
    path = sources_copy / "hoger-onderwijs.toml"
    path.write_text(
        path.read_text(encoding="utf-8")
        + '\n[[opleiding]]\nnaam = "Graduaat HVAC-systemen"\nniveau = "graduaat"\nsoort = ""\ntoelating = ""\n'
        + 'bron = "https://example.org/hvac"\n',
        encoding="utf-8",
    )
    message = content_problems(sources_copy)
    assert "hoger-onderwijs.toml, opleiding " in message and "(Graduaat HVAC-systemen)" in message
    assert "'Graduaat HVAC-systemen' staat er twee keer (ook als opleiding " in message


def test_wrong_level_orientation_and_unused_programme_are_all_reported(sources_copy):
    path = sources_copy / "hoger-onderwijs.toml"
    replace_in(path, 'naam = "Bachelor in de luchtvaart"\nniveau = "bachelor"\nsoort = "professioneel"',
                'naam = "Bachelor in de luchtvaart"\nniveau = "graduaat"\nsoort = ""')
    replace_in(path, 'naam = "Professionele bachelor in de chemie"\nniveau = "bachelor"\nsoort = "professioneel"',
                'naam = "Professionele bachelor in de chemie"\nniveau = "bachelor"\nsoort = "academisch"')
    path.write_text(
        path.read_text(encoding="utf-8")
        + '\n[[opleiding]]\nnaam = "Bachelor in de podologie"\nniveau = "bachelor"\nsoort = "professioneel"\n'
        + 'toelating = ""\nbron = "https://example.org/podologie"\n',
        encoding="utf-8",
    )
    message = content_problems(sources_copy)
    assert "'Bachelor in de luchtvaart' is een graduaat, maar de overgang heeft soort 'bachelor'" in message
    assert "de naam zegt 'professionele bachelor', maar soort is 'academisch'" in message
    assert "(Bachelor in de podologie): geen enkele overgang gebruikt deze opleiding" in message


def test_missing_programme_file_is_reported_once(sources_copy):
    (sources_copy / "hoger-onderwijs.toml").unlink()
    message = content_problems(sources_copy)
    assert "hoger-onderwijs.toml, bestand: ontbreekt" in message
    assert message.count("hoger-onderwijs.toml") == 1
