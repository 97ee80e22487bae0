"""What other people commit to a team project, taken into an open project as the server announces it.

Every write announces its audit entry on the project's channel (PostgreSQL ``LISTEN/NOTIFY``). A
feed listens on its own connection; :meth:`LiveFeed.poll`, called when that connection's socket is
readable (or on a timer), reads the announced entries and gives the project the server's copy of
the rows they name (:meth:`ServerBackend.refresh`: rows whose version is already known are skipped,
so a window's own edits cost nothing). If the connection drops, the feed connects again and compares
every row (announcements made meanwhile are lost), so nothing is missed.
"""

from __future__ import annotations

import logging
import time
from typing import Any

import psycopg
from psycopg import sql

from vig_annotator.core.project import Op, Project
from vig_annotator.store.errors import ServerUnavailableError
from vig_annotator.store.pg_backend import ServerBackend
from vig_annotator.store.pg_server import Key, connect
from vig_annotator.store.rows import TABLES

log = logging.getLogger(__name__)

CATCH_UP = 500
"""Audit entries before the last one seen when the project was read that are read again on start: edits
still being committed while the project was read carry ids just below it."""


def is_team_project(project: Project) -> bool:
    return isinstance(project.backend, ServerBackend)


class LiveFeed:
    """Listens to a team project's announcements and takes others' edits into the open project."""

    def __init__(self, project: Project) -> None:
        backend = project.backend
        if not isinstance(backend, ServerBackend):
            raise TypeError("only a team project (on a server) has a live feed")
        self.backend = backend
        self.conn: psycopg.Connection[Any] | None = None
        self.connected = False
        self._retry_at = 0.0
        self._backoff = 1.0
        self._listen()
        self._catch_up(max(0, backend.loaded_audit - CATCH_UP))

    def _listen(self) -> None:
        self.conn = connect(self.backend.where)
        self.conn.execute(sql.SQL("LISTEN {}").format(sql.Identifier(self.backend.where.channel)))
        self.connected = True

    def fileno(self) -> int:
        """The socket to watch: readable when an announcement has arrived (-1 while disconnected)."""
        return self.conn.fileno() if self.conn is not None and not self.conn.closed else -1

    def poll(self) -> list[Op]:
        """Take in every edit announced since the last call; if disconnected, try to connect again first.

        While the server cannot be reached this returns []; attempts to connect again are spaced out (1 s,
        doubling up to 30 s) so a window polling every second does not stall on an unreachable server.
        """
        try:
            if not self.connected:
                if time.monotonic() < self._retry_at:
                    return []  # the server was away a moment ago: do not stall the window trying every second
                self._listen()
                self._backoff = 1.0
                return self.backend.resync()
            assert self.conn is not None
            ids = [entry for n in self.conn.notifies(timeout=0) if (entry := _entry(n.payload)) is not None]
            return self._take_in(ids) if ids else []
        except (ServerUnavailableError, psycopg.OperationalError):
            if not self.connected or self.conn is None:
                self._retry_at = time.monotonic() + self._backoff
                self._backoff = min(self._backoff * 2, 30.0)
            self._drop()
            return []

    def _drop(self) -> None:
        self.connected = False
        if self.conn is not None:
            self.conn.close()
        self.conn = None

    def _catch_up(self, after: int) -> None:
        assert self.conn is not None
        rows = self.conn.execute("SELECT id FROM audit WHERE id > %s ORDER BY id", (after,)).fetchall()
        self._take_in([int(r[0]) for r in rows])

    def _take_in(self, ids: list[int]) -> list[Op]:
        """Read the rows the announced audit entries name (those this user may read) and take them in."""
        assert self.conn is not None
        keys: list[Key] = []
        for entry, kind, key in self.conn.execute(
                "SELECT audit_id, kind, key FROM audit_rows WHERE audit_id = ANY(%s) ORDER BY audit_id, n", (ids,)):
            found = _key(kind, key)
            if found is None:
                log.warning("%s: audit entry %s names a row that is not one (%r %r); skipped",
                            self.backend.where, entry, kind, key)
                continue
            keys.append(found)
        return self.backend.refresh(keys) if keys else []

    def close(self) -> None:
        self._drop()


def _entry(payload: str) -> int | None:
    """The audit entry an announcement names, or None (logged) for anything else someone sent."""
    if payload.isascii() and payload.isdigit() and len(payload) < 19:
        return int(payload)
    log.warning("an announcement on the project's channel is not an audit entry (%r); skipped", payload[:80])
    return None


KEY_TYPES: dict[str, tuple[type, ...]] = {"scheme": (str, str), "rating": (int, str), "setting": (str,)}
"""The types of each kind's key columns (every other kind has one integer id)."""


def _key(kind: object, key: object) -> Key | None:
    """A row's kind and key as the project names it, or None when the audit row does not name one."""
    if not isinstance(kind, str) or kind not in TABLES:
        return None
    types = KEY_TYPES.get(kind, (int,))
    parts = key if isinstance(key, list) and len(types) > 1 else [key]
    if len(parts) != len(types) or not all(
            isinstance(p, t) and not isinstance(p, bool) for p, t in zip(parts, types, strict=True)):
        return None
    return (kind, tuple(parts)) if len(types) > 1 else (kind, parts[0])
