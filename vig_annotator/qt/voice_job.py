"""A clip's pitch track computed on a worker thread, with progress, cancel and a result signal."""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from vig_annotator.analysis.voices import VoiceSettings, analyse_sound
from vig_annotator.qt import gui_thread
from vig_annotator.qt.i18n import tr


class VoiceJob(QObject):
    """One voice analysis of a clip's sound; its signals arrive on the thread that owns the job (the GUI)."""

    progress = Signal(float)
    finished = Signal(object)
    """The PitchTrack."""
    failed = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._cancel = threading.Event()

    def start(self, path: Path, settings: VoiceSettings) -> None:
        gui_thread.install()
        cancelled_text = tr("Cancelled.")

        def work() -> None:  # signals go through the GUI thread: the window may close while this runs
            try:
                result = analyse_sound(path, settings,
                                       progress=lambda share: gui_thread.emit_later(self, "progress", share),
                                       cancelled=self._cancel.is_set)
            except (ValueError, OSError) as exc:
                gui_thread.emit_later(self, "failed", str(exc))
                return
            if result is None:
                gui_thread.emit_later(self, "failed", cancelled_text)
            else:
                gui_thread.emit_later(self, "finished", result.track)

        threading.Thread(target=work, name="voices", daemon=True).start()

    def cancel(self) -> None:
        self._cancel.set()
