"""What depends on what: a delete or change of a clip, coder, scheme, session or exercise is checked against it.

Sessions depend on their clip, coder and scheme; segments, ratings and moments on their session; a clip's
further video sources on the clip; an exercise (a project setting) on its gold-standard sessions; a rating
on the segments it links as evidence (deleting segments takes them out of the evidence in the same step:
:func:`vig_annotator.core.commands.delete_segments`). Nothing
in the app deletes a clip, coder, scheme or session on its own, so such a delete is refused while anything
still depends on it; an edit that deletes the dependents too (a cascade) is accepted.

A change of something others rely on (a clip's duration, a scheme's codes, a session's clip or scheme)
hands the dependents back to the rules to be checked again as they would be after it.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, Protocol

from vig_annotator.core.model import Clip, Coder, Entity, Moment, Rating, Scheme, Segment, Session, Setting, VideoSource

EXERCISE_PREFIX = "exercise:"
"""Settings that record a trainer's exercise; their ``gold`` lists session ids."""


class View(Protocol):
    """The project as it would be after an edit (:class:`vig_annotator.core.rules._After`)."""

    project: Any
    changed: dict[tuple[str, Any], Entity | None]

    def get(self, kind: str, key: Any) -> Entity | None: ...


def _after(view: View, kind: str) -> Iterable[Entity]:
    """Every entity of one kind as it would be after the edit (the segments of sessions asked for only)."""
    for key, entity in view.project.entities[kind].items():
        if (kind, key) not in view.changed:
            yield entity
    for (k, _key), entity in view.changed.items():
        if k == kind and entity is not None:
            yield entity


def session_parts(view: View, session_id: int) -> list[Entity]:
    """A session's segments, ratings and moments as they would be after the edit."""
    found: list[Entity] = [s for s in view.project.segments(session_id, ordered=False)
                           if ("segment", s.id) not in view.changed]
    found += [e for e in view.changed.values() if isinstance(e, Segment) and e.session_id == session_id]
    found += [e for e in _after(view, "rating") if isinstance(e, Rating) and e.session_id == session_id]
    found += [e for e in _after(view, "moment") if isinstance(e, Moment) and e.session_id == session_id]
    return found


def gold_sessions(setting: Setting) -> list[int]:
    """The gold-standard sessions an exercise setting names ([] for any other setting)."""
    value = setting.value
    if not setting.key.startswith(EXERCISE_PREFIX) or not isinstance(value, dict):
        return []
    gold = value.get("gold")
    return [g for g in gold if isinstance(g, int)] if isinstance(gold, list) else []


def _describe(kind: str, key: Any, before: Entity | None) -> str:
    if isinstance(before, Clip):
        return f"clip {before.case_id}"
    if isinstance(before, Coder):
        return f"coder {before.initials}"
    if isinstance(before, Scheme):
        return f"scheme {before.id} {before.version}"
    return f"{kind} {key}"


def _users(view: View, kind: str, key: Any) -> list[str]:
    """What would still depend on the deleted entity after the edit (at most three, described)."""
    found: list[str] = []
    if kind in ("clip", "coder", "scheme"):
        field = {"clip": "clip_id", "coder": "coder_id", "scheme": "scheme_key"}[kind]
        found += [f"session {s.id}" for s in _after(view, "session")
                  if isinstance(s, Session) and getattr(s, field) == key]
    if kind == "clip":
        found += [f"video source {s.label!r}" for s in _after(view, "source")
                  if isinstance(s, VideoSource) and s.clip_id == key]
    if kind == "session":
        parts = session_parts(view, key)
        for name, cls in (("segment", Segment), ("rating", Rating), ("moment", Moment)):
            count = sum(isinstance(p, cls) for p in parts)
            if count:
                found.append(f"{count} {name}{'s' if count > 1 else ''}")
        found += [f"exercise {str(s.key).removeprefix(EXERCISE_PREFIX)!r}" for s in _after(view, "setting")
                  if isinstance(s, Setting) and key in gold_sessions(s)]
    return found


def evidence_problems(view: View, rating: Rating, what: str) -> list[str]:
    """A rating's evidence names segments of its own session.

    Links the rating already had are left alone: a file written before deletes took the evidence along may
    still name segments that are gone.
    """
    old = view.project.entities["rating"].get((rating.session_id, rating.item_id))
    known = set(old.evidence) if isinstance(old, Rating) else set()
    for segment_id in rating.evidence:
        if segment_id in known:
            continue
        seg = view.get("segment", segment_id)
        if not isinstance(seg, Segment) or seg.session_id != rating.session_id:
            return [f"{what}: its evidence names segment {segment_id}, which is not in session {rating.session_id}"]
    return []


def _evidence_users(view: View) -> list[str]:
    """Deleted segments still named as evidence by a rating after the edit."""
    gone = {key for (kind, key), entity in view.changed.items() if kind == "segment" and entity is None}
    if not gone:
        return []
    found: list[str] = []
    for rating in _after(view, "rating"):
        if isinstance(rating, Rating) and gone & set(rating.evidence):
            before = view.project.entities["segment"].get(min(gone & set(rating.evidence)))
            name = f"segment {before.code_id}" if isinstance(before, Segment) else "a segment"
            found.append(f"{name} cannot be deleted: the rating of {rating.item_id} (session {rating.session_id}) "
                         "links it as evidence")
    return found


def delete_problems(view: View) -> list[str]:
    """Deletes that would leave something depending on what is gone."""
    found: list[str] = _evidence_users(view)
    for (kind, key), entity in view.changed.items():
        if entity is not None or kind not in ("clip", "coder", "scheme", "session"):
            continue
        before = view.project.entities[kind].get(key)
        if before is None:
            continue
        users = _users(view, kind, key)
        if users:
            shown = ", ".join(users[:3]) + (f" and {len(users) - 3} more" if len(users) > 3 else "")
            found.append(f"{_describe(kind, key, before)} cannot be deleted: {shown} still "
                         f"{'uses' if len(users) == 1 else 'use'} it (delete those first)")
    return found


def rechecked(view: View) -> tuple[set[int], set[int]]:
    """Sessions and clips (for their sources) whose dependents must be checked again after a change.

    A clip whose duration changes, a scheme whose codes or items change, a session moved to another
    clip or scheme: their segments, ratings, moments and sources may no longer fit.
    """
    sessions: set[int] = set()
    clips: set[int] = set()
    changed_clips: set[int] = set()
    changed_schemes: set[tuple[str, str]] = set()
    for (kind, key), entity in view.changed.items():
        if entity is None or kind not in ("clip", "scheme", "session"):  # an import's 100,000 segments: no lookup
            continue
        before = view.project.entities[kind].get(key)
        if before is None or before == entity:
            continue
        if isinstance(entity, Clip) and isinstance(before, Clip) and entity.duration_ms != before.duration_ms:
            changed_clips.add(entity.id)
        elif isinstance(entity, Scheme):
            changed_schemes.add(entity.key)
        elif isinstance(entity, Session) and isinstance(before, Session) and (
                entity.clip_id != before.clip_id or entity.scheme_key != before.scheme_key):
            sessions.add(entity.id)
    if changed_clips or changed_schemes:
        sessions.update(s.id for s in _after(view, "session") if isinstance(s, Session) and (
            s.clip_id in changed_clips or s.scheme_key in changed_schemes))
        clips.update(changed_clips)
    return sessions, clips
