"""Vocalisations found in a clip's sound: when someone is voicing, and whether it sounds adult or infant.

Suggestions for a coder, never codings: each vocalisation is a voiced stretch whose median
fundamental frequency (F0) puts it above (infant) or below (adult) a visible, adjustable threshold.
Infant vocalisations mostly lie at 300–600 Hz and adult speech at 85–255 Hz (DOMAIN.md), so
300 Hz is the default split. Two voices at once are heard as one (the stronger pitch wins).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from vig_annotator.analysis.pitch import PitchTrack, track_pitch

ADULT = "adult"
INFANT = "infant"
DECODE_SHARE = 0.4
"""The part of the progress bar given to decoding the sound (the rest is pitch tracking)."""


@dataclass(frozen=True)
class VoiceSettings:
    """What counts as one vocalisation and where adult ends and infant begins."""

    threshold_hz: float = 300.0
    """Median F0 at or above this is ``infant``, below it ``adult``."""
    floor_hz: float = 75.0
    ceiling_hz: float = 800.0
    bridge_ms: int = 300
    """Unvoiced gaps up to this long (consonants, breaths) stay inside one vocalisation."""
    min_ms: int = 100
    """Shorter voiced stretches are dropped as clicks and noise."""
    min_switch_ms: int = 150
    """A change of speaker class inside a stretch must last this long to split it (else a pitch jump)."""

    def __post_init__(self) -> None:
        if not 0 < self.floor_hz < self.threshold_hz < self.ceiling_hz:
            raise ValueError(f"the pitch floor ({self.floor_hz:g} Hz) < threshold ({self.threshold_hz:g} Hz) "
                             f"< ceiling ({self.ceiling_hz:g} Hz) must hold")


@dataclass(frozen=True)
class Vocalisation:
    """A detected vocalisation, offered to a coder as a suggestion.

    ``confidence`` (0–1) is its mean voicing strength times the share of its voiced frames whose F0
    lies on its speaker's side of the threshold.
    """

    start_ms: int
    end_ms: int
    speaker: str
    f0_median_hz: float
    confidence: float


def vocalisations(track: PitchTrack, settings: VoiceSettings = VoiceSettings()) -> list[Vocalisation]:
    """Group a pitch track's voiced frames into vocalisations and label each by its median F0."""
    voiced = np.flatnonzero(~np.isnan(track.f0_hz))
    if len(voiced) == 0:
        return []
    times = track.times_ms[voiced]
    breaks = np.flatnonzero(np.diff(times) > settings.bridge_ms + track.step_ms) + 1
    found: list[Vocalisation] = []
    for stretch in np.split(voiced, breaks):
        infant = track.f0_hz[stretch] >= settings.threshold_hz
        for run in _class_runs(infant, settings.min_switch_ms // max(track.step_ms, 1)):
            frames = stretch[run]
            found.extend(_one(track, frames, settings))
    return found


def _class_runs(infant: np.ndarray, min_frames: int) -> list[slice]:
    """Runs of one speaker class, after short runs are given to the longer neighbour."""
    labels = infant.astype(np.int8).copy()
    while True:
        edges = np.flatnonzero(np.diff(labels)) + 1
        bounds = np.concatenate(([0], edges, [len(labels)]))
        lengths = np.diff(bounds)
        if len(lengths) == 1 or lengths.min() >= min_frames:
            return [slice(int(a), int(b)) for a, b in zip(bounds[:-1], bounds[1:], strict=True)]
        k = int(np.argmin(lengths))
        left = lengths[k - 1] if k > 0 else -1
        right = lengths[k + 1] if k + 1 < len(lengths) else -1
        labels[bounds[k]:bounds[k + 1]] = labels[bounds[k] - 1] if left >= right else labels[bounds[k + 1]]


def _one(track: PitchTrack, frames: np.ndarray, settings: VoiceSettings) -> list[Vocalisation]:
    half = track.step_ms / 2
    start = int(round(track.times_ms[frames[0]] - half))
    end = int(round(track.times_ms[frames[-1]] + half))
    if end - start < settings.min_ms:
        return []
    f0 = track.f0_hz[frames]
    median = float(np.median(f0))
    infant = median >= settings.threshold_hz
    agree = float(np.mean((f0 >= settings.threshold_hz) == infant))
    strength = float(np.clip(np.mean(track.strength[frames]), 0.0, 1.0))
    return [Vocalisation(max(start, 0), end, INFANT if infant else ADULT, round(median, 1),
                         round(strength * agree, 3))]


@dataclass(frozen=True)
class VoiceAnalysis:
    """What one pass over the sound gives the timeline: the pitch contour and the vocalisations."""

    track: PitchTrack
    vocalisations: list[Vocalisation]
    settings: VoiceSettings


def analyse_samples(samples: np.ndarray, rate: int, settings: VoiceSettings = VoiceSettings(),
                    progress: Callable[[float], None] | None = None,
                    cancelled: Callable[[], bool] | None = None) -> VoiceAnalysis | None:
    """Pitch contour and vocalisations of a mono sound (float, -1..1); None when cancelled."""
    track = track_pitch(samples, rate, settings.floor_hz, settings.ceiling_hz, progress=progress,
                        cancelled=cancelled)
    return None if track is None else VoiceAnalysis(track, vocalisations(track, settings), settings)


def detect_in_samples(samples: np.ndarray, rate: int, settings: VoiceSettings = VoiceSettings(),
                      progress: Callable[[float], None] | None = None,
                      cancelled: Callable[[], bool] | None = None) -> list[Vocalisation] | None:
    """Vocalisations in a mono sound (float, -1..1); None when cancelled."""
    result = analyse_samples(samples, rate, settings, progress, cancelled)
    return None if result is None else result.vocalisations


def analyse_sound(path: str | Path, settings: VoiceSettings = VoiceSettings(),
                  progress: Callable[[float], None] | None = None,
                  cancelled: Callable[[], bool] | None = None) -> VoiceAnalysis | None:
    """Pitch contour and vocalisations of a clip's sound track; None when cancelled.

    Raises MediaError (a ValueError naming the file) when the file is not media or has no sound.
    """
    from vig_annotator.media.audio import RATE, decode_mono
    from vig_annotator.media.probe import MediaError, open_container

    container = open_container(path)
    try:
        if not container.streams.audio:
            what = "a video without sound" if container.streams.video else "not a video or sound file"
            raise MediaError(f"{path}: has no sound track ({what})")
    finally:
        container.close()

    def decoding(share: float) -> None:
        if progress is not None:
            progress(DECODE_SHARE * share)

    def tracking(share: float) -> None:
        if progress is not None:
            progress(DECODE_SHARE + (1 - DECODE_SHARE) * share)

    samples = decode_mono(path, decoding, cancelled)
    if samples is None:
        return None
    return analyse_samples(samples, RATE, settings, tracking, cancelled)


def detect_voices(path: str | Path, settings: VoiceSettings = VoiceSettings(),
                  progress: Callable[[float], None] | None = None,
                  cancelled: Callable[[], bool] | None = None) -> list[Vocalisation] | None:
    """Vocalisations in a clip's sound track; None when cancelled (see :func:`analyse_sound`)."""
    result = analyse_sound(path, settings, progress, cancelled)
    return None if result is None else result.vocalisations
