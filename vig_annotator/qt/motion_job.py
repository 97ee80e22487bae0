"""Motion energy of a clip's regions computed on a worker thread, with progress, cancel and a result signal."""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from vig_annotator.analysis.motion_energy import Cancelled, Region, motion_energy
from vig_annotator.qt import gui_thread
from vig_annotator.qt.i18n import tr


class MotionJob(QObject):
    """One motion-energy computation; its signals arrive on the thread that owns the job (the GUI)."""

    progress = Signal(float)
    finished = Signal(object)
    """The MotionEnergy."""
    failed = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._cancel = threading.Event()

    def start(self, path: Path, regions: dict[str, Region], threshold: int) -> None:
        gui_thread.install()
        cancelled_text = tr("Cancelled.")

        def work() -> None:  # signals go through the GUI thread: the window may close while this runs
            try:
                energy = motion_energy(path, regions, threshold,
                                       progress=lambda share: gui_thread.emit_later(self, "progress", share),
                                       cancelled=self._cancel.is_set)
            except Cancelled:
                gui_thread.emit_later(self, "failed", cancelled_text)
            except (ValueError, OSError) as exc:
                gui_thread.emit_later(self, "failed", str(exc))
            else:
                gui_thread.emit_later(self, "finished", energy)

        threading.Thread(target=work, name="motion-energy", daemon=True).start()

    def cancel(self) -> None:
        self._cancel.set()
