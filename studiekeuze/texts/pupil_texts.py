"""Every text a pupil reads, with where it is written, for the easy-words check (tests and tools/easy_words_report.py):
the questionnaire, the sentences of zinnen.toml, the advice templates, and the short pupil-facing content fields."""

from __future__ import annotations

import ast
import tomllib
from dataclasses import dataclass
from pathlib import Path

import jinja2

from studiekeuze import resources


@dataclass(frozen=True)
class PupilText:
    """One pupil text: its kind (easy_words.TEKSTSOORTEN), where it is written, and the text."""

    soort: str
    plaats: str
    tekst: str


def _toml(path: Path) -> dict:
    with path.open("rb") as handle:
        return tomllib.load(handle)


Token = tuple[int, str, str]


def _tokens(source: str) -> list[Token]:
    return [token for token in jinja2.Environment().lex(source) if token[1] not in ("whitespace", "comment")]


def _literal_texts(tokens: list[Token]) -> list[str]:
    texts = []
    for index, (_line, kind, value) in enumerate(tokens):
        if kind == "data":
            texts.append(value)
        elif kind == "string":
            after = tokens[index + 1][2] if index + 1 < len(tokens) else ""
            before = tokens[index - 1][2] if index else ""
            if after != ":" and before not in ("==", "!=", "in", "="):
                texts.append(ast.literal_eval(value))
    return [" ".join(text.split()) for text in texts if text.strip()]


def template_text(source: str) -> str:
    """The literal text of a Jinja2 template: its text between the tags, and every string in an expression that is
    shown (a dict's values, a list's items), not the keys or the values it is compared with. Placeholders are left
    out: the words they fill in (names, numbers) are checked where they are written."""
    return " ".join(_literal_texts(_tokens(source)))


def macro_texts(source: str) -> dict[str, str]:
    """The literal text of each macro of a template file (see template_text), by macro name."""
    tokens = _tokens(source)
    texts: dict[str, str] = {}
    name, start = "", 0
    for index, (_line, kind, value) in enumerate(tokens):
        if kind == "name" and value == "macro" and index + 1 < len(tokens):
            name, start = tokens[index + 1][2], index + 2
        elif kind == "name" and value == "endmacro" and name:
            texts[name] = " ".join(_literal_texts(tokens[start:index]))
            name = ""
    return texts


def questionnaire_texts(root: Path | None = None) -> list[PupilText]:
    """Every item, question and answer label of vragenlijst.toml."""
    root = root or resources.content_sources_dir()
    document = _toml(root / "vragenlijst.toml")
    texts = [PupilText("vragenlijst", f"vragenlijst.toml, vragen.{soort}", vraag)
             for soort, vraag in document.get("vragen", {}).items()]
    texts += [PupilText("vragenlijst", f"vragenlijst.toml, antwoordschalen.{soort}", label)
              for soort, labels in document.get("antwoordschalen", {}).items() for label in labels]
    texts += [PupilText("vragenlijst", f"vragenlijst.toml, item {item['id']}", item["tekst"])
              for item in document.get("item", [])]
    return texts


def sentence_texts() -> list[PupilText]:
    """The literal text of every sentence of texts/zinnen.toml."""
    document = _toml(resources.bundled("texts", "zinnen.toml"))
    return [PupilText("zinnen", f"zinnen.toml, {group}.{key}", template_text(text))
            for group, entries in document.items() for key, text in entries.items()]


def advice_texts(name: str = "advies.j2", soort: str = "advies") -> list[PupilText]:
    """The literal text of every macro of an advice template (advies.j2; ouders.j2 with soort "ouders")."""
    source = resources.bundled("advice", "templates", name).read_text(encoding="utf-8")
    return [PupilText(soort, f"{name}, {macro}", text) for macro, text in macro_texts(source).items() if text]


def content_texts(root: Path | None = None) -> list[PupilText]:
    """The short pupil-facing content fields: every activity, the finaliteiten and the domains' explanations."""
    root = root or resources.content_sources_dir()
    texts = []
    for finaliteit in _toml(root / "finaliteiten.toml").get("finaliteit", []):
        for key in ("leerlingnaam", "kort", "uitleg"):
            texts.append(PupilText("inhoud", f"finaliteiten.toml, {finaliteit['code']}.{key}", finaliteit[key]))
    for domein in _toml(root / "domeinen.toml").get("domein", []):
        texts.append(PupilText("inhoud", f"domeinen.toml, {domein['naam']}.uitleg", domein["uitleg"]))
    for path, richting in _richtingen(root):
        for index, activiteit in enumerate(richting.get("activiteiten", []), start=1):
            texts.append(PupilText("inhoud", f"richtingen/{path.name}, {richting['groepnummer']} activiteit {index}",
                                   activiteit["tekst"]))
    return texts


def descriptions(root: Path | None = None) -> list[PupilText]:
    """Every richting's description (long, with trade words: measured, not required to be free of them)."""
    return [PupilText("inhoud", f"richtingen/{path.name}, {richting['groepnummer']} {richting['naam']}",
                      richting.get("beschrijving", ""))
            for path, richting in _richtingen(root or resources.content_sources_dir())]


def content_names(root: Path | None = None) -> list[str]:
    """Official and proper names in the content that a text may use as they are: richtingen, studiedomeinen,
    graduaten and bachelors, and the schools' projects."""
    root = root or resources.content_sources_dir()
    names = [richting["naam"] for _path, richting in _richtingen(root)]
    names += [domein["naam"] for domein in _toml(root / "domeinen.toml").get("domein", [])]
    names += [opleiding["naam"] for opleiding in _toml(root / "hoger-onderwijs.toml").get("opleiding", [])]
    names += [project["naam"] for project in _toml(root / "projectrichtingen.toml").get("project", [])]
    return names


def _richtingen(root: Path) -> list[tuple[Path, dict]]:
    return [(path, richting) for path in sorted((root / "richtingen").glob("*.toml"))
            for richting in _toml(path).get("richting", [])]
