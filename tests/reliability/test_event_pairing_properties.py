"""The sorted-sweep event pairing equals the definition, computed by brute force over every pair."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from vig_annotator.core.model import Segment
from vig_annotator.reliability.events import event_agreement

CODES = ["a", "b", "c"]


def brute_force(a, b, codes, tolerance_ms, min_overlap):
    """The documented rule, literally: all pairs within the tolerance (and overlap), sorted by
    (different code, onset gap, A's place, B's place), taken greedily while both ends are free."""
    a = sorted((s for s in a if s.code_id in codes), key=lambda s: (s.start_ms, s.id))
    b = sorted((s for s in b if s.code_id in codes), key=lambda s: (s.start_ms, s.id))

    def overlap(x, y):
        shorter = min(x.end_ms - x.start_ms, y.end_ms - y.start_ms)
        common = min(x.end_ms, y.end_ms) - max(x.start_ms, y.start_ms)
        if shorter <= 0:
            return 1.0 if common >= 0 else 0.0
        return max(0.0, common / shorter)

    candidates = sorted((x.code_id != y.code_id, abs(x.start_ms - y.start_ms), i, j)
                        for i, x in enumerate(a) for j, y in enumerate(b)
                        if abs(x.start_ms - y.start_ms) <= tolerance_ms
                        and (min_overlap <= 0 or overlap(x, y) >= min_overlap))
    used_a, used_b, pairs = set(), set(), []
    for _m, _g, i, j in candidates:
        if i not in used_a and j not in used_b:
            used_a.add(i)
            used_b.add(j)
            pairs.append((a[i].id, b[j].id))
    return (sorted(pairs), sorted(x.id for i, x in enumerate(a) if i not in used_a),
            sorted(y.id for j, y in enumerate(b) if j not in used_b))


def events(first_id):
    event = st.tuples(st.sampled_from(CODES), st.integers(0, 20) , st.integers(0, 6))
    return st.lists(event, max_size=25).map(lambda rows: [
        Segment(first_id + n, 1, code, start * 250, start * 250 + length * 250)
        for n, (code, start, length) in enumerate(rows)])


@settings(max_examples=300, deadline=None)
@given(events(1), events(1000), st.sampled_from([0, 250, 500, 1000, 2000]),
       st.sampled_from([0.0, 0.3, 0.5, 1.0]), st.sampled_from([CODES, ["a", "b"], ["c"]]))
def test_sweep_pairing_equals_brute_force(a, b, tolerance_ms, min_overlap, codes):
    result = event_agreement(a, b, codes, tolerance_ms, min_overlap)
    pairs = sorted((p.a, p.b) for p in result.pairs if p.a is not None and p.b is not None)
    misses = sorted(p.a for p in result.pairs if p.b is None)
    false_alarms = sorted(p.b for p in result.pairs if p.a is None)
    assert (pairs, misses, false_alarms) == brute_force(a, b, codes, tolerance_ms, min_overlap)
    assert result.matches + result.code_mismatches == len(pairs)
    assert (result.misses, result.false_alarms) == (len(misses), len(false_alarms))
    assert result.agreement.n == len(pairs) + len(misses) + len(false_alarms)
