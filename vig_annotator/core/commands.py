"""User edits as commands on an undo stack.

A command is a labelled list of entity replacements: each pair ``(before, after)`` says what an
entity was and what it becomes (``None`` = absent). Doing applies the ``after`` side, undoing the
``before`` side, both through ``Project._apply``, so both are committed to the project file.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from typing import Any

from vig_annotator.core.changes import Delete, Memory, Op, Put
from vig_annotator.core.model import Entity, Moment, Rating, Segment, entity_key

Pair = tuple[Entity | None, Entity | None]


def _ops(pairs: Sequence[Pair], forward: bool) -> list[Op]:
    ops: list[Op] = []
    for before, after in pairs:
        old, new = (before, after) if forward else (after, before)
        if new is not None:
            ops.append(Put(new))
        elif old is not None:
            ops.append(Delete(old))
    return ops


@dataclass
class Command:
    """One undoable user edit."""

    label: str
    pairs: list[Pair]
    merge_key: Any = None
    """Commands with the same non-None key merge into one undo step (a drag, typing a note)."""

    def ops(self, forward: bool = True) -> list[Op]:
        """The operations that do (or, with ``forward`` False, undo) this command."""
        return _ops(self.pairs if forward else list(reversed(self.pairs)), forward)

    def stale(self, project: Memory, forward: bool) -> str:
        """Why the command cannot be redone/undone now ('' if it can): an entity it expects has changed.

        Undo expects every entity to be as the command left it; redo, as it found it.
        """
        for before, after in self.pairs:
            expected = before if forward else after
            other = after if forward else before
            entity = expected if expected is not None else other
            assert entity is not None
            kind, key = entity_key(entity)
            current = project.entities[kind].get(key)
            if current != expected:
                name = _describe(entity)
                state = "is gone" if current is None else ("exists again" if expected is None else "has changed")
                return f"{name} {state} since (another edit changed it)"
        return ""

    def merge(self, later: Command) -> None:
        """Fold a later command on the same entities into this one (first before, last after)."""
        merged: dict[Any, Pair] = {_key(b, a): (b, a) for b, a in self.pairs}
        for before, after in later.pairs:
            key = _key(before, after)
            origin = merged[key][0] if key in merged else before
            merged[key] = (origin, after)
        self.pairs = list(merged.values())


def _describe(entity: Entity) -> str:
    kind, key = entity_key(entity)
    if isinstance(entity, Segment):
        return f"segment {entity.code_id} at {entity.start_ms} ms"
    return f"{kind} {key}"


def _key(before: Entity | None, after: Entity | None) -> Any:
    entity = after if after is not None else before
    assert entity is not None
    return entity_key(entity)


# -- the edits users make ---------------------------------------------------------------------


def add_segment(segment: Segment) -> Command:
    code = segment.code_id
    return Command(f"Add {code}", [(None, segment)])


def add_segments(segments: Sequence[Segment], label: str = "Paste segments") -> Command:
    return Command(label, [(None, s) for s in segments])


def delete_segments(segments: Sequence[Segment], ratings: Iterable[Rating] = ()) -> Command:
    """Delete segments; any of ``ratings`` that links one as evidence loses it in the same undoable step.

    Give the ratings of the segments' sessions: a delete that leaves a rating's evidence naming a segment
    that is gone is refused by the rules.
    """
    label = f"Delete {segments[0].code_id}" if len(segments) == 1 else f"Delete {len(segments)} segments"
    gone = {s.id for s in segments}
    pairs: list[Pair] = [(s, None) for s in segments]
    pairs += [(r, replace(r, evidence=tuple(e for e in r.evidence if e not in gone)))
              for r in ratings if gone & set(r.evidence)]
    return Command(label, pairs)


def change_segment(before: Segment, after: Segment, label: str, merge_key: Any = None) -> Command:
    return Command(label, [(before, after)], merge_key)


def move_segments(
    segments: Sequence[Segment], delta_ms: int, frames: Callable[[int], int], merge_key: Any = None
) -> Command:
    """Shift segments in time by ``delta_ms``; ``frames`` maps a time to its frame index."""
    pairs: list[Pair] = []
    for s in segments:
        start, end = s.start_ms + delta_ms, s.end_ms + delta_ms
        pairs.append(
            (s, replace(s, start_ms=start, end_ms=end, start_frame=frames(start), end_frame=frames(end)))
        )
    label = "Move segment" if len(segments) == 1 else f"Move {len(segments)} segments"
    return Command(label, pairs, merge_key)


def set_rating(before: Rating | None, after: Rating | None, label: str = "", merge_key: Any = None) -> Command:
    either = after or before
    item = either.item_id if either is not None else ""
    return Command(label or f"Rate {item}", [(before, after)], merge_key)


def add_moment(moment: Moment) -> Command:
    return Command("Add moment", [(None, moment)])


def change_moment(before: Moment, after: Moment, label: str = "Edit moment", merge_key: Any = None) -> Command:
    return Command(label, [(before, after)], merge_key)


def delete_moment(moment: Moment) -> Command:
    return Command("Delete moment", [(moment, None)])


def reorder_moments(moments: Sequence[Moment]) -> Command:
    """Give the moments, in their new review order, consecutive ``order`` numbers."""
    pairs: list[Pair] = [
        (m, replace(m, order=i + 1)) for i, m in enumerate(moments) if m.order != i + 1
    ]
    return Command("Reorder moments", pairs)


def edit(label: str, pairs: Sequence[Pair], merge_key: Any = None) -> Command:
    """Any other edit, given as (before, after) pairs."""
    return Command(label, list(pairs), merge_key)
