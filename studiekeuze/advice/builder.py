"""Words the advice for one pupil: profile, suggestions per finaliteit, path picture and next steps.

What is on the sheet (which options, their order, how many, the strong letters) is the service's outcome
(`studiekeuze.service.outcome`); this module only words it. Pure apart from reading the content repository the
caller passes (so a class of 30 reuses one open database).
"""

import re
from collections.abc import Iterable, Sequence
from datetime import date

from studiekeuze import vocabulary
from studiekeuze.advice import wording as w
from studiekeuze.advice.model import (
    Advies,
    Balk,
    Blok,
    Groep,
    Kaart,
    Pad,
    PadKnoop,
    PadKolom,
    ProfielDeel,
    Regel,
)
from studiekeuze.content.repository import ContentRepository
from studiekeuze.errors import StudiekeuzeError
from studiekeuze.models import Antwoorden, Leerling, Profiel, Richting, Suggestie
from studiekeuze.next_steps import resolve_situation
from studiekeuze.service.outcome import DEFAULT_PER_FINALITEIT, Keuzes, Suggestiegroep, Uitkomst, uitkomst
from studiekeuze.service.richting_page import beroep_text, leerweg_text
from studiekeuze.texts import say
from studiekeuze.vocabulary import RIASEC, find_language

__all__ = ["DEFAULT_PER_FINALITEIT", "MAX_NOTE_CHARS", "build_advice", "card", "resolve_situation", "word_advice"]
MAX_NOTE_CHARS = 700  # longer would push the advice past two pages
LEARN_CHARS = 170
MAX_DAARNA = 3
MAX_BKS = 3
MAX_BEROEPEN = 4
MAX_PATH_NAMES = 2
OUT_OF_SCHOOL_ENDPOINT = {"graduaat": "graduaat", "bachelor": "bachelor", "arbeidsmarkt": "werk"}
ENDPOINTS = ("graduaat", "bachelor", "werk")
# Where each finaliteit leads after the 3rd graad. Arbeidsmarkt: work, a 7th year, or straight into a graduaat (a
# bachelor needs an extra 7th voorbereidingsjaar first: https://ap.be/wat-na-de-finaliteit-alle-opties-op-een-rijtje);
# dubbele finaliteit: work or higher education; doorstroom: higher education.
LEADS_TO = {
    "A": ("zevende", "graduaat", "werk"),
    "D/A": ("graduaat", "bachelor", "werk"),
    "D": ("bachelor", "graduaat"),
}
AFTER_SEVENTH = ("graduaat", "bachelor", "werk")
SENTENCE_END = re.compile(r"(?<=[.!?])\s+")


def build_advice(
    repository: ContentRepository,
    bron: Antwoorden | Profiel,
    huidige: Richting | None = None,
    naar_graad: int | None = None,
    notitie: str = "",
    datum: date | None = None,
    *,
    voornaam: str | None = None,
    niet_open: Iterable[str] = (),
    suggesties: Sequence[Suggestie] | None = None,
    per_finaliteit: int = DEFAULT_PER_FINALITEIT,
    extra: Iterable[str] = (),
    zonder: Iterable[str] = (),
    taal: str | None = None,
) -> Advies:
    """The advice for one pupil: the service's outcome (`service.outcome.uitkomst`), worded (`word_advice`).

    Args:
        repository: an open content repository (shared across pupils).
        bron: the pupil's answers (scored here) or an already scored profile.
        huidige: the current richting; or give `naar_graad`. With answers and neither, the answers file says.
        notitie: the counsellor's note (plain text; blank lines separate paragraphs).
        datum: the advice's date (today when None).
        voornaam: overrides the first name in the answers.
        niet_open: groepnummers or names of richtingen the pupil's attest does not allow now.
        suggesties: suggestions already ranked (best first); matched here when None.
        per_finaliteit: how many suggestions every finaliteit shows (equal room for every finaliteit).
        extra, zonder: richtingen the counsellor adds to the sheet or leaves out (see `service.outcome.Keuzes`).
        taal: a home language (code, or Dutch or own name; see studiekeuze.vocabulary.LANGUAGES) in which the
            parents' page is also worded (`ouders_vertaald`); an unknown one raises UnknownLanguage.
    """
    language = find_language(taal) if taal is not None else None  # before any work: a wrong language fails fast
    keuzes = Keuzes(van=huidige.groepnummer if huidige else None, naar_graad=naar_graad, niet_open=tuple(niet_open),
                    extra=tuple(extra), zonder=tuple(zonder), per_finaliteit=per_finaliteit)
    outcome = uitkomst(repository, bron, keuzes, rangschikking=suggesties)
    return word_advice(repository, outcome, notitie=notitie, datum=datum, voornaam=voornaam,
                       taal=language.code if language else None)


