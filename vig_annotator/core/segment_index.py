"""Which segments lie in a time window, and which one is under a point: fast enough to repaint often.

Segments are kept per code, sorted by start, with a running maximum of their ends, so a window
query is two binary searches plus the segments actually in view. Edits insert and remove in place
(binary search), so a key press at 100,000 segments costs no Python loop over the code's row.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from dataclasses import dataclass, field
from itertools import accumulate
from operator import attrgetter

from vig_annotator.core.bulk import gc_paused
from vig_annotator.core.model import Segment

_Key = tuple[int, int, int]
_KEY = attrgetter("start_ms", "end_ms", "id")
_START = attrgetter("start_ms")
_END = attrgetter("end_ms")
_ID = attrgetter("id")


def _key(s: Segment) -> _Key:
    return (s.start_ms, s.end_ms, s.id)


@dataclass
class _Row:
    segments: list[Segment] = field(default_factory=list)
    keys: list[_Key] = field(default_factory=list)
    starts: list[int] = field(default_factory=list)
    ends: list[int] = field(default_factory=list)
    ids: list[int] = field(default_factory=list)
    max_ends: list[int] = field(default_factory=list)
    opens: list[Segment] = field(default_factory=list)  # of no length, by (start, id)
    open_keys: list[_Key] = field(default_factory=list)

    def build(self) -> None:
        segments = self.segments
        segments.sort(key=_KEY)  # C-level key and attribute reads: no Python call per segment
        self.keys = list(map(_KEY, segments))
        self.starts = list(map(_START, segments))
        self.ends = list(map(_END, segments))
        self.ids = list(map(_ID, segments))
        self.max_ends = list(accumulate(self.ends, max))
        self.opens = [s for s, a, b in zip(segments, self.starts, self.ends, strict=True) if a == b]
        self.open_keys = list(map(_KEY, self.opens))

    def _rerun_max(self, k: int) -> None:
        """Recompute the running maximum of ends from position ``k`` on (a C-level accumulate)."""
        prev = self.max_ends[k - 1] if k > 0 else -1
        self.max_ends[k:] = list(accumulate(self.ends[k:], max, initial=prev))[1:]

    def remove(self, seg: Segment) -> None:
        key = _key(seg)
        k = bisect_left(self.keys, key)
        if k == len(self.keys) or self.keys[k] != key:
            return
        del self.keys[k], self.segments[k], self.starts[k], self.ends[k], self.ids[k], self.max_ends[k]
        self._rerun_max(k)
        if seg.end_ms == seg.start_ms:
            j = bisect_left(self.open_keys, key)
            if j < len(self.open_keys) and self.open_keys[j] == key:
                del self.open_keys[j], self.opens[j]

    def add(self, seg: Segment) -> None:
        key = _key(seg)
        k = bisect_left(self.keys, key)
        self.keys.insert(k, key)
        self.segments.insert(k, seg)
        self.starts.insert(k, seg.start_ms)
        self.ends.insert(k, seg.end_ms)
        self.ids.insert(k, seg.id)
        prev = self.max_ends[k - 1] if k > 0 else -1
        self.max_ends.insert(k, max(prev, seg.end_ms))
        j = k + 1
        while j < len(self.max_ends) and self.max_ends[j] < seg.end_ms:  # only as far as the new end reaches
            self.max_ends[j] = seg.end_ms
            j += 1
        if seg.end_ms == seg.start_ms:
            j = bisect_left(self.open_keys, key)
            self.open_keys.insert(j, key)
            self.opens.insert(j, seg)


class SegmentIndex:
    """Segments of one session by code, answering window and point queries."""

    def __init__(self, segments: Iterable[Segment] = ()) -> None:
        self.rows: dict[str, _Row] = {}
        self.reset(segments)

    def reset(self, segments: Iterable[Segment]) -> None:
        rows: dict[str, _Row] = {}
        with gc_paused():  # lists of 100,000 that all stay: a collection pass would only re-scan them
            for seg in segments:
                row = rows.get(seg.code_id)
                if row is None:
                    row = rows[seg.code_id] = _Row()
                row.segments.append(seg)
            for row in rows.values():
                row.build()
        self.rows = rows

    def update(self, removed: Iterable[Segment], added: Iterable[Segment]) -> set[str]:
        """Take out and put in segments in place (binary search per segment); returns the codes touched."""
        touched: set[str] = set()
        for seg in removed:
            row = self.rows.get(seg.code_id)
            touched.add(seg.code_id)
            if row is not None:
                row.remove(seg)
        for seg in added:
            self.rows.setdefault(seg.code_id, _Row()).add(seg)
            touched.add(seg.code_id)
        for code_id in touched:
            self.rows.setdefault(code_id, _Row())
        return touched

    def __len__(self) -> int:
        return sum(len(r.segments) for r in self.rows.values())

    def of_code(self, code_id: str) -> list[Segment]:
        """The code's segments sorted by (start, end, id): the row itself, not to be changed."""
        row = self.rows.get(code_id)
        return row.segments if row is not None else []

    def open_of_code(self, code_id: str) -> list[Segment]:
        """The code's segments of no length sorted by (start, id): the row itself, not to be changed."""
        row = self.rows.get(code_id)
        return row.opens if row is not None else []

    def in_window(self, code_id: str, start_ms: int, end_ms: int) -> list[Segment]:
        """The code's segments touching [start_ms, end_ms] (points inside it included)."""
        row = self.rows.get(code_id)
        if row is None:
            return []
        hi = bisect_right(row.starts, end_ms)
        lo = bisect_left(row.max_ends, start_ms, 0, hi)
        return [s for s in row.segments[lo:hi] if s.end_ms >= start_ms]

    def at(self, code_id: str, ms: int, slack_ms: int = 0) -> list[Segment]:
        """The code's segments under time ``ms`` (within ``slack_ms``), shortest first."""
        found = self.in_window(code_id, ms - slack_ms, ms + slack_ms)
        return sorted(found, key=lambda s: (s.end_ms - s.start_ms, s.id))

    def edges(self, exclude: set[int] = frozenset()) -> list[int]:  # type: ignore[assignment]
        """Every segment boundary (for snapping), sorted."""
        found = {t for row in self.rows.values() for s in row.segments if s.id not in exclude
                 for t in (s.start_ms, s.end_ms)}
        return sorted(found)
