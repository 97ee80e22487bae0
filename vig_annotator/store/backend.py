"""Writing a project's edits to its SQLite file: one transaction per edit, checked against the file.

Each write transaction first checks that this process is still the project's editor (the owner row,
:mod:`vig_annotator.store.editor`) and that every row it replaces or deletes is still what this window
read (and every row it adds is still absent), so nothing another program wrote is silently
overwritten; and that the file under the project's name is still the one it opened
(:mod:`vig_annotator.store.replaced_file`). The export log is append-only: its records get the next
free id from the database.
"""

from __future__ import annotations

import sqlite3
import weakref
from collections.abc import Sequence
from pathlib import Path
from typing import Any, NoReturn

from vig_annotator.core.model import Entity, ExportRecord, entity_key
from vig_annotator.core.project import Delete, Op, Project, Put
from vig_annotator.store import editor, replaced_file
from vig_annotator.store.errors import EditingLostError, ReadOnlyFileError
from vig_annotator.store.replaced_file import FileIdentity, FileReplacedError
from vig_annotator.store.rows import KIND_BY_TYPE, TABLES, Table


class SqliteBackend:
    """Writes a project's edits to its SQLite file, one transaction per edit."""

    def __init__(self, path: Path, conn: sqlite3.Connection, read_only: bool, token: str | None) -> None:
        self.path = path
        self.conn = conn
        self.read_only = read_only
        self.token = token
        self._project: weakref.ref[Project] | None = None
        self.opened: FileIdentity | None = None if read_only else replaced_file.identity(path)
        # ^ the file this editor writes, as it last left it
        self.stopped: FileReplacedError | None = None

    def attach(self, project: Project) -> None:
        """The project whose memory says what each row should hold before an edit."""
        self._project = weakref.ref(project)

    def write(self, ops: Sequence[Op]) -> None:
        if self.read_only or self.token is None:
            raise ReadOnlyFileError(f"{self.path}: is open read-only; the edit was not saved")
        self.guard()
        conn = self.conn
        try:
            conn.execute("BEGIN IMMEDIATE")
            try:
                editor.check(conn, self.token)
            except editor.NotTheEditor as exc:
                raise EditingLostError(f"{self.path}: {exc}") from None
            seen: dict[tuple[str, Any], Entity | None] = {}
            added = _Additions(self.path, conn)  # rows new to the file, checked and written in bulk
            for op in ops:
                kind = KIND_BY_TYPE[type(op.entity)]
                table = TABLES[kind]
                if isinstance(op.entity, ExportRecord):
                    added.flush()
                    append_record(conn, self.path, op)
                    continue
                key = entity_key(op.entity)
                expected = seen[key] if key in seen else self._in_memory(key)
                if isinstance(op, Put) and expected is None and key not in seen and len(table.key) == 1:
                    added.add(table, op.entity)
                else:
                    added.flush()
                    self._check_row(table, op.entity, expected)
                    _apply(conn, table, op)
                seen[key] = op.entity if isinstance(op, Put) else None
            added.flush()
            conn.execute("COMMIT")
            self.wrote()
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise

    def guard(self) -> None:
        """Before writing through :attr:`conn`: refuse if the file under the project's name is not the one opened.

        The first time, every edit saved so far is copied to a file beside the project (named in the
        error); from then on every write is refused the same way and nothing more is written.
        """
        if self.stopped is not None:
            raise self.stopped
        if self.opened is None or self.conn is None:
            return
        why = replaced_file.what_changed(self.opened, self.path)
        if why is None:
            return
        now = replaced_file.identity(self.path)
        if now is not None and (now.device, now.inode) == (self.opened.device, self.opened.inode) and (
                not self._still_the_editor()):
            return  # an editor that took over wrote it: the owner-row check says so when this window writes
        try:
            kept = replaced_file.keep_edits(self.conn, self.path)
            where = f"every edit saved in this window is kept in {kept}: open it to carry on, or compare the two"
        except (OSError, sqlite3.Error) as exc:
            kept = None
            where = f"the edits saved in this window could not be copied to a new file ({exc}): keep the window open"
        error = FileReplacedError(
            f"{self.path}: {why} while this window had it open for editing. Editing has stopped so that nothing "
            f"is written to a file nobody will open; the file now under that name was not changed, and {where}. "
            "This edit was not saved")
        error.kept = kept
        self.stopped = error
        raise error

    def _still_the_editor(self) -> bool:
        try:
            holder = editor.holder(self.conn)
        except sqlite3.Error:
            return True
        return holder is not None and holder.token == self.token

    def wrote(self) -> None:
        """After this editor wrote the file (an edit, a checkpoint): remember its size as this editor left it."""
        if self.opened is None or self.stopped is not None:
            return
        now = replaced_file.identity(self.path)
        if now is not None and (now.device, now.inode) == (self.opened.device, self.opened.inode):
            self.opened = now

    def _in_memory(self, key: tuple[str, Any]) -> Entity | None:
        project = self._project() if self._project is not None else None
        return None if project is None else project.entities[key[0]].get(key[1])

    def _check_row(self, table: Table, entity: Entity, expected: Entity | None) -> None:
        where = " AND ".join(f"{k} = ?" for k in table.key)
        row = self.conn.execute(f"SELECT {','.join(table.columns)} FROM {table.name} WHERE {where}",
                                table.key_of(entity)).fetchone()
        if row is None and expected is None:
            return
        if row is not None and expected is not None:
            if tuple(row) == tuple(table.to_row(expected)):
                return
            try:
                if table.from_row(tuple(row)) == expected:
                    return
            except Exception:  # noqa: BLE001 - an unreadable row is a changed row
                pass
        _lost(self.path, entity, "was added" if expected is None else ("was deleted" if row is None else "was changed"))

    def close(self, release: bool = True) -> None:
        """Give up editing (unless ``release`` is False), bring the main file up to date, and close."""
        if self.conn is None:
            return
        if not self.read_only and self.stopped is None:
            try:
                self.guard()  # replaced since the last edit: keep this window's edits before letting go
            except FileReplacedError:
                pass
        if self.stopped is not None:
            replaced_file.let_go(self.conn, self.path)
            self.conn = None  # type: ignore[assignment]
            return
        if not self.read_only:
            try:
                if release and self.token is not None:
                    editor.release(self.conn, self.token)
                self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            except sqlite3.Error:
                pass
        self.conn.close()
        self.conn = None  # type: ignore[assignment]


