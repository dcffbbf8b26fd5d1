"""Command `advies`: the printed study-path advice of one pupil, as a PDF and/or as the advice model in JSON."""

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
    advies.add_argument("--niet-open", default="", metavar="G-0001,G-0002",
                        help="richtingen die het attest nu niet toelaat")
    advies.add_argument("--extra", default="", metavar="G-0001,G-0002",
                        help="richtingen die de begeleider op het advies zet")
    advies.add_argument("--zonder", default="", metavar="G-0001,G-0002",
                        help="suggesties die de begeleider weglaat")
    advies.add_argument("--notitie", default="", metavar="TEKST", help="de notitie van de begeleider, op het blad")
    advies.add_argument("--ouders", action="store_true", help="voeg een blad voor de ouders toe")
    advies.add_argument("--taal", metavar="CODE", help=TAAL_HELP)
    advies.add_argument("--uit", type=Path, metavar="BESTAND.pdf", help="waar de PDF komt (nodig zonder --json)")
    advies.add_argument("--json", action="store_true",
                        help="geef het advies als JSON: precies de kaarten die op de PDF staan")
    advies.set_defaults(handler=_advies, usage_error=advies.error)


def keys(text: str) -> tuple[str, ...]:
    """"G-0081, Elektriciteit" → ("G-0081", "Elektriciteit"): which richting each names is checked by the service."""
    return tuple(part.strip() for part in text.split(",") if part.strip())


def _advies(args: argparse.Namespace) -> int:
    if args.uit is None and not args.json:
        # A wrong call, as when --uit was required: exit code 2 with the usage.
        args.usage_error("deze argumenten ontbreken: --uit (of geef --json om het advies als JSON te zien)")
    # Imported here so that other commands do not pay for loading ReportLab.
    from studiekeuze.advice import word_advice
    from studiekeuze.cli.output import print_json
    from studiekeuze.content.repository import ContentRepository
    from studiekeuze.questionnaire.answers import read_answers_file
    from studiekeuze.service.outcome import Keuzes, uitkomst
    from studiekeuze.service.shapes import advies_json

    if args.uit is not None:
        from studiekeuze.pdf.writer import check_target

        check_target(args.uit)  # before any work: a wrong folder is reported at once
    taal = find_language(args.taal).code if args.taal is not None else None  # likewise a language we do not have
    repository = ContentRepository.open_default()
    try:
        antwoorden = read_answers_file(args.antwoorden, repository.vragenlijst)
        keuzes = Keuzes(van=args.van, naar_graad=args.naar_graad, niet_open=keys(args.niet_open),
                        extra=keys(args.extra), zonder=keys(args.zonder))
        outcome = uitkomst(repository, antwoorden, keuzes)
        advies = word_advice(repository, outcome, notitie=args.notitie, taal=taal)
        target = None
        if args.uit is not None:
            from studiekeuze.pdf import render_pdf
            from studiekeuze.pdf.writer import write_pdf

            target = write_pdf(render_pdf(advies, ouders=args.ouders or taal is not None), args.uit)
    finally:
        repository.close()
    if args.json:
        print_json(advies_json(advies, outcome))  # stdout holds JSON only; the PDF's place is known to the caller
    else:
        print(f"Studieadvies bewaard in {target}.")
    return 0
