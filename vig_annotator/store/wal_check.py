"""Whether the ``-wal`` file beside a project is its own, left by its editor.

SQLite applies whatever ``-wal`` file sits beside a database when it opens it. One left there by
something else — a restored backup's, a copy from another machine, another project's — was once taken
in by the read-only ``info``: it merged another project's tables into the file, or shrank it to 8 KB.
A genuine one (an editor that is open, or was killed while editing) must still be read: it holds edits.

A WAL is this project's when the project file itself names an editor (its owner row is written, and
brought into the main file, when an editor opens it) or an ``-shm`` beside it shows a connection at
work, the WAL's header is whole and has the project's
page size, and it is not older than the project file. Anything else is judged foreign or stale:
readers read the project as it is on disk, and the editor refuses to open it until the WAL is set aside
(renamed, kept).
"""

from __future__ import annotations

import os
import sqlite3
import struct
import time
from pathlib import Path

from vig_annotator.store.errors import ProjectFileError
from vig_annotator.store.file_header import read_header

WAL_MAGIC = (0x377F0682, 0x377F0683)
STALE_AFTER_S = 60.0
"""A WAL this much older than the project file was not written by the project's last editor."""


class ForeignWalWarning(UserWarning):
    """A reader found a -wal that is not the project's own and read the project as it is on disk."""


class ForeignWalError(ProjectFileError):
    """A ``-wal`` beside the project is not its own; the project was not opened for editing."""


def wal_of(path: Path) -> Path:
    return Path(f"{path}-wal")


def _editor_named(path: Path) -> bool:
    """True if the project file itself (read as on disk, never written) names an editor."""
    conn = sqlite3.connect(f"file:{path.as_posix()}?mode=ro&immutable=1", uri=True)
    try:
        row = conn.execute("SELECT state FROM editor WHERE slot = 1").fetchone()
    except sqlite3.Error:
        return False
    finally:
        conn.close()
    return row is not None and str(row[0]).strip() not in ("", "{}")


def foreign_wal(path: str | Path) -> str | None:
    """Why the ``-wal`` beside ``path`` is not the project's own; None if there is none or it is its own."""
    path = Path(path)
    wal = wal_of(path)
    try:
        wal_stat, db_stat = os.stat(wal), os.stat(path)
    except OSError:
        return None
    if wal_stat.st_size == 0:
        return None  # an empty WAL holds nothing to apply
    with open(wal, "rb") as f:
        header = f.read(32)
    db_header = read_header(path)  # through SQLite: an open() of the project would drop this process's locks
    if len(header) < 32 or struct.unpack(">I", header[:4])[0] not in WAL_MAGIC:
        return f"{wal} is not a SQLite WAL file (its header is not one)"
    wal_page = struct.unpack(">I", header[8:12])[0]
    db_page = db_header.page_size if db_header is not None else 0
    if wal_page != db_page:
        return f"{wal} was written for a database of {wal_page}-byte pages, the project has {db_page}-byte pages"
    if wal_stat.st_mtime < db_stat.st_mtime - STALE_AFTER_S:
        age = time.strftime("%Y-%m-%d %H:%M", time.gmtime(wal_stat.st_mtime))
        return f"{wal} is older ({age} UTC) than the project file: it is stale"
    if not _editor_named(path) and not Path(f"{path}-shm").exists():  # an -shm: a connection is or was at work
        return (f"{wal} is there although no editor has the project open or was stopped while editing it "
                "(a restored backup's, a copy's or another project's)")
    return None


def set_aside(path: str | Path) -> Path:
    """Rename the project's ``-wal`` (and its ``-shm``) aside, kept; returns the WAL's new name."""
    path = Path(path)
    stamp = time.strftime("%Y%m%d-%H%M%S", time.gmtime())
    kept = path.with_name(f"{path.name}-wal.set-aside-{stamp}")
    os.replace(wal_of(path), kept)
    shm = Path(f"{path}-shm")
    if shm.exists():
        os.replace(shm, path.with_name(f"{path.name}-shm.set-aside-{stamp}"))
    return kept
