"""Item analysis: Cronbach's alpha and item-total correlations on stored answers."""

import json

import pytest

from studiekeuze.questionnaire.analysis import analyse, correlation, cronbach_alpha


def test_alpha_matches_a_hand_computed_example():
    rows = [[1, 2, 2], [2, 3, 3], [3, 3, 4], [4, 5, 5], [5, 5, 4]]
    # item variances 2.0, 1.44, 1.04; variance of the totals 12.16 → alpha = 1.5 * (1 - 4.48 / 12.16)
    assert cronbach_alpha(rows) == pytest.approx(1.5 * (1 - 4.48 / 12.16))


def test_alpha_is_undefined_for_too_few_pupils():
    assert cronbach_alpha([[1, 2], [2, 3]]) is None


def test_perfect_correlation():
    assert correlation([1, 2, 3, 4], [2, 4, 6, 8]) == pytest.approx(1)
    assert correlation([1, 1, 1], [1, 2, 3]) is None


def test_analyse_over_consistent_pupils_gives_high_alpha(repository):
    vragenlijst = repository.vragenlijst
    sets = [{v.id: level for v in vragenlijst.vorm(kort=True)} for level in (1, 2, 3, 4, 5)]
    sets[0]["R01"] = 2
    result = {a.schaal: a for a in analyse(sets, vragenlijst, kort=True)}
    assert result["R"].n_leerlingen == 5 and result["R"].alpha > 0.9
    assert all(i.item_totaal is not None and i.item_totaal > 0.9 for i in result["R"].items)


def test_analyse_command_reads_a_folder(run_cli, tmp_path, repository):
    for n, level in enumerate((1, 3, 5, 2)):
        answers = {v.id: level for v in repository.vragenlijst.vorm(kort=True)}
        (tmp_path / f"p{n}.json").write_text(json.dumps({"antwoorden": answers}), encoding="utf-8")
    code, out, _ = run_cli("analyse", "--antwoorden-map", str(tmp_path), "--kort", "--json")
    data = json.loads(out)
    assert code == 0 and data["leerlingen"] == 4
    assert {s["schaal"] for s in data["schalen"]} == set("RIASEC")
