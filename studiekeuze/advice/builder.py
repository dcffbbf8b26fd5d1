"""Builds the advice for one pupil: profile, suggestions per finaliteit, path picture and next steps, all worded.

Pure apart from reading the content repository the caller passes (so a class of 30 reuses one open database).
"""

import re
from collections.abc import Iterable, Sequence
from datetime import date

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
from studiekeuze.matching import by_finaliteit, group_order
from studiekeuze.models import RIASEC, Antwoorden, Leerling, Profiel, Richting, Suggestie
from studiekeuze.next_steps import NEXT_GRAAD, resolve_situation, situation_of, suggest
from studiekeuze.questionnaire.scoring import score, strong_letters
from studiekeuze.texts import say

DEFAULT_PER_FINALITEIT = 2  # two per finaliteit: every finaliteit gets the same room, and two pages suffice
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
) -> Advies:
    """The advice for one pupil.

    Args:
        repository: an open content repository (shared across pupils).
        bron: the pupil's answers (scored here) or an already scored profile.
        huidige: the current richting; or give `naar_graad`. With answers and neither, the answers file says.
        notitie: the counsellor's note (plain text; blank lines separate paragraphs).
        datum: the advice's date (today when None).
        voornaam: overrides the first name in the answers.
        niet_open: groepnummers or names of richtingen the pupil's attest does not allow now.
        suggesties: suggestions already computed (e.g. shown in the app); computed here when None.
        per_finaliteit: the most suggestions shown per finaliteit (equal room for every finaliteit).
    """
    leerling = bron.leerling if isinstance(bron, Antwoorden) else None
    profiel = score(bron, repository.vragenlijst) if isinstance(bron, Antwoorden) else bron
    if huidige is None and naar_graad is None and leerling is not None:
        huidige, naar_graad = resolve_situation(repository, leerling)
    naam = " ".join((voornaam if voornaam is not None else leerling.voornaam if leerling else "").split())
    datum = datum or date.today()
    notitie = _check_note(notitie)
    closed = {repository.find(key).groepnummer for key in (*niet_open, *(leerling.niet_open if leerling else ()))}
    if suggesties is None:
        suggesties = suggest(repository, profiel, huidige, naar_graad, tuple(sorted(closed)), per_finaliteit)
    finaliteiten = {f["code"]: f for f in repository.finaliteiten()}
    order = group_order(situation_of(huidige))
    groepen = _groups(repository, _capped(suggesties, per_finaliteit), finaliteiten, order)
    datum_tekst = w.text("datum", dag=datum.day, maand=datum.month, jaar=datum.year)
    versie = str(repository.meta().get("data_versie", ""))
    return Advies(
        voornaam=naam,
        datum=datum,
        data_versie=versie,
        titel=w.text("titel", voornaam=naam),
        ondertitel=w.text(
            "ondertitel", datum=datum_tekst, situatie=_situation_text(huidige, naar_graad, leerling, finaliteiten),
            versie=versie,
        ),
        profiel=_profile_part(profiel),
        suggesties=Blok(w.text("kop_suggesties"), alineas=(w.text("suggesties_intro"),)),
        groepen=groepen,
        geen_suggesties="" if groepen else w.text("geen_suggesties"),
        legende_knelpunt=w.text("legende_knelpunt"),
        legende_niveaus=w.text("legende_niveaus"),
        pad=_path(huidige, leerling, groepen, finaliteiten),
        volgende_stappen=Blok(
            w.text("kop_volgende"),
            punten=w.items("volgende_stappen", namen=[k.naam for k in _first_per_group(groepen)][:2]),
        ),
        notitie=Blok(w.text("kop_notitie"), alineas=_paragraphs(notitie)),
        hoe_gemaakt=w.text("hoe_gemaakt", vorm=profiel.vorm, volledigheid=profiel.volledigheid),
        ouders=_parents_page(naam, finaliteiten),
        voettekst=w.text("voettekst", voornaam=naam, datum=datum_tekst),
        bladnummer=w.text("bladnummer"),
        lege_bladzijde=w.text("lege_bladzijde"),
        metadata_titel=w.text("metadata_titel", voornaam=naam),
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
            "situatie_richting", naam=huidige.naam, graad_label=w.text("graad", nummer=huidige.graad),
            finaliteit=finaliteiten[huidige.finaliteit]["leerlingnaam"],
        )
    if leerling is not None and leerling.huidige_graad is not None and NEXT_GRAAD.get(leerling.huidige_graad) in (
        None, naar_graad
    ):
        return w.text("situatie_graad", graad_label=w.text("graad", nummer=leerling.huidige_graad))
    if naar_graad is not None:
        return w.text("situatie_naar", graad_label=w.text("graad", nummer=naar_graad))
    return ""


def _profile_part(profiel: Profiel) -> ProfielDeel:
    high = strong_letters(profiel)
    mark = w.text("profiel_markering")
    sentences = tuple(
        w.text("hoge_letter", letter=letter, naam=say(f"schaalnaam.{letter}"),
               voorbeeld=(profiel.sterkste_items.get(letter) or ("",))[0])
        for letter in high
    ) or (w.text("geen_hoge_letter"),)
    return ProfielDeel(
        kop=w.text("kop_profiel"),
        intro=w.text("profiel_intro"),
        balken=tuple(
            Balk(letter, say(f"schaalnaam.{letter}"), profiel.scores.get(letter), letter in high) for letter in RIASEC
        ),
        zinnen=sentences,
        schaal_laag=w.text("schaal_laag"),
        schaal_hoog=w.text("schaal_hoog"),
        geen_antwoord=w.text("geen_antwoord"),
        legende=w.text("profiel_legende", markering=mark) if high else "",
        markering=mark,
    )


