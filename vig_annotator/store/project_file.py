"""The project file: one SQLite database per project, written one transaction per edit.

The file carries an application id (so a random SQLite file is not mistaken for a project) and a
schema version in ``PRAGMA user_version``, upgraded by ordered migrations after a backup copy is
made. While a project is open for editing it is locked against a second editor.
"""

from __future__ import annotations

import fcntl
import os
import shutil
import sqlite3
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path

from vig_annotator.core.project import Delete, Op, Project, Put
from vig_annotator.store.rows import KIND_BY_TYPE, TABLES

APPLICATION_ID = 0x56494741  # "VIGA"
SCHEMA_VERSION = 1
SUFFIX = ".vigproj"
SQLITE_MAGIC = b"SQLite format 3\x00"

SCHEMA_V1 = """
CREATE TABLE schemes (scheme_id TEXT NOT NULL, version TEXT NOT NULL, json TEXT NOT NULL,
    PRIMARY KEY (scheme_id, version));
CREATE TABLE clips (id INTEGER PRIMARY KEY, case_id TEXT NOT NULL, path TEXT NOT NULL,
    fingerprint TEXT NOT NULL, duration_ms INTEGER NOT NULL, frame_count INTEGER NOT NULL,
    fps REAL NOT NULL, rotation INTEGER NOT NULL, has_audio INTEGER NOT NULL, timing TEXT NOT NULL,
    infant_age_days INTEGER, context TEXT NOT NULL, consent TEXT NOT NULL, delete_by TEXT NOT NULL);
CREATE TABLE coders (id INTEGER PRIMARY KEY, initials TEXT NOT NULL, role TEXT NOT NULL);
CREATE TABLE sessions (id INTEGER PRIMARY KEY,
    clip_id INTEGER NOT NULL REFERENCES clips(id), coder_id INTEGER NOT NULL REFERENCES coders(id),
    scheme_id TEXT NOT NULL, scheme_version TEXT NOT NULL, purpose TEXT NOT NULL,
    blind INTEGER NOT NULL, status TEXT NOT NULL, notes TEXT NOT NULL,
    FOREIGN KEY (scheme_id, scheme_version) REFERENCES schemes(scheme_id, version));
CREATE TABLE segments (id INTEGER PRIMARY KEY, session_id INTEGER NOT NULL REFERENCES sessions(id),
    code_id TEXT NOT NULL, start_ms INTEGER NOT NULL, end_ms INTEGER NOT NULL,
    start_frame INTEGER NOT NULL, end_frame INTEGER NOT NULL, modifiers TEXT NOT NULL,
    note TEXT NOT NULL, item TEXT NOT NULL, CHECK (end_ms >= start_ms));
CREATE INDEX segments_by_session ON segments(session_id, start_ms);
CREATE TABLE ratings (session_id INTEGER NOT NULL REFERENCES sessions(id), item_id TEXT NOT NULL,
    value INTEGER, not_observable INTEGER NOT NULL, note TEXT NOT NULL, evidence TEXT NOT NULL,
    PRIMARY KEY (session_id, item_id));
CREATE TABLE moments (id INTEGER PRIMARY KEY, session_id INTEGER NOT NULL REFERENCES sessions(id),
    start_ms INTEGER NOT NULL, end_ms INTEGER NOT NULL, principles TEXT NOT NULL,
    caption TEXT NOT NULL, questions TEXT NOT NULL, ord INTEGER NOT NULL, key_ms INTEGER,
    guider_notes TEXT NOT NULL, CHECK (end_ms >= start_ms));
CREATE TABLE export_log (id INTEGER PRIMARY KEY, at TEXT NOT NULL, who TEXT NOT NULL,
    what TEXT NOT NULL, target TEXT NOT NULL, override TEXT NOT NULL);
CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE probe_cache (fingerprint TEXT PRIMARY KEY, frame_us BLOB NOT NULL,
    duration_us INTEGER NOT NULL, info TEXT NOT NULL);
"""

# MIGRATIONS[n] upgrades a file at schema version n to n + 1. Each is tested on a file of version n.
MIGRATIONS: dict[int, Callable[[sqlite3.Connection], None]] = {}


class ProjectFileError(Exception):
    """A project file that cannot be opened as asked; ``can_open_read_only`` offers viewing."""

    can_open_read_only = False


class NotAProjectError(ProjectFileError):
    pass


class NewerProjectError(ProjectFileError):
    pass


class ProjectLockedError(ProjectFileError):
    can_open_read_only = True


class ReadOnlyFileError(ProjectFileError):
    can_open_read_only = True


class SqliteBackend:
    """Writes a project's edits to its SQLite file, one transaction per edit."""

    def __init__(self, path: Path, conn: sqlite3.Connection, read_only: bool,
                 lock_fd: int | None) -> None:
        self.path = path
        self.conn = conn
        self.read_only = read_only
        self._lock_fd = lock_fd

    def write(self, ops: Sequence[Op]) -> None:
        conn = self.conn
        try:
            conn.execute("BEGIN IMMEDIATE")
            for op in ops:
                table = TABLES[KIND_BY_TYPE[type(op.entity)]]
                if isinstance(op, Put):
                    marks = ",".join("?" * len(table.columns))
                    conn.execute(
                        f"INSERT OR REPLACE INTO {table.name} ({','.join(table.columns)}) VALUES ({marks})",
                        table.to_row(op.entity),
                    )
                elif isinstance(op, Delete):
                    where = " AND ".join(f"{k} = ?" for k in table.key)
                    conn.execute(f"DELETE FROM {table.name} WHERE {where}", table.key_of(op.entity))
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise

    def close(self) -> None:
        if self.conn is not None:
            if not self.read_only:
                try:
                    self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
                except sqlite3.Error:
                    pass
            self.conn.close()
        if self._lock_fd is not None:
            _lock_path(self.path).unlink(missing_ok=True)
            os.close(self._lock_fd)
            self._lock_fd = None