def _lost(path: Path, entity: Entity, state: str) -> NoReturn:
    kind, key = entity_key(entity)
    raise EditingLostError(
        f"{path}: {kind} {key} {state} in the file by another program since this window read it; "
        "this edit was not saved. Close the project and open it again")


class _Additions:
    """Rows one edit adds to a table, in a run: one query checks they are all still absent, one insert writes them.

    An import of 100,000 segments is one edit; row by row it held the GUI thread for seconds.
    """

    CHUNK = 500  # keys per ``IN (...)``: well under SQLite's limit on bound parameters

    def __init__(self, path: Path, conn: sqlite3.Connection) -> None:
        self.path = path
        self.conn = conn
        self.table: Table | None = None
        self.entities: list[Entity] = []

    def add(self, table: Table, entity: Entity) -> None:
        if table is not self.table:
            self.flush()
            self.table = table
        self.entities.append(entity)

    def flush(self) -> None:
        table, entities = self.table, self.entities
        if table is None or not entities:
            return
        self.table, self.entities = None, []
        rows = [table.to_row(e) for e in entities]
        at = table.columns.index(table.key[0])
        for start in range(0, len(rows), self.CHUNK):
            keys = [row[at] for row in rows[start:start + self.CHUNK]]
            present = self.conn.execute(
                f"SELECT {table.key[0]} FROM {table.name} WHERE {table.key[0]} IN ({','.join('?' * len(keys))}) "
                "LIMIT 1", keys).fetchone()
            if present is not None:  # another program added this row since this window read the file
                _lost(self.path, entities[start + keys.index(present[0])], "was added")
        marks = ",".join("?" * len(table.columns))
        self.conn.executemany(f"INSERT INTO {table.name} ({','.join(table.columns)}) VALUES ({marks})", rows)


def _apply(conn: sqlite3.Connection, table: Table, op: Op) -> None:
    if isinstance(op, Put):
        marks = ",".join("?" * len(table.columns))
        conn.execute(f"INSERT OR REPLACE INTO {table.name} ({','.join(table.columns)}) VALUES ({marks})",
                     table.to_row(op.entity))
    elif isinstance(op, Delete):
        where = " AND ".join(f"{k} = ?" for k in table.key)
        conn.execute(f"DELETE FROM {table.name} WHERE {where}", table.key_of(op.entity))


def append_record(conn: sqlite3.Connection, path: Path, op: Op) -> None:
    """Add an export-log record under its own id, or the next free one if another process took it."""
    if not isinstance(op, Put):
        raise EditingLostError(f"{path}: the export log is append-only; its records are never removed")
    table = TABLES["export"]
    row = list(table.to_row(op.entity))
    if conn.execute("SELECT 1 FROM export_log WHERE id = ?", (row[0],)).fetchone() is not None:
        row[0] = conn.execute("SELECT coalesce(max(id), 0) + 1 FROM export_log").fetchone()[0]
    conn.execute(f"INSERT INTO export_log ({','.join(table.columns)}) VALUES ({','.join('?' * len(row))})", row)


class AuditBackend:
    """Appends export-log records to a project another process may be editing (nothing else).

    The log is append-only and its ids come from the database, so this never needs the edit lock.
    """

    read_only = False

    def __init__(self, path: Path, conn: sqlite3.Connection) -> None:
        self.path = path
        self.conn = conn

    def write(self, ops: Sequence[Op]) -> None:
        if not all(isinstance(op, Put) and isinstance(op.entity, ExportRecord) for op in ops):
            raise ReadOnlyFileError(f"{self.path}: is open read-only; only the export log can be added to")
        conn = self.conn
        try:
            conn.execute("BEGIN IMMEDIATE")  # never a checkpoint here: only the editor writes the main file
            for op in ops:
                append_record(conn, self.path, op)
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise

    def close(self) -> None:
        self.conn.close()
