"""Time-window contingency: how often a target code starts within a window after a given code starts.

The rate is set beside the base rate of the target in windows at random times (the conditional-rate
measure, not Beebe's lagged regression: see ``contingency_series``), and a time-shift permutation test
says whether the rate exceeds what chance alignment of two unrelated series gives. Two surrogates:
the target series shifted circularly within the whole session, or (trend-robust) within blocks, so a
trend both partners share stays aligned. Shifts shorter than the window's end are left out: they would
re-create the alignment being tested.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np
from numpy.typing import NDArray

from vig_annotator.analysis import Event
from vig_annotator.analysis import json_number as _num

FloatArray = NDArray[np.float64]
METHOD = ("time-window contingency (conditional rate against base rate): a given event counts as responded "
          "when a target onset falls more than {w0:g} s and at most {w1:g} s after its onset; base rate = "
          "probability that a window of the same span at a uniformly random time holds a target onset (computed "
          "exactly); p-value from a time-shift permutation test ({n} {surrogate}, shifts of at least {w1:g} s "
          "(the window's end) so no shift re-creates the alignment tested; one-sided, (1 + #shifts ≥ observed) / "
          "(1 + shifts))")
SURROGATES = ("circular", "blocks")
_CHUNK = 2_000_000  # shifted onsets searched at once, to keep memory flat


@dataclass(frozen=True)
class SessionEvents:
    """One session's events and the observed time span (ms) the events were coded in."""

    events: Sequence[Event]
    span_ms: tuple[int, int]
    label: str = ""


@dataclass(frozen=True)
class Contingency:
    """The figures of one contingency analysis (one session, or several pooled)."""

    given: str
    target: str
    window_s: tuple[float, float]
    n_given: int
    n_target: int
    n_responded: int
    rate: float
    base_rate: float
    p_value: float
    permutations: int
    seed: int
    latencies_s: tuple[float, ...] = field(repr=False)
    label: str = ""
    surrogate: str = "circular"
    block_s: float | None = None
    p_floor: float = float("nan")

    @property
    def ratio(self) -> float:
        """Rate over base rate (nan when the base rate is 0)."""
        return self.rate / self.base_rate if self.base_rate > 0 else float("nan")

    @property
    def median_latency_s(self) -> float:
        return float(np.median(self.latencies_s)) if self.latencies_s else float("nan")

    @property
    def latency_iqr_s(self) -> tuple[float, float]:
        if not self.latencies_s:
            return (float("nan"), float("nan"))
        q1, q3 = np.percentile(self.latencies_s, [25, 75])
        return (float(q1), float(q3))

    @property
    def testable(self) -> bool:
        """Whether the session is long enough for the test to reach p ≤ .05 even if every onset were answered."""
        return bool(np.isfinite(self.p_floor) and self.p_floor <= 0.05)

    @property
    def note(self) -> str:
        """What the reader must know before reading the p-value ('' when nothing)."""
        if not self.n_given or not self.permutations:
            return ""
        if not np.isfinite(self.p_floor):
            return (f"too short to test: no time shift of at least {self.window_s[1]:g} s fits in the "
                    + ("blocks" if self.surrogate == "blocks" else "session"))
        if not self.testable:
            return (f"too short to test: even if every {self.given} onset were answered, p could not go below "
                    f"{self.p_floor:.3f} with this window and session length")
        return ""

    @property
    def method(self) -> str:
        surrogate = ("circular shifts of the target onsets within each session" if self.surrogate == "circular" else
                     f"circular shifts of the target onsets within each {self.block_s:g}-s block of each session "
                     "(trend-robust: a trend both partners share stays aligned)")
        return METHOD.format(w0=self.window_s[0], w1=self.window_s[1], n=self.permutations, surrogate=surrogate)

    def as_dict(self) -> dict[str, Any]:
        """JSON-ready figures under the names the command line prints."""
        q1, q3 = self.latency_iqr_s
        return {"label": self.label, "given": self.given, "target": self.target, "window_s": list(self.window_s),
                "n_given": self.n_given, "n_target": self.n_target, "n_responded": self.n_responded,
                "rate": _num(self.rate), "base_rate": _num(self.base_rate), "ratio": _num(self.ratio),
                "p_value": _num(self.p_value), "permutations": self.permutations, "seed": self.seed,
                "median_latency_s": _num(self.median_latency_s), "latency_q1_s": _num(q1),
                "latency_q3_s": _num(q3), "latencies_s": list(self.latencies_s), "surrogate": self.surrogate,
                "block_s": self.block_s, "p_floor": _num(self.p_floor), "testable": self.testable,
                "note": self.note, "method": self.method}



