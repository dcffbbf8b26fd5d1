"""Render every questionnaire pictogram into one contact sheet PNG, to look at them side by side.

    .venv/bin/python scripts/pictogram_sheet.py [--out docs/pictogrammen.png] [--size 48] [--grey]

Each item's pictogram is drawn at --size pixels (48: the size the pictures must stay readable at) on the light
tile the app puts behind it, with the item id below; the last rows hold the answer pictures of each answer scale.
--grey renders the sheet in greyscale, to check that nothing depends on colour alone. Runs offscreen.
"""

import argparse
import os
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

COLUMNS = 12
TILE = "#FAF8F3"  # the same ground as studiekeuze.ui.pictogram.TILE_COLOUR


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "pictogrammen.png")
    parser.add_argument("--size", type=int, default=48, help="pixels per pictogram (default 48)")
    parser.add_argument("--grey", action="store_true", help="render in greyscale")
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    from PySide6.QtCore import QRectF, Qt
    from PySide6.QtGui import QColor, QFont, QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    from studiekeuze import resources

    _app = QGuiApplication(sys.argv[:1])
    with (resources.content_sources_dir() / "vragenlijst.toml").open("rb") as handle:
        vragenlijst = tomllib.load(handle)
    cells = [(item["id"], item.get("pictogram", "")) for item in vragenlijst["item"]]
    rows_of_answers = [(f"{soort} {i}", name) for soort, names in vragenlijst.get("antwoordpictogrammen", {}).items()
                       for i, name in enumerate(names, start=1)]

    size = args.size
    pad = max(8, size // 5)
    label_height = 16
    cell_w = max(size + pad, 112)
    cell_h = size + pad + label_height
    rows = -(-len(cells) // COLUMNS) + -(-len(rows_of_answers) // 10)
    image = QImage(COLUMNS * cell_w + pad, rows * cell_h + pad * 2, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    font = QFont("DejaVu Sans")
    font.setPixelSize(10)
    painter.setFont(font)

    def draw(index: int, row: int, label: str, name: str) -> None:
        x = pad + index * cell_w + (cell_w - size - pad) // 2
        y = pad + row * cell_h
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(TILE))
        painter.drawRoundedRect(QRectF(x, y, size + pad // 2, size + pad // 2), 6, 6)
        renderer = QSvgRenderer(str(resources.pictogram(name))) if name else None
        if renderer is not None and renderer.isValid():
            renderer.render(painter, QRectF(x + pad // 4, y + pad // 4, size, size))
        painter.setPen(QColor("black"))
        painter.drawText(QRectF(pad + index * cell_w, y + size + pad // 2, cell_w, label_height),
                         Qt.AlignmentFlag.AlignCenter, label if name else f"{label} (geen)")

    for i, (label, name) in enumerate(cells):
        draw(i % COLUMNS, i // COLUMNS, label, name)
    first = -(-len(cells) // COLUMNS)
    for i, (label, name) in enumerate(rows_of_answers):
        draw(i % 10 + (i % 10 >= 5), first + i // 10, label, name)
    painter.end()
    if args.grey:
        image = image.convertToFormat(QImage.Format.Format_Grayscale8)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    image.save(str(args.out))
    print(args.out)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
