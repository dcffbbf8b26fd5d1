"""Command `advies`: the printed study-path advice of one pupil, as a PDF."""

import argparse
from pathlib import Path

from studiekeuze.vocabulary import find_language, language_list

TAAL_HELP = f"druk de bladzijde voor ouders ook in deze taal, na de Nederlandse (houdt --ouders in): {language_list()}"


def register(commands: argparse._SubParsersAction) -> None:
    advies = commands.add_parser("advies", help="het studieadvies van een leerling als PDF (twee bladzijden)")
    advies.add_argument("--antwoorden", type=Path, required=True, metavar="BESTAND", help="het antwoordenbestand")
    waar = advies.add_mutually_exclusive_group()
    waar.add_argument("--van", metavar="GROEPNUMMER", help="de huidige studierichting (groepnummer of naam)")
    waar.add_argument("--naar-graad", type=int, choices=(2, 3, 7), metavar="N",
                      help="de graad waarnaar de leerling gaat: 2, 3 of 7")
    advies.add_argument("--notitie", default="", metavar="TEKST", help="de notitie van de begeleider, op het blad")
    advies.add_argument("--ouders", action="store_true", help="voeg een blad voor de ouders toe")
    advies.add_argument("--taal", metavar="CODE", help=TAAL_HELP)
    advies.add_argument("--uit", type=Path, required=True, metavar="BESTAND.pdf", help="waar de PDF komt")
    advies.set_defaults(handler=_advies)


def _advies(args: argparse.Namespace) -> int:
    # Imported here so that other commands do not pay for loading ReportLab.
    from studiekeuze.advice import build_advice, resolve_situation
    from studiekeuze.content.repository import ContentRepository
    from studiekeuze.pdf import render_pdf
    from studiekeuze.pdf.writer import check_target, write_pdf
    from studiekeuze.questionnaire.answers import read_answers_file

    check_target(args.uit)  # before any work: a wrong folder is reported at once
    taal = find_language(args.taal).code if args.taal is not None else None  # likewise a language we do not have
    repository = ContentRepository.open_default()
    try:
        antwoorden = read_answers_file(args.antwoorden, repository.vragenlijst)
        huidige, naar_graad = resolve_situation(repository, antwoorden.leerling, args.van, args.naar_graad)
        advies = build_advice(repository, antwoorden, huidige, naar_graad, notitie=args.notitie, taal=taal)
        target = write_pdf(render_pdf(advies, ouders=args.ouders or taal is not None), args.uit)
    finally:
        repository.close()
    print(f"Studieadvies bewaard in {target}.")
    return 0
