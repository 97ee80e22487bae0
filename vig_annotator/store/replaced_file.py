"""Noticing the project file being replaced under its editor, and keeping the editor's edits when it is.

An editor writes through the file it opened. ``cp p x; mv x p`` (what sync clients and some backup
tools do) gives the project's name to another file: SQLite goes on writing the old one, which nobody
opens again, and every later edit is lost (257 of 300 in the issue's trial). So before each write the
editor compares the file under the project's name with the one it opened: device, inode, size and
time of writing. While an editor is open only it writes the main file (its own checkpoints, remembered
as they happen; other processes only add to the ``-wal``), so a change means another program wrote it
(a copy of the same size written over it in place, too).
On any difference the editor stops writing and keeps every edit it saved in a copy beside the project.
"""

from __future__ import annotations

import os
import sqlite3
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from vig_annotator.store import editor, wal_check
from vig_annotator.store.errors import EditingLostError


class FileReplacedError(EditingLostError):
    """The project file was replaced, moved away or written by another program while open for editing.

    ``kept`` is the copy holding every edit this window saved (None if it could not be written).
    """

    kept: Path | None = None


@dataclass(frozen=True)
class FileIdentity:
    """Which file a name stands for, how big it is and when it was last written."""

    device: int
    inode: int
    size: int
    written_ns: int


def identity(path: Path) -> FileIdentity | None:
    """The file now under ``path`` (None when there is none)."""
    try:
        st = os.stat(path)
    except OSError:
        return None
    return FileIdentity(st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns)


def what_changed(opened: FileIdentity, path: Path) -> str | None:
    """How the file under ``path`` differs from the one this editor writes; None when it is the same."""
    now = identity(path)
    if now is None:
        return "was deleted or moved away"
    if (now.device, now.inode) != (opened.device, opened.inode):
        return "was replaced by another file (a copy moved over it, as sync clients and backup tools do)"
    if now.size != opened.size:
        return (f"was written by another program (it held {opened.size:,} bytes when this window last "
                f"wrote it, now {now.size:,})")
    if now.written_ns != opened.written_ns:  # a copy of the same size written over it in place
        when = time.strftime("%H:%M:%S", time.localtime(now.written_ns / 1e9))
        return f"was written by another program (at {when}, after this window last wrote it)"
    return None


def let_go(conn: sqlite3.Connection, path: Path) -> None:
    """Close a stopped editor's connection without writing the file now under ``path``; set its -wal aside.

    Closing the last connection checkpoints the -wal into the database file, which for a file written
    in place would be the new one: a reader holding the file open meanwhile stops that. The -wal (its
    edits are in the kept copy) is then renamed aside, so no one applies it to the new file.
    """
    holder = None
    try:
        holder = sqlite3.connect(f"file:{path.as_posix()}?mode=ro", uri=True, isolation_level=None)
        holder.execute("BEGIN")
        holder.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.Error:
        pass  # no file there, or not a database: nothing a checkpoint could write into
    try:
        conn.close()
        if wal_check.wal_of(path).exists():
            wal_check.set_aside(path)
    finally:
        if holder is not None:
            holder.close()


def keep_edits(conn: sqlite3.Connection, path: Path) -> Path:
    """Copy the project as this editor has it (every edit it saved) to a new file beside ``path``.

    The copy names no editor, so it opens like any project. Beside the project when that folder still
    takes files, else in the user's home folder. Never replaces a file.
    """
    stamp = time.strftime("%Y%m%d-%H%M%S")
    errors: list[str] = []
    for folder in (path.parent, Path.home()):
        try:
            return _copy_into(conn, folder, f"{path.stem}.edits-kept-{stamp}{path.suffix}")
        except (OSError, sqlite3.Error) as exc:
            errors.append(f"{folder}: {exc}")
    raise OSError("; ".join(errors))


def _copy_into(conn: sqlite3.Connection, folder: Path, name: str) -> Path:
    fd, tmp_name = tempfile.mkstemp(prefix=".keeping-", suffix=".vigproj", dir=folder)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        copy = sqlite3.connect(tmp, isolation_level=None)
        try:
            conn.backup(copy)
            copy.execute("UPDATE editor SET state = ? WHERE slot = 1", (editor.RELEASED,))
            copy.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            copy.close()
        target = folder / name
        n = 1
        while True:
            try:
                os.link(tmp, target)
                return target
            except FileExistsError:
                n += 1
                target = folder / f"{Path(name).stem}-{n}{Path(name).suffix}"
            except OSError:  # a file system without hard links: a rename, the name checked just before
                if target.exists():
                    raise
                os.rename(tmp, target)
                return target
    finally:
        for leftover in (tmp, Path(f"{tmp}-wal"), Path(f"{tmp}-shm")):
            leftover.unlink(missing_ok=True)
