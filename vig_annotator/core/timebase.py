"""The one place where time becomes frames and timecodes, and back.

Times are integer milliseconds of presentation time. A clip's frames start at the times in its
timestamp table (read from the file by ``vig_annotator.media.probe``), never at ``n / fps``: phone
video has a variable frame rate and NTSC runs at 29.97. A time falls on the last frame that started
at or before it.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class Timebase:
    """Frame start times of one clip, in ms (strictly increasing), plus the clip's end."""

    frame_ms: tuple[int, ...]
    duration_ms: int
    exact: bool = True
    """False when the table was derived from the container's declared rate (not yet probed)."""

    @staticmethod
    def from_us(frame_us: Sequence[int], duration_us: int) -> Timebase:
        """Build from microsecond timestamps, keeping every frame distinct after rounding to ms."""
        table: list[int] = []
        for us in frame_us:
            ms = (us + 500) // 1000
            if table and ms <= table[-1]:
                ms = table[-1] + 1
            table.append(ms)
        end = max((duration_us + 500) // 1000, (table[-1] + 1) if table else 0)
        return Timebase(tuple(table), end, exact=True)

    @staticmethod
    def declared(fps: float, frame_count: int, duration_ms: int) -> Timebase:
        """A table from the container's declared constant rate: right only for constant-rate clips."""
        if fps <= 0:
            fps = 25.0
        if frame_count <= 0:
            frame_count = max(1, round(duration_ms * fps / 1000))
        table = tuple(round(i * 1000 / fps) for i in range(frame_count))
        return Timebase(table, max(duration_ms, table[-1] + 1), exact=False)

    @property
    def frame_count(self) -> int:
        return len(self.frame_ms)

    def frame_at(self, ms: int) -> int:
        """The frame on screen at time ``ms`` (clamped to the clip)."""
        index = bisect_right(self.frame_ms, ms) - 1
        return min(max(index, 0), len(self.frame_ms) - 1)

    def frame_at_us(self, us: int) -> int:
        """The frame whose start time is ``us`` microseconds (a video sink's frame start time)."""
        return self.frame_at((us + 500) // 1000)

    def ms_of(self, frame: int) -> int:
        """The start time of ``frame`` (clamped to the clip)."""
        frame = min(max(frame, 0), len(self.frame_ms) - 1)
        return self.frame_ms[frame]

    def end_of(self, frame: int) -> int:
        """The time the frame stops being shown: the next frame's start, or the clip's end."""
        if frame + 1 < len(self.frame_ms):
            return self.frame_ms[frame + 1]
        return self.duration_ms

    def mid_of(self, frame: int) -> int:
        """A time inside ``frame``: the safe seek target (exact frame starts can show the one before)."""
        start = self.ms_of(frame)
        return start + max(0, (self.end_of(frame) - start) // 2)

    def snap(self, ms: int) -> int:
        """The start of the frame on screen at ``ms``."""
        return self.ms_of(self.frame_at(ms))

    def snap_nearest(self, ms: int) -> int:
        """The frame boundary nearest to ``ms`` (for dragging segment edges)."""
        frame = self.frame_at(ms)
        start, end = self.ms_of(frame), self.end_of(frame)
        return end if (end - ms) < (ms - start) and frame + 1 < self.frame_count else start

    def step(self, ms: int, frames: int) -> int:
        """The start of the frame ``frames`` away from the one at ``ms``."""
        return self.ms_of(self.frame_at(ms) + frames)

    def fps_estimate(self) -> float:
        if len(self.frame_ms) < 2:
            return 0.0
        return (len(self.frame_ms) - 1) * 1000 / (self.frame_ms[-1] - self.frame_ms[0])

    def frame_in_second(self, ms: int) -> int:
        """Frame number within its second, for ``HH:MM:SS:FF`` display."""
        frame = self.frame_at(ms)
        second = self.ms_of(frame) // 1000 * 1000
        return frame - bisect_left(self.frame_ms, second)


def timecode(ms: int, decimal: str = ".") -> str:
    """``HH:MM:SS.mmm``: the one timecode of exports, messages and subtitles (SubRip wants ``decimal=","``)."""
    sign = "-" if ms < 0 else ""
    ms = abs(ms)
    h, rest = divmod(ms, 3_600_000)
    m, rest = divmod(rest, 60_000)
    s, milli = divmod(rest, 1000)
    return f"{sign}{h:02d}:{m:02d}:{s:02d}{decimal}{milli:03d}"


def frame_timecode(ms: int, timebase: Timebase) -> str:
    """``HH:MM:SS:FF``, FF counting frames within the second (true frames, not fps arithmetic)."""
    start = timebase.snap(ms)
    h, rest = divmod(start, 3_600_000)
    m, rest = divmod(rest, 60_000)
    s = rest // 1000
    return f"{h:02d}:{m:02d}:{s:02d}:{timebase.frame_in_second(start):02d}"


def parse_timecode(text: str) -> int:
    """Read ``HH:MM:SS.mmm``, ``MM:SS.mmm``, ``SS.mmm`` or plain seconds into ms.

    Raises ``ValueError`` naming the text when it is not a time.
    """
    raw = text.strip()
    if not raw:
        raise ValueError("empty time")
    parts = raw.split(":")
    if len(parts) > 3:
        raise ValueError(f"{text!r} is not a time (use HH:MM:SS.mmm)")
    try:
        seconds = float(parts[-1])
        minutes = int(parts[-2]) if len(parts) >= 2 else 0
        hours = int(parts[-3]) if len(parts) == 3 else 0
    except ValueError:
        raise ValueError(f"{text!r} is not a time (use HH:MM:SS.mmm)") from None
    if seconds < 0 or minutes < 0 or hours < 0 or (len(parts) > 1 and seconds >= 60):
        raise ValueError(f"{text!r} is not a time (use HH:MM:SS.mmm)")
    return round(((hours * 60 + minutes) * 60 + seconds) * 1000)
