"""The log file (user log folder, rotated, owner only) and what it never holds: a pupil's name, answers or note."""

import json
import os
import shutil
import stat
import sys
from pathlib import Path

import pytest

from studiekeuze import diagnostics, paths
from studiekeuze.errors import WriteError
from tests.conftest import DATA

NAME = "Zyrphilia"  # a first name that appears nowhere else
KLAS = "5Qx"
NOTE = "Thuis loopt het moeilijk sinds de verhuis"


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, content_db: Path) -> Path:
    """A private STUDIEKEUZE_HOME with the content database already in its cache (building takes a second)."""
    folder = tmp_path / "thuis"
    (folder / "cache").mkdir(parents=True)
    shutil.copy(content_db, folder / "cache" / content_db.name)
    monkeypatch.setenv("STUDIEKEUZE_HOME", str(folder))
    yield folder
    diagnostics.stop_logging()


def log_text(home: Path) -> str:
    return (home / "log" / "studiekeuze.log").read_text(encoding="utf-8")


def answers_file(folder: Path) -> Path:
    data = json.loads((DATA / "answers" / "elektriciteit-handen.json").read_text(encoding="utf-8"))
    data["leerling"]["voornaam"] = NAME
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{NAME}.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def test_each_command_notes_its_run_in_the_log_folder(home, run_cli):
    assert run_cli("zoek", "hout", "--json")[0] == 0
    text = log_text(home)
    assert "studiekeuze 0.1.0 (zoek), Python " in text
    assert (home / "log").is_dir() and paths.log_dir() == home / "log"


@pytest.mark.skipif(os.name != "posix", reason="file modes")
def test_the_log_is_readable_by_its_owner_only(home, run_cli):
    run_cli("zoek", "hout")
    assert stat.S_IMODE((home / "log").stat().st_mode) == 0o700
    assert stat.S_IMODE((home / "log" / "studiekeuze.log").stat().st_mode) == 0o600


def test_no_name_answers_or_note_reach_the_log(home, run_cli, monkeypatch, tmp_path):
    answers = answers_file(tmp_path / "antwoorden")
    pdf = tmp_path / f"advies {NAME}.pdf"
    assert run_cli("advies", "--antwoorden", str(answers), "--notitie", NOTE, "--uit", str(pdf))[0] == 0
    assert run_cli("profiel", "--antwoorden", str(answers), "--json")[0] == 0
    assert run_cli("match", "--antwoorden", str(answers), "--json")[0] == 0
    (tmp_path / "klas.csv").write_text(f"voornaam;klas\n{NAME};{KLAS}\n", encoding="utf-8")
    assert run_cli("klas", "--csv", str(tmp_path / "klas.csv"), "--antwoorden-map", str(answers.parent),
                   "--uit", str(tmp_path / "uit"))[0] == 0
    # A mistake the user can fix: the message names the file (and so the pupil), on screen only.
    code, _out, err = run_cli("advies", "--antwoorden", str(tmp_path / f"{NAME}-weg.json"), "--uit", str(pdf))
    assert code == 1 and NAME in err
    # A bug whose message quotes the pupil: the terminal gets the details, the log only the type and the stack.
    from studiekeuze import advice

    def broken(*args, **kwargs):
        raise RuntimeError(f"kapot bij {NAME} met notitie {NOTE}")

    monkeypatch.setattr(advice, "word_advice", broken)
    code, _out, err = run_cli("advies", "--antwoorden", str(answers), "--notitie", NOTE, "--uit", str(pdf))
    assert code == 3 and "Het logbestand staat in" in err

    text = log_text(home)
    assert "onverwachte fout" in text and "builtins.RuntimeError (melding niet gelogd)" in text
    assert "in broken" in text  # the stack is there, to find the bug
    for secret in (NAME, NAME.lower(), NOTE, KLAS, '"R01"', "R01:", str(answers.parent)):
        assert secret not in text, secret


def test_a_big_log_is_rotated_when_a_run_starts(home, run_cli, monkeypatch):
    monkeypatch.setattr(diagnostics, "LOG_BYTES", 1000)
    (home / "log").mkdir(mode=0o700)
    (home / "log" / "studiekeuze.log").write_text("oud\n" * 400, encoding="utf-8")
    (home / "log" / "studiekeuze.log.1").write_text("ouder\n", encoding="utf-8")
    diagnostics.stop_logging()
    run_cli("zoek", "hout")
    assert (home / "log" / "studiekeuze.log.1").read_text(encoding="utf-8").startswith("oud\n")
    assert (home / "log" / "studiekeuze.log.2").read_text(encoding="utf-8") == "ouder\n"
    assert "oud\n" not in log_text(home) and "(zoek)" in log_text(home)


