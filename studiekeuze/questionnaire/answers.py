"""Reads and checks an answers file; every problem becomes a Dutch message naming what is wrong."""

import json
from pathlib import Path
from typing import Any

from studiekeuze.errors import InputFileError
from studiekeuze.models import Antwoorden, Leerling, Vragenlijst

MAX_FILE_BYTES = 1_000_000


def read_answers_file(path: Path, vragenlijst: Vragenlijst) -> Antwoorden:
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            raise InputFileError(f"Het antwoordenbestand {path} is te groot om een antwoordenbestand te zijn.")
        text = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError as error:
        raise InputFileError(f"Het antwoordenbestand {path} bestaat niet.") from error
    except IsADirectoryError as error:
        raise InputFileError(f"{path} is een map, geen antwoordenbestand.") from error
    except UnicodeDecodeError as error:
        raise InputFileError(f"Het antwoordenbestand {path} is geen tekstbestand in UTF-8.") from error
    except OSError as error:
        raise InputFileError(f"Het antwoordenbestand {path} kan niet gelezen worden ({error.strerror}).") from error
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise InputFileError(
            f"Het antwoordenbestand {path} is geen geldige JSON (regel {error.lineno}, kolom {error.colno})."
        ) from error
    return parse_answers(data, vragenlijst, source=str(path))


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
    if vorm not in ("", "kort", "volledig"):
        raise InputFileError(f"In {source} moet 'vorm' 'kort' of 'volledig' zijn.")
    return Antwoorden(leerling, antwoorden, vorm)


def _leerling(raw: Any, source: str) -> Leerling:
    if not isinstance(raw, dict):
        raise InputFileError(f"In {source} moet 'leerling' een object zijn.")
    voornaam = raw.get("voornaam", "") or ""
    if not isinstance(voornaam, str) or len(voornaam) > 200:
        raise InputFileError(f"In {source} moet de voornaam tekst zijn (hoogstens 200 tekens).")
    graad = raw.get("huidige_graad")
    if graad is not None and (isinstance(graad, bool) or graad not in (1, 2, 3, 7)):
        raise InputFileError(f"In {source} moet huidige_graad 1, 2, 3 of 7 zijn, niet {json.dumps(graad)}.")
    richting = raw.get("huidige_richting", "") or ""
    if not isinstance(richting, str):
        raise InputFileError(f"In {source} moet huidige_richting een groepnummer of een naam zijn.")
    niet_open = raw.get("niet_open", [])
    if not isinstance(niet_open, list) or not all(isinstance(x, str) for x in niet_open):
        raise InputFileError(f"In {source} moet niet_open een lijst met groepnummers zijn.")
    return Leerling(voornaam.strip(), graad, richting.strip(), tuple(niet_open))
