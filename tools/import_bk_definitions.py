#!/usr/bin/env python3
"""Writes studiekeuze/content/sources/beroepskwalificaties.toml from the government's BK records.

Input: JSON lines, one per BK, as read from the stored public copies of the BK API
(ThomasTeamICT/Boosterz, public/leerplannen/kwalificaties/bk/<code>.json): {"bk", "titel", "vks", "definitie",
"api", "opgehaald"}, or {"bk", "missing"} where a record could not be read. Only BKs that the official link
(officieel/bk-koppeling.csv) names are written. The definition is copied as the source has it; only whitespace
is tidied (some records hold line breaks) and quotation marks around the whole sentence are dropped.

    tools/import_bk_definitions.py records-1.jsonl records-2.jsonl ...
"""

import csv
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent / "studiekeuze" / "content" / "sources"
TARGET = ROOT / "beroepskwalificaties.toml"
HEADER = """\
# Official one-sentence definitions of the beroepskwalificaties (BK) that the official link
# (officieel/bk-koppeling.csv) connects to a richting. Copied from the government's BK API
# (Vlaamse kwalificatiestructuur, API Beroepskwalificaties v2), as stored in the public repository
# ThomasTeamICT/Boosterz (public/leerplannen/kwalificaties/bk/<code>.json, opgehaald {opgehaald}).
# Never write or edit a definition: a BK whose definition could not be read has no record here.
# `titel` and `vks` must equal the official link; the build checks it.
# Regenerate with tools/import_bk_definitions.py (which tidies only whitespace and enclosing quotes).
"""
QUOTES = ('"', "'", "“", "”", "‘", "’")


def tidy(definitie: str) -> str:
    text = " ".join(definitie.split())
    while len(text) > 2 and text[0] in QUOTES and text[-1] in QUOTES:
        text = text[1:-1].strip()
    return text


def toml_string(text: str) -> str:
    return json.dumps(text, ensure_ascii=False)  # a JSON string is a valid TOML basic string


def main(paths: list[str]) -> int:
    linked = {row["bk"] for row in csv.DictReader((ROOT / "officieel" / "bk-koppeling.csv").open(encoding="utf-8"))
              if row["bk"]}
    records, missing = {}, []
    for path in paths:
        for line in Path(path).read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            record = json.loads(line)
            if record.get("missing") or not record.get("definitie"):
                missing.append(record["bk"])
            elif record["bk"] in linked:
                records[record["bk"]] = record
    opgehaald = sorted({r["opgehaald"][:10] for r in records.values()})
    out = [HEADER.format(opgehaald=", ".join(opgehaald) or "?")]
    for code in sorted(records):
        record = records[code]
        out.append(
            f"\n[[bk]]\ncode = {toml_string(code)}\ntitel = {toml_string(record['titel'])}\n"
            f"vks = {int(record['vks'])}\ndefinitie = {toml_string(tidy(record['definitie']))}\n"
            f"bron = {toml_string(record['api'])}\n"
        )
    TARGET.write_text("".join(out), encoding="utf-8")
    print(f"{len(records)} definities geschreven naar {TARGET}; niet gelezen: {', '.join(sorted(missing)) or 'geen'}; "
          f"zonder record: {', '.join(sorted(linked - set(records) - set(missing))) or 'geen'}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
