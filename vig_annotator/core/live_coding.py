"""Coding by keyboard while the clip plays: key presses become segment commands.

A state code's key starts a segment at the frame on screen and the same key ends it; a point code's
key drops an event; starting a code of a mutually exclusive group ends the group's open segments.
An open segment is stored at once with no length (end = start), so a crash loses nothing, and grows
when ended. Which segments are open is read from the project itself, never kept aside, so undo and
redo can never leave one orphaned.

Segments of one code never overlap, so a key press is read by where it falls:

- a code with an open segment that started at or before the press: the press ends it, at the
  press or, if another segment of the code begins in between, where that one begins;
- inside a finished segment of the code: the press ends that segment at the press;
- an ended segment never runs into the next segment of another code of its mutually exclusive group;
- anywhere else: the press starts a new segment.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, replace
from heapq import merge

from vig_annotator.core.commands import Command, Pair
from vig_annotator.core.exclusive_groups import group_of
from vig_annotator.core.model import Code, CodeKind, Scheme, Segment
from vig_annotator.core.project import Project
from vig_annotator.core.segment_index import SegmentIndex
from vig_annotator.core.timebase import Timebase


@dataclass
class LiveCoder:
    """Turns code key presses at a time into commands for one session."""

    project: Project
    session_id: int
    scheme: Scheme
    timebase: Timebase
    reaction_lag_ms: int = 0
    index: SegmentIndex | None = None  # the session's segments kept sorted (a window's): no sort per press

    def press_time(self, now_ms: int) -> int:
        """The frame start a key press at ``now_ms`` is recorded at (reaction lag taken off)."""
        return self.timebase.snap(max(0, now_ms - self.reaction_lag_ms))

    def _segments(self, code_id: str) -> list[Segment]:
        if self.index is not None:
            return self.index.of_code(code_id)
        found = self.project.segments_of_code(self.session_id, code_id)
        return sorted(found, key=lambda s: (s.start_ms, s.end_ms, s.id))

    def open_segment(self, code_id: str, at_ms: int | None = None) -> Segment | None:
        """The code's latest open (zero-length) segment, among those started by ``at_ms`` if given."""
        if not self.scheme.has_code(code_id) or self.scheme.code(code_id).kind != CodeKind.STATE:
            return None
        found = [s for s in self._segments(code_id)
                 if s.end_ms == s.start_ms and (at_ms is None or s.start_ms <= at_ms)]
        return found[-1] if found else None

    def open_by_code(self) -> dict[str, list[Segment]]:
        """Each state code's open segments in time order (codes with none left out)."""
        if self.index is None:
            found: dict[str, list[Segment]] = {}
            for seg in self.open_segments():
                found.setdefault(seg.code_id, []).append(seg)
            return found
        state = [c.id for c in self.scheme.codes if c.kind == CodeKind.STATE]
        return {c: opens for c in state if (opens := self.index.open_of_code(c))}

    def open_segments(self) -> list[Segment]:
        """Every open segment of the session (a state segment of no length yet), in time order."""
        if self.index is not None:
            return list(merge(*self.open_by_code().values(), key=lambda s: (s.start_ms, s.id)))
        state = {c.id for c in self.scheme.codes if c.kind == CodeKind.STATE}
        found = [s for s in self.project.segments_of_code(self.session_id, "") if s.code_id in state]
        return sorted(found, key=lambda s: (s.start_ms, s.id))

    def press(self, code: Code, now_ms: int,
              modifiers: tuple[tuple[str, tuple[str, ...]], ...] | None = None) -> Command:
        """The command for pressing ``code``'s key at ``now_ms`` (not yet run)."""
        t = self.press_time(now_ms)
        frame = self.timebase.frame_at(t)
        mods = modifiers if modifiers is not None else _defaults(code)
        if code.kind == CodeKind.POINT:
            seg = Segment(self.project.next_id("segment"), self.session_id, code.id, t, t, frame,
                          frame, mods, item=code.item)
            return Command(f"Add {code.label}", [(None, seg)])
        current = self.open_segment(code.id, at_ms=t)
        if current is not None:
            return Command(f"End {code.label}", [(current, self._ended(current, t))])
        inside = [s for s in self._segments(code.id) if s.start_ms < t < s.end_ms]
        if inside:
            seg = inside[0]
            return Command(f"End {code.label}", [(seg, self._ended(seg, t))])
        pairs: list[Pair] = []
        if code.exclusive_group:
            for other in self.open_segments():
                other_code = self.scheme.code(other.code_id)
                if (other.code_id != code.id and other_code.exclusive_group == code.exclusive_group
                        and other.start_ms <= t):
                    pairs.append((other, self._ended(other, t)))
        seg = Segment(self.project.next_id("segment"), self.session_id, code.id, t, t, frame, frame,
                      mods, item=code.item)
        pairs.append((None, seg))
        return Command(f"Start {code.label}", pairs)

    def end_all(self, now_ms: int) -> Command | None:
        """End every open segment started by now (at the clip's end, or when the coder stops)."""
        t = self.press_time(now_ms)
        pairs: list[Pair] = [(s, self._ended(s, t)) for s in self.open_segments() if s.start_ms <= t]
        return Command("End open segments", pairs) if pairs else None

    def _ended(self, seg: Segment, t: int) -> Segment:
        """The segment ended at ``t``: never before its own frame, never into the code's next segment."""
        end = max(t, seg.start_ms)
        if end == seg.start_ms:  # ended on the frame it started: it covers that one frame
            end = self.timebase.end_of(seg.start_frame)
        if self.index is not None:  # the row is sorted by start: the next start is one binary search away
            starts = self.index.rows[seg.code_id].starts if seg.code_id in self.index.rows else []
            k = bisect_right(starts, seg.start_ms)
            later = starts[k:k + 1]
        else:
            later = [s.start_ms for s in self._segments(seg.code_id) if s.id != seg.id and s.start_ms > seg.start_ms]
        if later:
            end = min(end, min(later))
        end = min([end] + self._sibling_starts_after(seg))
        clip_end = self._clip_end()
        if clip_end:
            end = min(end, clip_end)
        end = max(end, seg.start_ms)
        return replace(seg, end_ms=end, end_frame=self.timebase.frame_at(end))

    def _sibling_starts_after(self, seg: Segment) -> list[int]:
        """Where the next segment of each other code of ``seg``'s exclusive group begins after it starts."""
        _group, codes = group_of(self.scheme, seg.code_id)
        found = []
        for code_id in codes:
            if code_id != seg.code_id:
                starts = [s.start_ms for s in self._segments(code_id)]
                k = bisect_right(starts, seg.start_ms)
                found.extend(starts[k:k + 1])
        return found

    def _clip_end(self) -> int:
        session = self.project.session(self.session_id)
        return self.project.clip(session.clip_id).duration_ms


def _defaults(code: Code) -> tuple[tuple[str, tuple[str, ...]], ...]:
    return tuple((m.name, m.default) for m in code.modifiers if m.default)
