"""The menus, built from the declared actions (:mod:`vig_annotator.core.keymap`) plus the submenus that list things.

One QAction per declared action that has a menu; the toolbar shares them. Choosing one calls ``run`` with
the action's id (the window runs its handler from :data:`vig_annotator.qt.actions.HANDLERS`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu

from vig_annotator.core import keymap
from vig_annotator.core.history import History
from vig_annotator.qt.i18n import tr, tr_keys
from vig_annotator.qt.icons import action_icon
from vig_annotator.qt.theme_menu import theme_menu

SEPARATOR_BEFORE = ("import_file", "quit", "delete_segments", "reaction_lag", "new_exercise")
"""The actions that start a group in their menu (Export sits in Import's group)."""


def build_menu_bar(window: QMainWindow, run: Callable[[str], None], recent: QMenu, export: QMenu,
                   panel_toggles: Iterable[QAction]) -> dict[str, QAction]:
    """Fill ``window``'s menu bar; the actions by id.

    ``recent`` goes before Add clips, ``export`` after Import, and View lists ``panel_toggles``
    (show or hide a panel) and the theme after Reset layout.
    """
    bar = window.menuBar()
    actions: dict[str, QAction] = {}
    menus = {name: bar.addMenu(tr("&" + name, "menu")) for name in keymap.MENUS}
    for spec in keymap.ACTIONS:
        if not spec.menu:
            continue
        menu = menus[spec.menu]
        if spec.submenu:
            if spec.submenu not in menus:
                menus[spec.submenu] = menu.addMenu(tr(spec.submenu))
            menu = menus[spec.submenu]
        if spec.id == "add_clips":
            menu.addMenu(recent)
        if spec.id in SEPARATOR_BEFORE:
            menu.addSeparator()
        if spec.id == "import_file":
            menu.addMenu(export)
        action = QAction(tr(spec.label), window)
        if (found := action_icon(spec.id)) is not None:
            action.setIcon(found)
        if spec.shortcut:
            action.setShortcut(QKeySequence(spec.shortcut))
        keys = spec.shortcut or " / ".join(spec.keys)
        action.setToolTip(tr(spec.label).replace("&", "").rstrip("…") + (f" ({tr_keys(keys)})" if keys else ""))
        if spec.tip:
            action.setStatusTip(tr(spec.tip))
        action.triggered.connect(lambda _=False, action_id=spec.id: run(action_id))
        menu.addAction(action)
        actions[spec.id] = action
        if spec.id == "reset_layout":
            menu.addSeparator()
            for toggle in panel_toggles:
                menu.addAction(toggle)
            menu.addSeparator()
            menu.addMenu(theme_menu(window))
    return actions


def name_undo_steps(undo_action: QAction, redo_action: QAction, history: History | None) -> None:
    """Edit ▸ Undo / Redo name the step they would take, and are greyed out when there is none."""
    can_undo = bool(history and history.done)
    can_redo = bool(history and history.undone)
    undo_action.setEnabled(can_undo)
    redo_action.setEnabled(can_redo)
    undo_action.setText(tr("&Undo {step}").format(step=tr(history.undo_label)) if history and can_undo
                        else tr("&Undo"))
    redo_action.setText(tr("&Redo {step}").format(step=tr(history.redo_label)) if history and can_redo
                        else tr("&Redo"))
