"""A paused camera's exact frame, decoded with PyAV on a worker thread.

While the session is paused, each further camera shows its frames from its own PyAV reader, which
keeps the decoder open: a step forward decodes one or two frames instead of re-decoding from the
keyframe as a player seek does, and recent frames are kept for back-steps. Only the latest request
is served (a held arrow key never queues up stale frames). QtMultimedia plays; this shows paused frames.
"""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QImage

from vig_annotator.core.timebase import Timebase
from vig_annotator.qt import jobs


class CameraStills(QObject):
    """Serves ``request(frame)`` with ``ready(frame, image)`` from a worker thread (latest request only)."""

    ready = Signal(int, QImage)
    failed = Signal(str)

    def __init__(self, path: Path, timebase: Timebase, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.path, self.timebase = path, timebase
        self._wanted: int | None = None
        self._wake = threading.Condition()
        self._stop = False
        self._thread: threading.Thread | None = None

    def request(self, frame: int) -> None:
        """Decode this frame next (any frame asked for before and not yet started is dropped)."""
        with self._wake:
            self._wanted = frame
            self._wake.notify()
        if self._thread is None:
            self._thread = jobs.start_worker(self._work, f"camera-stills {self.path.name}", self._ask_to_stop)

    def _ask_to_stop(self) -> None:
        with self._wake:
            self._stop = True
            self._wake.notify()

    def close(self) -> None:
        self._ask_to_stop()
        if self._thread is not None:
            self._thread.join(timeout=5)
            self._thread = None

    def _work(self) -> None:
        from vig_annotator.media.frames import FrameReader
        from vig_annotator.qt.background import to_qimage

        try:
            reader = FrameReader(self.path, self.timebase)
        except Exception as exc:  # noqa: BLE001 - reported beside the picture, never raised into Qt
            self.failed.emit(str(exc))
            return
        try:
            while True:
                with self._wake:
                    while self._wanted is None and not self._stop:
                        self._wake.wait()
                    if self._stop:
                        return
                    frame, self._wanted = self._wanted, None
                if frame is None:
                    continue
                try:
                    image = to_qimage(reader.read(frame))
                except Exception as exc:  # noqa: BLE001 - a damaged frame: say so, keep serving
                    self.failed.emit(str(exc))
                    continue
                self.ready.emit(frame, image)
        finally:
            reader.close()
