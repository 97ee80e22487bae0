"""Utterances found in a clip's sound before anyone asks who spoke them: voicing, loudness and pauses.

An utterance is a run of voiced frames (Praat's voicing) that are louder than the clip's background,
bridged over pauses up to ``bridge_ms`` (consonants, breaths), and widened over loud unvoiced frames at its
edges (an initial "s" or "h"). Its speaker is decided afterwards for the whole utterance
(:mod:`~vig_annotator.analysis.voice_classes`): pitch never splits it.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from vig_annotator.analysis.pitch import PitchTrack

BACKGROUND_PERCENTILE = 10
"""The clip's background loudness: this percentile of its frames' loudness (speech leaves pauses)."""
VOICED_ABOVE_DB = 3.0
"""A voiced frame counts only when at least this much louder than the background (noise fakes voicing)."""
EDGE_ABOVE_DB = 10.0
EDGE_MS = 150
"""Unvoiced frames this much louder than the background, up to this long, widen an utterance's edges."""


@dataclass(frozen=True)
class Utterance:
    """A stretch of one voice: its span and the indices of its voiced frames in the track."""

    start_ms: int
    end_ms: int
    voiced: np.ndarray


def background_db(track: PitchTrack) -> float:
    """The clip's background loudness in dB FS (-inf without frame loudness)."""
    if track.loudness_db is None or len(track.loudness_db) == 0:
        return float("-inf")
    return float(np.percentile(track.loudness_db, BACKGROUND_PERCENTILE))


def utterances(track: PitchTrack, bridge_ms: int = 300, min_ms: int = 100) -> list[Utterance]:
    """The utterances in a track, in time order; voiced stretches shorter than ``min_ms`` are dropped."""
    voiced_mask = ~np.isnan(track.f0_hz)
    background = background_db(track)
    if track.loudness_db is not None:
        voiced_mask &= track.loudness_db >= background + VOICED_ABOVE_DB
    voiced = np.flatnonzero(voiced_mask)
    if len(voiced) == 0:
        return []
    breaks = np.flatnonzero(np.diff(track.times_ms[voiced]) > bridge_ms + track.step_ms) + 1
    half = track.step_ms / 2
    found: list[Utterance] = []
    for frames in np.split(voiced, breaks):
        first, last = int(frames[0]), int(frames[-1])
        start, end = track.times_ms[first] - half, track.times_ms[last] + half
        if end - start < min_ms:
            continue
        if track.loudness_db is not None:
            first, last = _widened(track, first, last, background + EDGE_ABOVE_DB)
            start, end = track.times_ms[first] - half, track.times_ms[last] + half
        found.append(Utterance(max(int(round(start)), 0), int(round(end)), frames))
    return found


def _widened(track: PitchTrack, first: int, last: int, loud_db: float) -> tuple[int, int]:
    """The first and last frame after taking in loud unvoiced frames next to the edges (up to EDGE_MS)."""
    assert track.loudness_db is not None
    most = max(EDGE_MS // max(track.step_ms, 1), 0)
    loud = track.loudness_db >= loud_db
    unvoiced = np.isnan(track.f0_hz)
    n = 0
    while n < most and first > 0 and loud[first - 1] and unvoiced[first - 1] \
            and track.times_ms[first] - track.times_ms[first - 1] <= 1.5 * track.step_ms:
        first, n = first - 1, n + 1
    n = 0
    while n < most and last + 1 < len(loud) and loud[last + 1] and unvoiced[last + 1] \
            and track.times_ms[last + 1] - track.times_ms[last] <= 1.5 * track.step_ms:
        last, n = last + 1, n + 1
    return first, last
