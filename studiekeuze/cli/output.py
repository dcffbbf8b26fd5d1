"""JSON shapes of the command-line contract (kept in one place so every command speaks the same way)."""

import json
import sys
from typing import Any

from studiekeuze.models import Overgang, Richting, RichtingSamenvatting


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
            {"naam": b.naam, "niveau": b.niveau, "code": b.code, "bron": b.bron, "competenties": b.competenties}
            for b in richting.bks
        ],
        "overgangen_naar": [overgang_json(o) for o in richting.overgangen_naar],
        "overgangen_van": [overgang_json(o) for o in richting.overgangen_van],
        "beroepen": [
            {"naam": b.naam, "knelpuntberoep": b.knelpuntberoep, "knelpunt_jaar": b.knelpunt_jaar}
            for b in richting.beroepen
        ],
        "domein_zekerheid": richting.domein_zekerheid,
        "domein_bron": richting.domein_bron,
    }
