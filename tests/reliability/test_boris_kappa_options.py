"""The BORIS-compatible kappa: arrays equal the definition read slice by slice; BORIS's conventions."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sklearn.metrics import cohen_kappa_score

from vig_annotator.core.model import Segment
from vig_annotator.reliability.boris_kappa import boris_kappa

WHO = {"look": "parent", "touch": "parent", "coo": "infant", "kick": "infant"}


def slices_by_hand(a, b, step_ms, subjects, is_point):
    """Every sample time from the first event to the last, inclusive, once per subject: the sorted list
    of that subject's active codes (states inclusive of both ends, points within half a slice)."""
    every = [*a, *b]
    first, last = min(s.start_ms for s in every), max(s.end_ms for s in every)

    def category(segments, subject, t):
        active = sorted(s.code_id for s in segments if WHO[s.code_id] == subject and (
            (not is_point(s) and s.start_ms <= t <= s.end_ms)
            or (is_point(s) and abs(s.start_ms - t) <= step_ms / 2)))
        return "+".join(active) or "(none)"

    times = range(first, last + 1, step_ms)
    return ([category(a, who, t) for t in times for who in subjects],
            [category(b, who, t) for t in times for who in subjects])


def coding(first_id):
    event = st.tuples(st.sampled_from(sorted(WHO)), st.integers(0, 40), st.integers(0, 8))
    return st.lists(event, min_size=1, max_size=12).map(lambda rows: [
        Segment(first_id + n, 1, code, start * 250, start * 250 + length * 250)
        for n, (code, start, length) in enumerate(rows)])


@settings(max_examples=200, deadline=None)
@given(coding(1), coding(100), st.sampled_from([250, 500, 1000, 1500]))
def test_array_slices_equal_the_definition_read_slice_by_slice(a, b, step_ms):
    subjects = sorted({WHO[s.code_id] for s in [*a, *b]})
    result = boris_kappa(a, b, step_ms / 1000, subject_of=lambda s: WHO[s.code_id])
    hand_a, hand_b = slices_by_hand(a, b, step_ms, subjects, lambda s: s.end_ms == s.start_ms)
    assert result.agreement.n == len(hand_a)
    agreeing = sum(x == y for x, y in zip(hand_a, hand_b, strict=True))
    assert result.agreement.observed == pytest.approx(agreeing / len(hand_a))
    if len(set(hand_a) | set(hand_b)) > 1:
        assert result.agreement.kappa == pytest.approx(cohen_kappa_score(hand_a, hand_b))


def test_a_zero_length_state_is_a_state_as_in_boris():
    # "look" is a state code: its zero-length event at 2 s is active only at the sample at 2 s, not at the
    # samples within ±0.5 s that a point event would reach. With Δ = 0.5 s the samples are 0, 0.5, … 4 s.
    a = [Segment(1, 1, "look", 2000, 2000), Segment(2, 1, "coo", 0, 4000)]
    b = [Segment(3, 1, "look", 1500, 1500), Segment(4, 1, "coo", 0, 4000)]
    as_states = boris_kappa(a, b, 0.5, subject_of=lambda s: WHO[s.code_id], point_codes=())
    # parent units: A has look at 2.0 only, B at 1.5 only → 7 of 9 agree; infant units all agree (coo)
    assert as_states.agreement.observed == pytest.approx((7 + 9) / 18)
    as_points = boris_kappa(a, b, 0.5, subject_of=lambda s: WHO[s.code_id])
    # as points (±0.25 s), the same: 1.5 and 2.0 are 0.5 s apart; but at Δ = 1 s a point at 1.5 s reaches
    # the samples at 1 s and 2 s, a state at 1.5 s none of them
    assert as_points.agreement.observed == pytest.approx(as_states.agreement.observed)
    states_1s = boris_kappa(a, b, 1.0, subject_of=lambda s: WHO[s.code_id], point_codes=())
    points_1s = boris_kappa(a, b, 1.0, subject_of=lambda s: WHO[s.code_id])
    # samples 0…4 s: states → A look at 2 s, B never: 4 of 5 parent units agree
    assert states_1s.agreement.observed == pytest.approx((4 + 5) / 10)
    # points → A look at 2 s (|2−2| ≤ 0.5), B at 1 s and 2 s (|1.5−t| ≤ 0.5): 4 of 5 agree as well
    assert points_1s.agreement.observed == pytest.approx((4 + 5) / 10)
    assert states_1s.agreement.table != points_1s.agreement.table


def test_identical_single_category_coding_shows_kappa_one_as_boris_does():
    a = [Segment(1, 1, "look", 0, 5000)]
    b = [Segment(2, 1, "look", 0, 5000)]
    result = boris_kappa(a, b, 1.0)
    assert result.agreement.observed == 1.0 and result.agreement.kappa is None  # (1 − 1) / (1 − 1)
    assert result.kappa_as_boris_shows_it == 1.0


@pytest.mark.parametrize(("interval", "boris_says"), [(1.0, 0.793), (0.5, 0.733)])
def test_zero_length_state_and_points_match_boris_10(interval, boris_says):
    # Exported to a .boris file and given to BORIS 10.0.2's own irr.cohen_kappa (../shared/tools/boris-kappa,
    # subjects as its dialog pre-selects): K = 0.793 at Δ = 1 s and 0.733 at Δ = 0.5 s. "touch" is a state
    # coded with zero length (2 s by A, 2.5 s by B), "smile" a point event; subjects dyad, infant, parent.
    subject = {"eye_contact": "dyad", "touch": "parent", "parent_vocalisation": "parent", "smile": "infant"}
    a = [Segment(1, 1, "eye_contact", 0, 4000), Segment(2, 1, "touch", 2000, 2000),
         Segment(3, 1, "smile", 3000, 3000), Segment(4, 1, "parent_vocalisation", 1000, 6000)]
    b = [Segment(5, 2, "eye_contact", 0, 5000), Segment(6, 2, "touch", 2500, 2500),
         Segment(7, 2, "smile", 3400, 3400), Segment(8, 2, "parent_vocalisation", 1500, 6000)]
    result = boris_kappa(a, b, interval, subject_of=lambda s: subject[s.code_id], point_codes=["smile"])
    assert result.kappa_as_boris_shows_it == boris_says
