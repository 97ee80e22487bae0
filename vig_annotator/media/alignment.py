"""The offset between two recordings of one interaction, found from their sound.

Each sound track is decoded mono at a low rate and reduced to a loudness envelope (log RMS in 2 ms
bins, its slow level taken away, so different microphones and gains still match). The envelopes are
cross-correlated by FFT; the lag of the highest normalised correlation is the offset. Its confidence
is that correlation's height times how far it stands above the best match elsewhere: two clips that
share no sound get a low confidence and a message, never a confident wrong offset.
"""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import av
import numpy as np

from vig_annotator.media.probe import MediaError, open_container

RATE = 8_000
BIN = 16  # samples per envelope bin: 2 ms at 8 kHz
BIN_S = BIN / RATE
SLOW_S = 0.5  # the level trend taken away (a moving average this long)
EXCLUDE_S = 0.3  # around the best lag, the second-best match is looked for outside this
MIN_OVERLAP_S = 4.0
LOW_CONFIDENCE = 0.3


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


def decode_sound(path: str | Path, cancelled: Callable[[], bool] | None = None) -> np.ndarray:
    """A clip's sound, mono at 8 kHz; MediaError (naming the file) when it has none."""
    container = open_container(path)
    try:
        if not container.streams.audio:
            raise MediaError(f"{path}: has no sound track, so it cannot be aligned by sound; "
                             "mark the same event in each, or type the offset")
        stream = container.streams.audio[0]
        stream.thread_type = "AUTO"
        resampler = av.AudioResampler(format="flt", layout="mono", rate=RATE)
        chunks: list[np.ndarray] = []
        for i, frame in enumerate(container.decode(stream)):
            for out in resampler.resample(frame):
                chunks.append(out.to_ndarray().reshape(-1))
            if cancelled is not None and i % 500 == 0 and cancelled():
                raise InterruptedError("alignment cancelled")
        for out in resampler.resample(None):
            chunks.append(out.to_ndarray().reshape(-1))
    except av.error.FFmpegError as exc:
        raise MediaError(f"{path}: the sound track cannot be decoded ({exc})") from None
    finally:
        container.close()
    return np.concatenate(chunks).astype(np.float32) if chunks else np.zeros(0, np.float32)


def envelope(samples: np.ndarray) -> np.ndarray:
    """Loudness in 2 ms bins (log RMS), slow level removed, scaled to mean 0 and s.d. 1."""
    n = len(samples) // BIN
    if n == 0:
        return np.zeros(0)
    blocks = samples[: n * BIN].astype(np.float64).reshape(n, BIN)
    loud = np.log(np.sqrt((blocks * blocks).mean(axis=1)) + 1e-4)
    width = max(1, int(SLOW_S / BIN_S))
    kernel = np.ones(width) / width
    trend = np.convolve(np.pad(loud, (width // 2, width - 1 - width // 2), mode="edge"), kernel, mode="valid")
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
    """The offset of sound ``b`` in sound ``a`` (both mono at 8 kHz) with its confidence."""
    ea, eb = envelope(a), envelope(b)
    shorter = min(len(ea), len(eb))
    if shorter * BIN_S < 1.0:
        return Alignment(0.0, 0.0, 0.0, 0.0, "the sound is shorter than a second: too short to align")
    corr, lags = _correlate(ea, eb)
    overlap = np.minimum(len(ea), lags + len(eb)) - np.maximum(0, lags)
    need = min(MIN_OVERLAP_S / BIN_S, 0.5 * shorter)
    corr = np.where(overlap >= need, corr, -np.inf)
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
        fa = pool.submit(decode_sound, path_a, cancelled)
        fb = pool.submit(decode_sound, path_b, cancelled)
        a, b = fa.result(), fb.result()
    if cancelled is not None and cancelled():
        raise InterruptedError("alignment cancelled")
    return align_sounds(a, b)
