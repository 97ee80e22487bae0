"""GSEQ's conventions: co-occurrence at the same onset, the (other) category, structural zeros, p-values."""

from __future__ import annotations

import itertools
import math
import warnings

import numpy as np
import pytest
import statsmodels.api as sm
from hypothesis import given, settings
from hypothesis import strategies as st
from scipy import stats as scipy_stats
from statsmodels.stats.multitest import multipletests

from vig_annotator.analysis.multiple_tests import corrected, two_sided_p
from vig_annotator.analysis.sequences import OTHER, expected_counts, table_statistics, transitions


def events_of(sequence: str, gap_ms: int = 1000) -> list[tuple[str, int, int]]:
    return [(code, i * gap_ms, i * gap_ms + 500) for i, code in enumerate(sequence)]


def table_of(result, given_code, target_code):
    i, j = result.codes.index(given_code), result.codes.index(target_code)
    return int(result.stats.observed[i, j])


def test_same_onset_events_co_occur_whatever_the_order_of_the_codes():
    # Regression (issue 26): a vocalisation and a smile starting together were a lag-1 transition whose
    # direction followed the order of --codes.
    events = [("cry", 0, 500), ("parent_vocalisation", 1000, 1500), ("smile", 1000, 1800), ("cry", 2000, 2500),
              ("parent_vocalisation", 3000, 3500), ("smile", 3000, 3500)]
    tables = []
    for codes in itertools.permutations(["parent_vocalisation", "smile", "cry"]):
        r = transitions([("s", events)], list(codes))
        assert table_of(r, "parent_vocalisation", "smile") == 0
        assert table_of(r, "smile", "parent_vocalisation") == 0
        assert r.n_cooccurring == 2
        tables.append({(g, t): table_of(r, g, t) for g in codes for t in codes})
    assert all(t == tables[0] for t in tables)
    # cry → both co-occurring events, both → the next cry, cry → both again: 6 transitions
    assert tables[0][("cry", "smile")] == 2 and tables[0][("smile", "cry")] == 1 and sum(tables[0].values()) == 6


def test_codes_left_out_stay_as_an_other_category_unless_removed():
    kept = transitions([("s", events_of("AXBYA"))], ["A", "B"])
    assert kept.codes == ("A", "B", OTHER)
    assert table_of(kept, "A", OTHER) == 1 and table_of(kept, OTHER, "B") == 1
    assert table_of(kept, "A", "B") == 0 and kept.n == 4
    dropped = transitions([("s", events_of("AXBYA"))], ["A", "B"], keep_others=False)
    assert dropped.codes == ("A", "B") and table_of(dropped, "A", "B") == 1 and dropped.n == 2
    assert "(other)" in kept.method and "removed" in dropped.method


def quasi_independence(observed: np.ndarray) -> np.ndarray:
    """Oracle: a Poisson log-linear model of row + column effects fitted to the off-diagonal cells only."""
    k = len(observed)
    cells = [(i, j) for i in range(k) for j in range(k) if i != j]
    x = np.zeros((len(cells), 2 * k - 1))
    for n, (i, j) in enumerate(cells):
        x[n, 0] = 1
        if i:
            x[n, i] = 1
        if j:
            x[n, k - 1 + j] = 1
    y = np.array([observed[i, j] for i, j in cells], float)
    with warnings.catch_warnings():  # a table with a near-empty row is no error here
        warnings.simplefilter("ignore")
        fit = sm.GLM(y, x, family=sm.families.Poisson()).fit(tol=1e-13)
    out = np.zeros((k, k))
    for (i, j), value in zip(cells, fit.fittedvalues, strict=True):
        out[i, j] = value
    return out


def no_repeat_tables():
    return st.integers(3, 5).flatmap(
        lambda k: st.lists(st.integers(1, 30), min_size=k * k, max_size=k * k).map(
            lambda cells: (np.array(cells, dtype=np.int64).reshape(k, k) * (1 - np.eye(k, dtype=np.int64)))))


@settings(max_examples=40, deadline=None)
@given(no_repeat_tables())
def test_structural_zero_expected_counts_equal_the_quasi_independence_model(observed):
    ours = expected_counts(observed, np.eye(len(observed), dtype=bool))
    np.testing.assert_allclose(ours, quasi_independence(observed), rtol=1e-6, atol=1e-8)
    assert np.all(np.diag(ours) == 0)
    np.testing.assert_allclose(ours.sum(axis=1), observed.sum(axis=1), rtol=1e-9)


