"""What leaves or enters a project as files: exports, imports, review packs and stills."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMessageBox

from vig_annotator.core.project import ReadOnlyProjectError
from vig_annotator.media.probe import MediaError
from vig_annotator.qt.shell import Shell


def export_folder(project_path: str | Path) -> Path:
    """Where exports go by default: the project's folder, unless that is the app's own hidden data folder."""
    from vig_annotator.resources import data_dir

    folder = Path(project_path).resolve().parent
    if folder.is_relative_to(data_dir().resolve()):
        return Path.home()  # the demo's copy lives there; a user would never find the file again
    return folder


def with_normal_permissions(paths: list[Path]) -> None:
    """Give written files the user's ordinary permissions (0666 less the umask), as any editor would."""
    umask = os.umask(0)
    os.umask(umask)
    for path in paths:
        os.chmod(path, 0o666 & ~umask)


def export(shell: Shell, fmt: str) -> None:
    from vig_annotator.io import export as exporting

    ws = shell.workspace
    if ws.project is None or ws.session is None:
        return
    name = f"{ws.clip.case_id if ws.clip else 'export'}.{fmt}"
    suggested = str(export_folder(ws.project.path) / name)
    path, _ = QFileDialog.getSaveFileName(shell.window(), f"Export {fmt.upper()}", suggested)
    if not path:
        return
    try:
        try:
            written = [Path(p) for p in exporting.export(ws.project, fmt, path, [ws.session.id])]
        except exporting.ExportNotLoggedError as exc:  # the audit log cannot be written: only if the user says so
            answer = QMessageBox.question(shell.window(), "Export without a record?",
                                          f"{exc}\n\nExport anyway, with no line in the project's export log?")
            if answer != QMessageBox.StandardButton.Yes:
                return
            written = [Path(p) for p in exporting.export(ws.project, fmt, path, [ws.session.id], unlogged=True)]
        with_normal_permissions(written)
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
    suggested = str(export_folder(ws.project.path if ws.project else "./x") /
                    f"{ws.clip.case_id if ws.clip else 'still'}_frame{frame:06d}.png")
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