def word_advice(
    repository: ContentRepository,
    outcome: Uitkomst,
    notitie: str = "",
    datum: date | None = None,
    *,
    voornaam: str | None = None,
    taal: str | None = None,
) -> Advies:
    """The worded advice of an outcome: exactly its groups and cards, in their order; with `taal`, the parents'
    page also in that home language."""
    language = find_language(taal) if taal is not None else None
    leerling, huidige, naar_graad = outcome.leerling, outcome.huidige, outcome.naar_graad
    naam = " ".join((voornaam if voornaam is not None else leerling.voornaam if leerling else "").split())
    datum = datum or date.today()
    notitie = _check_note(notitie)
    finaliteiten = {f["code"]: f for f in repository.finaliteiten()}
    groepen = _groups(repository, outcome.groepen, finaliteiten)
    datum_tekst = w.text("datum", dag=datum.day, maand=datum.month, jaar=datum.year)
    versie = str(repository.meta().get("data_versie", ""))
    voettekst = w.text("voettekst", voornaam=naam, datum=datum_tekst)
    return Advies(
        voornaam=naam,
        datum=datum,
        data_versie=versie,
        titel=w.text("titel", voornaam=naam),
        ondertitel=w.text(
            "ondertitel", datum=datum_tekst, situatie=_situation_text(huidige, naar_graad, leerling, finaliteiten),
            versie=versie,
        ),
        profiel=_profile_part(outcome.profiel, outcome.sterke_letters),
        suggesties=Blok(w.text("kop_suggesties"), alineas=(w.text("suggesties_intro"),)),
        groepen=groepen,
        geen_suggesties="" if groepen else w.text("geen_suggesties"),
        legende_knelpunt=say("beroep.legende"),
        legende_niveaus=w.text("legende_niveaus"),
        pad=_path(huidige, leerling, groepen, finaliteiten),
        volgende_stappen=Blok(
            w.text("kop_volgende"),
            punten=w.items("volgende_stappen", namen=[k.naam for k in _first_per_group(groepen)][:2]),
        ),
        notitie=Blok(w.text("kop_notitie"), alineas=_paragraphs(notitie)),
        hoe_gemaakt=w.text("hoe_gemaakt", vorm=outcome.profiel.vorm, volledigheid=outcome.profiel.volledigheid),
        ouders=_parents_page(naam, finaliteiten),
        voettekst=voettekst,
        bladnummer=w.text("bladnummer"),
        lege_bladzijde=w.text("lege_bladzijde"),
        metadata_titel=w.text("metadata_titel", voornaam=naam),
        ouders_vertaald=_parents_page(naam, finaliteiten, language.code, repository.finaliteit_vertalingen(
            language.code)) if language else (),
        ouders_taal=language.code if language else "",
        voettekst_vertaald=w.text("voettekst_vertaald", voettekst=voettekst, taal=language.naam) if language else "",
    )


# --- parts ---------------------------------------------------------------------------------------------------
def _check_note(notitie: str) -> str:
    notitie = (notitie or "").strip()
    if len(notitie) > MAX_NOTE_CHARS:
        raise StudiekeuzeError(
            f"De notitie is {len(notitie)} tekens lang; houd ze onder {MAX_NOTE_CHARS} tekens, zodat het advies op "
            "twee bladzijden past."
        )
    return notitie


def _paragraphs(text: str) -> tuple[str, ...]:
    return tuple(" ".join(part.split()) for part in re.split(r"\n\s*\n", text) if part.strip())


