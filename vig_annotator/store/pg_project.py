"""Team projects on a PostgreSQL server: make one, open one (the server's counterpart of project_file).

A server project has the same entities, the same rules and the same schema version as a project file;
many windows may edit it at once (each on its own sessions), so there is no single editor: every
write is checked row by row instead (:mod:`vig_annotator.store.pg_backend`).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

import psycopg
from psycopg import sql

from vig_annotator.core.model import Entity, entity_key
from vig_annotator.core.project import Project
from vig_annotator.store import pg_access, pg_safeguards, pg_schema
from vig_annotator.store.errors import (
    NewerProjectError,
    NoSuchServerProjectError,
    NotAProjectError,
    ProjectExistsError,
    ServerRefusedError,
    UpgradeError,
)
from vig_annotator.store.pg_backend import ServerBackend
from vig_annotator.store.pg_server import Key, connect, first_line, read_rows
from vig_annotator.store.urls import ServerProject, parse

LOAD_ORDER = ("scheme", "clip", "coder", "session", "segment", "rating", "moment", "export", "setting")


def _schema_version() -> int:
    from vig_annotator.store.file_schema import SCHEMA_VERSION

    return SCHEMA_VERSION


def create_server_project(url: str, build: Callable[[Project], None] | None = None) -> Project:
    """Make a new project on the server and open it; never replaces one (ProjectExistsError).

    The schema, its tables and rules, and whatever ``build`` adds (a push's rows) are one transaction:
    if anything fails, or the process is killed, the server holds nothing of it.
    """
    where = parse(url)
    conn = connect(where)
    try:
        _check_may_create(conn, where)
        conn.execute("BEGIN")
        try:
            conn.execute(sql.SQL("CREATE SCHEMA {}").format(sql.Identifier(where.schema)))
        except psycopg.errors.DuplicateSchema:
            raise ProjectExistsError(
                f"{where}: the database already holds a project {where.name!r}; it was not replaced") from None
        conn.execute(sql.SQL("SET LOCAL search_path TO {}").format(sql.Identifier(where.schema)))
        _ensure_btree_gist(conn, where)
        for statement in pg_schema.create_statements() + pg_safeguards.statements() + pg_access.statements():
            conn.execute(statement)
        conn.execute("INSERT INTO vig_meta (key, value) VALUES ('application', 'vig-annotator'), "
                     "('schema_version', %s), ('safeguards', %s), ('created', %s)",
                     (str(_schema_version()), pg_safeguards.SAFEGUARDS,
                      datetime.now(UTC).isoformat(timespec="seconds")))
        backend = ServerBackend(where, conn, False, {})
        backend.building = backend.creating = True
        project = Project(backend=backend, path=str(where))
        backend.attach(project)
        if build is not None:
            build(project)
        conn.execute("COMMIT")
        backend.building = backend.creating = False
    except BaseException:
        if not conn.closed and conn.info.transaction_status != psycopg.pq.TransactionStatus.IDLE:
            try:
                conn.execute("ROLLBACK")
            except psycopg.Error:
                pass
        conn.close()
        raise
    return project


def _check_may_create(conn: psycopg.Connection[Any], where: ServerProject) -> None:
    """Refuse before anything is done when this database user may not make a project here."""
    if not conn.execute("SELECT has_database_privilege(current_database(), 'CREATE')").fetchone()[0]:  # type: ignore[index]
        user = conn.execute("SELECT session_user").fetchone()[0]  # type: ignore[index]
        raise ServerRefusedError(f"{where}: {user} may not make projects in this database (no CREATE privilege); "
                                 "ask the lab's administrator, who makes team projects; nothing was changed")


def _ensure_btree_gist(conn: psycopg.Connection[Any], where: ServerProject) -> None:
    """The extension behind the no-overlap constraint, made once per database (in ``public``, shared)."""
    if conn.execute("SELECT 1 FROM pg_extension WHERE extname = 'btree_gist'").fetchone() is not None:
        return
    try:
        conn.execute("SAVEPOINT gist")
        conn.execute("CREATE EXTENSION IF NOT EXISTS btree_gist WITH SCHEMA public")
        conn.execute("RELEASE SAVEPOINT gist")
    except psycopg.Error as exc:
        raise ServerRefusedError(
            f"{where}: the server lacks the btree_gist extension, which keeps segments from overlapping, and "
            f"{first_line(exc)}; ask the database's owner to run CREATE EXTENSION btree_gist; "
            "nothing was changed") from None


def drop_server_project(url: str) -> None:
    """Remove a project and all its rows from the server (a failed build; the tests)."""
    where = parse(url)
    with connect(where) as conn:
        conn.execute(sql.SQL("DROP SCHEMA IF EXISTS {} CASCADE").format(sql.Identifier(where.schema)))


def open_server_project(url: str, read_only: bool = False) -> Project:
    """Open a server project (upgrading an older one first); every row this database user may read."""
    where = parse(url)
    conn = connect(where)
    try:
        _check_and_upgrade(conn, where, read_only)
        versions: dict[Key, int] = {}
        backend = ServerBackend(where, conn, read_only, versions)
        project = Project(backend=backend, path=str(where))
        backend.attach(project)
        with conn.transaction():
            conn.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY")
            for kind in LOAD_ORDER:
                entities: list[Entity] = []
                for entity, version in read_rows(conn, where, kind):
                    entities.append(entity)
                    versions[entity_key(entity)] = version
                project._load_all(kind, entities)
            row = conn.execute("SELECT coalesce(max(id), 0) FROM audit").fetchone()
            backend.loaded_audit = int(row[0]) if row else 0
    except BaseException:
        conn.close()
        raise
    return project


def _check_and_upgrade(conn: psycopg.Connection[Any], where: ServerProject, read_only: bool) -> None:
    found = conn.execute("SELECT 1 FROM information_schema.tables WHERE table_schema = %s AND table_name = 'vig_meta'",
                         (where.schema,)).fetchone()
    if found is None:
        raise NoSuchServerProjectError(f"{where}: the database holds no project {where.name!r}")
    meta = dict(conn.execute("SELECT key, value FROM vig_meta").fetchall())
    if meta.get("application") != "vig-annotator":
        raise NotAProjectError(f"{where}: is not a vig-annotator project")
    version = int(meta.get("schema_version", "0"))
    current = _schema_version()
    if version > current:
        raise NewerProjectError(
            f"{where}: was written by a newer vig-annotator (project schema {version}; this version reads up "
            f"to {current}). Update vig-annotator to open it; the project was not changed.")
    if version == current and meta.get("safeguards") == pg_safeguards.SAFEGUARDS:
        return
    if read_only:
        return
    if not pg_access.is_owner(conn, where.schema):
        raise UpgradeError(
            f"{where}: its safeguards on the server are older than this version's; the project's owner must open "
            "it once with this version to bring them up to date. The project was not changed.")
    try:
        with conn.transaction():
            conn.execute("SELECT pg_advisory_xact_lock(hashtext(%s))", (where.schema,))
            version = int(conn.execute("SELECT value FROM vig_meta WHERE key = 'schema_version'")
                          .fetchone()[0])  # type: ignore[index]
            safeguards = conn.execute("SELECT value FROM vig_meta WHERE key = 'safeguards'").fetchone()
            if version >= current and safeguards is not None and safeguards[0] == pg_safeguards.SAFEGUARDS:
                return
            _ensure_btree_gist(conn, where)
            existing: dict[str, set[str]] = {}
            for table, column in conn.execute(
                    "SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = %s",
                    (where.schema,)):
                existing.setdefault(table, set()).add(column)
            for statement in (pg_schema.upgrade_statements(existing) + pg_safeguards.statements()
                              + pg_access.statements()):
                conn.execute(statement)
            pg_access.regrant_all(conn, where.schema)
            conn.execute("UPDATE vig_meta SET value = %s WHERE key = 'schema_version'", (str(current),))
            conn.execute("INSERT INTO vig_meta (key, value) VALUES ('safeguards', %s) ON CONFLICT (key) "
                         "DO UPDATE SET value = excluded.value", (pg_safeguards.SAFEGUARDS,))
    except psycopg.Error as exc:
        raise UpgradeError(f"{where}: could not be upgraded from project schema {version} to {current} ({exc}); "
                           "the project was not changed") from exc
