"""JSON shapes of the program's contract: the command line prints them, the app keeps them with a session.

Plain dicts of plain values (no dataclasses), so every consumer speaks the same way. New fields are additions;
a field is never renamed.
"""

from typing import TYPE_CHECKING, Any

from studiekeuze.models import Overgang, Profiel, Richting, RichtingSamenvatting, Suggestie

if TYPE_CHECKING:  # light to import: `zoek` and `richting` do not load matching or the advice
    from studiekeuze.advice.model import Advies, Groep, Kaart, Pad
    from studiekeuze.service.outcome import Uitkomst
    from studiekeuze.service.richting_page import RichtingPagina


def summary_json(summary: RichtingSamenvatting, domein: str | None = None) -> dict[str, Any]:
    return {
        "groepnummer": summary.groepnummer,
        "naam": summary.naam,
        "graad": summary.graad,
        "finaliteit": summary.finaliteit,
        # In a domain-filtered search the domain asked for is the one that matters for this row.
        "domein": domein if domein in summary.domeinen else summary.domein,
        "domeinen": list(summary.domeinen),
    }


def overgang_json(overgang: Overgang) -> dict[str, Any]:
    doel = overgang.doel
    return {
        "groepnummer": doel.groepnummer if doel else "",
        "naam": overgang.naam,
        "graad": doel.graad if doel else None,
        "finaliteit": doel.finaliteit if doel else "",
        "soort": overgang.soort,
        "reden": overgang.reden,
        "bron": overgang.bron,
        "bewijs": overgang.bewijs,
        "gedeelde_bks": list(overgang.gedeelde_bks),
        **({"opleiding_soort": overgang.opleiding_soort, "toelating": overgang.toelating,
            "opleiding_bron": overgang.opleiding_bron} if overgang.soort in ("graduaat", "bachelor") else {}),
    }


def richting_json(richting: Richting, pagina: "RichtingPagina | None" = None) -> dict[str, Any]:
    """Every fact of one richting; with `pagina`, also its page as the app and `studiekeuze richting` word it."""
    return {
        **summary_json(richting.samenvatting),
        "beschrijving": richting.beschrijving,
        "activiteiten": [a.tekst for a in richting.activiteiten],
        "riasec": richting.riasec,
        "leerwegen": list(richting.leerwegen),
        "zoektermen": list(richting.zoektermen),
        "bks": [
            {"naam": b.naam, "code": b.code, "niveau": b.niveau, "volledig": b.volledig,
             "volledig_alleen_duaal": b.alleen_duaal, "bron": b.bron,
             "definitie": b.definitie, "definitie_bron": b.definitie_bron,
             # Kept from the first contract: "" for a whole BK, "gedeeltelijk" when the richting teaches part of it.
             "competenties": "" if b.volledig else "gedeeltelijk"}
            for b in richting.bks
        ],
        "onderwijskwalificatie": richting.onderwijskwalificatie,
        "onderwijskwalificatie_naam": richting.onderwijskwalificatie_naam,
        "overgangen_naar": [overgang_json(o) for o in richting.overgangen_naar],
        "overgangen_van": [overgang_json(o) for o in richting.overgangen_van],
        "beroepen": [
            {"naam": b.naam, "knelpuntberoep": b.knelpuntberoep, "knelpunt_jaar": b.knelpunt_jaar}
            for b in richting.beroepen
        ],
        "domein_zekerheid": richting.domein_zekerheid,
        "domein_bron": richting.domein_bron,
        **({"pagina": pagina_json(pagina)} if pagina is not None else {}),
    }


def profiel_json(profiel: Profiel) -> dict[str, Any]:
    return {
        "scores": profiel.scores,
        "code": profiel.code,
        "volledigheid": profiel.volledigheid,
        "signalen": [{"code": s.code, "tekst": s.tekst} for s in profiel.signalen],
        "vorm": profiel.vorm,
        "domeinen": profiel.domeinen,
        "voorkeuren": profiel.voorkeuren,
        "zekerheid": profiel.zekerheid,
    }


def suggestie_json(suggestie: Suggestie) -> dict[str, Any]:
    richting = suggestie.richting
    return {
        "groepnummer": richting.groepnummer if richting else "",
        "naam": suggestie.naam,
        "graad": richting.graad if richting else None,
        "finaliteit": suggestie.finaliteit,
        "domein": richting.domein if richting else "",
        "score": suggestie.score,
        "soort_overgang": suggestie.soort_overgang,
        "redenen": list(suggestie.redenen),
        "nu_niet_open": suggestie.nu_niet_open,
        "bewijs": suggestie.bewijs,
        "bron": suggestie.bron,
        "gedeelde_bks": list(suggestie.gedeelde_bks),
        "overstap_naar_doorstroom": suggestie.overstap,
        "door_begeleider": suggestie.door_begeleider,
        **({"opleiding_soort": suggestie.opleiding_soort, "toelating": suggestie.toelating}
           if suggestie.soort_overgang in ("graduaat", "bachelor") else {}),
    }


