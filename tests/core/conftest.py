"""Fixtures for the advice and PDF tests: two realistic pupils' advices on a fixed date."""

from datetime import date

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
