"""The help pages bundled with the package (Markdown, one file a page): loaded, checked and searched without Qt.

A page starts with a small header between two `---` lines:

    ---
    titel: Wat je profiel toont
    voor: leerlingen            # leerlingen | begeleiders | iedereen
    volgorde: 4                 # place in the list
    trefwoorden: profiel, balkjes, score   # words people search with that the text may not hold
    ---

The body is Markdown (CommonMark with tables, as Qt renders it). A link `help:slug` opens another page; `$datamap`
becomes the folder that holds the pupils' data.
"""

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from string import Template

from studiekeuze import resources
from studiekeuze.textnorm import words

AUDIENCES = ("leerlingen", "begeleiders", "iedereen")
PUPILS = frozenset(["leerlingen", "iedereen"])  # what a pupil may read during a class session
LINK = re.compile(r"\(help:([a-z0-9-]+)\)")
_HEADER = re.compile(r"\A---\n(.*?)\n---\n", re.DOTALL)
# Markdown marks that are not words: stripped for the search and for a plain-text preview.
_MARKUP = re.compile(r"[`*_#|>\[\]]|\(help:[a-z0-9-]+\)|^\s*[-\d.]+\s", re.MULTILINE)


class HelpError(Exception):
    """A bundled help page is malformed: a bug in the package, caught by the tests."""


@dataclass(frozen=True)
class HelpPage:
    slug: str
    titel: str
    voor: str
    volgorde: int
    trefwoorden: tuple[str, ...]
    tekst: str  # Markdown

    @property
    def plain(self) -> str:
        """The text without Markdown marks (what a reader reads)."""
        return _MARKUP.sub(" ", self.tekst)

    @property
    def links(self) -> tuple[str, ...]:
        return tuple(LINK.findall(self.tekst))

    def for_pupils(self) -> bool:
        return self.voor in PUPILS


def help_dir() -> Path:
    return resources.bundled("help")


def load_pages(datamap: str = "", folder: Path | None = None) -> list[HelpPage]:
    """Every help page, in their order; `datamap` fills in where the pupils' data lives."""
    values = {"datamap": datamap or "de map met de gegevens van studiekeuze"}
    return [HelpPage(p.slug, p.titel, p.voor, p.volgorde, p.trefwoorden, Template(p.tekst).safe_substitute(values))
            for p in _raw_pages(folder or help_dir())]


@cache
def _raw_pages(folder: Path) -> tuple[HelpPage, ...]:
    pages = [parse_page(path.stem, path.read_text(encoding="utf-8")) for path in sorted(folder.glob("*.md"))]
    return tuple(sorted(pages, key=lambda p: (p.volgorde, p.slug)))


def parse_page(slug: str, source: str) -> HelpPage:
    source = source.replace("\r\n", "\n")
    found = _HEADER.match(source)
    if not found:
        raise HelpError(f"{slug}.md: de kop tussen twee regels '---' ontbreekt")
    header: dict[str, str] = {}
    for line in found.group(1).splitlines():
        key, sep, value = line.partition(":")
        if not sep:
            raise HelpError(f"{slug}.md: regel '{line}' in de kop heeft geen ':'")
        header[key.strip()] = value.strip().strip('"')
    missing = [key for key in ("titel", "voor", "volgorde") if not header.get(key)]
    if missing:
        raise HelpError(f"{slug}.md: {', '.join(missing)} ontbreekt in de kop")
    if header["voor"] not in AUDIENCES:
        raise HelpError(f"{slug}.md: voor moet {', '.join(AUDIENCES)} zijn, niet '{header['voor']}'")
    if not header["volgorde"].isdecimal():
        raise HelpError(f"{slug}.md: volgorde moet een getal zijn")
    trefwoorden = tuple(t.strip() for t in header.get("trefwoorden", "").split(",") if t.strip())
    return HelpPage(slug, header["titel"], header["voor"], int(header["volgorde"]), trefwoorden,
                    source[found.end():].strip() + "\n")


# --- search ----------------------------------------------------------------------------------------------------
TITLE_WEIGHT, KEYWORD_WEIGHT, TEXT_WEIGHT = 5, 3, 1


@cache
def _index(page: HelpPage) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    return (frozenset(words(page.titel)), frozenset(w for t in page.trefwoorden for w in words(t)),
            frozenset(words(page.plain)))


def search_pages(pages: list[HelpPage], text: str) -> list[HelpPage]:
    """Pages holding every word of `text` (each from its start; accents and case ignored), best first: a word in the
    title counts most, then a keyword, then the text. Empty text gives every page."""
    wanted = list(dict.fromkeys(words(text)))[:12]
    if not wanted:
        return list(pages)
    scored = []
    for page in pages:
        title, keywords, body = _index(page)
        score = 0
        for word in wanted:
            hit = 0
            if any(w.startswith(word) for w in title):
                hit = max(hit, TITLE_WEIGHT)
            if any(w.startswith(word) for w in keywords):
                hit = max(hit, KEYWORD_WEIGHT)
            if not hit and any(w.startswith(word) for w in body):
                hit = TEXT_WEIGHT
            if not hit:
                break
            score += hit
        else:
            scored.append((-score, page.volgorde, page.slug, page))
    return [entry[-1] for entry in sorted(scored)]
