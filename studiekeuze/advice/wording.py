"""The advice's sentences: Jinja2 macros in `advice/templates/*.j2`, loaded once per process and called by name."""

import io
import logging
import re
from functools import cache
from pathlib import Path
from typing import Any

import jinja2
from jinja2.bccache import Bucket, FileSystemBytecodeCache

from studiekeuze import paths, resources
from studiekeuze.errors import StudiekeuzeError
from studiekeuze.safefiles import write_atomic
from studiekeuze.textnorm import first_lower

log = logging.getLogger(__name__)
ITEM_SEPARATOR = re.compile(r"^\s*--\s*$", re.MULTILINE)


class _OptionalBytecodeCache(FileSystemBytecodeCache):
    """Compiled templates kept in the cache folder (saves ~25 ms per process); a cache that cannot be written is
    simply not used. Jinja2 keys each entry on the template's source, so an edited template is recompiled."""

    def dump_bytecode(self, bucket: Bucket) -> None:
        # Through the one atomic writer, not Jinja2's own temporary file: a half-written entry is never left.
        stream = io.BytesIO()
        bucket.write_bytecode(stream)
        try:
            write_atomic(stream.getvalue(), Path(self._get_cache_filename(bucket)))
        except (OSError, StudiekeuzeError) as error:
            log.debug("template cache not written: %s", error)


def _bytecode_cache() -> FileSystemBytecodeCache | None:
    try:
        folder = paths.cache_dir() / "sjablonen"
        folder.mkdir(exist_ok=True)
    except OSError:
        return None
    return _OptionalBytecodeCache(str(folder))


@cache
def _environment() -> jinja2.Environment:
    # Plain text out, like studiekeuze.texts: the PDF escapes every string where it enters a Paragraph, so a
    # name with "&" or "<" prints as written and is never escaped twice.
    environment = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(resources.bundled("advice", "templates"))),
        undefined=jinja2.StrictUndefined,
        autoescape=False,
        auto_reload=False,
        bytecode_cache=_bytecode_cache(),
    )
    environment.filters["eerste_klein"] = first_lower  # "|lower" would turn "Nederlands" into "nederlands"
    return environment


@cache
def _module(template: str) -> Any:
    return _environment().get_template(template).module


def _call(template: str, macro: str, values: dict[str, Any]) -> str:
    try:
        function = getattr(_module(template), macro)
    except AttributeError as error:
        raise KeyError(f"{template} has no macro {macro!r}") from error
    return str(function(**values))


def _tidy(text: str) -> str:
    return " ".join(text.split())


def text(macro: str, template: str = "advies.j2", **values: Any) -> str:
    """One sentence or heading, whitespace tidied."""
    return _tidy(_call(template, macro, values))


def items(macro: str, template: str = "advies.j2", **values: Any) -> tuple[str, ...]:
    """A list of sentences or paragraphs: the macro separates them with a line holding only "--"."""
    return tuple(t for t in (_tidy(part) for part in ITEM_SEPARATOR.split(_call(template, macro, values))) if t)


def parents_template(taal: str | None = None) -> str:
    """The template of the parents' page: ouders.j2 in Dutch, ouders.<code>.j2 in a home language (same macros)."""
    return f"ouders.{taal}.j2" if taal else "ouders.j2"


# French keeps a non-breaking space before : ; ? ! » and after «, so these never start or end a line. Added here
# rather than typed in the template, where it cannot be seen (and where tidying whitespace would undo it).
FRENCH_SPACE_BEFORE = re.compile(r" ([:;?!»])")
FRENCH_SPACE_AFTER = re.compile(r"« ")


def _typography(taal: str | None, value: str) -> str:
    if taal == "fr":
        return FRENCH_SPACE_AFTER.sub("«\u00a0", FRENCH_SPACE_BEFORE.sub("\u00a0\\1", value))
    return value


def parents(macro: str, taal: str | None = None, **values: Any) -> str:
    return _typography(taal, text(macro, template=parents_template(taal), **values))


def parents_items(macro: str, taal: str | None = None, **values: Any) -> tuple[str, ...]:
    return tuple(_typography(taal, item) for item in items(macro, template=parents_template(taal), **values))
