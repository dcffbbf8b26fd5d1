"""One pupil's outcome: profile, strong letters, situation and the suggestions per finaliteit every front end shows.

The command line, the app's pages, the PDF and the class batch all take what they show from `uitkomst`; none of
them decides which options, in which order or how many. The counsellor's choices come in as plain data: the
pupil's own record (`Leerling`: situation, niet_open, extra, zonder, as an answers file or a session holds them)
and `Keuzes` (the command line's options, or what the app passes on top).
"""

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace

from studiekeuze.content.repository import ContentRepository
from studiekeuze.errors import InvalidInput, NotFoundError, UnknownSituation
from studiekeuze.matching import Situatie, group_order, rank
from studiekeuze.models import Antwoorden, Leerling, Profiel, Richting, Suggestie
from studiekeuze.next_steps import chosen_candidate, gather_candidates, resolve_situation, situation_of
from studiekeuze.questionnaire.scoring import score, strong_letters
from studiekeuze.textnorm import fold
from studiekeuze.texts import say

DEFAULT_PER_FINALITEIT = 2  # the room of one finaliteit on the sheet; the app shows the same cards
MAX_REASONS = 3
# The most cards one sheet holds: at its lowest detail two pages take 16 of the longest names with a long note
# (tests/core/test_pdf.py). More can only come from the counsellor's choices, who then hears so.
MAX_KAARTEN = 16


@dataclass(frozen=True)
class Keuzes:
    """What the counsellor decided for this pupil's sheet, on top of what the pupil's record (`Leerling`) says.

    `van` (a groepnummer or name) or `naar_graad` replace the record's situation; `niet_open`, `extra` and `zonder`
    add to the record's lists (groepnummers or names; a step after secondary school by its name). `per_finaliteit`
    is how many suggestions every group shows; `per_groep` overrides it for one group ("A", "D/A", "D", or "" for
    the steps after secondary school), e.g. after "meer tonen".
    """

    van: str | None = None
    naar_graad: int | None = None
    niet_open: tuple[str, ...] = ()
    extra: tuple[str, ...] = ()
    zonder: tuple[str, ...] = ()
    per_finaliteit: int = DEFAULT_PER_FINALITEIT
    per_groep: Mapping[str, int] = field(default_factory=dict)

    def aantal(self, groep: str) -> int:
        """How many of the group's best suggestions are shown (the counsellor's additions come on top)."""
        return max(0, self.per_groep.get(groep, self.per_finaliteit))


@dataclass(frozen=True)
class Suggestiegroep:
    """The suggestions of one finaliteit ("" = the steps after secondary school), each tuple in ranking order.

    `getoond`: what the app and the sheet show (the best `Keuzes.aantal` plus the counsellor's additions);
    `meer`: the other ranked suggestions, best first (for "meer tonen"); `weggelaten`: those the counsellor left out.
    """

    finaliteit: str
    getoond: tuple[Suggestie, ...]
    meer: tuple[Suggestie, ...] = ()
    weggelaten: tuple[Suggestie, ...] = ()


@dataclass(frozen=True)
class Uitkomst:
    """Everything decided for one pupil; the worded advice (`advice.word_advice`) and every screen show this.

    `niet_open`: groepnummers the attest does not open now; `extra` and `zonder`: the keys (`Suggestie.sleutel`) of
    what the counsellor added and left out, resolved and checked. `groepen` are in the order of the sheet
    (`matching.group_order`); a group appears when it has any suggestion at all.
    """

    profiel: Profiel
    sterke_letters: tuple[str, ...]
    leerling: Leerling | None
    huidige: Richting | None
    naar_graad: int | None
    situatie: Situatie
    groepen: tuple[Suggestiegroep, ...]
    keuzes: Keuzes = Keuzes()
    niet_open: tuple[str, ...] = ()
    extra: tuple[str, ...] = ()
    zonder: tuple[str, ...] = ()

    @property
    def suggesties(self) -> tuple[Suggestie, ...]:
        """What is shown, group after group: the cards of the app and of the sheet, in their order."""
        return tuple(s for groep in self.groepen for s in groep.getoond)

    @property
    def rangschikking(self) -> tuple[Suggestie, ...]:
        """Every suggestion that is not left out, shown or not, group after group."""
        return tuple(s for groep in self.groepen for s in (*groep.getoond, *groep.meer))


