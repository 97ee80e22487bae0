"""Vocal turn-taking between parent and infant, from their vocalisation intervals (pure functions).

A *turn* is one partner's vocalisation followed by the other's, the response starting after the
first one started and no later than ``max_gap_ms`` after it ended, with no vocalisation starting in
between (partners starting at the same instant do not answer each other) (DOMAIN.md: 1–2 s is common;
LENA uses 5 s). Its *response latency* is the response's onset minus the first vocalisation's
offset (negative when the response starts in overlap); the non-negative latencies are the
*switching pauses*. A vocalisation wholly inside the partner's (a backchannel) is an overlap, not a
turn, and it does not take the floor: a *monologue* is a run of two or more vocalisations by one
partner with no partner vocalisation other than a backchannel starting in between. Rates are per
minute of the clip (the observed time, ``duration_ms``); the same counts over the coded span (first
vocalisation onset to last offset, either partner) are given beside them, named.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import groupby

import numpy as np

PARENT = "parent"
INFANT = "infant"
DIRECTIONS = (f"{PARENT}_to_{INFANT}", f"{INFANT}_to_{PARENT}")

Interval = tuple[int, int]


@dataclass(frozen=True)
class Turn:
    """A switch from ``first`` to the other partner: the first's offset and the response's onset."""

    first: str
    first_end_ms: int
    response_start_ms: int

    @property
    def direction(self) -> str:
        return f"{self.first}_to_{INFANT if self.first == PARENT else PARENT}"

    @property
    def latency_ms(self) -> int:
        return self.response_start_ms - self.first_end_ms


@dataclass(frozen=True)
class Monologue:
    speaker: str
    start_ms: int
    end_ms: int
    vocalisations: int


@dataclass(frozen=True)
class TurnTaking:
    """The turns, overlaps and monologues of one session (or of several, pooled)."""

    turns: tuple[Turn, ...]
    overlaps: tuple[Interval, ...]
    monologues: tuple[Monologue, ...]
    duration_ms: int
    max_gap_ms: int
    coded_span_ms: int = 0

    @property
    def turns_per_min(self) -> float:
        """Turns per minute of the clip (the observed time)."""
        return len(self.turns) * 60_000 / self.duration_ms if self.duration_ms > 0 else 0.0

    @property
    def turns_per_min_coded_span(self) -> float:
        """Turns per minute of the coded span (first vocalisation onset to last offset)."""
        return len(self.turns) * 60_000 / self.coded_span_ms if self.coded_span_ms > 0 else 0.0

    def latencies_ms(self, direction: str) -> list[int]:
        return [t.latency_ms for t in self.turns if t.direction == direction]

    def switching_pauses_ms(self) -> list[int]:
        return [t.latency_ms for t in self.turns if t.latency_ms >= 0]


def merged(intervals: Iterable[Interval]) -> list[Interval]:
    """One partner's vocalisations in time order, overlapping or touching ones joined into one."""
    out: list[list[int]] = []
    for start, end in sorted((int(a), int(b)) for a, b in intervals):
        if end < start:
            raise ValueError(f"a vocalisation ends ({end} ms) before it starts ({start} ms)")
        if out and start <= out[-1][1]:
            out[-1][1] = max(out[-1][1], end)
        else:
            out.append([start, end])
    return [(a, b) for a, b in out]


def overlaps(parent: Sequence[Interval], infant: Sequence[Interval]) -> list[Interval]:
    """Stretches when both partners vocalise at once (inputs merged and sorted)."""
    found: list[Interval] = []
    i = j = 0
    while i < len(parent) and j < len(infant):
        start, end = max(parent[i][0], infant[j][0]), min(parent[i][1], infant[j][1])
        if start < end:
            found.append((start, end))
        if parent[i][1] <= infant[j][1]:
            i += 1
        else:
            j += 1
    return found


