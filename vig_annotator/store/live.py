"""What other people commit to a team project, taken into an open project as the server announces it.

Every write announces its audit entry on the project's channel (PostgreSQL ``LISTEN/NOTIFY``). A
feed listens on its own connection; :meth:`LiveFeed.poll`, called when that connection's socket is
readable (or on a timer), reads the announced entries and gives the project the server's copy of
the rows they name (:meth:`ServerBackend.refresh`: rows whose version is already known are skipped,
so a window's own edits cost nothing). If the connection drops, the feed connects again and compares
every row (announcements made meanwhile are lost), so nothing is missed.
"""

from __future__ import annotations

import json
import time
from typing import Any

import psycopg
from psycopg import sql

from vig_annotator.core.project import Op, Project
from vig_annotator.store.errors import ServerUnavailableError
from vig_annotator.store.pg_backend import ServerBackend
from vig_annotator.store.pg_server import Key, connect

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
            ids = [int(n.payload) for n in self.conn.notifies(timeout=0) if n.payload.isdigit()]
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
        assert self.conn is not None
        keys: list[Key] = []
        for (changes,) in self.conn.execute("SELECT changes FROM audit WHERE id = ANY(%s) ORDER BY id", (ids,)):
            for _what, kind, key in changes if isinstance(changes, list) else json.loads(changes):
                keys.append((kind, tuple(key) if isinstance(key, list) else key))
        return self.backend.refresh(keys) if keys else []

    def close(self) -> None:
        self._drop()
