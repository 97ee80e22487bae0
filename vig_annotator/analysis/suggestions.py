"""Detected vocalisations offered to a coder as suggestions for a scheme's codes (pure, no writes).

Nothing enters a session until the coder accepts it. An accepted suggestion becomes an ordinary
segment of the chosen code whose modifiers carry ``suggested_by`` (e.g. ``voices@300Hz``), so exports
and reviews show where it came from without a new kind of entity. The GUI turns the accepted ones
into one command for the project's runner.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from itertools import accumulate

from vig_annotator.analysis.voices import Vocalisation
from vig_annotator.core.model import Segment
from vig_annotator.core.modifiers import SUGGESTED_BY  # the modifier that records an accepted segment's origin


@dataclass(frozen=True)
class Suggestion:
    """A stretch offered for ``code_id``, with what found it and how sure it was."""

    start_ms: int
    end_ms: int
    code_id: str
    source: str
    confidence: float

    def modifiers(self) -> tuple[tuple[str, tuple[str, ...]], ...]:
        """The modifiers an accepted segment carries to record its origin."""
        return ((SUGGESTED_BY, (self.source,)),)


def voice_suggestions(found: Iterable[Vocalisation], code_for_speaker: Mapping[str, str],
                      existing: Sequence[Segment], duration_ms: int, source: str = "voices") -> list[Suggestion]:
    """One suggestion per vocalisation whose speaker has a code, unless that code is already there.

    A vocalisation that would overlap a segment of its code in the session is left out (segments of
    one code never overlap), so accepting any subset of suggestions keeps the session valid.
    """
    spans: dict[str, list[tuple[int, int]]] = {}
    for seg in existing:
        spans.setdefault(seg.code_id, []).append((seg.start_ms, max(seg.end_ms, seg.start_ms + 1)))
    # per code: starts in order and the furthest end reached so far, so "does anything starting before
    # this one's end reach past its start?" is one binary search (the GUI asks again after every edit)
    taken: dict[str, tuple[list[int], list[int]]] = {}
    for code_id, found_spans in spans.items():
        found_spans.sort()
        taken[code_id] = ([a for a, _ in found_spans], list(accumulate((b for _, b in found_spans), max)))
    out: list[Suggestion] = []
    for v in found:
        code = code_for_speaker.get(v.speaker)
        start, end = max(0, v.start_ms), min(v.end_ms, duration_ms)
        if code is None or end <= start:
            continue
        if code in taken:
            starts, reach = taken[code]
            before = bisect_left(starts, end)
            if before and reach[before - 1] > start:
                continue
        out.append(Suggestion(start, end, code, source, v.confidence))
    return sorted(out, key=lambda s: (s.start_ms, s.code_id))


@dataclass
class SuggestionReview:
    """Going through suggestions one at a time: next, accept, reject, or accept all in a range."""

    suggestions: list[Suggestion]
    decisions: dict[int, bool] = field(default_factory=dict)
    current: int = 0

    def pending(self) -> list[int]:
        return [i for i in range(len(self.suggestions)) if i not in self.decisions]

    def next(self) -> Suggestion | None:
        """Move to the next undecided suggestion after the current one (wrapping); None when all are decided."""
        order = self.pending()
        if not order:
            return None
        later = [i for i in order if i > self.current]
        self.current = later[0] if later else order[0]
        return self.suggestions[self.current]

    def decide(self, accept: bool) -> Suggestion | None:
        """Accept or reject the current suggestion and move on; returns the one now current."""
        if self.current < len(self.suggestions):
            self.decisions[self.current] = accept
        return self.next()

    def accept_range(self, start_ms: int, end_ms: int) -> int:
        """Accept every undecided suggestion that lies wholly within [start_ms, end_ms]; how many."""
        chosen = [i for i in self.pending()
                  if start_ms <= self.suggestions[i].start_ms and self.suggestions[i].end_ms <= end_ms]
        self.decisions.update(dict.fromkeys(chosen, True))
        return len(chosen)

    def accepted(self) -> list[Suggestion]:
        return [s for i, s in enumerate(self.suggestions) if self.decisions.get(i)]
