"""File ▸ Open recent: the projects opened last, kept in the settings, newest first."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QWidget

from vig_annotator.qt.i18n import tr
from vig_annotator.qt.shell import setting_list

MAX_RECENT = 8


class RecentProjects:
    """The recent-projects list: its menu, and ``shown`` told the list whenever it changes (the start page)."""

    def __init__(self, settings: QSettings, parent: QWidget, open_path: Callable[[str], None]) -> None:
        self.settings = settings
        self.menu = QMenu(tr("Open &recent"), parent)
        self.open_path = open_path
        self.shown: Callable[[list[str]], None] | None = None

    def paths(self) -> list[str]:
        return setting_list(self.settings, "recent")

    def remember(self, path: Path | str) -> None:
        """``path`` first in the list (once), at most :data:`MAX_RECENT` kept."""
        recent = [p for p in self.paths() if p != str(path)]
        self.settings.setValue("recent", [str(path)] + recent[: MAX_RECENT - 1])
        self.refresh()

    def refresh(self) -> None:
        self.menu.clear()
        for p in self.paths():
            action = QAction(p, self.menu)  # owned by the menu: clear() deletes it
            action.triggered.connect(lambda _=False, path=p: self.open_path(path))
            self.menu.addAction(action)
        if self.shown is not None:
            self.shown(self.paths())
