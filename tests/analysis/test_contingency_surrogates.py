"""The shift test's floor, too-short sessions, and the trend-robust block surrogate."""

from __future__ import annotations

import math

import numpy as np
import pytest

from vig_annotator.analysis.contingency import SessionEvents, contingency

MINUTE = 60_000
# twelve infant onsets at irregular times in a 60-s clip (no spacing repeats, so no shift re-aligns them)
CUES = [1500, 5000, 9500, 12_000, 17_500, 21_000, 27_500, 31_000, 38_500, 42_000, 49_500, 55_000]


def session(given_ms, target_ms, span) -> SessionEvents:
    events = [("cue", int(t), int(t) + 300) for t in given_ms] + [("reply", int(t), int(t) + 300) for t in target_ms]
    return SessionEvents(events, span)


def test_a_perfect_responder_in_a_short_clip_is_significant():
    # Regression (issue 26): every onset answered at +0.8 s in a 60-s clip gave p = 0.052 with a 0-3 s window,
    # because 3 s of the 60 s of circular shifts re-create the alignment (3/60 = 0.05 floor).
    result = contingency([session(CUES, [c + 800 for c in CUES], (0, MINUTE))], "cue", "reply", (0, 3000),
                         permutations=999)
    assert result.n_responded == 12
    assert result.p_value == pytest.approx(1 / 1000)
    assert result.testable and result.note == ""
    assert "at least 3 s" in result.method


def test_a_clip_too_short_for_significance_says_so():
    # onsets every second of a 10-s clip, each answered: any shift of 3 s or more still finds answers
    cues = [500 + 1000 * i for i in range(10)]
    result = contingency([session(cues, [c + 800 for c in cues], (0, 10_000))], "cue", "reply", (0, 3000),
                         permutations=199)
    assert not result.testable and result.p_floor > 0.05
    assert result.note.startswith("too short to test")
    shorter = contingency([session([500], [1300], (0, 5000))], "cue", "reply", (0, 3000), permutations=99)
    assert math.isnan(shorter.p_value) and "no time shift" in shorter.note
    assert shorter.as_dict()["p_value"] is None


def busier_first_half(rng: np.random.Generator, per_min: float, minutes: float) -> np.ndarray:
    """A Poisson series at 1.5× the rate in the first half and 0.5× in the second."""
    half = minutes * MINUTE / 2
    first = rng.uniform(0, half, rng.poisson(per_min * 1.5 * minutes / 2))
    second = rng.uniform(half, 2 * half, rng.poisson(per_min * 0.5 * minutes / 2))
    return np.sort(np.concatenate((first, second)))


def rejection_rate(surrogate: str, runs: int) -> float:
    rejected = 0
    for seed in range(runs):
        rng = np.random.default_rng(seed)
        cues, replies = busier_first_half(rng, 6, 10), busier_first_half(rng, 8, 10)
        result = contingency([session(cues, replies, (0, 10 * MINUTE))], "cue", "reply", (0, 2000),
                             permutations=199, seed=seed, surrogate=surrogate, block_ms=MINUTE)
        rejected += result.p_value <= 0.05
    return rejected / runs


def test_block_shifts_keep_the_false_positive_rate_under_a_shared_trend():
    # Two independent partners, both busier in the first half: whole-session shifts misalign the trend and
    # reject far too often (16 % over 300 seeds measured); shifts within 1-minute blocks keep it near 5 %.
    circular, blocks = rejection_rate("circular", 200), rejection_rate("blocks", 200)
    assert circular >= 0.10, circular
    assert 0.02 <= blocks <= 0.085, blocks


def test_block_shifts_still_find_planted_responses_and_name_themselves():
    rng = np.random.default_rng(7)
    cues = busier_first_half(rng, 6, 10)
    replies = np.sort(np.concatenate((cues[::2] + 700, busier_first_half(rng, 6, 10))))
    result = contingency([session(cues, replies, (0, 10 * MINUTE))], "cue", "reply", (0, 2000),
                         permutations=199, surrogate="blocks", block_ms=MINUTE)
    assert result.p_value <= 0.01
    assert "60-s block" in result.method and result.as_dict()["surrogate"] == "blocks"


def test_bad_surrogates_are_refused():
    with pytest.raises(ValueError, match="surrogate"):
        contingency([session([1000], [1500], (0, MINUTE))], "cue", "reply", (0, 2000), surrogate="shuffle")
    with pytest.raises(ValueError, match="block 3 s"):
        contingency([session([1000], [1500], (0, MINUTE))], "cue", "reply", (0, 2000), surrogate="blocks",
                    block_ms=3000)