def onsets(events: Sequence[Event], code: str) -> FloatArray:
    """The sorted onsets (ms) of one code's events."""
    return np.sort(np.fromiter((e[1] for e in events if e[0] == code), np.float64))


def responses(given: FloatArray, target: FloatArray, window_ms: tuple[float, float]) -> FloatArray:
    """Per given onset, the latency (ms) of the first target onset in the window after it, nan if none."""
    w0, w1 = window_ms
    idx = np.searchsorted(target, given + w0, side="right")
    found = idx < len(target)
    latency = np.full(len(given), np.nan)
    hit = target[idx[found]] - given[found]
    latency[np.flatnonzero(found)[hit <= w1]] = hit[hit <= w1]
    return latency


def base_rate(target: FloatArray, window_ms: tuple[float, float], span_ms: tuple[float, float]) -> float:
    """Probability that the window after a uniformly random time (window inside the span) holds a target onset.

    A time x qualifies when some target t has x + w0 < t ≤ x + w1, i.e. x ∈ [t − w1, t − w0): the answer is
    the length of the union of those intervals within the allowed start times, over that range.
    """
    w0, w1 = window_ms
    lo, hi = span_ms[0], span_ms[1] - w1
    if hi <= lo:
        return float("nan")
    starts = np.clip(target - w1, lo, hi)
    ends = np.clip(target - w0, lo, hi)
    if len(starts) == 0:
        return 0.0
    reach = np.maximum.accumulate(ends)  # intervals are sorted by start and all the same length
    before = np.concatenate(([lo], reach[:-1]))
    covered = np.clip(ends - np.maximum(starts, before), 0, None).sum()
    return float(covered / (hi - lo))


