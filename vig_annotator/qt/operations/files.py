"""What leaves or enters a project as files: exports, imports, review packs and stills."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMessageBox

from vig_annotator.core.project import ReadOnlyProjectError
from vig_annotator.media.probe import MediaError
from vig_annotator.qt.shell import Shell


def export(shell: Shell, fmt: str) -> None:
    from vig_annotator.io import export as exporting

    ws = shell.workspace
    if ws.project is None or ws.session is None:
        return
    suggested = str(Path(ws.project.path).with_name(f"{ws.clip.case_id if ws.clip else 'export'}.{fmt}"))
    path, _ = QFileDialog.getSaveFileName(shell.window(), f"Export {fmt.upper()}", suggested)
    if not path:
        return
    try:
        written = exporting.export(ws.project, fmt, path, [ws.session.id])
    except (ValueError, KeyError, OSError, ReadOnlyProjectError) as exc:
        QMessageBox.warning(shell.window(), "Export failed", str(exc))
        return
    shell.show_status(f"Exported {', '.join(p.name for p in written)}")


def import_file(shell: Shell) -> None:
    from vig_annotator.qt.import_dialog import ImportDialog

    ws = shell.workspace
    if ws.project is None:
        return
    path, _ = QFileDialog.getOpenFileName(shell.window(), "Import", "", "Coded files (*.eaf *.boris *.csv *.xlsx)")
    if path:
        dialog = ImportDialog(ws.project, path, shell.window())
        dialog.exec()
        if dialog.session is not None:
            ws.set_session(dialog.session.id)
            shell.show_status(f"Imported {Path(path).name} as session {dialog.session.id}")


def review_pack(shell: Shell) -> None:
    from vig_annotator.qt.review_pack_dialog import ReviewPackDialog

    ws = shell.workspace
    if ws.project is not None and ws.session is not None:
        ReviewPackDialog(ws.project, ws.session.id, shell.window()).exec()


def save_still(shell: Shell) -> None:
    ws = shell.workspace
    path = ws.clip_path()
    if path is None:
        return
    frame = shell.clock.frame
    suggested = str(Path(ws.project.path if ws.project else ".").with_name(
        f"{ws.clip.case_id if ws.clip else 'still'}_frame{frame:06d}.png"))
    out, _ = QFileDialog.getSaveFileName(shell.window(), "Save still", suggested, "PNG (*.png)")
    if not out:
        return
    try:
        from vig_annotator.media.frames import save_still as write_still

        write_still(path, frame, out, ws.timebase)
    except (MediaError, OSError) as exc:
        QMessageBox.warning(shell.window(), "Still not saved", str(exc))
        return
    shell.show_status(f"Saved frame {frame} to {out}")
