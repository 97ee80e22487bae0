"""A clip's pitch track kept in the project comes back as computed; the threshold is an undoable choice."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from vig_annotator.analysis.pitch import PitchTrack
from vig_annotator.analysis.saved_voices import (
    add_example,
    cache_track,
    cached_track,
    clear_examples,
    examples_key,
    saved_examples,
    saved_threshold,
    set_threshold,
    settings_for,
    voices_key,
)
from vig_annotator.analysis.sound_frames import half_precision
from vig_annotator.analysis.voices import VoiceExample, VoiceSettings, vocalisations
from vig_annotator.core.commands import edit
from vig_annotator.core.model import Setting


def track(n: int, seed: int, start: float = 5.0, spectrum: bool = True) -> PitchTrack:
    """A random track; with ``spectrum`` also random loudness, centroid and tilt, rounded as the analysis does."""
    rng = np.random.default_rng(seed)
    f0 = rng.uniform(80, 700, n)
    f0[rng.random(n) < 0.4] = np.nan  # unvoiced frames
    if not spectrum:
        return PitchTrack(start + np.arange(n) * 10.0, f0, rng.random(n), 10)
    return PitchTrack(start + np.arange(n) * 10.0, f0, rng.random(n), 10, half_precision(rng.uniform(-70, -10, n)),
                      half_precision(rng.uniform(100, 7000, n)), half_precision(rng.uniform(-30, 20, n)))


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(n=st.integers(0, 3000), seed=st.integers(0, 2**31 - 1), start=st.floats(0, 3_600_000),
       spectrum=st.booleans())
def test_kept_pitch_round_trips_and_gives_the_same_vocalisations(blank_project, n, seed, start, spectrum):
    original = track(n, seed, start, spectrum)
    clip = blank_project.clips[0]
    steps = len(blank_project.history.done)
    blank_project.run(cache_track(blank_project, clip, original), undoable=False)
    back = cached_track(blank_project, clip)
    assert back is not None and back.step_ms == 10 and len(back.times_ms) == n
    assert np.max(np.abs(back.times_ms - original.times_ms), initial=0) < 0.5  # float32 offsets: well under a frame
    assert np.array_equal(np.isnan(back.f0_hz), np.isnan(original.f0_hz))  # unvoiced stays unvoiced
    voiced = ~np.isnan(original.f0_hz)
    assert np.allclose(back.f0_hz[voiced], original.f0_hz[voiced], rtol=1e-6)
    assert np.max(np.abs(back.strength - original.strength), initial=0) <= 0.5 / 255 + 1e-9  # one byte each
    assert back.has_spectrum == spectrum
    for name in ("loudness_db", "centroid_hz", "tilt_db") if spectrum else ():
        assert np.array_equal(getattr(back, name), getattr(original, name))  # kept exactly as computed
    assert [(v.start_ms, v.end_ms, v.speaker) for v in vocalisations(back)] == [
        (v.start_ms, v.end_ms, v.speaker) for v in vocalisations(original)]
    assert len(blank_project.history.done) == steps  # computed data, not an undo step


def test_one_track_per_clip_and_other_pitch_settings_are_another_entry(blank_project):
    clip = blank_project.clips[0]
    assert cached_track(blank_project, clip) is None
    wide = VoiceSettings(floor_hz=60, ceiling_hz=900)
    assert voices_key(clip) != voices_key(clip, wide) and voices_key(clip).startswith(f"voices:{clip.fingerprint}:")
    assert voices_key(clip, VoiceSettings(threshold_hz=450)) == voices_key(clip)  # the threshold is not in the key
    blank_project.run(cache_track(blank_project, clip, track(100, 1)), undoable=False)
    blank_project.run(cache_track(blank_project, clip, track(100, 2), wide), undoable=False)
    kept = [k for k in blank_project.entities["setting"] if str(k).startswith("voices:")]
    assert kept == [voices_key(clip, wide)]


def test_the_threshold_is_an_undoable_choice_whose_steps_merge(blank_project):
    clip = blank_project.clips[0]
    assert saved_threshold(blank_project, clip) == 300.0
    steps = len(blank_project.history.done)
    for hz in (310, 320, 450):
        blank_project.run(set_threshold(blank_project, clip, hz))
    assert settings_for(blank_project, clip).threshold_hz == 450
    assert len(blank_project.history.done) == steps + 1  # one step for a run of spin-box clicks
    blank_project.history.undo()
    assert saved_threshold(blank_project, clip) == 300.0
    with pytest.raises(ValueError, match="threshold"):
        set_threshold(blank_project, clip, 900)


def test_an_odd_kept_value_reads_as_not_computed(blank_project):
    clip = blank_project.clips[0]
    blank_project.run(cache_track(blank_project, clip, track(10, 3)), undoable=False)
    key = voices_key(clip)
    before = blank_project.entities["setting"][key]
    blank_project.run(edit("Spoil", [(before, Setting(key, {"start_ms": 0, "times_ms": "!!"}))]), undoable=False)
    assert cached_track(blank_project, clip) is None


def test_a_track_kept_in_the_first_format_is_recomputed_not_misread(blank_project):
    """Format 1 (pitch only, before frame loudness and spectrum) was keyed by floor, ceiling and step alone."""
    import hashlib
    import json

    clip = blank_project.clips[0]
    old_key = f"voices:{clip.fingerprint}:{hashlib.sha1(json.dumps([75.0, 800.0, 10]).encode()).hexdigest()[:12]}"
    assert old_key != voices_key(clip)
    blank_project.run(cache_track(blank_project, clip, track(50, 4, spectrum=False)), undoable=False)
    kept = blank_project.entities["setting"][voices_key(clip)]
    blank_project.run(edit("Old format", [(kept, None), (None, Setting(old_key, kept.value))]), undoable=False)
    assert cached_track(blank_project, clip) is None  # not found: the GUI computes it again


def test_examples_are_undoable_choices_that_reach_the_settings(blank_project):
    clip = blank_project.clips[0]
    assert settings_for(blank_project, clip).examples == ()
    blank_project.run(add_example(blank_project, clip, VoiceExample(1000, 2000, "adult")))
    blank_project.run(add_example(blank_project, clip, VoiceExample(3000, 3500, "infant")))
    blank_project.run(add_example(blank_project, clip, VoiceExample(1000, 2000, "infant")))  # a second thought
    assert saved_examples(blank_project, clip) == (VoiceExample(3000, 3500, "infant"),
                                                   VoiceExample(1000, 2000, "infant"))
    assert settings_for(blank_project, clip).examples == saved_examples(blank_project, clip)
    assert blank_project.history.undo_label == "Mark voice as infant"
    blank_project.history.undo()
    assert saved_examples(blank_project, clip)[-1] == VoiceExample(3000, 3500, "infant")
    blank_project.run(clear_examples(blank_project, clip))
    assert saved_examples(blank_project, clip) == ()
    blank_project.history.undo()
    assert len(saved_examples(blank_project, clip)) == 2


def test_unreadable_examples_are_left_out(blank_project):
    clip = blank_project.clips[0]
    value = [[0, 100, "adult"], [5, 1, "infant"], ["x", 2, "adult"], [0, 10, "baby"], "junk", [200, 300, "infant"]]
    blank_project.run(edit("Odd", [(None, Setting(examples_key(clip), value))]))
    assert saved_examples(blank_project, clip) == (VoiceExample(0, 100, "adult"), VoiceExample(200, 300, "infant"))
