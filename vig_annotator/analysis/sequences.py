"""Lag-sequential analysis (Bakeman & Quera): which codes follow which, beyond what their frequencies predict.

Events are ordered by onset; lag k pairs each event with the k-th event after it, optionally only when
that one starts within a time limit (time-based transitions). From the counts come expected counts,
transitional probabilities, adjusted residuals (z), odds ratios with 95 % CIs and Yule's Q — per
session and pooled (counts summed over sessions).
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
IntArray = NDArray[np.int64]
Z95 = 1.959963984540054


def method_text(lag: int, max_gap_s: float | None) -> str:
    """How the transitions were counted and the statistics computed, for a methods section."""
    pairing = (f"each event paired with the event {lag} later in onset order" if max_gap_s is None else
               f"each event paired with the event {lag} later in onset order when that one starts at most "
               f"{max_gap_s:g} s after it (time-based)")
    return (f"lag-sequential analysis (Bakeman & Quera), lag {lag}: {pairing}; events of codes outside the "
            "chosen set are left out of the sequence; expected = row total × column total / N; adjusted "
            "residual z = (O − E) / √(E (1 − row/N)(1 − col/N)); odds ratio from each pair's 2×2 table "
            "(0.5 added to every cell when one is empty) with a 95 % Wald CI; Yule's Q = (ad − bc)/(ad + bc); "
            "pooled = counts summed over sessions")


def sequence_of(events: Sequence[Event], codes: Sequence[str]) -> tuple[IntArray, FloatArray]:
    """The chosen codes' events in onset order (ties by code order): code indices and onsets (ms)."""
    index = {c: i for i, c in enumerate(codes)}
    kept = [(index[e[0]], e[1]) for e in events if e[0] in index]
    if not kept:
        return np.zeros(0, np.int64), np.zeros(0)
    arr = np.array(kept, dtype=np.float64)
    order = np.lexsort((arr[:, 0], arr[:, 1]))
    return arr[order, 0].astype(np.int64), arr[order, 1]


def transition_counts(events: Sequence[Event], codes: Sequence[str], lag: int = 1,
                      max_gap_ms: float | None = None) -> IntArray:
    """Counts of (given → target) at the lag: rows are given codes, columns target codes."""
    if lag < 1:
        raise ValueError(f"lag: expected 1 or more, got {lag}")
    if max_gap_ms is not None and not max_gap_ms > 0:
        raise ValueError(f"time window: expected more than 0 s, got {max_gap_ms / 1000:g}")
    k = len(codes)
    idx, at = sequence_of(events, codes)
    given, target = idx[:-lag], idx[lag:]
    if max_gap_ms is not None:
        close = (at[lag:] - at[:-lag]) <= max_gap_ms
        given, target = given[close], target[close]
    return np.bincount(given * k + target, minlength=k * k).reshape(k, k).astype(np.int64)


@dataclass(frozen=True)
class TableStatistics:
    """Every statistic of one transition table, as K×K arrays (nan where undefined)."""

    observed: IntArray
    expected: FloatArray
    transitional_probability: FloatArray
    adjusted_residual: FloatArray
    odds_ratio: FloatArray
    odds_ratio_ci: tuple[FloatArray, FloatArray]
    yules_q: FloatArray


def table_statistics(observed: IntArray) -> TableStatistics:
    """Expected counts, transitional probabilities, adjusted residuals, odds ratios and Yule's Q of a table."""
    o = observed.astype(np.float64)
    n = o.sum()
    rows = o.sum(axis=1, keepdims=True)
    cols = o.sum(axis=0, keepdims=True)
    with np.errstate(divide="ignore", invalid="ignore"):
        expected = rows * cols / n if n else np.full_like(o, np.nan)
        prob = np.where(rows > 0, o / rows, np.nan)
        z = (o - expected) / np.sqrt(expected * (1 - rows / n) * (1 - cols / n))
        a, b, c = o, rows - o, cols - o
        d = n - rows - cols + o
        q = (a * d - b * c) / (a * d + b * c)
        shift = np.where((a == 0) | (b == 0) | (c == 0) | (d == 0), 0.5, 0.0)
        a2, b2, c2, d2 = a + shift, b + shift, c + shift, d + shift
        log_or = np.log(a2 * d2 / (b2 * c2))
        se = np.sqrt(1 / a2 + 1 / b2 + 1 / c2 + 1 / d2)
    z = np.where(np.isfinite(z), z, np.nan)
    return TableStatistics(observed, expected, prob, z, np.exp(log_or),
                           (np.exp(log_or - Z95 * se), np.exp(log_or + Z95 * se)), q)


@dataclass(frozen=True)
class Transitions:
    """A transition table with its statistics, for one session or pooled over several."""

    codes: tuple[str, ...]
    lag: int
    max_gap_s: float | None
    stats: TableStatistics
    label: str = ""
    per_session: tuple[Transitions, ...] = field(default=(), repr=False)

    @property
    def n(self) -> int:
        return int(self.stats.observed.sum())

    @property
    def method(self) -> str:
        return method_text(self.lag, self.max_gap_s)

    def pairs(self) -> list[dict[str, Any]]:
        """One JSON-ready row per (given, target) pair, with each session's values beside the pooled ones."""
        s = self.stats
        lo, hi = s.odds_ratio_ci
        out = []
        for i, g in enumerate(self.codes):
            for j, t in enumerate(self.codes):
                row: dict[str, Any] = {
                    "given": g, "target": t, "observed": int(s.observed[i, j]), "expected": _num(s.expected[i, j]),
                    "transitional_probability": _num(s.transitional_probability[i, j]),
                    "adjusted_residual": _num(s.adjusted_residual[i, j]), "odds_ratio": _num(s.odds_ratio[i, j]),
                    "odds_ratio_ci95": [_num(lo[i, j]), _num(hi[i, j])], "yules_q": _num(s.yules_q[i, j])}
                if self.per_session:
                    row["per_session"] = [
                        {"session": p.label, "observed": int(p.stats.observed[i, j]),
                         "expected": _num(p.stats.expected[i, j]),
                         "adjusted_residual": _num(p.stats.adjusted_residual[i, j]),
                         "yules_q": _num(p.stats.yules_q[i, j])} for p in self.per_session]
                out.append(row)
        return out



def transitions(sessions: Sequence[tuple[str, Sequence[Event]]], codes: Sequence[str], lag: int = 1,
                max_gap_ms: float | None = None) -> Transitions:
    """Transitions among ``codes`` over (label, events) sessions; with several, pooled with each session beside."""
    if len(codes) < 2:
        raise ValueError(f"codes: expected at least two codes, got {len(codes)}")
    if len(set(codes)) != len(codes):
        raise ValueError("codes: a code is listed twice")
    max_gap_s = None if max_gap_ms is None else max_gap_ms / 1000
    each = [Transitions(tuple(codes), lag, max_gap_s,
                        table_statistics(transition_counts(events, codes, lag, max_gap_ms)), label)
            for label, events in sessions]
    if len(each) == 1:
        return each[0]
    pooled = np.sum([t.stats.observed for t in each], axis=0).astype(np.int64)
    return Transitions(tuple(codes), lag, max_gap_s, table_statistics(pooled), "pooled", tuple(each))
