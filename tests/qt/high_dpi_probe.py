"""Run with QT_SCALE_FACTOR=2 by test_high_dpi.py: the workstation on a project, and how sharp its views are.

Prints one JSON object: device pixel ratios and sizes of what the views painted. With ``--busy`` the window
is closed, and the process exits, while background work is still decoding the clip (as when a user quits
mid-export): it then also says which worker threads were running at the close and which were left after it.
"""

from __future__ import annotations

import json
import sys
import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSize
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from vig_annotator.qt.background import envelope_and_thumbnails
from vig_annotator.qt.jobs import BackgroundJob, run_in_background
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


def decode_until_cancelled(clip: Path, cancelled: Callable[[], bool],
                           progress: Callable[[float], None] | None = None) -> None:
    """Real work for a worker: decode the clip's frames over and over, telling its progress, until asked to stop."""
    from vig_annotator.media.frames import FrameReader

    with FrameReader(clip) as reader:
        frame = 0
        while not cancelled():
            reader.read(frame % reader.timebase.frame_count)
            frame += 7
            if progress is not None:
                progress(frame % 100 / 100)


def start_background_work(window: MainWindow) -> list[str]:
    """Start the workstation's kinds of background work on the open clip; the worker threads now running."""
    path = window.workspace.clip_path()
    assert path is not None
    run_in_background(lambda cancelled: decode_until_cancelled(path, cancelled), "decoding", window,
                      lambda _result, _error: None, window=False)
    job = BackgroundJob(window)
    job.start(lambda progress, cancelled: decode_until_cancelled(path, cancelled, progress), name="decoding-job")
    envelope_and_thumbnails(window, path, window.workspace.timebase, True, window.timeline)
    return sorted(t.name for t in threading.enumerate() if t is not threading.main_thread())


def main() -> None:
    busy = "--busy" in sys.argv
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
    seen = {
        "window_ratio": window.devicePixelRatioF(),
        "cache_ratio": cache.devicePixelRatio() if cache is not None else None,
        "cache_size": [cache.width(), cache.height()] if cache is not None else None,
        "timeline_size": [timeline.width(), timeline.height()],
        "grab_ratio": shot.devicePixelRatio(),
        "timeline_blocky": None if busy else blocky(shot.toImage()),  # a slow pixel walk, measured once
        "swatch": [swatch.devicePixelRatio(), swatch.width()],
        "play_icon": [play.devicePixelRatio(), play.width()],
    }
    if busy:
        seen["working_at_close"] = start_background_work(window)
    window.close()
    if busy:
        seen["working_after_close"] = sorted(t.name for t in threading.enumerate() if t is not threading.main_thread())
    print(json.dumps(seen), flush=True)


if __name__ == "__main__":
    main()
