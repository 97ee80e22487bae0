"""Synchrony on numpy series (brute-force Pearson as the oracle) and on synthetic clips of two moving squares."""

from __future__ import annotations

from fractions import Fraction
from pathlib import Path

import av
import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from vig_annotator.analysis.motion_energy import Cancelled, motion_energy
from vig_annotator.analysis.synchrony import frame_rate, lagged_correlations, resample, synchrony
from vig_annotator.media.probe import MediaError

FPS = 25
SIDE = 24  # the squares' side in pixels
HALF = 160  # each person's region is one half of a 320 × 160 picture
REGIONS = {"parent": (0, 0, HALF, HALF), "infant": (HALF, 0, HALF, HALF)}


def test_windowed_correlations_equal_pearson_brute_force():
    rng = np.random.default_rng(3)
    a, b = rng.normal(size=900), rng.normal(size=900)
    starts, r = lagged_correlations(a, b, window=100, step=70, max_lag=15)
    for w, s in enumerate(starts):
        for k, lag in enumerate(range(-15, 16)):
            assert r[w, k] == pytest.approx(np.corrcoef(a[s:s + 100], b[s + lag:s + lag + 100])[0, 1], abs=1e-9)


@pytest.mark.parametrize("lag", [12, -7])
def test_planted_lag_and_correlation_are_recovered(lag):
    rng = np.random.default_rng(5)
    rho = 0.6
    a = rng.normal(size=6000)
    b = rho * np.roll(a, lag) + np.sqrt(1 - rho ** 2) * rng.normal(size=6000)  # b follows a by `lag` samples
    result = synchrony(a, b, rate_hz=25, window_s=20, max_lag_s=2, surrogates=99)
    assert result.lag_s == pytest.approx(lag / 25)
    assert result.peak_r == pytest.approx(rho, abs=0.05)
    assert result.p_value <= 0.05 and result.effect > 0.3
    assert np.all(result.window_peak_lag_s == pytest.approx(lag / 25))


@settings(max_examples=30, deadline=None)
@given(st.integers(0, 10**6), st.integers(-20, 20))
def test_swapping_the_series_mirrors_the_lags(seed, lag):
    rng = np.random.default_rng(seed)
    a = rng.normal(size=1500)
    b = 0.7 * np.roll(a, lag) + rng.normal(size=1500)
    _, forward = lagged_correlations(a, b, 200, 150, 25)
    _, backward = lagged_correlations(b, a, 200, 150, 25)
    # corr(a[t], b[t + k]) = corr(b[u], a[u − k]) over the same samples only when the windows coincide, so
    # compare the peak lags, which the planted lag dominates
    assert np.argmax(np.nanmean(forward, axis=0)) - 25 == -(np.argmax(np.nanmean(backward, axis=0)) - 25) == lag


def test_independent_series_show_no_synchrony_beyond_surrogates():
    rng = np.random.default_rng(8)
    result = synchrony(rng.normal(size=6000), rng.normal(size=6000), 25, 20, 2, surrogates=199)
    assert result.p_value > 0.05
    assert abs(result.effect) < 0.05


def test_a_still_window_has_no_correlation_and_no_warning():
    a = np.zeros(1000)
    a[500:] = np.random.default_rng(1).random(500)
    result = synchrony(a, a.copy(), 25, 8, 1, surrogates=9)
    assert np.isnan(result.window_peak_r[0]) and result.window_peak_r[-1] == pytest.approx(1)


def test_too_short_series_and_bad_windows_are_refused():
    with pytest.raises(ValueError, match="needs at least"):
        synchrony(np.ones(100), np.ones(100), 25, 30, 5)
    with pytest.raises(ValueError, match="window"):
        synchrony(np.ones(100), np.ones(100), 25, 0, 5)


def test_variable_rate_series_are_put_on_an_even_grid():
    times = np.array([0, 40, 80, 130, 160, 200.0])
    assert frame_rate(times) == pytest.approx(1000 / 40)
    np.testing.assert_allclose(resample(times, times / 10, 25), np.arange(0, 201, 40) / 10)


# --- synthetic clips -------------------------------------------------------------------------------------


def walk(rng: np.random.Generator, frames: int) -> np.ndarray:
    """Positions (x, y) of a square moving in bursts and pauses inside one region."""
    pos = np.zeros((frames, 2), int)
    p = np.array([60, 60])
    v = np.zeros(2, int)
    for t in range(frames):
        if t % 20 == 0:
            v = np.zeros(2, int) if rng.random() < 0.3 else rng.integers(-4, 5, 2)
        p = np.clip(p + v, 4, HALF - SIDE - 4)
        pos[t] = p
    return pos


