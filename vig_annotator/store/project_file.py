"""The project file: one SQLite database per project, written one transaction per edit.

The file carries an application id (so a random SQLite file is not mistaken for a project) and a
schema version in ``PRAGMA user_version``, upgraded by ordered migrations (a failed upgrade leaves the
file as it was). While a project is open for editing, an owner row in the file itself names its one
editor (:mod:`vig_annotator.store.editor`). A new project is built whole under a hidden name and
given its name only if no file has it (never replacing one).
"""

from __future__ import annotations

import os
import socket
import sqlite3
import tempfile
import warnings
from collections.abc import Callable, Collection
from pathlib import Path

from vig_annotator.core.bulk import gc_paused, segments_from_rows
from vig_annotator.core.deferred import Deferred
from vig_annotator.core.model import Segment
from vig_annotator.core.project import Project
from vig_annotator.store import editor, wal_check
from vig_annotator.store.backend import AuditBackend, SqliteBackend
from vig_annotator.store.errors import (
    AuditUnavailableError,
    DamagedProjectError,
    EditingLostError,
    HardLinkedError,
    NewerProjectError,
    NotAProjectError,
    ProjectExistsError,
    ProjectFileError,
    ProjectLockedError,
    ReadOnlyFileError,
    UpgradeError,
)
from vig_annotator.store.file_header import read_header
from vig_annotator.store.file_schema import APPLICATION_ID, SCHEMA_VERSION, initialise, migrate
from vig_annotator.store.rows import TABLES, check_segment_types, check_types
from vig_annotator.store.urls import PROJECT_SUFFIX

__all__ = [
    "AuditUnavailableError", "DamagedProjectError", "EditingLostError", "HardLinkedError",
    "NewerProjectError", "NotAProjectError", "ProjectExistsError", "ProjectFileError",
    "ProjectLockedError", "ReadOnlyFileError", "SqliteBackend", "UpgradeError", "backend_of",
    "create_file", "open_file", "open_file_audit_log",
]


def _connect(path: Path, read_only: bool) -> sqlite3.Connection:
    # A reader never writes the file: read-only, and with a -wal beside it that is not the project's
    # own (store.wal_check), immutable, so SQLite reads the file as it is on disk and ignores that WAL.
    if read_only:
        reason = wal_check.foreign_wal(path)
        if reason is not None:
            warnings.warn(wal_check.ForeignWalWarning(
                f"{reason}; the project was read as it is on disk and the -wal left as it is"), stacklevel=3)
            return _immutable(path)
        wal = wal_check.wal_of(path)
        if wal.exists() and wal.stat().st_size == 0 and not Path(f"{path}-shm").exists():
            return _immutable(path)  # an empty WAL left alone: nothing in it to read, nothing to tidy
    else:
        reason = wal_check.foreign_wal(path)
        if reason is not None:
            raise wal_check.ForeignWalError(
                f"{reason}. It was not applied and the project was not opened for editing; set the -wal "
                "aside (rename it) to edit the project as it is on disk")
    # A viewer of a writable file with its own (or no) WAL connects read-write but writes nothing, so
    # that when it closes last, SQLite tidies the -wal and -shm files away instead of leaving them.
    writable = not read_only or (os.access(path, os.W_OK) and os.access(path.parent, os.W_OK))
    uri = f"file:{path.as_posix()}?mode={'rw' if writable else 'ro'}"
    conn = sqlite3.connect(uri, uri=True, isolation_level=None, timeout=2.0, check_same_thread=False)
    conn.execute("PRAGMA foreign_keys = ON")
    if read_only:
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except sqlite3.OperationalError:
            # A WAL project whose -shm cannot be made (a read-only share): read it as it stands.
            conn.close()
            conn = _immutable(path)
    return conn


