"""Every short sentence the core shows a pupil or counsellor, as Jinja2 templates kept in `zinnen.toml`."""

from functools import cache, lru_cache
from typing import TYPE_CHECKING, Any

from studiekeuze import resources
from studiekeuze.textnorm import first_lower

if TYPE_CHECKING:
    import jinja2


@cache
def _environment() -> "jinja2.Environment":
    # Imported here, not at the top: the app imports this module at start-up, and Jinja2 (~30 ms) is only needed
    # once the first sentence is said.
    import jinja2

    # Plain text: escaping happens where the text enters HTML or a PDF paragraph, not here.
    environment = jinja2.Environment(undefined=jinja2.StrictUndefined, autoescape=False, keep_trailing_newline=False)
    environment.filters["eerste_klein"] = first_lower  # "|lower" would turn "Nederlands" into "nederlands"
    return environment


@cache
def _templates() -> "dict[str, jinja2.Template]":
    import tomllib

    with resources.bundled("texts", "zinnen.toml").open("rb") as handle:
        sentences = tomllib.load(handle)
    environment = _environment()
    return {
        f"{group}.{key}": environment.from_string(text)
        for group, entries in sentences.items()
        for key, text in entries.items()
    }


def say(key: str, **values: Any) -> str:
    """The sentence `key` ("reden.logisch") filled in with `values`, whitespace tidied."""
    try:
        return _said(key, tuple(sorted(values.items())))
    except TypeError:  # a list or a table among the values cannot be a cache key: rendered each time
        return _render(key, values)


@lru_cache(maxsize=4096)
def _said(key: str, values: tuple[tuple[str, Any], ...]) -> str:
    # A sentence is a pure function of its values, and the same few (a card's labels, a level) come back on every
    # card of every pupil: rendering a Jinja2 template costs more than looking it up.
    return _render(key, dict(values))


def _render(key: str, values: dict[str, Any]) -> str:
    return " ".join(_templates()[key].render(**values).split())


def keys() -> list[str]:
    return list(_templates())
