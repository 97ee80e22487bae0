"""Reading a large project without loading every segment: counts, and one session's segments at a time.

Read verbs (``info``, ``export``, ``agree``) open a project with ``open_project(..., segments=False)``
and ask here for what they show, so a session of 100,000 segments costs a query, not 100,000 objects
held at once. A project without a database behind it (in memory) answers from memory.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Sequence
from itertools import islice
from typing import Any

from vig_annotator.core.model import Segment
from vig_annotator.core.project import Project, Put
from vig_annotator.core.timebase import timecode
from vig_annotator.store.project_file import backend_of

SEGMENT_COLUMNS = ("id", "session_id", "code_id", "start_ms", "end_ms", "start_frame", "end_frame",
                   "modifiers", "note", "item")
"""The raw columns ``segment_rows`` yields, in this order."""


def segment_counts(project: Project) -> dict[int, int]:
    """Segments per session id (sessions without any are absent)."""
    backend = backend_of(project)
    if backend is None:
        found: dict[int, int] = {}
        for session in project.sessions:
            found[session.id] = len(project.segments(session.id))
        return {k: v for k, v in found.items() if v}
    rows = backend.conn.execute("SELECT session_id, count(*) FROM segments GROUP BY session_id")
    return {session: int(n) for session, n in rows if type(session) is int}  # a damaged row: store.row_check names it


def segment_rows(project: Project, session_id: int) -> Iterator[tuple[Any, ...]]:
    """One session's segments as raw rows (``SEGMENT_COLUMNS``), in time order (start, end, id)."""
    backend = backend_of(project)
    if backend is None:
        for s in project.segments(session_id):
            yield (s.id, s.session_id, s.code_id, s.start_ms, s.end_ms, s.start_frame, s.end_frame,
                   json.dumps([[k, list(v)] for k, v in s.modifiers], ensure_ascii=False), s.note, s.item)
        return
    yield from backend.conn.execute(
        f"SELECT {','.join(SEGMENT_COLUMNS)} FROM segments WHERE session_id = ? ORDER BY start_ms, end_ms, id",
        (session_id,))


def _timecode_sql(column: str) -> str:
    """SQL for ``core.timebase.timecode`` of a non-negative ms column (computed by SQLite, in C)."""
    return (f"printf('%02d:%02d:%02d.%03d', {column} / 3600000, {column} / 60000 % 60, {column} / 1000 % 60, "
            f"{column} % 1000)")


def timeline_chunks(project: Project, session_id: int, size: int = 20_000) -> Iterator[list[tuple[Any, ...]]]:
    """One session's segments in time order, as lists of up to ``size`` timeline rows.

    Each row is (code_id, start_ms, end_ms, modifiers JSON, note, start timecode, end timecode).
    """
    backend = backend_of(project)
    if backend is None:
        rows: Iterator[tuple[Any, ...]] = (
            (r[2], r[3], r[4], r[7], r[8], timecode(r[3]), timecode(r[4])) for r in segment_rows(project, session_id))
    else:
        rows = backend.conn.execute(
            f"SELECT code_id, start_ms, end_ms, modifiers, note, {_timecode_sql('start_ms')}, "
            f"{_timecode_sql('end_ms')} FROM segments WHERE session_id = ? ORDER BY start_ms, end_ms, id",
            (session_id,))
    while True:
        chunk = list(islice(rows, size))
        if not chunk:
            return
        yield chunk


def segment_chunks(project: Project, session_id: int, size: int = 20_000) -> Iterator[list[tuple[Any, ...]]]:
    """``segment_rows`` in lists of up to ``size`` rows (for vectorised work on each list)."""
    rows = segment_rows(project, session_id)
    fetch = getattr(rows, "fetchmany", None)
    while True:
        chunk = fetch(size) if fetch is not None else list(islice(rows, size))
        if not chunk:
            return
        yield chunk


def segment_of_row(row: Sequence[Any]) -> Segment:
    """A raw row back to a ``Segment`` (modifiers decoded only when there are any)."""
    sid, session, code, start, end, start_frame, end_frame, modifiers, note, item = row
    decoded: tuple[tuple[str, tuple[str, ...]], ...] = ()
    if modifiers != "[]":
        decoded = tuple((k, tuple(v)) for k, v in json.loads(modifiers))
    return Segment(sid, session, code, start, end, start_frame, end_frame, decoded, note, item)


def segments_of(project: Project, session_id: int) -> list[Segment]:
    """One session's segments in time order, read from the file."""
    return [segment_of_row(row) for row in segment_rows(project, session_id)]


def load_segments(project: Project, session_ids: Iterable[int]) -> None:
    """Bring these sessions' segments into memory (for code that asks ``project.segments``)."""
    for session_id in session_ids:
        project._load(Put(s) for s in segments_of(project, session_id))


def code_totals(project: Project, session_id: int) -> dict[str, tuple[int, int, int]]:
    """Per code of one session: (count, total duration in ms, first onset in ms)."""
    backend = backend_of(project)
    if backend is None:
        found: dict[str, tuple[int, int, int]] = {}
        for s in project.segments(session_id):
            count, total, first = found.get(s.code_id, (0, 0, s.start_ms))
            found[s.code_id] = (count + 1, total + s.end_ms - s.start_ms, min(first, s.start_ms))
        return found
    rows = backend.conn.execute(
        "SELECT code_id, count(*), sum(end_ms - start_ms), min(start_ms) FROM segments WHERE session_id = ? "
        "GROUP BY code_id", (session_id,))
    return {str(code): (int(n), int(total), int(first)) for code, n, total, first in rows}


def timed_segments(project: Project, session_id: int) -> list[Segment]:
    """One session's segments in time order with only what agreement compares: code and times.

    Modifiers, notes and item links are left at their defaults, which saves reading them for
    100,000 segments; use ``segments_of`` for whole segments.
    """
    backend = backend_of(project)
    if backend is None:
        return project.segments(session_id)
    rows = backend.conn.execute(
        "SELECT id, session_id, code_id, start_ms, end_ms, start_frame, end_frame FROM segments "
        "WHERE session_id = ? ORDER BY start_ms, end_ms, id", (session_id,))
    return [Segment(*row) for row in rows]
