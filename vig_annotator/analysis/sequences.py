"""Lag-sequential analysis of event sequences (Bakeman & Quera; GSEQ's conventions).

Events are grouped by onset: events starting at the same instant co-occur (lag 0) and are never a
transition in either direction. Lag k pairs every event with every event of the k-th onset after its
own, optionally only when that one starts within a time limit ("event lag with a maximum gap"). Codes
outside the chosen set stay in the sequence as one residual category, ``(other)``, unless left out.
From the counts come expected counts (by iterative proportional fitting when codes cannot repeat),
transitional probabilities, adjusted residuals with p-values, odds ratios with 95 % CIs and Yule's Q —
per session and pooled (counts summed over sessions).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np
from numpy.typing import NDArray

from vig_annotator.analysis import Event
from vig_annotator.analysis import json_number as _num
from vig_annotator.analysis.multiple_tests import CORRECTIONS, corrected, two_sided_p

FloatArray = NDArray[np.float64]
IntArray = NDArray[np.int64]
Z95 = 1.959963984540054
OTHER = "(other)"


@dataclass(frozen=True)
class Options:
    """How a sequence is tallied: lag, maximum gap, the residual category, repeats, p-value correction."""

    lag: int = 1
    max_gap_ms: float | None = None
    keep_others: bool = True
    no_repeats: bool = False
    correction: str = "none"

    def check(self) -> None:
        """Refuse options no analysis can use, naming the option."""
        if self.lag < 1:
            raise ValueError(f"lag: expected 1 or more, got {self.lag}")
        if self.max_gap_ms is not None and not self.max_gap_ms > 0:
            raise ValueError(f"time window: expected more than 0 s, got {self.max_gap_ms / 1000:g}")
        if self.correction not in CORRECTIONS:
            raise ValueError(f"correction {self.correction!r}: expected one of {', '.join(CORRECTIONS)}")


def method_text(options: Options) -> str:
    """How the transitions were counted and the statistics computed, for a methods section."""
    lag = options.lag
    pairing = (f"event lag {lag}: each event paired with every event of the {_nth(lag)} onset after its own"
               + ("" if options.max_gap_ms is None else
                  f" when that one starts at most {options.max_gap_ms / 1000:g} s after it (event lag with a "
                  "maximum gap)"))
    others = (f"events of codes outside the chosen set kept as one residual category {OTHER}" if options.keep_others
              else "events of codes outside the chosen set removed from the sequence")
    expected = ("codes cannot repeat: the diagonal is a structural zero and expected counts come from iterative "
                "proportional fitting of the row and column totals" if options.no_repeats else
                "expected = row total × column total / N")
    correction = {"none": "p-values uncorrected (with K² cells, about 1 in 20 exceeds |z| > 1.96 by chance)",
                  "bonferroni": "p-values Bonferroni-corrected over the table's cells",
                  "holm": "p-values Holm-corrected over the table's cells"}[options.correction]
    return (f"lag-sequential analysis (Bakeman & Quera; GSEQ conventions), {pairing}; events with the same onset "
            f"co-occur (lag 0) and are not transitions; {others}; {expected}; adjusted residual "
            "z = (O − E) / √(E (1 − row/N)(1 − col/N)), two-sided normal p; "
            f"{correction}; odds ratio from each pair's 2×2 table (0.5 added to every cell when one is empty, "
            "Haldane–Anscombe; statsmodels' Table2x2 instead replaces only the empty cells by 0.5) "
            "with a 95 % Wald CI; "
            "Yule's Q = "
            "(ad − bc)/(ad + bc) from the unshifted counts; pooled = counts summed over sessions")


def _nth(k: int) -> str:
    return {1: "next", 2: "2nd", 3: "3rd"}.get(k, f"{k}th")


def categories(codes: Sequence[str], events: Sequence[Event], keep_others: bool) -> tuple[str, ...]:
    """The table's rows and columns: the chosen codes, then ``(other)`` when kept and some event has another code."""
    chosen = set(codes)
    return tuple(codes) + ((OTHER,) if keep_others and any(e[0] not in chosen for e in events) else ())


