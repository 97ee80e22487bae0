"""View ▸ Language: choose the app's language (or the system's); saved, and used from the next start."""

from __future__ import annotations

from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMessageBox

from vig_annotator.qt import language
from vig_annotator.qt.i18n import tr
from vig_annotator.qt.shell import Shell


def show_choice(shell: Shell, actions: dict[str, QAction]) -> None:
    """Make the language actions one exclusive, checkable choice showing the saved setting."""
    group = QActionGroup(shell.window())
    group.setExclusive(True)
    current = language.chosen(shell.settings)
    for action_id, code in language.CHOICES.items():
        action = actions[action_id]
        action.setCheckable(True)
        action.setChecked(code == current)
        group.addAction(action)


def choose(shell: Shell, code: str) -> None:
    """Save the language; the window is built in it when vig-annotator starts again (panels are not rebuilt live)."""
    if language.chosen(shell.settings) == code:
        return
    shell.settings.setValue(language.SETTING, code)
    shell.settings.sync()
    QMessageBox.information(shell.window(), tr("Language"),
                            tr("The new language applies when vig-annotator starts again."))
