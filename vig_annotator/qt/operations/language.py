"""View ▸ Language: choose the app's language (or the system's), saved; the window reopens in it now or at next start.

The panels build their texts once, so a new language means a new window: the old one closes as on quitting
(layout saved, project released) and a new one opens on the same project and session.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from vig_annotator.qt import language
from vig_annotator.qt.i18n import tr_noop
from vig_annotator.qt.shell import Shell

APPLIES_ON_RESTART = tr_noop("The new language applies when vig-annotator starts again.")
SWITCH_NOW = tr_noop("Switch now? The window reopens in the new language, on the same project and session.")


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
    """Save the language and, if the user says so, reopen the window in it (asked in the language chosen)."""
    if language.chosen(shell.settings) == code:
        return
    shell.settings.setValue(language.SETTING, code)
    shell.settings.sync()
    prompt = switch_prompt(shell.window(), code)
    prompt.exec()
    if prompt.clickedButton() is prompt.defaultButton():
        reopen(shell, code)
    else:
        shell.show_status(language.text_in(code, APPLIES_ON_RESTART))


def switch_prompt(parent: QWidget, code: str) -> QMessageBox:
    """"Switch now?", its title and both buttons in the language chosen (not Qt's English Yes/No)."""
    prompt = QMessageBox(QMessageBox.Icon.Question, language.text_in(code, tr_noop("Language")),
                         language.text_in(code, SWITCH_NOW), QMessageBox.StandardButton.NoButton, parent)
    now = prompt.addButton(language.text_in(code, tr_noop("Switch now")), QMessageBox.ButtonRole.AcceptRole)
    prompt.addButton(language.text_in(code, tr_noop("At the next start")), QMessageBox.ButtonRole.RejectRole)
    prompt.setDefaultButton(now)
    return prompt


def reopen(shell: Shell, code: str) -> QWidget:
    """Close the window as on quitting and open a new one in ``code``'s language on the same project and session."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    old = shell.window()
    project, session = shell.workspace.project, shell.workspace.session
    path = Path(project.path) if project is not None and Path(project.path).is_file() else None
    session_id = session.id if session is not None else None
    quits = app.quitOnLastWindowClosed()
    app.setQuitOnLastWindowClosed(False)  # between the two windows there is none
    try:
        old.close()
        language.install(app, code)
        new = type(old)()
        new.show()
        if path is not None:
            new.open_path(path)  # type: ignore[attr-defined]
            if session_id is not None:
                new.workspace.set_session(session_id)  # type: ignore[attr-defined]
    finally:
        app.setQuitOnLastWindowClosed(quits)
    old.successor = new  # type: ignore[attr-defined]  # whoever holds the first window keeps the new one alive
    return new