def changed_area(pos: np.ndarray) -> np.ndarray:
    """Pixels changed frame to frame by a moving square (geometry: twice the area outside the overlap)."""
    d = np.abs(np.diff(pos, axis=0))
    return np.concatenate(([0], 2 * (SIDE * SIDE - (SIDE - d[:, 0]) * (SIDE - d[:, 1]))))


def write_clip(path: Path, left: np.ndarray, right: np.ndarray) -> Path:
    with av.open(str(path), "w") as out:
        stream = out.add_stream("libx264", rate=FPS)
        stream.width, stream.height, stream.pix_fmt = 2 * HALF, HALF, "yuv420p"
        stream.options = {"crf": "18", "preset": "ultrafast", "g": "50"}
        for t in range(len(left)):
            img = np.full((HALF, 2 * HALF), 40, np.uint8)
            (x, y), (u, w) = left[t], right[t]
            img[y:y + SIDE, x:x + SIDE] = 220
            img[w:w + SIDE, HALF + u:HALF + u + SIDE] = 220
            frame = av.VideoFrame.from_ndarray(np.repeat(img[:, :, None], 3, axis=2), format="rgb24")
            frame.pts, frame.time_base = t, Fraction(1, FPS)
            out.mux(stream.encode(frame))
        out.mux(stream.encode())
    return path


LAG = 10  # frames the infant's square trails the parent's
FRAMES = 90 * FPS


@pytest.fixture(scope="module")
def copied(tmp_path_factory):
    """The infant's square repeats the parent's horizontal moves LAG frames later, with moves of its own up/down."""
    rng = np.random.default_rng(11)
    left = walk(rng, FRAMES)
    own = walk(rng, FRAMES)
    right = np.column_stack((np.concatenate((np.full(LAG, left[0, 0]), left[:-LAG, 0])), own[:, 1]))
    path = write_clip(tmp_path_factory.mktemp("clips") / "copied.mp4", left, right)
    return path, changed_area(left), changed_area(right)


@pytest.fixture(scope="module")
def independent(tmp_path_factory):
    rng = np.random.default_rng(12)
    return write_clip(tmp_path_factory.mktemp("clips") / "independent.mp4", walk(rng, FRAMES), walk(rng, FRAMES))


def test_motion_energy_follows_the_moving_squares(copied):
    path, ideal_left, ideal_right = copied
    seen = []
    motion = motion_energy(path, REGIONS, progress=seen.append)
    assert len(motion.times_ms) == FRAMES and motion.frame_size == (2 * HALF, HALF)
    assert seen[-1] == 1.0 and seen == sorted(seen)
    assert np.corrcoef(motion.energy["parent"], ideal_left)[0, 1] > 0.97
    assert np.corrcoef(motion.energy["infant"], ideal_right)[0, 1] > 0.97
    # the share of changed pixels is the changed area over the region's area (thinned grid: loose)
    moving = ideal_left > 0
    np.testing.assert_allclose(np.median(motion.energy["parent"][moving] / (ideal_left[moving] / HALF ** 2)), 1,
                               atol=0.2)


def test_recovered_lag_is_within_a_frame_and_peak_r_close_to_planted(copied):
    path, ideal_left, ideal_right = copied
    motion = motion_energy(path, REGIONS)
    rate = frame_rate(motion.times_ms)
    result = synchrony(motion.energy["parent"], motion.energy["infant"], rate, window_s=10, max_lag_s=2,
                       surrogates=199)
    assert rate == pytest.approx(FPS)
    assert abs(result.lag_s - LAG / FPS) <= 1 / FPS + 1e-9  # positive: the parent (first region) leads
    # planted: the same windows' Pearson r between the geometric motion of the two squares at the planted lag
    planted = np.mean([np.corrcoef(ideal_left[s:s + 250], ideal_right[s + LAG:s + LAG + 250])[0, 1]
                       for s in (result.window_starts_s * FPS).round().astype(int)])
    assert result.peak_r == pytest.approx(planted, abs=0.08)
    assert result.p_value <= 0.01


def test_independent_motion_is_not_reported_as_synchrony(independent):
    motion = motion_energy(independent, REGIONS)
    result = synchrony(motion.energy["parent"], motion.energy["infant"], frame_rate(motion.times_ms), 10, 2,
                       surrogates=199)
    assert result.p_value > 0.05


