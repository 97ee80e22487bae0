"""Agreement of two coders' utterance codes (mind-mindedness): utterances paired by span, kappa on the pairs.

Two transcribers rarely cut an utterance at the same millisecond, so utterances of one speaker pair
when their spans overlap (by at least ``min_overlap`` of the shorter one); pairs are chosen greedily,
largest overlap first, each utterance at most once. Cohen's kappa is computed on the paired
utterances' codes (an uncoded utterance counts as the label ``uncoded``); the unpaired are reported
beside it, never silently dropped.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from vig_annotator.core.model import Segment
from vig_annotator.core.transcript import MIND_VALUES, Utterance, utterances
from vig_annotator.core.transcript import speakers as transcript_speakers
from vig_annotator.reliability.kappa import Agreement, agreement
from vig_annotator.reliability.report import Coded, ComparisonError, check

UNCODED = "uncoded"


@dataclass(frozen=True)
class UtterancePair:
    a: Utterance
    b: Utterance

    @property
    def codes(self) -> tuple[str, str]:
        return (self.a.mind or UNCODED, self.b.mind or UNCODED)


@dataclass(frozen=True)
class UtteranceAgreement:
    """Paired utterances, each coder's unpaired ones, and kappa on the pairs' codes."""

    pairs: tuple[UtterancePair, ...]
    unpaired_a: tuple[Utterance, ...]
    unpaired_b: tuple[Utterance, ...]
    agreement: Agreement
    min_overlap: float


def _overlap_ms(x: Utterance, y: Utterance) -> int:
    return min(x.end_ms, y.end_ms) - max(x.start_ms, y.start_ms)


def pair_utterances(a: Sequence[Utterance], b: Sequence[Utterance],
                    min_overlap: float = 0.0) -> tuple[list[UtterancePair], list[Utterance], list[Utterance]]:
    """Pairs of one speaker's overlapping utterances (largest overlap first), then A's and B's unpaired."""
    candidates: list[tuple[int, int, int, int]] = []
    by_speaker: dict[str, list[int]] = {}
    for j in sorted(range(len(b)), key=lambda j: b[j].start_ms):
        by_speaker.setdefault(b[j].speaker, []).append(j)
    for speaker, order in by_speaker.items():  # a sorted sweep: only B's utterances that can reach each of A's
        starts = [b[j].start_ms for j in order]
        longest = max(b[j].end_ms - b[j].start_ms for j in order)
        for i, x in enumerate(a):
            if x.speaker != speaker:
                continue
            lo = bisect_left(starts, x.start_ms - longest)
            hi = bisect_left(starts, x.end_ms)
            for j in order[lo:hi]:
                y = b[j]
                common = _overlap_ms(x, y)
                shorter = min(x.end_ms - x.start_ms, y.end_ms - y.start_ms)
                if common > 0 and common >= min_overlap * shorter:
                    candidates.append((-common, abs(x.start_ms - y.start_ms), i, j))
    candidates.sort()
    used_a: set[int] = set()
    used_b: set[int] = set()
    pairs: list[tuple[int, int]] = []
    for _, _, i, j in candidates:
        if i not in used_a and j not in used_b:
            used_a.add(i)
            used_b.add(j)
            pairs.append((i, j))
    pairs.sort(key=lambda p: (a[p[0]].start_ms, b[p[1]].start_ms))
    return ([UtterancePair(a[i], b[j]) for i, j in pairs], [x for i, x in enumerate(a) if i not in used_a],
            [y for j, y in enumerate(b) if j not in used_b])


