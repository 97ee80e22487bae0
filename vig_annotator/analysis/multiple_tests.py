"""Two-sided normal p-values and corrections for testing many cells of one table at once."""

from __future__ import annotations

import math

import numpy as np
from numpy.typing import NDArray

FloatArray = NDArray[np.float64]
CORRECTIONS = ("none", "bonferroni", "holm")


def two_sided_p(z: FloatArray) -> FloatArray:
    """P(|Z| ≥ |z|) for a standard normal Z, elementwise (nan stays nan)."""
    flat = np.asarray(z, np.float64).ravel()
    out = np.array([math.erfc(abs(x) / math.sqrt(2)) if math.isfinite(x) else math.nan for x in flat])
    return out.reshape(np.shape(z))


def corrected(p: FloatArray, method: str) -> FloatArray:
    """Family-wise corrected p-values over the defined cells: none, Bonferroni, or Holm's step-down."""
    if method not in CORRECTIONS:
        raise ValueError(f"correction {method!r}: expected one of {', '.join(CORRECTIONS)}")
    p = np.asarray(p, np.float64)
    out = p.copy()
    defined = np.isfinite(p)
    m = int(defined.sum())
    if method == "none" or m == 0:
        return out
    values = p[defined]
    if method == "bonferroni":
        out[defined] = np.minimum(values * m, 1.0)
        return out
    order = np.argsort(values, kind="stable")
    steps = np.maximum.accumulate(values[order] * (m - np.arange(m)))
    adjusted = np.empty(m)
    adjusted[order] = np.minimum(steps, 1.0)
    out[defined] = adjusted
    return out