def _situation_text(
    huidige: Richting | None, naar_graad: int | None, leerling: Leerling | None, finaliteiten: dict[str, dict]
) -> str:
    if huidige is not None:
        return w.text(
            "situatie_richting", naam=huidige.naam, graad_label=vocabulary.graad_label(huidige.graad),
            finaliteit=vocabulary.finaliteit_label(huidige.finaliteit),
        )
    if leerling is not None and leerling.huidige_graad is not None and vocabulary.volgende_graad(
        leerling.huidige_graad
    ) in (None, naar_graad):
        return w.text("situatie_graad", graad_label=vocabulary.graad_label(leerling.huidige_graad))
    if naar_graad is not None:
        return w.text("situatie_naar", graad_label=vocabulary.graad_label(naar_graad))
    return ""


def _profile_part(profiel: Profiel, high: Sequence[str]) -> ProfielDeel:
    """The chart and one sentence per letter that stands out (the outcome's strong letters, never recomputed)."""
    mark = w.text("profiel_markering")
    sentences = tuple(
        w.text("hoge_letter", letter=letter, naam=vocabulary.letter_naam(letter),
               voorbeeld=(profiel.sterkste_items.get(letter) or ("",))[0])
        for letter in high
    ) or (w.text("geen_hoge_letter"),)
    return ProfielDeel(
        kop=w.text("kop_profiel"),
        intro=w.text("profiel_intro"),
        balken=tuple(
            Balk(letter, vocabulary.letter_naam(letter), profiel.scores.get(letter), letter in high)
            for letter in RIASEC
        ),
        zinnen=sentences,
        schaal_laag=w.text("schaal_laag"),
        schaal_hoog=w.text("schaal_hoog"),
        geen_antwoord=w.text("geen_antwoord"),
        legende=w.text("profiel_legende", markering=mark) if high else "",
        markering=mark,
    )


def _groups(
    repository: ContentRepository, groepen: Sequence[Suggestiegroep], finaliteiten: dict[str, dict],
) -> tuple[Groep, ...]:
    groups = []
    for groep in groepen:
        if not groep.getoond:
            continue
        code = groep.finaliteit
        if code:
            naam, kort, uitleg = vocabulary.finaliteit_label(code), finaliteiten[code]["kort"], \
                finaliteiten[code]["uitleg"]
        else:
            naam, kort, uitleg = vocabulary.NA_SECUNDAIR.label, w.text("buiten_school_kort"), \
                w.text("buiten_school_uitleg")
        groups.append(Groep(code, w.text("finaliteit_kop", leerlingnaam=naam, kort=kort), uitleg,
                            tuple(card(repository, s) for s in groep.getoond), naam=naam, kort=kort))
    return tuple(groups)


