"""The Analysis panel's Synchrony tab: movement synchrony of two people's regions of a clip.

It writes only the clip's regions per person (the undoable edit "Set regions") and the motion energy computed
from them (kept, not an undo step, so the clip is not decoded again). Decoding runs off the GUI thread
(``MotionJob``); the figures come from ``vig_annotator.analysis.synchrony``, as ``analyse synchrony`` gives them.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pandas as pd
from PySide6.QtCore import Signal
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QProgressBar, QPushButton, QTableWidget, QVBoxLayout, QWidget

from vig_annotator.analysis.motion_energy import MotionEnergy, Region
from vig_annotator.analysis.saved_motion import cache_motion, cached_motion, saved_regions, set_regions
from vig_annotator.analysis.synchrony import Synchrony, frame_rate, resample, synchrony
from vig_annotator.core.commands import Command
from vig_annotator.core.model import Clip
from vig_annotator.core.project import Project
from vig_annotator.media.frames import read_frame
from vig_annotator.media.probe import MediaError
from vig_annotator.qt import analysis_forms as forms
from vig_annotator.qt import analysis_plots as plots
from vig_annotator.qt import analysis_texts as texts
from vig_annotator.qt.background import to_qimage
from vig_annotator.qt.i18n import tr
from vig_annotator.qt.motion_job import MotionJob
from vig_annotator.qt.regions_editor import RegionsEditor
from vig_annotator.store.clips import resolve

_THRESHOLD = 12  # grey-level change counted as motion: the command line's default


class SynchronyTab(QWidget):
    """Regions, window and largest lag; progress; the windows table, synchrony over time and the lag profile."""

    synchrony_ready = Signal(object)

    def __init__(self, project: Project, run: Callable[..., Any], chosen_sessions: Callable[[], list[int]],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.project = project
        self._run = run
        """The one write path: the workspace's runner (it says why an edit is refused)."""
        self.chosen_sessions = chosen_sessions
        self.motion_computed = 0
        """How many times motion energy was decoded from a clip (the rest came from the project's cache)."""
        self.tables: dict[str, pd.DataFrame] = {}
        self._job: MotionJob | None = None
        self.region_editor = RegionsEditor(self._still, self.save_regions)
        self.regions, self.picture = self.region_editor.line, self.region_editor.picture
        self.sync_window, self.max_lag = forms.seconds(30.0), forms.seconds(5.0)
        start = QPushButton(tr("Compute from the first ticked session's clip"))
        start.clicked.connect(self.start)
        self.cancel = QPushButton(tr("Cancel"))
        self.cancel.setEnabled(False)
        self.cancel.clicked.connect(self.cancel_job)
        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        form = QFormLayout()
        form.addRow(tr("Regions"), self.region_editor)
        form.addRow(tr("Window (s)"), self.sync_window)
        form.addRow(tr("Largest lag (s)"), self.max_lag)
        row = QHBoxLayout()
        row.addWidget(self.progress, 1)
        row.addWidget(self.cancel)
        form.addRow(row)
        self.text, self.table = forms.summary(), QTableWidget()
        self.region_editor.failed.connect(self.text.setText)
        self.over_time, self.profile = plots.new_plot(tr("Synchrony over time")), plots.new_plot(tr("Lag profile"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(forms.tab(form, start, self.text, self.table, self.over_time, self.profile))

    # -- the clip and its regions ---------------------------------------------------------------
    def clip(self) -> Clip | None:
        """The clip whose regions and motion the tab uses: the first ticked session's, else the only one."""
        chosen = self.chosen_sessions()
        if chosen:
            return self.project.clip(self.project.session(chosen[0]).clip_id)
        return self.project.clips[0] if len(self.project.clips) == 1 else None

    def show_saved_regions(self) -> None:
        clip = self.clip()
        saved = saved_regions(self.project, clip) if clip is not None else {}
        self.regions.setText(forms.region_text(saved))

    def _still(self) -> QImage:
        """A still from the middle of the clip, upright, for drawing its regions on."""
        clip = self.clip()
        if clip is None:
            raise ValueError(tr("Tick a session whose clip to show."))
        try:
            return to_qimage(read_frame(resolve(self.project, clip), clip.frame_count // 2))
        except (ValueError, OSError, MediaError) as exc:
            raise ValueError(f"{clip.path}: {exc}") from None

    def show_picture(self) -> None:
        self.region_editor.show_picture()

    def save_regions(self) -> dict[str, Region] | None:
        """The typed regions, saved for the clip (undoable "Set regions") unless the project is read-only.

        None, with the reason said in the tab, when they are not two well-formed regions.
        """
        clip = self.clip()
        try:
            regions = forms.parse_regions(self.regions.text())
            if clip is None:
                raise ValueError(tr("Tick a session whose clip the regions belong to."))
        except ValueError as exc:
            self.text.setText(str(exc))
            return None
        command: Command = set_regions(self.project, clip, regions)
        if command.pairs and not self.project.backend.read_only:
            self._run(command)
        return regions

    # -- computing ----------------------------------------------------------------------------------
    def start(self) -> None:
        """Compute motion energy of the regions on the first ticked session's clip, off the GUI thread."""
        regions = self.save_regions()
        clip = self.clip()
        if regions is None or clip is None:
            return
        cached = cached_motion(self.project, clip, regions, _THRESHOLD)
        if cached is not None:
            self.progress.setValue(100)
            self._on_motion_finished(cached)
            return
        job = self._job = MotionJob(self)
        job.progress.connect(lambda share: self.progress.setValue(int(share * 100)))
        job.finished.connect(lambda motion: self._keep_motion(clip, motion))
        job.failed.connect(self._on_motion_failed)
        self.cancel.setEnabled(True)
        self.motion_computed += 1
        job.compute(resolve(self.project, clip), regions, _THRESHOLD)

    def cancel_job(self) -> None:
        if self._job is not None:
            self._job.cancel()

    def _on_motion_failed(self, message: str) -> None:
        self.text.setText(message)
        self.cancel.setEnabled(False)

    def _keep_motion(self, clip: Clip, motion: MotionEnergy) -> None:
        """Keep the computed motion in the project (computed data: not an undo step), then show synchrony."""
        if not self.project.backend.read_only:
            self._run(cache_motion(self.project, clip, motion), undoable=False)
        self._on_motion_finished(motion)

    def _on_motion_finished(self, motion: MotionEnergy) -> None:
        self.cancel.setEnabled(False)
        names = list(motion.energy)
        rate = frame_rate(motion.times_ms)
        a, b = (resample(motion.times_ms, motion.energy[n], rate) for n in names[:2])
        try:
            result = synchrony(a, b, rate, self.sync_window.value(), self.max_lag.value())
        except ValueError as exc:
            self.text.setText(str(exc))
            return
        self.show_synchrony(result, names, float(motion.times_ms[0]) / 1000)

    def show_synchrony(self, result: Synchrony, names: list[str], offset_s: float = 0.0) -> None:
        doc = result.as_dict()
        self.tables["windows"] = pd.DataFrame([{**w, "start_s": (w["start_s"] or 0) + offset_s}
                                               for w in doc["windows"]])
        self.tables["lag_profile"] = pd.DataFrame(doc["lag_profile"])
        forms.fill(self.table, self.tables["windows"])
        self.text.setText(texts.synchrony_summary(result, names))
        plots.synchrony_over_time(self.over_time, result, offset_s)
        self.over_time.setVisible(len(result.window_starts_s) > 1)  # one window: nothing over time to draw
        plots.lag_profile(self.profile, result, names)
        self.synchrony_ready.emit(result)
