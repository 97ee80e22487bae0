"""The main toolbar: the actions a coder reaches for most, with their icons, beside the menus.

Actions with a menu entry are shared with the menu (one QAction); key-only actions (mark in/out,
previous/next moment) get a toolbar button that runs the same handler as their key.
"""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QToolBar

from vig_annotator.core import keymap
from vig_annotator.qt.actions import HANDLERS
from vig_annotator.qt.icons import action_icon
from vig_annotator.qt.shell import Shell

TOOLBAR: tuple[str, ...] = (
    "open_project", "", "undo", "redo", "",
    "moment_in", "moment_out", "previous_moment", "next_moment", "loop_selection", "stop_loop", "",
    "zoom_in", "zoom_out", "zoom_fit", "", "compare_sessions", "interaction_dynamics",
)
"""The toolbar's actions in order ("" = a separator)."""


def build_toolbar(window: QMainWindow, actions_by_id: dict[str, QAction]) -> QToolBar:
    """The toolbar for ``window`` (a :class:`Shell`), reusing its menu actions where there are some."""
    bar = QToolBar("Tools", window)  # the name shown in View and the toolbar's context menu
    bar.setObjectName("tools_bar")
    extent = window.fontMetrics().height() + 4  # icons follow the font's size, not a pixel count
    bar.setIconSize(QSize(extent, extent))
    for action_id in TOOLBAR:
        if not action_id:
            bar.addSeparator()
            continue
        action = actions_by_id.get(action_id)
        if action is None:  # a key-only action: a button doing what its key does
            spec = keymap.action(action_id)
            action = QAction(spec.label.replace("&", ""), bar)
            keys = " / ".join(spec.keys)
            action.setToolTip(spec.label.replace("&", "") + (f" ({keys})" if keys else ""))
            handler = HANDLERS[action_id]
            action.triggered.connect(lambda _=False, h=handler, w=window: h(_shell(w)))
            found = action_icon(action_id)
            if found is not None:
                action.setIcon(found)
        bar.addAction(action)
    return bar


def _shell(window: QMainWindow) -> Shell:
    return window  # type: ignore[return-value]  # the main window is the shell the handlers expect
