"""Fixtures for the advice and PDF tests: two realistic pupils' advices on a fixed date."""

import shutil
from datetime import date
from pathlib import Path

import pytest

from studiekeuze.advice import Advies, build_advice
from studiekeuze.questionnaire.answers import read_answers_file
from tests.conftest import DATA

DAY = date(2026, 11, 23)


def answers(repository, name: str):
    return read_answers_file(DATA / "answers" / f"{name}.json", repository.vragenlijst)


@pytest.fixture(scope="module")
def yusuf(repository) -> Advies:
    """2nd graad Elektriciteit (A), a strong practical profile."""
    return build_advice(repository, answers(repository, "elektriciteit-handen"), notitie="Bekijk ook duaal leren.",
                        datum=DAY)


@pytest.fixture(scope="module")
def ana(repository) -> Advies:
    """1st graad, chooses among every richting of the 2nd graad; a social profile."""
    return build_advice(repository, answers(repository, "zorg-eerste-graad"), datum=DAY)


@pytest.fixture
def sources_copy(tmp_path: Path) -> Path:
    """A copy of the content sources that a test may break."""
    from studiekeuze import resources

    target = tmp_path / "sources"
    shutil.copytree(resources.content_sources_dir(), target)
    return target


def replace_in(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def content_problems(root: Path) -> str:
    """The message of the ContentError that loading `root` raises (the test fails when none is raised)."""
    from studiekeuze.content.sources import load_sources
    from studiekeuze.errors import ContentError

    with pytest.raises(ContentError) as error:
        load_sources(root)
    return str(error.value)


MINI_SOURCES = DATA / "mini-bronnen"


@pytest.fixture(scope="session")
def mini_repository(session_home, tmp_path_factory):
    """The hand-written mini content of tests/data/mini-bronnen, built once per session (the build must accept it)."""
    from studiekeuze.content.build import build_database
    from studiekeuze.content.repository import ContentRepository

    target = tmp_path_factory.mktemp("mini") / "inhoud.sqlite"
    build_database(target, MINI_SOURCES)
    repo = ContentRepository(target)
    yield repo
    repo.close()
