"""Timed-event lag-sequential tables: time units counted by hand and checked against statsmodels."""

from __future__ import annotations

import numpy as np
import pytest
import statsmodels.api as sm
from hypothesis import given, settings
from hypothesis import strategies as st

from vig_annotator.analysis.timed_sequences import on_units, timed_transitions, unit_tables


def test_units_are_counted_by_hand():
    # 10 s, 1-s units. A on 0–3 s (units 0,1,2), B on 2.5–4 s (units 2,3), A at 6 s as a point (unit 6),
    # B on 7–8 s (unit 7).
    events = [("A", 0, 3000), ("B", 2500, 4000), ("A", 6000, 6000), ("B", 7000, 8000)]
    on = on_units(events, ["A", "B"], (0, 10_000), 1000)
    assert on.astype(int).tolist() == [[1, 1, 1, 0, 0, 0, 1, 0, 0, 0], [0, 0, 1, 1, 0, 0, 0, 1, 0, 0]]
    r = timed_transitions([("s", events, (0, 10_000))], ["A", "B"], 1000, 1)
    # units t = 0..8 paired with t + 1: A on at 0,1,2,6; B on at t+1 for t = 1,2,6. Joint: t = 1, 2, 6 → 3
    assert r.tables[0, 1].tolist() == [[3, 1], [0, 5]]
    assert r.units == 9
    q = r.statistics()["yules_q"][0, 1]
    assert q == pytest.approx(1.0)  # (3·5 − 1·0)/(3·5 + 1·0)
    assert "time units" in r.method


def test_lag_zero_is_co_occurrence_in_time():
    events = [("A", 0, 2000), ("B", 1000, 3000)]
    r = timed_transitions([("s", events, (0, 4000))], ["A", "B"], 1000, 0)
    assert r.tables[0, 1].tolist() == [[1, 1], [1, 1]]


@settings(max_examples=40, deadline=None)
@given(st.lists(st.tuples(st.sampled_from("ABC"), st.integers(0, 59_000), st.integers(0, 5000)), min_size=2,
                max_size=40), st.integers(0, 3))
def test_every_pair_table_matches_statsmodels_table2x2(raw, lag):
    events = [(c, s, s + d) for c, s, d in raw]
    r = timed_transitions([("s", events, (0, 60_000))], ["A", "B", "C"], 1000, lag)
    s = r.statistics()
    on = on_units(events, ["A", "B", "C"], (0, 60_000), 1000)
    for i in range(3):
        for j in range(3):
            table = r.tables[i, j]
            assert table.sum() == 60 - lag
            assert table[0, 0] == int((on[i, : 60 - lag] & on[j, lag:]).sum())
            shift = 0.5 if (table == 0).any() else 0.0  # Haldane-Anscombe: 0.5 added to every cell
            oracle = sm.stats.Table2x2(table + shift, shift_zeros=False)
            assert s["odds_ratio"][i, j] == pytest.approx(oracle.oddsratio)
            if table[0].sum() and table[1].sum() and table[:, 0].sum() and table[:, 1].sum():
                z = sm.stats.Table(table, shift_zeros=False).standardized_resids[0, 0]
                assert s["adjusted_residual"][i, j] == pytest.approx(z)


def test_sessions_pool_by_summing_tables():
    one = [("A", 0, 1000), ("B", 1000, 2000)]
    two = [("B", 0, 1000), ("A", 1000, 2000)]
    r = timed_transitions([("one", one, (0, 3000)), ("two", two, (0, 3000))], ["A", "B"], 1000, 1)
    np.testing.assert_array_equal(r.tables, unit_tables(on_units(one, ["A", "B"], (0, 3000), 1000), 1)
                                  + unit_tables(on_units(two, ["A", "B"], (0, 3000), 1000), 1))
    assert [p["session"] for p in r.pairs()[0]["per_session"]] == ["one", "two"]


def test_bad_units_are_refused():
    with pytest.raises(ValueError, match="time unit"):
        on_units([], ["A", "B"], (0, 1000), 0)
    with pytest.raises(ValueError, match="lag"):
        unit_tables(np.zeros((2, 5), bool), -1)


def test_a_given_window_counts_units_from_the_onset_whatever_the_duration():
    # 20 s in 1-s units. A: a 0.3-s event at 2 s and a 5-s one from 10 s; B: points at 4.5 s and 16 s.
    # Window (onset, onset+3): A on in units 2-5 and 10-13 (8 units). B on in units 4 and 16.
    # Lag 0: joint at unit 4 only → [[1, 7], [1, 11]]. By duration A is on in 2 and 10-14 and never meets B.
    events = [("A", 2000, 2300), ("A", 10_000, 15_000), ("B", 4500, 4500), ("B", 16_000, 16_000)]
    windowed = timed_transitions([("s", events, (0, 20_000))], ["A", "B"], 1000, 0, given_window=3)
    assert windowed.tables[0, 1].tolist() == [[1, 7], [1, 11]]
    assert "onset+3" in windowed.method
    plain = timed_transitions([("s", events, (0, 20_000))], ["A", "B"], 1000, 0)
    assert plain.tables[0, 1].tolist() == [[0, 6], [2, 12]]
    # targets keep their whole duration: the columns' totals do not change
    assert windowed.tables[1, 0].sum(axis=0).tolist() == plain.tables[1, 0].sum(axis=0).tolist()
    with pytest.raises(ValueError, match="given window"):
        timed_transitions([("s", events, (0, 20_000))], ["A", "B"], 1000, 0, given_window=-1)
