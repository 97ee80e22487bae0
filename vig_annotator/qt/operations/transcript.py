"""Transcription: the action that opens the transcript panel (its edits are in ``qt.transcript_edits``)."""

from __future__ import annotations

from vig_annotator.qt.i18n import tr
from vig_annotator.qt.shell import Shell


def show_transcript(shell: Shell) -> None:
    """Open the transcription panel over the current session."""
    from vig_annotator.qt.transcript_panel import TranscriptPanel

    if shell.workspace.project is None:
        return
    panel = TranscriptPanel(shell.workspace, shell.clock, mark_in=lambda: shell.moment_in)
    panel.status.connect(shell.show_status)
    shell.show_in_dock(tr("Transcript"), "dock_transcript", panel)
