"""Frame-exact excerpts with sound: re-encoded H.264 + AAC MP4 from frame A up to (not including) frame B.

Frames are decoded exactly, in one pass (``FrameReader.span``), and keep their original spacing
(variable frame rate included); the sound is cut to the same span, starting a frame early because
the first AAC frame after a seek decodes wrong. A slowed copy (e.g. 0.5×) is the excerpt's own
encoded pictures with stretched timestamps (no second encode), and carries no sound: stretched
voices sound wrong to parents, and the real-speed excerpt has them.
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from fractions import Fraction
from pathlib import Path
from typing import Any

import av
import numpy as np
from av.video.frame import PictureType

from vig_annotator.core.timebase import Timebase
from vig_annotator.media.frames import FrameReader, upright
from vig_annotator.media.probe import MediaError, open_container

TIME_BASE = Fraction(1, 90_000)
X264 = {"crf": "18", "preset": "superfast", "bf": "0"}
"""Encoder settings: visually lossless, no B-frames (timestamps stretch as they are). Measured on 10 s
of 1080p (``benchmarks/bench_review.py --presets``): superfast is about ultrafast's speed at half its
size; veryfast takes about 1.6× as long for a file a third smaller; x264's own thread count is best."""


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
    _check_span(video, start_frame, end_frame, timebase)
    with FrameReader(video, timebase) as reader:
        if slow == 1.0:
            encode_excerpt(reader, start_frame, end_frame, out, progress=progress, cancelled=cancelled)
        else:
            real = out.with_name(f".{out.stem}.real{out.suffix}")
            try:
                encode_excerpt(reader, start_frame, end_frame, real, sound=False, progress=progress,
                               cancelled=cancelled)
                slowed_copy(real, out, slow)
            finally:
                real.unlink(missing_ok=True)
    return out


def _check_span(video: Path, start_frame: int, end_frame: int, timebase: Timebase) -> None:
    if not 0 <= start_frame < end_frame <= timebase.frame_count:
        raise MediaError(f"{video}: an excerpt needs frames within 0–{timebase.frame_count}, "
                         f"not {start_frame}–{end_frame}")


def encode_excerpt(reader: FrameReader, start_frame: int, end_frame: int, out_mp4: str | Path, *,
                   sound: bool = True, stills: Collection[int] = (),
                   progress: Callable[[float], None] | None = None,
                   cancelled: Callable[[], bool] | None = None,
                   compose: Callable[[int, np.ndarray], np.ndarray] | None = None) -> dict[int, np.ndarray]:
    """Encode frames [start_frame, end_frame) of the reader's clip once, with sound unless ``sound`` is False.

    Returns the RGB pictures (as ``FrameReader.read`` gives them) of the ``stills`` frames inside the
    span, taken from the same decode. ``compose(frame, picture)`` makes the picture encoded for each
    frame (e.g. several cameras side by side); every frame's composed picture must be the same size.
    """
    video, out, timebase = reader.path, Path(out_mp4), reader.timebase
    _check_span(video, start_frame, end_frame, timebase)
    start_ms, end_ms = timebase.ms_of(start_frame), timebase.end_of(end_frame - 1)
    audio = _audio(video, start_ms, end_ms) if sound else None
    count = end_frame - start_frame
    pictures: dict[int, np.ndarray] = {}
    out.parent.mkdir(parents=True, exist_ok=True)
    with av.open(str(out), "w") as container:
        astream = _sound_stream(container, audio[1], audio[2]) if audio is not None else None
        stream: Any = None
        for i, (index, decoded) in enumerate(reader.span(start_frame, end_frame)):
            if cancelled is not None and cancelled():
                raise Cancelled()
            rgb = reader.picture(index, decoded) if index in stills or decoded.rotation or compose else None
            if rgb is not None and index in stills:
                pictures[index] = rgb
            if compose is not None and rgb is not None:
                rgb = compose(index, rgb)
            if stream is None:
                height, width = (rgb.shape[:2] if rgb is not None else (decoded.height, decoded.width))
                stream = _video_stream(container, timebase, width - width % 2, height - height % 2)
            frame = _for_encoder(decoded, rgb, stream.width, stream.height)
            frame.pts = round((timebase.ms_of(index) - start_ms) / 1000 / TIME_BASE)
            frame.time_base = TIME_BASE
            container.mux(stream.encode(frame))
            if progress is not None and i % 10 == 0:
                progress(i / count)
        container.mux(stream.encode())
        if astream is not None and audio is not None:
            _write_sound(container, astream, audio[0], audio[1], audio[2])
    if progress is not None:
        progress(1.0)
    return pictures


