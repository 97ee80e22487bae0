"""Test clips that carry their own frame numbers, made with PyAV.

Each frame shows its index as 12 big black/white blocks (bit 11 first) across the top of the
picture, robust to compression; ``frame_index_of`` reads it back from a decoded RGB frame (upright).
Audio tracks can carry tone bursts at known times.
"""

from __future__ import annotations

from collections.abc import Sequence
from fractions import Fraction
from pathlib import Path

import av
import numpy as np

BITS = 12
W, H = 192, 144
BLOCK = W // BITS  # 16 px
AUDIO_RATE = 16_000


def draw(index: int, width: int = W, height: int = H) -> np.ndarray:
    """An RGB picture whose top band encodes ``index`` and whose body is a moving gradient."""
    img = np.zeros((height, width, 3), np.uint8)
    img[:, :, 1] = (np.arange(width)[None, :] + index * 3) % 256
    img[:, :, 2] = 90
    block = width // BITS
    band = height // 4
    for bit in range(BITS):
        on = (index >> (BITS - 1 - bit)) & 1
        img[:band, bit * block:(bit + 1) * block] = 255 if on else 0
    img[band:band + 4] = 128  # separator
    img[-12:, :8] = 255  # a corner mark so rotation is visible
    return img


def frame_index_of(rgb: np.ndarray) -> int:
    """Read the frame number a ``draw`` picture carries (from an upright decoded frame)."""
    height, width = rgb.shape[:2]
    block = width // BITS
    band = height // 4
    grey = rgb[: band, : block * BITS].mean(axis=2)
    value = 0
    for bit in range(BITS):
        cell = grey[band // 4: 3 * band // 4, bit * block + block // 4: (bit + 1) * block - block // 4]
        value = (value << 1) | int(cell.mean() > 128)
    return value


def make_clip(path: Path, frames: int = 60, fps: Fraction | int = 25, codec: str = "libx264",
              pts: Sequence[int] | None = None, time_base: Fraction | None = None, gop: int = 12,
              rotation: int = 0, bursts_s: Sequence[float] = (), audio: bool = False,
              width: int = W, height: int = H, sound: np.ndarray | None = None) -> Path:
    """Write a clip; ``pts`` (in ``time_base`` units) makes a variable-rate clip.

    With ``rotation`` the picture is stored turned the other way and tagged with a display rotation
    (as phones do), so it reads upright only when the rotation is applied; ``width`` and ``height``
    are then the upright (displayed) size. ``sound`` (mono float32 at 16 kHz) is the audio track.
    """
    rate = Fraction(fps)
    tb = time_base or (1 / rate)
    with av.open(str(path), "w") as out:
        stream = out.add_stream(codec, rate=rate)
        stored_w, stored_h = (height, width) if rotation in (90, 270, -90) else (width, height)
        stream.width, stream.height, stream.pix_fmt = stored_w, stored_h, "yuv420p"
        stream.time_base = tb
        stream.codec_context.time_base = tb
        opts = {"g": str(gop), "bf": "0" if pts is not None else "2"}
        if codec == "libx264":
            opts.update(crf="18", preset="ultrafast")
        elif codec == "libx265":
            opts.update({"x265-params": f"keyint={gop}:log-level=error", "preset": "ultrafast"})
        stream.options = opts
        if rotation:
            stream.set_display_rotation(rotation)
        with_sound = audio or bool(bursts_s) or sound is not None
        astream = out.add_stream("aac", rate=AUDIO_RATE, layout="mono") if with_sound else None
        for i in range(frames):
            picture = draw(i, width, height) if not rotation else np.ascontiguousarray(
                np.rot90(draw(i, height, width), -(rotation // 90)))  # stored sideways, shown upright
            frame = av.VideoFrame.from_ndarray(picture, format="rgb24")
            frame.pts = pts[i] if pts is not None else int(round(i / rate / tb))
            frame.time_base = tb
            out.mux(stream.encode(frame))
        out.mux(stream.encode())
        if astream is not None:
            duration = (pts[-1] * tb if pts is not None else frames / rate) + Fraction(1, 10)
            samples = sound if sound is not None else tone_bursts(float(duration), bursts_s)
            for start in range(0, len(samples), 1024):
                block = samples[start:start + 1024].reshape(1, -1)
                aframe = av.AudioFrame.from_ndarray(block, format="fltp", layout="mono")
                aframe.sample_rate = AUDIO_RATE
                aframe.pts = start
                aframe.time_base = Fraction(1, AUDIO_RATE)
                out.mux(astream.encode(aframe))
            out.mux(astream.encode())
    return path


def tone_bursts(seconds: float, bursts_s: Sequence[float], length_s: float = 0.1) -> np.ndarray:
    """Silence with a 1 kHz tone of ``length_s`` starting at each burst time."""
    n = int(seconds * AUDIO_RATE)
    out = np.zeros(n, np.float32)
    t = np.arange(int(length_s * AUDIO_RATE)) / AUDIO_RATE
    tone = (0.8 * np.sin(2 * np.pi * 1000 * t)).astype(np.float32)
    for b in bursts_s:
        i = int(b * AUDIO_RATE)
        out[i:i + len(tone)] = tone[: max(0, min(len(tone), n - i))]
    return out


def vfr_pts(frames: int, seed: int = 1) -> tuple[list[int], Fraction]:
    """Uneven frame durations (20–70 ms) in a 1/1000 time base, like phone footage."""
    rng = np.random.default_rng(seed)
    gaps = rng.integers(20, 71, size=frames - 1)
    pts = [0] + list(np.cumsum(gaps).astype(int))
    return [int(p) for p in pts], Fraction(1, 1000)


def event_sound(seconds: float, seed: int) -> np.ndarray:
    """A room's sound: irregular bursts of noise and chirps at random loudness over quiet hiss (16 kHz)."""
    rng = np.random.default_rng(seed)
    n = int(seconds * AUDIO_RATE)
    out = (0.003 * rng.standard_normal(n)).astype(np.float32)
    t = 0.1
    while t < seconds:
        length = rng.uniform(0.05, 0.4)
        i, m = int(t * AUDIO_RATE), int(length * AUDIO_RATE)
        m = min(m, n - i)
        if m <= 0:
            break
        tt = np.arange(m) / AUDIO_RATE
        if rng.random() < 0.5:
            burst = rng.standard_normal(m)
        else:
            f0 = rng.uniform(200, 1500)
            burst = np.sin(2 * np.pi * (f0 * tt + rng.uniform(500, 3000) * tt * tt))
        out[i:i + m] += (rng.uniform(0.1, 0.6) * burst * np.hanning(m)).astype(np.float32)
        t += length + rng.uniform(0.1, 0.8)
    return np.clip(out, -1, 1)


NTSC = Fraction(30000, 1001)


def camera_pair(folder: Path, offset_s: float = 3.2, seconds: float = 10.0, shared: bool = True) -> tuple[Path, Path]:
    """Two cameras filming one room: A at 25 fps, B at 29.97 fps starting ``offset_s`` later.

    Each clip carries its own frame numbers; B hears the same room (quieter, with its own hiss) unless
    ``shared`` is False, when it hears another room.
    """
    room = event_sound(offset_s + seconds + 1, seed=7)
    n = int(seconds * AUDIO_RATE)
    a = room[:n]
    start = int(round(offset_s * AUDIO_RATE))
    other = room if shared else event_sound(offset_s + seconds + 1, seed=1234)
    hiss = 0.002 * np.random.default_rng(3).standard_normal(n).astype(np.float32)
    b = (0.5 * other[start:start + n] + hiss).astype(np.float32)
    tag = "shared" if shared else "apart"
    path_a = make_clip(folder / f"cam_a_{tag}.mp4", frames=int(seconds * 25), fps=25, sound=a)
    path_b = make_clip(folder / f"cam_b_{tag}.mp4", frames=int(seconds * NTSC), fps=NTSC, sound=b)
    return path_a, path_b


def pair_frames(session_ms: int, offset_ms: int, seconds: float = 10.0) -> tuple[int | None, int | None]:
    """By hand, for ``camera_pair``: A (25 fps) shows floor(t / 40); B (29.97 fps) the last frame started by t - offset.

    A 29.97 fps frame i starts at i * 1001 / 30 ms, rounded to the millisecond as the timestamp table holds it.
    None where a camera is not recording.
    """
    a = session_ms // 40 if 0 <= session_ms < seconds * 1000 else None
    count = int(seconds * NTSC)
    local = session_ms - offset_ms
    if not 0 <= local < round(count * 1001 / 30):
        return a, None
    b = min(int(local * 30 // 1001) + 1, count - 1)
    while b > 0 and round(b * 1001 / 30) > local:
        b -= 1
    return a, b
