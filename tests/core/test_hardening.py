"""Issue 13's attacks, each kept as a regression test through the real command line: a Dutch message and exit code 1,
never a traceback, a hang, a false success, a replaced device, or one pupil's advice built from another's answers."""

import errno
import json
import os
import shutil
import sqlite3
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader

from studiekeuze.errors import StoreError
from studiekeuze.userdata.store import SessionStore
from tests.conftest import DATA

YUSUF = DATA / "answers" / "elektriciteit-handen.json"
ANA = DATA / "answers" / "zorg-eerste-graad.json"
POSIX = pytest.mark.skipif(os.name != "posix", reason="devices, FIFOs and file modes are POSIX")
ROOT = hasattr(os, "geteuid") and os.geteuid() == 0


def clean(err: str) -> bool:
    return "Traceback" not in err and "Exception ignored" not in err and "onverwacht" not in err


def answers_with(tmp_path: Path, text: str, name: str = "antwoorden.json") -> str:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return str(path)


@pytest.fixture
def cli_home(tmp_path: Path, content_db: Path) -> dict[str, str]:
    """The environment of a subprocess with its own STUDIEKEUZE_HOME (the content database copied in)."""
    home = tmp_path / "home"
    (home / "cache").mkdir(parents=True)
    shutil.copy(content_db, home / "cache" / content_db.name)
    return {**os.environ, "STUDIEKEUZE_HOME": str(home)}


def studiekeuze(env: dict[str, str], *argv: str, stdout=subprocess.PIPE) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "studiekeuze", *argv], env=env, stdout=stdout,
                          stderr=subprocess.PIPE, text=True, timeout=120)


@pytest.fixture
def full_device(tmp_path: Path) -> Path:
    """A device like /dev/full. As root a private node is made: a regression must never replace the real one."""
    if ROOT:
        path = tmp_path / "full"
        try:
            os.mknod(path, 0o666 | stat.S_IFCHR, os.makedev(1, 7))
        except OSError:
            pytest.skip("no private device node can be made here")
        return path
    if not Path("/dev/full").exists():
        pytest.skip("no /dev/full")
    return Path("/dev/full")  # an ordinary user cannot replace it


def is_device(path: Path) -> bool:
    return stat.S_ISCHR(os.stat(path).st_mode)


# --- answers files --------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "message"),
    [
        ('{"leerling": ' + "[" * 5000 + "]" * 5000 + "}", "te diep genest"),
        ('{"leerling": ' + "[" * 50 + "]" * 50 + "}", "te diep genest"),
        ('{"antwoorden": {"R01": ' + "9" * 5000 + "}}", "getal van 5000 cijfers"),
        ('{"antwoorden": {"R01": NaN}}', "'NaN' is geen getal"),
        ('{"leerling": {"voornaam": "Ann\\ud800", "huidige_graad": 2}, "antwoorden": {}}', "[U+D800]"),
        ('{"leerling": {"voornaam": "Ann\\u202egpj.exe", "huidige_graad": 2}, "antwoorden": {}}', "onzichtbare"),
    ],
)
def test_hostile_answers_files_get_a_dutch_message(run_cli, tmp_path, text, message):
    for command in (("profiel",), ("advies", "--uit", str(tmp_path / "a.pdf"))):
        code, out, err = run_cli(*command, "--antwoorden", answers_with(tmp_path, text))
        assert code == 1 and message in err and clean(err), err
        assert out == ""
    assert not (tmp_path / "a.pdf").exists()


