"""The measures an utterance is classified by, checked against hand computations, and the whole-utterance rule
as a property: no pitch midpoint and no examples ever change where utterances begin and end."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from vig_annotator.analysis.pitch import PitchTrack
from vig_annotator.analysis.sound_frames import frame_features
from vig_annotator.analysis.utterances import Utterance, utterances
from vig_annotator.analysis.voice_classes import VoiceExample, chosen_examples
from vig_annotator.analysis.voice_features import FEATURES, features
from vig_annotator.analysis.voices import VoiceSettings, label, measure, vocalisations

RATE = 16_000


def tone(hz: float, amplitude: float, seconds: float = 1.0) -> np.ndarray:
    return (amplitude * np.sin(2 * np.pi * hz * np.arange(int(seconds * RATE)) / RATE)).astype(np.float32)


def test_frame_loudness_centroid_and_tilt_of_pure_tones():
    times = np.arange(100.0, 900.0, 10.0)
    for hz, amplitude in ((250.0, 0.5), (2000.0, 0.1)):
        loudness, centroid, tilt = frame_features(tone(hz, amplitude), RATE, times)
        # a sine's mean power is A²/2 (a 25 ms window holds 6 or 50 whole-ish periods)
        assert np.allclose(loudness, 20 * np.log10(amplitude / np.sqrt(2)), atol=0.15)
        assert np.allclose(centroid, hz, rtol=0.03)  # all energy at one frequency
        assert (np.all(tilt < -30) if hz < 1000 else np.all(tilt > 30))  # below / above 1 kHz


def test_spectral_shape_is_measured_only_on_voiced_frames():
    times = np.arange(100.0, 900.0, 10.0)
    voiced = np.arange(len(times)) % 2 == 0
    loudness, centroid, tilt = frame_features(tone(2000.0, 0.1), RATE, times, voiced)
    assert np.allclose(centroid[voiced], 2000, rtol=0.03) and np.all(centroid[~voiced] == 0)
    assert np.all(tilt[~voiced] == 0) and np.allclose(loudness, loudness[0])  # loudness on every frame


def test_silence_reads_as_quiet_with_no_spectrum():
    loudness, centroid, tilt = frame_features(np.zeros(RATE, np.float32), RATE, np.array([500.0]))
    assert loudness[0] <= -100 and centroid[0] == 0 and tilt[0] == 0


def test_pitch_measures_of_a_straight_glide_match_a_hand_computation():
    # F0 rising from 200 to 400 Hz in equal semitone steps over 1 s: 12 semitones, 12 st/s
    n = 101
    st_values = 12 * np.log2(200 / 100) + np.linspace(0, 12, n)
    track = PitchTrack(np.arange(n) * 10.0 + 5, 100 * 2 ** (st_values / 12), np.full(n, 0.9), 10)
    f = dict(zip(FEATURES, features(track, Utterance(0, 1010, np.arange(n))), strict=True))
    assert f["f0_median_st"] == pytest.approx(12 + 6)  # 300 Hz... in semitones: 12·log2(2) + half the glide
    assert f["f0_range_st"] == pytest.approx(0.8 * 12)  # 90th − 10th percentile of an even spread
    assert f["f0_slope_st_per_s"] == pytest.approx(12, rel=1e-6)
    assert f["duration_log2_s"] == pytest.approx(np.log2(1.01))
    assert f["voiced_share"] == pytest.approx(1.0)
    assert np.isnan(f["centroid_log2_hz"]) and np.isnan(f["tilt_db"])  # no spectrum in a pitch-only track


def test_an_example_marks_the_utterances_mostly_inside_it():
    spans = [(0, 1000), (1500, 1800), (2000, 4000)]
    marked = chosen_examples(spans, [VoiceExample(900, 1900, "infant"), VoiceExample(2500, 2600, "adult")])
    # (0–1000): only 100 ms inside; (1500–1800): wholly inside; (2000–4000): the example lies wholly inside it
    assert marked == {1: "infant", 2: "adult"}
    with pytest.raises(ValueError, match="'adult' or 'infant'"):
        VoiceExample(0, 10, "baby")
    with pytest.raises(ValueError, match="before its end"):
        VoiceExample(10, 10, "adult")


frames_strategy = st.lists(st.one_of(st.just(float("nan")), st.floats(80, 780)), min_size=0, max_size=400)


@settings(max_examples=60, deadline=None)
@given(f0=frames_strategy, loud=st.lists(st.floats(-80, -5), min_size=400, max_size=400),
       midpoint=st.floats(120, 700), marks=st.lists(st.tuples(st.integers(0, 4000), st.integers(1, 800),
                                                              st.sampled_from(["adult", "infant"])), max_size=3))
def test_utterances_never_depend_on_the_midpoint_or_the_examples(f0, loud, midpoint, marks):
    n = len(f0)
    track = PitchTrack(np.arange(n) * 10.0 + 5, np.array(f0, dtype=float), np.full(n, 0.7), 10,
                       np.array(loud[:n]), np.full(n, 1500.0), np.zeros(n))
    examples = tuple(VoiceExample(a, a + d, who) for a, d, who in marks)
    plain = vocalisations(track)
    other = vocalisations(track, VoiceSettings(threshold_hz=midpoint, examples=examples))
    assert label(measure(track), VoiceSettings(threshold_hz=midpoint, examples=examples)) == other  # re-labelling
    spans = [(v.start_ms, v.end_ms) for v in plain]
    assert spans == [(v.start_ms, v.end_ms) for v in other]
    assert spans == [(u.start_ms, u.end_ms) for u in utterances(track)]
    assert all(a < b for a, b in spans) and all(b1 <= a2 for (_, b1), (a2, _) in zip(spans, spans[1:], strict=False))
    assert all(v.speaker in ("adult", "infant") and 0 <= v.confidence <= 1 for v in other)
    marked = chosen_examples(spans, examples)
    assert all(other[i].speaker == who and other[i].example for i, who in marked.items())
