"""Interaction dynamics: the Analysis panel over the open project (it writes regions and motion via the workspace)."""

from __future__ import annotations

from vig_annotator.qt.i18n import tr
from vig_annotator.qt.shell import Shell


def show_dynamics(shell: Shell) -> None:
    from vig_annotator.qt.analysis_panel import AnalysisPanel

    project = shell.workspace.project
    if project is None:
        return
    shell.show_in_dock(tr("Analysis"), "dock_analysis", AnalysisPanel(project, run=shell.workspace.run))
