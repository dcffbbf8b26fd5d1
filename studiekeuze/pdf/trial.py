"""Trial layouts that draw nothing.

A sheet that runs past its two pages is laid out again with less detail (see document._fit), so most sheets are
laid out more than once. Only the last layout is kept, and drawing is most of a layout's time (ReportLab turns every
line of every paragraph into PDF text operators). So the detail level is searched with trial layouts on a canvas
that says `trial = True`: the flowables below skip their drawing there, everything else (wrapping, splitting,
frames, page breaks, the part markers that count pages) runs exactly as for real. The level found is then laid out
once more, for real; a test checks that the PDFs are byte for byte what laying out every level for real gives.
"""

from typing import Any


class DrawnOnlyForReal:
    """Mixin (first among the bases) for a flowable whose drawing costs time: nothing is drawn on a trial canvas."""

    def drawOn(self, canvas: Any, x: float, y: float, _sW: float = 0) -> None:  # ReportLab's names
        if getattr(canvas, "trial", False):
            return
        super().drawOn(canvas, x, y, _sW)  # type: ignore[misc]  # the Flowable this is mixed into
