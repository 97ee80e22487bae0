"""Moving a project, or some of its sessions, between a file and a team server (push and pull).

Sessions belong to one coder, so the merge is by session. The file remembers, per server, what each
session held when the two were last in step (a ``sync:`` setting: a digest per session). A session
changed on one side only is copied over whole (rows the other side lacks are removed there); a
session changed on both sides is refused, naming it, and nothing at all is written. Scheme, clip,
coder and setting rows are added where missing; one that differs is refused the same way. The export
log is appended to. Each direction is one edit: all of it lands, or none.
"""

from __future__ import annotations

import contextlib
import hashlib
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from vig_annotator.core import commands
from vig_annotator.core.model import Entity, ExportRecord, Session, Setting, entity_key
from vig_annotator.core.project import Op, Project, Put
from vig_annotator.store.errors import NoSuchServerProjectError
from vig_annotator.store.urls import parse

SHARED = ("scheme", "clip", "coder", "setting")
PARTS = ("segment", "rating", "moment")
BASE_PREFIX = "sync:"


class SyncRefused(ValueError):
    """A push or pull that would overwrite work done on both sides; nothing was written."""


@dataclass
class SyncReport:
    """What a push or pull did, in the user's words."""

    copied: list[int] = field(default_factory=list)
    newer_there: list[int] = field(default_factory=list)
    added: list[str] = field(default_factory=list)

    def lines(self, there: str) -> list[str]:
        out = [f"sessions copied: {', '.join(map(str, self.copied)) or 'none'}"]
        if self.newer_there:
            out.append(f"sessions left as they are ({there} has newer work): "
                       f"{', '.join(map(str, self.newer_there))}")
        if self.added:
            out.append(f"also added: {', '.join(self.added)}")
        return out


def base_key(url: str) -> str:
    """The setting under which a file remembers its last common state with one server project."""
    where = parse(url)
    parts = urlsplit(where.conninfo)
    return f"{BASE_PREFIX}{parts.hostname or ''}{parts.path}?project={where.name}"


def session_rows(project: Project, session_id: int) -> list[Entity]:
    """A session and everything in it (segments, ratings, moments)."""
    session = project.entities["session"].get(session_id)
    if session is None:
        return []
    rows: list[Entity] = [session]
    for kind in PARTS:
        rows.extend(e for e in project.entities[kind].values() if getattr(e, "session_id", None) == session_id)
    return rows


def digest(rows: Iterable[Entity]) -> str:
    return hashlib.sha256("\n".join(sorted(repr(e) for e in rows)).encode()).hexdigest()[:32]


def describe(project: Project, session_id: int) -> str:
    session = project.entities["session"].get(session_id)
    if not isinstance(session, Session):
        return f"session {session_id}"
    coder = project.entities["coder"].get(session.coder_id)
    clip = project.entities["clip"].get(session.clip_id)
    who = getattr(coder, "initials", "?")
    case = getattr(clip, "case_id", "?")
    return f"session {session_id} ({who} on {case})"


def merge(source: Project, target: Project, base: dict[str, str], sessions: set[int] | None,
          target_name: str) -> tuple[list[tuple[Entity | None, Entity | None]], dict[str, str], SyncReport]:
    """The edit that brings ``source``'s work into ``target``; the new common base; what it did.

    Raises SyncRefused (naming every session or row concerned) when work on both sides would clash.
    """
    pairs: list[tuple[Entity | None, Entity | None]] = []
    report = SyncReport()
    clashes: list[str] = []
    for kind in SHARED:
        for key, entity in sorted(source.entities[kind].items(), key=lambda kv: repr(kv[0])):
            if isinstance(entity, Setting) and entity.key.startswith(BASE_PREFIX):
                continue
            there = target.entities[kind].get(key)
            if there is None:
                pairs.append((None, entity))
                report.added.append(f"{kind} {key}")
            elif there != entity:
                clashes.append(f"{kind} {key} differs between the two")
    new_base = dict(base)
    wanted = sorted(source.entities["session"]) if sessions is None else sorted(sessions)
    for sid in wanted:
        mine = session_rows(source, sid)
        if not mine:
            clashes.append(f"session {sid} does not exist")
            continue
        theirs = session_rows(target, sid)
        here, yonder, common = digest(mine), digest(theirs) if theirs else None, base.get(str(sid))
        if here == yonder:
            new_base[str(sid)] = here
            continue
        if theirs and isinstance(theirs[0], Session) and isinstance(mine[0], Session) and \
                (theirs[0].coder_id, theirs[0].clip_id) != (mine[0].coder_id, mine[0].clip_id):
            clashes.append(f"{describe(source, sid)} is a different session in {target_name} "
                           f"({describe(target, sid)})")
            continue
        if yonder is not None and yonder != common:
            if here == common:
                report.newer_there.append(sid)
                continue
            clashes.append(f"{describe(source, sid)} was edited on both sides since they were last in step")
            continue
        pairs.extend(_replace_session(theirs, mine))
        new_base[str(sid)] = here
        report.copied.append(sid)
    if clashes:
        raise SyncRefused("; ".join(clashes) + f". Nothing was copied to {target_name}")
    pairs.extend(_new_records(source, target))
    return pairs, new_base, report