def turn_taking(parent: Iterable[Interval], infant: Iterable[Interval], duration_ms: int,
                max_gap_ms: int = 2000) -> TurnTaking:
    """Turns, overlaps and monologues of one session whose observed time is ``duration_ms``."""
    if max_gap_ms < 0:
        raise ValueError(f"the maximum gap must be 0 s or more, not {max_gap_ms / 1000:g} s")
    p, i = merged(parent), merged(infant)
    voc = sorted([(a, b, PARENT) for a, b in p] + [(a, b, INFANT) for a, b in i])
    others = {PARENT: i, INFANT: p}
    heard = [(a, b, who) for a, b, who in voc if not _inside((a, b), others[who])]
    onsets = [list(group) for _, group in groupby(heard, key=lambda v: v[0])]
    turns: list[Turn] = []
    for before, now in zip(onsets, onsets[1:], strict=False):
        for _, _, who in now:
            turns += [Turn(other, end, start) for start, end, other in
                      ((now[0][0], b, o) for _, b, o in before if o != who) if start - end <= max_gap_ms]
    span = (max(b for _, b, _ in voc) - min(a for a, _, _ in voc)) if voc else 0
    return TurnTaking(tuple(turns), tuple(overlaps(p, i)), tuple(_monologues(onsets)), int(duration_ms), max_gap_ms,
                      int(span))


def _inside(voc: Interval, other: list[Interval]) -> bool:
    """Whether a vocalisation lies wholly within one of the partner's (and is not the same span)."""
    k = bisect_right(other, (voc[0], float("inf"))) - 1
    return k >= 0 and other[k][1] >= voc[1] and other[k] != voc


def _monologues(onsets: list[list[tuple[int, int, str]]]) -> list[Monologue]:
    """Runs of one partner's vocalisations; partners starting at the same instant end a run."""
    found: list[Monologue] = []
    run: list[tuple[int, int, str]] = []
    for group in [*onsets, []]:
        speaker = group[0][2] if len(group) == 1 else ""
        if run and speaker != run[0][2]:
            if len(run) >= 2:
                found.append(Monologue(run[0][2], run[0][0], max(b for _, b, _ in run), len(run)))
            run = []
        if speaker:
            run.append(group[0])
    return found


def pooled(sessions: Sequence[TurnTaking]) -> TurnTaking:
    """Several sessions as one: counts and latencies pooled, rate over their summed time."""
    gaps = {s.max_gap_ms for s in sessions}
    if len(gaps) > 1:
        raise ValueError("sessions measured with different maximum gaps cannot be pooled")
    return TurnTaking(tuple(t for s in sessions for t in s.turns), tuple(o for s in sessions for o in s.overlaps),
                      tuple(m for s in sessions for m in s.monologues), sum(s.duration_ms for s in sessions),
                      gaps.pop() if gaps else 2000, sum(s.coded_span_ms for s in sessions))


def _spread(values_ms: Sequence[int]) -> dict[str, float | int | None]:
    if not values_ms:
        return {"n": 0, "median_s": None, "q1_s": None, "q3_s": None, "iqr_s": None}
    q1, median, q3 = (float(x) / 1000 for x in np.percentile(values_ms, [25, 50, 75]))
    return {"n": len(values_ms), "median_s": round(median, 3), "q1_s": round(q1, 3), "q3_s": round(q3, 3),
            "iqr_s": round(q3 - q1, 3)}


def summary(result: TurnTaking) -> dict[str, object]:
    """The measures as plain values (seconds), for JSON and the text report."""
    latency = {d: _spread(result.latencies_ms(d)) for d in DIRECTIONS}
    return {
        "duration_s": round(result.duration_ms / 1000, 3),
        "max_gap_s": result.max_gap_ms / 1000,
        "turns": len(result.turns),
        "turns_by_direction": {d: len(result.latencies_ms(d)) for d in DIRECTIONS},
        "turns_per_min": round(result.turns_per_min, 3),
        "rate_basis": "clip duration",
        "coded_span_s": round(result.coded_span_ms / 1000, 3),
        "turns_per_min_coded_span": round(result.turns_per_min_coded_span, 3),
        "median_latency_s": {d: latency[d]["median_s"] for d in DIRECTIONS},
        "latency": latency,
        "switching_pauses": _spread(result.switching_pauses_ms()),
        "overlaps": len(result.overlaps),
        "overlap_s": round(sum(b - a for a, b in result.overlaps) / 1000, 3),
        "monologues": {who: sum(1 for m in result.monologues if m.speaker == who) for who in (PARENT, INFANT)},
    }
