"""Team projects on a lab's server: open one by its URL."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QInputDialog, QLineEdit

from vig_annotator.qt.i18n import tr
from vig_annotator.qt.shell import Shell, setting_list
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
