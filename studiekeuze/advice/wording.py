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


def parents(macro: str, **values: Any) -> str:
    return text(macro, template="ouders.j2", **values)


def parents_items(macro: str, **values: Any) -> tuple[str, ...]:
    return items(macro, template="ouders.j2", **values)