def _shifted_counts(given: FloatArray, target: FloatArray, window_ms: tuple[float, float],
                    span_ms: tuple[float, float], shifts: FloatArray) -> NDArray[np.int64]:
    """Responded counts with the target series shifted circularly by each shift (targets wrap in the span)."""
    lo, hi = span_ms
    length = hi - lo
    w0, w1 = window_ms
    if len(given) == 0 or len(target) == 0 or length <= 0:
        return np.zeros(len(shifts), np.int64)
    # shifting the targets forward by s is the same as shifting the given onsets back by s
    ring = np.concatenate((target - length, target, target + length))
    counts = np.empty(len(shifts), np.int64)
    per = max(1, _CHUNK // len(given))
    for a in range(0, len(shifts), per):
        chunk = shifts[a:a + per]
        moved = lo + np.mod(given[None, :] - lo - chunk[:, None], length)
        idx = np.searchsorted(ring, moved + w0, side="right")
        near = ring[np.minimum(idx, len(ring) - 1)]
        counts[a:a + len(chunk)] = ((idx < len(ring)) & (near - moved <= w1)).sum(axis=1)
    return counts


def check_window(window_ms: tuple[float, float]) -> None:
    """Refuse a window that does not start at or after 0 and end after it starts."""
    w0, w1 = window_ms
    if not (np.isfinite(w0) and np.isfinite(w1)) or w0 < 0 or w1 <= w0:
        raise ValueError(f"window {w0 / 1000:g}-{w1 / 1000:g} s: expected START-END in seconds with "
                         "0 ≤ START < END")


def _block_counts(given: FloatArray, target: FloatArray, window_ms: tuple[float, float],
                  span_ms: tuple[float, float], block_ms: float, rng: np.random.Generator, n: int) -> NDArray[np.int64]:
    """Responded counts with the targets of each block shifted circularly within their block (n draws)."""
    lo, hi = span_ms
    blocks = max(1, int(round((hi - lo) / block_ms)))
    size = (hi - lo) / blocks
    which = np.minimum(((target - lo) // size).astype(np.int64), blocks - 1)
    base = lo + which * size
    counts = np.empty(n, np.int64)
    for i in range(n):
        shift = rng.uniform(window_ms[1], size - window_ms[1], blocks)[which]
        moved = np.sort(base + np.mod(target - base + shift, size))
        counts[i] = int(np.count_nonzero(~np.isnan(responses(given, moved, window_ms))))
    return counts


def contingency(sessions: Sequence[SessionEvents], given: str, target: str, window_ms: tuple[float, float],
                permutations: int = 1000, seed: int = 0, label: str = "", surrogate: str = "circular",
                block_ms: float = 60_000) -> Contingency:
    """Contingency of ``target`` on ``given`` over one or more sessions (counts pooled, shifts per session).

    ``surrogate``: "circular" shifts each session's targets as a whole; "blocks" shifts them within blocks of
    ``block_ms`` (trend-robust). Either way a shift is at least the window's end.
    """
    check_window(window_ms)
    if permutations < 0:
        raise ValueError(f"permutations: expected 0 or more, got {permutations}")
    if surrogate not in SURROGATES:
        raise ValueError(f"surrogate {surrogate!r}: expected one of {', '.join(SURROGATES)}")
    if surrogate == "blocks" and not block_ms > 2 * window_ms[1]:
        raise ValueError(f"block {block_ms / 1000:g} s: expected more than twice the window's end "
                         f"({2 * window_ms[1] / 1000:g} s)")
    rng = np.random.default_rng(seed)
    null = np.zeros(permutations, np.int64)
    observed_null_scale = 0
    n_given = n_target = 0
    expected = 0.0
    latencies: list[FloatArray] = []
    testable = True
    for s in sessions:
        g, t = onsets(s.events, given), onsets(s.events, target)
        span = (float(s.span_ms[0]), float(s.span_ms[1]))
        lat = responses(g, t, window_ms)
        latencies.append(lat[~np.isnan(lat)])
        n_given += len(g)
        n_target += len(t)
        rate0 = base_rate(t, window_ms, span)
        expected += (0.0 if np.isnan(rate0) else rate0) * len(g)
        length = max(span[1] - span[0], 0)
        if surrogate == "circular":
            observed_null_scale += int(_shifted_counts(g, t, window_ms, span, np.zeros(1))[0])
            if length <= 2 * window_ms[1]:
                testable = testable and not len(g)
                continue
            shifts = rng.uniform(window_ms[1], length - window_ms[1], permutations)
            null += _shifted_counts(g, t, window_ms, span, shifts)
        else:
            observed_null_scale += int(np.count_nonzero(~np.isnan(lat)))
            if length / max(1, round(length / block_ms)) <= 2 * window_ms[1]:
                testable = testable and not len(g)
                continue
            null += _block_counts(g, t, window_ms, span, block_ms, rng, permutations)
    lat_all = np.concatenate(latencies) if latencies else np.zeros(0)
    n_responded = len(lat_all)
    ok = bool(n_given and permutations and testable)
    p = (1 + int((null >= observed_null_scale).sum())) / (1 + permutations) if ok else float("nan")
    floor = (1 + int((null >= n_given).sum())) / (1 + permutations) if ok else float("nan")
    return Contingency(
        given=given, target=target, window_s=(window_ms[0] / 1000, window_ms[1] / 1000), n_given=n_given,
        n_target=n_target, n_responded=n_responded, rate=n_responded / n_given if n_given else float("nan"),
        base_rate=expected / n_given if n_given else float("nan"), p_value=p, permutations=permutations,
        seed=seed, latencies_s=tuple(float(x) for x in np.round(lat_all / 1000, 6)), label=label,
        surrogate=surrogate, block_s=block_ms / 1000 if surrogate == "blocks" else None, p_floor=floor)
