"""Exact frames: decode frame N — the N-th in presentation order — upright, and save it as a still.

Seeks go to the keyframe before the target and decode forward, identifying each decoded frame by its
presentation timestamp through the clip's timestamp table, so the frame returned is the frame asked
for on constant, variable and 29.97 fps clips alike. A small cache keeps recent frames for back-steps.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Iterator
from pathlib import Path
from types import TracebackType
from typing import Any

import av
import cv2
import numpy as np

from vig_annotator.core.timebase import Timebase
from vig_annotator.media.probe import MediaError, open_container, probe

FORWARD_DECODE_LIMIT = 48  # frames: further than this ahead, seeking is cheaper than decoding on
CACHE_FRAMES = 64
BACK_CACHE = 12  # frames before a target that are kept (converted) on the way, for quick back-steps


def upright(rgb: np.ndarray, rotation: int) -> np.ndarray:
    """Rotate a decoded picture by the clip's display rotation (degrees counter-clockwise)."""
    turns = (rotation // 90) % 4
    return np.ascontiguousarray(np.rot90(rgb, turns)) if turns else rgb


class FrameReader:
    """Reads exact frames of one clip; keeps the decoder open so stepping forward is cheap."""

    def __init__(self, path: str | Path, timebase: Timebase | None = None) -> None:
        self.path = Path(path)
        self.timebase = timebase if timebase is not None else probe(self.path).timebase
        self._container: Any = open_container(self.path)
        streams = self._container.streams.video
        if not streams:
            self._container.close()
            raise MediaError(f"{self.path}: has no video stream")
        self._stream = streams[0]
        self._stream.thread_type = "AUTO"
        self._time_base = self._stream.time_base
        self._first_pts: int | None = None
        self._decoder: Any = None
        self._last_index = -1
        self._cache: OrderedDict[int, np.ndarray] = OrderedDict()
        self.rotation = 0

    def __enter__(self) -> FrameReader:
        return self

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()

    def close(self) -> None:
        self._decoder = None
        if self._container is not None:
            self._container.close()
            self._container = None

    # -- reading -----------------------------------------------------------------------------
    def read(self, frame: int) -> np.ndarray:
        """Frame ``frame`` (0-based, presentation order) as an H×W×3 uint8 RGB array, upright."""
        if not 0 <= frame < self.timebase.frame_count:
            raise MediaError(f"{self.path}: has frames 0–{self.timebase.frame_count - 1}, not {frame}")
        cached = self._cache.get(frame)
        if cached is not None:
            self._cache.move_to_end(frame)
            return cached
        if self._decoder is not None and self._last_index < frame <= self._last_index + FORWARD_DECODE_LIMIT:
            found = self._decode_to(frame)
            if found is not None:
                return found
        back_ms = 0
        while True:
            # Containers index keyframes by decode time, so a seek can land just past the target
            # (B-frames, open GOPs): then seek again further back.
            start = self._seek(frame, back_ms)
            found = self._decode_to(frame)
            if found is not None:
                return found
            if start <= 0:
                raise MediaError(f"{self.path}: frame {frame} could not be decoded (damaged file?)")
            back_ms = max(1000, back_ms * 2)

    def span(self, start: int, end: int) -> Iterator[tuple[int, Any]]:
        """Frames [start, end) as decoded pictures (not converted), in order: one decode pass for an excerpt.

        Convert one with :meth:`picture` to get exactly what :meth:`read` gives for it.
        """
        if not 0 <= start < end <= self.timebase.frame_count:
            raise MediaError(f"{self.path}: has frames 0–{self.timebase.frame_count - 1}, not {start}–{end - 1}")
        back_ms = 0
        while True:
            aim_ms = self._seek(start, back_ms)
            decoded = self._next_from(start)
            if decoded is not None and self._last_index == start:
                break
            if aim_ms <= 0:
                raise MediaError(f"{self.path}: frame {start} could not be decoded (damaged file?)")
            back_ms = max(1000, back_ms * 2)
        expected = start
        while True:
            if self._last_index != expected:
                raise MediaError(f"{self.path}: frame {expected} is missing from the decoded stream")
            yield expected, decoded
            expected += 1
            if expected == end:
                return
            decoded = self._next_from(expected)
            if decoded is None:
                raise MediaError(f"{self.path}: frame {expected} could not be decoded (damaged file?)")

    def picture(self, index: int, decoded: Any) -> np.ndarray:
        """The RGB picture (upright) of frame ``index`` decoded by :meth:`span`; kept in the cache."""
        return self._remember(index, decoded)

    def _next_from(self, frame: int) -> Any:
        """The next decoded picture at or after ``frame`` (None at the end); sets ``_last_index``."""
        assert self._decoder is not None
        for decoded in self._decoder:
            index = self._index_of(decoded)
            self._last_index = index
            if index >= frame:
                return decoded
        self._decoder = None
        return None

    def _decode_to(self, frame: int) -> np.ndarray | None:
        """Decode forward to ``frame``; None when the decoder is already past it."""
        for decoded in self._decoder:
            index = self._index_of(decoded)
            self._last_index = index
            if index > frame:
                self._remember(index, decoded)
                return None
            if index < frame - BACK_CACHE:
                continue
            rgb = self._remember(index, decoded)
            if index == frame:
                return rgb
        self._decoder = None
        return None

    def _seek(self, frame: int, back_ms: int = 0) -> int:
        """Seek to the keyframe before ``frame`` (``back_ms`` earlier still); returns the time aimed at."""
        assert self._container is not None
        if self._first_pts is None:
            self._first_pts = self._find_first_pts()
        aim_ms = max(0, self.timebase.ms_of(frame) - back_ms)
        target_us = aim_ms * 1000
        target_pts = self._first_pts + int(target_us / 1_000_000 / float(self._time_base))
        try:
            self._container.seek(max(target_pts, self._first_pts), stream=self._stream, backward=True,
                                 any_frame=False)
        except av.error.FFmpegError as exc:
            raise MediaError(f"{self.path}: cannot seek ({exc})") from None
        self._decoder = self._frames()
        self._last_index = -1
        return aim_ms

    def _frames(self) -> Any:
        assert self._container is not None
        try:
            yield from self._container.decode(self._stream)
        except av.error.FFmpegError as exc:
            raise MediaError(f"{self.path}: the video cannot be decoded here ({exc})") from None

    def _find_first_pts(self) -> int:
        start = self._stream.start_time
        if start is not None:
            return int(start)
        assert self._container is not None
        for packet in self._container.demux(self._stream):
            if packet.pts is not None:
                self._container.seek(0, stream=self._stream)
                return int(packet.pts)
        raise MediaError(f"{self.path}: the video stream holds no frames")

    def _index_of(self, decoded: Any) -> int:
        if self._first_pts is None:
            self._first_pts = self._find_first_pts()
        pts = decoded.pts if decoded.pts is not None else self._first_pts
        us = int(round(float((pts - self._first_pts) * self._time_base) * 1_000_000))
        return self.timebase.frame_at_us(us)

    def _remember(self, index: int, decoded: Any) -> np.ndarray:
        self.rotation = int(getattr(decoded, "rotation", 0) or 0)
        rgb = upright(decoded.to_ndarray(format="rgb24"), self.rotation)
        self._cache[index] = rgb
        self._cache.move_to_end(index)
        while len(self._cache) > CACHE_FRAMES:
            self._cache.popitem(last=False)
        return rgb


def read_frame(path: str | Path, frame: int, timebase: Timebase | None = None) -> np.ndarray:
    """One exact frame (RGB, upright)."""
    with FrameReader(path, timebase) as reader:
        return reader.read(frame)


def save_still(path: str | Path, frame: int, out_png: str | Path, timebase: Timebase | None = None) -> Path:
    """Write frame ``frame`` of the clip as a full-resolution PNG."""
    out = Path(out_png)
    rgb = read_frame(path, frame, timebase)
    out.parent.mkdir(parents=True, exist_ok=True)
    if not cv2.imwrite(str(out), cv2.cvtColor(rgb, cv2.COLOR_RGB2BGR)):
        raise OSError(f"{out}: the still could not be written")
    return out
