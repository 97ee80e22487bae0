"""The open project as the Qt views see it: the viewer model's notifications as signals, the edit runner.

What is on screen (the current session, its scheme and timing, the selection, the playhead, the live
coder and segment index) is :class:`vig_annotator.viewer.Viewer`, plain Python; this adapter owns one and
re-emits its topics as Qt signals. Views take the workspace in their constructor and subscribe to what they
show. Every edit goes through :meth:`Workspace.run`, the app's side of the core's one write path: the
project's history checks it, commits it and records it for undo; a refusal (a rule it would break, a
read-only project) is reported through :attr:`Workspace.refused` for the window to show, never raised into Qt.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal

from vig_annotator.core.commands import Command
from vig_annotator.core.history import History
from vig_annotator.core.live_coding import LiveCoder
from vig_annotator.core.model import Clip, Scheme, Segment, Session
from vig_annotator.core.project import Change, Op, Project, ReadOnlyProjectError
from vig_annotator.core.rules import EditRefused
from vig_annotator.core.segment_index import SegmentIndex
from vig_annotator.core.timebase import Timebase
from vig_annotator.qt import live_updates
from vig_annotator.qt.i18n import tr
from vig_annotator.qt.live_updates import LiveUpdates
from vig_annotator.store import clips as clip_store
from vig_annotator.store.errors import ServerUnavailableError
from vig_annotator.store.replaced_file import FileReplacedError
from vig_annotator.viewer import Edited, Viewer


@dataclass(frozen=True)
class LostEdit:
    """An edit a team project's server did not take because it could not be reached: retry it, or save it."""

    message: str
    ops: tuple[Op, ...]
    retry: Callable[[], Change | None]


