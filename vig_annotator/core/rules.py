"""The rules that keep a project's figures right, checked for every edit from every source.

A rating is one of its item's allowed values, "not observable", or not yet given; a segment's code exists in its
session's pinned scheme and is of the right kind; 0 <= start <= end <= the clip's duration; segments
of one code in one session never overlap (a point event overlaps another at the same instant), nor do codes
of one mutually exclusive group (:mod:`.exclusive_groups`); a segment's modifiers are its code's
(:mod:`.modifiers`); a clip's cameras follow :mod:`.camera_rules`; nothing is deleted while something
depends on it, and a change of a clip, scheme or session is checked against its dependents
(:mod:`.dependents`). An edit that would break one is refused with a message saying which rule and
where; nothing changes.

A project that already holds a violation (an older version, a hand-edited file) still opens:
:func:`problems` lists what is wrong, and every edit that touches only other entities, or repairs
the broken one, is accepted. Only what an edit puts is checked.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from vig_annotator.core import camera_rules, dependents, entity_rules, exclusive_groups, modifiers
from vig_annotator.core.changes import Memory, Op, Put
from vig_annotator.core.entity_rules import MAX_INITIALS as MAX_INITIALS
from vig_annotator.core.entity_rules import coder_problems as coder_problems
from vig_annotator.core.labels import SLUG as SLUG
from vig_annotator.core.labels import slug as slug
from vig_annotator.core.labels import timecode as timecode
from vig_annotator.core.model import (
    Clip,
    CodeKind,
    Coder,
    Entity,
    Moment,
    Rating,
    Scheme,
    Segment,
    Session,
    Setting,
    VideoSource,
    entity_key,
)


class EditRefused(ValueError):
    """An edit that would make the project wrong; nothing was changed. The message says why."""


def span_end(start_ms: int, end_ms: int) -> int:
    """The end used for overlap: a zero-length segment or point covers its own millisecond."""
    return max(end_ms, start_ms + 1)


def overlaps(a: Segment, b: Segment) -> bool:
    """Whether two segments share time (touching ends do not; two events at one instant do)."""
    return a.start_ms < span_end(b.start_ms, b.end_ms) and b.start_ms < span_end(a.start_ms, a.end_ms)


class _After:
    """The project as it would be after ``ops``, for the entities the ops touch."""

    def __init__(self, project: Memory, ops: Sequence[Op]) -> None:
        self.project = project
        self.changed: dict[tuple[str, Any], Entity | None] = {}
        for op in ops:
            self.changed[entity_key(op.entity)] = op.entity if isinstance(op, Put) else None
        self._segments: dict[tuple[int, str], list[Segment]] | None = None

    def get(self, kind: str, key: Any) -> Entity | None:
        if (kind, key) in self.changed:
            return self.changed[(kind, key)]
        return self.project.entities[kind].get(key)

    def segments_of_code(self, session_id: int, code_id: str) -> list[Segment]:
        """The session's segments of one code as they would be after the edit."""
        found = [s for s in self.project.segments_of_code(session_id, code_id)
                 if ("segment", s.id) not in self.changed]
        if self._segments is None:  # the changed segments by session and code, grouped once per edit
            self._segments = {}
            for e in self.changed.values():
                if isinstance(e, Segment):
                    self._segments.setdefault((e.session_id, e.code_id), []).append(e)
        return found + self._segments.get((session_id, code_id), [])


def _overlap_problems(view: _After, session_id: int, code_id: str, only: set[int] | None) -> list[str]:
    """Overlaps among a session's segments of one code (those involving ``only``, if given): one sort, one sweep."""
    found: list[str] = []
    segments = view.segments_of_code(session_id, code_id)
    if only is not None and len(only) <= 4:  # a key press or a drag: compare the few against the rest, no sort
        for seg in [s for s in segments if s.id in only]:
            lo, hi = seg.start_ms, span_end(seg.start_ms, seg.end_ms)
            near = [o for o in segments if o.start_ms < hi and (o.end_ms > lo or o.start_ms >= lo)]  # inline: fast
            for other in near:
                if other.id != seg.id and overlaps(seg, other):
                    found.append(
                        f"segment {seg.code_id} {timecode(seg.start_ms)}–{timecode(seg.end_ms)} (session "
                        f"{session_id}): overlaps {_label(view, session_id, code_id)!r} {timecode(other.start_ms)}–"
                        f"{timecode(other.end_ms)}; segments of one code in one session may not overlap")
                    return found
        return found
    ordered = sorted(segments, key=lambda s: (s.start_ms, s.end_ms, s.id))
    reach: Segment | None = None  # the segment reaching furthest so far
    for seg in ordered:
        if reach is not None and seg.start_ms < span_end(reach.start_ms, reach.end_ms) and (
                only is None or seg.id in only or reach.id in only):
            mine, other = (seg, reach) if only is None or seg.id in only else (reach, seg)
            found.append(
                f"segment {mine.code_id} {timecode(mine.start_ms)}–{timecode(mine.end_ms)} (session {session_id}): "
                f"overlaps {_label(view, session_id, code_id)!r} {timecode(other.start_ms)}–"
                f"{timecode(other.end_ms)}; segments of one code in one session may not overlap")
            if len(found) >= 5:
                break
        if reach is None or span_end(seg.start_ms, seg.end_ms) > span_end(reach.start_ms, reach.end_ms):
            reach = seg
    return found


