"""From a pupil's situation to candidate next steps and ranked suggestions, with options in every finaliteit.

The overgangen of the current richting come first. Where they leave a finaliteit of the next graad empty, the best
fitting richtingen of that finaliteit are added from the pupil's own studiedomein (evidence: studiedomein), then
from the domains the current richting's overgangen lead to (for a domeinoverschrijdend richting these are its
fields), then from the domains the pupil likes (studiedomein), and only then from the whole graad (redactie) —
never silently nothing. After the 3rd graad the same holds for the Se-n-Se (and, for A and D/A pupils, the
specialisatiejaren); steps into higher education and work come only from the content. Richtingen tied to a school's
pedagogical project or to a sport status are suggested only to a pupil who is already in one.
"""

from studiekeuze import vocabulary
from studiekeuze.content.repository import ContentRepository
from studiekeuze.errors import UnknownSituation
from studiekeuze.matching import Kandidaat, Situatie, rank
from studiekeuze.models import Leerling, Overgang, Profiel, Richting, Suggestie
from studiekeuze.textnorm import prefixes
from studiekeuze.vocabulary import Bewijs

DOMEINOVERSCHRIJDEND = "Domeinoverschrijdend"
LIKED_DOMAIN = 4


def next_graad_of(richting: Richting) -> int | None:
    return vocabulary.volgende_graad(richting.graad)


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
    if leerling and vocabulary.volgende_graad(leerling.huidige_graad) is not None:
        return None, vocabulary.volgende_graad(leerling.huidige_graad)
    raise UnknownSituation()


def situation_of(huidige: Richting | None, niet_open: tuple[str, ...] = ()) -> Situatie:
    if huidige is None:
        return Situatie(niet_open=frozenset(niet_open))
    return Situatie(huidige.naam, frozenset(niet_open), huidige.finaliteit, huidige.graad,
                    huidige.samenvatting.domeinen)


def gather_candidates(
    repository: ContentRepository, huidige: Richting | None, naar_graad: int | None, profiel: Profiel | None = None
) -> list[Kandidaat]:
    """The overgangen of the current richting, then what fills an empty finaliteit (see the module docstring)."""
    if huidige is None:
        if naar_graad is None:
            raise UnknownSituation()
        return [_richting_candidate(repository, s.groepnummer, "volgende_graad", Bewijs.REDACTIE)
                for s in repository.search("", graad=naar_graad) if _open_to(s.project, None)]
    steps = [step for index, overgang in enumerate(huidige.overgangen_naar)
             if (step := _step(repository, huidige, overgang, index)) is not None]
    graad = naar_graad or next_graad_of(huidige)
    if graad is None:
        return steps
    present = {k.richting.finaliteit for k in steps if k.richting and k.richting.graad == graad}
    taken = {k.richting.groepnummer for k in steps if k.richting}
    for finaliteit in _finaliteiten_to_fill(huidige, graad):
        if finaliteit not in present:
            steps += _fill(repository, huidige, profiel, graad, finaliteit, taken)
    return steps


def suggest(
    repository: ContentRepository,
    profiel: Profiel,
    huidige: Richting | None = None,
    naar_graad: int | None = None,
    niet_open: tuple[str, ...] = (),
    top_per_finaliteit: int | None = None,
) -> list[Suggestie]:
    kandidaten = gather_candidates(repository, huidige, naar_graad, profiel)
    return rank(profiel, kandidaten, situation_of(huidige, niet_open), top_per_finaliteit)


def _finaliteiten_to_fill(huidige: Richting, graad: int) -> tuple[str, ...]:
    if graad in (2, 3):
        return vocabulary.finaliteit_codes()
    if graad == 7:
        # A Se-n-Se (D/A) is open to every pupil with a diploma; a specialisatiejaar (A) builds on a practical
        # richting, so only A and D/A pupils get one added.
        return ("D/A", "A") if huidige.finaliteit in ("A", "D/A") else ("D/A",)
    return ()


