"""The open project: every entity in memory, written through to durable storage on each edit.

Every edit runs through :meth:`Project.run` (the one write path, :mod:`vig_annotator.core.history`),
which checks the project's rules and then applies a list of ``Put``/``Delete`` operations. The backend
(the SQLite project file) commits them in one transaction *before* memory changes and before any
listener hears of it, so whatever the user has been told is done is on disk. Only the core calls
:meth:`Project._apply`.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from operator import attrgetter
from typing import Any, TypeVar

from vig_annotator.core import server_rows
from vig_annotator.core.changes import Backend as Backend
from vig_annotator.core.changes import Change as Change
from vig_annotator.core.changes import Delete as Delete
from vig_annotator.core.changes import MemoryBackend as MemoryBackend
from vig_annotator.core.changes import Op as Op
from vig_annotator.core.changes import Put as Put
from vig_annotator.core.changes import ReadOnlyProjectError as ReadOnlyProjectError
from vig_annotator.core.commands import Command
from vig_annotator.core.deferred import Deferred, SegmentTable
from vig_annotator.core.history import History
from vig_annotator.core.model import (
    KIND_OF,
    Clip,
    Coder,
    Entity,
    ExportRecord,
    Moment,
    Rating,
    Scheme,
    Segment,
    Session,
    Setting,
    VideoSource,
    entity_key,
)

Listener = Callable[[Change], None]
_E = TypeVar("_E")
_TIME_ORDER = attrgetter("start_ms", "end_ms", "id")


@dataclass
class Project:
    """All the entities of one project, by kind, and the backend they persist to."""

    backend: Backend = field(default_factory=MemoryBackend)
    path: str = ""
    entities: dict[str, dict[Any, Entity]] = field(
        default_factory=lambda: {kind: SegmentTable() if kind == "segment" else {} for kind in KIND_OF.values()}
    )
    _listeners: list[Listener] = field(default_factory=list)
    _history: Any = None
    _by_code: dict[tuple[int, str], dict[int, Segment]] | None = None
    _top_id: dict[str, int] = field(default_factory=dict)
    refused_rows: list[str] = field(default_factory=list)
    """Rows from a team project's server that broke a rule and were not taken in (core.server_rows)."""

    def __post_init__(self) -> None:
        table = self.entities["segment"]
        if isinstance(table, SegmentTable):
            table.read_in = self.read_deferred

    # -- sessions left on disk (core.deferred) ---------------------------------------------------
    def defer_segments(self, deferred: Deferred) -> None:
        """Leave these sessions' segments on disk until something needs them (see :mod:`core.deferred`)."""
        if not self._segment_table().defer(deferred):
            self._load_all("segment", deferred.read(deferred.sessions))
            return
        self._top_id.pop("segment", None)  # next_id looks again, counting the ids on disk

    def deferred_sessions(self) -> set[int]:
        """Sessions whose segments are still on disk only."""
        return self._segment_table().deferred_sessions()

    def read_deferred(self, session_ids: Collection[int] | None = None, read: Iterable[Segment] | None = None) -> None:
        """Read in the segments of these deferred sessions (all when None).

        ``read`` is what a worker thread has already read from the file for them (``Deferred.read``).
        """
        self._index(self._segment_table().read_sessions(session_ids, read))

    def _add_read_segments(self, session_ids: Collection[int], segments: Iterable[Segment]) -> None:
        """Take in segments read from disk for these deferred sessions (those no longer deferred are ignored)."""
        self._index(self._segment_table().take_in(session_ids, segments))

    def _segment_table(self) -> SegmentTable:
        table = self.entities["segment"]
        assert isinstance(table, SegmentTable)
        return table

    def _index(self, found: Iterable[Segment]) -> None:
        """Add segments just read from disk to the index by session and code, if it is built."""
        by_code = self._by_code
        if by_code is not None:
            for seg in found:
                by_code.setdefault((seg.session_id, seg.code_id), {})[seg.id] = seg
                if seg.end_ms == seg.start_ms:
                    by_code.setdefault((seg.session_id, ""), {})[seg.id] = seg

    # -- change -------------------------------------------------------------------------------
    @property
    def history(self) -> History:
        """The project's one write path with its undo and redo stacks."""
        if self._history is None:
            self._history = History(self)
        return self._history  # type: ignore[no-any-return]

    def run(self, command: Command, undoable: bool = True, initiator: Any = None) -> Change:
        """Run one edit through the one write path (see :class:`~vig_annotator.core.history.History`)."""
        return self.history.run(command, undoable, initiator)

    def _apply(self, ops: Sequence[Op], initiator: Any = None) -> Change:
        """Persist the operations, then update memory, then tell listeners. Core only: use :meth:`run`."""
        if not ops:
            return Change(frozenset(), initiator=initiator)
        if self.backend.read_only:
            raise ReadOnlyProjectError(f"{self.path or 'project'} is open read-only")
        self.backend.write(ops)
        self._load(ops)
        change = Change.of(ops, initiator)
        for listener in list(self._listeners):
            listener(change)
        return change

    def _absorb(self, ops: Sequence[Op], initiator: Any = None) -> Change:
        """Take in edits someone else has already committed (a team project's server): memory, then listeners.

        Nothing is written: the rows are already stored. Undo never covers them. A row that would break a
        rule is not taken in (see :mod:`vig_annotator.core.server_rows`).
        """
        taken = server_rows.admit(self, ops) if ops else []
        if not taken:
            return Change(frozenset(), initiator=initiator)
        change = Change.of(taken, initiator)
        for listener in list(self._listeners):
            listener(change)
        return change

    def _load(self, ops: Iterable[Op]) -> None:
        """Update memory only (used when reading a file, and after a committed write)."""
        by_code = self._by_code
        for op in ops:
            kind, key = entity_key(op.entity)
            if by_code is not None and kind == "segment":
                old = self.entities[kind].get(key)
                if isinstance(old, Segment):
                    by_code.get((old.session_id, old.code_id), {}).pop(old.id, None)
                    by_code.get((old.session_id, ""), {}).pop(old.id, None)
                if isinstance(op, Put) and isinstance(op.entity, Segment):
                    seg = op.entity
                    by_code.setdefault((seg.session_id, seg.code_id), {})[seg.id] = seg
                    if seg.end_ms == seg.start_ms:
                        by_code.setdefault((seg.session_id, ""), {})[seg.id] = seg
            if isinstance(op, Put):
                self.entities[kind][key] = op.entity
                if isinstance(key, int) and key > self._top_id.get(kind, key):
                    self._top_id[kind] = key
            else:
                self.entities[kind].pop(key, None)

    def _load_all(self, kind: str, entities: Iterable[Entity]) -> None:
        """Fill memory with one kind's entities as read from a file (faster than :meth:`_load` for 100,000)."""
        table = self.entities[kind]
        if kind in ("rating", "scheme", "setting"):
            table.update((entity_key(e)[1], e) for e in entities)
        else:
            dict.update(table, ((e.id, e) for e in entities))  # type: ignore[union-attr]
        if kind == "segment":
            self._by_code = None

    def segments_of_code(self, session_id: int, code_id: str) -> list[Segment]:
        """A session's segments of one code (unordered), from an index kept up to date on every edit.

        ``code_id`` "" gives the session's segments of no length (open state segments and points).
        """
        self.read_deferred([session_id])
        if self._by_code is None:
            index: dict[tuple[int, str], dict[int, Segment]] = {}
            for e in self._segments_in_memory():
                if isinstance(e, Segment):
                    index.setdefault((e.session_id, e.code_id), {})[e.id] = e
                    if e.end_ms == e.start_ms:
                        index.setdefault((e.session_id, ""), {})[e.id] = e
            self._by_code = index
        return list(self._by_code.get((session_id, code_id), {}).values())

    def subscribe(self, listener: Listener) -> Callable[[], None]:
        """Call ``listener`` after every edit; returns a function that unsubscribes."""
        self._listeners.append(listener)
        return lambda: self._listeners.remove(listener)

    def next_id(self, kind: str) -> int:
        """One more than the largest id of the kind (remembered, so a key press at 100,000 stays quick).

        Segments still on disk (core.deferred) count too, without being read. A backend shared by several
        writers at once (a team project's server) hands out the id instead.
        """
        allocate = getattr(self.backend, "allocate_id", None)
        if allocate is not None:
            return int(allocate(kind, self.entities[kind]))
        top = self._top_id.get(kind)
        table = self.entities[kind]
        deferred = table.deferred if isinstance(table, SegmentTable) else None
        on_disk = deferred.ids if deferred is not None else set()
        if top is None or not (dict.__contains__(table, top) or top in on_disk):
            top = max(max((k for k in dict.keys(table) if isinstance(k, int)), default=0), max(on_disk, default=0))
            self._top_id[kind] = top
        return top + 1

    def close(self) -> None:
        self.backend.close()

    # -- lookups ------------------------------------------------------------------------------
    @property
    def clips(self) -> list[Clip]:
        return sorted(self._all("clip", Clip), key=lambda c: c.id)

    @property
    def coders(self) -> list[Coder]:
        return sorted(self._all("coder", Coder), key=lambda c: c.id)

    @property
    def sessions(self) -> list[Session]:
        return sorted(self._all("session", Session), key=lambda s: s.id)

    @property
    def schemes(self) -> list[Scheme]:
        return sorted(self._all("scheme", Scheme), key=lambda s: s.key)

    @property
    def export_log(self) -> list[ExportRecord]:
        return sorted(self._all("export", ExportRecord), key=lambda r: r.id)

    def _all(self, kind: str, cls: type) -> Iterator[Any]:
        return (e for e in self.entities[kind].values() if isinstance(e, cls))

    def clip(self, clip_id: int) -> Clip:
        return self._get("clip", clip_id, Clip)

    def coder(self, coder_id: int) -> Coder:
        return self._get("coder", coder_id, Coder)

    def session(self, session_id: int) -> Session:
        return self._get("session", session_id, Session)

    def segment(self, segment_id: int) -> Segment:
        return self._get("segment", segment_id, Segment)

    def moment(self, moment_id: int) -> Moment:
        return self._get("moment", moment_id, Moment)

    def scheme(self, scheme_id: str, version: str | None = None) -> Scheme:
        """A pinned scheme; the newest pinned version when ``version`` is None."""
        if version is not None:
            return self._get("scheme", (scheme_id, version), Scheme)
        versions = [s for s in self.schemes if s.id == scheme_id]
        if not versions:
            raise KeyError(f"the project has no scheme {scheme_id!r}")
        return versions[-1]

    def scheme_of(self, session: Session) -> Scheme:
        return self.scheme(session.scheme_id, session.scheme_version)

    def setting(self, key: str, default: Any = None) -> Any:
        entity = self.entities["setting"].get(key)
        return entity.value if isinstance(entity, Setting) else default

    def _get(self, kind: str, key: Any, cls: type[_E]) -> _E:
        entity = self.entities[kind].get(key)
        if not isinstance(entity, cls):
            raise KeyError(f"the project has no {kind} {key!r}")
        return entity

    def segments(self, session_id: int, ordered: bool = True) -> list[Segment]:
        """A session's segments in time order (start, then end, then id); ``ordered=False`` skips the sort."""
        self.read_deferred([session_id])
        found = [e for e in self._segments_in_memory() if isinstance(e, Segment) and e.session_id == session_id]
        return sorted(found, key=_TIME_ORDER) if ordered else found

    def _segments_in_memory(self) -> Iterable[Entity]:
        table = self.entities["segment"]
        return table.in_memory() if isinstance(table, SegmentTable) else table.values()

    def ratings(self, session_id: int) -> dict[str, Rating]:
        return {
            e.item_id: e
            for e in self.entities["rating"].values()
            if isinstance(e, Rating) and e.session_id == session_id
        }

    def moments(self, session_id: int) -> list[Moment]:
        found = [
            e
            for e in self.entities["moment"].values()
            if isinstance(e, Moment) and e.session_id == session_id
        ]
        return sorted(found, key=lambda m: (m.order, m.start_ms, m.id))

    def sources(self, clip_id: int) -> list[VideoSource]:
        """A clip's further video sources (other cameras), in the order they were added."""
        found = [e for e in self.entities["source"].values() if isinstance(e, VideoSource) and e.clip_id == clip_id]
        return sorted(found, key=lambda v: v.id)

    def sessions_of_clip(self, clip_id: int) -> list[Session]:
        return [s for s in self.sessions if s.clip_id == clip_id]

    def clip_by_fingerprint(self, fingerprint: str) -> Clip | None:
        for clip in self.clips:
            if clip.fingerprint == fingerprint:
                return clip
        return None

    def coder_by_initials(self, initials: str) -> Coder | None:
        for coder in self.coders:
            if coder.initials.lower() == initials.lower():
                return coder
        return None
