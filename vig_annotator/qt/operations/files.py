"""What leaves or enters a project as files: exports, imports, review packs and stills."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEventLoop, Qt, QTimer
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog

from vig_annotator.core.project import Project, ReadOnlyProjectError
from vig_annotator.io.import_plan import Source
from vig_annotator.io.output_paths import with_normal_permissions
from vig_annotator.media.probe import MediaError
from vig_annotator.qt import export_formats
from vig_annotator.qt.i18n import tr
from vig_annotator.qt.jobs import Job, Progress, run_in_background, start_worker
from vig_annotator.qt.shell import Shell

if TYPE_CHECKING:
    from vig_annotator.io.staged_export import Staged


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


def export(shell: Shell, fmt: str) -> Job | None:
    """Export the session on a worker thread; the log records it and the files get their names only when done.

    Cancelled or failed, it leaves no file behind and no line in the export log.
    """
    from vig_annotator.io import staged_export

    ws = shell.workspace
    if ws.project is None or ws.session is None:
        return None
    name = f"{ws.clip.case_id if ws.clip else 'export'}.{export_formats.suffix(fmt)}"
    suggested = str(export_folder(ws.project.path) / name)
    path, _ = QFileDialog.getSaveFileName(shell.window(), tr("Export: {format}").format(
        format=export_formats.label(fmt)), suggested)
    if not path:
        return None
    project, session_ids = ws.project, [ws.session.id]
    if not project.path:
        QMessageBox.warning(shell.window(), tr("Export failed"), tr("The project has no file to export from."))
        return None

    counted = Progress()  # the rows written, for a table export; other formats show a busy bar

    def work(cancelled: Callable[[], bool]) -> staged_export.Staged:
        return staged_export.write_staged(project.path, fmt, path, session_ids, cancelled=cancelled,
                                          report=counted.report)

    def done(staged: object, error: BaseException | None) -> None:
        if error is not None or not isinstance(staged, staged_export.Staged):
            QMessageBox.warning(shell.window(), tr("Export failed"), str(error))
            return
        finish_export(shell, project, staged)

    return run_in_background(work, tr("Writing {name}…").format(name=Path(path).name), shell.window(), done,
                             counted=counted)


def finish_export(shell: Shell, project: Project, staged: Staged) -> None:
    """Record the finished export in the log, then give its files their names (or discard them)."""
    from vig_annotator.io import export as exporting
    from vig_annotator.io import staged_export

    try:
        try:
            exporting.log_export(project, staged.what, str(staged.out))
        except exporting.ExportNotLoggedError as exc:  # the audit log cannot be written: only if the user says so
            answer = QMessageBox.question(shell.window(), tr("Export without a record?"),
                                          tr("{reason}\n\nExport anyway, with no line in the project's export log?")
                                          .format(reason=exc))
            if answer != QMessageBox.StandardButton.Yes:
                staged_export.discard(staged)
                return
        written = staged_export.publish(staged)
        with_normal_permissions(written)
    except (ValueError, KeyError, OSError, ReadOnlyProjectError) as exc:
        staged_export.discard(staged)
        QMessageBox.warning(shell.window(), tr("Export failed"), str(exc))
        return
    shell.show_status(tr("Exported {files}").format(files=", ".join(p.name for p in written)))


def import_file(shell: Shell) -> None:
    from vig_annotator.qt.import_dialog import ImportDialog

    ws = shell.workspace
    if ws.project is None:
        return
    path, _ = QFileDialog.getOpenFileName(shell.window(), tr("Import"), "",
                                          tr("Coded files (*.eaf *.TextGrid *.boris *.csv *.xlsx)"))
    if path:
        read = read_in_background(shell, Path(path))
        if read is None:
            return  # cancelled while reading: nothing was changed
        dialog = ImportDialog(ws.project, path, shell.window(), read=read)
        dialog.exec()
        if dialog.session is not None:
            ws.set_session(dialog.session.id)
            shell.show_status(tr("Imported {file} as session {session}").format(file=Path(path).name,
                                                                                  session=dialog.session.id))
        elif dialog.plan is not None and dialog.plan.scheme is not None:
            shell.show_status(tr("Added the ethogram of {file} as scheme {scheme}").format(
                file=Path(path).name, scheme=f"{dialog.plan.scheme.name} {dialog.plan.scheme.version}"))
        if dialog.log_problem:
            QMessageBox.warning(shell.window(), tr("Import not recorded"), dialog.log_problem)


def read_in_background(shell: Shell, path: Path) -> Callable[[Path], Source] | None:
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

    start_worker(work, "import-read")
    if not done.wait(0.3):  # small files: no window at all
        size = path.stat().st_size / 1e6 if path.exists() else 0.0
        progress = QProgressDialog(tr("Reading {file} ({size:.0f} MB)…").format(file=path.name, size=size),
                                   tr("Cancel"), 0, 0, shell.window())
        progress.setWindowTitle(tr("Import"))
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
        cancelled = progress.wasCanceled()  # the user said stop: even a read that just finished is dropped
        progress.close()
        progress.deleteLater()
        if cancelled:
            return None

    def read(_path: Path) -> Source:
        error = outcome.get("error")
        if isinstance(error, BaseException):
            raise error
        source = outcome["imported"]
        assert isinstance(source, Source)
        return source

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
    out, _ = QFileDialog.getSaveFileName(shell.window(), tr("Save still"), suggested, tr("PNG (*.png)"))
    if not out:
        return
    try:
        from vig_annotator.media.frames import save_still as write_still

        write_still(path, frame, out, ws.timebase)
    except (MediaError, OSError) as exc:
        QMessageBox.warning(shell.window(), tr("Still not saved"), str(exc))
        return
    shell.show_status(tr("Saved frame {frame} to {file}").format(frame=frame, file=out))