def _group_problems(view: _After, session_id: int, code_id: str, segments: list[Segment]) -> list[str]:
    """Every rule for a session's segments of one code, checking the session, scheme and code once."""
    shared = _shared_problems(view, segments[0])
    if shared:
        return [p.replace(f"{timecode(0)}–{timecode(0)}", f"×{len(segments)}") for p in shared]
    return _timing_problems(view, session_id, code_id, segments) + _overlap_problems(view, session_id, code_id, None)


def _shared_problems(view: _After, segment: Segment) -> list[str]:
    """What is wrong with a segment's session, scheme or code, whatever its times and modifiers."""
    return _segment_problems(view, replace(segment, start_ms=0, end_ms=0, modifiers=()))


def _timing_problems(view: _After, session_id: int, code_id: str, segments: list[Segment],
                     limit: int | None = None) -> list[str]:
    """Times outside the clip or backwards, point codes with a duration, and modifiers the code lacks.

    The session, scheme and code must be known good: messages are only built for segments that break a rule,
    so 100,000 good ones cost one comparison each.
    """
    session = view.get("session", session_id)
    assert isinstance(session, Session)
    duration = _clip_duration(view, session)
    code = _scheme_of(view, session).code(code_id)  # type: ignore[union-attr]
    point = code.kind == CodeKind.POINT
    found: list[str] = []
    for seg in segments:
        if seg.start_ms < 0 or seg.end_ms < seg.start_ms or (duration and seg.end_ms > duration) or (
                point and seg.end_ms != seg.start_ms) or (seg.modifiers and modifiers.problems("", code, seg)):
            found.extend(_segment_problems(view, seg))
            if limit is not None and len(found) >= limit:
                break
    return found


def _exclusive_problems(view: _After, touched: dict[tuple[int, str], list[Segment]],
                        everything: bool = False) -> list[str]:
    """Overlaps between codes of one mutually exclusive group (involving the touched segments, or all)."""
    found: list[str] = []
    done: set[tuple[int, str]] = set()
    for session_id, code_id in touched:
        session = view.get("session", session_id)
        scheme = _scheme_of(view, session) if isinstance(session, Session) else None
        group, codes = exclusive_groups.group_of(scheme, code_id) if scheme else ("", [])
        if len(codes) < 2 or (session_id, group) in done:
            continue
        done.add((session_id, group))
        only = None if everything else {s.id for seg_list in (touched.get((session_id, c), []) for c in codes)
                                        for s in seg_list}
        every = [s for c in codes for s in view.segments_of_code(session_id, c)]
        for mine, other in exclusive_groups.clashes(every, only):
            found.append(f"segment {mine.code_id} {timecode(mine.start_ms)}–{timecode(mine.end_ms)} (session "
                         f"{session_id}): overlaps {_label(view, session_id, other.code_id)!r} "
                         f"{timecode(other.start_ms)}–{timecode(other.end_ms)}; codes of the mutually exclusive "
                         f"group {group!r} may not overlap")
    return found


def _label(view: _After, session_id: int, code_id: str) -> str:
    session = view.get("session", session_id)
    scheme = _scheme_of(view, session) if isinstance(session, Session) else None
    return scheme.code(code_id).label if scheme is not None and scheme.has_code(code_id) else code_id


