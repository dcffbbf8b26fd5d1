"""Every row of the official matrix is in the database, with its official name, graad, finaliteit and domain."""

import csv

import pytest

from tests.conftest import DATA

MATRIX = list(csv.DictReader((DATA / "reference" / "matrix.csv").read_text(encoding="utf-8").splitlines(True)))


def test_matrix_has_391_rows_of_385_richtingen():
    assert len(MATRIX) == 391
    assert len({row["groepnummer"] for row in MATRIX}) == 385


@pytest.mark.parametrize("row", MATRIX, ids=lambda r: f"{r['groepnummer']}-{r['domein']}")
def test_matrix_row_is_in_database(repository, row):
    summary = repository.summaries[row["groepnummer"]]
    assert summary.naam == row["naam"]
    assert summary.graad == int(row["graad"])
    assert summary.finaliteit == row["finaliteit"]
    if row["domein_zekerheid"] == "bron":
        assert row["domein"] in summary.domeinen
    else:
        richting = repository.richting(row["groepnummer"])
        # A derived domain may only be replaced when a source for the correction is recorded.
        assert row["domein"] in summary.domeinen or (
            richting.domein_zekerheid == "gecontroleerd" and richting.domein_bron.startswith("http")
        )


def test_richting_in_two_domains_is_one_richting(repository):
    assert repository.summaries["G-0068"].domeinen == ("Kunst en creatie", "Maatschappij en welzijn")
    assert len(repository.search("Creatie en mode", graad=2)) >= 1


def test_counts_per_graad_and_finaliteit(repository):
    counts = repository.counts_per_graad_finaliteit()
    assert sum(counts.values()) == 385
    assert set(counts) == {(2, "D"), (2, "D/A"), (2, "A"), (3, "D"), (3, "D/A"), (3, "A"), (7, "D/A"), (7, "A")}