@POSIX
def test_dev_zero_and_a_fifo_are_refused_at_once(cli_home, tmp_path):
    fifo = tmp_path / "antwoorden.json"
    os.mkfifo(fifo)
    fifo_csv = tmp_path / "klas.csv"
    os.mkfifo(fifo_csv)
    answers_dir = tmp_path / "map"
    answers_dir.mkdir()
    for argv in (
        ("profiel", "--antwoorden", "/dev/zero"),
        ("profiel", "--antwoorden", str(fifo)),
        ("klas", "--csv", "/dev/zero", "--antwoorden-map", str(answers_dir), "--uit", str(tmp_path / "uit")),
        ("klas", "--csv", str(fifo_csv), "--antwoorden-map", str(answers_dir), "--uit", str(tmp_path / "uit")),
    ):
        result = studiekeuze(cli_home, *argv)  # a hang or a memory blow-up ends in the subprocess timeout
        assert result.returncode == 1 and "geen gewoon bestand" in result.stderr and clean(result.stderr)


def test_a_folder_as_answers_file(run_cli, tmp_path):
    code, _, err = run_cli("profiel", "--antwoorden", str(tmp_path))
    assert code == 1 and "is een map" in err and clean(err)


def test_unencodable_command_line_text_is_refused(run_cli, tmp_path):
    target = tmp_path / "a.pdf"
    code, _, err = run_cli("advies", "--antwoorden", str(YUSUF), "--notitie", "a\udcffb", "--uit", str(target))
    assert code == 1 and "--notitie bevat tekens die geen gewone tekst zijn" in err and clean(err)
    assert not (tmp_path / "a.pdf").exists()
    code, _, err = run_cli("zoek", "zorg\udcff")
    assert code == 1 and "TEKST" in err and clean(err)


# --- what is written ------------------------------------------------------------------------------------------
@POSIX
def test_stdout_that_cannot_be_written(cli_home):
    with open("/dev/full", "w") as full:
        for argv in (("zoek", "zorg"), ("zoek", "", "--json"), ("richting", "G-0068"), ("vragenlijst",)):
            result = studiekeuze(cli_home, *argv, stdout=full)
            assert result.returncode == 1, argv
            assert "De uitvoer kon niet geschreven worden" in result.stderr and clean(result.stderr)


@POSIX
def test_advice_into_a_device_is_refused_and_the_device_stays(run_cli, full_device):
    code, out, err = run_cli("advies", "--antwoorden", str(YUSUF), "--uit", str(full_device))
    assert code == 1 and out == "" and "geen gewoon bestand" in err and clean(err)
    assert is_device(full_device)


@POSIX
def test_db_build_into_a_device_is_refused_and_the_device_stays(run_cli, full_device):
    code, out, err = run_cli("db", "build", "--db", str(full_device))
    assert code == 1 and "Databank gebouwd" not in out and "geen gewoon bestand" in err and clean(err)
    assert is_device(full_device)
    assert [p.name for p in full_device.parent.iterdir() if p.name.startswith(".inhoud-")] == []


def test_db_build_into_a_file_as_folder_or_a_read_only_folder(run_cli, tmp_path, monkeypatch):
    (tmp_path / "bestand").write_text("x", encoding="utf-8")
    code, out, err = run_cli("db", "build", "--db", str(tmp_path / "bestand" / "inhoud.sqlite"))
    assert code == 1 and out == "" and "is een bestand, geen map" in err and clean(err)

    import tempfile

    def read_only(*args, **kwargs):
        raise OSError(errno.EROFS, os.strerror(errno.EROFS))

    monkeypatch.setattr(tempfile, "mkstemp", read_only)
    code, out, err = run_cli("db", "build", "--db", str(tmp_path / "inhoud.sqlite"))
    assert code == 1 and out == "" and "mag niet geschreven worden" in err and clean(err)


@POSIX
def test_every_file_about_a_pupil_is_private(run_cli, tmp_path, session_home):
    from studiekeuze import paths

    assert stat.S_IMODE(paths.data_dir().stat().st_mode) == 0o700
    target = tmp_path / "a.pdf"
    assert run_cli("advies", "--antwoorden", str(YUSUF), "--uit", str(target))[0] == 0
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    with SessionStore(tmp_path / "data" / "leerlingen.sqlite") as store:
        sessie = store.create("Zoë")
        store.write_export(sessie.id, tmp_path / "zoe.json")
    assert stat.S_IMODE((tmp_path / "data").stat().st_mode) == 0o700
    assert stat.S_IMODE((tmp_path / "zoe.json").stat().st_mode) == 0o600