def check(project: Memory, ops: Sequence[Op]) -> None:
    """Refuse (raise :class:`EditRefused`) if the entities ``ops`` put would break a rule."""
    after = _After(project, ops)
    found: list[str] = []
    touched: dict[tuple[int, str], list[Segment]] = {}
    for entity in after.changed.values():
        if isinstance(entity, Segment):  # checked by session and code below: an import puts 100,000
            touched.setdefault((entity.session_id, entity.code_id), []).append(entity)
        elif entity is not None:
            found.extend(_entity_problems(after, entity))
            if len(found) >= 5:
                break
    for (session_id, code_id), segments in touched.items():
        if len(found) >= 5:
            break
        if _shared_problems(after, segments[0]):
            found.extend(p for seg in segments[:5] for p in _segment_problems(after, seg)[:1])
        else:
            found.extend(_timing_problems(after, session_id, code_id, segments, limit=5))
    for (session_id, code_id), segments in touched.items():
        if found:
            break
        found.extend(_overlap_problems(after, session_id, code_id, {s.id for s in segments}))
    found.extend(_exclusive_problems(after, touched) if not found else [])
    found.extend(dependents.delete_problems(after) if not found else [])
    found.extend(_dependent_problems(project, after) if not found else [])
    if found:
        more = "" if len(found) == 1 else f" (and {len(found) - 1} more)"
        raise EditRefused(found[0] + more)


def problems(project: Memory) -> list[str]:
    """Everything in the project that breaks a rule, for the user to see and repair."""
    view = _After(project, ())
    found: list[str] = []
    for kind in ("clip", "coder", "session", "rating", "moment", "source", "setting"):
        for entity in list(project.entities[kind].values()):
            found.extend(_entity_problems(view, entity))
    groups: dict[tuple[int, str], list[Segment]] = {}
    for e in project.entities["segment"].values():
        if isinstance(e, Segment):
            groups.setdefault((e.session_id, e.code_id), []).append(e)
    for (session_id, code_id), segments in sorted(groups.items()):
        found.extend(_group_problems(view, session_id, code_id, segments))
    found.extend(_exclusive_problems(view, groups, everything=True))
    for scheme in project.schemes:
        found.extend(entity_rules.scheme_problems(scheme))
    return found


def row_problems(project: Memory, rows: Sequence[Entity]) -> list[str]:
    """What breaks a rule among ``rows`` read apart from ``project`` (a session's at a time: a check streamed)."""
    view = _After(project, [Put(row) for row in rows])
    found: list[str] = []
    groups: dict[tuple[int, str], list[Segment]] = {}
    for row in rows:
        if isinstance(row, Segment):
            groups.setdefault((row.session_id, row.code_id), []).append(row)
        else:
            found.extend(_entity_problems(view, row))
    for (session_id, code_id), segments in sorted(groups.items()):
        found.extend(_group_problems(view, session_id, code_id, segments))
    return found + _exclusive_problems(view, groups, everything=True)


def _entity_problems(view: _After, entity: Entity) -> list[str]:
    if isinstance(entity, Clip):
        return entity_rules.clip_problems(entity)
    if isinstance(entity, Segment):
        return _segment_problems(view, entity)
    if isinstance(entity, Rating):
        return _rating_problems(view, entity)
    if isinstance(entity, Moment):
        return _moment_problems(view, entity)
    if isinstance(entity, Session):
        return _session_problems(view, entity)
    if isinstance(entity, Scheme):
        return entity_rules.scheme_problems(entity)
    if isinstance(entity, VideoSource):
        return camera_rules.problems(view, entity)
    if isinstance(entity, Coder):
        return entity_rules.coder_problems(entity.initials)
    if isinstance(entity, Setting):
        missing = [g for g in dependents.gold_sessions(entity) if not isinstance(view.get("session", g), Session)]
        return [f"exercise {entity.key.removeprefix(dependents.EXERCISE_PREFIX)!r}: its gold-standard session "
                f"{missing[0]} is not in the project"] if missing else []
    return []


def _dependent_problems(project: Memory, view: _After) -> list[str]:
    """What a change of a clip, scheme or session newly breaks among what depends on it."""
    sessions, clips = dependents.rechecked(view)
    if not sessions and not clips:
        return []

    def found_in(v: _After) -> list[str]:
        found: list[str] = []
        for session_id in sorted(sessions):
            groups: dict[tuple[int, str], list[Segment]] = {}
            for part in dependents.session_parts(v, session_id):
                if isinstance(part, Segment):
                    groups.setdefault((session_id, part.code_id), []).append(part)
                else:
                    found.extend(_entity_problems(v, part))
            for (sid, code_id), segments in sorted(groups.items()):
                found.extend(_group_problems(v, sid, code_id, segments))
            found.extend(_exclusive_problems(v, groups, everything=True))
        for clip_id in sorted(clips):
            for source in camera_rules.sources_after(v, clip_id):
                found.extend(camera_rules.problems(v, source))
        return found

    already = set(found_in(_After(project, ())))
    return [p for p in found_in(view) if p not in already]


