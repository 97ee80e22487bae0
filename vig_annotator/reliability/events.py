"""Event-based agreement: pair the two coders' events by onset, then tally codes (nil for unpaired).

Two events can pair when their onsets lie within ``tolerance_ms`` of each other and, if
``min_overlap`` is set, they overlap by at least that share of the shorter one. Pairs are chosen
greedily: same-code pairs first, then the closest onsets. An event left unpaired is a miss (A coded
it, B did not: column nil) or a false alarm (row nil). Kappa is computed on the table with its
nil row and column; the nil–nil cell is empty by construction.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from vig_annotator.core.model import Segment
from vig_annotator.reliability.kappa import Agreement, agreement

NIL = "nil"


@dataclass(frozen=True)
class EventPair:
    a: int | None
    """Segment id of coder A's event (None: B's event had no partner)."""
    b: int | None
    code_a: str
    code_b: str
    onset_a_ms: int | None
    onset_b_ms: int | None


@dataclass(frozen=True)
class EventResult:
    tolerance_ms: int
    min_overlap: float
    pairs: tuple[EventPair, ...]
    matches: int
    code_mismatches: int
    misses: int
    false_alarms: int
    agreement: Agreement


def _overlap(x: Segment, y: Segment) -> float:
    shorter = min(x.end_ms - x.start_ms, y.end_ms - y.start_ms)
    common = min(x.end_ms, y.end_ms) - max(x.start_ms, y.start_ms)
    if shorter <= 0:
        return 1.0 if common >= 0 else 0.0
    return max(0.0, common / shorter)


def event_agreement(segments_a: Sequence[Segment], segments_b: Sequence[Segment], codes: Sequence[str],
                    tolerance_ms: int = 1000, min_overlap: float = 0.0) -> EventResult:
    """Pair events of the listed codes and report matches, misses, false alarms and kappa."""
    a = sorted((s for s in segments_a if s.code_id in codes), key=lambda s: (s.start_ms, s.id))
    b = sorted((s for s in segments_b if s.code_id in codes), key=lambda s: (s.start_ms, s.id))
    candidates = []
    for i, x in enumerate(a):
        for j, y in enumerate(b):
            gap = abs(x.start_ms - y.start_ms)
            if gap > tolerance_ms:
                continue
            if min_overlap > 0 and _overlap(x, y) < min_overlap:
                continue
            candidates.append((x.code_id != y.code_id, gap, i, j))
    candidates.sort()
    used_a: set[int] = set()
    used_b: set[int] = set()
    pairs: list[EventPair] = []
    for _mismatch, _gap, i, j in candidates:
        if i in used_a or j in used_b:
            continue
        used_a.add(i)
        used_b.add(j)
        pairs.append(EventPair(a[i].id, b[j].id, a[i].code_id, b[j].code_id, a[i].start_ms, b[j].start_ms))
    pairs += [EventPair(x.id, None, x.code_id, NIL, x.start_ms, None) for i, x in enumerate(a) if i not in used_a]
    pairs += [EventPair(None, y.id, NIL, y.code_id, None, y.start_ms) for j, y in enumerate(b) if j not in used_b]
    pairs.sort(key=lambda p: min(t for t in (p.onset_a_ms, p.onset_b_ms) if t is not None))
    names = tuple(codes) + (NIL,)
    index = {name: i for i, name in enumerate(names)}
    table = np.zeros((len(names), len(names)))
    for p in pairs:
        table[index[p.code_a], index[p.code_b]] += 1
    paired = [p for p in pairs if p.a is not None and p.b is not None]
    return EventResult(
        tolerance_ms, min_overlap, tuple(pairs),
        matches=sum(p.code_a == p.code_b for p in paired),
        code_mismatches=sum(p.code_a != p.code_b for p in paired),
        misses=sum(p.b is None for p in pairs), false_alarms=sum(p.a is None for p in pairs),
        agreement=agreement(table, names),
    )
