"""Movement synchrony: windowed lagged cross-correlation of two motion series, with a surrogate test.

In each window the first series is correlated with the second shifted by every lag up to ±max lag; the
lag with the highest correlation says who leads (positive lag: the first series leads, the second
follows). Two summaries, each named: the mean of each window's peak r, and rMEA's/SUSY's mean Fisher z
of |r| over all lags and windows. The surrogate test shuffles the second series' window-long segments
to measure pseudo-synchrony — what two unrelated series of the same kind reach by chance (Ramseyer &
Tschacher). With N segments there are only N! orderings, so a clip with fewer than four windows is too
short to test: no p-value, effect or pseudo-synchrony is given for it, only the observed figures.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any

import numpy as np
from numpy.typing import NDArray

from vig_annotator.analysis import json_number as _num

FloatArray = NDArray[np.float64]
R_LIMIT = 0.999999  # |r| is capped here before Fisher's z, so a perfect window stays finite (z ≈ 7.25)
ALPHA = 0.05
TOO_SHORT = "too short to test"


def method_text(window_s: float, step_s: float, max_lag_s: float, rate_hz: float, surrogates: int,
                tested: bool = True) -> str:
    """How synchrony was computed, for a methods section; ``tested`` False: the clip was too short to test."""
    if not tested:
        return (f"windowed lagged cross-correlation (Pearson r) of the two motion series sampled at {rate_hz:g} Hz, "
                f"windows of {window_s:g} s every {step_s:g} s, lags ±{max_lag_s:g} s (positive lag: the first "
                "region leads); two summaries: mean peak r = mean over windows of each window's highest r, and mean "
                f"Fisher z of |r| = mean over windows and lags of artanh(|r|) (rMEA/SUSY; |r| capped at {R_LIMIT}); "
                f"no surrogate test: {TOO_SHORT} (fewer than four window-long segments to shuffle)")
    return (f"windowed lagged cross-correlation (Pearson r) of the two motion series sampled at {rate_hz:g} Hz, "
            f"windows of {window_s:g} s every {step_s:g} s, lags ±{max_lag_s:g} s (positive lag: the first region "
            f"leads); two summaries: mean peak r = mean over windows of each window's highest r, and mean Fisher z "
            f"of |r| = mean over windows and lags of artanh(|r|) (rMEA/SUSY; |r| capped at {R_LIMIT}); "
            f"pseudo-synchrony: {surrogates} shuffles of the second series' window-long segments, one-sided "
            "p = (1 + #surrogates ≥ observed) / (1 + surrogates) over the surrogates with a defined value; effect = "
            "observed − mean pseudo-synchrony; effect size (SUSY) = effect / SD of pseudo-synchrony")


def resample(times_ms: FloatArray, values: FloatArray, rate_hz: float) -> FloatArray:
    """The series on an even grid at ``rate_hz`` from its first time (linear interpolation; for variable rate)."""
    grid = np.arange(times_ms[0], times_ms[-1] + 1e-9, 1000 / rate_hz)
    return np.interp(grid, times_ms, values)


def frame_rate(times_ms: FloatArray) -> float:
    """The clip's typical frame rate (Hz) from its frame times: one over the median frame interval."""
    gaps = np.diff(times_ms)
    gaps = gaps[gaps > 0]
    if not len(gaps):
        raise ValueError("motion series: needs at least two frames with increasing times")
    return float(1000 / np.median(gaps))


