"""Coding by keyboard while the clip plays: key presses become segment commands.

A state code's key starts a segment at the frame on screen and the same key ends it; a point code's
key drops an event; starting a code of a mutually exclusive group ends the group's open segment.
An open segment is stored at once (end = start), so a crash loses nothing, and grows when ended.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from vig_annotator.core.commands import Command, Pair
from vig_annotator.core.model import Code, CodeKind, Scheme, Segment
from vig_annotator.core.project import Project
from vig_annotator.core.timebase import Timebase


@dataclass
class LiveCoder:
    """Turns code key presses at a time into commands for one session."""

    project: Project
    session_id: int
    scheme: Scheme
    timebase: Timebase
    reaction_lag_ms: int = 0
    open: dict[str, int] = field(default_factory=dict)
    """Open state segments: code id -> segment id."""

    def press_time(self, now_ms: int) -> int:
        """The frame start a key press at ``now_ms`` is recorded at (reaction lag taken off)."""
        return self.timebase.snap(max(0, now_ms - self.reaction_lag_ms))

    def open_segment(self, code_id: str) -> Segment | None:
        """The code's open segment, if it still exists unchanged (an undo may have removed it)."""
        seg_id = self.open.get(code_id)
        if seg_id is None:
            return None
        seg = self.project.entities["segment"].get(seg_id)
        if not isinstance(seg, Segment) or seg.end_ms != seg.start_ms or seg.session_id != self.session_id:
            self.open.pop(code_id, None)
            return None
        return seg

    def open_segments(self) -> list[Segment]:
        return [s for code in list(self.open) if (s := self.open_segment(code)) is not None]

    def press(self, code: Code, now_ms: int,
              modifiers: tuple[tuple[str, tuple[str, ...]], ...] | None = None) -> Command:
        """The command for pressing ``code``'s key at ``now_ms`` (not yet pushed)."""
        t = self.press_time(now_ms)
        frame = self.timebase.frame_at(t)
        mods = modifiers if modifiers is not None else _defaults(code)
        if code.kind == CodeKind.POINT:
            seg = Segment(self.project.next_id("segment"), self.session_id, code.id, t, t, frame,
                          frame, mods, item=code.item)
            return Command(f"Add {code.label}", [(None, seg)])
        current = self.open_segment(code.id)
        if current is not None:
            self.open.pop(code.id)
            return Command(f"End {code.label}", [(current, self._ended(current, t))])
        pairs: list[Pair] = []
        if code.exclusive_group:
            for other_id in list(self.open):
                other = self.open_segment(other_id)
                if other is None:
                    continue
                other_code = self.scheme.code(other_id) if self.scheme.has_code(other_id) else None
                if other_code is not None and other_code.exclusive_group == code.exclusive_group:
                    pairs.append((other, self._ended(other, t)))
                    self.open.pop(other_id)
        seg = Segment(self.project.next_id("segment"), self.session_id, code.id, t, t, frame, frame,
                      mods, item=code.item)
        pairs.append((None, seg))
        self.open[code.id] = seg.id
        return Command(f"Start {code.label}", pairs)

    def end_all(self, now_ms: int) -> Command | None:
        """End every open segment (at the clip's end, or when the coder stops)."""
        t = self.press_time(now_ms)
        pairs: list[Pair] = [(s, self._ended(s, t)) for s in self.open_segments()]
        self.open.clear()
        return Command("End open segments", pairs) if pairs else None

    def _ended(self, seg: Segment, t: int) -> Segment:
        end = max(t, seg.start_ms)
        if end == seg.start_ms:  # ended on the frame it started: it covers that one frame
            end = self.timebase.end_of(seg.start_frame)
        return replace(seg, end_ms=end, end_frame=self.timebase.frame_at(end))


def _defaults(code: Code) -> tuple[tuple[str, tuple[str, ...]], ...]:
    return tuple((m.name, m.default) for m in code.modifiers if m.default)