def utterance_agreement(a: Sequence[Segment], b: Sequence[Segment], speaker_of_code: Mapping[str, str],
                        speakers: Sequence[str] | None = None, min_overlap: float = 0.0) -> UtteranceAgreement:
    """Pair the two sessions' utterances (of ``speakers``, default all) and compute kappa on their codes."""
    if not 0 <= min_overlap <= 1:
        raise ValueError(f"the minimum overlap {min_overlap:g} must lie between 0 and 1 (a share of the shorter)")
    keep = set(speakers) if speakers else None
    ua = [u for u in utterances(a, speaker_of_code) if keep is None or u.speaker in keep]
    ub = [u for u in utterances(b, speaker_of_code) if keep is None or u.speaker in keep]
    pairs, only_a, only_b = pair_utterances(ua, ub, min_overlap)
    used = {code for p in pairs for code in p.codes}
    labels = tuple(v for v in (*MIND_VALUES, UNCODED) if v in used or v in MIND_VALUES)
    index = {label: k for k, label in enumerate(labels)}
    k = len(labels)
    table = np.zeros((k, k), dtype=np.float64)
    for p in pairs:
        ca, cb = p.codes
        table[index[ca], index[cb]] += 1
    return UtteranceAgreement(tuple(pairs), tuple(only_a), tuple(only_b), agreement(table, labels), min_overlap)


def compare_utterances(items: Sequence[Coded], speakers: Sequence[str] | None = None,
                       min_overlap: float = 0.0) -> dict[str, Any]:
    """Two sessions' utterance codes compared, as ``as_report`` data; what `agree` and the Compare view both show."""
    if len(items) != 2:
        raise ComparisonError("the utterance comparison takes two sessions")
    check(items)
    a, b = items
    speaker_of_code = transcript_speakers(a.scheme)
    if not speaker_of_code:
        raise ComparisonError(f"{a.label}: scheme {a.scheme.id} {a.scheme.version} has no transcript codes")
    return as_report(utterance_agreement(a.segments, b.segments, speaker_of_code, speakers, min_overlap),
                     a.label, b.label)


def as_report(result: UtteranceAgreement, label_a: str, label_b: str) -> dict[str, Any]:
    """The comparison as JSON-ready data: parameters, kappa, the table and every pair or unpaired utterance."""
    ag = result.agreement

    def line(u: Utterance) -> dict[str, Any]:
        return {"start_s": u.start_ms / 1000, "end_s": u.end_ms / 1000, "speaker": u.speaker, "code": u.mind or UNCODED,
                "text": u.text}

    return {
        "method": "utterances", "a": label_a, "b": label_b, "min_overlap": result.min_overlap,
        "paired": len(result.pairs), "unpaired_a": len(result.unpaired_a), "unpaired_b": len(result.unpaired_b),
        "kappa": ag.kappa, "percent": round(ag.percent, 2), "observed": ag.observed, "chance": ag.chance,
        "labels": list(ag.labels), "table": [list(row) for row in ag.table],
        "pairs": [{"a": line(p.a), "b": line(p.b)} for p in result.pairs],
        "only_a": [line(u) for u in result.unpaired_a], "only_b": [line(u) for u in result.unpaired_b],
    }


def as_text(report: Mapping[str, Any]) -> str:
    """A methods-style paragraph, the table and the unpaired utterances."""
    kappa = "undefined (one code throughout)" if report["kappa"] is None else f"{report['kappa']:.3f}"
    lines = [
        f"Utterance codes: {report['a']} vs {report['b']}. Utterances of one speaker were paired when their spans "
        f"overlapped (by at least {report['min_overlap']:.0%} of the shorter), largest overlap first; Cohen's kappa "
        f"on the {report['paired']} paired utterances = {kappa} ({report['percent']:.1f}% agreement). "
        f"Unpaired: {report['unpaired_a']} only in A, {report['unpaired_b']} only in B.",
        "",
        "A \\ B".ljust(18) + "".join(label[:16].rjust(18) for label in report["labels"]),
    ]
    for label, row in zip(report["labels"], report["table"], strict=True):
        lines.append(label[:16].ljust(18) + "".join(f"{int(v):>18d}" for v in row))
    for side in ("only_a", "only_b"):
        for u in report[side]:
            lines.append(f"{'only in A' if side == 'only_a' else 'only in B'}: {u['start_s']:.3f}–{u['end_s']:.3f} s "
                         f"{u['speaker']} [{u['code']}] {u['text']}")
    return "\n".join(lines)
