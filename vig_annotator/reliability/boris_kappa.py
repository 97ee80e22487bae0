"""A BORIS-compatible time-slice kappa, so a number obtained in BORIS can be reproduced here.

BORIS's "Cohen's kappa (time-unit)" samples both observations every Δ seconds, from the first event
to the last event of either observation (both ends included). Each sample time is looked at once per
subject: the unit's category is the set of that subject's codes active then — a state from its start
to its stop inclusive, a point event when it lies within Δ/2 of the sample time, each occurrence
counted (two events of a code in one window are a different category from one) — and kappa is
computed over those units, then shown to three decimals. Subjects are therefore separate units, not
one combined category per sample; a coder who did not code a subject at a time codes "nothing".
Categories are compared as multisets of codes; BORIS compares ordered lists, so where one coder
started two overlapping codes in the other order BORIS sees a disagreement and this does not.
Two conventions follow BORIS 10.0.2: a state event of zero length is a state (active at its one
instant), not a point; and when both coders used one and the same category throughout, kappa is
undefined ((po − pe) / (1 − pe) with pe = 1) and BORIS reports 1, as ``kappa_as_boris_shows_it`` does.
Each code's activity over the sample times is built with arrays, not a Python loop per slice.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from vig_annotator.core.model import Segment
from vig_annotator.reliability.kappa import Agreement, agreement, confusion

NOTHING = "(none)"
GRID_LIMIT = 60
"""With more categories than this (combinations of codes), the contingency table is not kept."""
Ints = npt.NDArray[np.int64]


@dataclass(frozen=True)
class BorisKappa:
    interval_s: float
    first_ms: int
    last_ms: int
    samples: int
    subjects: tuple[str, ...]
    agreement: Agreement

    @property
    def kappa_as_boris_shows_it(self) -> float:
        """Three decimals; BORIS shows 1 where kappa is undefined (every unit in one category)."""
        kappa = self.agreement.kappa
        return 1.0 if kappa is None else round(kappa, 3)


def _active_counts(starts: Ints, ends: Ints, points: npt.NDArray[np.bool_], times: Ints, half: float) -> Ints:
    """How many of these events of one code are active at each sample time.

    A state is active from its start to its stop inclusive (a zero-length state at its one instant,
    as BORIS treats it); a point event within ``half`` of the sample time.
    """
    lo = np.where(points, np.searchsorted(times, starts - half, side="left"),
                  np.searchsorted(times, starts, side="left"))
    hi = np.where(points, np.searchsorted(times, starts + half, side="right"),
                  np.searchsorted(times, ends, side="right"))
    marks = np.zeros(len(times) + 1, np.int64)
    np.add.at(marks, lo, 1)
    np.add.at(marks, hi, -1)
    return np.cumsum(marks[:-1])


def _categories(segments: Sequence[Segment], codes: tuple[str, ...], times: Ints, half: float,
                is_point: Callable[[Segment], bool]) -> Ints:
    """A T × K matrix: at each sample time, how many events of each of the subject's codes are active."""
    out = np.zeros((len(times), len(codes)), np.int64)
    by_code: dict[str, list[Segment]] = {}
    for s in segments:
        by_code.setdefault(s.code_id, []).append(s)
    for k, code in enumerate(codes):
        mine = by_code.get(code)
        if mine:
            out[:, k] = _active_counts(np.array([s.start_ms for s in mine], np.int64),
                                       np.array([s.end_ms for s in mine], np.int64),
                                       np.array([is_point(s) for s in mine], bool), times, half)
    return out


def _name(codes: tuple[str, ...], counts: Sequence[int]) -> str:
    """A category's name: its codes in order, each as often as it occurs ("a+a+b"), or "(none)"."""
    active = [code for code, n in zip(codes, counts, strict=True) for _ in range(int(n))]
    return "+".join(active) if active else NOTHING


def boris_kappa(segments_a: Sequence[Segment], segments_b: Sequence[Segment], interval_s: float = 1.0,
                subject_of: Callable[[Segment], str] | None = None,
                subjects: Sequence[str] | None = None,
                point_codes: Collection[str] | None = None) -> BorisKappa:
    """Kappa over slices of ``interval_s``, one unit per sample time and subject.

    ``subject_of`` names a segment's subject (default: everything is one subject); ``subjects`` are
    the subjects compared, as selected in BORIS (default: every subject either coder used).
    ``point_codes`` are the point-event codes (default: an event of zero length is a point).
    """
    name = subject_of or (lambda _s: "")
    chosen = tuple(subjects) if subjects is not None else tuple(sorted({name(s) for s in [*segments_a,
                                                                                             *segments_b]}))
    wanted = set(chosen)
    of_a: dict[str, list[Segment]] = {subject: [] for subject in chosen}
    of_b: dict[str, list[Segment]] = {subject: [] for subject in chosen}
    for found, segments in ((of_a, segments_a), (of_b, segments_b)):
        for s in segments:
            subject = name(s)
            if subject in wanted:
                found[subject].append(s)
    a = [s for subject in chosen for s in of_a[subject]]
    b = [s for subject in chosen for s in of_b[subject]]
    if not a and not b:
        raise ValueError("both sessions are empty: there is nothing to compare")
    if point_codes is None:
        def is_point(s: Segment) -> bool:
            return s.end_ms == s.start_ms
    else:
        point_set = frozenset(point_codes)

        def is_point(s: Segment) -> bool:
            return s.code_id in point_set
    step = max(1, round(interval_s * 1000))
    first = min(s.start_ms for s in [*a, *b])
    last = max(s.end_ms for s in [*a, *b])
    times = np.arange(first, last + 1, step, dtype=np.int64)
    names: list[str] = []
    index: dict[str, int] = {}
    cats_a: list[Ints] = []
    cats_b: list[Ints] = []
    for subject in chosen:
        mine_a, mine_b = of_a[subject], of_b[subject]
        codes = tuple(sorted({s.code_id for s in [*mine_a, *mine_b]}))
        both = np.vstack((_categories(mine_a, codes, times, step / 2, is_point),
                          _categories(mine_b, codes, times, step / 2, is_point)))
        kinds, which = np.unique(both, axis=0, return_inverse=True)
        ids = np.array([index.setdefault(_name(codes, row), len(index)) for row in kinds.tolist()], np.int64)
        labels = ids[which.reshape(-1)]
        cats_a.append(labels[: len(times)])
        cats_b.append(labels[len(times):])
    names = sorted(index)
    order = np.empty(len(index), np.int64)
    order[[index[n] for n in names]] = np.arange(len(names))
    table = confusion(order[np.concatenate(cats_a)], order[np.concatenate(cats_b)], len(names))
    return BorisKappa(interval_s, first, last, len(times), chosen,
                      agreement(table, tuple(names), keep_table=len(names) <= GRID_LIMIT))
