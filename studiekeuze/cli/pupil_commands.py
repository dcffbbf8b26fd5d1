"""Commands about a pupil: `vragenlijst`, `profiel`, `match`, `analyse`."""

import argparse
import json
import re
from pathlib import Path

from studiekeuze.cli.content_access import with_repository
from studiekeuze.cli.output import print_json
from studiekeuze.content.repository import ContentRepository
from studiekeuze.errors import InputFileError, StudiekeuzeError
from studiekeuze.models import Antwoorden, Profiel
from studiekeuze.next_steps import resolve_situation, suggest
from studiekeuze.questionnaire.analysis import analyse
from studiekeuze.questionnaire.answers import read_answers_file
from studiekeuze.questionnaire.scoring import profile_from_scores, score
from studiekeuze.service.shapes import profiel_json, suggestie_json
from studiekeuze.vocabulary import RIASEC

PROFILE_PART = re.compile(r"^\s*([RIASEC])\s*=\s*(\d{1,3})\s*$", re.IGNORECASE)
DEFAULT_TOP = 5


def register(commands: argparse._SubParsersAction) -> None:
    vragenlijst = commands.add_parser("vragenlijst", help="de vragen van de interessevragenlijst")
    vragenlijst.add_argument("--kort", action="store_true", help="de korte vorm (30 vragen)")
    vragenlijst.add_argument("--json", action="store_true", help="geef JSON")
    vragenlijst.set_defaults(handler=_vragenlijst)

    profiel = commands.add_parser("profiel", help="het interesseprofiel uit een antwoordenbestand")
    profiel.add_argument("--antwoorden", type=Path, required=True, metavar="BESTAND")
    profiel.add_argument("--json", action="store_true", help="geef JSON")
    profiel.set_defaults(handler=_profiel)

    match = commands.add_parser("match", help="suggesties voor de volgende stap, met redenen")
    bron = match.add_mutually_exclusive_group(required=True)
    bron.add_argument("--antwoorden", type=Path, metavar="BESTAND")
    bron.add_argument("--profiel", metavar="R=90,I=40,A=20,S=20,E=30,C=40")
    waar = match.add_mutually_exclusive_group()
    waar.add_argument("--van", metavar="GROEPNUMMER", help="de huidige studierichting")
    waar.add_argument("--naar-graad", type=int, choices=(2, 3, 7), help="alle richtingen van deze graad")
    match.add_argument("--top", type=int, default=DEFAULT_TOP, metavar="N", help="de N beste per finaliteit")
    match.add_argument("--niet-open", default="", metavar="G-0001,G-0002", help="richtingen die het attest uitsluit")
    match.add_argument("--json", action="store_true", help="geef JSON")
    match.set_defaults(handler=_match)

    analyseer = commands.add_parser("analyse", help="betrouwbaarheid van de vragenlijst op de eigen antwoorden")
    analyseer.add_argument("--antwoorden-map", type=Path, metavar="MAP", help="map met antwoordenbestanden (*.json)")
    analyseer.add_argument("--kort", action="store_true", help="analyseer de korte vorm")
    analyseer.add_argument("--json", action="store_true", help="geef JSON")
    analyseer.set_defaults(handler=_analyse)


@with_repository
def _vragenlijst(args: argparse.Namespace, repository: ContentRepository) -> int:
    vragenlijst = repository.vragenlijst
    vragen = vragenlijst.vorm(kort=args.kort)
    if args.json:
        print_json([
            {"id": v.id, "tekst": v.tekst, "schaal": v.schaal, "soort": v.soort, "vraag": vragenlijst.stammen[v.soort],
             "antwoorden": list(vragenlijst.antwoordlabels[v.soort]), **({"domein": v.domein} if v.domein else {}),
             **({"domeinen": list(v.domeinen)} if v.soort == "interesse" else {}),
             "pictogram": v.pictogram, "antwoord_pictogrammen": list(v.antwoordpictogrammen)}
            for v in vragen
        ])
        return 0
    for v in vragen:
        print(f"{v.id:18} {v.tekst}")
    return 0


@with_repository
def _profiel(args: argparse.Namespace, repository: ContentRepository) -> int:
    antwoorden = read_answers_file(args.antwoorden, repository.vragenlijst)
    profiel = score(antwoorden, repository.vragenlijst)
    if args.json:
        print_json(profiel_json(profiel))
        return 0
    print(f"Profiel: {profiel.code or '(nog geen antwoorden)'} · {profiel.volledigheid}% ingevuld")
    for letter in RIASEC:
        value = profiel.scores[letter]
        print(f"  {letter} {'—' if value is None else value:>4}")
    for signaal in profiel.signalen:
        print(f"  ! {signaal.tekst}")
    return 0


