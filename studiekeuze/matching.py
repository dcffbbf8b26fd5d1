"""Pure matching: a pupil's profile and situation → ranked next steps, each with its evidence and 1–3 reasons.

The fit of a richting uses the whole six-score profile: SHAPE_WEIGHT of it is the Pearson correlation of pupil and
richting scores (both centred), the rest is the closeness of the levels (100 minus the mean absolute difference), so
two richtingen with the same strongest letter still differ by their other letters. When either profile is flat
(spread below FLAT_SPREAD points) correlation means nothing and only the closeness of levels counts. The fit is
stretched from FIT_FLOOR to 1, so that good fits spread apart, and gives at most FIT_POINTS. Interest in the
richting's studiedomein adds up to ±2 × DOMAIN_POINTS_PER_STEP, the kind of work the pupil likes (people, things,
ideas, data) up to ±2 × PREFERENCE_POINTS each, and the logical continuation of the current richting LOGICAL_BONUS,
because the overgang itself is evidence of fit. The sum stays below 100, so a clear profile does not give a pile of
equal 100s. The finaliteit of a richting never enters the score.

Equal scores are ordered by the strength of their evidence (officieel, bron, studiedomein, redactie), then by how
close the step is to the current richting, then by the content's own order — never by name alone. Only richtingen
whose derived profiles are (nearly) identical can still share a score.
"""

import collections
from dataclasses import dataclass, field

from studiekeuze.models import RIASEC, Activiteit, Profiel, RichtingSamenvatting, Suggestie
from studiekeuze.questionnaire.scoring import strong_letters
from studiekeuze.textnorm import first_lower, stems
from studiekeuze.texts import say
from studiekeuze.vocabulary import Bewijs

FLAT_SPREAD = 5.0
SHAPE_WEIGHT = 0.2
# The fit is stretched from FIT_FLOOR (no fit at all; real candidates score 0.45–0.95) to 1, so that similar
# richtingen spread over the scale instead of piling up on one score.
FIT_FLOOR = 0.4
FIT_POINTS = 84.0
DOMAIN_POINTS_PER_STEP = 3.0  # the pupil's rating 1–5 of the richting's best domain: (rating - 3) × this
PREFERENCE_POINTS = 1.0  # per answer step and preference, times how much the richting is of that kind (±1)
LOGICAL_BONUS = 4.0
STRONG_IN_RICHTING = 60  # a letter this high in a richting's profile is something you do a lot there
PREFERENCE_LETTERS = {"mensen": "SE", "dingen": "R", "ideeen": "IA", "gegevens": "C"}
LEARNING_LETTERS = {"praktijk": "R", "theorie": "I"}
LIKED = 4  # an answer of 4 or 5: "graag", "heel graag", "waar", "helemaal waar"

# How close a step is to the current richting (lower is closer); an overgang the content states is closer than one
# the matching adds.
NABIJHEID = {
    "logische_vervolgrichting": 0,
    "verwante_richting": 1, "specialisatiejaar": 1, "se_n_se": 1, "graduaat": 1, "bachelor": 1, "arbeidsmarkt": 1,
    "eigen_domein": 2, "verwant_domein": 2, "gekozen_domein": 3, "volgende_graad": 4,
}
FINALITEIT_GROUPS = ("A", "D/A", "D", "")
STEPS_OUT_OF_SCHOOL = ("graduaat", "bachelor", "arbeidsmarkt")


@dataclass(frozen=True)
class Kandidaat:
    """A possible next step with what matching needs to know about it.

    `soort_overgang` is the kind of overgang the content states, or, for a step the matching adds, why it was added:
    eigen_domein (same studiedomein as the current richting), verwant_domein (a domain the current richting's
    overgangen lead to), gekozen_domein (a domain the pupil likes) or volgende_graad (any richting of the next
    graad). `volgorde` keeps the content's own order of the overgangen.
    """

    naam: str
    soort_overgang: str
    riasec: dict[str, int]
    activiteiten: tuple[Activiteit, ...] = ()
    domeinen: tuple[str, ...] = ()
    richting: RichtingSamenvatting | None = None
    bewijs: str = Bewijs.REDACTIE
    reden: str = ""  # the overgang's own reason, as the content states it
    bron: str = ""
    gedeelde_bks: tuple[str, ...] = ()
    opleiding_soort: str = ""
    toelating: str = ""
    volgorde: int = 0
    woorden: frozenset[str] = frozenset()  # stems of the richting's own texts, to pick the item it is about

    @property
    def nabijheid(self) -> int:
        return NABIJHEID.get(self.soort_overgang, 9)


