"""Commands over the content database: `db build`, `db check`, `zoek`, `richting`."""

import argparse
import sys
from pathlib import Path

from studiekeuze import paths, resources
from studiekeuze.cli.content_access import with_repository
from studiekeuze.cli.output import print_json, richting_json, summary_json
from studiekeuze.content.build import build_database
from studiekeuze.content.coverage import coverage_lines
from studiekeuze.content.repository import ContentRepository
from studiekeuze.content.sources import load_sources
from studiekeuze.models import FINALITEITEN
from studiekeuze.texts import say


def register(commands: argparse._SubParsersAction) -> None:
    db = commands.add_parser("db", help="bouw of controleer de databank").add_subparsers(
        dest="db_opdracht", metavar="build|check", required=True
    )
    build = db.add_parser("build", help="bouw de databank uit de bronbestanden")
    build.add_argument("--db", type=Path, metavar="PAD", help="waar de databank komt (standaard: de cachemap)")
    build.set_defaults(handler=_build)
    check = db.add_parser("check", help="controleer alle bronbestanden en toon de aantallen")
    check.set_defaults(handler=_check)

    zoek = commands.add_parser("zoek", help="zoek studierichtingen")
    zoek.add_argument("tekst", metavar="TEKST", help="wat je zoekt (naam, beroep, woord uit de beschrijving)")
    zoek.add_argument("--graad", type=int, choices=(2, 3, 7))
    zoek.add_argument("--finaliteit", choices=FINALITEITEN)
    zoek.add_argument("--domein", metavar="NAAM")
    zoek.add_argument("--json", action="store_true", help="geef JSON")
    zoek.set_defaults(handler=_zoek)

    richting = commands.add_parser("richting", help="alle gegevens van één studierichting")
    richting.add_argument("sleutel", metavar="GROEPNUMMER|NAAM")
    richting.add_argument("--json", action="store_true", help="geef JSON")
    richting.set_defaults(handler=_richting)


def _build(args: argparse.Namespace) -> int:
    target = args.db or paths.content_db_path()
    sources = build_database(target)
    print(f"Databank gebouwd: {target} ({len(sources.richtingen)} studierichtingen, versie {sources.meta['versie']}).")
    return 0


def _check(args: argparse.Namespace) -> int:
    sources = load_sources(resources.content_sources_dir())
    print(f"Alle bronbestanden zijn in orde (versie {sources.meta['versie']}).")
    print()
    for line in coverage_lines(sources):
        print(line)
    return 0


@with_repository
def _zoek(args: argparse.Namespace, repository: ContentRepository) -> int:
    domein = repository.resolve_domein(args.domein) if args.domein else None
    results = repository.search(args.tekst, graad=args.graad, finaliteit=args.finaliteit, domein=domein)
    if args.json:
        print_json([summary_json(s, domein) for s in results])
        return 0
    if not results:
        print("Niets gevonden. Probeer een ander woord of minder filters.")
        return 0
    for s in results:
        print(f"{s.groepnummer}  {s.naam}  ({graad_label(s.graad)}, {s.finaliteit}, {' / '.join(s.domeinen)})")
    return 0


@with_repository
def _richting(args: argparse.Namespace, repository: ContentRepository) -> int:
    richting = repository.richting(repository.find(args.sleutel).groepnummer)
    if args.json:
        print_json(richting_json(richting))
        return 0
    out = sys.stdout
    out.write(f"{richting.naam} ({richting.groepnummer})\n")
    domeinen = " / ".join(richting.samenvatting.domeinen)
    out.write(
        f"{graad_label(richting.graad)} · finaliteit {richting.finaliteit} · {domeinen}"
        f" · leerwegen: {', '.join(richting.leerwegen)}\n\n"
    )
    if richting.beschrijving:
        out.write(richting.beschrijving + "\n\n")
    for a in richting.activiteiten:
        out.write(f"  • {a.tekst}\n")
    if richting.onderwijskwalificatie:
        label = say(f"onderwijskwalificatie.{richting.onderwijskwalificatie}")
        out.write(f"\n{say('onderwijskwalificatie.zin', label=label)} {say('onderwijskwalificatie.uitleg')}\n")
    if richting.bks:
        out.write(f"\n{say('bk.kop')} ({say('bk.uitleg')}):\n")
        for bk in richting.bks:
            how = say("bk.alleen_duaal" if bk.alleen_duaal else "bk.volledig" if bk.volledig else "bk.deels")
            level = f"{say('bk.niveau', niveau=bk.niveau)}, " if bk.niveau else ""
            out.write(f"  • {bk.naam} ({level}{bk.code}): {how}\n")
            if bk.definitie:
                out.write(f"    {say('bk.wat_doet', naam=bk.naam)} {bk.definitie}\n")
    if richting.beroepen:
        out.write("\nBeroepen:\n")
        for b in richting.beroepen:
            out.write(f"  • {b.naam}{' (knelpuntberoep)' if b.knelpuntberoep else ''}\n")
    for title, overgangen in (("Daarna", richting.overgangen_naar), ("Daarvoor", richting.overgangen_van)):
        if overgangen:
            out.write(f"\n{title}:\n")
            for o in overgangen:
                code = f"{o.doel.groepnummer} " if o.doel else ""
                out.write(f"  • {code}{o.naam} [{o.soort}]\n")
    return 0


def graad_label(graad: int) -> str:
    return {2: "2de graad", 3: "3de graad", 7: "7de jaar"}[graad]
