"""The SQL of one write to a team project's server: a change checked against the row version a window read.

Each row carries a ``row_version``, a new random number on every write (a count would repeat when a row
is deleted and added again). A change replaces or deletes a row only if its version is still the one the
window read (and adds a row only if it is still absent); otherwise the statement fails with ``VG409``
(``vig_expect_one``) and the whole edit is refused.
"""

from __future__ import annotations

import secrets
from collections.abc import Sequence
from typing import Any

import psycopg
from psycopg import sql

from vig_annotator.core.model import Entity, ExportRecord, entity_key
from vig_annotator.core.project import Op, Put
from vig_annotator.store.pg_schema import ROW_VERSION
from vig_annotator.store.rows import KIND_BY_TYPE, TABLES

Key = tuple[str, Any]


def change(op: Op, versions: dict[Key, int], pending: dict[Key, int | None]) -> sql.Composed:
    """The statement that makes one change, failing (CONFLICT) unless the row is as this window read it."""
    entity = op.entity
    kind = KIND_BY_TYPE[type(entity)]
    table = TABLES[kind]
    key = entity_key(entity)
    known = pending[key] if key in pending else versions.get(key)
    name = sql.Identifier(table.name)
    where = sql.SQL(" AND ").join(sql.SQL("{} = {}").format(sql.Identifier(k), sql.Literal(v))
                                  for k, v in zip(table.key, table.key_of(entity), strict=True))
    columns = sql.SQL(", ").join(map(sql.Identifier, table.columns))
    # Each write gives the row a new random version, never a count: a row deleted and added again
    # must not look unchanged to a window that read the old one.
    version: int | None = secrets.randbits(62) + 1 if isinstance(op, Put) else None
    if isinstance(op, Put) and known is None:
        # the key named as the arbiter: the deferrable no-overlap constraint cannot be one
        statement = sql.SQL("INSERT INTO {} ({}, {}) VALUES ({}, {}) ON CONFLICT ({}) DO NOTHING RETURNING 1").format(
            name, columns, sql.Identifier(ROW_VERSION), sql.SQL(", ").join(map(sql.Literal, table.to_row(entity))),
            sql.Literal(version), sql.SQL(", ").join(map(sql.Identifier, table.key)))
        state = "was added"
    elif isinstance(op, Put):
        sets = sql.SQL(", ").join(sql.SQL("{} = {}").format(sql.Identifier(c), sql.Literal(v))
                                  for c, v in zip(table.columns, table.to_row(entity), strict=True))
        statement = sql.SQL("UPDATE {} SET {}, {} = {} WHERE {} AND {} = {} RETURNING 1").format(
            name, sets, sql.Identifier(ROW_VERSION), sql.Literal(version), where,
            sql.Identifier(ROW_VERSION), sql.Literal(known))
        state = "was changed or removed"
    else:
        statement = sql.SQL("DELETE FROM {} WHERE {} AND {} = {} RETURNING 1").format(
            name, where, sql.Identifier(ROW_VERSION), sql.Literal(known if known is not None else -1))
        state = "was changed or removed" if known is not None else "was never read by this window"
    pending[key] = version
    return sql.SQL("WITH done AS ({}) SELECT vig_expect_one((SELECT count(*) FROM done), {})").format(
        statement, sql.Literal(f"{kind} {key[1]} {state}"))


def copy_new_rows(conn: psycopg.Connection[Any], ops: Sequence[Op], versions: dict[Key, int],
                  pending: dict[Key, int | None]) -> list[Op]:
    """While a new project is being made, add the rows it cannot hold yet with COPY; return the other ops.

    A push of 100,000 segments; the server's triggers and constraints check them as any other row.
    """
    rest: list[Op] = []
    new: dict[str, list[Entity]] = {}
    for op in ops:
        key = entity_key(op.entity)
        if isinstance(op, Put) and not isinstance(op.entity, ExportRecord) and key not in pending \
                and key not in versions:
            new.setdefault(key[0], []).append(op.entity)
            pending[key] = secrets.randbits(62) + 1
        else:
            rest.append(op)
    for kind, entities in new.items():
        table = TABLES[kind]
        statement = sql.SQL("COPY {} ({}, {}) FROM STDIN").format(
            sql.Identifier(table.name), sql.SQL(", ").join(map(sql.Identifier, table.columns)),
            sql.Identifier(ROW_VERSION))
        with conn.cursor().copy(statement) as copy:
            for entity in entities:
                copy.write_row((*table.to_row(entity), pending[entity_key(entity)]))
    return rest