def lagged_correlations(a: FloatArray, b: FloatArray, window: int, step: int, max_lag: int
                        ) -> tuple[NDArray[np.int64], FloatArray]:
    """Window starts (samples) and r[window, lag] for lags −max_lag … +max_lag: corr(a[t], b[t + lag])."""
    n = min(len(a), len(b))
    starts = np.arange(max_lag, n - window - max_lag + 1, step, dtype=np.int64)
    if window < 3 or not len(starts):
        raise ValueError(f"the series has {n} samples: a window of {window} samples with lags of ±{max_lag} needs "
                         f"at least {window + 2 * max_lag}")
    span = window + 2 * max_lag
    a_win = a[starts[:, None] + np.arange(window)[None, :]]
    b_ext = b[(starts - max_lag)[:, None] + np.arange(span)[None, :]]
    a_win = a_win - a_win.mean(axis=1, keepdims=True)
    b_ext = b_ext - b_ext.mean(axis=1, keepdims=True)
    size = 1 << int(np.ceil(np.log2(span + window)))
    cross = np.fft.irfft(np.fft.rfft(b_ext, size) * np.conj(np.fft.rfft(a_win, size)), size)[:, : 2 * max_lag + 1]
    csum = np.concatenate((np.zeros((len(starts), 1)), np.cumsum(b_ext, axis=1)), axis=1)
    csq = np.concatenate((np.zeros((len(starts), 1)), np.cumsum(b_ext * b_ext, axis=1)), axis=1)
    k = np.arange(2 * max_lag + 1)
    sb = csum[:, k + window] - csum[:, k]
    sbb = csq[:, k + window] - csq[:, k]
    var_b = sbb - sb * sb / window
    var_a = (a_win * a_win).sum(axis=1, keepdims=True)
    with np.errstate(divide="ignore", invalid="ignore"):
        r = cross / np.sqrt(var_a * var_b)
    r[~np.isfinite(r) | (var_b <= 1e-12 * np.maximum(1, sbb)) | (var_a <= 1e-12)] = np.nan
    return starts, np.clip(r, -1, 1)


def fisher_z_abs(r: FloatArray) -> float:
    """rMEA's/SUSY's summary: the mean over windows of each window's mean artanh(|r|) over lags (nan if none)."""
    z = np.arctanh(np.minimum(np.abs(r), R_LIMIT))
    valid = ~np.isnan(z)
    per_window = np.where(valid, z, 0).sum(axis=1) / np.maximum(valid.sum(axis=1), 1)
    return _mean(np.where(valid.any(axis=1), per_window, np.nan))


def _p_and_effect(observed: float, null: FloatArray) -> tuple[float, float, float]:
    """One-sided p, effect and effect size of ``observed`` against the defined surrogate values (nan if none)."""
    s = null[~np.isnan(null)]
    if not len(s) or np.isnan(observed):
        return float("nan"), float("nan"), float("nan")
    p = float((1 + np.sum(s >= observed)) / (1 + len(s)))
    effect = observed - float(s.mean())
    sd = float(s.std(ddof=1)) if len(s) > 1 else 0.0
    return p, effect, effect / sd if sd > 0 else float("nan")


def _peaks(r: FloatArray) -> tuple[FloatArray, NDArray[np.int64]]:
    """Each window's highest r and the index of its lag (nan/−1 for a window without movement)."""
    empty = np.all(np.isnan(r), axis=1)
    filled = np.where(np.isnan(r), -np.inf, r)
    idx = np.argmax(filled, axis=1)
    peak = np.where(empty, np.nan, filled[np.arange(len(r)), idx])
    return peak, np.where(empty, -1, idx)


