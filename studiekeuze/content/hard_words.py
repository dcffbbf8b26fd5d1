"""Reads and checks the hard-word list (moeilijke-woorden.toml): every field term a pupil text may use, with a plain
alternative or a one-line explanation in easy words, its forms, and the kinds of pupil text that may use it."""

import tomllib
from collections.abc import Callable
from pathlib import Path

from studiekeuze.errors import ContentError, InputFileError
from studiekeuze.safefiles import read_limited
from studiekeuze.texts.easy_words import TEKSTSOORTEN, EasyWords, HardWord, KnownWords, read_known_words, word_key

KEYS = {"term", "vormen", "uitleg", "alternatief", "teksten"}
MAX_UITLEG_WORDS = 20
MAX_FILE_BYTES = 1_000_000
Report = Callable[[Path, str, str], None]  # (file, where, reason)


def check_hard_words(path: Path, document: dict, known: KnownWords, report: Report) -> list[HardWord]:
    """Every valid `[[woord]]` record of the document; each bad row is reported with where and why."""
    records = document.get("woord", [])
    if not isinstance(records, list) or not records:
        report(path, "woord", "schrijf elk moeilijk woord als een [[woord]]-record (er staat er nu geen)")
        return []
    plain = EasyWords(known, ())  # an explanation and an alternative use known words only
    words: list[HardWord] = []
    seen: dict[str, int] = {}
    for index, record in enumerate(records, start=1):
        if not isinstance(record, dict):
            report(path, f"woord {index}", "moet een tabel zijn ([[woord]]) met term, uitleg en teksten")
            continue
        term = record.get("term")
        where = f"woord {index} ({term if isinstance(term, str) and term.strip() else '?'})"
        problems = _problems(record, plain)
        for problem in problems:
            report(path, where, problem)
        if problems:
            continue
        word = HardWord(term=record["term"].strip(), uitleg=record.get("uitleg", "").strip(),
                        alternatief=record.get("alternatief", "").strip(),
                        vormen=tuple(v.strip() for v in record.get("vormen", [])),
                        teksten=frozenset(record.get("teksten", [])))
        for form in word.forms:
            key = " ".join(word_key(form).split())
            if key in seen:
                report(path, where, f"'{form}' staat ook al bij woord {seen[key]}")
            seen.setdefault(key, index)
        words.append(word)
    return words


def _problems(record: dict, plain: EasyWords) -> list[str]:
    problems = [f"onbekende sleutel '{key}'; gebruik {', '.join(sorted(KEYS))}" for key in sorted(set(record) - KEYS)]
    term, uitleg, alternatief = record.get("term"), record.get("uitleg", ""), record.get("alternatief", "")
    vormen, teksten = record.get("vormen", []), record.get("teksten", [])
    if not isinstance(term, str) or not term.strip():
        problems.append("term ontbreekt")
    if not isinstance(uitleg, str) or not isinstance(alternatief, str):
        return [*problems, "uitleg en alternatief moeten tekst zijn"]
    if not uitleg.strip() and not alternatief.strip():
        problems.append("geef een uitleg of een eenvoudig alternatief (of allebei)")
    if not (isinstance(vormen, list) and all(isinstance(v, str) and v.strip() for v in vormen)):
        problems.append("vormen moet een lijst met tekst zijn (meervoud, andere vormen)")
    elif isinstance(term, str) and any(word_key(v) == word_key(term) for v in vormen):
        problems.append("een vorm is dezelfde als de term")
    if not (isinstance(teksten, list) and all(isinstance(t, str) for t in teksten)):
        problems.append(f"teksten moet een lijst zijn met een of meer van: {', '.join(TEKSTSOORTEN)}")
    else:
        problems += [f"onbekende tekstsoort '{t}'; kies uit {', '.join(TEKSTSOORTEN)}"
                     for t in teksten if t not in TEKSTSOORTEN]
        if teksten and not uitleg.strip():
            problems.append("een woord dat in teksten mag staan, heeft een uitleg nodig (die staat erbij)")
        if not teksten and not alternatief.strip():
            problems.append("een woord dat in geen enkele tekst mag staan, heeft een alternatief nodig")
    if uitleg.strip():
        problems += _uitleg_problems(uitleg.strip(), plain)
    if alternatief.strip():
        hard = plain.unknown(alternatief, "inhoud")
        if hard:
            problems.append(f"het alternatief gebruikt woorden die niet bekend zijn: {', '.join(hard)}")
    return problems


def _uitleg_problems(uitleg: str, plain: EasyWords) -> list[str]:
    """One short sentence (B1 or easier) of known words only, so that a newcomer of 12 understands it."""
    problems = []
    inner = uitleg[:-1]
    if not uitleg[0].isupper() or uitleg[-1] != "." or any(mark in inner for mark in (". ", "? ", "! ", "; ")):
        problems.append("de uitleg is één zin: met een hoofdletter, zonder punt of puntkomma in het midden, "
                        "en met een punt op het einde")
    if len(uitleg.split()) > MAX_UITLEG_WORDS:
        problems.append(f"de uitleg heeft {len(uitleg.split())} woorden; hoogstens {MAX_UITLEG_WORDS}")
    hard = plain.unknown(uitleg, "inhoud")
    if hard:
        problems.append(f"de uitleg gebruikt woorden die niet bekend zijn: {', '.join(hard)}")
    return problems


def read_hard_words(path: Path, known: KnownWords | None = None) -> list[HardWord]:
    """The checked hard words of one file; raises ContentError with file, row and reason for every bad row."""
    problems: list[str] = []

    def report(file: Path, where: str, reason: str) -> None:
        problems.append(f"{file.name}, {where}: {reason}")

    if known is None:
        known = read_known_words(path.parent / "bekende-woorden.txt")
    try:
        document = tomllib.loads(read_limited(path, MAX_FILE_BYTES, "Het bronbestand").decode("utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError, InputFileError) as error:
        raise ContentError([f"{path.name}, bestand: kan niet gelezen worden ({error})"]) from error
    words = check_hard_words(path, document, known, report)
    if problems:
        raise ContentError(problems)
    return words
