"""The questionnaire's pictograms: every item has its own drawing in the package, all in one visual language, and a
file holds drawing only — no text, scripts, links or bitmaps. (How they look at 48 px: tests/ui/test_pictograms.py.)"""

import json
import re
import shutil
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from studiekeuze import resources
from studiekeuze.content.sources import load_sources
from studiekeuze.errors import ContentError

ROOT = Path(__file__).resolve().parents[2]
FILES = sorted(resources.pictogram_dir().glob("*.svg"))
SVG = "{http://www.w3.org/2000/svg}"

# The visual language: one grid, one stroke, round ends, dark strokes, white to cover, at most one accent colour.
STROKE, ACCENT, WHITE = "#1F2A37", "#F2A93B", "#FFFFFF"
PALETTE = {STROKE, ACCENT, WHITE, "none"}
# Only drawing: no words, no script or style, no link to anything outside the file, no bitmap.
FORBIDDEN = re.compile(r"<\s*(text|tspan|script|style|image|foreignObject|a|use)\b|href|xlink|data:|url\(|\bon\w+\s*=",
                       re.IGNORECASE)


def lightness(colour: str) -> float:
    """The grey a colour becomes in greyscale (0 black … 1 white)."""
    r, g, b = (int(colour[i:i + 2], 16) for i in (1, 3, 5))
    return (0.299 * r + 0.587 * g + 0.114 * b) / 255


@pytest.fixture(scope="module")
def source() -> dict:
    with (resources.content_sources_dir() / "vragenlijst.toml").open("rb") as handle:
        return tomllib.load(handle)


def test_every_item_has_its_own_pictogram_in_the_package(repository):
    vragen = repository.vragenlijst.vragen
    assert len(vragen) == 77
    missing = [v.id for v in vragen if not v.pictogram or not resources.pictogram(v.pictogram).is_file()]
    assert missing == []
    assert len({v.pictogram for v in vragen}) == len(vragen), "two items share a drawing"
    assert all(v.pictogram.endswith(".svg") and "/" not in v.pictogram for v in vragen)


def test_every_answer_scale_has_five_different_pictures_and_waar_is_not_a_face(repository):
    for vraag in repository.vragenlijst.vragen:
        assert len(set(vraag.antwoordpictogrammen)) == 5, vraag.id
        assert all(resources.pictogram(name).is_file() for name in vraag.antwoordpictogrammen)
    per_soort = {v.soort: v.antwoordpictogrammen for v in repository.vragenlijst.vragen}
    assert per_soort["interesse"] == per_soort["domein"]  # both ask "how much do you like"
    assert per_soort["voorkeur"] == per_soort["zekerheid"]  # both ask "is this true for you"
    # A sad face would say that "not true" (not sure yet, not wanting to study longer) is bad: ticks and crosses.
    assert set(per_soort["voorkeur"]).isdisjoint(per_soort["interesse"])


def test_every_file_in_the_folder_is_used(source):
    used = {item["pictogram"] for item in source["item"]}
    used |= {name for names in source["antwoordpictogrammen"].values() for name in names}
    assert {path.name for path in FILES} == used


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.stem)
def test_a_pictogram_is_drawing_only_in_one_visual_language(path):
    text = path.read_text(encoding="utf-8")
    assert not FORBIDDEN.search(text), FORBIDDEN.search(text)
    root = ET.fromstring(text)  # well-formed XML
    assert root.tag == f"{SVG}svg"
    assert root.get("viewBox") == "0 0 48 48"
    group = root.find(f"{SVG}g")
    assert group is not None and group.get("stroke-linecap") == "round" and group.get("stroke-linejoin") == "round"
    assert group.get("stroke") == STROKE and group.get("fill") == "none"
    elements = list(root.iter())
    assert {e.get("stroke-width") for e in elements} - {None} == {"2.5"}, "one stroke width everywhere"
    colours = {e.get(key) for e in elements for key in ("fill", "stroke")} - {None}
    assert colours <= PALETTE, colours - PALETTE
    assert not any(e.get("opacity") or e.get("fill-opacity") or e.get("stroke-opacity") for e in elements)


