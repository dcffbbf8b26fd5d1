"""The one-folder bundle (dist/studiekeuze, made by `./dev bundle`): it runs without Python, from any folder.

Skipped when there is no bundle (a plain `./dev test`); `./dev bundle` runs this file with
STUDIEKEUZE_BUNDLE_REQUIRED=1, so there a missing bundle fails.
"""

import json
import os
import shutil
import subprocess
import sys
import sysconfig
from pathlib import Path

import pypdf
import pytest

from studiekeuze import __version__
from tests.conftest import DATA

ROOT = Path(__file__).resolve().parents[1]
BUNDLE = ROOT / "dist" / "studiekeuze"
EXE = "studiekeuze.exe" if sys.platform.startswith("win") else "studiekeuze"

if not (BUNDLE / EXE).is_file():
    if os.environ.get("STUDIEKEUZE_BUNDLE_REQUIRED"):
        raise RuntimeError(f"no bundle at {BUNDLE}: build it with ./dev bundle")
    pytest.skip("no bundle in dist/studiekeuze (./dev bundle makes one)", allow_module_level=True)


@pytest.fixture(scope="module")
def moved(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A copy of the bundle in a folder of its own: nothing may point back at the checkout."""
    target = tmp_path_factory.mktemp("elders") / "Studiekeuze app"  # a space in the path, as under Program Files
    shutil.copytree(BUNDLE, target, symlinks=True)
    return target


@pytest.fixture
def bare_env(tmp_path: Path) -> dict[str, str]:
    """An environment as on a counsellor's laptop: no virtual environment, no PYTHON* variables."""
    env = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path), "LANG": "C.UTF-8", "QT_QPA_PLATFORM": "offscreen",
           "STUDIEKEUZE_HOME": str(tmp_path / "home")}
    if sys.platform.startswith("win"):  # Windows needs these to start any program
        env |= {key: os.environ[key] for key in ("SYSTEMROOT", "WINDIR", "TEMP", "TMP") if key in os.environ}
        env["PATH"] = os.path.join(os.environ.get("SYSTEMROOT", r"C:\Windows"), "System32")
    return env


def run(moved: Path, *args: str, env: dict[str, str], cwd: Path, hide_python: bool = False,
        timeout: float = 180) -> subprocess.CompletedProcess:
    command = [str(moved / EXE), *args]
    if hide_python:
        command = _without_python(command)
    return subprocess.run(command, env=env, cwd=cwd, capture_output=True, text=True, timeout=timeout)


def _python_places() -> list[str]:
    """Every folder on this machine that holds a Python installation or this checkout's virtual environment."""
    places = {sys.base_prefix, sys.prefix, sysconfig.get_paths()["stdlib"], str(ROOT / ".venv")}
    places |= {str(p) for p in Path("/usr/lib").glob("python3*")}
    places |= {str(p) for p in Path("/usr/local/lib").glob("python3*")}
    found = sorted(p for p in places if Path(p).is_dir() and p not in ("/", "/usr", "/usr/local"))
    # Only the outermost folders: once one is hidden, the folders inside it are gone too.
    return [p for p in found if not any(Path(p).is_relative_to(other) and p != other for other in found)]


def _without_python(command: list[str]) -> list[str]:
    """The command run in a private mount namespace where every Python folder is an empty tmpfs."""
    mounts = " && ".join(f"mount -t tmpfs none '{place}'" for place in _python_places())
    quoted = " ".join(f"'{part}'" for part in command)
    return ["unshare", "--mount", "sh", "-c", f"{mounts} && exec {quoted}"]


def _can_hide_python() -> bool:
    if not sys.platform.startswith("linux") or shutil.which("unshare") is None:
        return False
    probe = subprocess.run(["unshare", "--mount", "sh", "-c", "mount -t tmpfs none /mnt"], capture_output=True)
    return probe.returncode == 0


