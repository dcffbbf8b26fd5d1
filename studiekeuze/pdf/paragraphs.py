"""Paragraphs that are parsed and broken into lines once, while one advice or one class run is laid out.

ReportLab parses a paragraph's text when it is made and breaks it into lines every time it is wrapped, and one
paragraph is wrapped several times: by KeepTogether to measure, by the frame to place it, and again when a sheet
that ran past two pages is laid out at a lower detail level (most of its paragraphs are the same); the sheets of
one class share many texts (headings, the richtingen they suggest, the lines for parents). Both results depend
only on the text, the style and (for the lines) the width, so while `layout_cache()` is active they are computed
once. The cache lives for one `render_many` call or one class run, on one thread, and is then dropped: no text
of one run is kept for the next.

ReportLab replaces a paragraph's fragments by words while it breaks the lines of a paragraph with markup; those
words are kept with the lines, as splitting the paragraph later needs them. It edits words in place only when it
hyphenates, which the sheet never does. A test checks that the PDFs are byte for byte the same as without the
cache.
"""

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from reportlab.platypus import Paragraph

from studiekeuze.pdf.trial import DrawnOnlyForReal

MAX_ENTRIES = 8192  # a class of 30 needs ~3,000; beyond this nothing more is kept (the layout stays the same)
_active = threading.local()


class _Cache:
    def __init__(self) -> None:
        self.parsed: dict[tuple[Any, ...], tuple[Any, ...]] = {}
        self.lines: dict[tuple[Any, ...], tuple[Any, ...]] = {}


@contextmanager
def layout_cache() -> Iterator[None]:
    """Keep parsed paragraphs and their line breaks until the block ends (nested blocks share the outer one)."""
    if getattr(_active, "cache", None) is not None:
        yield
        return
    _active.cache = _Cache()
    try:
        yield
    finally:
        _active.cache = None


def _cache() -> _Cache | None:
    return getattr(_active, "cache", None)


class KeptParagraph(DrawnOnlyForReal, Paragraph):
    """A Paragraph that reuses what layout_cache() kept: its parsed text and its lines per width."""

    # Set by ReportLab's Paragraph (which has no type information).
    frags: Any
    width: float
    height: float
    _wrapWidths: Any
    blPara: Any

    def __init__(self, text: str | None, style: Any = None, bulletText: Any = None, frags: Any = None,
                 **kwargs: Any) -> None:
        cache = _cache()
        # Only a paragraph made from its text has a key; split() makes the two halves from fragments.
        self._key: tuple[Any, ...] | None = (text, id(style), bulletText) if frags is None and text else None
        parsed = cache.parsed.get(self._key) if cache is not None and self._key is not None else None
        if parsed is not None:
            parsed_style, parsed_frags, parsed_bullet, _style = parsed
            super().__init__(text, parsed_style, bulletText=parsed_bullet, frags=list(parsed_frags), **kwargs)
            return
        super().__init__(text, style, bulletText=bulletText, frags=frags, **kwargs)
        if cache is not None and self._key is not None and len(cache.parsed) < MAX_ENTRIES:
            # The style is kept with the entry, so its id cannot be reused while the cache lives.
            cache.parsed[self._key] = (self.style, tuple(self.frags), self.bulletText, style)

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        cache = _cache()
        if cache is None or self._key is None:
            return super().wrap(availWidth, availHeight)
        key = (*self._key, availWidth)
        kept = cache.lines.get(key)
        if kept is None:
            result = super().wrap(availWidth, availHeight)
            blpara = getattr(self, "blPara", None)  # absent for a width too small to hold anything
            if blpara is not None and len(cache.lines) < MAX_ENTRIES:
                # With markup (kind 1) ReportLab also turns the fragments into words while breaking the lines:
                # those are kept too, as splitting the paragraph later needs them.
                cache.lines[key] = (self.width, self.height, blpara, self._wrapWidths, tuple(self.frags), self.style)
            return result
        self.width, self.height, self.blPara, self._wrapWidths, frags, _style = kept
        self.frags = list(frags)
        return self.width, self.height