def test_codes_cannot_repeat_uses_fitted_expected_counts_and_refuses_repeats():
    # A B C A C B A B C A: no code follows itself
    r = transitions([("s", events_of("ABCACBABCA"))], ["A", "B", "C"], no_repeats=True)
    assert np.all(np.diag(r.stats.expected) == 0)
    assert np.all(np.isnan(np.diag(r.stats.adjusted_residual)))
    naive = transitions([("s", events_of("ABCACBABCA"))], ["A", "B", "C"])
    assert not np.allclose(r.stats.expected, naive.stats.expected)
    assert "structural zero" in r.method
    with pytest.raises(ValueError, match="s: A follows itself"):
        transitions([("s", events_of("AABC"))], ["A", "B", "C"], no_repeats=True)


@settings(max_examples=40, deadline=None)
@given(st.lists(st.floats(-6, 6), min_size=1, max_size=30))
def test_p_values_and_corrections_equal_scipy_and_statsmodels(z):
    z = np.array(z)
    p = two_sided_p(z)
    np.testing.assert_allclose(p, 2 * scipy_stats.norm.sf(np.abs(z)), rtol=1e-9, atol=1e-300)
    for ours, theirs in (("bonferroni", "bonferroni"), ("holm", "holm")):
        np.testing.assert_allclose(corrected(p, ours), multipletests(p, method=theirs)[1], rtol=1e-9)


def test_p_values_reach_the_table_and_name_the_correction():
    r = transitions([("s", events_of("ABABABABCACB"))], ["A", "B", "C"], correction="holm")
    ab = r.stats.adjusted_residual[0, 1]
    assert r.stats.p_value[0, 1] == pytest.approx(math.erfc(abs(ab) / math.sqrt(2)))
    assert np.all(r.stats.p_corrected[np.isfinite(r.stats.p_value)] >= r.stats.p_value[np.isfinite(r.stats.p_value)])
    assert "Holm" in r.method
    assert "uncorrected" in transitions([("s", events_of("ABAB"))], ["A", "B"]).method


def test_an_empty_cell_gives_the_haldane_anscombe_odds_ratio_not_statsmodels_default():
    # The README claimed "odds ratios equal statsmodels' Table2x2"; with an empty cell they do not: we add
    # 0.5 to every cell (Haldane-Anscombe), (0.5 · 3.5) / (5.5 · 5.5); statsmodels replaces only the empty
    # cell by 0.5, (0.5 · 3) / (5 · 5) = 0.06.
    two_by_two = np.array([[0, 5], [5, 3]])
    s = table_statistics(two_by_two)
    assert s.odds_ratio[0, 0] == pytest.approx(0.5 * 3.5 / (5.5 * 5.5))
    assert sm.stats.Table2x2(two_by_two).oddsratio == pytest.approx(0.06)
    shifted = sm.stats.Table2x2(two_by_two + 0.5, shift_zeros=False)
    assert s.odds_ratio[0, 0] == pytest.approx(shifted.oddsratio)
    assert (s.odds_ratio_ci[0][0, 0], s.odds_ratio_ci[1][0, 0]) == pytest.approx(shifted.oddsratio_confint(0.05))
    assert s.yules_q[0, 0] == -1  # Q from the unshifted counts
    assert "Haldane" in transitions([("s", events_of("ABAB"))], ["A", "B"]).method


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(st.sampled_from("ABCD"), st.integers(0, 12)), min_size=2, max_size=40),
       st.permutations("ABC"), st.integers(1, 3), st.booleans())
def test_the_table_does_not_depend_on_the_order_codes_are_listed_in(raw, order, lag, keep):
    # onsets on a coarse grid so many events start together; D is left out of --codes
    events = [(code, t * 1000, t * 1000 + 300) for code, t in raw]
    base = transitions([("s", events)], ["A", "B", "C"], lag, keep_others=keep)
    other = transitions([("s", events)], list(order), lag, keep_others=keep)
    for g in base.codes:
        for t in base.codes:
            assert table_of(base, g, t) == table_of(other, g, t)
    i = base.codes.index
    co = base.cooccurrences
    assert all(co[i(g), i(t)] == co[i(t), i(g)] for g in base.codes for t in base.codes)
    n_groups = len({t for code, t in raw if keep or code != "D"})
    assert (base.n == 0) == (n_groups <= lag)


def test_a_session_without_transitions_has_every_figure_undefined():
    (row, *_) = transitions([("s", [("A", 0, 100)])], ["A", "B"]).pairs()
    assert row["observed"] == 0 and row["odds_ratio"] is None and row["odds_ratio_ci95"] == [None, None]
    assert row["adjusted_residual"] is None and row["p_value"] is None