def pagina_json(pagina: "RichtingPagina") -> dict[str, Any]:
    return {
        "titel": pagina.titel,
        "ondertitel": pagina.ondertitel,
        "finaliteit_kort": pagina.finaliteit_kort,
        "secties": [
            {"sleutel": s.sleutel, "kop": s.kop, "alineas": list(s.alineas), "klein": list(s.klein),
             "punten": [{"tekst": p.tekst, "link": p.link, "nadruk": p.nadruk, "bij": p.bij, "regels": list(p.regels)}
                        for p in s.punten],
             "noot": list(s.noot)}
            for s in pagina.secties
        ],
        "voetnoot": pagina.voetnoot,
    }


def uitkomst_json(uitkomst: "Uitkomst") -> dict[str, Any]:
    """What is kept with a session: the profile and the suggestions as they were shown, group by group."""
    return {
        "profiel": profiel_json(uitkomst.profiel),
        "sterke_letters": list(uitkomst.sterke_letters),
        "suggesties": [suggestie_json(s) for s in uitkomst.suggesties],
        "groepen": [{"finaliteit": g.finaliteit, "getoond": [s.sleutel for s in g.getoond],
                     "meer": [s.sleutel for s in g.meer], "weggelaten": [s.sleutel for s in g.weggelaten]}
                    for g in uitkomst.groepen],
        "keuzes": keuzes_json(uitkomst),
    }


def keuzes_json(uitkomst: "Uitkomst") -> dict[str, Any]:
    """The counsellor's choices as they were applied (resolved to groepnummers, or a step's name)."""
    return {"niet_open": list(uitkomst.niet_open), "extra": list(uitkomst.extra), "zonder": list(uitkomst.zonder)}


def kaart_json(kaart: "Kaart") -> dict[str, Any]:
    return {
        "groepnummer": kaart.groepnummer,
        "naam": kaart.naam,
        "bewijs": kaart.bewijs,
        "redenen": list(kaart.redenen),
        "finaliteit": kaart.finaliteit,
        "graad": kaart.graad,
        "soort_overgang": kaart.soort_overgang,
        "meta": kaart.meta,
        "regels": [{"sleutel": r.sleutel, "label": r.label, "tekst": r.tekst} for r in kaart.regels],
        "nu_niet_open": kaart.nu_niet_open,
        "knelpuntberoep": kaart.knelpuntberoep,
        "door_begeleider": kaart.door_begeleider,
        "bron": kaart.bron,
    }


def groep_json(groep: "Groep") -> dict[str, Any]:
    return {"finaliteit": groep.code, "naam": groep.naam, "kop": groep.kop, "uitleg": groep.uitleg,
            "kaarten": [kaart_json(k) for k in groep.kaarten]}


def pad_json(pad: "Pad") -> dict[str, Any]:
    return {
        "kop": pad.kop,
        "kolommen": [{"kop": k.kop, "knopen": [{"id": n.id, "titel": n.titel, "regels": list(n.regels),
                                                 "nadruk": n.nadruk} for n in k.knopen]} for k in pad.kolommen],
        "pijlen": [list(p) for p in pad.pijlen],
        "toelichting": pad.toelichting,
    }


def advies_json(advies: "Advies", uitkomst: "Uitkomst") -> dict[str, Any]:
    """The advice model: exactly the groups and cards the PDF prints, in its order (`advies --json`)."""
    return {
        "voornaam": advies.voornaam,
        "datum": advies.datum.isoformat(),
        "data_versie": advies.data_versie,
        "titel": advies.titel,
        "ondertitel": advies.ondertitel,
        "profiel": {**profiel_json(uitkomst.profiel), "sterke_letters": list(uitkomst.sterke_letters),
                    "zinnen": list(advies.profiel.zinnen)},
        "groepen": [groep_json(g) for g in advies.groepen],
        "pad": pad_json(advies.pad),
        "volgende_stappen": list(advies.volgende_stappen.punten),
        "notitie": list(advies.notitie.alineas),
        "keuzes": keuzes_json(uitkomst),
    }
