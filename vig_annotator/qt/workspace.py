"""The open project as the views see it: current session, its scheme and timing, undo, selection.

Views take the workspace in their constructor and subscribe to what they show. Edits go through
:meth:`Workspace.push`, which runs a core command on the undo stack (committed to the file first).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal

from vig_annotator.core.commands import Command, UndoStack
from vig_annotator.core.live_coding import LiveCoder
from vig_annotator.core.model import Clip, Scheme, Segment, Session
from vig_annotator.core.project import Change, Project
from vig_annotator.core.segment_index import SegmentIndex
from vig_annotator.core.timebase import Timebase
from vig_annotator.store import clips as clip_store
from vig_annotator.store.timing import timebase_for


class Workspace(QObject):
    """Project + current session + undo stack + selection, with signals for the views."""

    project_changed = Signal()
    session_changed = Signal()
    sessions_changed = Signal()  # a session was added, removed or changed: lists of sessions refresh
    model_changed = Signal(object)  # core.project.Change
    selection_changed = Signal()
    history_changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.project: Project | None = None
        self.undo: UndoStack | None = None
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
        self._unsubscribe = None

    # -- opening ------------------------------------------------------------------------------
    def set_project(self, project: Project | None) -> None:
        if self._unsubscribe is not None:
            self._unsubscribe()
            self._unsubscribe = None
        if self.project is not None and self.project is not project:
            self.project.close()
        self.project = project
        self.session = None
        self.selection = set()
        if project is not None:
            self.undo = UndoStack(project)
            self.undo.subscribe(self.history_changed.emit)
            self._unsubscribe = project.subscribe(self._on_project_changed)
        else:
            self.undo = None
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
                                  self.reaction_lag_ms)
            segments = project.segments(self.session.id)
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
    def push(self, command: Command) -> None:
        if self.undo is not None and command.pairs:
            self.undo.push(command)

    def do_undo(self) -> None:
        if self.undo is not None:
            self.undo.undo()

    def do_redo(self) -> None:
        if self.undo is not None:
            self.undo.redo()

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

    def _on_project_changed(self, change: Change) -> None:
        if self.project is None:
            return
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
        self.dirty_codes: set[str] = set()
        if "segment" in change.kinds and self.session is not None:
            self.dirty_codes = self._update_index(change)
            gone = {i for i in self.selection if i not in self.project.entities["segment"]}
            if gone:
                self.selection -= gone
                self.selection_changed.emit()
        if "clip" in change.kinds and self.clip is not None:
            current_clip = self.project.entities["clip"].get(self.clip.id)
            if isinstance(current_clip, Clip):
                self.clip = current_clip
        self.model_changed.emit(change)
