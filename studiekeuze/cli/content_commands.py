"""Commands over the content database: `db build`, `db check`, `zoek`, `richting`."""

import argparse
import sys
from pathlib import Path

from studiekeuze import paths, resources
from studiekeuze.cli.content_access import with_repository
from studiekeuze.cli.output import print_json
from studiekeuze.content.build import build_database
from studiekeuze.content.coverage import coverage_lines
from studiekeuze.content.repository import ContentRepository
from studiekeuze.content.sources import load_sources
from studiekeuze.service.richting_page import RichtingPagina, richting_page
from studiekeuze.service.shapes import richting_json, summary_json
from studiekeuze.vocabulary import FINALITEITEN, graad_label


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
    zoek.add_argument("tekst", metavar="TEKST",
                      help="wat je zoekt (naam, beroep, gewoon woord, woord uit de beschrijving; tikfouten mogen)")
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
        # `gevonden_in` is an addition to the summary of every richting: where the search found it.
        print_json([{**summary_json(s, domein), "gevonden_in": list(s.gevonden_in)} for s in results])
        return 0
    if not results:
        print("Niets gevonden. Probeer een ander woord of minder filters.")
        return 0
    for s in results:
        print(f"{s.groepnummer}  {s.naam}  ({graad_label(s.graad)}, {s.finaliteit}, {' / '.join(s.domeinen)})")
    return 0


@with_repository
def _richting(args: argparse.Namespace, repository: ContentRepository) -> int:
    groepnummer = repository.find(args.sleutel).groepnummer
    pagina = richting_page(repository, groepnummer)
    if args.json:
        print_json(richting_json(repository.richting(groepnummer), pagina))
        return 0
    write_page(pagina, sys.stdout)
    return 0


def write_page(pagina: RichtingPagina, out) -> None:
    """The richting's page as plain text: the same model, and so the same words, as the app's page."""
    out.write(f"{pagina.titel} ({pagina.groepnummer})\n{pagina.ondertitel}\n")
    if pagina.finaliteit_kort:
        out.write(f"{pagina.finaliteit_kort}\n")
    for sectie in pagina.secties:
        out.write("\n")
        if sectie.kop:
            out.write(f"{sectie.kop}\n")
        for alinea in sectie.alineas:
            out.write(f"{alinea}\n")
        for klein in sectie.klein:
            out.write(f"  {klein}\n")
        for punt in sectie.punten:
            code = f" ({punt.link})" if punt.link else ""
            bij = f" — {punt.bij}" if punt.bij and punt.link else f" {punt.bij}" if punt.bij else ""
            out.write(f"  • {punt.tekst}{code}{bij}\n")
            for regel in punt.regels:
                out.write(f"    {regel}\n")
        for noot in sectie.noot:
            out.write(f"  {noot}\n")
    out.write(f"\n{pagina.voetnoot}\n")
