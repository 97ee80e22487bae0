"""How well found vocalisations match the truth of a made scene: recall, precision, right-speaker time, splits.

Shared by the voice tests and ``benchmarks/voice_accuracy.py`` (which prints the README's table).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

ONSET_MS = 150


class Found(Protocol):
    start_ms: int
    end_ms: int
    speaker: str


@dataclass(frozen=True)
class Score:
    """Per condition: onsets matched within 150 ms (recall, precision), the share of the true vocal time
    covered by a found utterance of the right speaker, and the share of true utterances cut into two or more."""

    truths: int
    found: int
    recall: float
    precision: float
    right_speaker_time: float
    split_share: float
    speaker_right: float
    """Of the matched pairs, the share with the right speaker."""


def matched(truth: Sequence[Found], found: Sequence[Found]) -> list[tuple[int, int]]:
    """Index pairs of a true and a found onset within 150 ms, each used at most once (nearest first)."""
    pairs = sorted((abs(t.start_ms - f.start_ms), i, j) for i, t in enumerate(truth) for j, f in enumerate(found)
                   if abs(t.start_ms - f.start_ms) <= ONSET_MS)
    used_t: set[int] = set()
    used_f: set[int] = set()
    out = []
    for _, i, j in pairs:
        if i not in used_t and j not in used_f:
            used_t.add(i)
            used_f.add(j)
            out.append((i, j))
    return out


def score(truth: Sequence[Found], found: Sequence[Found]) -> Score:
    """The figures for one scene (a precision of 1 when nothing was found)."""
    pairs = matched(truth, found)
    total = sum(t.end_ms - t.start_ms for t in truth)
    right = sum(max(0, min(t.end_ms, f.end_ms) - max(t.start_ms, f.start_ms))
                for t in truth for f in found if f.speaker == t.speaker)
    split = sum(sum(min(t.end_ms, f.end_ms) > max(t.start_ms, f.start_ms) for f in found) >= 2 for t in truth)
    return Score(len(truth), len(found), len(pairs) / max(len(truth), 1), len(pairs) / len(found) if found else 1.0,
                 right / max(total, 1), split / max(len(truth), 1),
                 sum(truth[i].speaker == found[j].speaker for i, j in pairs) / max(len(pairs), 1))
