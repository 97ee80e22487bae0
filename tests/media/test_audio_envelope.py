"""The waveform's envelope puts the loud bits where the sound is."""

from __future__ import annotations

import numpy as np

from vig_annotator.media.audio import compute_envelope, envelope_of


def test_envelope_peaks_at_the_tone_bursts(clips):
    envelope = compute_envelope(clips["bursts"])
    assert envelope is not None
    onsets = envelope.peak_times_ms(threshold=0.3)
    assert len(onsets) == 3
    for found, expected in zip(onsets, (500, 1700, 3200), strict=True):
        assert abs(found - expected) <= 10  # one 10 ms bin (plus AAC's priming delay budget)


def test_span_shows_loud_and_quiet_stretches_at_any_zoom(clips):
    envelope = compute_envelope(clips["bursts"])
    assert envelope is not None
    mins, maxs = envelope.span(0, 4000, 40)  # 100 ms per bin
    loud = np.flatnonzero(maxs > 0.3)
    # each 100 ms burst fills its bin; AAC's few ms of delay may spill it into the next one
    assert {5, 17, 32} <= set(loud) <= {5, 6, 17, 18, 32, 33}
    assert (mins[[5, 17, 32]] < -0.3).all()
    quiet = np.setdiff1d(np.arange(40), loud)
    assert (np.abs(maxs[quiet]) < 0.05).all()


def test_span_pools_by_hand_on_known_samples():
    samples = np.zeros(16_000, np.float32)  # one second at 16 kHz
    samples[8000] = 0.9                        # at 500 ms
    samples[12000] = -0.7                      # at 750 ms
    env = envelope_of(samples)
    mins, maxs = env.span(0, 1000, 4)          # 250 ms per output bin
    assert maxs.tolist() == [0.0, 0.0, np.float32(0.9), 0.0]
    assert mins.tolist() == [0.0, 0.0, 0.0, np.float32(-0.7)]


def test_a_clip_without_sound_has_no_envelope(clips):
    assert compute_envelope(clips["cfr25"]) is None
