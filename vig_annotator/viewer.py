"""What the coder is looking at, as plain data: the open project, the current session, the selection, the playhead.

The views' model, kept out of Qt so it can be tested and reasoned about alone (issue 27). It follows the
project's edits: the segment index of the session on screen is refreshed for just the segments an edit
touched, selected segments that an edit removed leave the selection, and a session removed under it (an
undone import) gives way to another. Whoever shows it subscribes to a :class:`Topic`; each notification
is one typed value (an :class:`Edited` names the codes whose rows must be redrawn). ``qt/workspace.py``
re-emits these as Qt signals. It never imports Qt (import-linter holds that).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Generic, TypeVar

from vig_annotator.core.changes import Change
from vig_annotator.core.live_coding import LiveCoder
from vig_annotator.core.model import Clip, Scheme, Segment, Session
from vig_annotator.core.project import Project
from vig_annotator.core.segment_index import SegmentIndex
from vig_annotator.core.timebase import Timebase
from vig_annotator.store.timing import timebase_for

T = TypeVar("T")


class Topic(Generic[T]):
    """One kind of notification: subscribers are called in the order they subscribed, with one value."""

    def __init__(self) -> None:
        self._listeners: list[Callable[[T], None]] = []

    def subscribe(self, listener: Callable[[T], None]) -> Callable[[], None]:
        """Call ``listener`` on every notification until the returned function is called."""
        self._listeners.append(listener)

        def unsubscribe() -> None:
            if listener in self._listeners:
                self._listeners.remove(listener)

        return unsubscribe

    def publish(self, value: T) -> None:
        for listener in list(self._listeners):
            listener(value)


@dataclass(frozen=True)
class Edited:
    """An edit to the open project, as the views of the current session need it."""

    change: Change
    dirty_codes: frozenset[str] = frozenset()
    """Codes of the current session whose segments the edit added, removed or moved: redraw their rows."""

    @property
    def start_ms(self) -> int | None:
        """Where on the timeline the edit begins (None when it touched no segment or moment)."""
        return self.change.start_ms

    @property
    def end_ms(self) -> int | None:
        return self.change.end_ms


class Viewer:
    """The open project and what of it is on screen; every change of it is published on a topic."""

    def __init__(self, timing: Callable[[Project, Clip], Timebase] = timebase_for) -> None:
        self.project: Project | None = None
        self.session: Session | None = None
        self.scheme: Scheme | None = None
        self.clip: Clip | None = None
        self.timebase = Timebase((0,), 1, exact=False)
        self.live: LiveCoder | None = None
        self.index = SegmentIndex()
        self.selection: set[int] = set()
        self.playhead_ms = 0
        self.reaction_lag_ms = 0
        self._timing = timing
        self._indexed: dict[int, Segment] = {}
        self._unsubscribe: Callable[[], None] | None = None
        self.project_changed: Topic[None] = Topic()
        self.session_changed: Topic[None] = Topic()
        self.sessions_changed: Topic[None] = Topic()  # a session was added, removed or changed
        self.selection_changed: Topic[None] = Topic()
        self.clip_changed: Topic[None] = Topic()  # the current clip's details or file changed
        self.edited: Topic[Edited] = Topic()
        self.playhead_moved: Topic[int] = Topic()

    # -- choosing what is shown -------------------------------------------------------------------
    def set_project(self, project: Project | None) -> None:
        """Show ``project`` (its first session), following its edits; None shows nothing. Does not close the old one."""
        if self._unsubscribe is not None:
            self._unsubscribe()
            self._unsubscribe = None
        self.project = project
        self.session = None
        self.selection = set()
        if project is not None:
            self._unsubscribe = project.subscribe(self._on_project_changed)
        self.project_changed.publish(None)
        sessions = project.sessions if project else []
        self.set_session(sessions[0].id if sessions else None)

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
            self.timebase = self._timing(project, self.clip)
            self.live = LiveCoder(project, self.session.id, self.scheme, self.timebase,
                                  self.reaction_lag_ms, index=self.index)
            segments = project.segments(self.session.id, ordered=False)  # the index sorts per code
            self._indexed = {s.id: s for s in segments}
            self.index.reset(segments)
        self.selection = set()
        self.session_changed.publish(None)
        self.selection_changed.publish(None)

    def select(self, ids: set[int]) -> None:
        if ids != self.selection:
            self.selection = set(ids)
            self.selection_changed.publish(None)

    def set_playhead(self, ms: int) -> None:
        if ms != self.playhead_ms:
            self.playhead_ms = ms
            self.playhead_moved.publish(ms)

    def set_reaction_lag(self, ms: int) -> None:
        self.reaction_lag_ms = ms
        if self.live is not None:
            self.live.reaction_lag_ms = ms

    # -- reading ----------------------------------------------------------------------------------
    def segments(self) -> list[Segment]:
        if self.project is None or self.session is None:
            return []
        return self.project.segments(self.session.id)

    def selected_segments(self) -> list[Segment]:
        if self.project is None:
            return []
        found = [self.project.entities["segment"].get(i) for i in sorted(self.selection)]
        return [s for s in found if isinstance(s, Segment)]

    # -- following the project's edits ------------------------------------------------------------
    def _update_index(self, change: Change) -> set[str]:
        """Refresh the segment index for just the segments the change touched; the codes it touched."""
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
                self.set_session(remaining[0].id if remaining else None)  # session lists refresh on this too
                self.edited.publish(Edited(change))
                return
        if "session" in change.kinds:
            self.sessions_changed.publish(None)
        dirty: set[str] = set()
        if "segment" in change.kinds and self.session is not None:
            dirty = self._update_index(change)
            gone = {i for i in self.selection if i not in self.project.entities["segment"]}
            if gone:
                self.selection -= gone
                self.selection_changed.publish(None)
        if "clip" in change.kinds and self.clip is not None:
            current_clip = self.project.entities["clip"].get(self.clip.id)
            if isinstance(current_clip, Clip) and current_clip != self.clip:
                self.clip = current_clip
                self.clip_changed.publish(None)
        self.edited.publish(Edited(change, frozenset(dirty)))