@dataclass(frozen=True)
class Synchrony:
    """Windowed lagged cross-correlation of two series and its surrogate test."""

    rate_hz: float
    window_s: float
    step_s: float
    max_lag_s: float
    window_starts_s: FloatArray
    lags_s: FloatArray
    r: FloatArray
    surrogate_synchrony: FloatArray
    surrogate_fisher_z: FloatArray = field(default_factory=lambda: np.zeros(0))
    segments: int = 0

    @property
    def window_peak_r(self) -> FloatArray:
        return _peaks(self.r)[0]

    @property
    def window_peak_lag_s(self) -> FloatArray:
        peak, idx = _peaks(self.r)
        return np.where(idx >= 0, self.lags_s[np.maximum(idx, 0)], np.nan)

    @property
    def lag_profile(self) -> FloatArray:
        """Mean r over windows at each lag."""
        valid = ~np.isnan(self.r)
        sums = np.where(valid, self.r, 0).sum(axis=0)
        count = valid.sum(axis=0)
        return np.where(count > 0, sums / np.maximum(count, 1), np.nan)

    @property
    def lag_s(self) -> float:
        """The lag at which the mean correlation peaks (positive: the first series leads)."""
        profile = self.lag_profile
        return float("nan") if np.all(np.isnan(profile)) else float(self.lags_s[np.nanargmax(profile)])

    @property
    def peak_r(self) -> float:
        """The mean correlation at that lag."""
        profile = self.lag_profile
        return float("nan") if np.all(np.isnan(profile)) else float(np.nanmax(profile))

    @property
    def synchrony(self) -> float:
        """Mean over windows of each window's peak r: the figure the surrogate test judges."""
        return _mean(self.window_peak_r)

    @property
    def too_short(self) -> bool:
        """Too few window-long segments for the surrogate test: fewer than two, or too few orderings for p < .05."""
        return self.segments < 2 or (self.segments < 20 and 1 / math.factorial(self.segments) > ALPHA)

    @property
    def tested(self) -> bool:
        """Whether the surrogate test ran: shuffles were asked for and the clip is long enough."""
        return bool(len(self.surrogate_synchrony)) and not self.too_short

    def _test(self, observed: float, null: FloatArray) -> tuple[float, float, float]:
        """p, effect and effect size against the surrogates; all nan when the test did not run."""
        return _p_and_effect(observed, null) if self.tested else (float("nan"),) * 3

    @property
    def p_value(self) -> float:
        """One-sided p of the mean peak r against the surrogates (nan when not tested or no surrogate is defined)."""
        return self._test(self.synchrony, self.surrogate_synchrony)[0]

    @property
    def effect(self) -> float:
        """Synchrony beyond pseudo-synchrony: observed minus the mean of the surrogates."""
        return self._test(self.synchrony, self.surrogate_synchrony)[1]

    @property
    def fisher_z(self) -> float:
        """rMEA's/SUSY's summary: mean Fisher z of |r| over lags and windows."""
        return fisher_z_abs(self.r)

    @property
    def fisher_z_test(self) -> tuple[float, float, float]:
        """p, effect and SUSY's effect size of the mean Fisher z of |r| against its pseudo-synchrony."""
        return self._test(self.fisher_z, self.surrogate_fisher_z)

    @property
    def smallest_p(self) -> float:
        """The smallest p the surrogate test can give with this many segments: 1 / N! orderings (or the surrogates)."""
        if self.segments < 2:
            return float("nan")
        orderings = math.factorial(self.segments) if self.segments < 20 else math.inf
        return max(1 / orderings, 1 / (1 + len(self.surrogate_synchrony)))

    @property
    def note(self) -> str:
        """What the reader must know before reading the p-values ('' when nothing)."""
        if not len(self.surrogate_synchrony):
            return ""
        if self.segments < 2:
            return (f"{TOO_SHORT}: the clip holds {self.segments} window-long segment of {self.window_s:g} s, and "
                    "shuffling needs at least two; use a shorter window or a longer clip")
        if self.too_short:
            return (f"{TOO_SHORT}: {self.segments} window-long segments of {self.window_s:g} s have only "
                    f"{math.factorial(self.segments)} orderings, so p could not go below {self.smallest_p:.3f}; use "
                    "a shorter window or a longer clip")
        if self.smallest_p > ALPHA:
            return f"too few surrogates: with {len(self.surrogate_synchrony)} p cannot go below {self.smallest_p:.3f}"
        return ""

    @property
    def method(self) -> str:
        return method_text(self.window_s, self.step_s, self.max_lag_s, self.rate_hz, len(self.surrogate_synchrony),
                           not (self.too_short and len(self.surrogate_synchrony)))

    def as_dict(self) -> dict[str, Any]:
        """JSON-ready figures and the per-window series."""
        fz_p, fz_effect, fz_size = self.fisher_z_test
        test = TOO_SHORT if self.too_short and len(self.surrogate_synchrony) else (
            "tested" if self.tested else "not asked (no surrogates)")
        pseudo = self.surrogate_synchrony if self.tested else np.zeros(0)
        pseudo_z = self.surrogate_fisher_z if self.tested else np.zeros(0)
        return {"surrogate_test": test, "lag_s": _num(self.lag_s), "peak_r": _num(self.peak_r),
                "window_s": self.window_s,
                "step_s": self.step_s, "max_lag_s": self.max_lag_s, "rate_hz": round(self.rate_hz, 6),
                "synchrony": _num(self.synchrony), "surrogates": len(self.surrogate_synchrony),
                "surrogate_mean": _num(_mean(pseudo)),
                "effect": _num(self.effect), "p_value": _num(self.p_value),
                "effect_size": _num(self._test(self.synchrony, self.surrogate_synchrony)[2]),
                "fisher_z_abs": _num(self.fisher_z), "fisher_z_pseudo": _num(_mean(pseudo_z)),
                "fisher_z_effect": _num(fz_effect), "fisher_z_effect_size": _num(fz_size), "fisher_z_p": _num(fz_p),
                "segments": self.segments, "smallest_p": _num(self.smallest_p), "note": self.note,
                "method": self.method,
                "lag_profile": [{"lag_s": _num(float(lag)), "mean_r": _num(float(r))}
                                for lag, r in zip(self.lags_s, self.lag_profile, strict=True)],
                "windows": [{"start_s": _num(float(s)), "peak_r": _num(float(r)), "lag_s": _num(float(lag))}
                            for s, r, lag in zip(self.window_starts_s, self.window_peak_r,
                                                 self.window_peak_lag_s, strict=True)]}


