"""Cohen's kappa from a confusion table, with observed and chance agreement and kappa max."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

Table = npt.NDArray[np.float64]


class Cancelled(Exception):
    """A long comparison was cancelled by whoever asked for it (a GUI's Cancel): there is no result."""


@dataclass(frozen=True)
class Agreement:
    """Agreement in one k×k table: rows = coder A, columns = coder B."""

    labels: tuple[str, ...]
    table: tuple[tuple[float, ...], ...]
    """Rows coder A, columns coder B; empty when asked not to keep it (thousands of categories)."""
    observed: float
    """Proportion of tallies on the diagonal (% agreement / 100)."""
    chance: float
    kappa: float | None
    """None when chance agreement is 1 (both coders used one and the same label throughout)."""
    kappa_max: float | None
    n: float

    @property
    def percent(self) -> float:
        return 100 * self.observed


def confusion(a: npt.NDArray[np.int64], b: npt.NDArray[np.int64], k: int) -> Table:
    """k×k tallies of label pairs (labels 0..k-1)."""
    return np.bincount(a * k + b, minlength=k * k).reshape(k, k).astype(np.float64)


def agreement(table: Table, labels: tuple[str, ...], keep_table: bool = True) -> Agreement:
    """Kappa = (po − pe) / (1 − pe); kappa max uses the largest po the margins allow (Cohen 1960)."""
    n = float(table.sum())
    cells = _rows(table) if keep_table else ()
    if n == 0:
        return Agreement(labels, cells, 0.0, 0.0, None, None, 0.0)
    p = table / n
    rows, cols = p.sum(axis=1), p.sum(axis=0)
    po = float(np.trace(p))
    pe = float(rows @ cols)
    po_max = float(np.minimum(rows, cols).sum())
    if pe >= 1 - 1e-12:
        return Agreement(labels, cells, po, pe, None, None, n)
    return Agreement(labels, cells, po, pe, (po - pe) / (1 - pe), (po_max - pe) / (1 - pe), n)


def _rows(table: Table) -> tuple[tuple[float, ...], ...]:
    return tuple(map(tuple, table.astype(np.float64).tolist()))