def card(repository: ContentRepository, suggestie: Suggestie) -> Kaart:
    """One suggestion as the sheet and the app show it (also for a "meer tonen" list)."""
    soort = vocabulary.soort(suggestie.soort_overgang)
    soort_label = vocabulary.soort_label(suggestie.soort_overgang, suggestie.opleiding_soort)
    bewijs = Regel("bewijs", say("bewijs.label"), vocabulary.bewijs_label(suggestie.bewijs, suggestie.soort_overgang))
    if suggestie.richting is None:
        regels = [bewijs]
        if suggestie.toelating:
            regels.append(Regel("toelating", w.text("label_toelating"), suggestie.toelating))
        return Kaart(suggestie.naam, soort_label, "", suggestie.redenen, tuple(regels),
                     soort_overgang=suggestie.soort_overgang, bewijs=suggestie.bewijs, bron=suggestie.bron,
                     door_begeleider=suggestie.door_begeleider)
    richting = repository.richting(suggestie.richting.groepnummer)
    regels = [
        Regel("leren", w.text("label_leren"), shorten(richting.beschrijving, LEARN_CHARS)),
        Regel("daarna", w.text("label_daarna"), _next_steps_line(richting)),
        Regel("leerweg", w.text("label_leerweg"), leerweg_text(richting.leerwegen)),
    ]
    if richting.onderwijskwalificatie:
        regels.append(Regel("diploma", w.text("label_diploma"),
                            w.text("diploma", niveau=richting.onderwijskwalificatie)))
    if richting.bks:
        regels.append(Regel("bk", w.text("label_bk"), _listed(
            [w.text("bk", naam=bk.naam, niveau=say("bk.niveau", niveau=bk.niveau) if bk.niveau else "",
                    volledig=bk.volledig) for bk in richting.bks], MAX_BKS)))
    if richting.beroepen:
        regels.append(Regel("beroepen", w.text("label_beroepen"), _listed(
            [beroep_text(b.naam, b.knelpuntberoep) for b in richting.beroepen], MAX_BEROEPEN)))
    regels.append(bewijs)
    if suggestie.overstap:
        regels.append(Regel("overstap", w.text("label_overstap"), say("overstap.naar_doorstroom")))
    return Kaart(
        naam=richting.naam,
        meta=w.text("kaart_meta", graad_label=vocabulary.graad_label(richting.graad),
                    soort_label=soort_label if soort is None or soort.in_meta else "",
                    groepnummer=richting.groepnummer),
        finaliteit=richting.finaliteit,
        redenen=suggestie.redenen,
        regels=tuple(regels),
        nu_niet_open=suggestie.nu_niet_open,
        groepnummer=richting.groepnummer,
        graad=richting.graad,
        soort_overgang=suggestie.soort_overgang,
        knelpuntberoep=any(b.knelpuntberoep for b in richting.beroepen[:MAX_BEROEPEN]),
        bewijs=suggestie.bewijs,
        bron=suggestie.bron,
        door_begeleider=suggestie.door_begeleider,
    )


def _next_steps_line(richting: Richting) -> str:
    overgangen = richting.overgangen_naar
    if not overgangen:
        return w.text("geen_daarna")
    names = [
        w.text("daarna_item", naam=o.naam, graad_label=vocabulary.graad_label(o.doel.graad) if o.doel else "")
        for o in overgangen[:MAX_DAARNA]
    ]
    return w.text("daarna", namen=names, meer=max(0, len(overgangen) - MAX_DAARNA))


def _listed(values: list[str], limit: int) -> str:
    shown = ", ".join(values[:limit])
    return shown if len(values) <= limit else f"{shown} {w.text('meer', aantal=len(values) - limit)}"


def shorten(text: str, limit: int) -> str:
    """Whole sentences from the start of `text` up to `limit` characters; a too long first one is cut at a word."""
    kept = ""
    for sentence in SENTENCE_END.split(" ".join(text.split())):
        candidate = f"{kept} {sentence}".strip()
        if len(candidate) > limit:
            break
        kept = candidate
    if kept:
        return kept
    cut = text[:limit].rsplit(" ", 1)[0].rstrip(",;:")
    return cut + " …"


def _first_per_group(groepen: tuple[Groep, ...]) -> list[Kaart]:
    return [g.kaarten[0] for g in groepen if g.code and g.kaarten]


