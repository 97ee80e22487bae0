"""Motion energy of a clip's regions computed on a worker thread, with progress, cancel and a result signal."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject

from vig_annotator.analysis.motion_energy import Cancelled, MotionEnergy, Region, motion_energy
from vig_annotator.qt.i18n import tr
from vig_annotator.qt.jobs import BackgroundJob


class MotionJob(BackgroundJob):
    """One motion-energy computation: ``finished`` gives the MotionEnergy; a cancel says "Cancelled."."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent, cancelled_message=tr("Cancelled."))

    def compute(self, path: Path, regions: dict[str, Region], threshold: int) -> None:
        def work(progress: Callable[[float], None], cancelled: Callable[[], bool]) -> MotionEnergy | None:
            try:
                return motion_energy(path, regions, threshold, progress=progress, cancelled=cancelled)
            except Cancelled:
                return None

        self.start(work, name="motion-energy")
