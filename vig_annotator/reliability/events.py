"""Event-based agreement: pair the two coders' events by onset, then tally codes (nil for unpaired).

Two events can pair when their onsets lie within ``tolerance_ms`` of each other and, if
``min_overlap`` is set, they overlap by at least that share of the shorter one. Pairs are chosen
greedily: same-code pairs first, then the closest onsets. An event left unpaired is a miss (A coded
it, B did not: column nil) or a false alarm (row nil). Kappa is computed on the table with its
nil row and column; the nil–nil cell is empty by construction.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import NamedTuple

import numpy as np
import numpy.typing as npt

from vig_annotator.core.model import Segment
from vig_annotator.reliability.kappa import Agreement, Cancelled, agreement

NIL = "nil"
Ints = npt.NDArray[np.int64]
Floats = npt.NDArray[np.float64]


class EventPair(NamedTuple):
    """One row of the pairing: two partners, or one event and nil (a tuple: there are 100,000s)."""

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
    """Common time as a share of the shorter event (two instants: 1 when they coincide)."""
    shorter = min(x.end_ms - x.start_ms, y.end_ms - y.start_ms)
    common = min(x.end_ms, y.end_ms) - max(x.start_ms, y.start_ms)
    if shorter <= 0:
        return 1.0 if common >= 0 else 0.0
    return max(0.0, common / shorter)


def _overlaps(sa: Ints, ea: Ints, sb: Ints, eb: Ints) -> Floats:
    """``_overlap`` for arrays of event pairs."""
    shorter = np.minimum(ea - sa, eb - sb)
    common = np.minimum(ea, eb) - np.maximum(sa, sb)
    ratio = np.maximum(0.0, common / np.where(shorter > 0, shorter, 1))
    return np.where(shorter <= 0, (common >= 0).astype(np.float64), ratio)


def _candidates(onset_a: Ints, onset_b: Ints, ia: Ints, ib: Ints, tolerance_ms: int) -> tuple[Ints, Ints]:
    """Every (i, j) from ``ia`` × ``ib`` whose onsets lie within the tolerance, by a sorted sweep.

    ``ia`` and ``ib`` index events sorted by onset, so each A event's partners are one run of ``ib``
    found by binary search: n log n plus the number of candidates, never n × m.
    """
    oa, ob = onset_a[ia], onset_b[ib]
    lo = np.searchsorted(ob, oa - tolerance_ms, side="left")
    hi = np.searchsorted(ob, oa + tolerance_ms, side="right")
    counts = hi - lo
    total = int(counts.sum())
    rows = np.repeat(np.arange(len(ia)), counts)
    offsets = np.arange(total) - np.repeat(np.cumsum(counts) - counts, counts)
    return ia[rows], ib[np.repeat(lo, counts) + offsets]


def _greedy(i: Ints, j: Ints, gap: Ints, used_a: npt.NDArray[np.bool_], used_b: npt.NDArray[np.bool_],
            out: list[tuple[int, int]]) -> None:
    """Take candidates closest onset first (ties: earlier A, then earlier B) while both ends are free."""
    order = np.lexsort((j, i, gap))
    for x, y in zip(i[order].tolist(), j[order].tolist(), strict=True):
        if not used_a[x] and not used_b[y]:
            used_a[x] = used_b[y] = True
            out.append((x, y))


def event_agreement(segments_a: Sequence[Segment], segments_b: Sequence[Segment], codes: Sequence[str],
                    tolerance_ms: int = 1000, min_overlap: float = 0.0,
                    cancelled: Callable[[], bool] = lambda: False) -> EventResult:
    """Pair events of the listed codes and report matches, misses, false alarms and kappa.

    Same-code pairs are taken first, then pairs of different codes among the events still free:
    the greedy order (same code, then closest onsets) of the definition above. ``cancelled`` is
    asked before each code's pairing; when it says so, :class:`Cancelled` is raised.
    """
    chosen = set(codes)
    a = sorted((s for s in segments_a if s.code_id in chosen), key=lambda s: (s.start_ms, s.id))
    b = sorted((s for s in segments_b if s.code_id in chosen), key=lambda s: (s.start_ms, s.id))
    sa, ea = _ints([s.start_ms for s in a]), _ints([s.end_ms for s in a])
    sb, eb = _ints([s.start_ms for s in b]), _ints([s.end_ms for s in b])
    number = {code: n for n, code in enumerate(chosen)}
    ca, cb = _ints([number[s.code_id] for s in a]), _ints([number[s.code_id] for s in b])
    used_a, used_b = np.zeros(len(a), bool), np.zeros(len(b), bool)
    taken: list[tuple[int, int]] = []

    def pair_up(i: Ints, j: Ints) -> None:
        if min_overlap > 0:
            keep = _overlaps(sa[i], ea[i], sb[j], eb[j]) >= min_overlap
            i, j = i[keep], j[keep]
        _greedy(i, j, np.abs(sa[i] - sb[j]), used_a, used_b, taken)

    for code in range(len(number)):  # same code first: within one code's events
        if cancelled():
            raise Cancelled("event agreement cancelled")
        i, j = _candidates(sa, sb, np.flatnonzero(ca == code), np.flatnonzero(cb == code), tolerance_ms)
        pair_up(i, j)
    i, j = _candidates(sa, sb, np.flatnonzero(~used_a), np.flatnonzero(~used_b), tolerance_ms)
    pair_up(i, j)  # every same-code candidate left had a taken end, so these are all code mismatches

    xs = np.array([x for x, _ in taken], np.int64)
    ys = np.array([y for _, y in taken], np.int64)
    miss, alarm = np.flatnonzero(~used_a), np.flatnonzero(~used_b)
    first = np.concatenate((np.minimum(sa[xs], sb[ys]), sa[miss], sb[alarm]))
    rows = [(int(x), int(y)) for x, y in zip(xs, ys, strict=True)] + [(int(x), -1) for x in miss] + [
        (-1, int(y)) for y in alarm]
    pairs = []
    for n in np.argsort(first, kind="stable").tolist():  # by first onset, as the timeline reads
        x, y = rows[n]
        pa, pb = (a[x] if x >= 0 else None), (b[y] if y >= 0 else None)
        pairs.append(EventPair(pa.id if pa else None, pb.id if pb else None, pa.code_id if pa else NIL,
                               pb.code_id if pb else NIL, pa.start_ms if pa else None,
                               pb.start_ms if pb else None))
    names = tuple(codes) + (NIL,)
    index = {name: i for i, name in enumerate(names)}
    k = len(names)
    code_a = np.array([index[p.code_a] for p in pairs], np.int64)
    code_b = np.array([index[p.code_b] for p in pairs], np.int64)
    table = np.bincount(code_a * k + code_b, minlength=k * k).reshape(k, k).astype(np.float64)
    matches = int(sum(a[x].code_id == b[y].code_id for x, y in taken))
    return EventResult(
        tolerance_ms, min_overlap, tuple(pairs),
        matches=matches, code_mismatches=len(taken) - matches,
        misses=int((~used_a).sum()), false_alarms=int((~used_b).sum()),
        agreement=agreement(table, names),
    )


def _ints(values: list[int]) -> Ints:
    return np.asarray(values, dtype=np.int64)
