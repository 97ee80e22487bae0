"""Frame-exact excerpts with sound: re-encoded H.264 + AAC MP4 from frame A up to (not including) frame B.

Frames are decoded exactly (``FrameReader``) and keep their original spacing (variable frame rate
included); the sound is cut to the same span, starting a frame early because the first AAC frame
after a seek decodes wrong. A slowed copy (e.g. 0.5×) stretches the picture's timing and carries no
sound: stretched voices sound wrong to parents, and the real-speed excerpt has them.
"""

from __future__ import annotations

from collections.abc import Callable
from fractions import Fraction
from pathlib import Path

import av
import numpy as np

from vig_annotator.core.timebase import Timebase
from vig_annotator.media.frames import FrameReader
from vig_annotator.media.probe import MediaError, open_container

TIME_BASE = Fraction(1, 90_000)


class Cancelled(Exception):
    """The user cancelled the work."""


def _audio(video: Path, start_ms: int, end_ms: int) -> tuple[np.ndarray, int, str] | None:
    """Samples (channels × n, float32) of [start_ms, end_ms), the rate and the layout; None without sound."""
    container = open_container(video)
    try:
        if not container.streams.audio:
            return None
        stream = container.streams.audio[0]
        rate = stream.codec_context.sample_rate
        layout = "mono" if stream.codec_context.channels == 1 else "stereo"
        resampler = av.AudioResampler(format="fltp", layout=layout, rate=rate)
        lead = 0.1  # seconds decoded before the cut and thrown away
        container.seek(max(0, int((start_ms / 1000 - lead) / stream.time_base)), stream=stream, backward=True)
        chunks: list[np.ndarray] = []
        first_time: float | None = None
        for frame in container.decode(stream):
            if frame.pts is None:
                continue
            t = float(frame.pts * stream.time_base)
            if t > end_ms / 1000:
                break
            for out in resampler.resample(frame):
                if first_time is None:
                    first_time = t
                chunks.append(out.to_ndarray())
        if not chunks or first_time is None:
            return None
        samples = np.concatenate(chunks, axis=1)
        begin = max(0, round((start_ms / 1000 - first_time) * rate))
        count = round((end_ms - start_ms) / 1000 * rate)
        cut = samples[:, begin:begin + count]
        if cut.shape[1] < count:
            cut = np.pad(cut, ((0, 0), (0, count - cut.shape[1])))
        return cut.astype(np.float32), rate, layout
    except av.error.FFmpegError as exc:
        raise MediaError(f"{video}: the sound cannot be cut ({exc})") from None
    finally:
        container.close()


def cut_excerpt(video: str | Path, start_frame: int, end_frame: int, out_mp4: str | Path, timebase: Timebase,
                slow: float = 1.0, progress: Callable[[float], None] | None = None,
                cancelled: Callable[[], bool] | None = None) -> Path:
    """Write frames [start_frame, end_frame) as an MP4; ``slow`` < 1 makes a slowed, silent copy."""
    video, out = Path(video), Path(out_mp4)
    if not 0 <= start_frame < end_frame <= timebase.frame_count:
        raise MediaError(f"{video}: an excerpt needs frames within 0–{timebase.frame_count}, "
                         f"not {start_frame}–{end_frame}")
    start_ms, end_ms = timebase.ms_of(start_frame), timebase.end_of(end_frame - 1)
    sound = _audio(video, start_ms, end_ms) if slow == 1.0 else None
    count = end_frame - start_frame
    out.parent.mkdir(parents=True, exist_ok=True)
    with FrameReader(video, timebase) as reader, av.open(str(out), "w") as container:
        first = reader.read(start_frame)
        height, width = first.shape[:2]
        stream = container.add_stream("libx264", rate=round(timebase.fps_estimate()) or 25)
        stream.width, stream.height, stream.pix_fmt = width - width % 2, height - height % 2, "yuv420p"
        stream.time_base = TIME_BASE
        stream.codec_context.time_base = TIME_BASE
        stream.options = {"crf": "18", "preset": "veryfast", "bf": "0"}
        astream = None
        if sound is not None:
            astream = container.add_stream("aac", rate=sound[1], layout=sound[2])
            astream.bit_rate = 128_000
        for i, frame_index in enumerate(range(start_frame, end_frame)):
            if cancelled is not None and cancelled():
                raise Cancelled()
            rgb = first if i == 0 else reader.read(frame_index)
            frame = av.VideoFrame.from_ndarray(np.ascontiguousarray(rgb[: stream.height, : stream.width]),
                                               format="rgb24")
            offset_ms = (timebase.ms_of(frame_index) - start_ms) / slow
            frame.pts = round(offset_ms / 1000 / TIME_BASE)
            frame.time_base = TIME_BASE
            container.mux(stream.encode(frame))
            if progress is not None and i % 10 == 0:
                progress(i / count)
        container.mux(stream.encode())
        if astream is not None and sound is not None:
            samples, rate, layout = sound
            for begin in range(0, samples.shape[1], 1024):
                block = np.ascontiguousarray(samples[:, begin:begin + 1024])
                aframe = av.AudioFrame.from_ndarray(block, format="fltp", layout=layout)
                aframe.sample_rate = rate
                aframe.pts = begin
                aframe.time_base = Fraction(1, rate)
                container.mux(astream.encode(aframe))
            container.mux(astream.encode())
    if progress is not None:
        progress(1.0)
    return out
