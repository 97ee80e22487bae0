"""Reaching a team project's server: the connection, rows read back as entities, and who is editing.

The connection puts the project's own schema first on the search path, so one database holds many
projects; credentials come from libpq (environment variables, ``~/.pgpass``), never from the project.
"""

from __future__ import annotations

import getpass
import socket
import sys
from collections.abc import Iterator, Sequence
from typing import Any

import psycopg

from vig_annotator.core.model import Entity
from vig_annotator.store.errors import DamagedProjectError, ServerUnavailableError
from vig_annotator.store.pg_schema import ROW_VERSION
from vig_annotator.store.rows import TABLES
from vig_annotator.store.urls import ServerProject

Key = tuple[str, Any]
"""An entity's kind and key, as :func:`vig_annotator.core.model.entity_key` gives it."""


def connect(where: ServerProject, autocommit: bool = True) -> psycopg.Connection[Any]:
    """A connection to the project's database with the project's schema first on the search path."""
    try:
        conn = psycopg.connect(where.conninfo, autocommit=autocommit, connect_timeout=5,
                               application_name="vig-annotator", options=f"-c search_path={where.schema}")
    except psycopg.OperationalError as exc:
        raise ServerUnavailableError(f"{where}: cannot reach the server ({first_line(exc)})") from None
    return conn


def first_line(exc: BaseException) -> str:
    """A library's error message, cut to its first line (errors are one line)."""
    text = str(exc).strip().splitlines()
    return text[0] if text else type(exc).__name__


def read_rows(conn: psycopg.Connection[Any], where: ServerProject, kind: str,
              condition: str = "", params: Sequence[Any] = ()) -> Iterator[tuple[Entity, int]]:
    """One kind's rows (those this database user may read) as entities with their row versions."""
    table = TABLES[kind]
    query = f"SELECT {','.join(table.columns)}, {ROW_VERSION} FROM {table.name} {condition}"
    for row in conn.execute(query.strip(), params):
        try:
            entity = table.from_row(tuple(row[:-1]))
        except Exception as exc:  # noqa: BLE001 - any unreadable row: name the project and the row
            key = ", ".join(str(row[table.columns.index(k)]) for k in table.key)
            raise DamagedProjectError(f"{where}: the {table.name} row {key} cannot be read ({exc})") from exc
        yield entity, int(row[-1])


def who() -> tuple[str, str, str]:
    """The operating-system user, the computer and the program, recorded with every edit."""
    try:
        user = getpass.getuser()
    except (KeyError, OSError):
        user = "?"
    verb = next((a for a in sys.argv[1:2] if not a.startswith("-") and "." not in a and "/" not in a), "")
    return user, socket.gethostname(), " ".join(p for p in ("vig-annotator", verb) if p)