def _mean(x: FloatArray) -> float:
    """Mean of the defined values (nan when there are none)."""
    x = x[~np.isnan(x)]
    return float(x.mean()) if len(x) else float("nan")



def synchrony(a: FloatArray, b: FloatArray, rate_hz: float, window_s: float = 30, max_lag_s: float = 5,
              step_s: float | None = None, surrogates: int = 200, seed: int = 0) -> Synchrony:
    """Synchrony of two evenly sampled series; positive lags mean ``a`` leads ``b``."""
    if not window_s > 0 or not max_lag_s >= 0 or (step_s is not None and not step_s > 0):
        raise ValueError(f"window {window_s:g} s, max lag {max_lag_s:g} s: expected a window above 0 s and a lag "
                         "of 0 s or more")
    if surrogates < 0:
        raise ValueError(f"surrogates: expected 0 or more, got {surrogates}")
    a = np.asarray(a, np.float64)
    b = np.asarray(b, np.float64)
    window = int(round(window_s * rate_hz))
    lag = int(round(max_lag_s * rate_hz))
    step = int(round((step_s or window_s) * rate_hz)) or 1
    starts, r = lagged_correlations(a, b, window, step, lag)
    rng = np.random.default_rng(seed)
    n = min(len(a), len(b))
    whole = n // window
    null = np.full(surrogates, np.nan)
    null_z = np.full(surrogates, np.nan)
    for i in range(surrogates if whole > 1 else 0):
        order = rng.permutation(whole)
        shuffled = np.concatenate((b[: whole * window].reshape(whole, window)[order].ravel(), b[whole * window: n]))
        shuffled_r = lagged_correlations(a[:n], shuffled, window, step, lag)[1]
        null[i] = _mean(_peaks(shuffled_r)[0])
        null_z[i] = fisher_z_abs(shuffled_r)
    return Synchrony(rate_hz, window_s, (step or 1) / rate_hz, lag / rate_hz, starts / rate_hz,
                     np.arange(-lag, lag + 1) / rate_hz, r, null, null_z, whole)
