"""Which sessions of a project file could hold a segment that breaks a rule: one quick pass per session.

The rules (:mod:`vig_annotator.core.rules`) are the authority and say what is wrong; building 200,000
segments for them took ``info`` from 0.2 to 1.8 s of CPU. So one pass over a session's rows as SQLite
hands them over in time order (its index: no sort) asks whether any could break one: a value of the
wrong type, times before the clip, backwards or past its end, a code not in the session's scheme, a
point code with a duration, modifiers its code does not offer (each distinct one checked once by the
core's own modifier rule), two segments of one code (or of one exclusive group) overlapping. Only the
sessions it names are read and checked by the rules. The pass is wider than the rules, never narrower:
a test holds it to them on random projects. A new segment rule needs its clause here.
"""

from __future__ import annotations

import sqlite3

from vig_annotator.core import modifiers
from vig_annotator.core.bulk import decode_modifiers
from vig_annotator.core.model import Clip, CodeKind, Scheme, Segment, Session

_ROWS = ("SELECT code_id, start_ms, end_ms, start_frame, end_frame, modifiers FROM segments WHERE session_id = ? "
         "ORDER BY start_ms")


def may_break_a_rule(conn: sqlite3.Connection, session: Session | None, scheme: Scheme | None,
                     clip: Clip | None) -> bool:
    """False only when none of the session's segments in the file can break a rule."""
    if session is None or scheme is None:
        return True  # segments of a session or scheme not in the project: the rules say so
    duration = max(clip.duration_ms, 0) if clip is not None else 0
    codes = {c.id for c in scheme.codes}
    points = {c.id for c in scheme.codes if c.kind == CodeKind.POINT}
    members: dict[str, list[str]] = {}
    for code in scheme.codes:
        if code.exclusive_group and code.kind == CodeKind.STATE:
            members.setdefault(code.exclusive_group, []).append(code.id)
    group = {c: g for g, ids in members.items() if len(ids) > 1 for c in ids}
    reach: dict[str, int] = {}  # per code, then per exclusive group: the furthest end so far
    offered: dict[tuple[str, str], bool] = {}  # (code, stored modifiers) -> they break the modifier rule
    for code, start, end, first, last, chosen in conn.execute(_ROWS, (session.id,)):
        if type(start) is not int or type(end) is not int or type(first) is not int or type(last) is not int:
            return True
        if code not in codes or start < 0 or end < start or (duration and end > duration) or (
                end != start and code in points):
            return True
        if chosen != "[]":
            if (code, chosen) not in offered:
                offered[(code, chosen)] = _modifiers_break_a_rule(scheme, code, chosen)
            if offered[(code, chosen)]:
                return True
        span = end if end > start else start + 1
        for key in (code, "\0" + group[code]) if code in group else (code,):
            furthest = reach.get(key, -1)
            if start < furthest:  # an overlap (in a group, perhaps of one code: the rules tell)
                return True
            if span > furthest:
                reach[key] = span
    return False


def _modifiers_break_a_rule(scheme: Scheme, code: str, stored: object) -> bool:
    try:
        chosen = decode_modifiers(stored)  # type: ignore[arg-type]
    except Exception:  # noqa: BLE001 - unreadable modifiers: the session is read, and the row named
        return True
    return bool(modifiers.problems("", scheme.code(code), Segment(0, 0, code, 0, 0, 0, 0, chosen)))