@with_repository
def _match(args: argparse.Namespace, repository: ContentRepository) -> int:
    antwoorden: Antwoorden | None = None
    if args.antwoorden:
        antwoorden = read_answers_file(args.antwoorden, repository.vragenlijst)
        profiel = score(antwoorden, repository.vragenlijst)
    else:
        profiel = parse_profile(args.profiel)
    huidige, naar_graad = resolve_situation(
        repository, antwoorden.leerling if antwoorden else None, args.van, args.naar_graad
    )
    niet_open = [repository.find(x.strip()).groepnummer for x in args.niet_open.split(",") if x.strip()]
    if antwoorden:
        niet_open += [repository.find(x).groepnummer for x in antwoorden.leerling.niet_open]
    if args.top < 1:
        raise StudiekeuzeError("--top moet minstens 1 zijn.")
    suggestions = suggest(repository, profiel, huidige, naar_graad, tuple(niet_open), args.top)
    if args.json:
        print_json([suggestie_json(s) for s in suggestions])
        return 0
    if not suggestions:
        print("Geen suggesties gevonden.")
    for s in suggestions:
        label = f"{s.richting.groepnummer} " if s.richting else ""
        print(f"{s.score:>3}  {label}{s.naam}  [{s.finaliteit or 'verder'}; {s.soort_overgang}]")
        for reden in s.redenen:
            print(f"       – {reden}")
    return 0


def parse_profile(text: str) -> Profiel:
    """"R=90,I=40,A=20,S=20,E=30,C=40" → a profile; every letter once, 0–100."""
    scores: dict[str, int] = {}
    for part in text.split(","):
        found = PROFILE_PART.match(part)
        if not found:
            raise StudiekeuzeError(f"'{part.strip()}' in --profiel is geen score; schrijf bijvoorbeeld R=90.")
        letter, value = found.group(1).upper(), int(found.group(2))
        if value > 100:
            raise StudiekeuzeError(f"De score van {letter} is {value}; een score gaat van 0 tot 100.")
        if letter in scores:
            raise StudiekeuzeError(f"{letter} staat twee keer in --profiel.")
        scores[letter] = value
    missing = [letter for letter in RIASEC if letter not in scores]
    if missing:
        raise StudiekeuzeError(f"In --profiel ontbreken: {', '.join(missing)}. Geef alle zes letters R, I, A, S, E, C.")
    return profile_from_scores(scores)


@with_repository
def _analyse(args: argparse.Namespace, repository: ContentRepository) -> int:
    answer_sets = _answer_sets(args.antwoorden_map, repository) if args.antwoorden_map else _stored_answer_sets()
    result = analyse(answer_sets, repository.vragenlijst, kort=args.kort)
    if args.json:
        print_json({
            "leerlingen": len(answer_sets),
            "schalen": [
                {"schaal": a.schaal, "n": a.n_leerlingen, "alpha": a.alpha,
                 "items": [{"id": i.id, "tekst": i.tekst, "n": i.n, "gemiddelde": i.gemiddelde,
                            "item_totaal": i.item_totaal} for i in a.items]}
                for a in result
            ],
        })
        return 0
    print(f"Itemanalyse over {len(answer_sets)} antwoordensets ({'korte' if args.kort else 'volledige'} vorm).")
    print("Alpha is pas zinvol vanaf een dertigtal leerlingen met alle vragen van een schaal beantwoord.")
    for a in result:
        alpha = "—" if a.alpha is None else f"{a.alpha:.2f}"
        print(f"\n{a.schaal}: alpha {alpha} (n = {a.n_leerlingen})")
        for i in a.items:
            r = "—" if i.item_totaal is None else f"{i.item_totaal:.2f}"
            print(f"  {i.id:5} r_it {r:>5}  {i.tekst}")
    return 0


def _answer_sets(folder: Path, repository: ContentRepository) -> list[dict[str, int]]:
    if not folder.is_dir():
        raise InputFileError(f"De map {folder} bestaat niet.")
    sets = []
    for path in sorted(folder.glob("*.json")):
        sets.append(read_answers_file(path, repository.vragenlijst).antwoorden)
    return sets


def _stored_answer_sets() -> list[dict[str, int]]:
    try:
        from studiekeuze.userdata.store import SessionStore
    except ImportError:
        return []
    with SessionStore.open_default() as store:
        return [json.loads(json.dumps(s)) for s in store.all_answer_sets()]
