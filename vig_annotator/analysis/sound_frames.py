"""Loudness and spectral shape of a sound, frame by frame, at a pitch track's frame times.

Three numbers per 10 ms frame (a 25 ms Hann window centred on the frame): loudness in dB (full scale),
spectral centroid in Hz, and spectral tilt in dB (energy at 1–4 kHz against 0–1 kHz). Infants' short vocal
tracts put their formants higher than adults' (Kent & Murray 1982), which raises centroid and tilt; adult
speech alternates voiced vowels with unvoiced consonants, whose energy sits high. Plain numpy, no new library.
Each value is rounded to a 16-bit float (what the project keeps: 3 × 2 bytes per frame).
"""

from __future__ import annotations

import numpy as np

WINDOW_MS = 25
CHUNK = 4096
"""Frames analysed at once (keeps memory to a few megabytes on an hour-long track)."""
QUIET_DB = -120.0


def frame_features(samples: np.ndarray, rate: int, times_ms: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Loudness (dB FS), spectral centroid (Hz) and tilt (dB) at each of ``times_ms``."""
    samples = np.asarray(samples, dtype=np.float32)
    n = len(times_ms)
    loudness, centroid, tilt = np.full(n, QUIET_DB), np.zeros(n), np.zeros(n)
    width = max(int(rate * WINDOW_MS / 1000), 16)
    if n == 0 or len(samples) == 0:
        return loudness, centroid, tilt
    half = width // 2
    padded = np.concatenate((np.zeros(half, np.float32), samples, np.zeros(width, np.float32)))
    windows = np.lib.stride_tricks.sliding_window_view(padded, width)
    centres = np.clip(np.round(np.asarray(times_ms) * rate / 1000).astype(np.int64), 0, len(samples) - 1)
    hann = np.hanning(width).astype(np.float32)
    gain = float(np.mean(hann.astype(np.float64) ** 2))
    size = 1 << int(np.ceil(np.log2(width)))
    freqs = np.fft.rfftfreq(size, 1 / rate)
    low, high = freqs < 1000, (freqs >= 1000) & (freqs < 4000)
    for a in range(0, n, CHUNK):
        frames = windows[centres[a:a + CHUNK]] * hann
        power = np.abs(np.fft.rfft(frames, size, axis=1)) ** 2
        total = power.sum(axis=1)
        loud = total > 1e-12
        ms = np.mean(frames.astype(np.float64) ** 2, axis=1) / gain  # the window's own power taken out
        loudness[a:a + CHUNK] = np.where(ms > 1e-12, 10 * np.log10(np.maximum(ms, 1e-12)), QUIET_DB)
        centroid[a:a + CHUNK] = np.where(loud, (power @ freqs) / np.maximum(total, 1e-12), 0.0)
        low_e, high_e = power[:, low].sum(axis=1), power[:, high].sum(axis=1)
        tilt[a:a + CHUNK] = np.where(loud, 10 * np.log10((high_e + 1e-12) / (low_e + 1e-12)), 0.0)
    return half_precision(loudness), half_precision(centroid), half_precision(tilt)


def half_precision(values: np.ndarray) -> np.ndarray:
    """Values rounded as the project keeps them (16-bit floats), so a kept track classifies exactly as computed."""
    return np.asarray(values, dtype=np.float16).astype(np.float64)