def _lock_path(path: Path) -> Path:
    return path.with_name(f".{path.name}.lock")


def _connect(path: Path, read_only: bool) -> sqlite3.Connection:
    uri = f"file:{path.as_posix()}?mode={'ro' if read_only else 'rw'}"
    conn = sqlite3.connect(uri, uri=True, isolation_level=None, timeout=2.0, check_same_thread=False)
    conn.execute("PRAGMA foreign_keys = ON")
    if read_only:
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except sqlite3.OperationalError:
            # A WAL project in a folder we cannot write to (a read-only share): read it as it stands.
            conn.close()
            conn = sqlite3.connect(f"file:{path.as_posix()}?mode=ro&immutable=1", uri=True, isolation_level=None,
                                   check_same_thread=False)
    return conn


def create_project(path: str | Path) -> Project:
    """Make a new, empty project file (written whole, then moved into place) and open it."""
    path = Path(path)
    if path.exists():
        raise ProjectFileError(f"{path}: a file of that name already exists")
    if not path.parent.exists():
        raise ProjectFileError(f"{path}: the folder {path.parent} does not exist")
    fd, tmp = tempfile.mkstemp(prefix=".creating-", suffix=SUFFIX, dir=path.parent)
    os.close(fd)
    try:
        conn = sqlite3.connect(tmp, isolation_level=None)
        conn.executescript(SCHEMA_V1)
        conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
        conn.execute("PRAGMA journal_mode = WAL")
        conn.close()
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)  # mkstemp makes 0600; a project is an ordinary document
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return open_project(path)


def _check_header(path: Path) -> None:
    if not path.exists():
        raise ProjectFileError(f"{path}: no such file")
    if path.is_dir():
        raise NotAProjectError(f"{path}: is a folder, not a vig-annotator project")
    with path.open("rb") as f:
        head = f.read(100)
    if head[:16] != SQLITE_MAGIC:
        raise NotAProjectError(f"{path}: is not a vig-annotator project (not a project database)")
    app_id = int.from_bytes(head[68:72], "big")
    version = int.from_bytes(head[60:64], "big")
    if app_id != APPLICATION_ID:
        raise NotAProjectError(
            f"{path}: is an SQLite database but not a vig-annotator project (application id {app_id:#x})")
    if version > SCHEMA_VERSION:
        raise NewerProjectError(
            f"{path}: was written by a newer vig-annotator (project schema {version}; this version "
            f"reads up to {SCHEMA_VERSION}). Update vig-annotator to open it; the file was not changed.")


def open_project(path: str | Path, read_only: bool = False, segments: bool = True) -> Project:
    """Open a project for editing (locked against other editors) or, with ``read_only``, for viewing.

    ``segments=False`` leaves segments on disk for verbs that read them per session (store.summary).
    """
    path = Path(path).resolve()
    _check_header(path)
    lock_fd: int | None = None
    if not read_only:
        if not os.access(path, os.W_OK) or not os.access(path.parent, os.W_OK):
            raise ReadOnlyFileError(
                f"{path}: the file or its folder is read-only, so edits could not be saved; "
                "it can be opened read-only for viewing")
        # A lock on a side file, not the database: closing any descriptor of the database itself
        # would drop SQLite's own POSIX locks in this process.
        lock_fd = os.open(_lock_path(path), os.O_RDWR | os.O_CREAT, 0o600)
        try:
            fcntl.flock(lock_fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(lock_fd)
            raise ProjectLockedError(
                f"{path}: is open for editing in another vig-annotator window or process; "
                "it can be opened read-only for viewing") from None
    try:
        conn = _connect(path, read_only)
        if not read_only:
            conn.execute("PRAGMA journal_mode = WAL")
            conn.execute("PRAGMA synchronous = FULL")
            _migrate(path, conn)
        project = Project(backend=SqliteBackend(path, conn, read_only, lock_fd), path=str(path))
        _load(project, conn, segments)
    except sqlite3.DatabaseError as exc:
        if lock_fd is not None:
            os.close(lock_fd)
        raise NotAProjectError(f"{path}: the project database is damaged ({exc})") from exc
    except BaseException:
        if lock_fd is not None:
            os.close(lock_fd)
        raise
    return project


def _migrate(path: Path, conn: sqlite3.Connection) -> None:
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    if version >= SCHEMA_VERSION:
        return
    shutil.copy2(path, path.with_name(f"{path.name}.before-v{SCHEMA_VERSION}.bak"))
    conn.execute("BEGIN IMMEDIATE")
    try:
        while version < SCHEMA_VERSION:
            MIGRATIONS[version](conn)
            version += 1
            conn.execute(f"PRAGMA user_version = {version}")
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise


def _load(project: Project, conn: sqlite3.Connection, segments: bool = True) -> None:
    # Schemes first: sessions refer to them.
    for kind in ("scheme", "clip", "coder", "session", "segment", "rating", "moment", "export", "setting"):
        if kind == "segment" and not segments:
            continue
        table = TABLES[kind]
        rows = conn.execute(f"SELECT {','.join(table.columns)} FROM {table.name}")
        project.load_all(kind, (table.from_row(row) for row in rows))


def backend_of(project: Project) -> SqliteBackend | None:
    backend = project.backend
    return backend if isinstance(backend, SqliteBackend) else None
