"""Keyboard-first coding: the keys that work anywhere in the window except while typing text.

The keys themselves, and the help overlay's lines, are declared in :mod:`vig_annotator.core.keymap`.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QComboBox, QLineEdit, QPlainTextEdit, QTextEdit

from vig_annotator.core import keymap


def typing_into(widget: QObject | None) -> bool:
    """True while the user types into a text field, spin box, or an open table editor."""
    return isinstance(widget, QLineEdit | QPlainTextEdit | QTextEdit | QAbstractSpinBox | QComboBox)


class KeyRouter(QObject):
    """An application-wide filter that sends coding keys to ``handler`` unless text is being typed.

    ``handler(key, text, modifiers, act)`` returns True when the key is one it uses; it acts on the
    key only when ``act`` is True (a ShortcutOverride only asks, the KeyPress that follows acts).
    """

    def __init__(self, handler: Callable[[int, str, Qt.KeyboardModifier, bool], bool],
                 window: QObject) -> None:
        super().__init__(window)
        self.handler = handler
        self.window = window

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() not in (QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride):
            return False
        if not isinstance(event, QKeyEvent):
            return False
        focus = QApplication.focusWidget()
        if typing_into(focus) or QApplication.activeModalWidget() is not None:
            return False
        if focus is not None and focus.window() is not self.window:
            return False
        if QApplication.activePopupWidget() is not None:
            return False
        mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if event.type() == QEvent.Type.ShortcutOverride:
            # Claim plain keys before menu shortcuts see them, so code keys always code.
            if mods in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.ShiftModifier) and self.handler(
                    event.key(), event.text(), mods, False):
                event.accept()
                return True
            return False
        if not self.handler(event.key(), event.text(), mods, False):
            return False
        if event.isAutoRepeat() and event.key() not in (Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_J):
            return True  # holding a code key must not toggle it on and off
        return bool(self.handler(event.key(), event.text(), mods, True))


def action_for_key(key: int, mods: Qt.KeyboardModifier) -> str | None:
    """The declared action whose plain key (with or without Shift) this is, if any."""
    name = QKeySequence(key).toString()
    shift = bool(mods & Qt.KeyboardModifier.ShiftModifier)
    wanted = [f"Shift+{name}"] if shift else [name]
    if shift and key == Qt.Key.Key_Question:
        wanted.append(name)  # "?" is typed with Shift on most layouts
    for spec in keymap.ACTIONS:
        if any(k in spec.keys for k in wanted):
            return spec.id
    return None