def test_the_bundle_carries_python_qt_plugins_translations_and_the_package_data():
    internal = BUNDLE / "_internal"
    assert list(internal.glob("libpython3*")) or list(internal.glob("python3*.dll")) or (internal / "Python").exists()
    qt = internal / "PySide6" / "Qt"
    plugins = qt / "plugins"
    for plugin in ("platforms/*offscreen*", "platforms/*xcb*", "imageformats/*svg*", "imageformats/*pdf*",
                   "iconengines/*svg*", "printsupport/*", "texttospeech/*"):
        assert list(plugins.glob(plugin)), plugin
    assert not list(plugins.glob("texttospeech/*mock*")), "the silent mock speech engine is for tests only"
    assert (qt / "translations" / "qtbase_nl.qm").is_file()
    package = internal / "studiekeuze"
    for data in ("content/sources", "advice/templates/advies.j2", "fonts/DejaVuSans.ttf", "icons/studiekeuze.svg",
                 "texts/zinnen.toml", "i18n/studiekeuze_en.qm"):
        assert (package / data).exists(), data
    assert (internal / "LICENSE").is_file()
    assert list(internal.glob("_rl_accel*")), "ReportLab's accelerator (imported through exec) is missing"


def test_version(moved, bare_env, tmp_path):
    result = run(moved, "--version", env=bare_env, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"studiekeuze {__version__}"


def test_gui_smoke_from_another_folder_writes_the_log(moved, bare_env, tmp_path):
    result = run(moved, "gui", "--smoke", env=bare_env, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert float(result.stdout.strip().splitlines()[-1]) > 0  # milliseconds until the window was shown and idle
    log = (tmp_path / "home" / "log" / "studiekeuze.log").read_text(encoding="utf-8")
    assert f"studiekeuze {__version__} (gui)" in log and "gebundeld" in log
    assert "qtbase_nl" not in log  # Qt's Dutch translations were found inside the bundle
    assert "taal van het programma: nl" in log  # LANG=C: no language the app has a translation for
    assert "WARNING" not in log.replace("WARNING studiekeuze.qt: This plugin does not support propagateSizeHints()", "")
    assert "Traceback" not in result.stderr


def test_gui_smoke_in_english_finds_its_translation(moved, bare_env, tmp_path):
    result = run(moved, "gui", "--smoke", env={**bare_env, "STUDIEKEUZE_TAAL": "en"}, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    log = (tmp_path / "home" / "log" / "studiekeuze.log").read_text(encoding="utf-8")
    assert "taal van het programma: en" in log and "studiekeuze_en.qm not found" not in log


def test_advice_pdf_from_another_folder(moved, bare_env, tmp_path):
    answers = json.loads((DATA / "answers" / "elektriciteit-handen.json").read_text(encoding="utf-8"))
    answers["leerling"]["voornaam"] = "Zoë"
    (tmp_path / "antwoorden.json").write_text(json.dumps(answers), encoding="utf-8")
    result = run(moved, "advies", "--antwoorden", "antwoorden.json", "--uit", "advies Zoë.pdf", "--ouders",
                 env=bare_env, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    text = " ".join(page.extract_text() for page in pypdf.PdfReader(tmp_path / "advies Zoë.pdf").pages)
    assert "Studieadvies voor Zoë" in " ".join(text.split())


def test_class_advice_in_the_bundle(moved, bare_env, tmp_path):
    answers = tmp_path / "antwoorden"
    answers.mkdir()
    shutil.copy(DATA / "answers" / "elektriciteit-handen.json", answers / "Yusuf.json")
    shutil.copy(DATA / "answers" / "zorg-eerste-graad.json", answers / "Ana.json")
    (tmp_path / "klas.csv").write_text("voornaam;klas\nYusuf;4B\nAna;4B\n", encoding="utf-8")
    result = run(moved, "klas", "--csv", "klas.csv", "--antwoorden-map", "antwoorden", "--uit", "uit",
                 env=bare_env, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    names = sorted(p.name for p in (tmp_path / "uit").iterdir())
    assert names == ["advies 4B Ana.pdf", "advies 4B Yusuf.pdf", "alle adviezen 4B.pdf"]


@pytest.mark.skipif(not _can_hide_python(), reason="this system cannot hide folders in a private mount namespace")
def test_runs_with_every_python_on_this_machine_hidden(moved, bare_env, tmp_path):
    for args in (("--version",), ("gui", "--smoke"), ("zoek", "elektriciteit", "--json")):
        result = run(moved, *args, env=bare_env, cwd=tmp_path, hide_python=True)
        assert result.returncode == 0, (args, result.stderr)
    assert json.loads(result.stdout)[0]["groepnummer"].startswith("G-")
