"""Writing a team project's edits to its PostgreSQL server: one transaction per edit, checked by row version.

Each row carries a ``row_version``, a new random number on every write (a count would repeat when a row
is deleted and added again). A write replaces or deletes a row only if its version is still the one this
window read (and adds a row only if it is still absent); otherwise the whole edit is refused
(:class:`EditConflictError`) and the window is given the server's copy of those rows. Every edit gets an
``audit`` entry (who, from where, when, what) and announces itself on the project's channel, so
other windows take it in (:mod:`vig_annotator.store.live`); the server itself writes that audit entry
from its triggers (:mod:`vig_annotator.store.pg_safeguards`), the client only states its claims. A server
that goes away mid-edit leaves nothing half-written (never committed) and the edit is reported not saved.
"""

from __future__ import annotations

import secrets
import weakref
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any

import psycopg
from psycopg import sql

from vig_annotator.core.model import Entity, ExportRecord, Session, entity_key
from vig_annotator.core.project import Delete, Op, Project, Put
from vig_annotator.store import pg_writes
from vig_annotator.store.errors import (
    EditConflictError,
    ReadOnlyFileError,
    ServerRefusedError,
    ServerUnavailableError,
)
from vig_annotator.store.pg_schema import ID_BLOCK, ROW_VERSION
from vig_annotator.store.pg_server import Key, connect, first_line, read_rows, who
from vig_annotator.store.rows import TABLES
from vig_annotator.store.urls import ServerProject

__all__ = ["CONFLICT", "Key", "ServerBackend", "connect", "read_rows"]

CONFLICT = "VG409"
"""The SQLSTATE a write raises when a row is not as the window read it (see ``vig_expect_one``)."""


