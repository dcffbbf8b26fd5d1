"""The `studiekeuze` command line over the core: parsing, output, and Dutch messages instead of tracebacks."""

import argparse
import contextlib
import gc
import logging
import os
import sys
from collections.abc import Callable, Sequence

from studiekeuze import __version__
from studiekeuze.cli import dutch_argparse
from studiekeuze.cli.output import OutputError, guarded_stdout
from studiekeuze.errors import InvalidInput, StudiekeuzeError, UnknownSituation
from studiekeuze.textcheck import encodable

log = logging.getLogger("studiekeuze")

Handler = Callable[[argparse.Namespace], int]


def build_parser() -> argparse.ArgumentParser:
    from studiekeuze.cli import advice_commands, class_commands, content_commands, pupil_commands

    parser = argparse.ArgumentParser(
        prog="studiekeuze",
        description="Studiekeuze: verken studierichtingen, finaliteiten en overgangen. Zonder opdracht start de app.",
    )
    parser.add_argument("-V", "--version", action="version", version=f"studiekeuze {__version__}",
                        help="toon het versienummer en stop")
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



def _check_arguments(args: argparse.Namespace) -> None:
    """Text on the command line that is not valid UTF-8 (it arrives as lone surrogates) is refused here, at input."""
    for name, value in vars(args).items():
        if isinstance(value, str) and not encodable(value):
            option = "TEKST" if name in ("tekst", "sleutel") else "--" + name.replace("_", "-")
            raise InvalidInput(f"{option} bevat tekens die geen gewone tekst zijn. Typ de tekst opnieuw.")


def main(argv: Sequence[str] | None = None) -> int:
    dutch_argparse.install()
    # A windowed build (PyInstaller without a console) has no stdout or stderr at all: write those to nowhere.
    if sys.stdout is None:
        sys.stdout = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115 (open for the whole process)
    if sys.stderr is None:
        sys.stderr = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115
    for stream in (sys.stdout, sys.stderr):
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(encoding="utf-8", errors="replace")
    console = logging.StreamHandler()
    console.setLevel(logging.WARNING)  # the log file (diagnostics) gets more; the terminal only what matters
    console.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))
    logging.basicConfig(level=logging.WARNING, handlers=[console])
    argv = list(sys.argv[1:] if argv is None else argv)
    real_stdout = sys.stdout
    sys.stdout = guarded_stdout(real_stdout)
    try:
        code = _main(argv)
        sys.stdout.flush()  # output still in the buffer must reach its file before success is reported
        return code
    except OutputError as error:
        print(f"studiekeuze: {error}", file=sys.stderr)
        _silence(real_stdout)
        return 1
    except BrokenPipeError:  # e.g. `studiekeuze zoek x | head -1`: the reader has all it wanted
        _silence(real_stdout)
        return 0
    finally:
        sys.stdout = real_stdout


def _silence(stream) -> None:
    """Point a stdout that cannot be written at the null device, so the exit does not fail on it a second time."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, stream.fileno())
        os.close(devnull)
    except (OSError, ValueError, AttributeError):  # not a real file (tests capture stdout in memory)
        pass


def _main(argv: list[str]) -> int:
    if argv in (["--version"], ["-V"]):
        print(f"studiekeuze {__version__}")
        return 0
    if not argv or (argv[0] == "gui" and set(argv[1:]) <= {"--smoke"}):
        # Straight to the app: building the full parser imports every command's core modules (~150 ms).
        # Start-up makes many objects that all stay; looking for garbage among them while Qt and the pages load is
        # wasted work (~15 ms). The app turns the collector on again once its window is up (studiekeuze.ui.app).
        gc.disable()
        return _run(_run_gui, argparse.Namespace(smoke="--smoke" in argv, opdracht="gui"))
    args = build_parser().parse_args(argv)
    if not hasattr(args, "handler"):
        build_parser().print_help(sys.stderr)
        return 2
    return _run(_checked, args)


def _checked(args: argparse.Namespace) -> int:
    _check_arguments(args)
    return args.handler(args)


def _run(handler: Handler, args: argparse.Namespace) -> int:
    """The one handler: a StudiekeuzeError is its Dutch message and exit code 1; anything else is a bug (3)."""
    from studiekeuze import diagnostics

    diagnostics.start_logging(str(args.opdracht))  # argparse checked it: a command's name, never a file name
    try:
        return handler(args)
    except OutputError:
        raise
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
        raise
    except Exception:
        log.exception("onverwachte fout")
        print(
            "studiekeuze: er ging iets onverwacht mis. De details staan hierboven; meld ze aan de beheerder.",
            file=sys.stderr,
        )
        _point_at_log()
        return 3


def _point_at_log() -> None:
    from studiekeuze import diagnostics

    with contextlib.suppress(StudiekeuzeError):  # no log folder: nothing to point at
        print(f"Het logbestand staat in {diagnostics.log_file()}.", file=sys.stderr)