@POSIX
def test_a_loose_data_folder_is_tightened(tmp_path, monkeypatch):
    from studiekeuze import paths

    monkeypatch.setenv("STUDIEKEUZE_HOME", str(tmp_path))
    (tmp_path / "data").mkdir(mode=0o755)
    os.chmod(tmp_path / "data", 0o755)
    assert stat.S_IMODE(paths.data_dir().stat().st_mode) == 0o700


# --- STUDIEKEUZE_HOME ---------------------------------------------------------------------------------------
def test_studiekeuze_home_that_is_a_file(run_cli, tmp_path, monkeypatch):
    home = tmp_path / "thuis"
    home.write_text("geen map", encoding="utf-8")
    monkeypatch.setenv("STUDIEKEUZE_HOME", str(home))
    for argv in (("zoek", "zorg"), ("analyse",), ("profiel", "--antwoorden", str(YUSUF))):
        code, out, err = run_cli(*argv)
        assert code == 1 and out == "" and "is een bestand, geen map" in err and clean(err)


def test_studiekeuze_home_on_a_read_only_disk(run_cli, tmp_path, monkeypatch):
    home = tmp_path / "alleen-lezen"
    monkeypatch.setenv("STUDIEKEUZE_HOME", str(home))
    real_mkdir = Path.mkdir

    def read_only(self, *args, **kwargs):
        if self.is_relative_to(home):
            raise OSError(errno.EROFS, os.strerror(errno.EROFS), str(self))
        return real_mkdir(self, *args, **kwargs)

    monkeypatch.setattr(Path, "mkdir", read_only)
    code, out, err = run_cli("zoek", "zorg")
    assert code == 1 and out == "" and "alleen-lezen" in err and "STUDIEKEUZE_HOME" in err and clean(err)


def test_the_app_says_so_when_its_folders_cannot_be_used(tmp_path, monkeypatch):
    home = tmp_path / "thuis"
    home.write_text("geen map", encoding="utf-8")
    env = {**os.environ, "STUDIEKEUZE_HOME": str(home), "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run([sys.executable, "-m", "studiekeuze", "gui", "--smoke"], env=env, capture_output=True,
                            text=True, timeout=120)
    assert result.returncode == 1 and "is een bestand, geen map" in result.stderr and clean(result.stderr)


# --- class mode -----------------------------------------------------------------------------------------------
def klas(run_cli, tmp_path: Path, csv_text: str | bytes, answers: dict[str, Path]) -> tuple[int, str, str, Path]:
    folder = tmp_path / "antwoorden"
    folder.mkdir(exist_ok=True)
    for name, source in answers.items():
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(source, folder / name)
    csv = tmp_path / "klas.csv"
    if isinstance(csv_text, bytes):
        csv.write_bytes(csv_text)
    else:
        csv.write_text(csv_text, encoding="utf-8")
    out = tmp_path / "uit"
    code, stdout, err = run_cli("klas", "--csv", str(csv), "--antwoorden-map", str(folder), "--uit", str(out))
    return code, stdout, err, out


def pdf_text(path: Path) -> str:
    return " ".join(" ".join(page.extract_text().split()) for page in PdfReader(path).pages)


def test_names_never_reach_outside_the_answers_folder(run_cli, tmp_path):
    from studiekeuze.classes.batch import find_answers_file

    shutil.copy(ANA, tmp_path / "outside.json")
    text = "voornaam;klas\n../outside;3A\n/outside;3A\n..\\outside;3A\n../../outside;3A\nYusuf;3A\n"
    code, _stdout, err, out = klas(run_cli, tmp_path, text, {"Yusuf.json": YUSUF})
    assert code == 0 and clean(err)
    assert "Geen antwoordenbestand voor: ../outside, /outside, ..\\outside, ../../outside." in err
    assert sorted(p.name for p in out.iterdir()) == ["advies 3A Yusuf.pdf", "alle adviezen 3A.pdf"]
    folder = tmp_path / "antwoorden"
    if os.name == "posix":
        (folder / "Lien.json").symlink_to(tmp_path / "outside.json")  # a link inside that points outside
        assert find_answers_file(folder, "Lien") is None
    for name in ("../outside", str(tmp_path / "outside"), str(YUSUF.with_suffix("")), "../antwoorden/Yusuf"):
        assert find_answers_file(folder, name) is None
        assert find_answers_file(folder, name, "3A") is None


