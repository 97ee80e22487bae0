"""What an edit does to a project: ``Put`` and ``Delete`` operations, the ``Change`` views hear of, the storage.

The bottom of the core's write path, below the rules, commands, history and the project itself, so none of
them imports another in a circle: the rules and the history see the project as :class:`Memory`.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any, Protocol

from vig_annotator.core.model import Entity, Moment, Scheme, Segment, Session, entity_key


@dataclass(frozen=True)
class Put:
    """Insert or replace an entity."""

    entity: Entity


@dataclass(frozen=True)
class Delete:
    """Remove an entity (the old copy is kept so the operation can be undone)."""

    entity: Entity


Op = Put | Delete


@dataclass(frozen=True)
class Change:
    """What an edit changed, so views repaint only the dirty part."""

    kinds: frozenset[str]
    session_ids: frozenset[int] = frozenset()
    start_ms: int | None = None
    end_ms: int | None = None
    keys: frozenset[tuple[str, Any]] = frozenset()
    initiator: Any = None
    """Whoever asked for the edit (a view), so it need not refresh itself from its own change."""

    @staticmethod
    def of(ops: Sequence[Op], initiator: Any = None) -> Change:
        kinds: set[str] = set()
        sessions: set[int] = set()
        keys: set[tuple[str, Any]] = set()
        lo: int | None = None
        hi: int | None = None
        for op in ops:
            e = op.entity
            key = entity_key(e)
            kinds.add(key[0])
            keys.add(key)
            sid = getattr(e, "session_id", None)
            if isinstance(sid, int):
                sessions.add(sid)
            if isinstance(e, Session):
                sessions.add(e.id)
            if isinstance(e, Segment | Moment):
                lo = e.start_ms if lo is None else min(lo, e.start_ms)
                hi = e.end_ms if hi is None else max(hi, e.end_ms)
        return Change(frozenset(kinds), frozenset(sessions), lo, hi, frozenset(keys), initiator)


class Backend(Protocol):
    """Durable storage for a project (implemented by ``vig_annotator.store``)."""

    read_only: bool

    def write(self, ops: Sequence[Op]) -> None:
        """Commit all operations in one transaction, or none of them."""

    def close(self) -> None:
        """Release the file."""


class MemoryBackend:
    """A backend that keeps nothing: for tests and for scratch projects."""

    read_only = False

    def __init__(self) -> None:
        self.writes: list[list[Op]] = []

    def write(self, ops: Sequence[Op]) -> None:
        self.writes.append(list(ops))

    def close(self) -> None:
        pass


class ReadOnlyProjectError(PermissionError):
    """An edit was attempted on a project opened for viewing only."""


class Memory(Protocol):
    """The open project as the rules, the history and the server rows see it (:class:`core.project.Project`)."""

    entities: dict[str, dict[Any, Entity]]
    path: str
    backend: Backend
    refused_rows: list[str]

    @property
    def schemes(self) -> list[Scheme]: ...

    def segments(self, session_id: int, ordered: bool = True) -> list[Segment]: ...

    def segments_of_code(self, session_id: int, code_id: str) -> list[Segment]: ...

    def _apply(self, ops: Sequence[Op], initiator: Any = None) -> Change: ...

    def _load(self, ops: Iterable[Op]) -> None: ...