@dataclass(frozen=True)
class Situatie:
    """Where the pupil is now: the current richting (if any) and the richtingen the attest does not open now."""

    huidige_naam: str = ""
    niet_open: frozenset[str] = field(default_factory=frozenset)
    huidige_finaliteit: str = ""
    huidige_graad: int | None = None
    huidige_domeinen: tuple[str, ...] = ()


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
    closeness = 1 - mean(abs(a - b) for a, b in zip(p, r, strict=True)) / 100
    if pstdev(p) < FLAT_SPREAD or pstdev(r) < FLAT_SPREAD:
        return closeness
    mp, mr = mean(p), mean(r)
    covariance = sum((a - mp) * (b - mr) for a, b in zip(p, r, strict=True))
    spread = (sum((a - mp) ** 2 for a in p) * sum((b - mr) ** 2 for b in r)) ** 0.5
    shape = (covariance / spread + 1) / 2
    return SHAPE_WEIGHT * shape + (1 - SHAPE_WEIGHT) * closeness


def score(profiel: Profiel, kandidaat: Kandidaat) -> int:
    fit = similarity(profiel.scores, kandidaat.riasec)
    total = FIT_POINTS * max(0.0, (fit - FIT_FLOOR) / (1 - FIT_FLOOR))
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
    scored = [(score(profiel, k), k) for k in kandidaten]
    # The n-th step of its kind (the 1st bachelor, the 1st job …), so that kinds can take turns.
    seen: collections.Counter[str] = collections.Counter()
    occurrence = {}
    for kandidaat in sorted(kandidaten, key=lambda k: k.volgorde):
        occurrence[id(kandidaat)] = seen[kandidaat.soort_overgang]
        seen[kandidaat.soort_overgang] += 1
    scored.sort(key=lambda pair: (-pair[0], *_tie_break(pair[1], situatie, profiel, occurrence[id(pair[1])])))
    suggestions = []
    used_activities: set[str] = set()
    for value, kandidaat in scored:
        suggestion = _suggestion(profiel, kandidaat, value, situatie, used_activities)
        suggestions.append(suggestion)
    if top_per_finaliteit is None:
        return suggestions
    kept, per_group = [], dict.fromkeys(FINALITEIT_GROUPS, 0)
    for suggestion in suggestions:
        group = suggestion.finaliteit
        if per_group[group] < top_per_finaliteit:
            kept.append(suggestion)
            per_group[group] += 1
    return kept


def _tie_break(kandidaat: Kandidaat, situatie: Situatie, profiel: Profiel, occurrence: int) -> tuple:
    bewijs = Bewijs(kandidaat.bewijs)
    return (-bewijs.strength, kandidaat.nabijheid, *_kind_order(kandidaat, situatie, profiel, occurrence),
            kandidaat.volgorde, kandidaat.naam)


def _kind_order(kandidaat: Kandidaat, situatie: Situatie, profiel: Profiel, occurrence: int) -> tuple[int, int]:
    """Among steps after secondary school: a D pupil's bachelors first; a D/A pupil's higher education and work take
    turns (it prepares for both), as do an A pupil's job and graduaat; a pupil who wants to study longer or to work
    soon moves those steps forward. (All these steps share the current richting's fit, so this decides.)"""
    soort = kandidaat.soort_overgang
    if soort not in STEPS_OUT_OF_SCHOOL:
        return (0, 0)
    order = {"D": ("bachelor", "graduaat", "arbeidsmarkt"), "D/A": ("bachelor", "arbeidsmarkt", "graduaat"),
             "A": ("arbeidsmarkt", "graduaat", "bachelor")}.get(situatie.huidige_finaliteit,
                                                             ("graduaat", "bachelor", "arbeidsmarkt"))
    kind = order.index(soort)
    if profiel.voorkeuren.get("verder_studeren", 0) >= LIKED and soort != "arbeidsmarkt":
        kind -= 3
    if profiel.voorkeuren.get("snel_werken", 0) >= LIKED and soort == "arbeidsmarkt":
        kind -= 3
    return (kind, occurrence) if situatie.huidige_finaliteit == "D" else (occurrence, kind)


