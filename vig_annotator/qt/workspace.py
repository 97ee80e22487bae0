"""The open project as the views see it: current session, its scheme and timing, undo, selection.

Views take the workspace in their constructor and subscribe to what they show. Every edit goes
through :meth:`Workspace.run`, the app's side of the core's one write path: the project's history
checks it, commits it and records it for undo; a refusal (a rule it would break, a read-only
project) is reported through :attr:`Workspace.refused` for the window to show, never raised into Qt.
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
from vig_annotator.store.timing import timebase_for


@dataclass(frozen=True)
class LostEdit:
    """An edit a team project's server did not take because it could not be reached: retry it, or save it."""

    message: str
    ops: tuple[Op, ...]
    retry: Callable[[], Change | None]


class Workspace(QObject):
    """Project + current session + undo stack + selection, with signals for the views."""

    project_changed = Signal()
    session_changed = Signal()
    sessions_changed = Signal()  # a session was added, removed or changed: lists of sessions refresh
    model_changed = Signal(Change)  # what an edit changed: receivers read its fields (typed, checked by mypy)
    selection_changed = Signal()
    history_changed = Signal()
    clip_changed = Signal()  # the current clip's details or file changed (relink): reload it
    refused = Signal(str)  # an edit, undo or redo was refused: the message says why
    server_lost = Signal(object)  # LostEdit: a team project's server was unreachable; offer retry or save
    editing_stopped = Signal(object)  # FileReplacedError: the file was replaced under the editor (once per project)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.project: Project | None = None
        self.session: Session | None = None
        self.scheme: Scheme | None = None
        self.clip: Clip | None = None
        self.timebase = Timebase((0,), 1, exact=False)
        self.live: LiveCoder | None = None
        self.index = SegmentIndex()
        self.selection: set[int] = set()
        self._indexed: dict[int, Segment] = {}
        self.dirty_codes: set[str] = set()
        self.reaction_lag_ms = 0
        self._unsubscribe: list[Callable[[], None]] = []
        self.team_updates: LiveUpdates | None = None  # a team project: others' edits as they are committed
        self.stopped_told = False
        # A second after the last edit, the edits move from the -wal file into the project file, so a
        # copy of the .vigproj alone (a backup, a synced folder) is never more than a moment behind.
        self.idle_checkpoint = QTimer(self)
        self.idle_checkpoint.setSingleShot(True)
        self.idle_checkpoint.setInterval(1000)
        self.idle_checkpoint.timeout.connect(self.checkpoint)

    # -- opening ------------------------------------------------------------------------------
    def set_project(self, project: Project | None) -> None:
        for unsubscribe in self._unsubscribe:
            unsubscribe()
        self._unsubscribe = []
        if self.project is not None and self.project is not project:
            self.idle_checkpoint.stop()
            self.checkpoint()  # a file replaced since the last edit is noticed (and said) before letting go
            self.project.close()
        self.stopped_told = False
        if self.team_updates is not None:
            self.team_updates.stop()
            self.team_updates = None
        self.project = project
        self.session = None
        self.selection = set()
        self.team_updates = live_updates.follow(project, self)
        if self.team_updates is not None:
            self.team_updates.row_refused.connect(self.refused.emit)
        if project is not None:
            self._unsubscribe = [project.history.subscribe(self.history_changed.emit),
                                 project.subscribe(self._on_project_changed)]
        self.project_changed.emit()
        sessions = project.sessions if project else []
        self.set_session(sessions[0].id if sessions else None)
        self.history_changed.emit()

    def set_session(self, session_id: int | None) -> None:
        project = self.project
        if project is None or session_id is None:
            self.session = self.scheme = self.clip = self.live = None
            self.timebase = Timebase((0,), 1, exact=False)
            self._indexed = {}
            self.index.reset([])
        else:
            self.session = project.session(session_id)
            self.scheme = project.scheme_of(self.session)
            self.clip = project.clip(self.session.clip_id)
            self.timebase = timebase_for(project, self.clip)
            self.live = LiveCoder(project, self.session.id, self.scheme, self.timebase,
                                  self.reaction_lag_ms, index=self.index)
            segments = project.segments(self.session.id, ordered=False)  # the index sorts per code
            self._indexed = {s.id: s for s in segments}
            self.index.reset(segments)
        self.selection = set()
        self.session_changed.emit()
        self.selection_changed.emit()

    # -- reading ------------------------------------------------------------------------------
    def segments(self) -> list[Segment]:
        if self.project is None or self.session is None:
            return []
        return self.project.segments(self.session.id)

    def clip_path(self) -> Path | None:
        if self.project is None or self.clip is None:
            return None
        return clip_store.resolve(self.project, self.clip)

    def selected_segments(self) -> list[Segment]:
        if self.project is None:
            return []
        found = [self.project.entities["segment"].get(i) for i in sorted(self.selection)]
        return [s for s in found if isinstance(s, Segment)]

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
        if ids != self.selection:
            self.selection = set(ids)
            self.selection_changed.emit()

    def set_reaction_lag(self, ms: int) -> None:
        self.reaction_lag_ms = ms
        if self.live is not None:
            self.live.reaction_lag_ms = ms

    def _update_index(self, change: Change) -> set[str]:
        """Refresh the segment index for just the segments the change touched."""
        assert self.project is not None and self.session is not None
        removed: list[Segment] = []
        added: list[Segment] = []
        for kind, seg_id in change.keys:
            if kind != "segment":
                continue
            old = self._indexed.pop(seg_id, None)
            if old is not None:
                removed.append(old)
            new = self.project.entities["segment"].get(seg_id)
            if isinstance(new, Segment) and new.session_id == self.session.id:
                self._indexed[seg_id] = new
                added.append(new)
        return self.index.update(removed, added)

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

    def _on_project_changed(self, change: Change) -> None:
        if self.project is None:
            return
        self.idle_checkpoint.start()
        if self.session is not None and "session" in change.kinds:
            current = self.project.entities["session"].get(self.session.id)
            if isinstance(current, Session):
                self.session = current
            else:  # undoing an import removed the session on screen: show another
                remaining = self.project.sessions
                self.set_session(remaining[0].id if remaining else None)  # refreshes session lists too
                self.model_changed.emit(change)
                return
        if "session" in change.kinds:
            self.sessions_changed.emit()
        self.dirty_codes = set()
        if "segment" in change.kinds and self.session is not None:
            self.dirty_codes = self._update_index(change)
            gone = {i for i in self.selection if i not in self.project.entities["segment"]}
            if gone:
                self.selection -= gone
                self.selection_changed.emit()
        if "clip" in change.kinds and self.clip is not None:
            current_clip = self.project.entities["clip"].get(self.clip.id)
            if isinstance(current_clip, Clip) and current_clip != self.clip:
                self.clip = current_clip
                self.clip_changed.emit()
        self.model_changed.emit(change)