def _immutable(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(f"file:{path.as_posix()}?mode=ro&immutable=1", uri=True, isolation_level=None,
                           check_same_thread=False)


def create_file(path: str | Path, build: Callable[[Project], None] | None = None) -> Project:
    """Make a new project and open it for editing; never replaces a file (ProjectExistsError).

    The file is made whole under a hidden name beside ``path`` — with ``build`` run on it first, so an
    import or a setup that fails leaves nothing — and then given its name only if no file has it. It
    is handed over already claimed for editing, so no other process can slip in between.
    (store.opening sends a team project's URL to its server.)
    """
    path = Path(path)
    parent = path.parent.resolve()
    if not parent.is_dir():
        raise ProjectFileError(f"{path}: the folder {path.parent} does not exist")
    path = parent / path.name
    if os.path.lexists(path):
        raise ProjectExistsError(f"{path}: a file of that name already exists; it was not replaced")
    fd, name = tempfile.mkstemp(prefix=".creating-", suffix=PROJECT_SUFFIX, dir=parent)
    os.close(fd)
    tmp = Path(name)
    token = editor.new_token()
    try:
        initialise(tmp)
        if build is not None:
            draft = open_file(tmp, token=token)
            try:
                build(draft)
            finally:
                backend = backend_of(draft)
                if backend is not None:
                    backend.close(release=False)
        else:
            conn = _connect(tmp, read_only=False)
            try:
                editor.claim(conn, token)
            finally:
                conn.close()
        _publish(tmp, path)
    finally:
        for leftover in (tmp, tmp.with_name(tmp.name + "-wal"), tmp.with_name(tmp.name + "-shm")):
            leftover.unlink(missing_ok=True)
    return open_file(path, token=token)


def _publish(tmp: Path, path: Path) -> None:
    """Give the finished file its name, atomically, only if no file has that name."""
    try:
        os.link(tmp, path)
    except FileExistsError:
        raise ProjectExistsError(
            f"{path}: a file of that name appeared while this project was being made; it was not replaced") from None
    except OSError:  # a file system without hard links: claim the name exclusively, then fill it
        try:
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
        except FileExistsError:
            raise ProjectExistsError(f"{path}: a file of that name already exists; it was not replaced") from None
        with os.fdopen(fd, "wb") as out:
            out.write(tmp.read_bytes())
            out.flush()
            os.fsync(out.fileno())
    if hasattr(os, "O_DIRECTORY"):
        folder = os.open(path.parent, os.O_RDONLY | os.O_DIRECTORY)
        try:
            os.fsync(folder)
        finally:
            os.close(folder)


def _check_header(path: Path) -> int:
    if not path.exists():
        raise ProjectFileError(f"{path}: no such file")
    if path.is_dir():
        raise NotAProjectError(f"{path}: is a folder, not a vig-annotator project")
    head = read_header(path)  # never open(): closing it would drop this process's SQLite locks on the file
    if head is None:
        raise NotAProjectError(f"{path}: is not a vig-annotator project (not a project database)")
    app_id, version = head.application_id, head.user_version
    if app_id != APPLICATION_ID:
        raise NotAProjectError(
            f"{path}: is an SQLite database but not a vig-annotator project (application id {app_id:#x})")
    if version > SCHEMA_VERSION:
        raise NewerProjectError(
            f"{path}: was written by a newer vig-annotator (project schema {version}; this version "
            f"reads up to {SCHEMA_VERSION}). Update vig-annotator to open it; the file was not changed.")
    return version


DEFER_FROM = 20_000
"""``open_file(defer=True)`` leaves other sessions on disk only when they hold this many segments."""


def open_file(path: str | Path, read_only: bool = False, take_over: bool = False,
                 token: str | None = None, segments: bool = True, defer: bool = False) -> Project:
    """Open a project for editing (its one editor) or, with ``read_only``, for viewing.

    ``segments=False`` leaves segments on disk for verbs that read them per session (store.summary).
    ``defer`` reads only the first session's segments now (the one a window shows first) when the
    others hold ``DEFER_FROM`` or more; those are read when anything could need them (core.deferred)
    or when :func:`read_segments` has them.

    ``take_over`` makes this process the editor even when the owner row names a process that cannot
    be checked (one on another computer); ``token`` resumes a claim made by :func:`create_file`.
    (store.opening sends a team project's URL to its server.)
    """
    path = Path(path).resolve()
    _check_header(path)
    if not read_only:
        if not os.access(path, os.W_OK) or not os.access(path.parent, os.W_OK):
            raise ReadOnlyFileError(
                f"{path}: the file or its folder is read-only, so edits could not be saved; "
                "it can be opened read-only for viewing")
        links = editor.names_of(path)
        if links > 1:
            raise HardLinkedError(
                f"{path}: the file has {links} names (hard links); SQLite keeps recent edits beside the name a "
                "file is opened by, so editing it under two names could lose them. It can be opened read-only; "
                "to edit it, make a copy and open the copy")
    conn: sqlite3.Connection | None = None
    claimed = ""
    try:
        conn = _connect(path, read_only)
        if not read_only:
            migrate(path, conn)
            conn.execute("PRAGMA journal_mode = WAL")
            conn.execute("PRAGMA synchronous = FULL")
            conn.execute("PRAGMA secure_delete = ON")  # deleted notes do not linger in the file
            claimed = token or editor.new_token()
            editor.claim(conn, claimed, take_over)
            conn.execute("PRAGMA wal_checkpoint(PASSIVE)")  # after a crash: the main file is whole again
        backend = SqliteBackend(path, conn, read_only, claimed or None)
        project = Project(backend=backend, path=str(path))
        backend.attach(project)
        _load(project, conn, path, segments, defer)
    except BaseException as exc:
        if conn is not None:
            if claimed:
                try:
                    editor.release(conn, claimed)
                except sqlite3.Error:
                    pass
            conn.close()
        if isinstance(exc, editor.HeldElsewhere):
            error = ProjectLockedError(f"{path}: {exc}; it can be opened read-only for viewing")
            error.holder_elsewhere = exc.holder.host != socket.gethostname()
            raise error from None
        if isinstance(exc, sqlite3.OperationalError) and "locked" in str(exc):
            raise ProjectLockedError(f"{path}: another program is writing to it ({exc}); try again in a "
                                     "moment, or open it read-only") from None
        if isinstance(exc, sqlite3.DatabaseError):
            raise NotAProjectError(f"{path}: the project database is damaged ({exc})") from exc
        raise
    return project


def _load(project: Project, conn: sqlite3.Connection, path: Path, segments: bool = True, defer: bool = False) -> None:
    # Schemes first: sessions refer to them.
    for kind in ("scheme", "clip", "source", "coder", "session", "segment", "rating", "moment", "export", "setting"):
        if kind == "segment" and not segments:
            continue
        table = TABLES[kind]
        if kind == "source" and not conn.execute(
                "SELECT 1 FROM sqlite_master WHERE name = 'video_sources'").fetchone():
            continue  # an older file opened read-only (not upgraded): it has no further sources
        query = f"SELECT {','.join(table.columns)} FROM {table.name}"
        sessions = sorted(project.entities["session"])
        if kind == "segment" and defer and len(sessions) > 1:
            first, rest = sessions[0], set(sessions[1:])
            ids = {i for (i,) in conn.execute("SELECT id FROM segments WHERE session_id != ?", (first,))}
            if len(ids) >= DEFER_FROM:  # a small project is read whole, as ever
                query += f" WHERE session_id = {int(first)}"
                project.defer_segments(Deferred(rest, ids, lambda wanted: _read(conn, path, wanted)))
        check_types(conn, path, table.name)  # text where a number belongs: named now, not met far away later
        if kind == "segment":
            with gc_paused():  # 100,000s of objects that all stay: a collection pass would only re-scan them
                try:
                    project._load_all(kind, segments_from_rows(conn.execute(query)))
                    continue
                except (ValueError, TypeError, AttributeError):
                    pass  # a damaged row: read again row by row below, to name it
        entities = []
        for row in conn.execute(query):
            try:
                entities.append(table.from_row(row))
            except Exception as exc:  # noqa: BLE001 - any unreadable row: name the file and the row
                key = ", ".join(str(row[table.columns.index(k)]) for k in table.key)
                raise DamagedProjectError(
                    f"{path}: the {table.name} row {key} cannot be read ({exc}); the file was not changed"
                ) from exc
        project._load_all(kind, entities)


def _read(conn: sqlite3.Connection, path: Path, session_ids: Collection[int]) -> list[Segment]:
    """The segments of these sessions, through ``conn``; a damaged row is named as on opening."""
    table = TABLES["segment"]
    marks = ",".join("?" * len(session_ids))
    check_segment_types(conn, path, f" AND session_id IN ({marks})", tuple(session_ids))
    query = f"SELECT {','.join(table.columns)} FROM segments WHERE session_id IN ({marks})"
    with gc_paused():
        try:
            return segments_from_rows(conn.execute(query, tuple(session_ids)))
        except (ValueError, TypeError, AttributeError):
            pass  # a damaged row: read again row by row, to name it
    for row in conn.execute(query, tuple(session_ids)):
        try:
            table.from_row(row)
        except Exception as exc:  # noqa: BLE001 - any unreadable row: name the file and the row
            raise DamagedProjectError(f"{path}: the segments row {row[0]} (session {row[1]}) cannot be read "
                                      f"({exc}); the file was not changed") from exc
    raise DamagedProjectError(f"{path}: a segments row cannot be read; the file was not changed")


def session_segments(project: Project, session_ids: Collection[int]) -> list[Segment]:
    """These sessions' segments read from the project's file (for a project opened with ``segments=False``)."""
    backend = backend_of(project)
    if backend is None:
        return [s for i in session_ids for s in project.segments(i)]
    return _read(backend.conn, backend.path, session_ids)


def read_segments(path: str | Path, session_ids: Collection[int]) -> list[Segment]:
    """The segments of these sessions read through a connection of its own (safe on a worker thread)."""
    path = Path(path).resolve()
    conn = (_immutable(path) if wal_check.foreign_wal(path) is not None else
            sqlite3.connect(f"file:{path.as_posix()}?mode=ro", uri=True, isolation_level=None, timeout=5.0))
    try:
        return _read(conn, path, session_ids)
    finally:
        conn.close()


def backend_of(project: Project) -> SqliteBackend | None:
    backend = project.backend
    return backend if isinstance(backend, SqliteBackend) else None


def open_file_audit_log(path: str | Path) -> Project:
    """The project's export log, to append a record to while another process may be editing it.

    Raises AuditUnavailableError (naming the file and the reason) when the log cannot be written.
    """
    path = Path(path).resolve()
    _check_header(path)
    if not os.access(path, os.W_OK):
        raise AuditUnavailableError(f"{path}: the file is read-only, so the export log cannot be written")
    foreign = wal_check.foreign_wal(path)
    if foreign is not None:  # writing the log would apply that WAL to the project
        raise AuditUnavailableError(f"{foreign}; the export log cannot be written without applying it "
                                    "(set the -wal aside first)")
    try:
        conn = sqlite3.connect(f"file:{path.as_posix()}?mode=rw", uri=True, isolation_level=None, timeout=5.0)
        conn.execute("PRAGMA wal_autocheckpoint = 0")  # an open editor alone writes the main file (replaced_file)
        conn.execute("SELECT count(*) FROM export_log").fetchone()
    except sqlite3.Error as exc:
        raise AuditUnavailableError(f"{path}: the export log cannot be written ({exc})") from None
    return Project(backend=AuditBackend(path, conn), path=str(path))
