"""Long work off the GUI thread: the sound envelope and thumbnail strip of a clip, and jobs with progress and cancel."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np
from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QImage

from vig_annotator.core.timebase import Timebase
from vig_annotator.qt import gui_thread, jobs

THUMB_COUNT = 24


_jobs: dict[int, threading.Event] = {}


def to_qimage(rgb: np.ndarray) -> QImage:
    """An RGB uint8 array as a QImage that owns its pixels."""
    rgb = np.ascontiguousarray(rgb)
    h, w, _ = rgb.shape
    return QImage(rgb.data, w, h, 3 * w, QImage.Format.Format_RGB888).copy()


def envelope_and_thumbnails(owner: QObject, path: Path, timebase: Timebase, has_audio: bool,
                            timeline: Any) -> None:
    """Start reading the clip's sound envelope and thumbnails; results go to the timeline."""
    cancel_all(owner)
    cancelled = threading.Event()
    _jobs[id(owner)] = cancelled
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


def cancel_all(owner: QObject) -> None:
    event = _jobs.pop(id(owner), None)
    if event is not None:
        event.set()


class BackgroundJob(QObject):
    """One computation on a worker thread, with progress, cancel and a result; signals arrive on the GUI thread.

    ``work(progress, cancelled)`` returns the result, or None when it saw ``cancelled()`` become true.
    After a cancel no signal follows, unless ``cancelled_message`` is given: then ``failed`` says it (for
    views that wait for an outcome either way).
    """

    progress = Signal(float)
    finished = Signal(object)
    failed = Signal(str)

    def __init__(self, parent: QObject | None = None, cancelled_message: str | None = None) -> None:
        super().__init__(parent)
        self._cancel = threading.Event()
        self.running = False
        self.cancelled_message = cancelled_message

    def start(self, work: Callable[[Callable[[float], None], Callable[[], bool]], object], name: str = "job") -> None:
        self.running = True
        gui_thread.install()
        cancel = self._cancel

        def tell(signal_name: str, value: object) -> None:
            """Emit one of this job's signals on the GUI thread, unless it was cancelled or is gone."""
            def emit() -> None:
                if not cancel.is_set() and gui_thread.alive(self):
                    getattr(self, signal_name).emit(value)
            gui_thread.post(emit)

        def progress(share: float) -> None:
            if not cancel.is_set():
                tell("progress", share)

        def run() -> None:
            try:
                result = work(progress, cancel.is_set)
            except (ValueError, OSError, RuntimeError) as exc:
                result, problem = None, str(exc)
            else:
                problem = ""
            gui_thread.post(lambda: _stopped(self))
            if cancel.is_set():
                if self.cancelled_message is not None:
                    gui_thread.emit_later(self, "failed", self.cancelled_message)
                return  # cancelled (its owner may be gone): nothing more to say
            tell("failed" if result is None else "finished", problem if result is None else result)

        jobs.start_worker(run, name, cancel.set)

    def cancel(self) -> None:
        """Stop: the work sees ``cancelled()`` become true and no signal follows."""
        self._cancel.set()


def _stopped(job: BackgroundJob) -> None:
    if gui_thread.alive(job):
        job.running = False