def _replace_session(theirs: list[Entity], mine: list[Entity]) -> list[tuple[Entity | None, Entity | None]]:
    old = {entity_key(e): e for e in theirs}
    new = {entity_key(e): e for e in mine}
    pairs: list[tuple[Entity | None, Entity | None]] = []
    for key, entity in new.items():
        before = old.get(key)
        if before != entity:
            pairs.append((before, entity))
    pairs.extend((entity, None) for key, entity in old.items() if key not in new)
    return pairs


def _new_records(source: Project, target: Project) -> list[tuple[Entity | None, Entity | None]]:
    def same(r: ExportRecord) -> tuple[Any, ...]:
        return (r.when, r.who, r.what, r.target, r.override)

    have = {same(r) for r in target.export_log}
    return [(None, r) for r in source.export_log if same(r) not in have]


def push(file: str | Path, url: str, sessions: set[int] | None = None) -> SyncReport:
    """Copy a project file's work to a server project (made if it does not exist yet): all of it, or nothing."""
    from vig_annotator.store.opening import open_project
    from vig_annotator.store.pg_project import create_server_project, open_server_project

    local = open_project(file)
    try:
        key = base_key(url)
        base = dict(local.setting(key, {}) or {})
        done: list[tuple[dict[str, str], SyncReport]] = []

        def send(server: Project) -> None:
            pairs, new_base, report = merge(local, server, base, sessions, "the server")
            if pairs:
                server.run(commands.edit("Push from a file", pairs), undoable=False)
                _reserve_ids(server)
            _copy_timing(local, server)
            done.append((new_base, report))

        try:
            server = open_server_project(url)
        except NoSuchServerProjectError:
            server = create_server_project(url, send)  # the new project and its rows: one transaction
        else:
            try:
                together = getattr(server.backend, "all_or_nothing", None)
                with together() if together is not None else contextlib.nullcontext():
                    send(server)  # the rows, the ids reserved above them, the clips' timing: one transaction
            except BaseException:
                server.close()
                raise
        server.close()
        new_base, report = done[0]
        _remember(local, key, new_base)
        return report
    finally:
        local.close()


def pull(url: str, file: str | Path, sessions: set[int] | None = None) -> SyncReport:
    """Copy a server project's work (or some sessions of it) into a project file (made if missing).

    A new file is made whole under a hidden name and named only when everything is in it.
    """
    from vig_annotator.store.opening import create_project, open_project
    from vig_annotator.store.pg_project import open_server_project

    server = open_server_project(url, read_only=True)
    try:
        path = Path(file)
        key = base_key(url)
        done: list[SyncReport] = []

        def receive(local: Project) -> None:
            base = dict(local.setting(key, {}) or {})
            pairs, new_base, report = merge(server, local, base, sessions, str(path))
            if pairs:
                local.run(commands.edit("Pull from the server", pairs), undoable=False)
            _copy_timing(server, local)
            _remember(local, key, new_base)
            done.append(report)

        if path.exists():
            local = open_project(path)
            try:
                receive(local)
            finally:
                local.close()
        else:
            create_project(path, receive).close()
        return done[0]
    finally:
        server.close()


def _copy_timing(source: Project, target: Project) -> None:
    """Each clip's probed frame timestamp table goes along, so frame numbers stay exact on the other side."""
    from vig_annotator.store.timing import load_table, save_table

    for clip in target.clips:
        if load_table(target, clip.fingerprint) is None:
            found = load_table(source, clip.fingerprint)
            if found is not None:
                save_table(target, clip.fingerprint, found[0], found[1])


def _remember(local: Project, key: str, base: dict[str, str]) -> None:
    before = local.entities["setting"].get(key)
    after = Setting(key, base)
    if before != after:
        local.run(commands.edit("Remember the server's state", [(before, after)]), undoable=False)


def _reserve_ids(server: Project) -> None:
    reserve = getattr(server.backend, "reserve_above", None)
    if reserve is not None:
        top = max((k for kind in server.entities.values() for k in kind if isinstance(k, int)), default=0)
        reserve(top)


def save_session(project: Project, session_id: int, file: str | Path, unsaved: Iterable[Op] = ()) -> None:
    """Save one session of a team project, with an edit the server did not take, to a new project file.

    The file remembers the server's state of the session (what this window last read), so a later
    :func:`push` brings the work back unless someone changed the session on the server meanwhile.
    """
    from vig_annotator.store.opening import create_project

    def fill(local: Project) -> None:
        pairs, _base, _report = merge(project, local, {}, {session_id}, str(file))
        if pairs:
            local.run(commands.edit("Saved from the team project", pairs), undoable=False)
        extra: list[tuple[Entity | None, Entity | None]] = []
        for op in unsaved:
            current = local.entities[entity_key(op.entity)[0]].get(entity_key(op.entity)[1])
            extra.append((current, op.entity) if isinstance(op, Put) else (current, None))
        if extra:
            local.run(commands.edit("The edit the server did not take", extra), undoable=False)
        _remember(local, base_key(project.path), {str(session_id): digest(session_rows(project, session_id))})

    create_project(file, fill).close()  # named only when whole: a failure leaves no half-saved file
