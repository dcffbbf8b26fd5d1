"""Fuzzing every input studiekeuze reads: answers JSON, class CSV, content sources, search text, names and paths.

Each property: the call ends with a result or a StudiekeuzeError (never another exception: a traceback), within a
time bound (a hang is interrupted by an alarm, not measured), and writes no file except its own target.
"""

import contextlib
import json
import math
import os
import shutil
import signal
import string
import sys
import tempfile
from collections.abc import Iterator
from datetime import date, datetime, time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from studiekeuze.classes.filenames import RESERVED, WINDOWS_RESERVED_NAMES, safe_stem
from studiekeuze.errors import StudiekeuzeError
from studiekeuze.textcheck import MAX_NAME_LENGTH, check_name, forbidden
from tests.conftest import DATA

TIME_BOUND_S = 20  # far above any normal call: only a hang reaches it
# A deeper run: STUDIEKEUZE_FUZZ=20 ./dev test tests/core/test_fuzz.py (20 times the examples).
DEPTH = max(1, int(os.environ.get("STUDIEKEUZE_FUZZ", "1")))
FUZZ = settings(deadline=None, database=None, max_examples=60 * DEPTH,
                suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
FEW = settings(FUZZ, max_examples=12 * DEPTH)


class Hang(Exception):
    pass


@contextlib.contextmanager
def time_bound(seconds: float = TIME_BOUND_S) -> Iterator[None]:
    """Interrupt the call after `seconds` (POSIX main thread); the test then fails with Hang instead of blocking."""
    if not hasattr(signal, "setitimer"):
        yield
        return

    def interrupt(signum, frame):
        raise Hang(f"no answer within {seconds} s")

    previous = signal.signal(signal.SIGALRM, interrupt)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def files_under(folder: Path) -> set[Path]:
    return {p for p in folder.rglob("*") if p.is_file() or p.is_symlink()}


@contextlib.contextmanager
def sandbox() -> Iterator[Path]:
    folder = Path(tempfile.mkdtemp(prefix="fuzz-"))
    try:
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def expected_or_nothing(call):
    """The result of `call()`, or None when it raised a StudiekeuzeError; anything else fails the test."""
    with time_bound():
        try:
            return call()
        except StudiekeuzeError as error:
            assert str(error).strip(), "a StudiekeuzeError without a message"
            return None


# --- strategies -----------------------------------------------------------------------------------------------
HOSTILE_CHARS = "\u202e\u202d\u2066\u200b\u200d\ufeff\x00\x07\x1b\n\r\t\u2028\ud800\udcff\"'\\/:*?<>|;,.. "
texts = st.text(alphabet=st.one_of(st.characters(), st.sampled_from(HOSTILE_CHARS)), max_size=80)
names = st.one_of(texts, st.sampled_from(["Anna", "Zoë", "CON", "nul.txt", "../outside", "/etc/passwd", "a/b",
                                          "Ann\u202egpj.exe", "", " ", "李 小龍", "W" * 200, "\ud800"]))
json_scalars = st.one_of(st.none(), st.booleans(), st.integers(), st.integers(min_value=-(10**60), max_value=10**60),
                         st.floats(allow_nan=False, allow_infinity=False), texts)
json_values = st.recursive(json_scalars, lambda inner: st.one_of(
    st.lists(inner, max_size=4), st.dictionaries(texts, inner, max_size=4)), max_leaves=20)


@st.composite
def answers_documents(draw) -> str:
    """Mostly answers-shaped JSON with hostile values, sometimes anything at all, sometimes not JSON."""
    kind = draw(st.sampled_from(["shaped", "shaped", "any", "raw", "deep"]))
    if kind == "raw":
        return draw(st.text(max_size=200))
    if kind == "deep":
        depth = draw(st.integers(min_value=1, max_value=4000))
        return '{"leerling": ' + "[" * depth + "]" * depth + "}"
    if kind == "any":
        return json.dumps(draw(json_values))
    items = draw(st.lists(st.sampled_from(["R01", "I02", "A03", "S04", "E05", "C06", "X99", ""]), max_size=6))
    leerling = {"voornaam": draw(names), "huidige_graad": draw(st.one_of(st.sampled_from([1, 2, 3, 7]), json_values)),
                "huidige_richting": draw(st.one_of(st.just("G-0081"), json_values)),
                "niet_open": draw(st.one_of(st.just([]), json_values))}
    document = {"leerling": draw(st.one_of(st.just(leerling), json_values)),
                "antwoorden": {item: draw(st.one_of(st.integers(1, 5), json_scalars)) for item in items},
                "vorm": draw(st.one_of(st.sampled_from(["kort", "volledig", ""]), json_scalars))}
    return json.dumps(document, ensure_ascii=draw(st.booleans()))


CSV_PIECES = [b"voornaam", b"klas", b"huidige_richting", b";", b",", b'"', b"\r", b"\n", b"\r\n", "Zoë".encode(),
              "Zoë".encode("cp1252"), b"\x81", b"\x00", b"\xef\xbb\xbf", "\u202e".encode(), b"Anna", b"G-0081",
              b"3A", b" ", b"Elektriciteit", "\u200b".encode(), b"x" * 200]


@st.composite
def csv_files(draw) -> bytes:
    head = draw(st.sampled_from([b"voornaam;klas\n", b"voornaam,klas,huidige_richting\r\n", b"",
                                 b"\xef\xbb\xbfvoornaam\n"]))
    body = b"".join(draw(st.lists(st.sampled_from(CSV_PIECES), max_size=40)))
    return head + body + draw(st.binary(max_size=20))


toml_scalars = st.one_of(texts.filter(lambda t: "\x00" not in t), st.integers(-(2**63), 2**63 - 1), st.booleans(),
                         st.floats(), st.datetimes(), st.dates(), st.times())
toml_values = st.recursive(toml_scalars, lambda inner: st.one_of(
    st.lists(inner, max_size=3), st.dictionaries(st.text(string.ascii_lowercase, min_size=1, max_size=8), inner,
                                                 max_size=3)), max_leaves=12)


def toml_value(value) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return "nan" if math.isnan(value) else ("inf" if value > 0 else "-inf") if math.isinf(value) else repr(value)
    if isinstance(value, datetime | date | time):
        return value.isoformat()
    if isinstance(value, str):
        return json.dumps(value)  # JSON escapes are TOML escapes (a lone surrogate is a TOML error: also fine)
    if isinstance(value, list):
        return "[" + ", ".join(toml_value(v) for v in value) + "]"
    return "{" + ", ".join(f"{json.dumps(k)} = {toml_value(v)}" for k, v in value.items()) + "}"


RICHTING_KEYS = ["groepnummer", "naam", "graad", "finaliteit", "domeinen", "domein_zekerheid", "domein_bron",
                 "leerwegen", "zoektermen", "beschrijving", "activiteiten", "beroepen", "bks", "overgang"]


@st.composite
def richting_sources(draw) -> str:
    """A real richting record with some fields replaced by anything TOML can hold, or a document of any shape."""
    if draw(st.integers(0, 4)) == 0:
        document = draw(st.dictionaries(st.sampled_from(["richting", "bk", "knelpuntberoep", "x"]), toml_values,
                                        max_size=3))
        return "\n".join(f"{json.dumps(k)} = {toml_value(v)}" for k, v in document.items()) + "\n"
    record = {
        "groepnummer": "G-0040", "naam": "Sport", "graad": 2, "finaliteit": "D", "domeinen": ["Sport"],
        "domein_zekerheid": "bron", "leerwegen": ["school"], "zoektermen": ["sport"],
        "activiteiten": [{"tekst": "Je sport.", "riasec": "RS"}], "beroepen": [{"naam": "Trainer", "riasec": "SE",
                                                                              "knelpunt": ""}],
        "bks": [], "overgang": [{"naar_naam": "werk", "soort": "arbeidsmarkt", "reden": "r", "bron": ""}],
    }
    for key in draw(st.lists(st.sampled_from(RICHTING_KEYS), min_size=1, max_size=4)):
        record[key] = draw(toml_values)
    return "[[richting]]\n" + "\n".join(f"{k} = {toml_value(v)}" for k, v in record.items()) + "\n"


# --- answers files --------------------------------------------------------------------------------------------
@FUZZ
@given(document=answers_documents())
def test_any_answers_file_is_read_or_refused_in_dutch(repository, document):
    from studiekeuze.questionnaire.answers import read_answers_file
    from studiekeuze.questionnaire.scoring import score

    with sandbox() as folder:
        path = folder / "antwoorden.json"
        path.write_text(document, encoding="utf-8", errors="surrogatepass")
        antwoorden = expected_or_nothing(lambda: read_answers_file(path, repository.vragenlijst))
        if antwoorden is not None:
            assert all(not forbidden(ch) for ch in antwoorden.leerling.voornaam)
            expected_or_nothing(lambda: score(antwoorden, repository.vragenlijst))
        assert files_under(folder) == {path}


@FEW
@given(document=answers_documents(), note=texts, name=st.text(alphabet="abc ./_-ë", min_size=1, max_size=20))
def test_the_advice_command_writes_its_pdf_or_nothing(run_cli, document, note, name):
    with sandbox() as folder:
        path = folder / "antwoorden.json"
        path.write_text(document, encoding="utf-8", errors="surrogatepass")
        (folder / "uit").mkdir()
        target = folder / "uit" / f"{name}.pdf"
        with time_bound():
            code, _out, err = run_cli("advies", "--antwoorden", str(path), f"--notitie={note}", "--uit", str(target))
        assert code in (0, 1) and "Traceback" not in err, err
        written = files_under(folder) - {path}
        assert written == ({target.resolve()} if code == 0 else set()) or written == ({target} if code == 0 else set())


# --- class lists ----------------------------------------------------------------------------------------------
@FUZZ
@given(content=csv_files())
def test_any_class_list_is_read_or_refused_in_dutch(repository, content):
    from studiekeuze.classes.roster import read_class_csv
    from studiekeuze.textcheck import klas_problem, name_problem

    with sandbox() as folder:
        path = folder / "klas.csv"
        path.write_bytes(content)
        klaslijst = expected_or_nothing(lambda: read_class_csv(path, repository))
        if klaslijst is not None:
            for leerling in klaslijst.leerlingen:
                assert name_problem(leerling.voornaam) is None and klas_problem(leerling.klas) is None
        assert files_under(folder) == {path}


@FEW
@given(pupils=st.lists(st.tuples(names, st.sampled_from(["", "3A", "3B", "../x", "/tmp", "CON"])), min_size=1,
                       max_size=3))
def test_a_class_run_writes_only_into_its_folder(run_cli, pupils):
    with sandbox() as folder:
        answers = folder / "antwoorden"
        answers.mkdir()
        (folder / "outside.json").write_bytes((DATA / "answers" / "zorg-eerste-graad.json").read_bytes())
        lines = ["voornaam;klas"]
        for name, klas in pupils:
            lines.append(f'"{name.replace(chr(34), chr(34) * 2)}";{klas}')
            with contextlib.suppress(OSError, ValueError):  # an answers file named after the pupil, where possible
                shutil.copy(DATA / "answers" / "elektriciteit-handen.json", answers / f"{safe_stem(name)}.json")
        csv = folder / "klas.csv"
        csv.write_text("\n".join(lines) + "\n", encoding="utf-8", errors="surrogatepass")
        before = files_under(folder)
        uit = folder / "uit"
        with time_bound():
            code, _out, err = run_cli("klas", "--csv", str(csv), "--antwoorden-map", str(answers), "--uit", str(uit))
        assert code in (0, 1) and "Traceback" not in err, err
        new = files_under(folder) - before
        assert all(p.parent == uit and p.suffix == ".pdf" for p in new), new


# --- content sources ------------------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def small_sources(tmp_path_factory) -> Path:
    """The sources without the richtingen (fast to load), to which each example adds one file."""
    from studiekeuze import resources

    root = tmp_path_factory.mktemp("bronnen")
    shutil.copytree(resources.content_sources_dir(), root, dirs_exist_ok=True,
                    ignore=shutil.ignore_patterns("richtingen"))
    (root / "richtingen").mkdir()
    return root


@FUZZ
@given(source=richting_sources())
def test_any_content_source_loads_or_fails_with_file_and_reason(small_sources, source):
    from studiekeuze.content.sources import load_sources
    from studiekeuze.errors import ContentError

    path = small_sources / "richtingen" / "fuzz-graad2.toml"
    path.write_text(source, encoding="utf-8", errors="surrogatepass")
    before = files_under(small_sources)
    with time_bound():
        try:
            load_sources(small_sources)
        except ContentError as error:
            assert error.problems and all(", " in p for p in error.problems)  # file, where: reason
    assert files_under(small_sources) == before


@FEW
@given(source=richting_sources())
def test_a_build_from_any_source_writes_the_database_or_keeps_the_old_one(small_sources, source):
    from studiekeuze.content.build import build_database

    path = small_sources / "richtingen" / "fuzz-graad2.toml"
    path.write_text(source, encoding="utf-8", errors="surrogatepass")
    with sandbox() as folder:
        target = folder / "inhoud.sqlite"
        target.write_bytes(b"oud")
        built = expected_or_nothing(lambda: build_database(target, small_sources))
        assert files_under(folder) == {target}
        assert (target.read_bytes() == b"oud") == (built is None)


# --- search text ----------------------------------------------------------------------------------------------
@FUZZ
@given(text=st.one_of(texts, st.text(alphabet='"*()-&|^:+ ORANDNEAR', max_size=40)))
def test_any_search_text_finds_something_or_nothing(repository, text):
    from studiekeuze.content.search import match_expression

    with time_bound():
        match_expression(text)
        assert isinstance(repository.search(text), list)
        assert isinstance(repository.search(text, graad=3, finaliteit="A"), list)
        expected_or_nothing(lambda: repository.find(text))
        expected_or_nothing(lambda: repository.resolve_domein(text))


@FEW
@given(text=texts.filter(lambda t: "\x00" not in t))
def test_the_search_command_never_fails_on_its_text(run_cli, text):
    with time_bound():
        code, out, err = run_cli("zoek", "--json", "--", text)  # "--": a text that starts with "-" is still text
    assert code in (0, 1) and "Traceback" not in err
    if code == 0:
        assert isinstance(json.loads(out), list)


# --- names ----------------------------------------------------------------------------------------------------
@FUZZ
@given(name=names)
def test_every_name_is_checked_by_one_rule(name):
    cleaned = expected_or_nothing(lambda: check_name(name))
    if cleaned is not None:
        assert cleaned and len(cleaned) <= MAX_NAME_LENGTH and cleaned == cleaned.strip()
        assert not any(forbidden(ch) for ch in cleaned)
        cleaned.encode("utf-8")  # always writable to a file, a database and a PDF


@FUZZ
@given(name=names, klas=st.one_of(st.just(""), names))
def test_the_store_takes_a_checked_name_or_refuses_it(name, klas):
    from studiekeuze.userdata.store import SessionStore

    with sandbox() as folder, SessionStore(folder / "leerlingen.sqlite") as store:
        sessie = expected_or_nothing(lambda: store.create(name, klas=klas))
        if sessie is not None:
            assert sessie.voornaam == check_name(name)
        assert {p.name for p in files_under(folder)} == {"leerlingen.sqlite"}


@FUZZ
@given(name=names)
def test_a_file_name_made_from_any_name_is_safe_everywhere(name):
    stem = safe_stem(name)
    assert stem and not RESERVED.search(stem) and not any(forbidden(ch) for ch in stem)
    assert stem[0] not in ". " and stem[-1] not in ". "
    assert stem.split(".")[0].strip().casefold() not in WINDOWS_RESERVED_NAMES
    assert len(f"{stem} (99).pdf".encode()) <= 255
    with sandbox() as folder:
        target = folder / f"{stem}.pdf"
        target.write_bytes(b"%PDF")
        assert files_under(folder) == {target} and target.parent == folder


# --- paths ----------------------------------------------------------------------------------------------------
path_parts = st.lists(st.one_of(st.sampled_from([".", "a", "b c", "Zoë", "CON", "x.pdf", "\u202e", ".verborgen"]),
                                texts.filter(lambda t: "/" not in t and "\\" not in t and t not in ("", ".", ".."))),
                      min_size=1, max_size=3)


@FUZZ
@given(parts=path_parts, data=st.binary(max_size=64))
def test_a_write_lands_at_its_target_or_nowhere(parts, data):
    from studiekeuze.safefiles import write_atomic

    with sandbox() as folder:
        (folder / "in").mkdir()
        target = folder.joinpath("in", *parts)
        written = expected_or_nothing(lambda: write_atomic(data, target))
        if written is None:
            assert files_under(folder) == set()
        else:
            assert files_under(folder) == {target} and target.read_bytes() == data


@FUZZ
@given(name=names, klas=st.one_of(st.just(""), names), only_one=st.booleans())
def test_answers_are_never_found_outside_their_folder(name, klas, only_one):
    from studiekeuze.classes.batch import find_answers_file

    with sandbox() as folder:
        inside = folder / "map"
        (inside / "3A").mkdir(parents=True)
        for file_name in ("Anna.json", "3A/Anna.json", "Zoë (3B).json", "con_.json"):
            (inside / file_name).write_text("{}", encoding="utf-8")
        for file_name in ("outside.json", "passwd.json", "etc_passwd.json"):
            (folder / file_name).write_text("{}", encoding="utf-8")
        found = expected_or_nothing(lambda: find_answers_file(inside, name, klas, only_one=only_one))
        if found is not None:
            assert found.resolve().is_relative_to(inside.resolve())


@FEW
@given(path=st.one_of(st.sampled_from(["/dev/zero", "/dev/null", "/", ".", "/etc", "\x00", "~", ""]), texts))
@pytest.mark.skipif(sys.platform.startswith("win"), reason="POSIX paths")
def test_any_path_as_answers_file_is_read_or_refused_at_once(repository, path):
    from studiekeuze.questionnaire.answers import read_answers_file

    if "\x00" in path and path != "\x00":
        path = path.replace("\x00", "")
    expected_or_nothing(lambda: read_answers_file(Path(path), repository.vragenlijst))


def test_the_time_bound_interrupts_a_hang():
    if not hasattr(signal, "setitimer"):
        pytest.skip("no alarm here")
    folder = Path(tempfile.mkdtemp())
    fifo = folder / "pijp"
    os.mkfifo(fifo)
    try:
        with pytest.raises(Hang), time_bound(0.5), open(fifo, "rb"):  # a plain open of a FIFO blocks forever
            pass
    finally:
        shutil.rmtree(folder)
