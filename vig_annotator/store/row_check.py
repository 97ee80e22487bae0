"""Every row of a project checked against the rules and its schemes: what is wrong, and where.

A project that breaks a rule (an older version, a hand-edited file) still opens; ``info`` and the app
say what to repair, and exports refuse the sessions whose rows break a rule rather than write
"9223372036854776.0 s". A project read from its file (by a read verb) is checked session by session:
SQLite first says which sessions could hold a broken segment (:mod:`vig_annotator.store.row_scan`),
and only those are read and checked by the rules. A row that cannot be read (text where milliseconds
belong) is named, and the rest of its session is not checked.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Collection, Iterable

from vig_annotator.core import rules
from vig_annotator.core.model import Clip, Entity, Scheme, Segment, Session
from vig_annotator.core.project import Project
from vig_annotator.store import row_scan
from vig_annotator.store.errors import DamagedProjectError
from vig_annotator.store.project_file import backend_of, session_segments
from vig_annotator.store.rows import check_segment_types
from vig_annotator.store.summary import segment_counts

OTHER_KINDS = ("scheme", "clip", "coder", "session", "rating", "moment", "source")
SHOWN = 20
"""At most this many problems are printed by ``info``; the count says how many more."""


class BrokenRowsError(ValueError):
    """An export refused because rows of the exported sessions break a rule; nothing was written."""


def problems(project: Project, session_ids: Collection[int] | None = None, *,
             from_file: bool | None = None) -> list[str]:
    """What breaks a rule: in every row (``None``), or in the rows of these sessions (with their clip and scheme).

    Segments are read from the file when the project was opened without them or read-only (a read verb),
    unless ``from_file`` says otherwise: the app, checking on a worker thread, checks what it holds in memory
    and leaves the file's connection to the window.
    """
    shadow = _without_segments(project)
    if session_ids is None:
        others: list[Entity] = [e for kind in OTHER_KINDS for e in project.entities[kind].values()]
        wanted = {s.id for s in project.sessions}
    else:
        wanted = set(session_ids)
        sessions = [s for s in project.sessions if s.id in wanted]
        used = {("clip", s.clip_id) for s in sessions} | {("scheme", s.scheme_key) for s in sessions}
        others = [*sessions, *(e for kind, key in used if (e := project.entities[kind].get(key)) is not None),
                  *(r for s in sessions for r in project.ratings(s.id).values()),
                  *(m for s in sessions for m in project.moments(s.id))]
    found = rules.row_problems(shadow, others)
    backend = backend_of(project)
    on_disk = backend is not None and (backend.read_only or not project.entities["segment"])
    if from_file is not None:
        on_disk = from_file and backend is not None
    by_session: dict[int, list[Segment]] = {}
    if not on_disk:
        for segment in list(project.entities["segment"].values()):
            if isinstance(segment, Segment):
                by_session.setdefault(segment.session_id, []).append(segment)
    if on_disk and backend is not None:
        try:
            check_segment_types(backend.conn, backend.path)  # a row no session's reading would meet
        except DamagedProjectError as exc:
            found.append(_where(project, exc))
    if session_ids is None:
        wanted |= set(segment_counts(project)) if on_disk else set(by_session)
    for session_id in sorted(wanted):
        if on_disk and backend is not None and not _may_break_a_rule(project, backend.conn, session_id):
            continue  # SQLite found nothing the rules could object to: its segments are not read
        try:
            segments = session_segments(project, [session_id]) if on_disk else by_session.get(session_id, [])
        except DamagedProjectError as exc:
            if _where(project, exc) not in found:
                found.append(_where(project, exc))
            continue
        found.extend(rules.row_problems(shadow, segments))
    return found


def _where(project: Project, exc: DamagedProjectError) -> str:
    return str(exc).removeprefix(f"{project.path}: ").removesuffix("; the file was not changed")


def _may_break_a_rule(project: Project, conn: sqlite3.Connection, session_id: int) -> bool:
    session = project.entities["session"].get(session_id)
    if not isinstance(session, Session):
        return True
    scheme, clip = project.entities["scheme"].get(session.scheme_key), project.entities["clip"].get(session.clip_id)
    return row_scan.may_break_a_rule(conn, session, scheme if isinstance(scheme, Scheme) else None,
                                     clip if isinstance(clip, Clip) else None)


def refuse_broken(project: Project, session_ids: Collection[int] | None, what: str = "nothing was exported") -> None:
    """Raise :class:`BrokenRowsError` (one line naming the project and the first problem) if a row breaks a rule."""
    found = problems(project, session_ids)
    if found:
        more = "" if len(found) == 1 else f" (and {len(found) - 1:,} more)"
        raise BrokenRowsError(f"{project.path}: {found[0]}{more}; {what}. Repair it in the app, which lists "
                              "every problem (vig-annotator info lists them too)")


def report(found: list[str]) -> Iterable[str]:
    """The lines ``info`` prints: up to :data:`SHOWN` problems, then how many more."""
    yield from found[:SHOWN]
    if len(found) > SHOWN:
        yield f"… and {len(found) - SHOWN:,} more rows break a rule"


def _without_segments(project: Project) -> Project:
    """The project's other rows, shared, with no segments: the rules then see only the segments handed to them."""
    shadow = Project(path=project.path)
    for kind, table in project.entities.items():
        if kind != "segment":
            shadow.entities[kind] = table
    return shadow