def _video_stream(container: Any, timebase: Timebase, width: int, height: int) -> Any:
    stream = container.add_stream("libx264", rate=round(timebase.fps_estimate()) or 25)
    stream.width, stream.height, stream.pix_fmt = width, height, "yuv420p"
    stream.time_base = TIME_BASE
    stream.codec_context.time_base = TIME_BASE
    stream.options = dict(X264)
    return stream


def _for_encoder(decoded: Any, rgb: np.ndarray | None, width: int, height: int) -> Any:
    """The decoded picture as the encoder takes it: passed on untouched when it is already upright 4:2:0."""
    if rgb is not None and rgb.shape[:2] != (decoded.height, decoded.width):  # composed: encode what was made
        return av.VideoFrame.from_ndarray(np.ascontiguousarray(rgb[:height, :width]), format="rgb24")
    if decoded.rotation or (decoded.width, decoded.height) != (width, height):
        if rgb is None:
            rgb = upright(decoded.to_ndarray(format="rgb24"), int(decoded.rotation))
        return av.VideoFrame.from_ndarray(np.ascontiguousarray(rgb[:height, :width]), format="rgb24")
    frame = decoded if decoded.format.name == "yuv420p" else decoded.reformat(format="yuv420p")
    frame.pict_type = PictureType.NONE  # let the encoder place its own keyframes
    return frame


def _sound_stream(container: Any, rate: int, layout: str) -> Any:
    astream = container.add_stream("aac", rate=rate, layout=layout)
    astream.bit_rate = 128_000
    return astream


def _write_sound(container: Any, astream: Any, samples: np.ndarray, rate: int, layout: str) -> None:
    for begin in range(0, samples.shape[1], 1024):
        block = np.ascontiguousarray(samples[:, begin:begin + 1024])
        aframe = av.AudioFrame.from_ndarray(block, format="fltp", layout=layout)
        aframe.sample_rate = rate
        aframe.pts = begin
        aframe.time_base = Fraction(1, rate)
        container.mux(astream.encode(aframe))
    container.mux(astream.encode())


def slowed_copy(excerpt_mp4: str | Path, out_mp4: str | Path, slow: float) -> Path:
    """Copy an excerpt's encoded pictures (no sound) with every timestamp stretched by 1/``slow``.

    The pictures are the excerpt's own bytes, so the slowed copy shows exactly its frames.
    """
    if not 0 < slow < 1:
        raise MediaError(f"{excerpt_mp4}: a slowed copy needs a speed between 0 and 1, not {slow:g}")
    source, out = Path(excerpt_mp4), Path(out_mp4)
    out.parent.mkdir(parents=True, exist_ok=True)
    try:
        with av.open(str(source)) as src, av.open(str(out), "w") as dst:
            vin = src.streams.video[0]
            vout = dst.add_stream_from_template(vin)
            vout.time_base = vin.time_base
            for packet in src.demux(vin):
                if packet.dts is None or packet.pts is None:  # the demuxer's closing empty packet
                    continue
                packet.pts = round(packet.pts / slow)
                packet.dts = round(packet.dts / slow)
                packet.duration = round((packet.duration or 0) / slow)
                packet.stream = vout
                dst.mux(packet)
    except av.error.FFmpegError as exc:
        raise MediaError(f"{source}: the slowed copy cannot be written ({exc})") from None
    return out