def onset_groups(events: Sequence[Event], categories_: Sequence[str]) -> tuple[IntArray, IntArray, FloatArray]:
    """Events in onset order as (category index, onset group number, onset ms); same onset, same group."""
    index = {c: i for i, c in enumerate(categories_)}
    other = index.get(OTHER)
    kept = [(index.get(e[0], other), float(e[1])) for e in events if e[0] in index or other is not None]
    if not kept:
        return np.zeros(0, np.int64), np.zeros(0, np.int64), np.zeros(0)
    arr = np.array(kept, dtype=np.float64)
    arr = arr[np.lexsort((arr[:, 0], arr[:, 1]))]
    at = arr[:, 1]
    group = np.concatenate(([0], np.cumsum(np.diff(at) > 0))).astype(np.int64)
    return arr[:, 0].astype(np.int64), group, at


def transition_counts(events: Sequence[Event], codes: Sequence[str], lag: int = 1, max_gap_ms: float | None = None,
                      keep_others: bool = False) -> IntArray:
    """Counts of (given → target) at the lag: rows are given codes, columns target codes (``(other)`` last if kept)."""
    Options(lag, max_gap_ms).check()
    cats = categories(codes, events, keep_others)
    return _counts(events, cats, lag, max_gap_ms)[0]


def _counts(events: Sequence[Event], cats: Sequence[str], lag: int, max_gap_ms: float | None
            ) -> tuple[IntArray, IntArray]:
    """Lag-``lag`` transition counts and lag-0 co-occurrence counts (each unordered pair once, in both cells)."""
    k = len(cats)
    idx, group, at = onset_groups(events, cats)
    n_groups = int(group[-1]) + 1 if len(group) else 0
    starts = np.searchsorted(group, np.arange(n_groups + 1))
    one_hot = np.zeros((n_groups, k), np.int64)
    np.add.at(one_hot, (group, idx), 1)
    given, target = one_hot[:-lag] if n_groups > lag else one_hot[:0], one_hot[lag:]
    if max_gap_ms is not None and n_groups > lag:
        first = at[starts[:-1]]
        close = (first[lag:] - first[:-lag]) <= max_gap_ms
        given, target = given[close], target[close]
    counts = given.T @ target
    co = one_hot.T @ one_hot - np.diag(one_hot.sum(axis=0))
    return counts.astype(np.int64), co.astype(np.int64)


def expected_counts(observed: IntArray, structural_zero: NDArray[np.bool_] | None = None,
                    tolerance: float = 1e-10, max_iterations: int = 10_000) -> FloatArray:
    """Expected counts under independence of rows and columns; with structural zeros, by iterative proportional fitting.

    Rows and columns are scaled in turn to the observed totals until the row totals agree to ``tolerance`` × N.
    """
    o = observed.astype(np.float64)
    n = o.sum()
    rows, cols = o.sum(axis=1), o.sum(axis=0)
    if structural_zero is None or not structural_zero.any():
        return np.outer(rows, cols) / n if n else np.full_like(o, np.nan)
    if n == 0:
        return np.full_like(o, np.nan)
    e = np.where(structural_zero, 0.0, 1.0)
    for _ in range(max_iterations):
        with np.errstate(divide="ignore", invalid="ignore"):
            e *= np.nan_to_num(rows / e.sum(axis=1))[:, None]
            e *= np.nan_to_num(cols / e.sum(axis=0))[None, :]
        if np.abs(e.sum(axis=1) - rows).max() < tolerance * max(n, 1):
            break
    return e


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
    p_value: FloatArray = field(default_factory=lambda: np.zeros((0, 0)))
    p_corrected: FloatArray = field(default_factory=lambda: np.zeros((0, 0)))