def uitkomst(
    repository: ContentRepository,
    bron: Antwoorden | Profiel,
    keuzes: Keuzes = Keuzes(),
    *,
    leerling: Leerling | None = None,
    rangschikking: Sequence[Suggestie] | None = None,
) -> Uitkomst:
    """The outcome for one pupil.

    Args:
        repository: an open content repository (shared across pupils).
        bron: the pupil's answers (scored here) or an already scored profile.
        keuzes: the counsellor's choices on top of the pupil's record.
        leerling: the pupil's record; by default the one in the answers (`bron.leerling`).
        rangschikking: suggestions already ranked (best first) instead of matching here.

    Raises:
        UnknownSituation: neither the choices nor the record say where the pupil is now.
        NotFoundError, InvalidInput: a choice names no richting, or a richting both added and left out.
    """
    if leerling is None and isinstance(bron, Antwoorden):
        leerling = bron.leerling
    profiel = score(bron, repository.vragenlijst) if isinstance(bron, Antwoorden) else bron
    huidige, naar_graad = _situation(repository, leerling, keuzes, needed=rangschikking is None)
    own = leerling or Leerling()
    niet_open = tuple(sorted({repository.find(key).groepnummer for key in (*own.niet_open, *keuzes.niet_open)}))
    situatie = situation_of(huidige, niet_open)
    extra_keys = (*own.extra, *keuzes.extra)
    if rangschikking is None:
        kandidaten = gather_candidates(repository, huidige, naar_graad, profiel)
        extra = _resolve_all(repository, extra_keys, _step_names(k.naam for k in kandidaten if k.richting is None),
                             huidige)
        offered = {k.richting.groepnummer if k.richting else k.naam for k in kandidaten}
        kandidaten += [chosen_candidate(repository, key) for key in extra if key not in offered]
        ranked = rank(profiel, kandidaten, situatie)
    else:
        # Suggestions given (tests, a saved ranking): an added richting that is not among them is not worded here.
        ranked = list(rangschikking)
        extra = _resolve_all(repository, extra_keys, _step_names(s.naam for s in ranked if s.richting is None),
                             huidige)
    zonder = _resolve_all(repository, (*own.zonder, *keuzes.zonder),
                          _step_names(s.naam for s in ranked if s.richting is None))
    both = sorted(set(extra) & set(zonder))
    if both:
        names = ", ".join(_name(repository, key) for key in both)
        raise InvalidInput(f"{names} staat zowel bij de richtingen om toe te voegen als bij die om weg te laten. "
                           "Kies één van de twee.")
    ranked = [_chosen(s) if s.sleutel in extra else s for s in ranked]
    groepen = _groups(ranked, group_order(situatie), keuzes, set(zonder))
    shown = sum(len(g.getoond) for g in groepen)
    if shown > MAX_KAARTEN:
        raise InvalidInput(f"Op één advies passen hoogstens {MAX_KAARTEN} richtingen; nu zijn het er {shown}. "
                           "Laat er een paar weg of toon er minder per finaliteit.")
    return Uitkomst(
        profiel=profiel,
        sterke_letters=tuple(strong_letters(profiel)),
        leerling=leerling,
        huidige=huidige,
        naar_graad=naar_graad,
        situatie=situatie,
        groepen=groepen,
        keuzes=keuzes,
        niet_open=niet_open,
        extra=tuple(extra),
        zonder=tuple(zonder),
    )


def _chosen(suggestie: Suggestie) -> Suggestie:
    """A suggestion the counsellor put on the sheet: marked, and its first reason says so."""
    reason = say("reden.begeleider")
    redenen = (reason, *(r for r in suggestie.redenen if r != reason))[:MAX_REASONS]
    return replace(suggestie, door_begeleider=True, redenen=redenen)


def _situation(repository: ContentRepository, leerling: Leerling | None, keuzes: Keuzes, needed: bool
               ) -> tuple[Richting | None, int | None]:
    try:
        return resolve_situation(repository, leerling, keuzes.van, keuzes.naar_graad)
    except UnknownSituation:
        if needed:
            raise
        return None, None  # suggestions given: where the pupil is only words the header


def _groups(ranked: list[Suggestie], order: tuple[str, ...], keuzes: Keuzes, zonder: set[str]
            ) -> tuple[Suggestiegroep, ...]:
    members: dict[str, list[Suggestie]] = {code: [] for code in order}
    for suggestie in ranked:
        members.setdefault(suggestie.finaliteit, []).append(suggestie)
    groups = []
    for code, found in members.items():
        kept = [s for s in found if s.sleutel not in zonder]
        best = {id(s) for s in kept[:keuzes.aantal(code)]}
        shown = tuple(s for s in kept if id(s) in best or s.door_begeleider)
        group = Suggestiegroep(code, shown, tuple(s for s in kept if s not in shown),
                               tuple(s for s in found if s.sleutel in zonder))
        if group.getoond or group.meer or group.weggelaten:
            groups.append(group)
    return tuple(groups)


def _step_names(names) -> dict[str, str]:
    return {fold(name).strip(): name for name in names}


def _resolve_all(repository: ContentRepository, keys: Sequence[str], steps: dict[str, str],
                 huidige: Richting | None = None) -> list[str]:
    found = [_resolve(repository, key, steps, huidige) for key in keys if key and key.strip()]
    return list(dict.fromkeys(found))


def _resolve(repository: ContentRepository, key: str, steps: dict[str, str], huidige: Richting | None = None) -> str:
    """A counsellor's key → a groepnummer, or the name of a step after secondary school among the suggestions."""
    if fold(key).strip() in steps:
        return steps[fold(key).strip()]
    try:
        groepnummer = repository.find(key).groepnummer
    except NotFoundError as error:
        raise NotFoundError(f"Bij de keuzes van de begeleider: {error}") from error
    if huidige is not None and groepnummer == huidige.groepnummer:
        raise InvalidInput(f"{huidige.naam} is de richting waar de leerling nu zit; die kan niet op het advies.")
    return groepnummer


def _name(repository: ContentRepository, key: str) -> str:
    summary = repository.summaries.get(key)
    return summary.naam if summary else key