def test_motion_energy_can_be_cancelled_and_refuses_bad_regions_and_files(copied, tmp_path):
    path = copied[0]
    with pytest.raises(Cancelled):
        motion_energy(path, REGIONS, cancelled=lambda: True)
    with pytest.raises(ValueError, match=r"region infant=300,0,100,160: .*inside the 320×160 picture"):
        motion_energy(path, {"infant": (300, 0, 100, 160)})
    not_video = tmp_path / "notes.mp4"
    not_video.write_text("hello")
    with pytest.raises(MediaError, match="notes.mp4"):
        motion_energy(not_video, REGIONS)


def brute_force_fisher_z(a, b, window, step, max_lag):
    """Oracle: every window's Pearson r at every lag by np.corrcoef, artanh(|r|) averaged over lags, then windows."""
    per_window = []
    for s in range(max_lag, len(a) - window - max_lag + 1, step):
        zs = [np.arctanh(abs(np.corrcoef(a[s:s + window], b[s + k:s + k + window])[0, 1]))
              for k in range(-max_lag, max_lag + 1)]
        per_window.append(np.mean(zs))
    return float(np.mean(per_window))


def test_fisher_z_of_absolute_r_equals_a_brute_force_oracle():
    rng = np.random.default_rng(11)
    a = rng.normal(size=1000)
    b = 0.5 * np.roll(a, 5) + rng.normal(size=1000)
    result = synchrony(a, b, rate_hz=10, window_s=20, max_lag_s=1, surrogates=0)
    assert result.fisher_z == pytest.approx(brute_force_fisher_z(a, b, 200, 200, 10), rel=1e-9)


def test_susy_effect_size_is_the_effect_over_the_pseudo_sd():
    rng = np.random.default_rng(12)
    a = rng.normal(size=3000)
    b = 0.6 * np.roll(a, 4) + rng.normal(size=3000)
    result = synchrony(a, b, rate_hz=10, window_s=20, max_lag_s=1, surrogates=49)
    pseudo = result.surrogate_fisher_z
    p, effect, size = result.fisher_z_test
    assert effect == pytest.approx(result.fisher_z - pseudo.mean())
    assert size == pytest.approx(effect / pseudo.std(ddof=1))
    assert p == pytest.approx((1 + np.sum(pseudo >= result.fisher_z)) / 50) and p <= 0.05
    doc = result.as_dict()
    assert doc["fisher_z_effect_size"] == pytest.approx(size, abs=1e-6) and doc["note"] == ""
    assert "Fisher z" in result.method and "mean peak r" in result.method


def test_a_single_window_is_not_tested_and_gives_no_spurious_p():
    # Regression (issue 26): the demo's one-window clip printed "effect over pseudo-synchrony nan, p = 0.0050":
    # every surrogate was undefined, yet p counted them as below the observed value.
    rng = np.random.default_rng(13)
    a = rng.normal(size=150)
    b = a + rng.normal(size=150)
    result = synchrony(a, b, rate_hz=10, window_s=10, max_lag_s=2, surrogates=199)
    assert result.segments == 1
    assert np.isnan(result.p_value) and np.isnan(result.effect)
    doc = result.as_dict()
    assert doc["p_value"] is None and doc["effect"] is None and doc["surrogate_mean"] is None
    assert doc["fisher_z_p"] is None and doc["fisher_z_pseudo"] is None
    assert doc["surrogate_test"] == "too short to test" and result.note.startswith("too short to test")
    assert doc["synchrony"] is not None and doc["fisher_z_abs"] is not None  # the observed figures stay


def test_three_segments_warn_that_p_cannot_go_below_one_sixth():
    rng = np.random.default_rng(14)
    a = rng.normal(size=300)
    result = synchrony(a, a + rng.normal(size=300), rate_hz=10, window_s=10, max_lag_s=1, surrogates=99)
    assert result.segments == 3
    assert result.smallest_p == pytest.approx(1 / 6)
    # p could not go below 1/6 (the identity ordering comes up in 1 of 6 shuffles): too short, no p or effect
    assert np.isnan(result.p_value) and np.isnan(result.effect) and np.isnan(result.fisher_z_test[0])
    assert result.note.startswith("too short to test") and "0.167" in result.note
    assert result.as_dict()["surrogate_test"] == "too short to test"
    four = synchrony(np.r_[a, a[:100]], np.r_[a, a[:100]], rate_hz=10, window_s=10, max_lag_s=1, surrogates=99)
    assert four.segments == 4 and four.note == ""  # 24 orderings: p can reach 1/24
    assert four.as_dict()["surrogate_test"] == "tested" and 0 < four.p_value <= 1
    few = synchrony(np.r_[a, a[:100]], np.r_[a, a[:100]], rate_hz=10, window_s=10, max_lag_s=1, surrogates=9)
    assert few.note.startswith("too few surrogates")
