"""Lag-sequential tables checked against statsmodels and a hand-worked example."""

from __future__ import annotations

import math

import numpy as np
import pytest
import statsmodels.api as sm
from hypothesis import given, settings
from hypothesis import strategies as st

from vig_annotator.analysis.sequences import table_statistics, transition_counts, transitions


def events_of(sequence: str, gap_ms: int = 1000) -> list[tuple[str, int, int]]:
    return [(code, i * gap_ms, i * gap_ms + 500) for i, code in enumerate(sequence)]


def test_hand_worked_example():
    # A B A C B A B C: lag-1 transitions AB BA AC CB BA AB BC (7 of them), counted by hand:
    #        A  B  C   | row
    #   A    0  2  1   | 3
    #   B    2  0  1   | 3
    #   C    0  1  0   | 1
    #  col   2  3  2   N = 7
    result = transitions([("s", events_of("ABACBABC"))], ["A", "B", "C"])
    s = result.stats
    assert s.observed.tolist() == [[0, 2, 1], [2, 0, 1], [0, 1, 0]]
    assert s.expected[0, 1] == pytest.approx(9 / 7)  # 3 × 3 / 7
    assert s.transitional_probability[0, 1] == pytest.approx(2 / 3)
    # z = (2 − 9/7) / √(9/7 · (1 − 3/7) · (1 − 3/7)) = (5/7) / (12/√343)
    assert s.adjusted_residual[0, 1] == pytest.approx((5 / 7) / (12 / math.sqrt(343)))
    # A→B's 2×2 table: a = 2, b = 1 (A→not B), c = 1 (not A→B), d = 3; OR = 6, Q = 5/7
    assert s.odds_ratio[0, 1] == pytest.approx(6)
    assert s.yules_q[0, 1] == pytest.approx(5 / 7)
    se = math.sqrt(1 / 2 + 1 + 1 + 1 / 3)
    lo, hi = s.odds_ratio_ci
    assert (lo[0, 1], hi[0, 1]) == pytest.approx((6 * math.exp(-1.959964 * se), 6 * math.exp(1.959964 * se)))
    assert result.n == 7


def table_strategy():
    return st.integers(2, 5).flatmap(
        lambda k: st.lists(st.integers(1, 40), min_size=k * k, max_size=k * k).map(
            lambda cells: np.array(cells, dtype=np.int64).reshape(k, k)))


@settings(max_examples=60, deadline=None)
@given(table_strategy())
def test_expected_and_adjusted_residuals_equal_statsmodels(observed):
    ours = table_statistics(observed)
    oracle = sm.stats.Table(observed)
    np.testing.assert_allclose(ours.expected, oracle.fittedvalues, rtol=1e-10)
    np.testing.assert_allclose(ours.adjusted_residual, oracle.standardized_resids, rtol=1e-9, atol=1e-12)


@settings(max_examples=60, deadline=None)
@given(table_strategy(), st.data())
def test_odds_ratio_ci_and_yules_q_equal_statsmodels_2x2(observed, data):
    k = len(observed)
    i, j = data.draw(st.integers(0, k - 1)), data.draw(st.integers(0, k - 1))
    n, row, col, a = observed.sum(), observed[i].sum(), observed[:, j].sum(), observed[i, j]
    two_by_two = np.array([[a, row - a], [col - a, n - row - col + a]])
    ours = table_statistics(observed)
    shift = 0.5 if (two_by_two == 0).any() else 0.0  # Haldane-Anscombe: 0.5 added to every cell
    shifted = sm.stats.Table2x2(two_by_two + shift, shift_zeros=False)
    assert ours.odds_ratio[i, j] == pytest.approx(shifted.oddsratio)
    lo, hi = shifted.oddsratio_confint(alpha=0.05)
    assert (ours.odds_ratio_ci[0][i, j], ours.odds_ratio_ci[1][i, j]) == pytest.approx((lo, hi))
    if (two_by_two > 0).all():
        odds = sm.stats.Table2x2(two_by_two).oddsratio
        assert ours.yules_q[i, j] == pytest.approx((odds - 1) / (odds + 1))


def test_empty_cell_gives_q_of_minus_one_and_a_finite_corrected_odds_ratio():
    s = table_statistics(np.array([[0, 5], [5, 3]]))
    assert s.yules_q[0, 0] == -1
    assert np.isfinite(s.odds_ratio[0, 0]) and s.odds_ratio[0, 0] < 1


def test_lag_two_and_time_based_pairs():
    events = events_of("ABAB")
    assert transition_counts(events, ["A", "B"], lag=2).tolist() == [[1, 0], [0, 1]]
    # onsets 0, 1, 5, 6 s: with a 2 s window the 1 s → 5 s step is not a transition
    timed = [("A", 0, 0), ("B", 1000, 1000), ("A", 5000, 5000), ("B", 6000, 6000)]
    assert transition_counts(timed, ["A", "B"], max_gap_ms=2000).tolist() == [[0, 2], [0, 0]]
    assert transition_counts(timed, ["A", "B"]).tolist() == [[0, 2], [1, 0]]


def test_codes_outside_the_set_leave_the_sequence():
    assert transition_counts(events_of("AXBXA"), ["A", "B"]).tolist() == [[0, 1], [1, 0]]


def test_pooled_counts_are_the_sum_with_each_session_beside():
    result = transitions([("one", events_of("ABAB")), ("two", events_of("BBA"))], ["A", "B"])
    assert result.stats.observed.tolist() == [[0, 2], [2, 1]]
    (ab,) = [p for p in result.pairs() if (p["given"], p["target"]) == ("A", "B")]
    assert [s["observed"] for s in ab["per_session"]] == [2, 0]
    assert [s["session"] for s in ab["per_session"]] == ["one", "two"]


@settings(max_examples=40, deadline=None)
@given(st.lists(st.sampled_from("ABC"), min_size=3, max_size=60), st.integers(1, 2))
def test_counts_cover_every_pair_and_probabilities_sum_to_one(sequence, lag):
    result = transitions([("s", events_of("".join(sequence)))], ["A", "B", "C"], lag)
    assert result.n == len(sequence) - lag
    rows = result.stats.observed.sum(axis=1)
    sums = np.nansum(result.stats.transitional_probability, axis=1)
    np.testing.assert_allclose(sums[rows > 0], 1.0)


def test_bad_parameters_are_refused():
    with pytest.raises(ValueError, match="lag"):
        transition_counts(events_of("AB"), ["A", "B"], lag=0)
    with pytest.raises(ValueError, match="at least two codes"):
        transitions([("s", events_of("AB"))], ["A"])