def test_the_accent_stays_apart_from_the_strokes_in_greyscale():
    assert lightness(ACCENT) - lightness(STROKE) > 0.45
    assert lightness(WHITE) - lightness(STROKE) > 0.8


def test_the_package_ships_the_drawings():
    with (ROOT / "pyproject.toml").open("rb") as handle:
        package_data = tomllib.load(handle)["tool"]["setuptools"]["package-data"]["*"]
    assert "*.svg" in package_data
    assert resources.pictogram_dir() == resources.package_dir() / "pictogrammen"


def test_vragenlijst_json_gives_each_items_pictogram(run_cli, source):
    code, out, _ = run_cli("vragenlijst", "--json")
    assert code == 0
    items = json.loads(out)
    assert {i["id"]: i["pictogram"] for i in items} == {i["id"]: i["pictogram"] for i in source["item"]}
    first = items[0]
    assert first["id"] == "R01" and first["pictogram"] == "soep-koken.svg"
    assert first["antwoord_pictogrammen"] == [f"antwoord-graag-{n}.svg" for n in range(1, 6)]
    zeker = next(i for i in items if i["id"] == "Z_ZEKER")
    assert zeker["antwoord_pictogrammen"] == [f"antwoord-waar-{n}.svg" for n in range(1, 6)]
    code, out, _ = run_cli("vragenlijst", "--kort", "--json")
    assert all(i["pictogram"] for i in json.loads(out))


@pytest.fixture
def sources_copy(tmp_path: Path) -> Path:
    target = tmp_path / "sources"
    shutil.copytree(resources.content_sources_dir(), target)
    return target


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        ('pictogram = "soep-koken.svg"\n', "", "vragenlijst.toml, item 1 (R01): pictogram ontbreekt"),
        ('pictogram = "soep-koken.svg"', 'pictogram = "soep.svg"',
         "item 1 (R01): pictogram 'soep.svg' staat niet in studiekeuze/pictogrammen"),
        ('pictogram = "soep-koken.svg"', 'pictogram = "../../resources/studiekeuze.svg"',
         "item 1 (R01): pictogram '../../resources/studiekeuze.svg': een bestandsnaam met kleine letters"),
        ('pictogram = "soep-koken.svg"', 'pictogram = "Soep Koken.SVG"', "een bestandsnaam met kleine letters"),
        ('pictogram = "soep-koken.svg"', "pictogram = 3", "item 1 (R01): pictogram moet de naam van een tekening"),
        ('pictogram = "soep-koken.svg"', 'pictogram = "proef-labo.svg"',
         "item 2 (I01): pictogram 'proef-labo.svg' hoort al bij R01"),
        ('interesse = ["antwoord-graag-1.svg", ', 'interesse = [',
         "antwoordpictogrammen.interesse: geef precies 5 verschillende tekeningen"),
        ('"antwoord-waar-2.svg"', '"antwoord-waar-1.svg"',
         "antwoordpictogrammen.voorkeur: geef precies 5 verschillende"),
        ('zekerheid = ["antwoord-waar-1.svg"', 'twijfel = ["antwoord-waar-1.svg"',
         "antwoordpictogrammen.twijfel: deze antwoordschaal bestaat niet"),
        ("[antwoordpictogrammen]", "[antwoordtekeningen]", "antwoordpictogrammen: geef per antwoordschaal"),
    ],
)
def test_a_bad_pictogram_fails_the_build_with_file_item_and_reason(sources_copy, old, new, message):
    path = sources_copy / "vragenlijst.toml"
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    with pytest.raises(ContentError) as error:
        load_sources(sources_copy)
    assert message in str(error.value)