def table_statistics(observed: IntArray, no_repeats: bool = False, correction: str = "none") -> TableStatistics:
    """Expected counts, transitional probabilities, adjusted residuals (with p), odds ratios and Yule's Q."""
    o = observed.astype(np.float64)
    k = len(o)
    zero = np.eye(k, dtype=bool) if no_repeats else None
    n = o.sum()
    rows = o.sum(axis=1, keepdims=True)
    cols = o.sum(axis=0, keepdims=True)
    expected = expected_counts(observed, zero)
    with np.errstate(divide="ignore", invalid="ignore"):
        prob = np.where(rows > 0, o / rows, np.nan)
        z = (o - expected) / np.sqrt(expected * (1 - rows / n) * (1 - cols / n))
        a, b, c = o, rows - o, cols - o
        d = n - rows - cols + o
        q = (a * d - b * c) / (a * d + b * c)
        shift = np.where((a == 0) | (b == 0) | (c == 0) | (d == 0), 0.5, 0.0)
        a2, b2, c2, d2 = a + shift, b + shift, c + shift, d + shift
        log_or = np.log(a2 * d2 / (b2 * c2)) if n else np.full_like(o, np.nan)  # no transitions: undefined
        se = np.sqrt(1 / a2 + 1 / b2 + 1 / c2 + 1 / d2)
    z = np.where(np.isfinite(z), z, np.nan)
    if zero is not None:
        z[zero] = np.nan
    p = two_sided_p(z)
    return TableStatistics(observed, expected, prob, z, np.exp(log_or),
                           (np.exp(log_or - Z95 * se), np.exp(log_or + Z95 * se)), q, p, corrected(p, correction))


@dataclass(frozen=True)
class Transitions:
    """A transition table with its statistics, for one session or pooled over several."""

    codes: tuple[str, ...]
    options: Options
    stats: TableStatistics
    cooccurrences: IntArray
    label: str = ""
    per_session: tuple[Transitions, ...] = field(default=(), repr=False)

    @property
    def lag(self) -> int:
        return self.options.lag

    @property
    def max_gap_s(self) -> float | None:
        return None if self.options.max_gap_ms is None else self.options.max_gap_ms / 1000

    @property
    def n(self) -> int:
        return int(self.stats.observed.sum())

    @property
    def n_cooccurring(self) -> int:
        """Pairs of events that start at the same instant (each pair once)."""
        return int(np.triu(self.cooccurrences).sum())

    @property
    def method(self) -> str:
        return method_text(self.options)

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
                    "adjusted_residual": _num(s.adjusted_residual[i, j]), "p_value": _num(s.p_value[i, j]),
                    "p_corrected": _num(s.p_corrected[i, j]), "odds_ratio": _num(s.odds_ratio[i, j]),
                    "odds_ratio_ci95": [_num(lo[i, j]), _num(hi[i, j])], "yules_q": _num(s.yules_q[i, j]),
                    "cooccurring": int(self.cooccurrences[i, j])}
                if self.per_session:
                    row["per_session"] = [
                        {"session": p.label, "observed": int(p.stats.observed[i, j]),
                         "expected": _num(p.stats.expected[i, j]),
                         "adjusted_residual": _num(p.stats.adjusted_residual[i, j]),
                         "yules_q": _num(p.stats.yules_q[i, j])} for p in self.per_session]
                out.append(row)
        return out


def transitions(sessions: Sequence[tuple[str, Sequence[Event]]], codes: Sequence[str], lag: int = 1,
                max_gap_ms: float | None = None, *, keep_others: bool = True, no_repeats: bool = False,
                correction: str = "none") -> Transitions:
    """Transitions among ``codes`` over (label, events) sessions; with several, pooled with each session beside."""
    if len(codes) < 2:
        raise ValueError(f"codes: expected at least two codes, got {len(codes)}")
    if len(set(codes)) != len(codes):
        raise ValueError("codes: a code is listed twice")
    options = Options(lag, max_gap_ms, keep_others, no_repeats, correction)
    options.check()
    cats = categories(codes, [e for _, events in sessions for e in events], keep_others)
    each = []
    for label, events in sessions:
        counts, co = _counts(events, cats, lag, max_gap_ms)
        if no_repeats and np.trace(counts):
            repeated = [cats[i] for i in range(len(cats)) if counts[i, i]]
            raise ValueError(f"{label}: {', '.join(repeated)} follows itself {int(np.trace(counts))} time(s) at lag "
                             f"{lag}, so codes can repeat here; leave out 'codes cannot repeat'")
        each.append(Transitions(cats, options, table_statistics(counts, no_repeats, correction), co, label))
    if len(each) == 1:
        return each[0]
    pooled = np.sum([t.stats.observed for t in each], axis=0).astype(np.int64)
    co_all = np.sum([t.cooccurrences for t in each], axis=0).astype(np.int64)
    return Transitions(cats, options, table_statistics(pooled, no_repeats, correction), co_all, "pooled",
                       tuple(each))

