"""Motion energy of a clip's regions computed on a worker thread, with progress, cancel and a result signal."""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from vig_annotator.analysis.motion_energy import Cancelled, Region, motion_energy
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
        def work() -> None:
            try:
                self.finished.emit(motion_energy(path, regions, threshold, progress=self.progress.emit,
                                                 cancelled=self._cancel.is_set))
            except Cancelled:
                self.failed.emit(tr("Cancelled."))
            except (ValueError, OSError) as exc:
                self.failed.emit(str(exc))

        threading.Thread(target=work, name="motion-energy", daemon=True).start()

    def cancel(self) -> None:
        self._cancel.set()
