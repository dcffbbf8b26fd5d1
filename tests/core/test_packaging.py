"""Packaging: what a wheel holds, one version, the licence, exact pins that ./dev installs, assets in the package."""

import hashlib
import re
import shutil
import subprocess
import sys
import tomllib
import zipfile
from email.parser import Parser
from importlib import metadata
from pathlib import Path

import pytest

from studiekeuze import __version__, resources

ROOT = Path(__file__).resolve().parents[2]
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
# The English text of the EUPL v. 1.2 as the European Commission publishes it (plain-text form, LF line ends).
EUPL_SHA256 = "6fc9e709ccbfe0d77fbffa2427a983282be2eb88e47b1cdb49f21a83b4d1e665"
PIN = re.compile(r"^([A-Za-z0-9_.-]+)==([0-9][^;\s]*)$")


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> zipfile.ZipFile:
    """A wheel built from a copy of the checkout (nothing is written into the checkout itself)."""
    source = tmp_path_factory.mktemp("bron")
    for name in ("pyproject.toml", "README.md", "LICENSE"):
        shutil.copy(ROOT / name, source / name)
    shutil.copytree(ROOT / "studiekeuze", source / "studiekeuze", ignore=shutil.ignore_patterns("__pycache__"))
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run([sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "--no-build-isolation",
                    "--disable-pip-version-check", "-w", str(out), str(source)], check=True, capture_output=True)
    (built,) = out.glob("studiekeuze-*.whl")
    return zipfile.ZipFile(built)


def _metadata(wheel: zipfile.ZipFile):
    name = next(n for n in wheel.namelist() if n.endswith(".dist-info/METADATA"))
    return Parser().parsestr(wheel.read(name).decode("utf-8"))


def test_the_wheel_holds_every_file_the_program_reads(wheel):
    names = set(wheel.namelist())
    for expected in ("studiekeuze/icons/studiekeuze.svg", "studiekeuze/fonts/DejaVuSans.ttf",
                     "studiekeuze/fonts/DejaVuSans-Bold.ttf", "studiekeuze/fonts/LICENSE.txt",
                     "studiekeuze/advice/templates/advies.j2", "studiekeuze/advice/templates/ouders.j2",
                     "studiekeuze/texts/zinnen.toml", "studiekeuze/content/sources/officieel/bk-koppeling.csv",
                     "studiekeuze/i18n/studiekeuze_en.qm"):
        assert expected in names, expected
    sources = resources.content_sources_dir()
    for path in sources.rglob("*"):
        if path.is_file() and "__pycache__" not in path.parts:
            assert f"studiekeuze/content/sources/{path.relative_to(sources).as_posix()}" in names, path
    assert not any(n.startswith(("tests/", "benchmarks/", "resources/")) for n in names)
    assert any(n.endswith(".dist-info/licenses/LICENSE") for n in names)


def test_the_wheel_carries_one_version_the_licence_and_exact_pins(wheel):
    meta = _metadata(wheel)
    assert meta["Version"] == __version__
    assert meta["License-Expression"] == "EUPL-1.2"
    requires = [r for r in meta.get_all("Requires-Dist") if "extra ==" not in r]
    assert "PySide6==6.11.3" in requires
    assert all(PIN.match(r) for r in requires), requires


def test_the_version_is_written_in_one_place():
    assert "version" not in PYPROJECT["project"] and "version" in PYPROJECT["project"]["dynamic"]
    assert PYPROJECT["tool"]["setuptools"]["dynamic"]["version"] == {"attr": "studiekeuze.__version__"}
    assert metadata.version("studiekeuze") == __version__  # the installed package says the same


def test_version_on_the_command_line(run_cli):
    code, out, _err = run_cli("--version")
    assert code == 0 and out.strip() == f"studiekeuze {__version__}"
    result = subprocess.run([sys.executable, "-m", "studiekeuze", "--version"], capture_output=True, text=True)
    assert result.returncode == 0 and result.stdout.strip() == f"studiekeuze {__version__}"


def test_licence_is_the_eupl_1_2_text():
    text = (ROOT / "LICENSE").read_text(encoding="utf-8")
    assert text.lstrip().startswith("EUROPEAN UNION PUBLIC LICENCE v. 1.2")
    assert hashlib.sha256(text.encode("utf-8")).hexdigest() == EUPL_SHA256  # copied exactly, never edited
    assert PYPROJECT["project"]["license"] == "EUPL-1.2"


def _constraints(here_only: bool = False) -> dict[str, str]:
    """constraints.txt as {name: version}; with `here_only`, only the lines whose marker holds on this system."""
    from packaging.markers import Marker

    pins = {}
    for line in (ROOT / "constraints.txt").read_text(encoding="utf-8").splitlines():
        pin, _, marker = line.strip().partition(";")
        if pin and not pin.startswith("#"):
            found = PIN.match(pin.strip())
            assert found, f"constraints.txt: {line!r} is not an exact pin"
            if not here_only or not marker or Marker(marker.strip()).evaluate():
                pins[_normal(found.group(1))] = found.group(2)
    return pins


def _normal(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def test_every_requirement_is_pinned_exactly_and_in_the_constraints():
    pins = _constraints()
    requirements = [*PYPROJECT["project"]["dependencies"],
                    *(r for extra in PYPROJECT["project"]["optional-dependencies"].values() for r in extra)]
    for requirement in requirements:
        found = PIN.match(requirement)
        assert found, f"{requirement!r} is not an exact pin"
        assert pins[_normal(found.group(1))] == found.group(2), requirement
    assert PYPROJECT["build-system"]["requires"] == [f"setuptools=={pins['setuptools']}"]


def test_the_environment_is_what_the_constraints_say():
    """./dev installs from constraints.txt: every package in it is installed at exactly that version."""
    for name, version in _constraints(here_only=True).items():
        assert metadata.version(name) == version, name


def test_assets_are_found_through_resources_only():
    icon = resources.icon("studiekeuze.svg")
    assert icon.is_file() and icon.parent == resources.package_dir() / "icons"
    assert not (ROOT / "resources").exists()  # nothing the program reads lives outside the package
    outside = re.compile(r"parent\s*/\s*\"resources\"|package_dir\(\)\.parent")
    for path in (ROOT / "studiekeuze").rglob("*.py"):
        assert not outside.search(path.read_text(encoding="utf-8")), path