def _suggestion(profiel: Profiel, kandidaat: Kandidaat, value: int, situatie: Situatie,
                used_activities: set[str]) -> Suggestie:
    return Suggestie(
        naam=kandidaat.naam,
        score=value,
        soort_overgang=kandidaat.soort_overgang,
        redenen=tuple(reasons(profiel, kandidaat, situatie, used_activities)),
        richting=kandidaat.richting,
        nu_niet_open=bool(kandidaat.richting and kandidaat.richting.groepnummer in situatie.niet_open),
        bewijs=kandidaat.bewijs,
        bron=kandidaat.bron,
        gedeelde_bks=kandidaat.gedeelde_bks,
        opleiding_soort=kandidaat.opleiding_soort,
        toelating=kandidaat.toelating,
        overstap=bool(kandidaat.richting and kandidaat.richting.finaliteit == "D"
                      and situatie.huidige_finaliteit in ("A", "D/A")),
    )


def group_order(situatie: Situatie) -> tuple[str, ...]:
    """The order of the finaliteit groups on a sheet: a D or D/A pupil at the end of secondary school sees the steps
    after secondary school (their direct step to higher education) first; everyone else A, D/A, D, then those."""
    if situatie.huidige_graad in (3, 7) and situatie.huidige_finaliteit in ("D", "D/A"):
        return ("", "D/A", "A", "D")
    return FINALITEIT_GROUPS


def by_finaliteit(suggestions: list[Suggestie], order: tuple[str, ...] = FINALITEIT_GROUPS
                  ) -> dict[str, list[Suggestie]]:
    """Suggestions grouped per finaliteit ("" = steps after secondary school), groups in `order`, each best first."""
    groups: dict[str, list[Suggestie]] = {group: [] for group in order}
    for suggestion in suggestions:
        groups.setdefault(suggestion.finaliteit, []).append(suggestion)
    return groups


# --- reasons ---------------------------------------------------------------------------------------------------
def reasons(profiel: Profiel, kandidaat: Kandidaat, situatie: Situatie,
            used_activities: set[str] | None = None) -> list[str]:
    """1–3 reasons in plain Dutch: what this pupil answered and what is done in this richting, why this step."""
    used = used_activities if used_activities is not None else set()
    found: list[str] = []
    interest = _interest_reason(profiel, kandidaat, used)
    if interest:
        found.append(interest)
    found += _step_reasons(kandidaat, situatie)
    liked_domains = [d for d in kandidaat.domeinen if profiel.domeinen.get(d, 0) >= LIKED]
    if liked_domains and kandidaat.soort_overgang != "gekozen_domein":
        found.append(say("reden.domein", domein=_domain_words(liked_domains[0])))
    found += _preference_reasons(profiel, kandidaat)[:1]
    if not found:
        found.append(say("reden.vlak") if not strong_letters(profiel) else say("reden.minder"))
    if kandidaat.richting and kandidaat.richting.groepnummer in situatie.niet_open:
        return [say("reden.niet_open"), *found[:2]]
    return found[:3]


def _interest_reason(profiel: Profiel, kandidaat: Kandidaat, used: set[str]) -> str:
    """The pupil's strongest letter that is strong in the richting too, with one liked item and one activity."""
    if kandidaat.richting is None:
        return ""  # a step after secondary school has no activities of its own
    for letter in strong_letters(profiel):
        if kandidaat.riasec.get(letter, 0) < STRONG_IN_RICHTING:
            continue
        activity = _activity(kandidaat, letter, used)
        item = _liked_item(profiel, letter, kandidaat)
        if activity is None:
            return say(f"houdt_van.{letter}")
        used.add(activity.tekst)
        if item:
            return say("reden.item_activiteit", item=first_lower(item).rstrip(". "),
                       activiteit=first_lower(activity.tekst))
        return say("reden.letter_activiteit", houdt_van=say(f"houdt_van.{letter}"),
                   activiteit=first_lower(activity.tekst))
    return ""