def test_two_pupils_with_one_first_name_never_share_one_answers_file(run_cli, tmp_path):
    code, _stdout, err, out = klas(run_cli, tmp_path, "voornaam;klas\nAnna;3A\nAnna;3B\n", {"Anna.json": YUSUF})
    assert code == 1 and clean(err)
    assert "Niet gemaakt: Anna (3A): Anna.json past bij meer dan één leerling" in err
    assert "'3B/Anna.json' of 'Anna (3B).json'" in err
    assert not any(out.glob("*.pdf"))


def test_answers_by_first_name_and_klas(run_cli, tmp_path):
    code, stdout, err, out = klas(run_cli, tmp_path, "voornaam;klas\nAnna;3A\nAnna;3B\nLou;3A\n",
                                  {"3A/anna.json": YUSUF, "Anna (3B).json": ANA, "Lou.json": ANA})
    assert code == 0 and "3 adviezen gemaakt" in stdout and clean(err)
    assert "Nu: Elektriciteit" in pdf_text(out / "advies 3A Anna.pdf")  # Yusuf's answers: 2nd graad Elektriciteit
    assert "Nu: Elektriciteit" not in pdf_text(out / "advies 3B Anna.pdf")
    assert (out / "advies 3A Lou.pdf").exists()  # <voornaam>.json still works for a name that is not shared


def test_two_files_for_one_pupil_are_reported(run_cli, tmp_path):
    code, _, err, _out = klas(run_cli, tmp_path, "voornaam;klas\nAnna;3A\n",
                             {"3A/Anna.json": YUSUF, "Anna (3A).json": ANA})
    assert code == 1 and "Voor Anna passen meer antwoordenbestanden" in err and clean(err)


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("voornaam;klas\r" + "Anna;3A\r" + "Ben;3A\r", None),  # only CR line ends: read like any other list
        ("voornaam\nAnna\n" + "B" * 140_000 + "\n", "regel 3: een veld is langer dan 131.072 tekens"),
        ("voornaam;klas\n\"Anna;3A\nBen;3A\n", "regel 2: een aanhalingsteken (\") wordt geopend maar nooit gesloten"),
        ("voornaam;klas\n\"Anna\"x;3A\nBen;3A\n", "regel 2: na een afsluitend aanhalingsteken"),
        ("voornaam;klas\n\"Anna;3A\nBen\";3A\nCleo;3A\n", "regel 2: een veld loopt over meer dan één regel"),
        ("voornaam;klas\nAnn\u202egpj.exe;3A\n", "regel 2: de voornaam 'Ann[U+202E]gpj.exe' bevat onzichtbare"),
        ("voornaam;klas\nAnna;3\u200bA\n", "regel 2: de klas '3[U+200B]A' bevat onzichtbare tekens"),
        (b"voornaam;klas\n" + "Zoë;3A\n".encode() + "Anaïs;3A\n".encode("cp1252"),
         "UTF-8 op regel 2; Windows-1252 op regel 3"),
        (b"voornaam\nAn\x81na\n", "regel 2 bevat tekens die geen tekst zijn"),
    ],
)
def test_class_lists_from_the_attack(run_cli, tmp_path, content, message):
    code, stdout, err, out = klas(run_cli, tmp_path, content, {"Anna.json": YUSUF, "Ben.json": ANA})
    if message is None:
        assert code == 0 and "2 adviezen gemaakt" in stdout and clean(err)
        return
    assert code == 1 and message in err and clean(err), err
    assert "is niet ingelezen" in err
    assert not out.exists()  # a broken list writes nothing


