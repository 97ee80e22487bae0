"""Add a camera to a clip, or re-align one: its file and label, and its offset on the session timeline.

The offset can be found from the sound (in the background, with a busy bar, Cancel and the
confidence), nudged frame by frame, set by marking the same event (a clap) in the primary and in this
camera, or typed. Nothing changes in the project until the dialog is accepted.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, Signal, SignalInstance
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from vig_annotator.core import sources
from vig_annotator.core.model import VideoSource
from vig_annotator.core.timebase import parse_timecode, timecode
from vig_annotator.qt import jobs
from vig_annotator.qt.file_filters import video_filter
from vig_annotator.qt.i18n import tr
from vig_annotator.qt.video_view import VideoView


@dataclass(frozen=True)
class CameraChoice:
    """What the dialog was accepted with."""

    path: Path
    label: str
    offset_ms: int
    aligned_by: str
    confidence: float | None


class _AlignResults(QObject):
    done = Signal(object)
    failed = Signal(str)


class CameraDialog(QDialog):
    """The file, label and offset of a camera; the offset found from sound, nudged, marked or typed."""

    def __init__(self, parent: QWidget | None, primary: Path, playhead_ms: int = 0,
                 source: VideoSource | None = None, source_file: Path | None = None,
                 label: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Align camera") if source is not None else tr("Add camera"))
        self.primary = primary
        self._fps: tuple[str, float] = ("", 25.0)  # (file, its frame rate), probed when first needed
        self.aligned_by = source.aligned_by if source is not None else "hand"
        self.confidence: float | None = source.confidence if source is not None else None
        self._cancel = threading.Event()
        self._busy = False
        self.path_edit = QLineEdit(str(source_file or ""))
        self.path_edit.setReadOnly(source is not None)
        browse = QPushButton(tr("Browse…"))
        browse.setEnabled(source is None)
        browse.clicked.connect(self._browse)
        self.label_edit = QLineEdit(source.label if source is not None else label)
        self.label_edit.setReadOnly(source is not None)
        self.label_edit.setPlaceholderText(tr("e.g. infant, parent, side"))
        self.offset = QDoubleSpinBox()
        self.offset.setRange(-86_400, 86_400)
        self.offset.setDecimals(3)
        self.offset.setSuffix(" s")
        self.offset.setValue((source.offset_ms if source is not None else 0) / 1000)
        self.offset.valueChanged.connect(lambda _v: self._by_hand())
        back, forward = QPushButton(tr("◀ frame")), QPushButton(tr("frame ▶"))
        back.clicked.connect(lambda: self.nudge(-1))
        forward.clicked.connect(lambda: self.nudge(1))
        self.find_button = QPushButton(tr("Find from sound"))
        self.find_button.clicked.connect(self.find_from_sound)
        self.cancel_button = QPushButton(tr("Cancel search"))
        self.cancel_button.clicked.connect(self._cancel.set)
        self.cancel_button.hide()
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.hide()
        self.outcome = QLabel(self._describe())
        self.outcome.setWordWrap(True)
        self.primary_event = QLineEdit(timecode(playhead_ms))
        self.camera_event = QLineEdit(timecode(0))
        use_playhead = QPushButton(tr("Use playhead"))
        use_playhead.clicked.connect(lambda: self.primary_event.setText(timecode(playhead_ms)))
        self.preview = VideoView()
        self.preview.setMinimumSize(192, 108)
        self.preview.show_message(tr("This camera at the event time"))
        prev_frame, next_frame = QPushButton("◀"), QPushButton("▶")
        prev_frame.clicked.connect(lambda: self._step_event(-1))
        next_frame.clicked.connect(lambda: self._step_event(1))
        show = QPushButton(tr("Show"))
        show.clicked.connect(self.show_event_frame)
        from_event = QPushButton(tr("Set offset from this event"))
        from_event.clicked.connect(self.offset_from_event)

        form = QFormLayout()
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(browse)
        form.addRow(tr("Video file:"), row)
        form.addRow(tr("Label:"), self.label_edit)
        row = QHBoxLayout()
        row.addWidget(self.offset, 1)
        row.addWidget(back)
        row.addWidget(forward)
        form.addRow(tr("Starts at (session time):"), row)
        row = QHBoxLayout()
        row.addWidget(self.find_button)
        row.addWidget(self.progress, 1)
        row.addWidget(self.cancel_button)
        form.addRow(tr("Automatic:"), row)
        form.addRow("", self.outcome)
        row = QHBoxLayout()
        row.addWidget(self.primary_event, 1)
        row.addWidget(use_playhead)
        form.addRow(tr("Same event in the primary at:"), row)
        row = QHBoxLayout()
        row.addWidget(self.camera_event, 1)
        row.addWidget(prev_frame)
        row.addWidget(next_frame)
        row.addWidget(show)
        form.addRow(tr("…and in this camera at:"), row)
        form.addRow("", self.preview)
        form.addRow("", from_event)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    # -- reading --
    def choice(self) -> CameraChoice:
        return CameraChoice(Path(self.path_edit.text().strip()), self.label_edit.text().strip(),
                            self.offset_ms(), self.aligned_by, self.confidence)

    def offset_ms(self) -> int:
        return round(self.offset.value() * 1000)

    def _describe(self) -> str:
        if self.aligned_by == "audio" and self.confidence is not None:
            return tr("Found from sound, confidence {c:.2f}").format(c=self.confidence)
        if self.aligned_by == "event":
            return tr("Set from an event marked in both")
        return tr("Set by hand")

    # -- acting --
    def _set_offset(self, ms: int, aligned_by: str, confidence: float | None = None) -> None:
        self.offset.blockSignals(True)
        self.offset.setValue(ms / 1000)
        self.offset.blockSignals(False)
        self.aligned_by, self.confidence = aligned_by, confidence

    def _by_hand(self) -> None:
        self.aligned_by, self.confidence = "hand", None
        self.outcome.setText(self._describe())

    def camera_fps(self) -> float:
        """The camera's frame rate (measured from its timestamps; 25 until its file can be read)."""
        name = self.path_edit.text().strip()
        if name and name != self._fps[0] and Path(name).is_file():
            try:
                from vig_annotator.media.probe import probe

                self._fps = (name, probe(name).timebase.fps_estimate() or 25.0)
            except Exception as exc:  # noqa: BLE001 - a bad file is reported in the dialog
                self.outcome.setText(str(exc))
                self._fps = (name, 25.0)
        return self._fps[1]

    def nudge(self, frames: int) -> None:
        """Move the camera by whole frames of its own rate."""
        self.offset.setValue((self.offset_ms() + round(frames * 1000 / self.camera_fps())) / 1000)

    def _browse(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, tr("Camera's video"), str(self.primary.parent), video_filter())
        if name:
            self.path_edit.setText(name)
            if not self.label_edit.text().strip():
                self.label_edit.setText(Path(name).stem)

    def find_from_sound(self) -> None:
        """Cross-correlate the two sound tracks in the background; the result fills the offset."""
        path = Path(self.path_edit.text().strip())
        if not path.is_file():
            self.outcome.setText(tr("Choose the camera's video file first"))
            return
        self._cancel.clear()
        self._busy = True
        self.progress.show()
        self.cancel_button.show()
        self.find_button.setEnabled(False)
        self.outcome.setText(tr("Listening to both sound tracks…"))
        results = _AlignResults(self)
        results.done.connect(self._on_aligned)
        results.failed.connect(self._on_failed)
        cancel, primary = self._cancel, self.primary

        def work() -> None:
            try:
                from vig_annotator.media.alignment import align

                outcome: tuple[SignalInstance, object] = (results.done, align(primary, path,
                                                                               cancelled=cancel.is_set))
            except InterruptedError:
                outcome = (results.failed, tr("Search cancelled"))
            except Exception as exc:  # noqa: BLE001 - shown to the user, never raised into Qt
                outcome = (results.failed, str(exc))
            try:
                outcome[0].emit(outcome[1])
            except RuntimeError:  # the dialog was closed meanwhile: nobody is waiting for the result
                pass

        jobs.start_worker(work, "camera-align", cancel.set)

    def _finish(self) -> None:
        self._busy = False
        self.progress.hide()
        self.cancel_button.hide()
        self.find_button.setEnabled(True)

    def _on_aligned(self, found: object) -> None:
        self._finish()
        offset_ms = getattr(found, "offset_ms", 0)
        confidence = float(getattr(found, "confidence", 0.0))
        message = str(getattr(found, "message", ""))
        if message:  # not trustworthy: say so, leave the offset as it was
            self.outcome.setText(tr("Confidence {c:.2f}: {message}").format(c=confidence, message=message))
            return
        self._set_offset(offset_ms, "audio", round(confidence, 3))
        self.outcome.setText(tr("Found from sound: {offset:+.3f} s, confidence {c:.2f}. Check a clap or a "
                               "quick movement, nudge if needed, then OK.").format(offset=offset_ms / 1000,
                                                                                   c=confidence))

    def _on_failed(self, message: str) -> None:
        self._finish()
        self.outcome.setText(message)

    def _event_ms(self, edit: QLineEdit) -> int | None:
        try:
            return parse_timecode(edit.text())
        except ValueError as exc:
            self.outcome.setText(str(exc))
            return None

    def _step_event(self, frames: int) -> None:
        ms = self._event_ms(self.camera_event)
        if ms is not None:
            self.camera_event.setText(timecode(max(0, ms + round(frames * 1000 / self.camera_fps()))))
            self.show_event_frame()

    def show_event_frame(self) -> None:
        """The camera's exact frame at the typed time, to find the event in it."""
        ms = self._event_ms(self.camera_event)
        path = Path(self.path_edit.text().strip())
        if ms is None or not path.is_file():
            return
        try:
            from vig_annotator.media.frames import read_frame
            from vig_annotator.media.probe import probe
            from vig_annotator.qt.background import to_qimage

            timebase = probe(path).timebase
            self.preview.show_image(to_qimage(read_frame(path, timebase.frame_at(ms), timebase)))
        except Exception as exc:  # noqa: BLE001 - a bad file is reported in the dialog
            self.outcome.setText(str(exc))

    def offset_from_event(self) -> None:
        """Put the event marked in this camera at the session time it was marked in the primary."""
        primary, camera = self._event_ms(self.primary_event), self._event_ms(self.camera_event)
        if primary is None or camera is None:
            return
        self._set_offset(sources.offset_from_events(primary, camera), "event")
        self.outcome.setText(self._describe())

    def done(self, result: int) -> None:
        self._cancel.set()
        super().done(result)
