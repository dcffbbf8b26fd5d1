"""The program's vocabularies, each defined once with its order; renderers word them from here or from templates."""

from enum import StrEnum


class Bewijs(StrEnum):
    """What an overgang or a suggestion rests on, strongest first.

    officieel: the government's own data (e.g. both richtingen lead to the same beroepskwalificatie);
    bron: a school or CLB page that states it (its URL is kept); studiedomein: the same studiedomein in another
    finaliteit, derived by studiekeuze; redactie: our own judgement.
    """

    OFFICIEEL = "officieel"
    BRON = "bron"
    STUDIEDOMEIN = "studiedomein"
    REDACTIE = "redactie"

    @property
    def strength(self) -> int:
        """Higher is stronger: used to order equal fits."""
        return len(BEWIJS_ORDER) - BEWIJS_ORDER.index(self)


BEWIJS_ORDER: tuple[Bewijs, ...] = tuple(Bewijs)
