"""The transcript panel's file buttons: bring a transcript in (EAF or table) and write it out (logged first)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from vig_annotator.qt.i18n import tr
from vig_annotator.qt.workspace import Workspace

FILTERS = {"srt": "SubRip (*.srt)", "vtt": "WebVTT (*.vtt)", "csv": "CSV table (*.csv)", "xlsx": "Excel (*.xlsx)",
           "eaf": "ELAN (*.eaf)", "textgrid": "Praat TextGrid (*.TextGrid)"}


def import_transcript(parent: QWidget, ws: Workspace) -> str:
    """Ask for an EAF, a TextGrid or a table and add its utterances to the session as one edit; the status to show."""
    from vig_annotator.io.importing import ImportProblem
    from vig_annotator.io.transcripts import import_command, read_transcript

    if ws.project is None or ws.session is None:
        return ""
    path, _ = QFileDialog.getOpenFileName(parent, tr("Import transcript"), "",
                                          tr("Transcripts (*.eaf *.TextGrid *.csv *.xlsx)"))
    if not path:
        return ""
    try:
        lines, notes = read_transcript(path)
        command = import_command(ws.project, ws.session.id, lines, path)
    except (ImportProblem, ValueError, OSError) as exc:
        problems = getattr(exc, "problems", [str(exc)])
        QMessageBox.warning(parent, tr("Transcript not imported"),
                            "\n".join([f"{Path(path).name}:", *problems[:12]]) + tr("\n\nNothing was changed."))
        return ""
    if ws.run(command) is None:
        return ""
    if notes:  # tiers that are not utterances (codes, words, parts of speech): said, not silently dropped
        QMessageBox.information(parent, tr("Tiers left out"), "\n".join([f"{Path(path).name}:", *notes[:12]]))
    return tr("Imported {n} utterances from {name}").format(n=len(lines), name=Path(path).name)


def export_transcript(parent: QWidget, ws: Workspace) -> str:
    """Ask where and in which format, then export the session's transcript (recorded in the export log first)."""
    from vig_annotator.io import export as exporting

    if ws.project is None or ws.session is None:
        return ""
    suggested = f"{ws.clip.case_id if ws.clip else 'transcript'}.transcript.srt"
    path, chosen = QFileDialog.getSaveFileName(parent, tr("Export transcript"), suggested, ";;".join(FILTERS.values()))
    if not path:
        return ""
    fmt = next((f for f, label in FILTERS.items() if label == chosen), Path(path).suffix.lstrip(".").lower())
    if fmt not in FILTERS:
        fmt = "srt"
    try:
        written = exporting.export(ws.project, f"transcript-{fmt}", path, [ws.session.id])
    except (ValueError, KeyError, OSError) as exc:  # an unlogged export is the File menu's, with its question
        QMessageBox.warning(parent, tr("Export failed"), str(exc))
        return ""
    return tr("Exported {names}").format(names=", ".join(Path(p).name for p in written))
