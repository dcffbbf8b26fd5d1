"""JSON shapes of the command-line contract (kept in one place so every command speaks the same way)."""

import json
import sys
from typing import Any, TextIO

from studiekeuze.errors import StudiekeuzeError
from studiekeuze.models import Overgang, Profiel, Richting, RichtingSamenvatting, Suggestie


class OutputError(StudiekeuzeError):
    """What the command printed could not be written (stdout is a full disk, a closed file, /dev/full)."""


class _GuardedStdout:
    """stdout that turns a failed write into an OutputError with a Dutch message, instead of a traceback."""

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream

    def write(self, text: str) -> int:
        try:
            return self._stream.write(text)
        except BrokenPipeError:
            raise
        except OSError as error:
            raise _output_error(error) from error

    def flush(self) -> None:
        try:
            self._stream.flush()
        except BrokenPipeError:
            raise
        except OSError as error:
            raise _output_error(error) from error

    def __getattr__(self, name: str) -> Any:
        return getattr(self._stream, name)


def _output_error(error: OSError) -> OutputError:
    return OutputError(
        f"De uitvoer kon niet geschreven worden ({error.strerror or error}). Is de schijf vol? Stuur de uitvoer "
        "naar een bestand op een schijf met ruimte."
    )


def guarded_stdout(stream: TextIO) -> TextIO:
    return _GuardedStdout(stream)  # type: ignore[return-value]


def print_json(value: Any) -> None:
    json.dump(value, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


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


def richting_json(richting: Richting) -> dict[str, Any]:
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
        **({"opleiding_soort": suggestie.opleiding_soort, "toelating": suggestie.toelating}
           if suggestie.soort_overgang in ("graduaat", "bachelor") else {}),
    }
