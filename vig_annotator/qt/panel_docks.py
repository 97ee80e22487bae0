"""The panels beside the video (Codes, Ratings, Moments, Segments): dockable, in tabs, Codes in front."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDockWidget, QMainWindow, QWidget


def dock_panels(window: QMainWindow, panels: list[tuple[str, str, QWidget]]) -> dict[str, QDockWidget]:
    """Dock each ``(name, title, widget)`` on the right of ``window``, tabbed together, the first one raised.

    A dock's object name is ``dock_<name>`` (the saved layout finds it by that name).
    """
    docks: dict[str, QDockWidget] = {}
    for name, title, widget in panels:
        dock = QDockWidget(title, window)
        dock.setObjectName(f"dock_{name}")
        dock.setWidget(widget)
        window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
        docks[name] = dock
    placed = list(docks.values())
    for before, after in zip(placed, placed[1:], strict=False):
        window.tabifyDockWidget(before, after)
    if placed:
        placed[0].raise_()
    return docks
