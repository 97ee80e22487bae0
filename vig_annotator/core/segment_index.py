"""Which segments lie in a time window, and which one is under a point: fast enough to repaint often.

Segments are kept per code, sorted by start, with a running maximum of their ends, so a window
query is two binary searches plus the segments actually in view.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from dataclasses import dataclass, field

from vig_annotator.core.model import Segment


@dataclass
class _Row:
    segments: list[Segment] = field(default_factory=list)
    starts: list[int] = field(default_factory=list)
    max_ends: list[int] = field(default_factory=list)

    def build(self) -> None:
        self.segments.sort(key=lambda s: (s.start_ms, s.end_ms, s.id))
        self.starts = [s.start_ms for s in self.segments]
        running = -1
        self.max_ends = []
        for s in self.segments:
            running = max(running, s.end_ms)
            self.max_ends.append(running)


class SegmentIndex:
    """Segments of one session by code, answering window and point queries."""

    def __init__(self, segments: Iterable[Segment] = ()) -> None:
        self.rows: dict[str, _Row] = {}
        self.reset(segments)

    def reset(self, segments: Iterable[Segment]) -> None:
        self.rows = {}
        for seg in segments:
            self.rows.setdefault(seg.code_id, _Row()).segments.append(seg)
        for row in self.rows.values():
            row.build()

    def update(self, removed: Iterable[Segment], added: Iterable[Segment]) -> set[str]:
        """Take out and put in segments, re-sorting only the codes they belong to; returns those codes."""
        gone: dict[str, set[int]] = {}
        for seg in removed:
            gone.setdefault(seg.code_id, set()).add(seg.id)
        touched = set(gone)
        for code_id, ids in gone.items():
            row = self.rows.get(code_id)
            if row is not None:
                row.segments = [s for s in row.segments if s.id not in ids]
        for seg in added:
            self.rows.setdefault(seg.code_id, _Row()).segments.append(seg)
            touched.add(seg.code_id)
        for code_id in touched:
            self.rows[code_id].build()
        return touched

    def __len__(self) -> int:
        return sum(len(r.segments) for r in self.rows.values())

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