def _session_of(view: _After, session_id: int, what: str) -> tuple[Session | None, list[str]]:
    session = view.get("session", session_id)
    if not isinstance(session, Session):
        return None, [f"{what}: belongs to session {session_id}, which does not exist"]
    return session, []


def _clip_duration(view: _After, session: Session) -> int:
    clip = view.get("clip", session.clip_id)
    return max(clip.duration_ms, 0) if isinstance(clip, Clip) else 0  # a negative one is the clip's problem


def _scheme_of(view: _After, session: Session) -> Scheme | None:
    scheme = view.get("scheme", session.scheme_key)
    return scheme if isinstance(scheme, Scheme) else None


def _times(what: str, start: int, end: int, duration: int) -> list[str]:
    if start < 0:
        return [f"{what}: starts before the clip (at {timecode(start)})"]
    if end < start:
        return [f"{what}: ends ({timecode(end)}) before it starts ({timecode(start)})"]
    if duration > 0 and end > duration:
        return [f"{what}: ends at {timecode(end)}, past the clip's end ({timecode(duration)})"]
    return []


def _segment_problems(view: _After, seg: Segment) -> list[str]:
    what = f"segment {seg.code_id} {timecode(seg.start_ms)}–{timecode(seg.end_ms)} (session {seg.session_id})"
    session, found = _session_of(view, seg.session_id, what)
    if session is None:
        return found
    scheme = _scheme_of(view, session)
    if scheme is None:
        return [f"{what}: the session's scheme {session.scheme_id} {session.scheme_version} is not in the project"]
    if not scheme.has_code(seg.code_id):
        return [f"{what}: the code {seg.code_id!r} is not in scheme {scheme.id} {scheme.version}"]
    code = scheme.code(seg.code_id)
    if code.kind == CodeKind.POINT and seg.end_ms != seg.start_ms:
        found.append(f"{what}: {code.label!r} is a point code, so an event has no duration")
    found.extend(_times(what, seg.start_ms, seg.end_ms, _clip_duration(view, session)))
    found.extend(modifiers.problems(what, code, seg))
    return found


def _rating_problems(view: _After, rating: Rating) -> list[str]:
    what = f"rating of {rating.item_id} (session {rating.session_id})"
    session, found = _session_of(view, rating.session_id, what)
    if session is None:
        return found
    scheme = _scheme_of(view, session)
    if scheme is None:
        return [f"{what}: the session's scheme is not in the project"]
    items = {i.id: i for i in scheme.rated_items}
    item = items.get(rating.item_id)
    if item is None:
        return [f"{what}: scheme {scheme.id} {scheme.version} has no rated item {rating.item_id!r}"]
    if rating.not_observable:
        if rating.value is not None:
            return [f"{what}: is marked not observable and also has the value {rating.value}"]
        return dependents.evidence_problems(view, rating, what)
    if rating.value is not None and rating.value not in item.allowed:
        allowed = ", ".join(str(v) for v in item.allowed)
        return [f"{what}: {rating.value!r} is not one of the item's values ({allowed}) or not observable"]
    return dependents.evidence_problems(view, rating, what)


def _moment_problems(view: _After, moment: Moment) -> list[str]:
    what = f"moment {timecode(moment.start_ms)}–{timecode(moment.end_ms)} (session {moment.session_id})"
    session, found = _session_of(view, moment.session_id, what)
    if session is None:
        return found
    found = _times(what, moment.start_ms, moment.end_ms, _clip_duration(view, session))
    if moment.key_ms is not None and not moment.start_ms <= moment.key_ms <= moment.end_ms:
        found.append(f"{what}: its key frame ({timecode(moment.key_ms)}) lies outside it")
    return found


def _session_problems(view: _After, session: Session) -> list[str]:
    what = f"session {session.id}"
    found = []
    if not isinstance(view.get("clip", session.clip_id), Clip):
        found.append(f"{what}: its clip {session.clip_id} is not in the project")
    if not isinstance(view.get("coder", session.coder_id), Coder):
        found.append(f"{what}: its coder {session.coder_id} is not in the project")
    if _scheme_of(view, session) is None:
        found.append(f"{what}: its scheme {session.scheme_id} {session.scheme_version} is not in the project")
    return found
