"""Timed-event lag-sequential analysis: time units, not events, are counted (GSEQ's timed-event data).

The session is cut into time units (say 1 s). A code is *on* in every unit its events overlap (onset
inclusive, offset exclusive; a point event is on in its onset's unit). For each pair (given, target)
the units t with a later unit t + lag in the span make a 2×2 table: given on/off at t by target on/off
at t + lag. With a given window of N units (GSEQ's window (onset, onset+N)), a given code counts as on
from its onset's unit through N units after it, whatever its duration, while targets count over their
whole duration: lag 0 then asks "is the target on within N units of the given onset". From it: the
joint count, the conditional probability, the adjusted residual of the joint cell, Yule's Q and the
odds ratio — per session and pooled (tables summed over sessions).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np
from numpy.typing import NDArray

from vig_annotator.analysis import Event
from vig_annotator.analysis import json_number as _num
from vig_annotator.analysis.multiple_tests import corrected, two_sided_p
from vig_annotator.analysis.sequences import Z95

BoolArray = NDArray[np.bool_]
IntArray = NDArray[np.int64]


def method_text(unit_s: float, lag_units: int, correction: str, given_window: int | None = None) -> str:
    """How the time units were counted, for a methods section."""
    window = ("" if given_window is None else
              f"; given codes on from their onset's unit through {given_window} unit(s) after it (GSEQ window "
              f"(onset, onset+{given_window})), targets over their whole duration")
    return ("timed-event lag-sequential analysis (Bakeman & Quera; GSEQ timed-event data): "
            f"time units of {unit_s:g} s, "
            f"a code on in each unit its events overlap (onset inclusive, offset exclusive){window}; lag {lag_units} "
            f"unit(s): per pair, a 2×2 table of the units t (given on/off at t × target on/off at t + {lag_units}); "
            "counts are time units, not events; adjusted residual of the joint cell z = (O − E)/√(E (1 − row/N)"
            "(1 − col/N)), two-sided normal p"
            + ("" if correction == "none" else f", {correction.capitalize()}-corrected over the pairs")
            + "; Yule's Q = (ad − bc)/(ad + bc); odds ratio with 0.5 added to every cell when one is empty; "
            "pooled = 2×2 tables summed over sessions")


def on_units(events: Sequence[Event], codes: Sequence[str], span_ms: tuple[int, int], unit_ms: float,
             onset_window: int | None = None) -> BoolArray:
    """Codes × time units: whether each code is on in each unit of the span (or its onset window's units)."""
    if not unit_ms > 0:
        raise ValueError(f"time unit: expected more than 0 s, got {unit_ms / 1000:g}")
    lo, hi = span_ms
    n = max(int(np.ceil((hi - lo) / unit_ms)), 0)
    index = {c: i for i, c in enumerate(codes)}
    on = np.zeros((len(codes), n), np.bool_)
    for code, start, end in events:
        i = index.get(code)
        if i is None or n == 0:
            continue
        first = int((start - lo) // unit_ms)
        last = first if end <= start else int(np.ceil((end - lo) / unit_ms)) - 1
        if onset_window is not None:
            last = first + onset_window
        first, last = max(first, 0), min(last, n - 1)
        if first <= last:
            on[i, first:last + 1] = True
    return on


def unit_tables(on: BoolArray, lag_units: int, given_on: BoolArray | None = None) -> IntArray:
    """Per (given, target): the 2×2 table [[a, b], [c, d]] over units t and t + lag, shape K × K × 2 × 2.

    ``given_on`` (default ``on``) says when the given codes count as on, e.g. only in their onset windows.
    """
    if lag_units < 0:
        raise ValueError(f"lag: expected 0 or more time units, got {lag_units}")
    n = on.shape[1] - lag_units
    k = on.shape[0]
    if n <= 0:
        return np.zeros((k, k, 2, 2), np.int64)
    g = (on if given_on is None else given_on)[:, :n].astype(np.int64)
    t = on[:, lag_units:lag_units + n].astype(np.int64)
    a = g @ t.T
    rows = g.sum(axis=1)[:, None]
    cols = t.sum(axis=1)[None, :]
    b, c = rows - a, cols - a
    d = n - a - b - c
    return np.stack((np.stack((a, b), -1), np.stack((c, d), -1)), -2).astype(np.int64)


@dataclass(frozen=True)
class TimedTransitions:
    """Per-pair 2×2 tables of time units, for one session or pooled over several."""

    codes: tuple[str, ...]
    unit_s: float
    lag_units: int
    tables: IntArray
    correction: str = "none"
    label: str = ""
    given_window: int | None = None
    per_session: tuple[TimedTransitions, ...] = field(default=(), repr=False)

    @property
    def units(self) -> int:
        """Time units paired (each unit with the one ``lag_units`` later)."""
        return int(self.tables[0, 0].sum()) if len(self.codes) else 0

    @property
    def method(self) -> str:
        return method_text(self.unit_s, self.lag_units, self.correction, self.given_window)

    def statistics(self) -> dict[str, NDArray[np.float64]]:
        """K×K arrays: expected joint count, P(target | given), z, p, corrected p, odds ratio and CI, Yule's Q."""
        tb = self.tables.astype(np.float64)
        a, b, c, d = tb[..., 0, 0], tb[..., 0, 1], tb[..., 1, 0], tb[..., 1, 1]
        n = a + b + c + d
        rows, cols = a + b, a + c
        with np.errstate(divide="ignore", invalid="ignore"):
            expected = rows * cols / n
            z = (a - expected) / np.sqrt(expected * (1 - rows / n) * (1 - cols / n))
            prob = np.where(rows > 0, a / rows, np.nan)
            q = (a * d - b * c) / (a * d + b * c)
            shift = np.where((a == 0) | (b == 0) | (c == 0) | (d == 0), 0.5, 0.0)
            log_or = np.where(n > 0, np.log((a + shift) * (d + shift) / ((b + shift) * (c + shift))), np.nan)
            se = np.sqrt(1 / (a + shift) + 1 / (b + shift) + 1 / (c + shift) + 1 / (d + shift))
        z = np.where(np.isfinite(z), z, np.nan)
        p = two_sided_p(z)
        return {"expected": expected, "conditional_probability": prob, "adjusted_residual": z, "p_value": p,
                "p_corrected": corrected(p, self.correction), "odds_ratio": np.exp(log_or),
                "or_low": np.exp(log_or - Z95 * se), "or_high": np.exp(log_or + Z95 * se), "yules_q": q}

    def pairs(self) -> list[dict[str, Any]]:
        """One JSON-ready row per (given, target) pair."""
        s = self.statistics()
        out = []
        for i, g in enumerate(self.codes):
            for j, t in enumerate(self.codes):
                (a, b), (c, d) = self.tables[i, j].tolist()
                row: dict[str, Any] = {"given": g, "target": t, "joint_units": a, "given_only_units": b,
                                       "target_only_units": c, "neither_units": d}
                row.update({k: _num(v[i, j]) for k, v in s.items()})
                if self.per_session:
                    row["per_session"] = [{"session": p.label, "joint_units": int(p.tables[i, j, 0, 0]),
                                           "adjusted_residual": _num(p.statistics()["adjusted_residual"][i, j])}
                                          for p in self.per_session]
                out.append(row)
        return out


def timed_transitions(sessions: Sequence[tuple[str, Sequence[Event], tuple[int, int]]], codes: Sequence[str],
                      unit_ms: float = 1000, lag_units: int = 1, correction: str = "none",
                      given_window: int | None = None) -> TimedTransitions:
    """Time-unit tables among ``codes`` over (label, events, span) sessions; several are pooled, each beside.

    ``given_window``: given codes count as on only from their onset's unit through that many units after it.
    """
    if len(codes) < 2 or len(set(codes)) != len(codes):
        raise ValueError(f"codes: expected at least two different codes, got {', '.join(codes)}")
    if given_window is not None and given_window < 0:
        raise ValueError(f"given window: expected 0 or more time units, got {given_window}")
    corrected(np.zeros(0), correction)
    each = []
    for label, events, span in sessions:
        on = on_units(events, codes, span, unit_ms)
        given_on = None if given_window is None else on_units(events, codes, span, unit_ms, given_window)
        each.append(TimedTransitions(tuple(codes), unit_ms / 1000, lag_units, unit_tables(on, lag_units, given_on),
                                     correction, label, given_window=given_window))
    if len(each) == 1:
        return each[0]
    pooled = np.sum([t.tables for t in each], axis=0).astype(np.int64)
    return TimedTransitions(tuple(codes), unit_ms / 1000, lag_units, pooled, correction, "pooled",
                            given_window=given_window, per_session=tuple(each))
