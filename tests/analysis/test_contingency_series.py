"""Self- and interactive contingency (Beebe): coded series by hand, regressions against statsmodels."""

from __future__ import annotations

import warnings

import numpy as np
import pandas as pd
import pytest
import statsmodels.api as sm
import statsmodels.formula.api as smf
from hypothesis import given, settings
from hypothesis import strategies as st
from scipy import stats

from vig_annotator.analysis.contingency_series import coded_series, lagged_regression, pooled_effect, self_interactive


def test_coded_series_by_hand():
    # 5 s at 1-s steps: a smile 0.5–2.0 s, another 1.5–2.5 s (joined: 0.5–2.5), a point event at 4.2 s
    events = [("smile", 500, 2000), ("smile", 1500, 2500), ("laugh", 4200, 4200), ("gaze", 0, 5000)]
    series = coded_series(events, ["smile", "laugh"], (0, 5000), 1000)
    np.testing.assert_allclose(series, [0.5, 1.0, 0.5, 0.0, 1.0])
    assert coded_series([("gaze", 0, 1500)], ["gaze"], (0, 2000), 500).tolist() == [1, 1, 1, 0]


def follower(seed: int, steps: int = 600, influence: float = 0.5) -> tuple[np.ndarray, np.ndarray]:
    """A leader with some memory and a follower who copies the leader's previous step with ``influence``."""
    rng = np.random.default_rng(seed)
    leader = np.zeros(steps)
    for t in range(1, steps):
        leader[t] = 0.4 * leader[t - 1] + rng.normal()
    follow = np.r_[0.0, influence * leader[:-1]] + rng.normal(size=steps)
    return leader, follow


def oracle(own: np.ndarray, other: np.ndarray, lags: int):
    n = len(own)
    frame = pd.DataFrame({"y": own[lags:]})
    for k in range(1, lags + 1):
        frame[f"own{k}"] = own[lags - k:n - k]
    for k in range(1, lags + 1):
        frame[f"other{k}"] = other[lags - k:n - k]
    x = sm.add_constant(frame.drop(columns="y"))
    return sm.OLS(frame["y"], x).fit(), x.columns


@settings(max_examples=25, deadline=None)
@given(st.integers(0, 10**6), st.integers(1, 3))
def test_coefficients_and_contingencies_equal_statsmodels_ols(seed, lags):
    leader, follow = follower(seed, 200)
    ours = lagged_regression(follow, leader, lags, ("infant", "parent"))
    fit, columns = oracle(follow, leader, lags)
    np.testing.assert_allclose(ours.coefficients, fit.params.to_numpy(), rtol=1e-8, atol=1e-10)
    np.testing.assert_allclose(ours.se, fit.bse.to_numpy(), rtol=1e-8)
    assert ours.r_squared == pytest.approx(fit.rsquared)
    for effect, prefix in ((ours.self_contingency, "own"), (ours.interactive_contingency, "other")):
        weights = np.array([1.0 if c.startswith(prefix) else 0.0 for c in columns])
        test = fit.t_test(weights)
        assert effect.estimate == pytest.approx(float(np.squeeze(test.effect)))
        assert effect.se == pytest.approx(float(np.squeeze(test.sd)))
        assert effect.p_value == pytest.approx(float(np.squeeze(test.pvalue)), rel=1e-6, abs=1e-12)


def test_who_follows_whom_is_found():
    leader, follow = follower(3)
    result = self_interactive([("dyad", leader, follow)], ("parent", "infant"), 1.0, 1)
    d = result.dyads[0]
    assert d.second.outcome == "infant"
    assert d.second.interactive_contingency.estimate == pytest.approx(0.5, abs=0.1)
    assert d.second.interactive_contingency.p_value < 1e-6
    assert d.first.self_contingency.estimate == pytest.approx(0.4, abs=0.1)
    assert d.first.interactive_contingency.p_value > 0.01
    assert "Beebe" in result.method and "two-stage" in result.method


def test_pooled_is_a_t_test_across_dyads():
    estimates = [0.31, 0.52, 0.44, 0.18, 0.6]
    ours = pooled_effect(estimates)
    test = stats.ttest_1samp(estimates, 0)
    assert ours.estimate == pytest.approx(np.mean(estimates))
    assert (ours.t, ours.p_value, ours.df) == pytest.approx((test.statistic, test.pvalue, 4))


def test_pooled_over_dyads_agrees_with_a_random_slopes_model():
    dyads, rows = [], []
    for seed in range(8):
        leader, follow = follower(100 + seed, 300, influence=0.3 + 0.05 * seed)
        dyads.append((f"d{seed}", leader, follow))
        rows += [{"dyad": seed, "y": follow[t], "own": follow[t - 1], "other": leader[t - 1]} for t in range(1, 300)]
    result = self_interactive(dyads, ("parent", "infant"))
    two_stage = result.pooled()["infant interactive"]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        mixed = smf.mixedlm("y ~ own + other", pd.DataFrame(rows), groups="dyad", re_formula="~other").fit()
    # balanced dyads: the two-stage mean and the multilevel fixed effect agree closely
    assert two_stage.estimate == pytest.approx(mixed.fe_params["other"], abs=0.02)
    assert two_stage.p_value < 0.001 and mixed.pvalues["other"] < 0.001


def test_a_constant_series_is_undefined_not_an_error_and_too_short_is_refused():
    leader, _ = follower(1, 50)
    result = lagged_regression(np.zeros(50), leader, 1, ("infant", "parent"))
    assert np.isnan(result.interactive_contingency.estimate)
    with pytest.raises(ValueError, match="s1: 4 steps cannot fit 5 coefficients"):
        self_interactive([("s1", np.zeros(4), np.ones(4))], ("a", "b"), lags=2)
