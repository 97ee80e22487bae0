"""Self- and interactive contingency in the Beebe tradition: lagged regression on coded time series.

Each partner's behaviour is put on a grid of steps (1 s by default): the share of the step during
which any of the partner's codes is on (a point event makes its step 1). A partner's series is then
regressed on its own previous values (*self-contingency*: how predictable the partner is from their
own recent behaviour) and on the other partner's previous values (*interactive contingency*: how
much the other's recent behaviour adjusts theirs), by ordinary least squares per dyad (Beebe et al.,
2010). Over several dyads the per-dyad coefficients are pooled in a second stage: their mean with a
t-test across dyads (the two-stage approximation to the random-slopes multilevel model).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
from numpy.typing import NDArray
from scipy import stats

from vig_annotator.analysis import Event
from vig_annotator.analysis import json_number as _num

FloatArray = NDArray[np.float64]


def method_text(step_s: float, lags: int, names: tuple[str, str]) -> str:
    """How the series were built and the regressions fitted, for a methods section."""
    return (f"self- and interactive contingency (Beebe et al., 2010): each partner's behaviour on a {step_s:g}-s grid "
            "(share of each step with the behaviour on; a point event makes its step 1); for each partner, ordinary "
            f"least squares of the series at step t on an intercept, their own values at t − 1 … t − {lags} "
            f"(self-contingency) and the other partner's at t − 1 … t − {lags} (interactive contingency), per dyad; "
            "each contingency is the sum of its lag coefficients with its standard error from the coefficients' "
            "covariance, two-sided t-test on the residual degrees of freedom; pooled over dyads: the mean of the "
            "per-dyad sums, t-test across dyads (n − 1 df; two-stage, not a multilevel model); "
            f"partners: {names[0]}, {names[1]}")


def coded_series(events: Sequence[Event], codes: Sequence[str], span_ms: tuple[int, int], step_ms: float) -> FloatArray:
    """Per step of the span, the share of the step during which any of ``codes`` is on (point events: 1)."""
    if not step_ms > 0:
        raise ValueError(f"step: expected more than 0 s, got {step_ms / 1000:g}")
    lo, hi = span_ms
    n = max(int(np.ceil((hi - lo) / step_ms)), 0)
    edges = lo + np.arange(n + 1) * step_ms
    covered = np.zeros(n)
    chosen = set(codes)
    intervals = sorted((float(s), float(e)) for c, s, e in events if c in chosen)
    merged: list[list[float]] = []
    for start, end in intervals:
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    points = np.zeros(n, bool)
    for start, end in merged:
        if end <= start:
            k = int((start - lo) // step_ms)
            if 0 <= k < n:
                points[k] = True
            continue
        overlap = np.clip(np.minimum(edges[1:], end) - np.maximum(edges[:-1], start), 0, None)
        covered += overlap
    share = covered / np.maximum(np.minimum(edges[1:], hi) - edges[:-1], 1e-12)
    return np.where(points, 1.0, np.clip(share, 0, 1))


@dataclass(frozen=True)
class Effect:
    """One contingency: the sum of a regression's lag coefficients with its test."""

    estimate: float
    se: float
    t: float
    df: float
    p_value: float

    def as_dict(self) -> dict[str, Any]:
        return {"estimate": _num(self.estimate), "se": _num(self.se), "t": _num(self.t), "df": _num(self.df),
                "p_value": _num(self.p_value)}


NAN_EFFECT = Effect(float("nan"), float("nan"), float("nan"), float("nan"), float("nan"))


@dataclass(frozen=True)
class Regression:
    """One partner's lagged regression in one dyad: coefficients, their standard errors and the two sums."""

    outcome: str
    terms: tuple[str, ...]
    coefficients: FloatArray
    se: FloatArray
    df: int
    r_squared: float
    self_contingency: Effect
    interactive_contingency: Effect

    def as_dict(self) -> dict[str, Any]:
        return {"outcome": self.outcome, "df": self.df, "r_squared": _num(self.r_squared),
                "self_contingency": self.self_contingency.as_dict(),
                "interactive_contingency": self.interactive_contingency.as_dict(),
                "coefficients": [{"term": t, "estimate": _num(b), "se": _num(s)}
                                 for t, b, s in zip(self.terms, self.coefficients, self.se, strict=True)]}


def design(own: FloatArray, other: FloatArray, lags: int) -> tuple[FloatArray, FloatArray]:
    """Outcome y[t] for t ≥ lags and the design [1, own[t−1…t−lags], other[t−1…t−lags]]."""
    n = min(len(own), len(other))
    rows = n - lags
    if rows <= 2 * lags + 1:
        raise ValueError(f"{n} steps cannot fit {2 * lags + 1} coefficients at {lags} lag(s): the session is too short")
    columns = [np.ones(rows)] + [own[lags - k:n - k] for k in range(1, lags + 1)] + \
              [other[lags - k:n - k] for k in range(1, lags + 1)]
    return own[lags:n], np.column_stack(columns)


