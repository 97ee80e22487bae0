"""What a video file is: streams, duration, rotation, audio, and the true start time of every frame.

The per-frame timestamp table is read by demuxing packets with PyAV (no decoding), so it is right
for variable frame rate, 29.97 fps and B-frame reordering alike.
"""

from __future__ import annotations

import math
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import av
import numpy as np

from vig_annotator.core.timebase import Timebase


class MediaError(ValueError):
    """A file that cannot be used as a clip; the message names the file and the reason."""


@dataclass(frozen=True)
class ProbeResult:
    """Facts about a clip, including its frame timestamp table in microseconds."""

    path: str
    container: str
    video_codec: str
    width: int
    height: int
    rotation: int
    declared_fps: float
    duration_us: int
    has_audio: bool
    audio_codec: str = ""
    audio_rate: int = 0
    frame_us: tuple[int, ...] = field(default=(), repr=False)

    @property
    def frame_count(self) -> int:
        return len(self.frame_us)

    @property
    def duration_ms(self) -> int:
        return (self.duration_us + 500) // 1000

    @property
    def variable_rate(self) -> bool:
        """True when frame durations differ by more than 1 ms beyond rounding."""
        if len(self.frame_us) < 3:
            return False
        gaps = np.diff(np.asarray(self.frame_us, dtype=np.int64))
        return bool(gaps.max() - gaps.min() > 1000)

    @property
    def timebase(self) -> Timebase:
        return Timebase.from_us(self.frame_us, self.duration_us)

    def clip_facts(self) -> dict[str, Any]:
        """The fields of a ``Clip`` this probe fills in."""
        fps = self.declared_fps or self.timebase.fps_estimate()
        return {"duration_ms": self.duration_ms, "frame_count": self.frame_count, "fps": round(fps, 4),
                "rotation": self.rotation, "has_audio": self.has_audio, "timing": "probed"}

    def to_json(self, with_frames: bool = True) -> dict[str, Any]:
        data = asdict(self)
        data.pop("frame_us")
        data.update(frame_count=self.frame_count, duration_ms=self.duration_ms,
                    variable_frame_rate=self.variable_rate)
        if with_frames:
            data["frame_times_ms"] = [round(us / 1000, 3) for us in self.frame_us]
        return data


MAX_SIDE = 16384
"""The largest picture side a clip may have: beyond what any camera records or a player shows."""


def first_frame_rotation(path: Path, container: Any, stream: Any) -> int:
    """Decode the first frame (a clip that cannot show one cannot be coded) and return its rotation."""
    try:
        for frame in container.decode(stream):
            rotation = int(round(float(getattr(frame, "rotation", 0) or 0))) % 360
            break
        else:
            raise MediaError(f"{path}: no frame of the video can be decoded (damaged stream or codec settings)")
    except av.error.FFmpegError as exc:
        raise MediaError(f"{path}: the first frame cannot be decoded: the video is damaged "
                         f"(its codec settings or picture header: {exc.strerror or exc})") from None
    finally:
        try:
            container.seek(0, stream=stream)
        except av.error.FFmpegError:
            pass
    return rotation


def open_container(path: str | Path) -> Any:
    """Open a media file with PyAV, turning every failure into a MediaError that names the file."""
    path = Path(path)
    if not path.exists():
        raise MediaError(f"{path}: no such file")
    if path.is_dir():
        raise MediaError(f"{path}: is a folder, not a video file")
    if path.stat().st_size == 0:
        raise MediaError(f"{path}: is empty (0 bytes)")
    try:
        return av.open(str(path), metadata_errors="ignore")
    except av.error.InvalidDataError:
        raise MediaError(f"{path}: cannot be read as video: not a video file, or damaged or truncated") from None
    except (av.error.FFmpegError, OSError) as exc:
        raise MediaError(f"{path}: cannot be opened as video ({exc})") from None


def probe(path: str | Path) -> ProbeResult:
    """Read a clip's facts and frame timestamp table; raise MediaError for anything unusable."""
    path = Path(path)
    container = open_container(path)
    try:
        if not container.streams.video:
            raise MediaError(f"{path}: has no video stream")
        video = container.streams.video[0]
        if video.codec_context is None or not video.codec_context.name:
            raise MediaError(f"{path}: the video codec is not supported")
        audio = container.streams.audio[0] if container.streams.audio else None
        width, height = video.codec_context.width, video.codec_context.height
        if width > MAX_SIDE or height > MAX_SIDE:
            raise MediaError(f"{path}: its picture is {width}×{height}; a clip can be at most "
                             f"{MAX_SIDE}×{MAX_SIDE} (damaged header?)")
        rotation = first_frame_rotation(path, container, video)
        time_base = video.time_base
        pts: list[int] = []
        try:
            for packet in container.demux(video):
                if packet.pts is not None and packet.size > 0:
                    pts.append(packet.pts)
        except av.error.FFmpegError as exc:
            raise MediaError(f"{path}: the file is damaged or truncated ({exc})") from None
        if not pts:
            raise MediaError(f"{path}: the video stream holds no frames")
        pts.sort()
        first = pts[0]
        frame_us = [int(round(float((p - first) * time_base) * 1_000_000)) for p in pts]
        frame_us = _dedupe(frame_us)
        last_gap = frame_us[-1] - frame_us[-2] if len(frame_us) > 1 else 40_000
        if video.average_rate:
            last_gap = min(last_gap, int(1_000_000 / float(video.average_rate))) or last_gap
        duration_us = frame_us[-1] + max(last_gap, 1)
        rate = video.guessed_rate or video.average_rate
        declared = float(rate) if rate else 0.0
        width = video.codec_context.width
        height = video.codec_context.height
        if not width or not height:
            raise MediaError(f"{path}: the video stream has no picture size (unsupported codec?)")
        return ProbeResult(
            path=str(path), container=container.format.name, video_codec=video.codec_context.name,
            width=width, height=height, rotation=rotation,
            declared_fps=0.0 if math.isnan(declared) else declared, duration_us=duration_us,
            has_audio=audio is not None,
            audio_codec=audio.codec_context.name if audio is not None else "",
            audio_rate=audio.codec_context.sample_rate if audio is not None else 0,
            frame_us=tuple(frame_us),
        )
    finally:
        container.close()


def _dedupe(times: list[int]) -> list[int]:
    out: list[int] = []
    for t in times:
        if not out or t > out[-1]:
            out.append(t)
    return out
