"""From a pupil's situation to candidate next steps (via the overgangen in the database) and ranked suggestions."""

from studiekeuze.content.repository import ContentRepository
from studiekeuze.errors import UnknownSituation
from studiekeuze.matching import Kandidaat, Situatie, rank
from studiekeuze.models import Leerling, Profiel, Richting, Suggestie

NEXT_GRAAD = {1: 2, 2: 3, 3: 7}

STEPS_OUT_OF_SCHOOL = {"graduaat", "bachelor", "arbeidsmarkt"}


def next_graad_of(richting: Richting) -> int | None:
    return NEXT_GRAAD.get(richting.graad)


def resolve_situation(
    repository: ContentRepository, leerling: Leerling | None, van: str | None = None, naar_graad: int | None = None
) -> tuple[Richting | None, int | None]:
    """Where the pupil is now: the richting given (`van`), else the next graad given, else the answers file's."""
    if van:
        return repository.richting(repository.find(van).groepnummer), None
    if naar_graad:
        return None, naar_graad
    if leerling and leerling.huidige_richting:
        return repository.richting(repository.find(leerling.huidige_richting).groepnummer), None
    if leerling and leerling.huidige_graad in NEXT_GRAAD:
        return None, NEXT_GRAAD[leerling.huidige_graad]
    raise UnknownSituation()


def gather_candidates(
    repository: ContentRepository, huidige: Richting | None, naar_graad: int | None
) -> list[Kandidaat]:
    """The overgangen of the current richting (logical first, then related ones in other finaliteiten, then
    steps out of school); without usable overgangen, every richting of the next graad."""
    if huidige is not None:
        steps = []
        for overgang in huidige.overgangen_naar:
            if overgang.doel is not None:
                steps.append(_richting_candidate(repository, overgang.doel.groepnummer, overgang.soort))
            elif overgang.soort in STEPS_OUT_OF_SCHOOL:
                # A graduaat, bachelor or job continues the current field: it is judged by the current profile.
                steps.append(
                    Kandidaat(overgang.naam, overgang.soort, huidige.riasec, huidige.activiteiten,
                              huidige.samenvatting.domeinen)
                )
        if any(step.richting for step in steps):
            return steps
        naar_graad = naar_graad or next_graad_of(huidige)
        if naar_graad is None:
            return steps
        return steps + _whole_graad(repository, naar_graad)
    if naar_graad is None:
        raise UnknownSituation()
    return _whole_graad(repository, naar_graad)


def suggest(
    repository: ContentRepository,
    profiel: Profiel,
    huidige: Richting | None = None,
    naar_graad: int | None = None,
    niet_open: tuple[str, ...] = (),
    top_per_finaliteit: int | None = None,
) -> list[Suggestie]:
    kandidaten = gather_candidates(repository, huidige, naar_graad)
    situatie = Situatie(huidige.naam if huidige else "", frozenset(niet_open))
    return rank(profiel, kandidaten, situatie, top_per_finaliteit)


def _richting_candidate(repository: ContentRepository, groepnummer: str, soort: str) -> Kandidaat:
    richting = repository.richting(groepnummer)
    return Kandidaat(richting.naam, soort, richting.riasec, richting.activiteiten, richting.samenvatting.domeinen,
                     richting.samenvatting)


def _whole_graad(repository: ContentRepository, graad: int) -> list[Kandidaat]:
    return [
        _richting_candidate(repository, summary.groepnummer, "volgende_graad")
        for summary in repository.search("", graad=graad)
    ]
