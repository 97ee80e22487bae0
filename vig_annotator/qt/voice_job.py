"""A clip's pitch track computed on a worker thread, with progress, cancel and a result signal."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject

from vig_annotator.analysis.pitch import PitchTrack
from vig_annotator.analysis.voices import VoiceSettings, analyse_sound
from vig_annotator.qt.i18n import tr
from vig_annotator.qt.jobs import BackgroundJob


class VoiceJob(BackgroundJob):
    """One voice analysis of a clip's sound: ``finished`` gives the PitchTrack; a cancel says "Cancelled."."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent, cancelled_message=tr("Cancelled."))

    def compute(self, path: Path, settings: VoiceSettings) -> None:
        def work(progress: Callable[[float], None], cancelled: Callable[[], bool]) -> PitchTrack | None:
            result = analyse_sound(path, settings, progress=progress, cancelled=cancelled)
            return None if result is None else result.track

        self.start(work, name="voices")