def _capped(suggesties: Sequence[Suggestie], per_finaliteit: int) -> list[Suggestie]:
    kept: list[Suggestie] = []
    counts: dict[str, int] = {}
    for suggestie in suggesties:
        counts[suggestie.finaliteit] = counts.get(suggestie.finaliteit, 0) + 1
        if counts[suggestie.finaliteit] <= per_finaliteit:
            kept.append(suggestie)
    return kept


def _groups(
    repository: ContentRepository, suggesties: list[Suggestie], finaliteiten: dict[str, dict],
    order: tuple[str, ...],
) -> tuple[Groep, ...]:
    groups = []
    for code, members in by_finaliteit(suggesties, order).items():
        if not members:
            continue
        if code:
            kop = w.text("finaliteit_kop", leerlingnaam=finaliteiten[code]["leerlingnaam"],
                         kort=finaliteiten[code]["kort"])
            uitleg = finaliteiten[code]["uitleg"]
        else:
            kop, uitleg = w.text("buiten_school_kop"), w.text("buiten_school_uitleg")
        groups.append(Groep(code, kop, uitleg, tuple(_card(repository, s) for s in members)))
    return tuple(groups)


def _card(repository: ContentRepository, suggestie: Suggestie) -> Kaart:
    soort_label = w.text("soort", soort=suggestie.soort_overgang, opleiding_soort=suggestie.opleiding_soort)
    bewijs = Regel("bewijs", w.text("label_bewijs"),
                   w.text("bewijs", bewijs=suggestie.bewijs, soort=suggestie.soort_overgang))
    if suggestie.richting is None:
        regels = [bewijs]
        if suggestie.toelating:
            regels.append(Regel("toelating", w.text("label_toelating"), suggestie.toelating))
        return Kaart(suggestie.naam, soort_label, "", suggestie.redenen, tuple(regels),
                     soort_overgang=suggestie.soort_overgang, bewijs=suggestie.bewijs)
    richting = repository.richting(suggestie.richting.groepnummer)
    regels = [
        Regel("leren", w.text("label_leren"), shorten(richting.beschrijving, LEARN_CHARS)),
        Regel("daarna", w.text("label_daarna"), _next_steps_line(richting)),
        Regel("leerweg", w.text("label_leerweg"),
              w.text("leerweg", duaal=richting.duaal, school="school" in richting.leerwegen)),
    ]
    if richting.onderwijskwalificatie:
        regels.append(Regel("diploma", w.text("label_diploma"),
                            w.text("diploma", niveau=richting.onderwijskwalificatie)))
    if richting.bks:
        regels.append(Regel("bk", w.text("label_bk"), _listed(
            [w.text("bk", naam=bk.naam, niveau=bk.niveau, volledig=bk.volledig) for bk in richting.bks], MAX_BKS)))
    if richting.beroepen:
        regels.append(Regel("beroepen", w.text("label_beroepen"), _listed(
            [w.text("beroep", naam=b.naam, knelpunt=b.knelpuntberoep) for b in richting.beroepen], MAX_BEROEPEN)))
    regels.append(bewijs)
    if suggestie.overstap:
        regels.append(Regel("overstap", w.text("label_overstap"), w.text("overstap")))
    return Kaart(
        naam=richting.naam,
        meta=w.text("kaart_meta", graad_label=w.text("graad", nummer=richting.graad), soort_label=soort_label,
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
    )


def _next_steps_line(richting: Richting) -> str:
    overgangen = richting.overgangen_naar
    if not overgangen:
        return w.text("geen_daarna")
    names = [
        w.text("daarna_item", naam=o.naam, graad_label=w.text("graad", nummer=o.doel.graad) if o.doel else "")
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
        now = PadKnoop("nu", huidige.naam, (w.text("graad", nummer=huidige.graad),
                                             finaliteiten[huidige.finaliteit]["leerlingnaam"]), nadruk=True)
    elif leerling is not None and leerling.huidige_graad is not None:
        now = PadKnoop("nu", w.text("graad", nummer=leerling.huidige_graad), nadruk=True)
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
        options.append(PadKnoop(node_id, finaliteiten[groep.code]["leerlingnaam"], names))
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
        heading = (w.text("pad_opties_graad", graad_label=w.text("graad", nummer=next(iter(graden))))
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
def _parents_page(voornaam: str, finaliteiten: dict[str, dict]) -> tuple[Blok, ...]:
    return (
        Blok(w.parents("kop", voornaam=voornaam), alineas=w.parents_items("intro", voornaam=voornaam)),
        Blok(w.parents("kop_finaliteiten"), regels=tuple(
            Regel(code, w.parents("finaliteit", leerlingnaam=f["leerlingnaam"], naam=f["naam"]), f["uitleg"])
            for code, f in finaliteiten.items()
        )),
        Blok(w.parents("kop_werk_en_studie"), alineas=w.parents_items("werk_en_studie")),
        Blok(w.parents("kop_thuis"), punten=w.parents_items("thuis")),
    )
