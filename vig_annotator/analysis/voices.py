"""Vocalisations found in a clip's sound: when someone is voicing, and whether it sounds adult or infant.

Suggestions for a coder, never codings. Utterances are found first from voicing, loudness and pauses
(:mod:`~vig_annotator.analysis.utterances`) and each is then classified whole
(:mod:`~vig_annotator.analysis.voice_classes`) from its pitch level, range and contour, spectral shape,
duration, voicing and loudness (:mod:`~vig_annotator.analysis.voice_features`): a mother's infant-directed
speech at 250–330 Hz stays one adult utterance instead of alternating "infant" and "adult" pieces.
The coder's pitch midpoint (300 Hz by default: infant vocalisations mostly lie at 300–600 Hz, adult speech at
85–255 Hz, DOMAIN.md) centres the prior; the coder's examples, when given, decide instead. Two voices at once
are heard as one.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

import numpy as np

from vig_annotator.analysis.pitch import PitchTrack, track_pitch
from vig_annotator.analysis.sound_frames import frame_features
from vig_annotator.analysis.utterances import background_db, utterances
from vig_annotator.analysis.voice_classes import ADULT, INFANT, VoiceExample, chosen_examples, classify
from vig_annotator.analysis.voice_features import FEATURES, features

__all__ = ["ADULT", "FEATURES", "INFANT", "Measured", "VoiceAnalysis", "VoiceExample", "VoiceSettings",
           "Vocalisation", "analyse_samples", "analyse_sound", "detect_in_samples", "detect_voices", "label",
           "measure", "vocalisations", "with_spectrum"]

DECODE_SHARE = 0.4
"""The part of the progress bar given to decoding the sound (the rest is pitch tracking)."""


@dataclass(frozen=True)
class VoiceSettings:
    """What counts as one utterance, where the prior's pitch midpoint lies, and the coder's examples."""

    threshold_hz: float = 300.0
    """The pitch midpoint: a median F0 here leaves the prior undecided on pitch (higher sounds infant)."""
    floor_hz: float = 75.0
    ceiling_hz: float = 800.0
    bridge_ms: int = 300
    """Pauses up to this long (consonants, breaths) stay inside one utterance."""
    min_ms: int = 100
    """Shorter voiced stretches are dropped as clicks and noise."""
    examples: tuple[VoiceExample, ...] = ()
    """The coder's examples of each speaker; with any, they classify the utterances instead of the prior."""

    def __post_init__(self) -> None:
        if not 0 < self.floor_hz < self.threshold_hz < self.ceiling_hz:
            raise ValueError(f"the pitch floor ({self.floor_hz:g} Hz) < threshold ({self.threshold_hz:g} Hz) "
                             f"< ceiling ({self.ceiling_hz:g} Hz) must hold")


@dataclass(frozen=True)
class Vocalisation:
    """A detected utterance, offered to a coder as a suggestion.

    ``confidence`` (0–1) is its mean voicing strength times the probability of its speaker; an utterance the
    coder gave as an example (``example``) has its voicing strength alone.
    """

    start_ms: int
    end_ms: int
    speaker: str
    f0_median_hz: float
    confidence: float
    example: bool = False


@dataclass(frozen=True)
class Measured:
    """A track's utterances and what each sounds like: all a new midpoint or new examples need to re-label."""

    spans: tuple[tuple[int, int], ...]
    matrix: np.ndarray
    """One row of :data:`FEATURES` per utterance."""
    strength: tuple[float, ...]
    f0_median_hz: tuple[float, ...]
    bridge_ms: int
    min_ms: int


def measure(track: PitchTrack, settings: VoiceSettings = VoiceSettings()) -> Measured:
    """Find the track's utterances and measure each (the slow part; the labels come from :func:`label`)."""
    found = utterances(track, settings.bridge_ms, settings.min_ms)
    background = background_db(track)
    matrix = np.array([features(track, u, background) for u in found]).reshape(len(found), len(FEATURES))
    return Measured(tuple((u.start_ms, u.end_ms) for u in found), matrix,
                    tuple(float(np.clip(np.mean(track.strength[u.voiced]), 0.0, 1.0)) for u in found),
                    tuple(round(float(np.median(track.f0_hz[u.voiced])), 1) for u in found),
                    settings.bridge_ms, settings.min_ms)


def label(measured: Measured, settings: VoiceSettings = VoiceSettings()) -> list[Vocalisation]:
    """Each measured utterance labelled whole, by the default weights or the settings' examples."""
    if not measured.spans:
        return []
    marked = chosen_examples(measured.spans, settings.examples)
    labels, probability = classify(measured.matrix, settings.threshold_hz, marked)
    return [Vocalisation(start, end, speaker, measured.f0_median_hz[i],
                         round(measured.strength[i] * float(probability[i]), 3), i in marked)
            for i, ((start, end), speaker) in enumerate(zip(measured.spans, labels, strict=True))]


def vocalisations(track: PitchTrack, settings: VoiceSettings = VoiceSettings()) -> list[Vocalisation]:
    """The track's utterances, each labelled whole (see the module's description)."""
    return label(measure(track, settings), settings)


def with_spectrum(track: PitchTrack, samples: np.ndarray, rate: int) -> PitchTrack:
    """The track with each frame's loudness and spectral shape, measured from the sound it came from."""
    loudness, centroid, tilt = frame_features(samples, rate, track.times_ms, ~np.isnan(track.f0_hz))
    return replace(track, loudness_db=loudness, centroid_hz=centroid, tilt_db=tilt)


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
    if track is None:
        return None
    track = with_spectrum(track, samples, rate)
    return VoiceAnalysis(track, vocalisations(track, settings), settings)


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
