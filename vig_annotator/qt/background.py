"""The clip's sound envelope and thumbnail strip, read on a worker (``qt.jobs``) while the window is used.

The work belongs to the window that asked for it: a child object of that window holds its cancel
switch, so a new clip or the window closing cancels it, with no table of jobs kept anywhere else.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np
from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QImage

from vig_annotator.core.timebase import Timebase
from vig_annotator.qt import gui_thread, jobs

THUMB_COUNT = 24


def to_qimage(rgb: np.ndarray) -> QImage:
    """An RGB uint8 array as a QImage that owns its pixels."""
    rgb = np.ascontiguousarray(rgb)
    h, w, _ = rgb.shape
    return QImage(rgb.data, w, h, 3 * w, QImage.Format.Format_RGB888).copy()


def envelope_and_thumbnails(owner: QObject, path: Path, timebase: Timebase, has_audio: bool,
                            timeline: Any) -> None:
    """Start reading the clip's sound envelope and thumbnails; results go to the timeline."""
    cancel_all(owner)
    cancelled = _ClipMedia(owner).cancelled
    gui_thread.install()

    def deliver(setter: Callable[[Any], None], value: Any) -> None:
        """On the GUI thread: hand ``value`` to the timeline if it is still there and still wants it."""
        if not cancelled.is_set() and gui_thread.alive(timeline):
            setter(value)

    def work() -> None:
        try:
            from vig_annotator.media import audio, thumbnails
        except ImportError:
            return
        try:
            if has_audio:
                env = audio.compute_envelope(path, cancelled=cancelled.is_set)
                gui_thread.post(lambda: deliver(timeline.set_envelope, env))
            step = max(timebase.duration_ms // THUMB_COUNT, 1)
            times = [timebase.snap(i * step) for i in range(THUMB_COUNT)]
            images = thumbnails.thumbnails(path, times, height=34, timebase=timebase, cancelled=cancelled.is_set)
            if not cancelled.is_set():
                strip = [(t, to_qimage(img)) for t, img in zip(times, images, strict=False)]
                gui_thread.post(lambda: deliver(timeline.set_thumbnails, strip))
        except Exception:  # noqa: BLE001 - a missing waveform must never take the app down
            return

    jobs.start_worker(work, "media-background", cancelled.set)


class _ClipMedia(QObject):
    """The envelope and thumbnails being read for its parent: its cancel switch, living as long as the parent."""

    def __init__(self, owner: QObject) -> None:
        super().__init__(owner)
        self.cancelled = threading.Event()


def cancel_all(owner: QObject) -> None:
    """Stop reading the envelope and thumbnails ``owner`` asked for (nothing more reaches its timeline)."""
    for work in owner.findChildren(_ClipMedia, options=Qt.FindChildOption.FindDirectChildrenOnly):
        work.cancelled.set()
        work.setParent(None)
        work.deleteLater()
