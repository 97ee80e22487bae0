"""The offset between two recordings of one interaction, found from their sound.

Each sound track is decoded at its own rate, mixed to mono and reduced to a loudness envelope: log
RMS in 4 ms bins placed by each sample's time from the first video frame, the slow level taken away
so different microphones and gains still match. The envelopes are cross-correlated by FFT; the lag
of the highest normalised correlation (weighed by how much the clips overlap there, as short
overlaps match by chance) is the offset. Its confidence is that correlation's height times how far
it stands above the best match elsewhere: two clips that share no sound get a low confidence and a
message, never a confident wrong offset.
"""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import av
import numpy as np

from vig_annotator.media.probe import MediaError, open_container

BIN_S = 0.004  # envelope bins: 4 ms (a frame is 33–40 ms; the peak is refined to a fraction of a bin)
SLOW_S = 0.5  # the level trend taken away (a moving average this long)
EXCLUDE_S = 0.3  # around the best lag, the second-best match is looked for outside this
MIN_OVERLAP_S = 4.0
LOW_CONFIDENCE = 0.3
BATCH = 64  # decoded audio frames reduced to bins at once


@dataclass(frozen=True)
class Alignment:
    """Where clip B's start falls in clip A's time, and how sure that is."""

    offset_s: float
    """Positive when B starts later in the interaction than A (B's time 0 is A's ``offset_s``)."""
    confidence: float
    """0..1: the match's correlation times its margin over the next-best match."""
    correlation: float
    second: float
    message: str = ""

    @property
    def reliable(self) -> bool:
        return self.confidence >= LOW_CONFIDENCE

    @property
    def offset_ms(self) -> int:
        return round(self.offset_s * 1000)

    def to_json(self) -> dict[str, object]:
        return {"offset_s": round(self.offset_s, 4), "confidence": round(self.confidence, 3),
                "correlation": round(self.correlation, 3), "second_best": round(self.second, 3),
                "reliable": self.reliable, "message": self.message}


def sound_energy(path: str | Path, cancelled: Callable[[], bool] | None = None) -> np.ndarray:
    """A clip's sound as mean power per 4 ms bin, bin 0 at the first video frame; MediaError if it has none.

    Decoded at the track's own rate (no resampling: the bins are placed by each sample's time), mixed to mono.
    """
    container = open_container(path)
    try:
        if not container.streams.audio:
            raise MediaError(f"{path}: has no sound track, so it cannot be aligned by sound; "
                             "mark the same event in each, or type the offset")
        stream = container.streams.audio[0]
        stream.thread_type = "AUTO"
        video = container.streams.video[0] if container.streams.video else None
        origin = float(video.start_time * video.time_base) if video is not None and video.start_time is not None \
            else 0.0
        sums = np.zeros(1 << 16)
        counts = np.zeros(1 << 16)
        pending: list[np.ndarray] = []
        start_s: float | None = None
        rate = 0
        done = 0  # samples reduced so far

        def reduce() -> None:
            """Add the pending samples' power to their bins (one pass: a running sum read at the bin edges)."""
            nonlocal sums, counts, done
            if not pending:
                return
            mono = np.concatenate(pending)
            pending.clear()
            assert start_s is not None
            n = len(mono)
            first_s, last_s = start_s + done / rate, start_s + (done + n - 1) / rate
            k0, k1 = max(0, int(np.floor(first_s / BIN_S))), int(np.floor(last_s / BIN_S))
            if k1 >= k0:
                if k1 + 1 > len(sums):
                    grow = max(k1 + 1, 2 * len(sums))
                    sums = np.concatenate((sums, np.zeros(grow - len(sums))))
                    counts = np.concatenate((counts, np.zeros(grow - len(counts))))
                ks = np.arange(k0, k1 + 2)
                edges = np.clip(np.ceil((ks * BIN_S - start_s) * rate - 1e-6).astype(np.int64) - done, 0, n)
                running = np.concatenate(([0.0], np.cumsum(mono.astype(np.float64) ** 2)))
                sums[k0:k1 + 1] += running[edges[1:]] - running[edges[:-1]]
                counts[k0:k1 + 1] += np.diff(edges)
            done += n

        for frame in container.decode(stream):
            if start_s is None:
                rate = frame.sample_rate
                start_s = (float(frame.time) if frame.time is not None else 0.0) - origin
            data = frame.to_ndarray()
            channels = len(frame.layout.channels)
            if frame.format.is_planar:
                mono = data.mean(axis=0) if data.shape[0] > 1 else data[0]
            else:
                mono = data.reshape(-1, channels).mean(axis=1) if channels > 1 else data.reshape(-1)
            if mono.dtype.kind == "i":
                mono = mono / float(np.iinfo(mono.dtype).max)
            pending.append(np.asarray(mono, np.float32))
            if len(pending) >= BATCH:
                reduce()
                if cancelled is not None and cancelled():
                    raise InterruptedError("alignment cancelled")
        reduce()
    except av.error.FFmpegError as exc:
        raise MediaError(f"{path}: the sound track cannot be decoded ({exc})") from None
    finally:
        container.close()
    last = int(np.flatnonzero(counts)[-1]) + 1 if counts.any() else 0
    return sums[:last] / np.maximum(counts[:last], 1)


