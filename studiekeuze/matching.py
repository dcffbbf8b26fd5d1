"""Pure matching: a pupil's profile and situation → ranked next steps, each with 1–3 reasons in plain Dutch.

Ranking uses the whole six-score profile: the Pearson correlation of pupil and richting scores (both
centred), mapped to 0–100. When either profile is flat (spread below FLAT_SPREAD points) correlation means
nothing, so closeness of levels is used instead (100 minus the mean absolute difference). Interest in the
richting's studiedomein and the kind of work the pupil likes (people, things, ideas, data) add at most
±10 and ±10 points; the logical continuation of the current richting gets LOGICAL_BONUS points, because
the overgang itself is evidence of fit. The finaliteit of a richting never enters the score.
"""

from dataclasses import dataclass, field

from studiekeuze.models import RIASEC, Activiteit, Profiel, RichtingSamenvatting, Suggestie
from studiekeuze.texts import say

FLAT_SPREAD = 5.0
DOMAIN_POINTS_PER_STEP = 5.0
PREFERENCE_POINTS = 2.5
LOGICAL_BONUS = 5
PREFERENCE_LETTERS = {"mensen": "SE", "dingen": "R", "ideeen": "IA", "gegevens": "C"}
SOORT_ORDER = {
    "logische_vervolgrichting": 0, "verwante_richting": 1, "specialisatiejaar": 2, "se_n_se": 2,
    "graduaat": 3, "bachelor": 4, "arbeidsmarkt": 5, "volgende_graad": 6,
}
FINALITEIT_GROUPS = ("A", "D/A", "D", "")


@dataclass(frozen=True)
class Kandidaat:
    """A possible next step with what matching needs to know about it."""

    naam: str
    soort_overgang: str
    riasec: dict[str, int]
    activiteiten: tuple[Activiteit, ...] = ()
    domeinen: tuple[str, ...] = ()
    richting: RichtingSamenvatting | None = None


@dataclass(frozen=True)
class Situatie:
    """Where the pupil is now: the current richting (name) if any, and the richtingen not open now."""

    huidige_naam: str = ""
    niet_open: frozenset[str] = field(default_factory=frozenset)


def mean(values) -> float:
    # statistics.mean/pstdev compute exactly with fractions: too slow when a pupil is matched to a whole graad.
    values = list(values)
    return sum(values) / len(values)


def pstdev(values: list[float]) -> float:
    centre = mean(values)
    return (sum((v - centre) ** 2 for v in values) / len(values)) ** 0.5


def similarity(pupil: dict[str, int | None], richting: dict[str, int]) -> float:
    """0–1: how well two six-score profiles fit (see the module docstring)."""
    p = [float(pupil.get(letter) or 0) for letter in RIASEC]
    r = [float(richting.get(letter, 0)) for letter in RIASEC]
    if pstdev(p) < FLAT_SPREAD or pstdev(r) < FLAT_SPREAD:
        return 1 - mean(abs(a - b) for a, b in zip(p, r, strict=True)) / 100
    mp, mr = mean(p), mean(r)
    covariance = sum((a - mp) * (b - mr) for a, b in zip(p, r, strict=True))
    spread = (sum((a - mp) ** 2 for a in p) * sum((b - mr) ** 2 for b in r)) ** 0.5
    return (covariance / spread + 1) / 2


def score(profiel: Profiel, kandidaat: Kandidaat) -> int:
    total = 100 * similarity(profiel.scores, kandidaat.riasec)
    ratings = [profiel.domeinen[d] for d in kandidaat.domeinen if d in profiel.domeinen]
    if ratings:
        total += (max(ratings) - 3) * DOMAIN_POINTS_PER_STEP
    for voorkeur, letters in PREFERENCE_LETTERS.items():
        if voorkeur in profiel.voorkeuren:
            fit = mean(kandidaat.riasec.get(letter, 0) for letter in letters) / 100  # 0..1
            total += (profiel.voorkeuren[voorkeur] - 3) * PREFERENCE_POINTS * (2 * fit - 1)
    if kandidaat.soort_overgang == "logische_vervolgrichting":
        total += LOGICAL_BONUS
    return max(0, min(100, round(total)))


