"""The one way work leaves the GUI thread: exports, imports, sound, thumbnails, voices, motion, checks.

:class:`Job` (a ``done`` signal and, if the work is slow, a progress window with Cancel) serves the
operations; :class:`BackgroundJob` (``progress``/``finished``/``failed`` signals) serves panels that show
their own progress. Both start their thread with :func:`start_worker`.

The work gets a ``cancelled()`` check to stop early; its result or its error comes back on the GUI
thread through :attr:`Job.done`, so whatever changes the project afterwards runs there, through the
one write path. A cancelled job never reports a result. Work that counts what it has done tells a
:class:`Progress`, which the window reads on the GUI thread; work that does not shows a busy bar.

Every worker thread of the app starts through :func:`start_worker`, and :func:`stop_all` asks each to
stop and waits for it: the main window calls it when it closes and the app when it quits, so no thread
is still inside Qt or a decoder when Qt and the interpreter go away (a worker cut off there aborts the
process: "FATAL: exception not rethrown").
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from vig_annotator.qt import gui_thread
from vig_annotator.qt.i18n import tr

SHOW_AFTER_MS = 300
"""Work quicker than this shows no window at all."""
POLL_MS = 100
"""How often the window reads the work's progress."""
STOP_WAIT_S = 30.0
"""How long :func:`stop_all` waits, in all, for workers that were asked to stop."""

_running: dict[threading.Thread, Callable[[], None] | None] = {}
_running_lock = threading.Lock()


def start_worker(work: Callable[[], object], name: str, stop: Callable[[], None] | None = None) -> threading.Thread:
    """Run ``work()`` on a new worker thread that :func:`stop_all` stops (by calling ``stop``) and waits for.

    ``stop`` makes the work return soon (typically it sets the event the work checks); work without one
    is simply waited for.
    """
    def run() -> None:
        try:
            work()
        finally:
            with _running_lock:
                _running.pop(threading.current_thread(), None)

    thread = threading.Thread(target=run, name=name, daemon=True)
    with _running_lock:
        _running[thread] = stop
    thread.start()
    return thread


def running_workers() -> list[str]:
    """The names of the worker threads still running."""
    with _running_lock:
        return [thread.name for thread in _running]


def stop_all(timeout: float = STOP_WAIT_S) -> list[str]:
    """Ask every running worker to stop and wait until each has (``timeout`` seconds in all, then give up).

    Returns the names of the workers still running after that (none, normally). Call on the GUI thread:
    workers hand results over by posting to it, never by waiting for it, so this cannot deadlock.
    """
    with _running_lock:
        running = list(_running.items())
    for _thread, stop in running:
        if stop is not None:
            stop()
    deadline = time.monotonic() + timeout
    for thread, _stop in running:
        thread.join(max(0.0, deadline - time.monotonic()))
    return [thread.name for thread, _stop in running if thread.is_alive()]


class Progress:
    """How far a worker has got: it calls ``report(done, total)``, the progress window reads ``percent()``.

    Thread-safe without a lock: the worker replaces one tuple and the reader reads it whole.
    """

    def __init__(self) -> None:
        self._state = (0, 0)

    def report(self, done: int, total: int) -> None:
        self._state = (done, total)

    def percent(self) -> int | None:
        """Whole percent done, or None while the total is unknown (nothing counted: a busy bar)."""
        done, total = self._state
        return None if total <= 0 else max(0, min(100, done * 100 // total))


class Job(QObject):
    """One piece of work on a worker thread; ``done(result, error)`` on the GUI thread unless cancelled."""

    done = Signal(object, object)  # the result, or None and the exception the work raised

    def __init__(self, work: Callable[[Callable[[], bool]], Any], label: str,
                 parent: QWidget | None = None, window: bool = True, counted: Progress | None = None) -> None:
        super().__init__(parent)
        self.work = work
        self.label = label
        self.window = parent
        self.shows_window = window  # False when the caller shows the progress and offers Cancel itself
        self._cancel = threading.Event()
        self.finished = threading.Event()
        self.worker: threading.Thread | None = None
        self.progress: QProgressDialog | None = None
        self.counted = counted  # what the work reports; None: a busy bar
        self._show = QTimer(self)
        self._show.setSingleShot(True)
        self._show.timeout.connect(self._show_progress)
        self._poll = QTimer(self)
        self._poll.timeout.connect(self._update_progress)

    def start(self) -> Job:
        gui_thread.install()
        def run() -> None:
            result: Any = None
            error: BaseException | None = None
            try:
                result = self.work(self._cancel.is_set)
            except Exception as exc:  # noqa: BLE001 - handed to the GUI thread, which reports it
                error = exc
            self.finished.set()
            gui_thread.post(lambda: self._on_finished(result, error) if gui_thread.alive(self) else None)

        if self.shows_window:
            self._show.start(SHOW_AFTER_MS)
        self.worker = start_worker(run, f"job: {self.label}", self._cancel.set)
        return self

    def cancel(self) -> None:
        """Ask the work to stop; no result will be reported."""
        self._cancel.set()
        self._close_progress()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def _show_progress(self) -> None:
        if self.finished.is_set() or self.cancelled:
            return
        progress = QProgressDialog(self.label, tr("Cancel"), 0, 0, self.window)  # busy: no steps to count
        progress.setWindowTitle(tr("Working"))
        progress.setWindowModality(Qt.WindowModality.NonModal)  # the window stays usable meanwhile
        progress.setMinimumDuration(0)
        progress.setAutoClose(False)
        progress.setAutoReset(False)
        progress.canceled.connect(self.cancel)
        self.progress = progress
        if self.counted is not None:
            self._update_progress()
            self._poll.start(POLL_MS)
        progress.show()

    def _update_progress(self) -> None:
        """Show the percentage the work reported (a busy bar until it has reported a total)."""
        if self.progress is None or self.counted is None:
            return
        percent = self.counted.percent()
        if percent is None:
            return
        if self.progress.maximum() != 100:
            self.progress.setRange(0, 100)
        self.progress.setValue(percent)
        self.progress.setLabelText(tr("{what} {percent} %").format(what=self.label, percent=percent))

    def _close_progress(self) -> None:
        self._show.stop()
        self._poll.stop()
        if self.progress is not None:
            progress, self.progress = self.progress, None
            progress.canceled.disconnect(self.cancel)
            progress.close()
            progress.deleteLater()

    def _on_finished(self, result: object, error: object) -> None:
        self._close_progress()
        if not self.cancelled:
            self.done.emit(result, error)
        self.deleteLater()


def run_in_background(work: Callable[[Callable[[], bool]], Any], label: str, parent: QWidget | None,
                      done: Callable[[Any, BaseException | None], None], window: bool = True,
                      counted: Progress | None = None) -> Job:
    """Start ``work(cancelled)`` on a worker thread; ``done(result, error)`` runs on the GUI thread after it.

    Work that tells ``counted`` how far it has got shows a percentage instead of a busy bar.
    """
    job = Job(work, label, parent, window, counted)
    job.done.connect(done)
    return job.start()


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

        start_worker(run, name, cancel.set)

    def cancel(self) -> None:
        """Stop: the work sees ``cancelled()`` become true and no signal follows."""
        self._cancel.set()


def _stopped(job: BackgroundJob) -> None:
    if gui_thread.alive(job):
        job.running = False