# --- path picture ----------------------------------------------------------------------------------------------
def _path(
    huidige: Richting | None,
    leerling: Leerling | None,
    groepen: tuple[Groep, ...],
    finaliteiten: dict[str, dict],
) -> Pad:
    if huidige is not None:
        now = PadKnoop("nu", huidige.naam, (vocabulary.graad_label(huidige.graad),
                                             vocabulary.finaliteit_label(huidige.finaliteit)), nadruk=True)
    elif leerling is not None and leerling.huidige_graad is not None:
        now = PadKnoop("nu", vocabulary.graad_label(leerling.huidige_graad), nadruk=True)
    else:
        now = PadKnoop("nu", w.text("pad_nu"), nadruk=True)
    richting_groups = [g for g in groepen if g.code]
    out_of_school = next((g for g in groepen if not g.code), None)
    suggested_endpoints = {
        OUT_OF_SCHOOL_ENDPOINT[k.soort_overgang] for k in (out_of_school.kaarten if out_of_school else ())
        if k.soort_overgang in OUT_OF_SCHOOL_ENDPOINT
    }
    graden = {k.graad for g in richting_groups for k in g.kaarten}
    options: list[PadKnoop] = []
    arrows: list[tuple[str, str]] = []
    uses_seventh = False
    for groep in richting_groups:
        node_id = f"optie-{groep.code}"
        names = tuple(k.naam for k in groep.kaarten[:MAX_PATH_NAMES])
        options.append(PadKnoop(node_id, groep.naam, names))
        arrows.append(("nu", node_id))
        if all(k.graad == 7 for k in groep.kaarten):
            arrows += [(node_id, end) for end in AFTER_SEVENTH]  # a 7th year gives the diploma: every door opens
            continue
        for target in LEADS_TO[groep.code]:
            arrows.append((node_id, target))
            uses_seventh = uses_seventh or target == "zevende"
    at_the_end = huidige is None or huidige.graad in (3, 7)
    if out_of_school is not None and suggested_endpoints and at_the_end:
        # The direct step after secondary school (D → bachelor, A → work, D/A → both) stands beside the 7th years.
        names = tuple(k.naam for k in out_of_school.kaarten[:MAX_PATH_NAMES])
        options.append(PadKnoop("direct", w.text("pad_direct"), names))
        arrows.append(("nu", "direct"))
        arrows += [("direct", end) for end in ENDPOINTS if end in suggested_endpoints]
    if not options:
        options.append(PadKnoop("samen", w.text("pad_samen_zoeken")))
        arrows += [("nu", "samen"), *(("samen", end) for end in ENDPOINTS)]
    columns = [PadKolom(w.text("pad_nu"), (now,))]
    if options:
        heading = (w.text("pad_opties_graad", graad_label=vocabulary.graad_label(next(iter(graden))))
                   if len(graden) == 1 else w.text("pad_opties"))
        columns.append(PadKolom(heading, tuple(options)))
    # The 7th year sits with the endpoints (not in a column of its own) so that every arrow joins two neighbouring
    # columns; its box says that work and further study follow.
    endpoints = (("zevende",) if uses_seventh else ()) + ENDPOINTS
    columns.append(PadKolom(w.text("pad_later"), tuple(
        PadKnoop(end, w.text("pad_eindpunt", sleutel=end), (w.text("pad_eindpunt_uitleg", sleutel=end),),
                 nadruk=end in suggested_endpoints)
        for end in endpoints
    )))
    return Pad(
        kop=w.text("kop_pad"),
        kolommen=tuple(columns),
        pijlen=tuple(dict.fromkeys(arrows)),
        toelichting=w.text("pad_toelichting", via_derde_graad=graden == {2}),
    )



# --- parents' page ---------------------------------------------------------------------------------------------
def _parents_page(
    voornaam: str, finaliteiten: dict[str, dict], taal: str | None = None, vertalingen: dict[str, dict] | None = None
) -> tuple[Blok, ...]:
    """The parents' page in Dutch, or with `taal` in that home language: the same macros of its own template, and
    each finaliteit's short gloss and explanation from `vertalingen` (finaliteiten-vertalingen.toml)."""
    def translated(code: str, field: str, dutch: str) -> str:
        return vertalingen[code][field] if vertalingen is not None else dutch

    intro = (w.parents("vertaling", taal), *w.parents_items("intro", taal, voornaam=voornaam))
    finaliteit_lines = tuple(
        Regel(code, w.parents("finaliteit", taal, leerlingnaam=vocabulary.finaliteit_label(code), naam=f["naam"],
                              kort=translated(code, "kort", "")), translated(code, "uitleg", f["uitleg"]))
        for code, f in finaliteiten.items()
    )
    blocks = [
        Blok(w.parents("kop", taal, voornaam=voornaam), alineas=tuple(a for a in intro if a)),
        Blok(w.parents("kop_finaliteiten", taal), alineas=w.parents_items("finaliteiten_intro", taal),
             regels=finaliteit_lines),
        Blok(w.parents("kop_werk_en_studie", taal), alineas=w.parents_items("werk_en_studie", taal)),
        Blok(w.parents("kop_thuis", taal), punten=w.parents_items("thuis", taal)),
        Blok(w.parents("kop_woorden", taal), punten=w.parents_items("woorden", taal)),
    ]
    return tuple(block for block in blocks if block.kop)  # a heading left empty (woorden in Dutch) prints nothing