def rank(
    profiel: Profiel,
    kandidaten: list[Kandidaat],
    situatie: Situatie = Situatie(),
    top_per_finaliteit: int | None = None,
) -> list[Suggestie]:
    """Suggestions best first; with `top_per_finaliteit`, the N best of every finaliteit (equal room)."""
    suggestions = [
        Suggestie(
            naam=k.naam,
            score=score(profiel, k),
            soort_overgang=k.soort_overgang,
            redenen=tuple(reasons(profiel, k, situatie)),
            richting=k.richting,
            nu_niet_open=bool(k.richting and k.richting.groepnummer in situatie.niet_open),
        )
        for k in kandidaten
    ]
    suggestions.sort(key=lambda s: (-s.score, SOORT_ORDER.get(s.soort_overgang, 9), s.naam))
    if top_per_finaliteit is None:
        return suggestions
    kept, per_group = [], dict.fromkeys(FINALITEIT_GROUPS, 0)
    for suggestion in suggestions:
        group = suggestion.finaliteit
        if per_group[group] < top_per_finaliteit:
            kept.append(suggestion)
            per_group[group] += 1
    return kept


def by_finaliteit(suggestions: list[Suggestie]) -> dict[str, list[Suggestie]]:
    """Suggestions grouped A, D/A, D and then steps outside secondary school (""), each best first."""
    groups: dict[str, list[Suggestie]] = {group: [] for group in FINALITEIT_GROUPS}
    for suggestion in suggestions:
        groups[suggestion.finaliteit].append(suggestion)
    return groups


def reasons(profiel: Profiel, kandidaat: Kandidaat, situatie: Situatie) -> list[str]:
    """1–3 reasons that name what in the pupil's answers fits what the richting does."""
    found: list[str] = []
    for letter in _shared_strengths(profiel, kandidaat):
        activity = next((a for a in kandidaat.activiteiten if a.riasec.startswith(letter)), None)
        items = profiel.sterkste_items.get(letter, ())
        if activity and items:
            found.append(say("reden.interesse_item", omschrijving=say(f"schaal.{letter}"), item=items[0],
                             activiteit=activity.tekst))
        else:
            found.append(say("reden.interesse", omschrijving=say(f"schaal.{letter}")))
    liked_domains = [d for d in kandidaat.domeinen if profiel.domeinen.get(d, 0) >= 4]
    if liked_domains:
        found.append(say("reden.domein", domein=liked_domains[0]))
    for voorkeur, letters in PREFERENCE_LETTERS.items():
        if profiel.voorkeuren.get(voorkeur, 0) >= 4 and max(kandidaat.riasec.get(x, 0) for x in letters) >= 70:
            found.append(say("reden.voorkeur", wat=say(f"voorkeur.{voorkeur}")))
            break
    if situatie.huidige_naam:
        key = {"logische_vervolgrichting": "reden.logisch", "verwante_richting": "reden.verwant"}.get(
            kandidaat.soort_overgang, "reden.volgende_stap"
        )
        if kandidaat.soort_overgang != "volgende_graad":
            found.append(say(key, huidige=situatie.huidige_naam))
    if not found:
        found.append(say("reden.vlak"))
    if kandidaat.richting and kandidaat.richting.groepnummer in situatie.niet_open:
        return [say("reden.niet_open"), *found[:2]]
    return found[:3]


def _shared_strengths(profiel: Profiel, kandidaat: Kandidaat) -> list[str]:
    """The pupil's strong letters (≥ 60 and among their top three) that are also strong in the richting."""
    ordered = sorted(
        (letter for letter in RIASEC if (profiel.scores.get(letter) or 0) >= 60),
        key=lambda letter: -(profiel.scores.get(letter) or 0),
    )[:3]
    return [letter for letter in ordered if kandidaat.riasec.get(letter, 0) >= 60][:2]
