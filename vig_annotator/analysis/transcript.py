"""Mind-mindedness figures over a session's transcript (the transcript itself is read in the core).

An utterance is a segment of a transcript code whose note holds the text (``core.transcript``);
mind-mindedness codes an utterance by a modifier on the same segment, so counts, proportions and
rates are pure functions of the utterances and the observed duration.
"""

from __future__ import annotations

from collections.abc import Sequence

from vig_annotator.core.transcript import (
    MIND_MINDEDNESS,
    MIND_VALUES,
    Utterance,
    as_rows,
    as_srt,
    as_vtt,
    search,
    speakers,
    utterances,
)

__all__ = ["MIND_MINDEDNESS", "MIND_VALUES", "Utterance", "as_rows", "as_srt", "as_vtt", "mind_mindedness",
           "search", "speakers", "utterances"]


def mind_mindedness(found: Sequence[Utterance], duration_ms: int, speaker: str = "parent") -> dict[str, object]:
    """Counts, proportions of the speaker's utterances, and rates per minute and per 10 minutes of each code.

    Proportions are of all the speaker's utterances (Meins et al. report mind-related comments as a
    share of all comments, which also corrects for how talkative a parent is).
    """
    said = [u for u in found if u.speaker == speaker]
    counts = {value: sum(1 for u in said if u.mind == value) for value in MIND_VALUES}
    minutes = duration_ms / 60_000
    return {"speaker": speaker, "utterances": len(said), "uncoded": len(said) - sum(counts.values()),
            "minutes": round(minutes, 3), "counts": counts,
            "proportions": {v: (round(c / len(said), 4) if said else None) for v, c in counts.items()},
            "per_min": {v: (round(c / minutes, 3) if minutes > 0 else None) for v, c in counts.items()},
            "per_10_min": {v: (round(10 * c / minutes, 3) if minutes > 0 else None) for v, c in counts.items()}}
