"""Motion energy kept in the project comes back as computed (to float32 precision), keyed by clip and regions."""

from __future__ import annotations

import numpy as np
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from vig_annotator.analysis.motion_energy import MotionEnergy
from vig_annotator.analysis.saved_motion import cache_motion, cached_motion, motion_key, saved_regions, set_regions

REGIONS = {"parent": (0, 0, 320, 360), "infant": (320, 0, 320, 360)}


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(start=st.floats(0, 3_600_000), fps=st.sampled_from([24.0, 25.0, 29.97, 60.0]),
       n=st.integers(1, 400), seed=st.integers(0, 2**31 - 1))
def test_kept_motion_round_trips_within_a_fraction_of_a_frame(blank_project, start, fps, n, seed):
    rng = np.random.default_rng(seed)
    times = start + np.arange(n) * 1000 / fps
    energy = {name: rng.random(n) for name in REGIONS}
    motion = MotionEnergy(times, energy, dict(REGIONS), 12, 4, (640, 360))
    clip = blank_project.clips[0]
    steps = len(blank_project.history.done)
    blank_project.run(cache_motion(blank_project, clip, motion), undoable=False)
    back = cached_motion(blank_project, clip, REGIONS, 12)
    assert back is not None and back.step == 4 and back.frame_size == (640, 360)
    assert np.max(np.abs(back.times_ms - times)) < 0.01 * 1000 / fps  # times kept as offsets from the first
    for name in REGIONS:
        assert np.allclose(back.energy[name], energy[name], atol=1e-6)
    assert len(blank_project.history.done) == steps  # computed data, not an undo step


def test_other_regions_or_threshold_are_other_entries(blank_project):
    clip = blank_project.clips[0]
    key = motion_key(clip, REGIONS, 12)
    assert key.startswith(f"motion:{clip.fingerprint}:")
    assert key != motion_key(clip, {**REGIONS, "infant": (300, 0, 320, 360)}, 12) != motion_key(clip, REGIONS, 13)
    assert cached_motion(blank_project, clip, REGIONS, 12) is None


def test_setting_the_same_regions_again_is_no_edit(blank_project):
    clip = blank_project.clips[0]
    blank_project.run(set_regions(blank_project, clip, REGIONS))
    assert saved_regions(blank_project, clip) == REGIONS and list(saved_regions(blank_project, clip)) == list(REGIONS)
    assert set_regions(blank_project, clip, dict(REGIONS)).pairs == []


def test_only_the_latest_regions_motion_is_kept_per_clip(blank_project):
    clip = blank_project.clips[0]
    other = {**REGIONS, "infant": (300, 0, 320, 360)}
    for regions in (REGIONS, other):
        motion = MotionEnergy(np.arange(5) * 40.0, {n: np.zeros(5) for n in regions}, dict(regions), 12, 4, (640, 360))
        blank_project.run(cache_motion(blank_project, clip, motion), undoable=False)
    assert cached_motion(blank_project, clip, REGIONS, 12) is None
    assert cached_motion(blank_project, clip, other, 12) is not None
    assert [k for k in blank_project.entities["setting"] if str(k).startswith("motion:")] == [
        motion_key(clip, other, 12)]
