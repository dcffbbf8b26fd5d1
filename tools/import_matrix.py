"""One-off: turn the official matrix (shared/reference/matrix.csv) into the TOML content skeletons.

Kept for provenance: it shows how the official names, group numbers, graad, finaliteit and domains
entered the content sources. Running it again overwrites the skeleton files, so it refuses when
they exist.
"""

import csv
import sys
from collections import defaultdict
from pathlib import Path

SOURCES = Path(__file__).resolve().parents[1] / "studiekeuze" / "content" / "sources" / "richtingen"

DOMAIN_SLUGS = {
    "Economie en organisatie": "economie-en-organisatie",
    "Kunst en creatie": "kunst-en-creatie",
    "Land- en tuinbouw": "land-en-tuinbouw",
    "Maatschappij en welzijn": "maatschappij-en-welzijn",
    "STEM": "stem",
    "Sport": "sport",
    "Taal en cultuur": "taal-en-cultuur",
    "Voeding en horeca": "voeding-en-horeca",
    "Domeinoverschrijdend": "domeinoverschrijdend",
}


def toml_string(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def main(matrix_csv: str) -> None:
    with open(matrix_csv, encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    merged: dict[str, dict] = {}
    for row in rows:
        entry = merged.setdefault(
            row["groepnummer"],
            {**row, "domeinen": [], "zekerheden": []},
        )
        entry["domeinen"].append(row["domein"])
        entry["zekerheden"].append(row["domein_zekerheid"])
    files: dict[Path, list[str]] = defaultdict(list)
    for entry in merged.values():
        slug = DOMAIN_SLUGS[entry["domeinen"][0]]
        target = SOURCES / f"{slug}-graad{entry['graad']}.toml"
        zekerheid = "afgeleid" if "afgeleid" in entry["zekerheden"] else "bron"
        domeinen = ", ".join(toml_string(d) for d in entry["domeinen"])
        files[target].append(
            "\n".join(
                [
                    "[[richting]]",
                    f"groepnummer = {toml_string(entry['groepnummer'])}",
                    f"naam = {toml_string(entry['naam'])}",
                    f"graad = {entry['graad']}",
                    f"finaliteit = {toml_string(entry['finaliteit'])}",
                    f"domeinen = [{domeinen}]",
                    f"domein_zekerheid = {toml_string(zekerheid)}",
                    'domein_bron = ""',
                    'leerwegen = ["school"]',
                    "zoektermen = []",
                    'beschrijving = """"""',
                    "activiteiten = []",
                    "beroepen = []",
                    "bks = []",
                ]
            )
        )
    for target, records in files.items():
        if target.exists():
            sys.exit(f"{target} bestaat al; niets overschreven.")
        header = (
            "# Studierichtingen — official facts from the matrix (groepnummer, naam, graad, finaliteit,\n"
            "# domeinen): never edit them except a domain correction with its source. See ../README.md.\n\n"
        )
        target.write_text(header + "\n\n".join(records) + "\n", encoding="utf-8")
        print(target.name, len(records))


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "../shared/reference/matrix.csv")
