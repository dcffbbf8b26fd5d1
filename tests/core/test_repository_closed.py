"""Every command closes the content database, also when it fails; the repository is a context manager.

On Python 3.13 an unclosed sqlite3 connection warns (ResourceWarning), and the test configuration turns that into a
failure; this test does not wait for that Python: it records every repository a command opens.
"""

import sqlite3

import pytest

from studiekeuze.content.repository import ContentRepository
from tests.conftest import DATA

YUSUF = str(DATA / "answers" / "elektriciteit-handen.json")


@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch) -> list[ContentRepository]:
    repositories: list[ContentRepository] = []
    original = ContentRepository.__init__

    def recording(self, *args, **kwargs):
        original(self, *args, **kwargs)
        repositories.append(self)

    monkeypatch.setattr(ContentRepository, "__init__", recording)
    return repositories


def closed(repository: ContentRepository) -> bool:
    try:
        repository.connection.execute("select 1")
    except sqlite3.ProgrammingError:
        return True
    return False


COMMANDS = [
    ("zoek", "hout", "--json"),
    ("zoek", "hout", "--domein", "geen-domein"),  # fails: unknown domain
    ("richting", "G-0068", "--json"),
    ("richting", "bestaat-niet"),  # fails: unknown richting
    ("vragenlijst", "--kort", "--json"),
    ("profiel", "--antwoorden", YUSUF, "--json"),
    ("match", "--antwoorden", YUSUF, "--json"),
    ("match", "--profiel", "R=90", "--naar-graad", "2"),  # fails: letters missing
    ("analyse", "--antwoorden-map", str(DATA / "answers"), "--json"),
    ("advies", "--antwoorden", YUSUF, "--uit", "{tmp}/a.pdf"),
    ("advies", "--antwoorden", str(DATA / "weg.json"), "--uit", "{tmp}/a.pdf"),  # fails: no such file
    ("klas", "--csv", "{tmp}/klas.csv", "--antwoorden-map", "{tmp}/antwoorden", "--uit", "{tmp}/uit"),
]


@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: " ".join(c[:2]))
def test_every_command_closes_the_database(command, run_cli, opened, tmp_path):
    (tmp_path / "antwoorden").mkdir()
    (tmp_path / "antwoorden" / "Yusuf.json").write_bytes((DATA / "answers" / "elektriciteit-handen.json").read_bytes())
    (tmp_path / "klas.csv").write_text("voornaam\nYusuf\n", encoding="utf-8")
    run_cli(*(part.replace("{tmp}", str(tmp_path)) for part in command))
    assert opened, "the command opened no database"
    assert all(closed(repository) for repository in opened)


def test_the_repository_is_a_context_manager(content_db):
    with ContentRepository(content_db) as repository:
        assert repository.find("G-0068").groepnummer == "G-0068"
    assert closed(repository)


def test_a_database_that_cannot_be_read_is_closed_again(tmp_path, opened):
    bad = tmp_path / "leeg.sqlite"
    sqlite3.connect(bad).close()  # a valid SQLite file without the tables
    with pytest.raises(Exception, match="kan niet geopend worden"):
        ContentRepository(bad)