def envelope(power: np.ndarray) -> np.ndarray:
    """Loudness per bin (log RMS), slow level removed, scaled to mean 0 and s.d. 1."""
    n = len(power)
    if n == 0:
        return np.zeros(0)
    loud = np.log(np.sqrt(power) + 1e-4)
    width = max(1, int(SLOW_S / BIN_S))
    padded = np.concatenate((np.full(width // 2, loud[0]), loud, np.full(width - width // 2, loud[-1])))
    running = np.cumsum(np.concatenate(([0.0], padded)))
    trend = (running[width:width + n] - running[:n]) / width
    env = loud - trend
    sd = env.std()
    return (env - env.mean()) / sd if sd > 1e-9 else np.zeros(n)


def _correlate(a: np.ndarray, b: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """For every lag k (B's start in A's bins): mean of a[n + k] * b[n] over the overlap, and the lags."""
    size = 1 << int(np.ceil(np.log2(len(a) + len(b))))
    spec = np.fft.rfft(a, size) * np.conj(np.fft.rfft(b, size))
    full = np.fft.irfft(spec, size)
    lags = np.arange(-(len(b) - 1), len(a))
    values = full[lags % size]
    overlap = np.minimum(len(a), lags + len(b)) - np.maximum(0, lags)
    return values / np.maximum(overlap, 1), lags


def align_sounds(a: np.ndarray, b: np.ndarray) -> Alignment:
    """The offset of sound ``b`` in sound ``a`` (both as power per 4 ms bin) with its confidence."""
    ea, eb = envelope(a), envelope(b)
    shorter = min(len(ea), len(eb))
    if shorter * BIN_S < 1.0:
        return Alignment(0.0, 0.0, 0.0, 0.0, "the sound is shorter than a second: too short to align")
    corr, lags = _correlate(ea, eb)
    overlap = np.minimum(len(ea), lags + len(eb)) - np.maximum(0, lags)
    need = min(MIN_OVERLAP_S / BIN_S, 0.5 * shorter)
    # A short overlap matches by chance more easily: weigh each lag's correlation by how much it overlaps.
    corr = np.where(overlap >= need, corr * np.sqrt(np.minimum(1.0, overlap / shorter)), -np.inf)
    best = int(np.argmax(corr))
    peak = float(corr[best])
    away = np.abs(lags - lags[best]) > EXCLUDE_S / BIN_S
    second = float(corr[away].max()) if away.any() and np.isfinite(corr[away]).any() else 0.0
    second = max(second, 0.0)
    # Refine to a fraction of a bin from the parabola through the peak and its neighbours.
    shift = 0.0
    if 0 < best < len(corr) - 1 and np.isfinite(corr[best - 1]) and np.isfinite(corr[best + 1]):
        y0, y1, y2 = corr[best - 1], corr[best], corr[best + 1]
        denom = y0 - 2 * y1 + y2
        shift = float(0.5 * (y0 - y2) / denom) if denom < 0 else 0.0
    offset = (lags[best] + shift) * BIN_S
    height = max(0.0, min(1.0, peak))
    margin = max(0.0, 1.0 - second / peak) if peak > 0 else 0.0
    confidence = height * margin
    message = ""
    if confidence < LOW_CONFIDENCE:
        message = (f"no shared sound found (best correlation {peak:.2f}, next best {second:.2f}); the offset "
                   "is not trustworthy: mark the same event in each clip or type the offset")
    return Alignment(float(offset), float(confidence), peak, second, message)


def align(path_a: str | Path, path_b: str | Path, cancelled: Callable[[], bool] | None = None) -> Alignment:
    """The offset of clip B in clip A, from their sound (both decoded at once: PyAV frees the GIL)."""
    with ThreadPoolExecutor(max_workers=2) as pool:
        fa = pool.submit(sound_energy, path_a, cancelled)
        fb = pool.submit(sound_energy, path_b, cancelled)
        a, b = fa.result(), fb.result()
    if cancelled is not None and cancelled():
        raise InterruptedError("alignment cancelled")
    return align_sounds(a, b)
