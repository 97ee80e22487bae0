"""What leaves or enters a project as files: exports, imports, review packs and stills."""

from __future__ import annotations

import os
import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEventLoop, Qt, QTimer
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog

from vig_annotator.core.project import ReadOnlyProjectError
from vig_annotator.io.importing import Imported
from vig_annotator.media.probe import MediaError
from vig_annotator.qt.shell import Shell


def export_folder(project_path: str | Path) -> Path:
    """Where exports go by default: the project's folder, unless that is the app's own hidden data folder."""
    from vig_annotator.resources import data_dir
    from vig_annotator.store.urls import is_server_url

    if is_server_url(str(project_path)):
        return Path.cwd()  # a team project lives on a server: exports go where the app was started
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
        read = read_in_background(shell, Path(path))
        if read is None:
            return  # cancelled while reading: nothing was changed
        dialog = ImportDialog(ws.project, path, shell.window(), read=read)
        dialog.exec()
        if dialog.session is not None:
            ws.set_session(dialog.session.id)
            shell.show_status(f"Imported {Path(path).name} as session {dialog.session.id}")


def read_in_background(shell: Shell, path: Path) -> Callable[[Path], Imported] | None:
    """Read a file to import off the GUI thread, with a progress window the user can cancel.

    Returns a reader that hands the dialog what was read (or raises what reading raised); None if the
    user cancelled. A 45 MB EAF takes seconds: the window stays responsive meanwhile.
    """
    from vig_annotator.qt.import_dialog import read_any

    outcome: dict[str, object] = {}
    done = threading.Event()

    def work() -> None:
        try:
            outcome["imported"] = read_any(path)
        except Exception as exc:  # noqa: BLE001 - handed to the dialog, which shows it
            outcome["error"] = exc
        done.set()

    threading.Thread(target=work, name="import-read", daemon=True).start()
    if not done.wait(0.3):  # small files: no window at all
        size = path.stat().st_size / 1e6 if path.exists() else 0.0
        progress = QProgressDialog(f"Reading {path.name} ({size:.0f} MB)…", "Cancel", 0, 0, shell.window())
        progress.setWindowTitle("Import")
        progress.setMinimumDuration(0)
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        loop = QEventLoop()
        timer = QTimer()
        timer.timeout.connect(lambda: loop.quit() if done.is_set() or progress.wasCanceled() else None)
        progress.canceled.connect(loop.quit)
        timer.start(50)
        progress.show()
        loop.exec()
        timer.stop()
        cancelled = progress.wasCanceled() and not done.is_set()
        progress.close()
        progress.deleteLater()
        if cancelled:
            return None

    def read(_path: Path) -> Imported:
        error = outcome.get("error")
        if isinstance(error, BaseException):
            raise error
        imported = outcome["imported"]
        assert isinstance(imported, Imported)
        return imported

    return read


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
