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
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np

from vig_annotator.core.model import Segment
from vig_annotator.reliability.kappa import Agreement, agreement

NOTHING = "(none)"


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


def _category(segments: Sequence[Segment], t: int, half_window: float) -> str:
    active = sorted(s.code_id for s in segments
                    if (s.end_ms > s.start_ms and s.start_ms <= t <= s.end_ms)
                    or (s.end_ms == s.start_ms and abs(s.start_ms - t) <= half_window))
    return "+".join(active) if active else NOTHING


def boris_kappa(segments_a: Sequence[Segment], segments_b: Sequence[Segment], interval_s: float = 1.0,
                subject_of: Callable[[Segment], str] | None = None,
                subjects: Sequence[str] | None = None) -> BorisKappa:
    """Kappa over slices of ``interval_s``, one unit per sample time and subject.

    ``subject_of`` names a segment's subject (default: everything is one subject); ``subjects`` are
    the subjects compared, as selected in BORIS (default: every subject either coder used).
    """
    name = subject_of or (lambda _s: "")
    chosen = tuple(subjects) if subjects is not None else tuple(sorted({name(s) for s in [*segments_a,
                                                                                             *segments_b]}))
    a = [s for s in segments_a if name(s) in chosen]
    b = [s for s in segments_b if name(s) in chosen]
    if not a and not b:
        raise ValueError("both sessions are empty: there is nothing to compare")
    step = max(1, round(interval_s * 1000))
    first = min(s.start_ms for s in [*a, *b])
    last = max(s.end_ms for s in [*a, *b])
    times = range(first, last + 1, step)
    by_subject_a = {subject: [s for s in a if name(s) == subject] for subject in chosen}
    by_subject_b = {subject: [s for s in b if name(s) == subject] for subject in chosen}
    cats_a: list[str] = []
    cats_b: list[str] = []
    for t in times:
        for subject in chosen:
            cats_a.append(_category(by_subject_a[subject], t, step / 2))
            cats_b.append(_category(by_subject_b[subject], t, step / 2))
    names = tuple(sorted(set(cats_a) | set(cats_b)))
    index = {n: i for i, n in enumerate(names)}
    table = np.zeros((len(names), len(names)))
    for x, y in zip(cats_a, cats_b, strict=True):
        table[index[x], index[y]] += 1
    return BorisKappa(interval_s, first, last, len(times), chosen, agreement(table, names))
