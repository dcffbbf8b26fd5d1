"""Reads and checks an answers file; every problem becomes a Dutch message naming what is wrong."""

import json
from pathlib import Path
from typing import Any

from studiekeuze.errors import InputFileError
from studiekeuze.models import Antwoorden, Leerling, Vragenlijst
from studiekeuze.safefiles import read_limited
from studiekeuze.textcheck import clean, encodable, name_problem, shown
from studiekeuze.vocabulary import graden, vragenlijst_vormen

MAX_FILE_BYTES = 1_000_000
MAX_DEPTH = 8  # an answers file is three levels deep; deeper nesting is never an answers file
MAX_INTEGER_DIGITS = 20
MAX_NAME_LENGTH = 200  # answers files have always allowed this much (the app and class lists allow 60)


def read_answers_file(path: Path, vragenlijst: Vragenlijst) -> Antwoorden:
    raw = read_limited(path, MAX_FILE_BYTES, "Het antwoordenbestand")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise InputFileError(f"Het antwoordenbestand {path} is geen tekstbestand in UTF-8.") from error
    return parse_answers(load_json(text, f"Het antwoordenbestand {path}"), vragenlijst, source=str(path))


def load_json(text: str, label: str) -> Any:
    """JSON with limits: no integer of thousands of digits, no nesting thousands deep, only text that is text."""
    try:
        data = json.loads(text, parse_int=_bounded_int, parse_constant=_no_constant)
    except json.JSONDecodeError as error:
        raise InputFileError(f"{label} is geen geldige JSON (regel {error.lineno}, kolom {error.colno}).") from error
    except RecursionError as error:
        raise InputFileError(f"{label} is te diep genest om een antwoordenbestand te zijn.") from error
    except _NotAnAnswer as error:
        raise InputFileError(f"{label}: {error} Een antwoord is een geheel getal van 1 tot 5.") from error
    _check_shape(data, label)
    return data


class _NotAnAnswer(ValueError):
    pass


def _bounded_int(digits: str) -> int:
    # Python refuses to turn more than 4,300 digits into an int (ValueError); far fewer are already no answer.
    if len(digits.lstrip("-")) > MAX_INTEGER_DIGITS:
        raise _NotAnAnswer(f"er staat een getal van {len(digits.lstrip('-'))} cijfers in.")
    return int(digits)


def _no_constant(name: str) -> Any:
    raise _NotAnAnswer(f"'{name}' is geen getal.")


def _check_shape(data: Any, label: str) -> None:
    """Walk the parsed value without recursion: at most MAX_DEPTH deep, and every text encodable."""
    pending = [(data, 1)]
    while pending:
        value, depth = pending.pop()
        if depth > MAX_DEPTH:
            raise InputFileError(f"{label} is te diep genest om een antwoordenbestand te zijn.")
        if isinstance(value, dict):
            pending += [(key, depth) for key in value]
            pending += [(item, depth + 1) for item in value.values()]
        elif isinstance(value, list):
            pending += [(item, depth + 1) for item in value]
        elif isinstance(value, str) and not encodable(value):
            raise InputFileError(
                f"{label} bevat tekst met tekens die geen gewone tekst zijn ('{shown(value)[:60]}'). "
                "Verbeter die tekst of maak het bestand opnieuw."
            )


def parse_answers(data: Any, vragenlijst: Vragenlijst, source: str = "de antwoorden") -> Antwoorden:
    if not isinstance(data, dict):
        raise InputFileError(f"In {source} moet een object staan met 'leerling' en 'antwoorden'.")
    leerling = _leerling(data.get("leerling", {}), source)
    raw = data.get("antwoorden", {})
    if not isinstance(raw, dict):
        raise InputFileError(f"In {source} moet 'antwoorden' een object zijn: {{\"R01\": 4, ...}}.")
    known = vragenlijst.per_id
    antwoorden: dict[str, int] = {}
    unknown = [item_id for item_id in raw if item_id not in known]
    if unknown:
        shown = ", ".join(repr(u) for u in unknown[:5]) + (" …" if len(unknown) > 5 else "")
        raise InputFileError(f"In {source} staan onbekende vragen: {shown}.")
    for item_id, value in raw.items():
        if value is None:
            continue  # a question left open is allowed; completeness reports it
        if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= 5:
            raise InputFileError(
                f"In {source}: vraag {item_id} heeft het antwoord {json.dumps(value, ensure_ascii=False)}; "
                "een antwoord is een geheel getal van 1 tot 5."
            )
        antwoorden[item_id] = value
    vorm = data.get("vorm", "")
    if not isinstance(vorm, str) or vorm not in ("", *vragenlijst_vormen()):
        shown_forms = " of ".join(f"'{v}'" for v in vragenlijst_vormen())
        raise InputFileError(f"In {source} moet 'vorm' {shown_forms} zijn.")
    return Antwoorden(leerling, antwoorden, vorm)


def _leerling(raw: Any, source: str) -> Leerling:
    if not isinstance(raw, dict):
        raise InputFileError(f"In {source} moet 'leerling' een object zijn.")
    voornaam = raw.get("voornaam", "") or ""
    problem = name_problem(voornaam, max_length=MAX_NAME_LENGTH, required=False)
    if problem:
        raise InputFileError(f"In {source}: {problem}")
    graad = raw.get("huidige_graad")
    if graad is not None and (isinstance(graad, bool) or graad not in graden()):
        options = ", ".join(str(g) for g in graden()[:-1]) + f" of {graden()[-1]}"
        raise InputFileError(f"In {source} moet huidige_graad {options} zijn, niet {json.dumps(graad)}.")
    richting = raw.get("huidige_richting", "") or ""
    if not isinstance(richting, str):
        raise InputFileError(f"In {source} moet huidige_richting een groepnummer of een naam zijn.")
    lists = {key: _richting_list(raw, key, source) for key in ("niet_open", "extra", "zonder")}
    return Leerling(clean(voornaam), graad, richting.strip(), lists["niet_open"], lists["extra"], lists["zonder"])


def _richting_list(raw: dict, key: str, source: str) -> tuple[str, ...]:
    """niet_open, extra, zonder: lists of groepnummers or names (which richting each names is checked where used)."""
    value = raw.get(key, [])
    if not isinstance(value, list) or not all(isinstance(x, str) for x in value):
        raise InputFileError(f"In {source} moet {key} een lijst met groepnummers zijn.")
    return tuple(x.strip() for x in value if x.strip())
