"""The sound track as a min/max envelope, at several zoom levels, for the timeline's waveform row.

The track is decoded once (mono, 16 kHz) into 10 ms bins; coarser levels pool four bins at a time,
so drawing any zoom costs at most a few thousand values.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import av
import numpy as np

from vig_annotator.media.probe import MediaError, open_container

RATE = 16_000
BIN_MS = 10
POOL = 4


@dataclass(frozen=True)
class Envelope:
    """Per-bin minima and maxima (-1..1) of the sound, level 0 = 10 ms bins, each next level 4× coarser."""

    levels: tuple[tuple[np.ndarray, np.ndarray], ...]
    duration_ms: int

    def bin_ms(self, level: int) -> int:
        return int(BIN_MS * POOL ** level)

    def span(self, start_ms: int, end_ms: int, bins: int) -> tuple[np.ndarray, np.ndarray]:
        """Minima and maxima for ``bins`` equal parts of [start_ms, end_ms) (zeros outside the track)."""
        bins = max(int(bins), 1)
        width = max(end_ms - start_ms, 1) / bins
        level = 0
        while level + 1 < len(self.levels) and self.bin_ms(level + 1) <= width:
            level += 1
        mins, maxs = self.levels[level]
        size = self.bin_ms(level)
        edges = np.floor((start_ms + np.arange(bins + 1) * width) / size).astype(np.int64)
        out_min = np.zeros(bins, np.float32)
        out_max = np.zeros(bins, np.float32)
        inside = (edges[:-1] >= 0) & (edges[:-1] < len(mins))
        if not inside.any():
            return out_min, out_max
        lo = np.clip(edges[:-1], 0, len(mins) - 1)
        hi = np.clip(np.maximum(edges[1:], edges[:-1] + 1), 1, len(mins))
        for i in np.flatnonzero(inside):  # bins are few (one per pixel)
            out_min[i] = mins[lo[i]:hi[i]].min()
            out_max[i] = maxs[lo[i]:hi[i]].max()
        return out_min, out_max

    def peak_times_ms(self, threshold: float = 0.3) -> list[int]:
        """Starts of loud stretches at level 0 (a burst's onset, to the nearest 10 ms bin)."""
        mins, maxs = self.levels[0]
        loud = np.maximum(np.abs(mins), np.abs(maxs)) >= threshold
        starts = np.flatnonzero(loud & ~np.concatenate(([False], loud[:-1])))
        return [int(i * BIN_MS) for i in starts]


def decode_mono(path: str | Path, progress: Callable[[float], None] | None = None,
                cancelled: Callable[[], bool] | None = None) -> np.ndarray | None:
    """The whole sound track as mono float32 at 16 kHz; None when the clip has no sound (or cancelled)."""
    container = open_container(path)
    try:
        if not container.streams.audio:
            return None
        stream = container.streams.audio[0]
        duration = float(stream.duration * stream.time_base) if stream.duration else 0.0
        resampler = av.AudioResampler(format="flt", layout="mono", rate=RATE)
        chunks: list[np.ndarray] = []
        for i, frame in enumerate(container.decode(stream)):
            for out in resampler.resample(frame):
                chunks.append(out.to_ndarray().reshape(-1))
            if i % 200 == 0:
                if cancelled is not None and cancelled():
                    return None
                if progress is not None and duration and frame.pts is not None:
                    progress(min(1.0, float(frame.pts * stream.time_base) / duration))
        for out in resampler.resample(None):
            chunks.append(out.to_ndarray().reshape(-1))
    except av.error.FFmpegError as exc:
        raise MediaError(f"{path}: the sound track cannot be decoded ({exc})") from None
    finally:
        container.close()
    if progress is not None:
        progress(1.0)
    return np.concatenate(chunks).astype(np.float32) if chunks else np.zeros(0, np.float32)


def envelope_of(samples: np.ndarray) -> Envelope:
    per_bin = RATE * BIN_MS // 1000
    n = max(1, -(-len(samples) // per_bin))
    padded = np.zeros(n * per_bin, np.float32)
    padded[: len(samples)] = samples
    blocks = padded.reshape(n, per_bin)
    levels = [(blocks.min(axis=1), blocks.max(axis=1))]
    while len(levels[-1][0]) > POOL:
        mins, maxs = levels[-1]
        m = -(-len(mins) // POOL) * POOL
        mins = np.pad(mins, (0, m - len(mins)), constant_values=0).reshape(-1, POOL).min(axis=1)
        maxs = np.pad(maxs, (0, m - len(maxs)), constant_values=0).reshape(-1, POOL).max(axis=1)
        levels.append((mins, maxs))
    return Envelope(tuple(levels), int(len(samples) * 1000 / RATE))


def compute_envelope(path: str | Path, progress: Callable[[float], None] | None = None,
                     cancelled: Callable[[], bool] | None = None) -> Envelope | None:
    """The clip's sound envelope; None when the clip has no sound or the work was cancelled."""
    samples = decode_mono(path, progress, cancelled)
    return None if samples is None else envelope_of(samples)
