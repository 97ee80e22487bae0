"""Interaction dynamics: the Analysis panel over the open project (it writes regions and motion via the workspace)."""

from __future__ import annotations

from vig_annotator.qt.i18n import tr
from vig_annotator.qt.shell import Shell


def show_dynamics(shell: Shell) -> None:
    from vig_annotator.qt.analysis_panel import AnalysisPanel

    if shell.workspace.project is None:
        return
    shell.show_in_dock(tr("Analysis"), "dock_analysis", AnalysisPanel(shell.workspace))


def batch_analysis(shell: Shell) -> None:
    """Analysis ▸ Batch…: voices or motion for every clip of the project, on local worker processes."""
    from PySide6.QtWidgets import QDialog, QMessageBox

    project = shell.workspace.project
    if project is None:
        return
    try:
        import distributed  # noqa: F401
    except ImportError:
        QMessageBox.information(shell.window(), tr("Batch analysis"),
                                tr("Batch analysis needs Dask, which this installation leaves out: install "
                                   "vig-annotator with pip or pipx to use it."))
        return
    from vig_annotator.qt.batch_dialog import BatchDialog, start_batch

    dialog = BatchDialog(project, shell.window())
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return
    start_batch(shell.workspace, shell.window(), dialog.chosen(), dialog.workers.value())
