"""The transcript panel's voice detection: the clip's kept voices at once, else one cancellable background job.

The pitch track is the one the voice rows keep in the project (``analysis.saved_voices``, keyed by the
clip's fingerprint), so the sound is decoded once whichever view asks first, and the vocalisations
follow the clip's chosen adult/infant threshold.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QPushButton

from vig_annotator.analysis.saved_voices import cache_track, cached_track, settings_for
from vig_annotator.analysis.voices import VoiceAnalysis, VoiceSettings, analyse_sound, vocalisations
from vig_annotator.qt.i18n import tr
from vig_annotator.qt.jobs import BackgroundJob
from vig_annotator.qt.workspace import Workspace


def find_voices(path: Path, settings: VoiceSettings, progress: Callable[[float], None],
                cancelled: Callable[[], bool]) -> VoiceAnalysis | None:
    """Pitch track and vocalisations of the clip's sound, or None when cancelled; runs on a worker thread."""
    return analyse_sound(path, settings, progress=progress, cancelled=cancelled)


class VoiceFinder(QObject):
    """Starts, shows and cancels the detection through one button; ``found`` carries (vocalisations, source)."""

    found = Signal(object, str)
    status = Signal(str)

    def __init__(self, workspace: Workspace, button: QPushButton, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.button = button
        self.job: BackgroundJob | None = None

    @property
    def running(self) -> bool:
        return self.job is not None and self.job.running

    def toggle(self) -> None:
        """Offer the clip's vocalisations (kept, or found now in the background), or cancel the search under way."""
        if self.running:
            self.cancel()
            self.status.emit(tr("Voice detection cancelled"))
            return
        ws = self.workspace
        path = ws.clip_path()
        if ws.project is None or ws.clip is None or path is None or not path.exists():
            self.status.emit(tr("The clip's file is missing: relink it to find voices"))
            return
        settings = settings_for(ws.project, ws.clip)
        source = f"voices@{settings.threshold_hz:g}Hz"
        track = cached_track(ws.project, ws.clip, settings)
        if track is not None:  # kept in the project: no decoding
            self.found.emit(vocalisations(track, settings), source)
            return
        self.job = BackgroundJob(self)
        clip = ws.clip
        self.job.progress.connect(lambda share: self.button.setText(tr("Cancel ({p:.0%})").format(p=share)))
        self.job.finished.connect(lambda result: self._done(clip, result, source))
        self.job.failed.connect(self._failed)
        self.button.setText(tr("Cancel"))
        self.job.start(lambda progress, cancelled: find_voices(path, settings, progress, cancelled), "voices")

    def cancel(self) -> None:
        if self.job is not None:
            self.job.cancel()
        self.button.setText(tr("Find voices"))

    def _done(self, clip: Any, result: VoiceAnalysis, source: str) -> None:
        self.button.setText(tr("Find voices"))
        ws = self.workspace
        if ws.project is None or clip != ws.clip:
            return  # the coder moved on to another clip
        if not ws.project.backend.read_only:  # keep the pitch (computed data, not an undo step)
            ws.run(cache_track(ws.project, clip, result.track, result.settings), undoable=False)
        self.found.emit(result.vocalisations, source)

    def _failed(self, message: str) -> None:
        self.button.setText(tr("Find voices"))
        self.status.emit(message or tr("Voice detection found nothing to offer"))
