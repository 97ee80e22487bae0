"""A BORIS-compatible time-slice kappa, so a number obtained in BORIS can be reproduced here.

As BORIS describes its Cohen's kappa: the two observations are sampled every Δ seconds from the
first event to the last event of either observation, boundaries included; at each sample time the
category is the combination of codes active then (a state from its start to its stop inclusive;
a point event in the slice [t, t + Δ) it falls in), and kappa is computed over those categories.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from vig_annotator.core.model import Segment
from vig_annotator.reliability.kappa import Agreement, agreement


@dataclass(frozen=True)
class BorisKappa:
    interval_s: float
    first_ms: int
    last_ms: int
    samples: int
    agreement: Agreement


def _state_at(segments: Sequence[Segment], t: int, step: int) -> str:
    active = sorted({s.code_id for s in segments
                     if (s.start_ms <= t <= s.end_ms and s.end_ms > s.start_ms)
                     or (s.end_ms == s.start_ms and t <= s.start_ms < t + step)})
    return "+".join(active) if active else "(none)"


def boris_kappa(segments_a: Sequence[Segment], segments_b: Sequence[Segment], interval_s: float = 1.0) -> BorisKappa:
    """Kappa over slices of ``interval_s`` from the first to the last event of both coders."""
    both = list(segments_a) + list(segments_b)
    if not both:
        raise ValueError("both sessions are empty: there is nothing to compare")
    step = max(1, round(interval_s * 1000))
    first = min(s.start_ms for s in both)
    last = max(s.end_ms for s in both)
    times = range(first, last + 1, step)
    cats_a = [_state_at(segments_a, t, step) for t in times]
    cats_b = [_state_at(segments_b, t, step) for t in times]
    names = tuple(sorted(set(cats_a) | set(cats_b)))
    index = {n: i for i, n in enumerate(names)}
    table = np.zeros((len(names), len(names)))
    for x, y in zip(cats_a, cats_b, strict=True):
        table[index[x], index[y]] += 1
    return BorisKappa(interval_s, first, last, len(cats_a), agreement(table, names))
