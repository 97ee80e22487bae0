"""What an utterance sounds like, as the numbers a classifier weighs (pitch, spectrum, duration, loudness).

Pitch level, range and contour, spectral shape, duration, voicing and loudness.

These are the measures studies of infant against adult vocalisations use (F0 level and variability:
Fernald 1989, Papoušek et al.; formant and spectral shape: Kent & Murray 1982, Oller 2000; duration and
syllable structure: Oller's infraphonological measures). Each is computed over the utterance's voiced frames;
a measure the track cannot give (a pitch-only track has no spectrum) is NaN and weighs nothing.
"""

from __future__ import annotations

import numpy as np

from vig_annotator.analysis.pitch import PitchTrack
from vig_annotator.analysis.utterances import Utterance, background_db

FEATURES = ("f0_median_st", "f0_range_st", "f0_slope_st_per_s", "duration_log2_s", "voiced_share",
            "centroid_log2_hz", "tilt_db", "loudness_db")
"""The measures, in the order of a feature vector (st = semitones above 100 Hz)."""
DESCRIPTIONS = {
    "f0_median_st": "median F0 in semitones above 100 Hz (infant-directed speech 250–330 Hz ≈ 16–21 st)",
    "f0_range_st": "F0 range: 90th minus 10th percentile, semitones",
    "f0_slope_st_per_s": "F0 contour: the slope of a straight line through it, semitones per second",
    "duration_log2_s": "duration, log2 of seconds",
    "voiced_share": "the share of its frames that are voiced (speech has unvoiced consonants, a coo hardly any)",
    "centroid_log2_hz": "spectral centroid of the voiced frames (median), log2 Hz: higher formants raise it",
    "tilt_db": "spectral tilt: energy at 1–4 kHz against 0–1 kHz (median over voiced frames), dB",
    "loudness_db": "median loudness of the voiced frames above the clip's background, dB",
}


def semitones(hz: np.ndarray | float) -> np.ndarray:
    """Semitones above 100 Hz."""
    return np.asarray(12 * np.log2(np.asarray(hz, dtype=np.float64) / 100.0))


def features(track: PitchTrack, utterance: Utterance, background: float | None = None) -> np.ndarray:
    """The feature vector of one utterance (see :data:`FEATURES`); ``background``: the clip's, when known."""
    frames = utterance.voiced
    st = semitones(track.f0_hz[frames])
    times_s = track.times_ms[frames] / 1000.0
    slope = float(np.polyfit(times_s - times_s[0], st, 1)[0]) if len(frames) >= 3 and np.ptp(times_s) > 0 else 0.0
    p10, p50, p90 = np.percentile(st, [10, 50, 90])
    span_frames = max((utterance.end_ms - utterance.start_ms) / max(track.step_ms, 1), 1.0)
    values = [p50, p90 - p10, slope, np.log2(max(utterance.end_ms - utterance.start_ms, 1) / 1000.0),
              min(len(frames) / span_frames, 1.0)]
    if track.has_spectrum:
        assert track.centroid_hz is not None and track.tilt_db is not None and track.loudness_db is not None
        values += [float(np.log2(max(float(np.median(track.centroid_hz[frames])), 1.0))),
                   float(np.median(track.tilt_db[frames])),
                   float(np.median(track.loudness_db[frames]))
                   - (background_db(track) if background is None else background)]
    else:
        values += [np.nan, np.nan, np.nan]
    return np.array(values, dtype=np.float64)
