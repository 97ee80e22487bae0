"""View ▸ Theme: follow the system's light/dark setting, or always Light, or always Dark (remembered)."""

from __future__ import annotations

from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu, QWidget

from vig_annotator.qt.icons import icon
from vig_annotator.qt.theme import Theme, current

LABELS = (("system", "&System"), ("light", "&Light"), ("dark", "&Dark"))


def theme_menu(parent: QWidget, theme: Theme | None = None) -> QMenu:
    """A submenu whose checked entry is the theme in use; choosing one applies and saves it."""

    def chosen() -> Theme:
        return theme or current()

    menu = QMenu("&Theme", parent)
    menu.setIcon(icon("theme"))
    group = QActionGroup(menu)
    group.setExclusive(True)
    for choice, label in LABELS:
        action = QAction(label, menu)
        action.setCheckable(True)
        action.setData(choice)
        action.triggered.connect(lambda _=False, c=choice: chosen().set_choice(c))
        group.addAction(action)
        menu.addAction(action)

    def show_choice() -> None:
        for action in group.actions():
            action.setChecked(action.data() == chosen().choice)

    menu.aboutToShow.connect(show_choice)
    show_choice()
    return menu
