"""Test setup: offscreen Qt, a private STUDIEKEUZE_HOME, and the real content database built once."""

import os
import socket
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The tests expect the app in Dutch whatever this machine's language is (tests/ui/test_language.py switches).
os.environ["STUDIEKEUZE_TAAL"] = "nl"

DATA = Path(__file__).parent / "data"


@pytest.fixture(scope="session")
def session_home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    home = tmp_path_factory.mktemp("home")
    os.environ["STUDIEKEUZE_HOME"] = str(home)
    return home


@pytest.fixture(scope="session")
def content_db(session_home: Path) -> Path:
    from studiekeuze import paths
    from studiekeuze.content.build import ensure_database

    return ensure_database(paths.content_db_path())


@pytest.fixture(scope="session")
def repository(content_db: Path):
    from studiekeuze.content.repository import ContentRepository

    repo = ContentRepository(content_db)
    yield repo
    repo.close()


@pytest.fixture
def run_cli(session_home: Path, capsys: pytest.CaptureFixture):
    """Run the command line in-process: returns (exit code, stdout, stderr)."""
    from studiekeuze.cli import main

    def run(*argv: str) -> tuple[int, str, str]:
        code = main(list(argv))
        captured = capsys.readouterr()
        return code, captured.out, captured.err

    return run


@pytest.fixture
def no_sockets(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every way to reach the network fails and is recorded; the test asserts the list stays empty."""
    opened: list[str] = []

    def refuse(name: str):
        def guard(*args, **kwargs):
            opened.append(name)
            raise OSError(f"netwerk gebruikt via {name}")

        return guard

    for name in ("create_connection", "getaddrinfo", "gethostbyname"):
        monkeypatch.setattr(socket, name, refuse(name))
    for name in ("connect", "connect_ex", "bind", "sendto"):
        monkeypatch.setattr(socket.socket, name, refuse(f"socket.{name}"))
    return opened
