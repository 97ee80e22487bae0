"""Hand a worker thread's result to the GUI thread without touching a widget that may be gone.

A worker that emits a signal of a QObject owned by a window races the window's destruction: if the
window is closed (and collected) while the worker is inside ``emit``, Qt frees the sender under it and
the process crashes. Instead a worker calls :func:`post`; the one relay below is created on the GUI
thread and never destroyed, and the posted function runs on the GUI thread, where a deleted receiver
can be checked for without a race (:func:`alive`).
"""

from __future__ import annotations

from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal


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