def _activity(kandidaat: Kandidaat, letter: str, used: set[str]) -> Activiteit | None:
    """An activity of the richting whose first Holland letter is `letter`; one not yet named on another card first."""
    matching = [a for a in kandidaat.activiteiten if a.riasec.startswith(letter)]
    matching = matching or [a for a in kandidaat.activiteiten if letter in a.riasec]
    fresh = [a for a in matching if a.tekst not in used]
    return next(iter(fresh or matching), None)


def _liked_item(profiel: Profiel, letter: str, kandidaat: Kandidaat) -> str:
    """Of the items of a scale the pupil likes, the one most about this richting: same domain, shared words."""
    items = profiel.sterkste_items.get(letter, ())
    if not items:
        return ""

    def about(item: str) -> tuple[int, int]:
        same_domain = bool(set(profiel.item_domeinen.get(item, ())) & set(kandidaat.domeinen))
        return (len(stems(f"{item} {profiel.item_themas.get(item, '')}") & kandidaat.woorden), same_domain)

    # max keeps the first of equals, and the items come most liked first. An item about something else entirely
    # would make a strange reason ("you like caring for plants; here you calculate beams"): then the letter speaks.
    best = max(items, key=about)
    return best if any(about(best)) else ""


def _step_reasons(kandidaat: Kandidaat, situatie: Situatie) -> list[str]:
    """Why this step follows from where the pupil is now."""
    huidige = situatie.huidige_naam
    if not huidige:
        return []
    soort = kandidaat.soort_overgang
    if soort == "eigen_domein":
        domein = next((d for d in kandidaat.domeinen if d in situatie.huidige_domeinen), kandidaat.domeinen[0])
        return [say("reden.eigen_domein", huidige=huidige, domein=_domain_words(domein))]
    if soort == "verwant_domein":
        return [say("reden.verwant_domein", huidige=huidige, domein=_domain_words(kandidaat.domeinen[0]))]
    if soort == "gekozen_domein":
        return [say("reden.domein", domein=_domain_words(kandidaat.domeinen[0]))]
    if soort == "volgende_graad":
        return [say("reden.volgende_graad")]
    if kandidaat.reden:
        return [say("reden.overgang", huidige=huidige, reden=first_lower(kandidaat.reden))]
    if soort == "logische_vervolgrichting":
        return [say("reden.logisch", huidige=huidige)]
    return [say("reden.volgende_stap", huidige=huidige)]


def _preference_reasons(profiel: Profiel, kandidaat: Kandidaat) -> list[str]:
    """How the pupil likes to learn and work, where this step fits it; these only explain, they never exclude."""
    found = []
    soort = kandidaat.soort_overgang
    if soort in ("graduaat", "bachelor") and profiel.voorkeuren.get("verder_studeren", 0) >= LIKED:
        found.append(say("reden.verder_studeren"))
    if soort == "arbeidsmarkt" and profiel.voorkeuren.get("snel_werken", 0) >= LIKED:
        found.append(say("reden.snel_werken"))
    if kandidaat.richting is None:
        return found
    for voorkeur, letter in LEARNING_LETTERS.items():
        if profiel.voorkeuren.get(voorkeur, 0) >= LIKED and kandidaat.riasec.get(letter, 0) >= STRONG_IN_RICHTING:
            found.append(say(f"reden.{voorkeur}"))
    for voorkeur, letters in PREFERENCE_LETTERS.items():
        if profiel.voorkeuren.get(voorkeur, 0) >= LIKED and \
                max(kandidaat.riasec.get(x, 0) for x in letters) >= STRONG_IN_RICHTING + 10:
            found.append(say("reden.voorkeur", wat=say(f"voorkeur.{voorkeur}")))
    return found


def _domain_words(domein: str) -> str:
    """A domain name inside a sentence: lower case, but STEM stays STEM."""
    return first_lower(domein)
