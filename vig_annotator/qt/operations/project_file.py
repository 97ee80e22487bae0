"""When the project file itself is in question: replaced under the editor, or a -wal beside it not its own."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QTimer

from vig_annotator.core.project import Project
from vig_annotator.qt.i18n import tr
from vig_annotator.qt.project_file_dialogs import editing_stopped as tell_editing_stopped
from vig_annotator.qt.project_file_dialogs import offer_wal_set_aside
from vig_annotator.qt.shell import Shell
from vig_annotator.store import wal_check
from vig_annotator.store.opening import open_project
from vig_annotator.store.replaced_file import FileReplacedError


def editing_stopped(shell: Shell, error: FileReplacedError) -> None:
    """Say that the file was replaced under the editor; open the copy of the window's edits if asked."""
    from vig_annotator.qt.operations.projects import open_reporting

    kept = tell_editing_stopped(shell.window(), error)
    if kept is not None:  # after the edit or the switch of project that found it has finished
        QTimer.singleShot(0, shell.window(), lambda: open_reporting(shell, kept))


def open_with_wal_set_aside(shell: Shell, path: Path, error: wal_check.ForeignWalError) -> Project | None:
    """Offer to open the project as it is on disk with the foreign -wal set aside; None when declined."""
    if not offer_wal_set_aside(shell.window(), path, str(error)):
        return None
    kept = wal_check.set_aside(path)
    shell.show_status(tr("{name}: set aside, kept beside the project").format(name=kept.name))
    return open_project(path, defer=True)
