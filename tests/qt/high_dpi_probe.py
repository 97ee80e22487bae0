"""Run with QT_SCALE_FACTOR=2 by test_high_dpi.py: the workstation on a project, and how sharp its views are.

Prints one JSON object: device pixel ratios and sizes of what the views painted.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from PySide6.QtCore import QSize
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from vig_annotator.qt.main_window import MainWindow
from vig_annotator.qt.player import FakeClock


def blocky(image: QImage) -> bool:
    """True when every 2×2 block of pixels is one colour: a 100 % picture blown up, not drawn at 200 %."""
    for y in range(0, image.height() - 1, 2):
        for x in range(0, image.width() - 1, 2):
            first = image.pixel(x, y)
            if image.pixel(x + 1, y) != first or image.pixel(x, y + 1) != first or image.pixel(x + 1, y + 1) != first:
                return False
    return True


def main() -> None:
    app = QApplication(sys.argv[:1])
    window = MainWindow(clock=FakeClock(), audio=False)
    window.open_path(Path(sys.argv[1]))
    window.resize(1200, 800)
    window.show()
    app.processEvents()
    timeline = window.timeline
    timeline.repaint()
    cache = timeline._cache
    shot = timeline.grab()
    swatch = window.coding.list.item(0).icon().pixmap(QSize(12, 12), window.devicePixelRatioF())
    play = window.transport.play.icon().pixmap(QSize(16, 16), window.devicePixelRatioF())
    print(json.dumps({
        "window_ratio": window.devicePixelRatioF(),
        "cache_ratio": cache.devicePixelRatio() if cache is not None else None,
        "cache_size": [cache.width(), cache.height()] if cache is not None else None,
        "timeline_size": [timeline.width(), timeline.height()],
        "grab_ratio": shot.devicePixelRatio(),
        "timeline_blocky": blocky(shot.toImage()),
        "swatch": [swatch.devicePixelRatio(), swatch.width()],
        "play_icon": [play.devicePixelRatio(), play.width()],
    }))
    window.close()


if __name__ == "__main__":
    main()
