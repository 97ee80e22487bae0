"""Analysis ▸ Batch…: one computed analysis over the project's clips, on local worker processes (Dask).

Each clip's result is kept in the project as soon as it arrives (so Cancel keeps what is done), through
the workspace's write path; clips whose result the project already keeps are not analysed again.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QMessageBox,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from vig_annotator.batch.engine import ClipStatus
from vig_annotator.batch.inputs import BatchClip
from vig_annotator.core.project import Project
from vig_annotator.qt.i18n import tr
from vig_annotator.qt.workspace import Workspace


def project_clips(project: Project, analysis: str) -> tuple[list[BatchClip], int]:
    """The project's clips still to analyse, and how many already have their result kept."""
    from vig_annotator.batch.inputs import project_clip
    from vig_annotator.batch.into import already_kept

    to_do: list[BatchClip] = []
    kept = 0
    for clip in project.clips:
        if already_kept(project, clip, analysis, {}):
            kept += 1
        else:
            to_do.append(project_clip(project, clip))
    return to_do, kept


class BatchDialog(QDialog):
    """Which analysis, how many worker processes; says how many clips are left to do."""

    ANALYSES = ("voices", "motion")

    def __init__(self, project: Project, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.project = project
        self.setWindowTitle(tr("Batch analysis"))
        self.analysis = QComboBox()
        self.analysis.addItem(tr("Voices: vocalisations and pitch, offered as suggestions"), "voices")
        self.analysis.addItem(tr("Motion energy of the regions saved for each clip"), "motion")
        self.workers = QSpinBox()
        self.workers.setRange(1, max(1, os.cpu_count() or 1) * 4)
        self.workers.setValue(max(1, os.cpu_count() or 1))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        form = QFormLayout()
        form.addRow(tr("Analysis"), self.analysis)
        form.addRow(tr("Worker processes"), self.workers)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("Analyse"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.summary)
        layout.addWidget(self.buttons)
        self.analysis.currentIndexChanged.connect(self._on_analysis_changed)
        self._on_analysis_changed()

    def _on_analysis_changed(self) -> None:
        clips, kept = project_clips(self.project, self.chosen())
        text = tr("{todo} of the project's {total} clips to analyse; {kept} already kept in the project.").format(
            todo=len(clips), total=len(self.project.clips), kept=kept)
        if self.chosen() == "motion":
            bare = sum(len(c.regions) != 2 for c in clips)
            if bare:
                text += " " + tr("{count} clips have no regions saved (draw them in the Analysis panel's "
                                 "Synchrony tab); they will be listed as failed.").format(count=bare)
        self.summary.setText(text)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(clips))

    def chosen(self) -> str:
        return str(self.analysis.currentData())


def start_batch(ws: Workspace, parent: QWidget, analysis: str, workers: int) -> Any:
    """Run the batch in the background; each clip's result is kept in the project as it arrives."""
    from vig_annotator.batch.cache import ResultCache
    from vig_annotator.batch.engine import run_batch
    from vig_annotator.batch.into import keep_edits
    from vig_annotator.qt import gui_thread
    from vig_annotator.qt.jobs import Progress, run_in_background

    project = ws.project
    assert project is not None
    clips, _kept = project_clips(project, analysis)
    counted = Progress()
    folder = tempfile.mkdtemp(prefix="vig-batch-")  # results pass through here; removed when the batch ends

    def keep(status: ClipStatus) -> None:  # on the GUI thread: through the one write path
        if ws.project is project:
            for command in keep_edits(project, [status]):
                ws.run(command, undoable=False)

    def work(cancelled: Any) -> list[ClipStatus]:
        try:
            return run_batch(clips, analysis, {"threshold": 12} if analysis == "motion" else {},
                             ResultCache(folder), workers=workers, with_keep=True, cancelled=cancelled,
                             progress=lambda p: counted.report(p.finished, p.total),
                             on_clip=lambda status: gui_thread.post(lambda: keep(status)))
        finally:
            shutil.rmtree(folder, ignore_errors=True)

    def done(statuses: list[ClipStatus] | None, error: BaseException | None) -> None:
        if error is not None or statuses is None:
            QMessageBox.warning(parent, tr("Batch analysis failed"), str(error))
            return
        failed = [s for s in statuses if s.status == "failed"]
        text = tr("{done} clips analysed and kept in the project; {failed} failed.").format(
            done=sum(s.status == "done" for s in statuses), failed=len(failed))
        if failed:
            text += "\n\n" + "\n".join(f"{s.clip.case_id or s.clip.path.name}: {s.reason}" for s in failed[:12])
        QMessageBox.information(parent, tr("Batch analysis"), text)

    return run_in_background(work, tr("Analysing the project's clips…"), parent, done, counted=counted)
