"""Render the application icon (ui/icons/app/vig-annotator.svg) to PNGs, a Windows .ico and a macOS .icns.

Run after changing the SVG: ``QT_QPA_PLATFORM=offscreen .venv/bin/python tools/make_app_icons.py``.
Qt's SVG renderer draws each size from the vector source (crisp at 16 px); Pillow writes ``.ico`` and
``.icns`` from those PNGs. The outputs are checked in, so building the app needs neither step.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PIL import Image  # noqa: E402
from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtGui import QGuiApplication, QImage, QPainter  # noqa: E402
from PySide6.QtSvg import QSvgRenderer  # noqa: E402

FOLDER = Path(__file__).resolve().parent.parent / "ui" / "icons" / "app"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)


def render(renderer: QSvgRenderer, size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    return image


def main() -> int:
    _app = QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(FOLDER / "vig-annotator.svg"))
    if not renderer.isValid():
        print(f"{FOLDER / 'vig-annotator.svg'}: not a valid SVG", file=sys.stderr)
        return 2
    pngs = {}
    for size in SIZES:
        path = FOLDER / f"vig-annotator-{size}.png"
        render(renderer, size).save(str(path))
        pngs[size] = path
    images = {size: Image.open(path).convert("RGBA") for size, path in pngs.items()}
    largest = images[max(SIZES)]
    largest.save(FOLDER / "vig-annotator.ico", sizes=[(s, s) for s in ICO_SIZES],
                 append_images=[images[s] for s in ICO_SIZES])
    largest.save(FOLDER / "vig-annotator.icns", append_images=[images[s] for s in (16, 32, 64, 128, 256)])
    print(f"wrote {len(SIZES)} PNGs, vig-annotator.ico and vig-annotator.icns to {FOLDER}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