class ServerBackend:
    """Writes a team project's edits to its server, one transaction per edit, refusing stale rows."""

    def __init__(self, where: ServerProject, conn: psycopg.Connection[Any], read_only: bool,
                 versions: dict[Key, int]) -> None:
        self.where = where
        self.conn: psycopg.Connection[Any] | None = conn
        self.read_only = read_only
        self.versions = versions
        self.label = ""
        self.loaded_audit = 0
        """The newest audit entry when the project was read (the live feed catches up from there)."""
        self._project: weakref.ref[Project] | None = None
        self._block: tuple[int, int] | None = None
        self._unsure: tuple[str, list[Key]] | None = None
        self.building = False
        """True while a new project is being made, or a push lands: edits join one transaction."""
        self._built: list[str] = []
        self.creating = False
        """True while a new project is being made by its owner: new rows go in with COPY (no row policies bind)."""
        self.os_user, self.host, self.program = who()

    @property
    def project(self) -> Project | None:
        return self._project() if self._project is not None else None

    def attach(self, project: Project) -> None:
        """The project whose memory this backend keeps in step with the server."""
        self._project = weakref.ref(project)

    # -- the connection ----------------------------------------------------------------------
    def connection(self) -> psycopg.Connection[Any]:
        """The open connection, made again if the server went away and is back."""
        if self.conn is None or self.conn.closed or self.conn.broken:
            if self.conn is not None:
                self.conn.close()
            self.conn = None
            self.conn = connect(self.where)
            if self._unsure is not None:
                self._settle_unsure(self.conn)
        return self.conn

    def _settle_unsure(self, conn: psycopg.Connection[Any]) -> None:
        """After losing the server during a commit: find out whether that edit landed, and take in its rows."""
        edit, keys = self._unsure or ("", [])
        self._unsure = None
        row = conn.execute("SELECT 1 FROM audit WHERE edit = %s", (edit,)).fetchone()
        if row is not None:
            self.refresh(keys)

    @contextmanager
    def all_or_nothing(self) -> Iterator[None]:
        """Every edit made inside joins one transaction, announced when it is committed (a push).

        If anything inside fails, the server holds none of it; the project in memory is then out of step
        and should be closed.
        """
        conn = self.connection()
        conn.execute("BEGIN")
        self.building, self._built = True, []
        try:
            yield
            conn.execute("COMMIT")
        except BaseException:
            self._roll_back(conn)
            raise
        finally:
            self.building = False
        for edit in self._built:
            conn.execute(self._announce(edit))

    # -- ids -----------------------------------------------------------------------------------
    def allocate_id(self, kind: str, taken: dict[Any, Entity]) -> int:
        """A new id for ``kind`` from this client's own block, so two clients adding at once never clash.

        While the server cannot be reached, the next id after those in memory (the edit itself will be
        refused or saved to a file; a clash on the server is refused, never merged).
        """
        while True:
            if self._block is None:
                block = self._new_block()
                if block is None:
                    return max((k for k in taken if isinstance(k, int)), default=0) + 1
                self._block = (block * ID_BLOCK, (block + 1) * ID_BLOCK)
            low, high = self._block
            free = next((i for i in range(max(low, 1), high) if i not in taken), None)
            if free is not None:
                return free
            self._block = None

    def _new_block(self) -> int | None:
        for _attempt in (1, 2):
            try:
                row = self.connection().execute("SELECT nextval('id_blocks')").fetchone()
                return int(row[0]) if row else None
            except psycopg.OperationalError:
                continue
            except ServerUnavailableError:
                return None
        return None

    def reserve_above(self, top: int) -> None:
        """Hand out ids only above ``top`` from now on (after rows with their own ids were copied in)."""
        conn = self.connection()
        conn.execute("SELECT vig_reserve_ids_above(%s)", (top,))  # as the owner: members may not setval
        self._block = None

    # -- writing -------------------------------------------------------------------------------
    def write(self, ops: Sequence[Op]) -> None:
        if self.read_only:
            raise ReadOnlyFileError(f"{self.where}: is open read-only; the edit was not saved")
        edit = secrets.token_hex(8)
        if self.building and self.conn is not None:
            self._transaction(self.conn, ops, edit)  # one transaction: all of it lands, or none
            self._built.append(edit)
            return
        for attempt in (1, 2):
            try:
                conn = self.connection()
            except ServerUnavailableError as exc:
                exc.ops = tuple(ops)
                raise
            try:
                self._transaction(conn, ops, edit)
                return
            except psycopg.OperationalError as exc:
                # The link broke: find out on a new connection whether the server committed the edit.
                # If it did not, nothing of it is there, and it is sent once more.
                landed = self._landed(edit, ops)
                if landed:
                    return
                if landed is None or attempt == 2:
                    self._unsure = (edit, [entity_key(op.entity) for op in ops]) if landed is None else None
                    error = ServerUnavailableError(
                        f"{self.where}: the server went away during this edit ({first_line(exc)}); the edit was "
                        "not saved. Retry when the server is back, or save the session to a file")
                    error.ops = tuple(ops)
                    raise error from None

    def _landed(self, edit: str, ops: Sequence[Op]) -> bool | None:
        """After a broken link, whether the server committed the edit: True (its rows are taken in) or False.

        None when the server cannot be reached to tell (settled when it is back).
        """
        if self.conn is not None:
            self.conn.close()
        self.conn = None
        try:
            conn = self.connection()
            found = conn.execute("SELECT 1 FROM audit WHERE edit = %s", (edit,)).fetchone()
        except (ServerUnavailableError, psycopg.OperationalError):
            return None
        if found is None:
            return False
        self.refresh([entity_key(op.entity) for op in ops])
        return True

    def _transaction(self, conn: psycopg.Connection[Any], ops: Sequence[Op], edit: str) -> None:
        """One edit in one transaction: in a single round trip to the server when it holds no export record.

        While a new project is being made (``building``) the edit joins that transaction instead, in batches.
        """
        pending: dict[Key, int | None] = {}
        try:
            if self.building:
                conn.execute(self._audit(edit, ops))
                rest = pg_writes.copy_new_rows(conn, ops, self.versions, pending) if self.creating else list(ops)
                for start in range(0, len(rest), 500):
                    batch = [self._write_one(conn, op, pending) for op in rest[start:start + 500]]
                    statements = [s for s in batch if s is not None]
                    if statements:
                        conn.execute(sql.SQL(";\n").join(statements))
                conn.execute("SET CONSTRAINTS ALL IMMEDIATE")  # the server's checks, now, not at the final commit
                conn.execute("SET CONSTRAINTS ALL DEFERRED")
            elif any(isinstance(op.entity, ExportRecord) for op in ops):
                with conn.transaction():
                    conn.execute(self._audit(edit, ops))
                    for op in ops:
                        statement = self._write_one(conn, op, pending)
                        if statement is not None:
                            conn.execute(statement)
                conn.execute(self._announce(edit))
            else:
                # One round trip: the edit's transaction, then its announcement in a transaction of its
                # own (a NOTIFY inside the edit would hold the server's queue lock over the disk flush,
                # making every coder's commit wait for every other's). The server writes the audit trail.
                statements = [pg_writes.change(op, self.versions, pending) for op in ops]
                conn.execute(sql.SQL(";\n").join([sql.SQL("BEGIN"), self._audit(edit, ops), *statements,
                                                   sql.SQL("COMMIT"), self._announce(edit)]))
        except psycopg.OperationalError:
            raise
        except psycopg.Error as exc:
            if self.building:
                raise ServerRefusedError(f"{self.where}: the server refused this edit ({first_line(exc)}); "
                                         "nothing of it was saved") from None
            self._roll_back(conn)
            if exc.sqlstate == CONFLICT:
                self.refresh([entity_key(op.entity) for op in ops])
                raise EditConflictError(
                    f"{self.where}: {exc.diag.message_primary} on the server by someone else since this window "
                    "read it; this edit was not saved, and the window now shows the server's copy") from None
            raise ServerRefusedError(
                f"{self.where}: the server refused this edit ({first_line(exc)}); nothing of it was saved") from None
        for key, version in pending.items():
            if version is None:
                self.versions.pop(key, None)
            else:
                self.versions[key] = version

    def _write_one(self, conn: psycopg.Connection[Any], op: Op, pending: dict[Key, int | None]) -> sql.Composed | None:
        """The statement for one change, or None when it was written already (an export record)."""
        if isinstance(op.entity, ExportRecord):
            self._append_record(conn, op, pending)
            return None
        return pg_writes.change(op, self.versions, pending)

    def _audit(self, edit: str, ops: Sequence[Op]) -> sql.Composed:
        """What this client says of the edit (token, label, computer user, host, program) for the server's audit.

        The database user in that entry is the server's own knowledge, never the client's.
        """
        del ops
        claims = {"vig.audit_entry": "", "vig.edit": edit, "vig.label": self.label, "vig.os_user": self.os_user,
                  "vig.host": self.host, "vig.program": self.program}
        return sql.SQL("SELECT {}").format(sql.SQL(", ").join(
            sql.SQL("set_config({}, {}, true)").format(sql.Literal(k), sql.Literal(v)) for k, v in claims.items()))

    def _announce(self, edit: str) -> sql.Composed:
        """Tell other windows (LISTEN) which audit entry to read."""
        return sql.SQL("SELECT pg_notify({}, id::text) FROM audit WHERE edit = {}").format(
            sql.Literal(self.where.channel), sql.Literal(edit))

    @staticmethod
    def _roll_back(conn: psycopg.Connection[Any]) -> None:
        """After a refused statement: end the transaction it left open (nothing of the edit is kept)."""
        if conn.info.transaction_status != psycopg.pq.TransactionStatus.IDLE:
            try:
                conn.execute("ROLLBACK")
            except psycopg.Error:
                pass

    def _append_record(self, conn: psycopg.Connection[Any], op: Op, pending: dict[Key, int | None]) -> None:
        """Add an export-log record under its own id, or the next free one if another window took it."""
        if not isinstance(op, Put):
            raise ReadOnlyFileError(f"{self.where}: the export log is append-only; its records are never removed")
        table = TABLES["export"]
        row = list(table.to_row(op.entity))
        found = conn.execute("SELECT vig_export_id(%s)", (row[0],)).fetchone()  # the server picks a free id
        row[0] = found[0] if found else row[0]
        version = secrets.randbits(62) + 1
        conn.execute(f"INSERT INTO export_log ({','.join(table.columns)}, {ROW_VERSION}) "
                     f"VALUES ({','.join(['%s'] * len(row))}, %s)", (*row, version))
        pending[("export", int(row[0]))] = version

    # -- taking in what others committed --------------------------------------------------------
    def refresh(self, keys: Sequence[Key]) -> list[Op]:
        """Read these rows again and give the project the server's copy of any that changed."""
        return self._reading(lambda conn: self._refresh(conn, keys))

    def resync(self) -> list[Op]:
        """Compare every row with memory (after missing announcements, e.g. a dropped connection)."""
        return self._reading(self._resync)

    def _reading(self, read: Callable[[psycopg.Connection[Any]], list[Op]]) -> list[Op]:
        """Run a read, once more on a new connection if the old one turns out to have died (a server restart)."""
        try:
            return read(self.connection())
        except psycopg.OperationalError:
            if self.conn is not None:
                self.conn.close()
            self.conn = None
            return read(self.connection())

    def _refresh(self, conn: psycopg.Connection[Any], keys: Sequence[Key]) -> list[Op]:
        project = self.project
        ops: list[Op] = []
        by_kind: dict[str, list[Any]] = {}
        for kind, name in dict.fromkeys(keys):
            by_kind.setdefault(kind, []).append(name)
        for kind, names in by_kind.items():  # one query per kind, however many rows
            table = TABLES[kind]
            found: dict[Any, tuple[Entity, int]] = {}
            for start in range(0, len(names), 1000):
                chunk = names[start:start + 1000]
                if len(table.key) == 1:
                    where, params = f"WHERE {table.key[0]} = ANY(%s)", [list(chunk)]
                else:
                    tuples = ", ".join("(" + ", ".join(["%s"] * len(table.key)) + ")" for _ in chunk)
                    where = f"WHERE ({', '.join(table.key)}) IN ({tuples})"
                    params = [v for name in chunk for v in name]
                for entity, version in read_rows(conn, self.where, kind, where, params):
                    found[entity_key(entity)[1]] = (entity, version)
            for name in names:
                ops.extend(self._difference(project, (kind, name), found.get(name)))
        for op in list(ops):  # a session that has just become readable (unblinded): its contents too
            if isinstance(op, Put) and isinstance(op.entity, Session) and project is not None \
                    and op.entity.id not in project.entities["session"]:
                ops.extend(self._session_parts(conn, project, op.entity.id))
        if project is not None and ops:
            project._absorb(ops, initiator=self)
        return ops

    def _session_parts(self, conn: psycopg.Connection[Any], project: Project, session_id: int) -> list[Op]:
        ops: list[Op] = []
        for kind in ("segment", "rating", "moment"):
            for entity, version in read_rows(conn, self.where, kind, "WHERE session_id = %s", (session_id,)):
                ops.extend(self._difference(project, entity_key(entity), (entity, version)))
        return ops

    def _resync(self, conn: psycopg.Connection[Any]) -> list[Op]:
        project = self.project
        ops: list[Op] = []
        for kind, table in TABLES.items():
            seen: set[Any] = set()
            for entity, version in read_rows(conn, self.where, kind):
                key = entity_key(entity)
                seen.add(key[1])
                ops.extend(self._difference(project, key, (entity, version)))
            if project is not None:
                for name in [k for k in project.entities[kind] if k not in seen]:
                    ops.extend(self._difference(project, (kind, name), None))
            del table
        if project is not None and ops:
            project._absorb(ops, initiator=self)
        return ops

    def _difference(self, project: Project | None, key: Key, found: tuple[Entity, int] | None) -> list[Op]:
        if found is None:
            self.versions.pop(key, None)
            old = project.entities[key[0]].get(key[1]) if project is not None else None
            return [Delete(old)] if old is not None else []
        entity, version = found
        if self.versions.get(key) == version:
            return []
        self.versions[key] = version
        return [Put(entity)]

    # -- the frame timestamp cache ---------------------------------------------------------------
    def save_probe(self, fingerprint: str, frame_us: bytes, duration_us: int, info: str) -> None:
        """Keep a clip's probed frame timestamp table on the server, for every coder's window."""
        self.connection().execute(
            "INSERT INTO probe_cache (fingerprint, frame_us, duration_us, info) VALUES (%s, %s, %s, %s) "
            "ON CONFLICT (fingerprint) DO NOTHING",  # one clip's content has one table: members only add
            (fingerprint, frame_us, duration_us, info))

    def load_probe(self, fingerprint: str) -> tuple[bytes, int] | None:
        try:
            row = self.connection().execute(
                "SELECT frame_us, duration_us FROM probe_cache WHERE fingerprint = %s", (fingerprint,)).fetchone()
        except (ServerUnavailableError, psycopg.OperationalError):
            return None
        return (bytes(row[0]), int(row[1])) if row is not None else None

    def close(self) -> None:
        if self.conn is not None:
            self.conn.close()
            self.conn = None
