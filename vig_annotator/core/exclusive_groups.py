"""The rule of mutually exclusive groups: in one session, no two codes of one group share time.

A scheme may put state codes in a mutually exclusive group (the infant looks at the parent, at a toy, or
away: one at a time). Segments of different codes of one group may touch (one ends where the next
begins) but never overlap; a zero-length open segment covers its own millisecond, as everywhere in the
rules. Segments of the same code are the ordinary overlap rule's business, not this one's.

The check is one sort and one sweep over a group's segments, keeping only those still running, so an
import of 100,000 segments costs what sorting them costs; a key press compares its few segments
against the group's others without a sort.
"""

from __future__ import annotations

from collections.abc import Iterable

from vig_annotator.core.model import CodeKind, Scheme, Segment


def group_of(scheme: Scheme, code_id: str) -> tuple[str, list[str]]:
    """The exclusive group of ``code_id`` and the state codes in it ("" and [] if it has none)."""
    if not scheme.has_code(code_id):
        return "", []
    group = scheme.code(code_id).exclusive_group
    if not group:
        return "", []
    return group, [c.id for c in scheme.codes if c.exclusive_group == group and c.kind == CodeKind.STATE]


def _reach(seg: Segment) -> int:
    return max(seg.end_ms, seg.start_ms + 1)


def _clash(a: Segment, b: Segment) -> bool:
    return a.code_id != b.code_id and a.start_ms < _reach(b) and b.start_ms < _reach(a)


def clashes(segments: Iterable[Segment], only: set[int] | None = None,
            limit: int = 5) -> list[tuple[Segment, Segment]]:
    """Pairs of a group's segments of different codes that overlap, the first of each pair in ``only``.

    ``segments`` are all the session's segments of the group's codes; with ``only`` given, just the pairs
    involving one of those segment ids are found (what an edit puts), at most ``limit`` of them.
    """
    every = list(segments)
    found: list[tuple[Segment, Segment]] = []
    if only is not None and len(only) <= 4:  # a key press or a drag: the few against the rest
        for mine in (s for s in every if s.id in only):
            for other in every:
                if other.id != mine.id and _clash(mine, other) and (other, mine) not in found:
                    found.append((mine, other))
                    break
            if len(found) >= limit:
                break
        return found
    running: list[Segment] = []  # segments started so far that still reach past the latest start
    for seg in sorted(every, key=lambda s: (s.start_ms, s.end_ms, s.id)):
        running = [r for r in running if _reach(r) > seg.start_ms]
        for other in running:
            if other.code_id != seg.code_id and (only is None or seg.id in only or other.id in only):
                mine, theirs = (other, seg) if only is not None and other.id in only else (seg, other)
                found.append((mine, theirs))
                break
        if len(found) >= limit:
            break
        running.append(seg)
    return found

