"""The transcript panel's voice detection: one background job at a time, cancellable, its progress on a button."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QPushButton

from vig_annotator.qt.background import BackgroundJob
from vig_annotator.qt.i18n import tr


def find_voices(path: Path, progress: Callable[[float], None], cancelled: Callable[[], bool]) -> Any:
    """The clip's vocalisations (adult / infant by pitch), or None when cancelled; runs on a worker thread."""
    from vig_annotator.analysis.voices import detect_voices

    return detect_voices(path, progress=progress, cancelled=cancelled)


class VoiceFinder(QObject):
    """Starts, shows and cancels the detection through one button; ``found`` carries the vocalisations."""

    found = Signal(object)
    status = Signal(str)

    def __init__(self, button: QPushButton, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.button = button
        self.job: BackgroundJob | None = None

    @property
    def running(self) -> bool:
        return self.job is not None and self.job.running

    def toggle(self, path: Path | None) -> None:
        """Start on the clip at ``path``, or cancel the detection under way."""
        if self.running:
            self.cancel()
            self.status.emit(tr("Voice detection cancelled"))
            return
        if path is None or not path.exists():
            self.status.emit(tr("The clip's file is missing: relink it to find voices"))
            return
        self.job = BackgroundJob(self)
        self.job.progress.connect(lambda share: self.button.setText(tr("Cancel ({p:.0%})").format(p=share)))
        self.job.finished.connect(self._done)
        self.job.failed.connect(self._failed)
        self.button.setText(tr("Cancel"))
        self.job.start(lambda progress, cancelled: find_voices(path, progress, cancelled), "voices")

    def cancel(self) -> None:
        if self.job is not None:
            self.job.cancel()
        self.button.setText(tr("Find voices"))

    def _done(self, found: Any) -> None:
        self.button.setText(tr("Find voices"))
        self.found.emit(found)

    def _failed(self, message: str) -> None:
        self.button.setText(tr("Find voices"))
        self.status.emit(message or tr("Voice detection found nothing to offer"))
