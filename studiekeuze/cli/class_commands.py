"""`studiekeuze klas`: the advice sheets of a whole class from a class list and a folder of answers files."""

import argparse
import sys
from pathlib import Path

from studiekeuze.classes.roster import read_class_csv
from studiekeuze.cli.content_access import with_repository
from studiekeuze.content.repository import ContentRepository
from studiekeuze.errors import StudiekeuzeError
from studiekeuze.vocabulary import find_language, language_list


def register(commands: argparse._SubParsersAction) -> None:
    klas = commands.add_parser("klas", help="adviezen voor een hele klas (één PDF per leerling + één om te printen)")
    klas.add_argument("--csv", type=Path, required=True, metavar="BESTAND", help="klaslijst: voornaam[, klas]")
    klas.add_argument("--antwoorden-map", type=Path, required=True, metavar="MAP",
                      help="per leerling <klas>/<voornaam>.json, '<voornaam> (<klas>).json' of <voornaam>.json")
    klas.add_argument("--uit", type=Path, required=True, metavar="MAP", help="waar de PDF's komen")
    klas.add_argument("--ouders", action="store_true", help="voeg de pagina voor ouders toe")
    klas.add_argument("--taal", metavar="CODE", help="druk de pagina voor ouders van elke leerling ook in deze taal "
                      f"(één taal voor de klas; houdt --ouders in): {language_list()}")
    klas.set_defaults(handler=_klas)


@with_repository
def _klas(args: argparse.Namespace, repository: ContentRepository) -> int:
    from studiekeuze.classes.batch import make_class_advice  # loads ReportLab: only when a class is printed

    taal = find_language(args.taal).code if args.taal is not None else None  # before anything is read or written
    # The class list is checked completely before anything is written.
    klaslijst = read_class_csv(args.csv, repository)
    if klaslijst.genegeerde_kolommen:
        print(f"Niet ingelezen (niet nodig): {', '.join(klaslijst.genegeerde_kolommen)}.", file=sys.stderr)

    def progress(done: int, total: int, name: str) -> None:
        if name:
            print(f"[{done + 1}/{total}] {name}", file=sys.stderr)

    result = make_class_advice(repository, klaslijst, args.antwoorden_map, args.uit,
                               ouders=args.ouders or taal is not None, taal=taal, progress=progress)
    if result.gemaakt:  # "0 adviezen gemaakt" would read as a success
        print(f"{len(result.gemaakt)} adviezen gemaakt in {args.uit}.")
    if result.klas_pdf:
        print(f"Alles samen om te printen: {result.klas_pdf.name}")
    if result.zonder_antwoorden:
        print(f"Geen antwoordenbestand voor: {', '.join(result.zonder_antwoorden)}.", file=sys.stderr)
    for fout in result.fouten:
        print(f"Niet gemaakt: {fout}", file=sys.stderr)
    if not result.gemaakt:
        raise StudiekeuzeError("Er is geen enkel advies gemaakt.")
    return 0