def _step(repository: ContentRepository, huidige: Richting, overgang: Overgang, index: int) -> Kandidaat | None:
    if overgang.doel is not None:
        if not _open_to(overgang.doel.project, huidige):
            return None
        richting = repository.richting(overgang.doel.groepnummer)
        return Kandidaat(richting.naam, overgang.soort, richting.riasec, richting.activiteiten,
                         richting.samenvatting.domeinen, richting.samenvatting, overgang.bewijs, overgang.reden,
                         overgang.bron, overgang.gedeelde_bks, volgorde=index, woorden=_words(richting))
    kind = vocabulary.soort(overgang.soort)
    if kind is not None and kind.buiten_school:
        # A graduaat, bachelor or job continues the current field: it is judged by the current profile.
        return Kandidaat(overgang.naam, overgang.soort, huidige.riasec, huidige.activiteiten,
                         huidige.samenvatting.domeinen, None, overgang.bewijs, overgang.reden, overgang.bron,
                         opleiding_soort=overgang.opleiding_soort, toelating=overgang.toelating, volgorde=index)
    return None


def _fill(repository: ContentRepository, huidige: Richting, profiel: Profiel | None, graad: int, finaliteit: str,
          taken: set[str]) -> list[Kandidaat]:
    """Richtingen of one finaliteit that the overgangen leave out: the pupil's own domain first, then liked domains,
    then the whole graad. All of the first level that has any are candidates; the ranking picks the best."""
    pool = [s for s in repository.search("", graad=graad, finaliteit=finaliteit)
            if s.groepnummer not in taken and _open_to(s.project, huidige)]
    own = [d for d in huidige.samenvatting.domeinen if d != DOMEINOVERSCHRIJDEND]
    # A domeinoverschrijdend richting (or one whose domain lacks this finaliteit) is close to the domains its own
    # overgangen lead to: Natuurwetenschappen to STEM, Humane wetenschappen to Maatschappij en welzijn.
    related = [d for o in huidige.overgangen_naar if o.doel for d in o.doel.domeinen
               if d != DOMEINOVERSCHRIJDEND and d not in own]
    liked = sorted((d for d, rating in (profiel.domeinen if profiel else {}).items() if rating >= LIKED_DOMAIN),
                   key=lambda d: -(profiel.domeinen[d] if profiel else 0))
    for domains, soort, bewijs in ((own, "eigen_domein", Bewijs.STUDIEDOMEIN),
                                   (related, "verwant_domein", Bewijs.STUDIEDOMEIN),
                                   (liked, "gekozen_domein", Bewijs.STUDIEDOMEIN)):
        chosen = [s for s in pool if set(s.domeinen) & set(domains)]
        if chosen:
            return [_richting_candidate(repository, s.groepnummer, soort, bewijs) for s in chosen]
    return [_richting_candidate(repository, s.groepnummer, "volgende_graad", Bewijs.REDACTIE) for s in pool]


def _open_to(project: str, huidige: Richting | None) -> bool:
    """A richting of a school's project or a sport status is an option only for a pupil already in that project."""
    return not project or (huidige is not None and huidige.samenvatting.project == project)


def chosen_candidate(repository: ContentRepository, groepnummer: str) -> Kandidaat:
    """A richting the counsellor puts on the sheet that no overgang or fill offered: it is ranked like the others
    (so it gets a score and reasons), with the counsellor's choice as what it rests on."""
    return _richting_candidate(repository, groepnummer, vocabulary.BEGELEIDER_SOORT, Bewijs.BEGELEIDER)


def _richting_candidate(repository: ContentRepository, groepnummer: str, soort: str, bewijs: str) -> Kandidaat:
    richting = repository.richting(groepnummer)
    return Kandidaat(richting.naam, soort, richting.riasec, richting.activiteiten, richting.samenvatting.domeinen,
                     richting.samenvatting, bewijs, woorden=_words(richting))


def _words(richting: Richting) -> frozenset[str]:
    found = _WORDS.get(richting.groepnummer)
    if found is None:
        text = " ".join([richting.naam, richting.beschrijving, *richting.zoektermen,
                         *(a.tekst for a in richting.activiteiten)])
        found = _WORDS[richting.groepnummer] = prefixes(text)
    return found


# Stems of a richting's texts, computed once per process (the content does not change while it runs).
_WORDS: dict[str, frozenset[str]] = {}
