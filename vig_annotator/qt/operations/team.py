"""Team projects on a lab's server: open one by its URL; when the server is away, retry an edit or save it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QInputDialog, QLineEdit, QMessageBox

from vig_annotator.qt.file_filters import project_filter
from vig_annotator.qt.i18n import tr
from vig_annotator.qt.shell import Shell, setting_list
from vig_annotator.qt.workspace import LostEdit
from vig_annotator.store.errors import ProjectFileError
from vig_annotator.store.urls import is_server_url


def location(text: str) -> Path | str:
    """A recent entry or a command-line argument as the app opens it: a server URL stays text."""
    return text if is_server_url(text) else Path(text)


def open_team_project(shell: Shell) -> None:
    """Ask for a server project's URL and open it (the password comes from ~/.pgpass, never from here)."""
    from vig_annotator.qt.operations.projects import open_reporting

    last = next((p for p in setting_list(shell.settings, "recent") if is_server_url(p)), "postgresql://")
    url, accepted = QInputDialog.getText(
        shell.window(), tr("Open team project"),
        tr("The project on your lab's PostgreSQL server:\npostgresql://HOST/DATABASE?project=NAME\n"
           "(your password is read from ~/.pgpass or PGPASSWORD, never stored)"),
        QLineEdit.EchoMode.Normal, last)
    if accepted and url.strip():
        open_reporting(shell, url.strip())


def offer_retry_or_save(shell: Shell, lost: LostEdit) -> None:
    """The server was unreachable for an edit: retry it, save the session (with the edit) to a file, or drop it."""
    ws = shell.workspace
    box = QMessageBox(QMessageBox.Icon.Warning, tr("Not saved to the server"),
                      tr("{message}\n\nRetry now, or save this session (with this edit) to a project file and push "
                         "it to the server later.").format(message=lost.message), parent=shell.window())
    retry = box.addButton(tr("Retry"), QMessageBox.ButtonRole.AcceptRole)
    save = box.addButton(tr("Save session to a file…"), QMessageBox.ButtonRole.ActionRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    clicked = box.clickedButton()
    box.deleteLater()
    if clicked is retry:
        lost.retry()
    elif clicked is save and ws.project is not None and ws.session is not None:
        path, _ = QFileDialog.getSaveFileName(shell.window(), tr("Save session to a file"), "",
                                              project_filter())
        if not path:
            return
        from vig_annotator.store.sync import save_session

        try:
            save_session(ws.project, ws.session.id, path, lost.ops)
        except (ValueError, OSError, ProjectFileError) as exc:
            QMessageBox.warning(shell.window(), tr("Not saved"), str(exc))
            return
        shell.show_status(tr("Saved the session to {path}; push it to the server when it is back").format(path=path))
