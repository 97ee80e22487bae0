"""The few fields of a project file's SQLite header, read without disturbing this process's own connections.

SQLite's locks on a file belong to the process, and closing any descriptor of the file drops every one of
them (POSIX). A plain ``open()``/``close()`` of a project that this process has open (a viewer logging an
export) silently dropped the viewer's lock: another program closing the project then took itself for the
last user and removed the WAL under the viewer, losing a logged export. SQLite keeps its own descriptors
open until the process's last lock on the file is gone, so the header is read through SQLite, as the file
is on disk (immutable: no lock, no WAL applied).
"""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path

HEADER_SIZE = 100


@dataclass(frozen=True)
class Header:
    page_size: int
    user_version: int
    application_id: int


def read_header(path: str | Path) -> Header | None:
    """The header's page size, user version and application id; None when the file is not an SQLite database."""
    if os.stat(path).st_size < HEADER_SIZE:
        return None
    try:
        conn = sqlite3.connect(f"file:{Path(path).as_posix()}?mode=ro&immutable=1", uri=True)
    except sqlite3.Error:
        return None
    try:
        return Header(*(int(conn.execute(f"PRAGMA {name}").fetchone()[0])
                        for name in ("page_size", "user_version", "application_id")))
    except sqlite3.Error:
        return None
    finally:
        conn.close()
