"""The `studiekeuze` command line over the core: parsing, output, and Dutch messages instead of tracebacks."""

import argparse
import logging
import sys
from collections.abc import Callable, Sequence

from studiekeuze.cli import dutch_argparse
from studiekeuze.errors import StudiekeuzeError, UnknownSituation

log = logging.getLogger("studiekeuze")

Handler = Callable[[argparse.Namespace], int]


def build_parser() -> argparse.ArgumentParser:
    from studiekeuze.cli import advice_commands, class_commands, content_commands, pupil_commands

    parser = argparse.ArgumentParser(
        prog="studiekeuze",
        description="Studiekeuze: verken studierichtingen, finaliteiten en overgangen. Zonder opdracht start de app.",
    )
    commands = parser.add_subparsers(dest="opdracht", metavar="OPDRACHT")
    content_commands.register(commands)
    pupil_commands.register(commands)
    advice_commands.register(commands)
    class_commands.register(commands)
    gui = commands.add_parser("gui", help="start de app")
    gui.add_argument("--smoke", action="store_true", help="start, toon het venster en stop meteen (test)")
    gui.set_defaults(handler=_run_gui)
    return parser


def _run_gui(args: argparse.Namespace) -> int:
    from studiekeuze.ui.app import run

    return run(smoke=getattr(args, "smoke", False))



def main(argv: Sequence[str] | None = None) -> int:
    dutch_argparse.install()
    for stream in (sys.stdout, sys.stderr):
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(encoding="utf-8", errors="replace")
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    argv = list(sys.argv[1:] if argv is None else argv)
    if not argv or (argv[0] == "gui" and set(argv[1:]) <= {"--smoke"}):
        # Straight to the app: building the full parser imports every command's core modules (~150 ms).
        return _run_gui(argparse.Namespace(smoke="--smoke" in argv))
    args = build_parser().parse_args(argv)
    if not hasattr(args, "handler"):
        build_parser().print_help(sys.stderr)
        return 2
    try:
        return args.handler(args)
    except StudiekeuzeError as error:
        print(f"studiekeuze: {error}", file=sys.stderr)
        if isinstance(error, UnknownSituation):
            print("Geef --van GROEPNUMMER of --naar-graad, of vul huidige_richting of huidige_graad in het "
                  "antwoordenbestand in.", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("studiekeuze: afgebroken.", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
    except Exception:
        log.exception("onverwachte fout")
        print(
            "studiekeuze: er ging iets onverwacht mis. De details staan hierboven; meld ze aan de beheerder.",
            file=sys.stderr,
        )
        return 3