class Workspace(QObject):
    """The viewer model for Qt (a signal per topic) + undo, edits and the project file's upkeep."""

    project_changed = Signal()
    session_changed = Signal()
    sessions_changed = Signal()  # a session was added, removed or changed: lists of sessions refresh
    edited = Signal(Edited)  # an edit, with the codes of the session on screen whose rows are dirty
    model_changed = Signal(Change)  # what an edit changed: receivers read its fields (typed, checked by mypy)
    selection_changed = Signal()
    history_changed = Signal()
    clip_changed = Signal()  # the current clip's details or file changed (relink): reload it
    refused = Signal(str)  # an edit, undo or redo was refused: the message says why
    server_lost = Signal(object)  # LostEdit: a team project's server was unreachable; offer retry or save
    editing_stopped = Signal(object)  # FileReplacedError: the file was replaced under the editor (once per project)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.viewer = Viewer()
        self._unsubscribe: list[Callable[[], None]] = []
        self.team_updates: LiveUpdates | None = None  # a team project: others' edits as they are committed
        self.stopped_told = False
        # A second after the last edit, the edits move from the -wal file into the project file, so a
        # copy of the .vigproj alone (a backup, a synced folder) is never more than a moment behind.
        self.idle_checkpoint = QTimer(self)
        self.idle_checkpoint.setSingleShot(True)
        self.idle_checkpoint.setInterval(1000)
        self.idle_checkpoint.timeout.connect(self.checkpoint)
        v = self.viewer
        v.project_changed.subscribe(lambda _: self.project_changed.emit())
        v.session_changed.subscribe(lambda _: self.session_changed.emit())
        v.sessions_changed.subscribe(lambda _: self.sessions_changed.emit())
        v.selection_changed.subscribe(lambda _: self.selection_changed.emit())
        v.clip_changed.subscribe(lambda _: self.clip_changed.emit())
        v.edited.subscribe(self._on_edited)

    # -- what is shown (the viewer model's) -----------------------------------------------------
    @property
    def project(self) -> Project | None:
        return self.viewer.project

    @property
    def session(self) -> Session | None:
        return self.viewer.session

    @property
    def scheme(self) -> Scheme | None:
        return self.viewer.scheme

    @property
    def clip(self) -> Clip | None:
        return self.viewer.clip

    @property
    def timebase(self) -> Timebase:
        return self.viewer.timebase

    @property
    def live(self) -> LiveCoder | None:
        return self.viewer.live

    @property
    def index(self) -> SegmentIndex:
        return self.viewer.index

    @property
    def selection(self) -> set[int]:
        return self.viewer.selection

    @property
    def reaction_lag_ms(self) -> int:
        return self.viewer.reaction_lag_ms

    # -- opening ------------------------------------------------------------------------------
    def set_project(self, project: Project | None) -> None:
        for unsubscribe in self._unsubscribe:
            unsubscribe()
        self._unsubscribe = []
        old = self.project
        if old is not None and old is not project:
            self.idle_checkpoint.stop()
            self.checkpoint()  # a file replaced since the last edit is noticed (and said) before letting go
            old.close()
        self.stopped_told = False
        if self.team_updates is not None:
            self.team_updates.stop()
            self.team_updates = None
        self.team_updates = live_updates.follow(project, self)
        if self.team_updates is not None:
            self.team_updates.row_refused.connect(self.refused.emit)
        if project is not None:
            self._unsubscribe = [project.history.subscribe(self.history_changed.emit)]
        self.viewer.set_project(project)  # project_changed, then its first session
        self.history_changed.emit()

    def set_session(self, session_id: int | None) -> None:
        self.viewer.set_session(session_id)

    # -- reading ------------------------------------------------------------------------------
    def segments(self) -> list[Segment]:
        return self.viewer.segments()

    def clip_path(self) -> Path | None:
        if self.project is None or self.clip is None:
            return None
        return clip_store.resolve(self.project, self.clip)

    def selected_segments(self) -> list[Segment]:
        return self.viewer.selected_segments()

    # -- changing -----------------------------------------------------------------------------
    @property
    def undo(self) -> History | None:
        return self.project.history if self.project is not None else None

    def run(self, command: Command, undoable: bool = True, initiator: object = None) -> Change | None:
        """Run one edit; None (and :attr:`refused` emitted) when it was refused."""
        if self.project is None or not command.pairs:
            return None
        return self._refusing(lambda p: p.run(command, undoable, initiator))

    def do_undo(self) -> None:
        self._refusing(lambda p: p.history.undo())

    def do_redo(self) -> None:
        self._refusing(lambda p: p.history.redo())

    def _refusing(self, edit: Callable[[Project], Change | None]) -> Change | None:
        if self.project is None:
            return None
        try:
            return edit(self.project)
        except ServerUnavailableError as exc:
            self.refused.emit(str(exc))
            self.server_lost.emit(LostEdit(str(exc), tuple(exc.ops), lambda: self._refusing(edit)))
            return None
        except FileReplacedError as exc:
            self.refused.emit(str(exc))
            self._tell_stopped(exc)
            return None
        except (EditRefused, ReadOnlyProjectError) as exc:
            self.refused.emit(str(exc))
            return None
        except (sqlite3.Error, OSError) as exc:  # the disk refused (full, gone): nothing was changed
            self.refused.emit(tr("not saved: {error}; the project is as it was before this edit").format(error=exc))
            return None

    def select(self, ids: set[int]) -> None:
        self.viewer.select(ids)

    def set_reaction_lag(self, ms: int) -> None:
        self.viewer.set_reaction_lag(ms)

    def checkpoint(self) -> bool:
        """Bring the project file up to date with every committed edit (see store.durability)."""
        from vig_annotator.store.durability import checkpoint

        try:
            return checkpoint(self.project) if self.project is not None else True
        except FileReplacedError as exc:
            self._tell_stopped(exc)
            return False

    def _tell_stopped(self, error: FileReplacedError) -> None:
        if not self.stopped_told:
            self.stopped_told = True
            self.editing_stopped.emit(error)

    def _on_edited(self, edited: Edited) -> None:
        self.idle_checkpoint.start()
        self.edited.emit(edited)
        self.model_changed.emit(edited.change)
