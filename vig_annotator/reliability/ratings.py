"""Agreement on rated items (PIIOS-style scores): exact, within one step, weighted kappa, bands, ICC."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from vig_annotator.core.model import RatedItem, Rating, Scheme
from vig_annotator.core.scoring import totals

Floats = npt.NDArray[np.float64]


@dataclass(frozen=True)
class ItemAgreement:
    item: str
    pairs: int
    percent_exact: float
    percent_within_one_step: float
    """Values at most one step apart on the item's value list (0 and 2 are one step in 0/2/4)."""
    kappa_linear: float | None
    kappa_quadratic: float | None


@dataclass(frozen=True)
class Icc:
    """Two-way random effects, absolute agreement (McGraw & Wong 1996: ICC(A,1) and ICC(A,k))."""

    single: float
    average: float
    targets: int
    raters: int


def item_agreement(item: RatedItem, a: Sequence[int], b: Sequence[int]) -> ItemAgreement:
    """Agreement of two coders' values for one item over several clips (pairs with both values)."""
    steps = {v: i for i, v in enumerate(item.allowed)}
    pairs = [(x, y) for x, y in zip(a, b, strict=True) if x in steps and y in steps]
    if not pairs:
        return ItemAgreement(item.id, 0, 0.0, 0.0, None, None)
    xs = [p[0] for p in pairs]
    ys = [p[1] for p in pairs]
    exact = sum(x == y for x, y in pairs) / len(pairs)
    near = sum(abs(steps[x] - steps[y]) <= 1 for x, y in pairs) / len(pairs)
    return ItemAgreement(item.id, len(pairs), 100 * exact, 100 * near,
                         _weighted(xs, ys, list(item.allowed), "linear"),
                         _weighted(xs, ys, list(item.allowed), "quadratic"))


def _weighted(a: list[int], b: list[int], labels: list[int], weights: str) -> float | None:
    if len(set(a) | set(b)) < 2:
        return None  # one value throughout: kappa is undefined
    from sklearn.metrics import cohen_kappa_score  # 1 s to import: only when a weighted kappa is asked for

    value = float(cohen_kappa_score(a, b, labels=labels, weights=weights))
    return None if np.isnan(value) else value


def icc_absolute(scores: Floats) -> Icc:
    """ICC(A,1) and ICC(A,k) for an n targets × k raters matrix with no missing values."""
    x = np.asarray(scores, dtype=np.float64)
    n, k = x.shape
    if n < 2 or k < 2:
        raise ValueError("ICC needs at least two clips rated by at least two coders")
    grand = x.mean()
    ss_rows = k * ((x.mean(axis=1) - grand) ** 2).sum()
    ss_cols = n * ((x.mean(axis=0) - grand) ** 2).sum()
    ss_total = ((x - grand) ** 2).sum()
    ss_error = ss_total - ss_rows - ss_cols
    msr = ss_rows / (n - 1)
    msc = ss_cols / (k - 1)
    mse = ss_error / ((n - 1) * (k - 1))
    single = (msr - mse) / (msr + (k - 1) * mse + k * (msc - mse) / n)
    average = (msr - mse) / (msr + (msc - mse) / n)
    return Icc(float(single), float(average), n, k)


@dataclass(frozen=True)
class RatingAgreement:
    items: tuple[ItemAgreement, ...]
    band_agreement: float | None
    """% of clips where both coders' totals fall in the same band (complete sheets only)."""
    total_icc: Icc | None
    clips: int


def rating_agreement(scheme: Scheme, sheets_a: Sequence[dict[str, Rating]],
                     sheets_b: Sequence[dict[str, Rating]]) -> RatingAgreement:
    """Compare two coders' rating sheets clip by clip (``sheets_a[i]`` and ``sheets_b[i]`` = clip i)."""
    items = []
    for item in scheme.rated_items:
        a = [_value(s, item.id) for s in sheets_a]
        b = [_value(s, item.id) for s in sheets_b]
        items.append(item_agreement(item, [v if v is not None else -10**9 for v in a],
                                    [v if v is not None else -10**9 for v in b]))
    same_band: list[bool] = []
    total_pairs: list[tuple[int, int]] = []
    for sa, sb in zip(sheets_a, sheets_b, strict=True):
        for ta, tb in zip(totals(scheme, sa), totals(scheme, sb), strict=True):
            if ta.complete and tb.complete:
                same_band.append(ta.band == tb.band)
                total_pairs.append((ta.total, tb.total))
    icc = None
    if len(total_pairs) >= 2:
        icc = icc_absolute(np.array(total_pairs, dtype=np.float64))
    band = 100 * sum(same_band) / len(same_band) if same_band else None
    return RatingAgreement(tuple(items), band, icc, len(sheets_a))


def _value(sheet: dict[str, Rating], item_id: str) -> int | None:
    rating = sheet.get(item_id)
    return rating.value if rating is not None and not rating.not_observable else None
