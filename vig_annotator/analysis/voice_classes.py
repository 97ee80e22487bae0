"""Whose voice an utterance is, adult or infant, from its features: a prior model, or the coder's examples.

Without examples, a fixed logistic score weighs each measure in the direction the literature gives (infant
vocalisations higher in pitch, narrower in range, shorter, fully voiced, with higher formants) around the
coder's pitch midpoint; the weights were set by hand, not fitted. With examples ("this is the parent",
"this is the infant"), each utterance goes to the class whose mean it is nearest to, measure by measure in
units of that measure's spread, starting from the examples' means and refined over the clip's own
utterances (seeded two-means: one example per class is enough). A class without examples starts from the
utterances the prior gives it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from vig_annotator.analysis.voice_features import FEATURES, semitones

ADULT = "adult"
INFANT = "infant"
SPEAKERS = (ADULT, INFANT)

PRIOR_WEIGHTS = {"f0_median_st": 0.5, "f0_range_st": -0.3, "duration_log2_s": -1.0, "voiced_share": 4.0,
                 "centroid_log2_hz": 1.5, "tilt_db": 0.15}
"""The prior's weight per measure (positive: more of it sounds infant); loudness and contour slope weigh 0."""
PRIOR_CENTRES = {"f0_range_st": 3.0, "duration_log2_s": -0.5, "voiced_share": 0.9, "centroid_log2_hz": 10.55,
                 "tilt_db": 0.0}
"""Where each measure is undecided (the F0 centre is the coder's pitch midpoint): 3 st range, 0.7 s,
90 % voiced, a 1.5 kHz centroid, equal energy below and above 1 kHz."""
SCALE_FLOORS = np.array([1.0, 0.5, 2.0, 0.25, 0.05, 0.1, 1.0, 2.0])
"""The smallest spread each measure is scaled by with examples (so a measure that hardly varies in a clip
cannot dominate the distance)."""
ROUNDS = 10


@dataclass(frozen=True)
class VoiceExample:
    """A span the coder marked as one speaker's (``adult`` or ``infant``): utterances in it teach the classes."""

    start_ms: int
    end_ms: int
    speaker: str

    def __post_init__(self) -> None:
        if self.speaker not in SPEAKERS:
            raise ValueError(f"an example is of 'adult' or 'infant', not {self.speaker!r}")
        if not 0 <= self.start_ms < self.end_ms:
            raise ValueError(f"an example's start ({self.start_ms} ms) must be before its end ({self.end_ms} ms)")


def prior_scores(matrix: np.ndarray, midpoint_hz: float) -> np.ndarray:
    """Log-odds that each row (an utterance's features) is an infant's, from the prior weights."""
    centres = dict(PRIOR_CENTRES, f0_median_st=float(semitones(midpoint_hz)))
    score = np.zeros(len(matrix))
    for name, weight in PRIOR_WEIGHTS.items():
        column = matrix[:, FEATURES.index(name)] - centres[name]
        score += weight * np.nan_to_num(column, nan=0.0)
    return score


def chosen_examples(spans: Sequence[tuple[int, int]], examples: Sequence[VoiceExample]) -> dict[int, str]:
    """Which utterances (by index) the examples mark, and as whose.

    An utterance counts when at least half of it, or half of the example, lies inside the example (the
    latest example wins).
    """
    marked: dict[int, str] = {}
    for example in examples:
        for i, (start, end) in enumerate(spans):
            inside = min(end, example.end_ms) - max(start, example.start_ms)
            if inside > 0 and (2 * inside >= end - start or 2 * inside >= example.end_ms - example.start_ms):
                marked[i] = example.speaker
    return marked


def classify(matrix: np.ndarray, midpoint_hz: float,
             marked: dict[int, str] | None = None) -> tuple[list[str], np.ndarray]:
    """Each utterance's speaker and the probability of that speaker (0.5–1).

    ``marked`` (index → speaker) are the coder's examples: they keep the coder's label (probability 1)
    and set the class means the rest are compared with.
    """
    n = len(matrix)
    prior = prior_scores(matrix, midpoint_hz)
    p_infant = 1 / (1 + np.exp(-np.clip(prior, -30, 30)))
    if marked:
        p_infant = _from_examples(matrix, p_infant >= 0.5, marked)
    labels = [INFANT if p >= 0.5 else ADULT for p in p_infant]
    probability = np.maximum(p_infant, 1 - p_infant)
    for i, speaker in (marked or {}).items():
        labels[i], probability[i] = speaker, 1.0
    return labels, probability if n else np.zeros(0)


def _from_examples(matrix: np.ndarray, prior_infant: np.ndarray, marked: dict[int, str]) -> np.ndarray:
    """P(infant) by distance to each class's mean, refined over the clip (seeded two-means).

    The first class means are the examples' (a class without examples: the utterances the prior gives it);
    then every utterance is given to the nearer mean, the means and the pooled spread within the classes are
    taken from those, and so on until no label changes (at most ROUNDS times). The examples never change.
    """
    usable = ~np.all(np.isnan(matrix), axis=0)
    data = matrix[:, usable]
    floors = SCALE_FLOORS[usable]
    spread = np.maximum(np.nan_to_num(np.nanstd(data, axis=0), nan=0.0), floors)
    seeds: dict[str, list[int]] = {}
    for speaker, is_infant in ((ADULT, False), (INFANT, True)):
        rows = [i for i, s in marked.items() if s == speaker]
        if not rows:
            rows = [i for i in range(len(data)) if i not in marked and bool(prior_infant[i]) == is_infant]
        if rows:
            seeds[speaker] = rows
    if len(seeds) < 2:
        return np.full(len(data), 1.0 if INFANT in seeds else 0.0)
    means = {s: np.nanmean(data[rows], axis=0) for s, rows in seeds.items()}
    infant = np.zeros(len(data), dtype=bool)
    log_odds = np.zeros(len(data))
    for step in range(ROUNDS):
        squared = {s: np.nansum(((data - m) / spread) ** 2, axis=1) for s, m in means.items()}
        log_odds = (squared[ADULT] - squared[INFANT]) / 2
        now = log_odds >= 0
        for i, speaker in marked.items():
            now[i] = speaker == INFANT
        if step > 0 and np.array_equal(now, infant):
            break
        infant = now
        if infant.all() or not infant.any():
            break
        means = {INFANT: np.nanmean(data[infant], axis=0), ADULT: np.nanmean(data[~infant], axis=0)}
        within = np.concatenate((data[infant] - means[INFANT], data[~infant] - means[ADULT]))
        spread = np.maximum(np.nan_to_num(np.sqrt(np.nanmean(within ** 2, axis=0)), nan=0.0), floors)
    return np.asarray(1 / (1 + np.exp(-np.clip(log_odds, -30, 30))))
