"""Item analysis on locally stored answers: Cronbach's alpha per scale and corrected item-total correlations."""

from collections.abc import Sequence
from dataclasses import dataclass
from statistics import mean, pvariance

from studiekeuze.models import RIASEC, Vragenlijst


@dataclass(frozen=True)
class ItemStatistiek:
    id: str
    tekst: str
    n: int
    gemiddelde: float | None
    item_totaal: float | None


@dataclass(frozen=True)
class SchaalAnalyse:
    schaal: str
    n_leerlingen: int
    alpha: float | None
    items: tuple[ItemStatistiek, ...]


def correlation(xs: Sequence[float], ys: Sequence[float]) -> float | None:
    if len(xs) < 3:
        return None
    mx, my = mean(xs), mean(ys)
    sxx = sum((x - mx) ** 2 for x in xs)
    syy = sum((y - my) ** 2 for y in ys)
    if sxx == 0 or syy == 0:
        return None
    return sum((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True)) / (sxx * syy) ** 0.5


def cronbach_alpha(rows: list[list[int]]) -> float | None:
    """Alpha for complete rows (one per pupil, one column per item); None when it is not defined."""
    if len(rows) < 3 or len(rows[0]) < 2:
        return None
    k = len(rows[0])
    item_variances = [pvariance([row[i] for row in rows]) for i in range(k)]
    total_variance = pvariance([sum(row) for row in rows])
    if total_variance == 0:
        return None
    return k / (k - 1) * (1 - sum(item_variances) / total_variance)


def analyse(answer_sets: list[dict[str, int]], vragenlijst: Vragenlijst, kort: bool = False) -> list[SchaalAnalyse]:
    """One analysis per RIASEC scale over the pupils who answered every item of that scale in the form."""
    result = []
    for letter in RIASEC:
        items = [v for v in vragenlijst.vorm(kort) if v.soort == "interesse" and v.schaal == letter]
        complete = [[answers[v.id] for v in items] for answers in answer_sets if all(v.id in answers for v in items)]
        statistics = []
        for index, vraag in enumerate(items):
            column = [row[index] for row in complete]
            rest = [sum(row) - row[index] for row in complete]
            statistics.append(
                ItemStatistiek(
                    vraag.id,
                    vraag.tekst,
                    len(column),
                    round(mean(column), 2) if column else None,
                    _rounded(correlation(column, rest)),
                )
            )
        result.append(SchaalAnalyse(letter, len(complete), _rounded(cronbach_alpha(complete)), tuple(statistics)))
    return result


def _rounded(value: float | None) -> float | None:
    return None if value is None else round(value, 3)