def _effect(weights: FloatArray, beta: FloatArray, cov: FloatArray, df: int) -> Effect:
    estimate = float(weights @ beta)
    se = float(np.sqrt(weights @ cov @ weights))
    t = estimate / se if se > 0 else float("nan")
    return Effect(estimate, se, t, float(df), float(2 * stats.t.sf(abs(t), df)) if np.isfinite(t) else float("nan"))


def lagged_regression(own: FloatArray, other: FloatArray, lags: int, names: tuple[str, str]) -> Regression:
    """OLS of ``own`` on its own and ``other``'s previous ``lags`` values; undefined (nan) if a series is constant."""
    y, x = design(np.asarray(own, np.float64), np.asarray(other, np.float64), lags)
    terms = ("intercept", *(f"{names[0]} t-{k}" for k in range(1, lags + 1)),
             *(f"{names[1]} t-{k}" for k in range(1, lags + 1)))
    rows, p = x.shape
    if np.linalg.matrix_rank(x) < p:
        nan = np.full(p, np.nan)
        return Regression(names[0], terms, nan, nan, rows - p, float("nan"), NAN_EFFECT, NAN_EFFECT)
    xtx_inv = np.linalg.inv(x.T @ x)
    beta = xtx_inv @ x.T @ y
    residual = y - x @ beta
    df = rows - p
    sigma2 = float(residual @ residual) / df
    cov = sigma2 * xtx_inv
    total = float(((y - y.mean()) ** 2).sum())
    r2 = 1 - float(residual @ residual) / total if total > 0 else float("nan")
    own_w = np.r_[0.0, np.ones(lags), np.zeros(lags)]
    other_w = np.r_[0.0, np.zeros(lags), np.ones(lags)]
    return Regression(names[0], terms, beta, np.sqrt(np.diag(cov)), df, r2,
                      _effect(own_w, beta, cov, df), _effect(other_w, beta, cov, df))


def pooled_effect(estimates: Sequence[float]) -> Effect:
    """Second stage: the mean of per-dyad estimates, tested against 0 across dyads (n − 1 df)."""
    x = np.array([e for e in estimates if np.isfinite(e)])
    if len(x) < 2:
        return NAN_EFFECT
    se = float(x.std(ddof=1) / np.sqrt(len(x)))
    t = float(x.mean()) / se if se > 0 else float("nan")
    p = float(2 * stats.t.sf(abs(t), len(x) - 1)) if np.isfinite(t) else float("nan")
    return Effect(float(x.mean()), se, t, float(len(x) - 1), p)


@dataclass(frozen=True)
class DyadContingency:
    """Both partners' regressions in one dyad (session)."""

    label: str
    steps: int
    first: Regression
    second: Regression


@dataclass(frozen=True)
class SelfInteractive:
    """Self- and interactive contingency per dyad and pooled."""

    names: tuple[str, str]
    step_s: float
    lags: int
    dyads: tuple[DyadContingency, ...]

    @property
    def method(self) -> str:
        return method_text(self.step_s, self.lags, self.names)

    def pooled(self) -> dict[str, Effect]:
        """Each partner's self- and interactive contingency pooled over dyads (needs two or more)."""
        out = {}
        for who, regressions in ((self.names[0], [d.first for d in self.dyads]),
                                 (self.names[1], [d.second for d in self.dyads])):
            out[f"{who} self"] = pooled_effect([r.self_contingency.estimate for r in regressions])
            out[f"{who} interactive"] = pooled_effect([r.interactive_contingency.estimate for r in regressions])
        return out

    def as_dict(self) -> dict[str, Any]:
        return {"partners": list(self.names), "step_s": self.step_s, "lags": self.lags, "method": self.method,
                "dyads": [{"label": d.label, "steps": d.steps, "regressions": [d.first.as_dict(), d.second.as_dict()]}
                          for d in self.dyads],
                "pooled": {k: v.as_dict() for k, v in self.pooled().items()} if len(self.dyads) > 1 else None}


def self_interactive(dyads: Sequence[tuple[str, FloatArray, FloatArray]], names: tuple[str, str],
                     step_s: float = 1.0, lags: int = 1) -> SelfInteractive:
    """Both partners' self- and interactive contingency in each (label, first series, second series) dyad."""
    if lags < 1:
        raise ValueError(f"lags: expected 1 or more, got {lags}")
    out = []
    for label, a, b in dyads:
        try:
            first = lagged_regression(a, b, lags, names)
            second = lagged_regression(b, a, lags, (names[1], names[0]))
        except ValueError as exc:
            raise ValueError(f"{label}: {exc}") from None
        out.append(DyadContingency(label, min(len(a), len(b)), first, second))
    return SelfInteractive(names, step_s, lags, tuple(out))
