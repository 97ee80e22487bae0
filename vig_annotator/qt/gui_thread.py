"""Hand a worker thread's result to the GUI thread without touching a widget that may be gone.

A worker that emits a signal of a QObject owned by a window races the window's destruction: if the
window is closed (and collected) while the worker is inside ``emit``, Qt frees the sender under it and
the process crashes. Instead a worker calls :func:`post`; the one relay below is created on the GUI
thread and never destroyed, and the posted function runs on the GUI thread, where a deleted receiver
can be checked for without a race (:func:`alive`).
"""

from __future__ import annotations

import gc
from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal


class _Relay(QObject):
    call = Signal(object)


_relay: _Relay | None = None


def _run(fn: Callable[[], object]) -> None:
    fn()


def install() -> None:
    """Create the relay on the GUI thread (called by the first GUI-thread user; idempotent)."""
    global _relay
    if _relay is None:
        _relay = _Relay()
        app = QCoreApplication.instance()
        if app is not None:
            _relay.moveToThread(app.thread())
        _relay.call.connect(_run, Qt.ConnectionType.QueuedConnection)


def post(fn: Callable[[], object]) -> None:
    """Run ``fn`` soon on the GUI thread (safe from any thread once :func:`install` has run)."""
    if _relay is None:
        raise RuntimeError("gui_thread.install() must run on the GUI thread first")
    _relay.call.emit(fn)


def alive(obj: object) -> bool:
    """Whether a Qt object's C++ side still exists (call on the GUI thread)."""
    return bool(shiboken6.isValid(obj))


def emit_later(obj: QObject, signal_name: str, *args: object) -> None:
    """From a worker: emit ``obj``'s signal on the GUI thread, if ``obj`` still exists by then."""
    def emit() -> None:
        if alive(obj):
            getattr(obj, signal_name).emit(*args)
    post(emit)


class _Collector(QObject):
    """Python's cyclic garbage collector, run on the GUI thread only.

    Left automatic, a collection starts in whichever thread happens to allocate: a worker decoding
    frames would then destroy a closed window's Qt objects off the GUI thread, which deadlocks or
    crashes Qt. So automatic collection is off and this timer runs it, generation by generation as
    Python's own thresholds would.
    """

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.thresholds = gc.get_threshold()
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.check)
        self.timer.start(250)

    def check(self) -> None:
        counts = gc.get_count()
        if counts[0] > self.thresholds[0]:
            generation = 0
            if counts[1] > self.thresholds[1]:
                generation = 2 if counts[2] > self.thresholds[2] else 1
            gc.collect(generation)


_collector: _Collector | None = None


def collect_garbage_on_gui_thread() -> None:
    """Turn automatic collection off and collect from a GUI-thread timer instead (idempotent)."""
    global _collector
    app = QCoreApplication.instance()
    if _collector is None and app is not None:
        _collector = _Collector(app)
        gc.disable()


def release_before_exit() -> None:
    """Free what is left (garbage cycles, pending ``deleteLater``) now, on the GUI thread, while the app exists.

    With automatic collection off, cycles still holding Qt objects (a closed window's players) would
    otherwise be destroyed during interpreter shutdown, after the application, which can abort in
    native code (seen as "terminate called without an active exception" at exit).
    """
    if QCoreApplication.instance() is None:
        return
    for _ in range(2):  # a deleted object can free more garbage, and collecting can queue more deletions
        gc.collect()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
