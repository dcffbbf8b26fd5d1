"""Pure scoring of answers: scale scores 0–100, Holland code with ties, completeness and warning signals."""

from statistics import mean, pstdev

from studiekeuze.models import Antwoorden, Profiel, Signaal, Vragenlijst
from studiekeuze.texts import say
from studiekeuze.vocabulary import RIASEC, STERK, Vorm

MIN_ANSWERS_PER_SCALE = 3
STRAIGHT_LINE_MIN_ANSWERS = 10
FLAT_PROFILE_SPREAD = 8.0
SPLIT_HALF_GAP = 2.5


def scale_score(answers: list[int]) -> int | None:
    """Mean answer 1–5 mapped onto 0–100; None when the scale has no answer."""
    return round((mean(answers) - 1) / 4 * 100) if answers else None


def holland_code(scores: dict[str, int | None]) -> str:
    """The three strongest letters; letters with equal scores are grouped in brackets: "R(IA)".

    A tie that straddles third place is shown whole, so "RI(AS)" means A and S share third place.
    """
    known = [(letter, score) for letter, score in scores.items() if score is not None]
    known.sort(key=lambda pair: (-pair[1], RIASEC.index(pair[0])))
    groups: list[list[str]] = []
    for letter, score in known:
        if groups and scores[groups[-1][0]] == score:
            groups[-1].append(letter)
        else:
            groups.append([letter])
    code, taken = "", 0
    for group in groups:
        if taken >= 3:
            break
        code += group[0] if len(group) == 1 else "(" + "".join(group) + ")"
        taken += len(group)
    return code


def infer_form(antwoorden: Antwoorden, vragenlijst: Vragenlijst) -> str:
    if antwoorden.vorm:
        return antwoorden.vorm
    per_id = vragenlijst.per_id
    short_only = all(per_id[item_id].kort for item_id in antwoorden.antwoorden)
    return Vorm.KORT.value if antwoorden.antwoorden and short_only else Vorm.VOLLEDIG.value


def score(antwoorden: Antwoorden, vragenlijst: Vragenlijst) -> Profiel:
    vorm = infer_form(antwoorden, vragenlijst)
    form_items = vragenlijst.vorm(kort=vorm == Vorm.KORT)
    given = antwoorden.antwoorden
    per_scale: dict[str, list[tuple[str, int]]] = {letter: [] for letter in RIASEC}
    for vraag in form_items:
        if vraag.soort == "interesse" and vraag.id in given:
            per_scale[vraag.schaal].append((vraag.tekst, given[vraag.id]))
    scores = {letter: scale_score([a for _, a in pairs]) for letter, pairs in per_scale.items()}
    answered = sum(1 for vraag in form_items if vraag.id in given)
    volledigheid = round(100 * answered / len(form_items)) if form_items else 0
    by_id = vragenlijst.per_id
    return Profiel(
        scores=scores,
        code=holland_code(scores),
        volledigheid=volledigheid,
        vorm=vorm,
        signalen=tuple(_signals(per_scale, scores, answered, len(form_items), form_items, given)),
        domeinen={by_id[i].domein: a for i, a in given.items() if by_id[i].soort == "domein"},
        voorkeuren={by_id[i].voorkeur: a for i, a in given.items() if by_id[i].soort == "voorkeur"},
        zekerheid=next((a for i, a in given.items() if by_id[i].soort == "zekerheid"), None),
        sterkste_items={
            letter: tuple(text for text, answer in sorted(pairs, key=lambda p: -p[1]) if answer >= 4)
            for letter, pairs in per_scale.items()
        },
        item_domeinen={v.tekst: v.domeinen for v in form_items if v.domeinen},
        item_themas={v.tekst: v.thema for v in form_items if v.thema},
    )


def strong_letters(profiel: Profiel) -> list[str]:
    """The letters that stand out in a profile, strongest first; none for a flat profile (vocabulary.SterkeLetters).

    The one rule for the profile text, the chart, the reasons and the sheet: the service hands its result to each.
    """
    known = {letter: value for letter, value in profiel.scores.items() if value is not None}
    if not known or max(known.values()) - min(known.values()) < STERK.vlak:
        return []
    ordered = sorted(known.values())
    middle = (ordered[(len(ordered) - 1) // 2] + ordered[len(ordered) // 2]) / 2
    strong = [letter for letter, value in known.items() if value >= STERK.hoog]
    if not strong:
        strong = [letter for letter, value in known.items()
                  if value >= STERK.minimum and value - middle >= STERK.boven_midden]
    strong.sort(key=lambda letter: (-known[letter], RIASEC.index(letter)))
    return strong[:STERK.hoogstens]


def profile_from_scores(scores: dict[str, int]) -> Profiel:
    """A profile given directly as scale scores (e.g. from the command line), without answers."""
    return Profiel(scores=dict(scores), code=holland_code(dict(scores)), volledigheid=100, vorm=Vorm.SCORES.value)


def _signals(per_scale, scores, answered, total, form_items, given) -> list[Signaal]:
    signals = []
    if answered < total:
        signals.append(Signaal("onvolledig", say("signaal.onvolledig", beantwoord=answered, totaal=total)))
    thin = [letter for letter, pairs in per_scale.items() if len(pairs) < MIN_ANSWERS_PER_SCALE]
    if thin and answered:
        signals.append(Signaal("schaal_onzeker", say("signaal.schaal_onzeker", schalen=", ".join(thin))))
    interest_answers = [a for pairs in per_scale.values() for _, a in pairs]
    if len(interest_answers) >= STRAIGHT_LINE_MIN_ANSWERS and len(set(interest_answers)) == 1:
        signals.append(Signaal("rechte_lijn", say("signaal.rechte_lijn", antwoord=interest_answers[0])))
    known = [s for s in scores.values() if s is not None]
    if len(known) == len(RIASEC) and pstdev(known) < FLAT_PROFILE_SPREAD and len(set(interest_answers)) > 1:
        signals.append(Signaal("vlak_profiel", say("signaal.vlak_profiel")))
    contradictory = [letter for letter, pairs in per_scale.items() if _halves_disagree([a for _, a in pairs])]
    if len(contradictory) >= 2:
        signals.append(Signaal("tegenstrijdig", say("signaal.tegenstrijdig", schalen=", ".join(contradictory))))
    return signals


def _halves_disagree(answers: list[int]) -> bool:
    """Odd- and even-numbered items of one scale should roughly agree; a large gap hints at careless answers."""
    if len(answers) < 4:
        return False
    return abs(mean(answers[0::2]) - mean(answers[1::2])) >= SPLIT_HALF_GAP