# --- the session store ----------------------------------------------------------------------------------------
def bytes_and_time(path: Path) -> tuple[bytes, int]:
    return path.read_bytes(), path.stat().st_mtime_ns


@pytest.mark.parametrize(
    ("damage", "message"),
    [
        ("pragma user_version = 7", "nieuwere versie van studiekeuze"),
        ("alter table sessies rename column notitie to opmerking", "kolom notitie ontbreekt"),
        ("drop table antwoorden; create table antwoorden (x)", "antwoorden"),
        ("create table vreemd (x)", "onbekende tabel vreemd"),
    ],
)
def test_a_store_that_is_not_ours_is_refused_and_left_as_it_was(tmp_path, damage, message):
    path = tmp_path / "leerlingen.sqlite"
    with SessionStore(path) as store:
        store.create("Anna")
    with sqlite3.connect(path) as connection:
        connection.executescript(damage)
    connection.close()
    before = bytes_and_time(path)
    with pytest.raises(StoreError, match=message) as refused:
        SessionStore(path)
    assert str(path) in str(refused.value) and "niets aan veranderd" in str(refused.value)
    assert bytes_and_time(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["leerlingen.sqlite"]


def test_a_store_with_damaged_pages_is_refused_untouched(tmp_path):
    path = tmp_path / "leerlingen.sqlite"
    with SessionStore(path) as store:
        store.create_many([{"voornaam": f"Leerling {i}", "klas": "4B"} for i in range(300)])
    data = bytearray(path.read_bytes())
    data[4096 * 2:4096 * 3] = b"\xa5" * 4096
    path.write_bytes(bytes(data))
    before = bytes_and_time(path)
    with pytest.raises(StoreError, match="beschadigd"):
        SessionStore(path)
    assert bytes_and_time(path) == before


def test_the_command_line_reports_a_refused_store(run_cli, session_home):
    from studiekeuze.userdata.store import default_path

    path = default_path()
    with SessionStore(path):
        pass
    with sqlite3.connect(path) as connection:
        connection.execute("pragma user_version = 99")
    connection.close()
    try:
        code, out, err = run_cli("analyse")
        assert code == 1 and out == "" and "nieuwere versie" in err and str(path) in err and clean(err)
    finally:
        path.unlink()


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
def test_erasing_writes_no_temporary_copy_of_the_pupils_outside_studiekeuze_home(tmp_path):
    """VACUUM copies the remaining pupils to a temporary database: in memory, never in /var/tmp or SQLITE_TMPDIR."""
    elsewhere = tmp_path / "elders"
    elsewhere.mkdir()
    code = (
        "import os, sys; from pathlib import Path; from studiekeuze.userdata.store import SessionStore\n"
        "s = SessionStore(Path(sys.argv[1]) / 'leerlingen.sqlite')\n"
        "s.create_many([{'voornaam': f'Leerling {i}', 'klas': '4B'} for i in range(3000)])\n"
        "s.create('Weg')\n"
        "seen = set()\n"
        "def look():\n"
        "    for fd in os.listdir('/proc/self/fd'):\n"
        "        try: seen.add(os.readlink(f'/proc/self/fd/{fd}'))\n"
        "        except OSError: pass\n"
        "    return 0\n"
        "s._connection.set_progress_handler(look, 200)\n"
        "s.delete(s.sessions()[0].id)\n"
        "print('\\n'.join(sorted(seen)))\n"
    )
    home = tmp_path / "home"
    env = {**os.environ, "SQLITE_TMPDIR": str(elsewhere), "TMPDIR": str(elsewhere)}
    result = subprocess.run([sys.executable, "-c", code, str(home)], env=env, capture_output=True, text=True,
                            timeout=120, check=True)
    opened = result.stdout.splitlines()
    assert any(line.startswith(str(home)) for line in opened)  # the probe saw the store itself
    assert [line for line in opened if "etilqs" in line or line.startswith(str(elsewhere))] == []


# --- the content cache and the content sources ----------------------------------------------------------------
@pytest.fixture
def cache_copy(tmp_path, content_db, monkeypatch) -> Path:
    home = tmp_path / "home"
    (home / "cache").mkdir(parents=True)
    target = home / "cache" / content_db.name
    shutil.copy(content_db, target)
    monkeypatch.setenv("STUDIEKEUZE_HOME", str(home))
    return target


@pytest.mark.parametrize("damage", ["pages", "column", "table", "index"])
def test_a_damaged_content_cache_is_rebuilt_from_the_sources(run_cli, cache_copy, damage):
    if damage == "pages":
        data = bytearray(cache_copy.read_bytes())
        data[4096 * 40:4096 * 44] = os.urandom(4096 * 4)
        cache_copy.write_bytes(bytes(data))
    else:
        statement = {"column": "alter table richtingen drop column beschrijving",
                     "table": "drop table beroepen", "index": "drop table zoekindex_fts"}[damage]
        with sqlite3.connect(cache_copy) as connection:
            connection.execute(statement)
        connection.close()
    code, out, err = run_cli("richting", "G-0068", "--json")
    assert code == 0 and clean(err), err
    assert json.loads(out)["beschrijving"]
    assert run_cli("zoek", "creatie", "--json")[0] == 0


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda t: t.replace("zoektermen = [", 'bks = ["x"]\nzoektermen = [', 1), "bks hoort hier niet meer"),
        (lambda t: "[richting]\nnaam = 'x'\n", "schrijf elk record als [[richting]]"),
        (lambda t: t.replace('domeinen = ["Sport"]', 'domeinen = [["Sport"]]', 1), "onbekend studiedomein"),
        (lambda t: t.replace("graad = 2", "graad = 1979-05-27", 1), "graad moet 2, 3 of 7 zijn"),
        (lambda t: t.replace("activiteiten = [", 'activiteiten = ["x", ', 1), "activiteiten moet een lijst"),
        (lambda t: t + "\n[[richting.overgang]]\nnaar = ['G-0001']\nsoort = 'x'\nreden = 'r'\n",
         "naar moet tekst zijn"),
        (lambda t: "richting = ['x', 1]\n", "richting 1: moet een tabel zijn"),
        (lambda t: "x = " + "[" * 3000 + "]" * 3000 + "\n", "sport-graad2.toml, bestand"),
    ],
)
def test_malformed_source_shapes_fail_the_build_with_file_row_and_reason(run_cli, sources_copy, tmp_path, change,
                                                                        message):
    from studiekeuze.content.build import build_database
    from studiekeuze.errors import ContentError

    target = tmp_path / "inhoud.sqlite"
    build_database(target, sources_copy)
    before = target.read_bytes()
    path = sources_copy / "richtingen" / "sport-graad2.toml"
    path.write_text(change(path.read_text(encoding="utf-8")), encoding="utf-8")
    with pytest.raises(ContentError) as error:
        build_database(target, sources_copy)
    assert "richtingen/sport-graad2.toml" in str(error.value) and message in str(error.value)
    assert target.read_bytes() == before


# --- the printed advice ---------------------------------------------------------------------------------------
@pytest.mark.parametrize("length", [151, 175, 200])
@pytest.mark.parametrize("letter", ["W", "Ẅ"])
def test_a_very_long_name_keeps_the_parents_page_on_one_page(run_cli, tmp_path, length, letter):
    data = json.loads(ANA.read_text(encoding="utf-8"))
    data["leerling"]["voornaam"] = letter * length
    target = tmp_path / "lang.pdf"
    code, _, err = run_cli("advies", "--antwoorden", answers_with(tmp_path, json.dumps(data)), "--ouders",
                           "--notitie", "Een lange notitie. " * 30, "--uit", str(target))
    assert code == 0, err
    pages = PdfReader(target).pages
    assert len(pages) == 3
    assert pages[2].extract_text().startswith("Voor de ouders van")
