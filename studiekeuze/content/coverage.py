"""Counts and coverage figures of the content sources, as `studiekeuze db check` prints them."""

from collections import Counter

from studiekeuze.content.official import OfficialRichting
from studiekeuze.content.sources import ContentSources
from studiekeuze.vocabulary import FINALITEITEN, graad_label, graden

GRAAD_LABELS = {graad: graad_label(graad) for graad in graden(richtingen=True)}


def counts(sources: ContentSources) -> Counter:
    return Counter((r["graad"], r["finaliteit"]) for r in sources.richtingen.values())


def coverage(sources: ContentSources) -> dict[str, tuple[int, int]]:
    """Label → (richtingen that have it, richtingen that should have it)."""
    richtingen = list(sources.richtingen.values())
    outgoing = {o["van"] for o in sources.overgangen}
    into = {o["naar"] for o in sources.overgangen if o["naar"]}
    beyond = {o["van"] for o in sources.overgangen if o["naar"] and o["soort"] in {"specialisatiejaar", "se_n_se"}}
    beyond |= {o["van"] for o in sources.overgangen if o["naar_naam"]}
    g23 = [r for r in richtingen if r["graad"] in (2, 3)]
    g3_work = [r for r in richtingen if r["graad"] == 3 and r["finaliteit"] != "D"]
    g7 = [r for r in richtingen if r["graad"] == 7]
    job_oriented = [r for r in richtingen if r["finaliteit"] != "D" and r["graad"] in (3, 7)]

    def share(group: list[dict], test) -> tuple[int, int]:
        return sum(1 for r in group if test(r)), len(group)

    return {
        "graad 2/3 met beschrijving": share(g23, lambda r: bool(r.get("beschrijving", "").strip())),
        "graad 2/3 met 3–6 activiteiten": share(g23, lambda r: 3 <= len(r.get("activiteiten", [])) <= 6),
        "graad 2/3 met interesseprofiel": share(g23, lambda r: bool(r.get("activiteiten") or r.get("beroepen"))),
        "graad 2/3 met minstens één overgang": share(g23, lambda r: r["groepnummer"] in outgoing),
        "graad 3 A en D/A met een volgende stap": share(g3_work, lambda r: r["groepnummer"] in beyond),
        "graad 7 met beschrijving": share(g7, lambda r: bool(r.get("beschrijving", "").strip())),
        "graad 7 met vooropleiding (3de graad)": share(g7, lambda r: r["groepnummer"] in into),
        "graad 3/7 A en D/A met beroepen": share(job_oriented, lambda r: bool(r.get("beroepen"))),
        "A en D/A met officiële beroepskwalificatie": share(
            [r for r in richtingen if r["finaliteit"] != "D"], lambda r: bool(_official(sources, r).bks)),
        "richtingen met officiële beroepskwalificatie": share(richtingen, lambda r: bool(_official(sources, r).bks)),
        "richtingen met een duaal traject (officieel)": share(richtingen, lambda r: _official(sources, r).duaal),
        "richtingen met een officieel diploma of getuigschrift": share(
            richtingen, lambda r: bool(_official(sources, r).onderwijskwalificatie)),
        "richtingen met BK waarvan elke BK een definitie heeft": share(
            [r for r in richtingen if _official(sources, r).bks],
            lambda r: all(code in sources.bks for code in _official(sources, r).bks)),
        "domein gecontroleerd of uit de bron": share(richtingen, lambda r: r["domein_zekerheid"] != "afgeleid"),
    }


def _official(sources: ContentSources, richting: dict) -> OfficialRichting:
    return sources.officieel.richtingen.get(richting["groepnummer"], OfficialRichting())


def coverage_lines(sources: ContentSources) -> list[str]:
    table = counts(sources)
    lines = ["Studierichtingen per graad en finaliteit:", f"{'':12}" + "".join(f"{f:>7}" for f in FINALITEITEN)
             + f"{'totaal':>8}"]
    for graad, label in GRAAD_LABELS.items():
        row = [table[(graad, f)] for f in FINALITEITEN]
        lines.append(f"{label:12}" + "".join(f"{n:>7}" for n in row) + f"{sum(row):>8}")
    total = [sum(table[(g, f)] for g in GRAAD_LABELS) for f in FINALITEITEN]
    lines.append(f"{'totaal':12}" + "".join(f"{n:>7}" for n in total) + f"{sum(total):>8}")
    lines += ["", "Dekking van de inhoud:"]
    for label, (have, should) in coverage(sources).items():
        percent = round(100 * have / should) if should else 100
        lines.append(f"  {label:55} {have:>4} / {should:<4} ({percent}%)")
    titels = sources.officieel.bk_titels
    lines.append(f"  {'beroepskwalificaties met officiële definitie':55} {len(sources.bks):>4} / {len(titels):<4}")
    opleidingen = sources.opleidingen.values()
    checked = sum(1 for o in opleidingen if o.get("bron", "").startswith("http"))
    label = "graduaten en bachelors, naam nagekeken (met bron)"
    lines.append(f"  {label:55} {checked:>4} / {len(opleidingen):<4}")
    lines.append(f"  {'knelpuntberoepen in de bronnen':55} {len(sources.knelpunten):>4}")
    return lines
