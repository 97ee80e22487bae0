"""What the app says when the project file itself is in question, and what it offers to do.

Two cases from issue 24: the file was replaced under the open editor (editing stopped, the window's
edits kept in a copy beside it: offer to open that copy), and a ``-wal`` beside the project that is
not its own (offer to open the project as it is on disk, with that file set aside, never applied).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QMessageBox, QWidget

from vig_annotator.qt.i18n import tr
from vig_annotator.store.replaced_file import FileReplacedError


def editing_stopped(parent: QWidget, error: FileReplacedError) -> Path | None:
    """Say that editing stopped because the file was replaced; the kept copy when the user chooses to open it."""
    box = QMessageBox(QMessageBox.Icon.Warning, tr("The project file was replaced"), "", parent=parent)
    box.setObjectName("editing_stopped")
    box.setText(tr("Another program replaced or changed the project file while it was open here, so editing has "
                   "stopped: nothing more is written, and the file now under that name was left as it is."))
    kept = error.kept
    if kept is not None:
        box.setInformativeText(tr("Every edit saved in this window is kept in a copy:\n{path}\n\nOpen the copy to "
                                  "carry on, or compare it with the new file.").format(path=kept))
        open_copy = box.addButton(tr("Open the kept copy"), QMessageBox.ButtonRole.AcceptRole)
    else:
        box.setInformativeText(tr("The edits saved in this window could not be copied to a new file; keep this "
                                  "window open and export the sessions you need."))
        open_copy = None
    box.addButton(tr("Close"), QMessageBox.ButtonRole.RejectRole)
    box.setDetailedText(str(error))
    box.exec()
    return kept if open_copy is not None and box.clickedButton() is open_copy else None


def offer_wal_set_aside(parent: QWidget, path: Path, reason: str) -> bool:
    """Say what was found beside the project; True when the user chooses to open it with that file set aside."""
    box = QMessageBox(QMessageBox.Icon.Warning, tr("A file beside the project is not its own"), "", parent=parent)
    box.setObjectName("foreign_wal")
    box.setText(tr("Beside {name} there is a “-wal” file that this project did not leave there (a restored "
                   "backup's, a copy's, or another project's). Opening the project would take its contents "
                   "in.").format(name=path.name))
    box.setInformativeText(tr("The project can be opened as it is on disk, with that file renamed and kept "
                              "beside it (nothing is deleted). Nothing has been changed so far."))
    box.setDetailedText(reason)
    set_aside = box.addButton(tr("Set it aside and open"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(tr("Do not open"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(set_aside)
    box.exec()
    return box.clickedButton() is set_aside
