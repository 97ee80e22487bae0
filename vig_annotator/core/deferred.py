"""Segments of sessions not on screen, left on disk until something needs them (a large project opens quickly).

The project's segment table reads them in, all at once, the moment anything could see them: a
lookup of one of their ids, or any walk over the whole table. So the core's rules, commands and
undo always see every segment; only the open session's are read before the window shows.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Iterator, ValuesView
from dataclasses import dataclass
from typing import Any

from vig_annotator.core.model import Entity, Segment

Reader = Callable[[Collection[int]], list[Segment]]
"""Reads the segments of the given sessions from the project file."""


@dataclass
class Deferred:
    """What is still on disk: the sessions, their segment ids, and how to read them."""

    sessions: set[int]
    ids: set[int]
    read: Reader


class SegmentTable(dict[Any, Entity]):
    """Segments by id; a deferred segment is read in before anything could miss it."""

    def __init__(self) -> None:
        super().__init__()
        self.deferred: Deferred | None = None
        self.read_in: Callable[[Collection[int] | None], None] = lambda _sessions: None
        """Set by the project: reads the given deferred sessions (all when None) into memory."""

    def _all(self) -> None:
        if self.deferred is not None:
            self.read_in(None)

    def _key(self, key: Any) -> None:
        if self.deferred is not None and key in self.deferred.ids:
            self.read_in(None)

    def __getitem__(self, key: Any) -> Entity:
        self._key(key)
        return super().__getitem__(key)

    def get(self, key: Any, default: Any = None) -> Any:
        self._key(key)
        return super().get(key, default)

    def __contains__(self, key: object) -> bool:
        self._key(key)
        return super().__contains__(key)

    def __setitem__(self, key: Any, value: Entity) -> None:
        self._key(key)
        super().__setitem__(key, value)

    def __delitem__(self, key: Any) -> None:
        self._key(key)
        super().__delitem__(key)

    def pop(self, key: Any, *default: Any) -> Any:
        self._key(key)
        return super().pop(key, *default)

    def setdefault(self, key: Any, default: Any = None) -> Any:
        self._key(key)
        return super().setdefault(key, default)

    def __iter__(self) -> Iterator[Any]:
        self._all()
        return super().__iter__()

    def __len__(self) -> int:
        self._all()
        return super().__len__()

    def keys(self) -> Any:
        self._all()
        return super().keys()

    def values(self) -> Any:
        self._all()
        return super().values()

    def items(self) -> Any:
        self._all()
        return super().items()

    def copy(self) -> dict[Any, Entity]:
        self._all()
        return dict(super().items())

    def __eq__(self, other: object) -> bool:
        self._all()
        return super().__eq__(other)

    __hash__ = None

    def __repr__(self) -> str:
        self._all()
        return super().__repr__()

    def __reversed__(self) -> Iterator[Any]:
        self._all()
        return super().__reversed__()

    def __or__(self, other: Any) -> Any:
        return self.copy() | other

    def __ior__(self, other: Any) -> Any:
        self.update(other)
        return self

    def popitem(self) -> tuple[Any, Entity]:
        self._all()
        return super().popitem()

    def clear(self) -> None:
        self._all()
        super().clear()

    def update(self, *args: Any, **kwargs: Any) -> None:
        self._all()
        super().update(*args, **kwargs)

    # -- what is still on disk ------------------------------------------------------------------
    def defer(self, deferred: Deferred) -> bool:
        """Leave these sessions on disk; False when there are none (the caller reads them at once)."""
        if not deferred.sessions:
            return False
        self.deferred = deferred
        return True

    def deferred_sessions(self) -> set[int]:
        return set(self.deferred.sessions) if self.deferred else set()

    def read_sessions(self, session_ids: Collection[int] | None, read: Iterable[Segment] | None) -> list[Segment]:
        """Read these deferred sessions (all when None) from disk, or take ``read`` for them; returns what came."""
        if self.deferred is None:
            return []
        wanted = self.deferred.sessions if session_ids is None else self.deferred.sessions & set(session_ids)
        if not wanted:
            return []
        return self.take_in(wanted, self.deferred.read(sorted(wanted)) if read is None else read)

    def take_in(self, session_ids: Collection[int], segments: Iterable[Segment]) -> list[Segment]:
        """Take in segments read from disk for these sessions (those no longer deferred are ignored)."""
        deferred = self.deferred
        if deferred is None:
            return []
        wanted = deferred.sessions & set(session_ids)
        found = [s for s in segments if s.session_id in wanted]
        dict.update(self, ((s.id, s) for s in found))
        deferred.sessions -= wanted
        deferred.ids.difference_update(s.id for s in found)
        if not deferred.sessions:
            self.deferred = None
        return found

    def in_memory(self) -> ValuesView[Entity]:
        """The segments read so far (no read from disk): for looking at sessions known to be in memory."""
        return dict.values(self)