def test_a_log_folder_that_cannot_be_made_never_stops_a_command(tmp_path, monkeypatch, run_cli):
    blocker = tmp_path / "bestand"
    blocker.write_text("geen map", encoding="utf-8")
    monkeypatch.setenv("STUDIEKEUZE_HOME", str(blocker))
    with pytest.raises(WriteError, match="is een bestand, geen map"):
        paths.log_dir()
    assert diagnostics.start_logging("test") is None
    code, _out, err = run_cli("zoek", "hout")
    assert code == 1 and "is een bestand, geen map" in err and "Traceback" not in err
    diagnostics.stop_logging()


def test_without_studiekeuze_home_the_folders_are_the_systems_own(tmp_path, monkeypatch):
    monkeypatch.delenv("STUDIEKEUZE_HOME", raising=False)
    if sys.platform.startswith("linux"):
        for variable, name in (("XDG_DATA_HOME", "data"), ("XDG_CONFIG_HOME", "config"),
                               ("XDG_CACHE_HOME", "cache"), ("XDG_STATE_HOME", "state")):
            monkeypatch.setenv(variable, str(tmp_path / name))
        assert paths.data_dir() == tmp_path / "data" / "studiekeuze"
        assert paths.config_dir() == tmp_path / "config" / "studiekeuze"
        assert paths.cache_dir() == tmp_path / "cache" / "studiekeuze"
        assert paths.log_dir() == tmp_path / "state" / "studiekeuze" / "log"
    import platformdirs

    dirs = platformdirs.PlatformDirs("studiekeuze", appauthor=False)
    assert paths._platform_base("log") == Path(dirs.user_log_dir)
    assert paths._platform_base("cache") == Path(dirs.user_cache_dir)


def test_the_stack_of_a_chained_error_keeps_no_message():
    try:
        try:
            raise KeyError(NAME)
        except KeyError as inner:
            raise ValueError(NOTE) from inner
    except ValueError as error:
        text = diagnostics.stack_without_messages(error)
    assert "builtins.KeyError (melding niet gelogd)" in text and "builtins.ValueError (melding niet gelogd)" in text
    assert NAME not in text and NOTE not in text


def test_in_a_real_process_the_terminal_gets_the_details_and_the_log_does_not(home, tmp_path):
    import subprocess

    answers = answers_file(tmp_path / "antwoorden")
    code = (
        "import sys, studiekeuze.advice as advice\n"
        "def broken(*args, **kwargs): raise RuntimeError('kapot bij ' + sys.argv[1])\n"
        "advice.word_advice = broken\n"
        "from studiekeuze.cli import main\n"
        "raise SystemExit(main(['advies', '--antwoorden', sys.argv[2], '--uit', sys.argv[3]]))\n"
    )
    result = subprocess.run([sys.executable, "-c", code, NAME, str(answers), str(tmp_path / "a.pdf")],
                            capture_output=True, text=True, env={**os.environ, "STUDIEKEUZE_HOME": str(home)})
    assert result.returncode == 3
    assert f"RuntimeError: kapot bij {NAME}" in result.stderr  # the console handler runs first
    text = log_text(home)
    assert "builtins.RuntimeError (melding niet gelogd)" in text and NAME not in text


@pytest.mark.parametrize("platform", ["win32", "darwin"])
def test_sessions_stay_where_earlier_versions_kept_them_on_windows_and_macos(monkeypatch, tmp_path, platform):
    import platformdirs

    from studiekeuze import paths

    class Dirs:  # what platformdirs gives on those systems: data and config are one folder
        def __init__(self, *args, **kwargs):
            self.user_data_dir = self.user_config_dir = str(tmp_path / "AppData" / "studiekeuze")
            self.user_cache_dir = str(tmp_path / "AppData" / "studiekeuze" / "Cache")
            self.user_log_dir = str(tmp_path / "AppData" / "studiekeuze" / "Logs")

    monkeypatch.delenv("STUDIEKEUZE_HOME")
    monkeypatch.setattr(platformdirs, "PlatformDirs", Dirs)
    monkeypatch.setattr(sys, "platform", platform)
    assert paths.data_dir() == tmp_path / "AppData" / "studiekeuze" / "data"
    assert paths.config_dir() == tmp_path / "AppData" / "studiekeuze" / "config"
    assert paths.cache_dir() == tmp_path / "AppData" / "studiekeuze" / "Cache"
