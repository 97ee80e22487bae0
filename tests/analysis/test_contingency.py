"""Time-window contingency: hand examples, the base rate against sampled windows, the test's error rates."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from vig_annotator.analysis.contingency import SessionEvents, base_rate, contingency, onsets

MINUTE = 60_000


def session(given_ms, target_ms, span=(0, 20_000)) -> SessionEvents:
    events = [("cue", int(t), int(t) + 300) for t in given_ms] + [("reply", int(t), int(t) + 300) for t in target_ms]
    return SessionEvents(events, span)


def test_hand_example_rate_and_latencies():
    # cues at 1, 5, 9 s; replies at 1.5, 7.5, 9.1, 12 s. Window 0–2 s: 1 → 1.5 (0.5 s), 5 → none (7.5 is 2.5 s
    # later), 9 → 9.1 (0.1 s). Rate 2/3, latencies 0.1 and 0.5, median 0.3.
    result = contingency([session([1000, 5000, 9000], [1500, 7500, 9100, 12_000])], "cue", "reply", (0, 2000),
                         permutations=99)
    assert (result.n_given, result.n_target, result.n_responded) == (3, 4, 2)
    assert result.rate == pytest.approx(2 / 3)
    assert sorted(result.latencies_s) == pytest.approx([0.1, 0.5])
    assert result.median_latency_s == pytest.approx(0.3)
    assert result.latency_iqr_s == pytest.approx((0.2, 0.4))  # numpy's linear quartiles of [0.1, 0.5]


def test_window_edges():
    # a reply at the same moment does not answer (the window opens after the onset); one exactly at its end does
    result = contingency([session([1000, 5000], [1000, 7000])], "cue", "reply", (0, 2000), permutations=0)
    assert result.n_responded == 1 and result.latencies_s == (2.0,)
    later = contingency([session([1000], [1400])], "cue", "reply", (500, 2000), permutations=0)
    assert later.n_responded == 0  # 0.4 s is before a 0.5–2 s window


def test_base_rate_hand_example():
    # one reply at 5 s in 0–20 s, window 0–2 s: a window starting in [3, 5) s holds it; starts range over 0–18 s
    assert base_rate(np.array([5000.0]), (0, 2000), (0, 20_000)) == pytest.approx(2 / 18)
    # replies 1 s apart: their intervals [2, 4) and [3, 5) overlap, union 3 s
    assert base_rate(np.array([4000.0, 5000.0]), (0, 2000), (0, 20_000)) == pytest.approx(3 / 18)


@settings(max_examples=25, deadline=None)
@given(st.lists(st.integers(0, 60_000), max_size=40), st.floats(0, 3), st.floats(0.2, 5), st.integers(0, 10**6))
def test_base_rate_equals_sampled_random_windows(targets, w0, width, seed):
    window = (w0 * 1000, (w0 + width) * 1000)
    target = np.sort(np.array(targets, dtype=float))
    span = (0.0, 60_000.0)
    exact = base_rate(target, window, span)
    rng = np.random.default_rng(seed)
    x = rng.uniform(span[0], span[1] - window[1], 20_000)
    idx = np.searchsorted(target, x + window[0], side="right")
    hit = (idx < len(target)) & (target[np.minimum(idx, len(target) - 1)] <= x + window[1]) if len(target) else \
        np.zeros(len(x), bool)
    assert exact == pytest.approx(hit.mean(), abs=4 * np.sqrt(0.25 / len(x)) + 1e-9)


def poisson(rng: np.random.Generator, rate_per_min: float, minutes: float) -> np.ndarray:
    n = rng.poisson(rate_per_min * minutes)
    return np.sort(rng.uniform(0, minutes * MINUTE, n))


def test_false_positive_rate_near_five_percent_on_independent_codings():
    alpha, runs = 0.05, 1000
    rejections = 0
    for seed in range(runs):
        rng = np.random.default_rng(seed)
        cues, replies = poisson(rng, 6, 10), poisson(rng, 8, 10)
        result = contingency([session(cues, replies, (0, 10 * MINUTE))], "cue", "reply", (0, 2000),
                             permutations=199, seed=seed)
        rejections += result.p_value <= alpha
    rate = rejections / runs
    # binomial SE at 5 % over 1000 runs is 0.7 %; the shift test is slightly conservative with discrete
    # counts (3.95 % over 2000 seeds when measured)
    assert 0.025 <= rate <= 0.07, rate


def test_planted_responses_are_found():
    found = 0
    for seed in range(20):
        rng = np.random.default_rng(1000 + seed)
        cues = poisson(rng, 4, 10)
        answered = cues[rng.random(len(cues)) < 0.6]
        replies = np.sort(np.concatenate((answered + rng.uniform(300, 1500, len(answered)), poisson(rng, 4, 10))))
        result = contingency([session(cues, replies, (0, 10 * MINUTE))], "cue", "reply", (0, 2000),
                             permutations=199, seed=seed)
        assert result.rate > result.base_rate
        found += result.p_value <= 0.05
        assert 0.3 <= result.median_latency_s <= 1.6
    assert found == 20


def test_pooled_sessions_sum_counts_and_weight_base_rates():
    one = session([1000, 5000, 9000], [1500, 7500, 9100, 12_000])
    two = session([2000], [2500], (0, 10_000))
    pooled = contingency([one, two], "cue", "reply", (0, 2000), permutations=99)
    each = [contingency([s], "cue", "reply", (0, 2000), permutations=0) for s in (one, two)]
    assert pooled.n_given == 4 and pooled.n_responded == 3
    assert pooled.base_rate == pytest.approx((each[0].base_rate * 3 + each[1].base_rate * 1) / 4)


@settings(max_examples=40, deadline=None)
@given(st.lists(st.integers(0, 30_000), max_size=30), st.lists(st.integers(0, 30_000), max_size=30),
       st.integers(0, 2000), st.integers(1, 4000))
def test_figures_stay_in_range(cues, replies, w0, width):
    result = contingency([session(cues, replies, (0, 40_000))], "cue", "reply", (w0, w0 + width),
                         permutations=19)
    assert result.n_responded <= result.n_given == len(cues)
    if cues:
        assert 0 <= result.rate <= 1 and 0 < result.p_value <= 1 and 0 <= result.base_rate <= 1
    assert all(w0 / 1000 < lat <= (w0 + width) / 1000 + 1e-9 for lat in result.latencies_s)


def test_bad_windows_are_refused():
    for window in [(2000, 1000), (-1000, 2000), (1000, 1000)]:
        with pytest.raises(ValueError, match="window"):
            contingency([session([1000], [1500])], "cue", "reply", window)


def test_onsets_are_sorted():
    assert onsets([("a", 5, 6), ("b", 1, 2), ("a", 2, 3)], "a").tolist() == [2, 5]
