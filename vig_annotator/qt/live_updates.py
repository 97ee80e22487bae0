"""Keeps an open team project in step with its server: what others commit appears within a second.

The feed's connection socket is watched with a ``QSocketNotifier``, so an announcement is taken in as
soon as it arrives, without a thread; a one-second timer is the safety net that also reconnects
after the network or the server went away (and then compares every row, so nothing is missed).
Views see others' edits as ordinary changes of the project, like their own. A row that breaks one of the
core's rules is not taken in (core.server_rows); ``row_refused`` says which, for the status bar.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSocketNotifier, QTimer, Signal

from vig_annotator.core.project import Project
from vig_annotator.store.errors import ProjectFileError
from vig_annotator.store.urls import is_server_url

if TYPE_CHECKING:
    from vig_annotator.store.live import LiveFeed


class LiveUpdates(QObject):
    """Takes a team project's announced edits into the open project as they arrive."""

    row_refused = Signal(str)  # a row from the server broke a rule and was not taken in: the core's message

    def __init__(self, project: Project, parent: QObject | None = None) -> None:
        super().__init__(parent)
        from vig_annotator.store.live import LiveFeed  # psycopg is loaded only for a team project

        self.project = project
        self.feed: LiveFeed = LiveFeed(project)
        self._notifier: QSocketNotifier | None = None
        self._watch()
        self.timer = QTimer(self)
        self.timer.setInterval(1000)
        self.timer.timeout.connect(self._take_in)
        self.timer.start()

    def _watch(self) -> None:
        fd = self.feed.fileno()
        if self._notifier is not None and self._notifier.socket() == fd:
            return
        if self._notifier is not None:
            self._notifier.setEnabled(False)
            self._notifier.deleteLater()
            self._notifier = None
        if fd >= 0:
            self._notifier = QSocketNotifier(fd, QSocketNotifier.Type.Read, self)
            self._notifier.activated.connect(self._take_in)

    def _take_in(self) -> None:
        known = len(self.project.refused_rows)
        self.feed.poll()
        self._watch()
        for message in self.project.refused_rows[known:]:
            self.row_refused.emit(message)

    def stop(self) -> None:
        self.timer.stop()
        if self._notifier is not None:
            self._notifier.setEnabled(False)
        self.feed.close()


def follow(project: Project | None, parent: QObject) -> LiveUpdates | None:
    """Live updates for a team project (None for a project file, or when the server cannot be reached)."""
    if project is None or not is_server_url(project.path):
        return None
    try:
        return LiveUpdates(project, parent)
    except ProjectFileError:
        return None
