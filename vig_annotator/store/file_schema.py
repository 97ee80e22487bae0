"""The project file's tables: the SQL of each schema version, a new empty file, and the upgrade between versions.

``store.project_file`` opens, creates and upgrades project files with these; ``store.pg_schema`` reads the
tables a new file has, so a server project's tables never drift from a file's.
"""

from __future__ import annotations

import os
import sqlite3
import tempfile
from collections.abc import Callable
from pathlib import Path

from vig_annotator.store import editor
from vig_annotator.store.errors import UpgradeError

APPLICATION_ID = 0x56494741  # "VIGA"
SCHEMA_VERSION = 3
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

SCHEMA_V2 = editor.EDITOR_TABLE + """
CREATE TRIGGER IF NOT EXISTS export_log_no_update BEFORE UPDATE ON export_log
    BEGIN SELECT RAISE(ABORT, 'the export log is append-only'); END;
CREATE TRIGGER IF NOT EXISTS export_log_no_delete BEFORE DELETE ON export_log
    BEGIN SELECT RAISE(ABORT, 'the export log is append-only'); END;
"""

SCHEMA_V3 = """
CREATE TABLE IF NOT EXISTS video_sources (id INTEGER PRIMARY KEY,
    clip_id INTEGER NOT NULL REFERENCES clips(id), label TEXT NOT NULL, path TEXT NOT NULL,
    fingerprint TEXT NOT NULL, offset_ms INTEGER NOT NULL, duration_ms INTEGER NOT NULL,
    frame_count INTEGER NOT NULL, fps REAL NOT NULL, rotation INTEGER NOT NULL,
    has_audio INTEGER NOT NULL, aligned_by TEXT NOT NULL, confidence REAL);
CREATE INDEX IF NOT EXISTS video_sources_by_clip ON video_sources(clip_id);
"""


def _run_script(conn: sqlite3.Connection, script: str) -> None:
    """Run a schema script statement by statement (inside the migration's own transaction)."""
    statement = ""
    for line in script.splitlines(keepends=True):
        statement += line
        if sqlite3.complete_statement(statement):
            conn.execute(statement)
            statement = ""


def _v1_to_v2(conn: sqlite3.Connection) -> None:
    """Version 2: the owner row that names the project's one editor; an append-only export log."""
    _run_script(conn, SCHEMA_V2)


def _v2_to_v3(conn: sqlite3.Connection) -> None:
    """Version 3: a clip's further video sources (other cameras) with their offsets."""
    _run_script(conn, SCHEMA_V3)


# MIGRATIONS[n] upgrades a file at schema version n to n + 1. Each is tested on a file of version n.
MIGRATIONS: dict[int, Callable[[sqlite3.Connection], None]] = {1: _v1_to_v2, 2: _v2_to_v3}


def initialise(tmp: Path) -> None:
    """Write a new, empty project file of the current schema at ``tmp`` (the one definition of its tables)."""
    conn = sqlite3.connect(tmp, isolation_level=None)
    try:
        conn.executescript(f"BEGIN; {SCHEMA_V1} {SCHEMA_V2} {SCHEMA_V3} PRAGMA application_id = {APPLICATION_ID}; "
                           f"PRAGMA user_version = {SCHEMA_VERSION}; COMMIT;")
        conn.execute("PRAGMA journal_mode = WAL")
    finally:
        conn.close()
    umask = os.umask(0)
    os.umask(umask)
    os.chmod(tmp, 0o666 & ~umask)  # mkstemp makes 0600; a project is an ordinary document


def migrate(path: Path, conn: sqlite3.Connection) -> None:
    """Upgrade an older file in one transaction, after a backup; a failure leaves the file as it was."""
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    if version >= SCHEMA_VERSION:
        return
    missing = [v for v in range(version, SCHEMA_VERSION) if v not in MIGRATIONS]
    if missing:
        raise UpgradeError(
            f"{path}: has project schema version {version}, which this version of vig-annotator cannot "
            f"upgrade (it upgrades versions {min(MIGRATIONS, default=SCHEMA_VERSION)} to {SCHEMA_VERSION}); "
            "the file was not changed")
    backup = path.with_name(f"{path.name}.before-v{SCHEMA_VERSION}.bak")
    fd, name = tempfile.mkstemp(prefix=f".{backup.name}.", dir=path.parent)
    os.close(fd)
    partial = Path(name)
    try:
        copy = sqlite3.connect(partial)
        try:
            conn.backup(copy)
        finally:
            copy.close()
        start = version
        conn.execute("BEGIN IMMEDIATE")
        try:
            version = start = conn.execute("PRAGMA user_version").fetchone()[0]  # another process may have done it
            while version < SCHEMA_VERSION:
                MIGRATIONS[version](conn)
                version += 1
                conn.execute(f"PRAGMA user_version = {version}")
            conn.execute("COMMIT")
        except BaseException as exc:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            if isinstance(exc, Exception):
                raise UpgradeError(
                    f"{path}: could not be upgraded from project schema {start} "
                    f"to {SCHEMA_VERSION} ({exc}); the file was not changed") from exc
            raise
        if start < SCHEMA_VERSION:
            os.replace(partial, backup)
    finally:
        partial.unlink(missing_ok=True)
