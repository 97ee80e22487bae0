"""A team project's tables on a PostgreSQL server, derived from the project file's own schema.

Each server project is one PostgreSQL schema (``vig_NAME``), so a database holds several projects.
Its tables are not written out a second time: they are read back from a freshly made project file
(columns, types, keys, foreign keys, checks, indexes of every table in :data:`rows.TABLES`), so a
table or column added to the file (a migration) appears on the server too. Every row also carries a
``row_version``, new on each write, so an edit to a row someone else changed since it was read is
refused. Beside them: ``vig_meta`` (schema version), ``audit`` (who changed what, when: written by the
server, see :mod:`pg_safeguards`), ``members`` (database users and the coder each one is) and
``id_blocks`` (ids handed out in blocks, so clients
adding rows at once never pick the same id).
"""

from __future__ import annotations

import functools
import re
import sqlite3
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from vig_annotator.store.rows import TABLES

ID_BLOCK = 100
"""Ids a client reserves at a time (one sequence value covers ``ID_BLOCK`` ids of every kind)."""

ROW_VERSION = "row_version"
"""Each row's version, raised by every write (``schemes`` already has a column called version)."""

CACHES = ("probe_cache",)
"""Tables of the file that are caches, not entities (each clip's frame timestamp table): on the server too."""

_TYPES = {"INTEGER": "bigint", "REAL": "double precision", "TEXT": "text", "BLOB": "bytea"}


@dataclass(frozen=True)
class Column:
    name: str
    type: str
    not_null: bool


@dataclass(frozen=True)
class TableShape:
    """One table as the project file defines it, in PostgreSQL terms."""

    name: str
    columns: tuple[Column, ...]
    primary_key: tuple[str, ...]
    references: tuple[tuple[tuple[str, ...], str, tuple[str, ...]], ...]
    checks: tuple[str, ...]
    indexes: tuple[tuple[str, str], ...]


@functools.cache
def shapes() -> tuple[TableShape, ...]:
    """Every table of :data:`TABLES`, read back from a new project file (so the two never drift apart)."""
    from vig_annotator.store.file_schema import initialise

    with tempfile.TemporaryDirectory(prefix="vig-schema-") as folder:
        path = Path(folder) / "schema.vigproj"
        initialise(path)  # the one definition of a project file's tables
        conn = sqlite3.connect(path)
        try:
            names = [table.name for table in TABLES.values()] + list(CACHES)
            return tuple(_shape(conn, name) for name in names)
        finally:
            conn.close()


def _shape(conn: sqlite3.Connection, name: str) -> TableShape:
    info = conn.execute(f"PRAGMA table_info({name})").fetchall()
    columns = tuple(Column(str(r[1]), _TYPES.get(str(r[2]).upper(), "text"), bool(r[3]) or r[5] > 0) for r in info)
    primary_key = tuple(str(r[1]) for r in sorted((r for r in info if r[5] > 0), key=lambda r: r[5]))
    by_id: dict[int, list[Any]] = {}
    for r in conn.execute(f"PRAGMA foreign_key_list({name})"):
        by_id.setdefault(int(r[0]), []).append(r)
    references = tuple(
        (tuple(str(r[3]) for r in rs), str(rs[0][2]), tuple(str(r[4]) for r in rs)) for rs in by_id.values())
    sql = conn.execute("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?", (name,)).fetchone()[0]
    checks = tuple(re.findall(r"CHECK\s*\(([^()]*)\)", sql, flags=re.IGNORECASE))
    indexes = tuple(
        (str(r[0]), str(r[1])) for r in conn.execute(
            "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? AND sql IS NOT NULL", (name,)))
    return TableShape(name, columns, primary_key, references, checks, indexes)


def create_table(shape: TableShape) -> list[str]:
    """The statements that make one table (and its indexes) in the current schema."""
    parts = [f"{c.name} {c.type}{' NOT NULL' if c.not_null else ''}" for c in shape.columns]
    parts.append(f"{ROW_VERSION} bigint NOT NULL DEFAULT (1 + floor(random() * 4e18))::bigint")
    parts.append(f"PRIMARY KEY ({', '.join(shape.primary_key)})")
    for mine, table, theirs in shape.references:
        parts.append(f"FOREIGN KEY ({', '.join(mine)}) REFERENCES {table} ({', '.join(theirs)}) "
                     "DEFERRABLE INITIALLY DEFERRED")
    parts.extend(f"CHECK ({check})" for check in shape.checks)
    statements = [f"CREATE TABLE IF NOT EXISTS {shape.name} ({', '.join(parts)})"]
    statements.extend(sql.replace("CREATE INDEX", "CREATE INDEX IF NOT EXISTS", 1) for _, sql in shape.indexes)
    return statements


SUPPORT = """
CREATE TABLE vig_meta (key text PRIMARY KEY, value text NOT NULL);
CREATE TABLE audit (id bigserial PRIMARY KEY, at timestamptz NOT NULL DEFAULT clock_timestamp(),
    db_user text NOT NULL DEFAULT session_user, os_user text NOT NULL, host text NOT NULL,
    program text NOT NULL, edit text NOT NULL, label text NOT NULL);
CREATE INDEX audit_by_edit ON audit (edit);
CREATE TABLE members (db_user text PRIMARY KEY, coder_id bigint REFERENCES coders (id),
    trainer boolean NOT NULL DEFAULT false);
CREATE FUNCTION vig_expect_one(n bigint, what text) RETURNS void LANGUAGE plpgsql AS
    $$ BEGIN IF n <> 1 THEN RAISE EXCEPTION USING ERRCODE = 'VG409', MESSAGE = what; END IF; END $$;
CREATE SEQUENCE id_blocks MINVALUE 0 START 0;
CREATE FUNCTION export_log_append_only() RETURNS trigger LANGUAGE plpgsql AS
    $$ BEGIN RAISE EXCEPTION 'the export log is append-only'; END $$;
CREATE TRIGGER export_log_no_change BEFORE UPDATE OR DELETE ON export_log
    FOR EACH ROW EXECUTE FUNCTION export_log_append_only();
"""
"""The server's own tables; the audit trail's rows (``audit_rows``) and the safeguards come from
:mod:`vig_annotator.store.pg_safeguards`, applied to new and older projects alike."""


def create_statements() -> list[str]:
    """Every statement that makes a new project's tables, in the project's (current) schema."""
    statements: list[str] = []
    for shape in shapes():
        statements.extend(create_table(shape))
    statements.extend(s.strip() for s in split(SUPPORT))
    return statements


def upgrade_statements(existing: dict[str, set[str]]) -> list[str]:
    """What brings an older server project up to this version: missing tables and columns, added."""
    statements: list[str] = []
    for shape in shapes():
        have = existing.get(shape.name)
        if have is None:
            statements.extend(create_table(shape))
            continue
        for c in shape.columns:
            if c.name not in have:
                statements.append(f"ALTER TABLE {shape.name} ADD COLUMN {c.name} {c.type}")
    return statements


def split(script: str) -> list[str]:
    out: list[str] = []
    current = ""
    in_body = False
    for line in script.strip().splitlines(keepends=True):
        current += line
        in_body ^= line.count("$$") % 2 == 1
        if not in_body and line.rstrip().endswith(";"):
            out.append(current.strip().rstrip(";"))
            current = ""
    if current.strip():
        out.append(current.strip())
    return out
