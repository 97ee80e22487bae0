"""Who is editing a project, kept in the project file itself: one owner row, checked on every write.

Opening a project for editing writes an owner row (a random token, the process and computer) inside
a write transaction; every later write transaction checks that the row still holds its token, so no
file operation (a deleted lock file, a copy, a rename) can make two editors. A row left by a process
that is gone (killed, crashed, the computer restarted) is taken over by the next opener; a row from
another computer cannot be checked and is only taken over when the user asks.
"""

from __future__ import annotations

import json
import os
import secrets
import socket
import sqlite3
import sys
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from pathlib import Path

import psutil

WIDTH = 400
"""The owner row is always this many characters, so claiming and releasing rewrite it in place and a
session that changed nothing leaves the file byte for byte as it was."""
RELEASED = "{}".ljust(WIDTH)
EDITOR_TABLE = f"""
CREATE TABLE IF NOT EXISTS editor (slot INTEGER PRIMARY KEY CHECK (slot = 1), state TEXT NOT NULL);
INSERT OR IGNORE INTO editor (slot, state) VALUES (1, '{RELEASED}');
"""


@dataclass(frozen=True)
class Holder:
    """The process that holds a project open for editing."""

    token: str
    pid: int
    host: str
    boot: float
    started: float
    since: str
    program: str

    def describe(self) -> str:
        where = "" if self.host == socket.gethostname() else f" on the computer {self.host}"
        return f"{self.program} (process {self.pid}{where}, since {self.since} UTC)"


def new_token() -> str:
    return secrets.token_hex(16)


def this_process(token: str) -> Holder:
    """The owner row this process writes when it opens a project for editing."""
    me = psutil.Process(os.getpid())
    verb = next((a for a in sys.argv[1:2] if not a.startswith("-") and "." not in a), "")
    program = " ".join(p for p in ("vig-annotator", verb) if p)
    return Holder(token, me.pid, socket.gethostname(), psutil.boot_time(), me.create_time(),
                  datetime.now(UTC).strftime("%Y-%m-%d %H:%M:%S"), program)


def _state(conn: sqlite3.Connection) -> str:
    row = conn.execute("SELECT state FROM editor WHERE slot = 1").fetchone()
    return str(row[0]) if row is not None else RELEASED


def _holder(state: str) -> Holder | None:
    try:
        fields = json.loads(state)
        return Holder(**fields) if fields else None
    except (ValueError, TypeError):
        return Holder("?", 0, "?", 0.0, 0.0, "?", "an unreadable owner row")


def _encode(h: Holder) -> str:
    fields = asdict(h)
    text = json.dumps(fields)
    if len(text) > WIDTH:
        fields["program"] = fields["program"][:40]
        fields["host"] = fields["host"][:120]
        text = json.dumps(fields)
    return text.ljust(WIDTH)


def holder(conn: sqlite3.Connection) -> Holder | None:
    """The process named in the owner row (None when nobody is editing)."""
    return _holder(_state(conn))


def still_editing(h: Holder) -> str:
    """Why ``h`` may still be editing ("" when its process is certainly gone)."""
    if h.host != socket.gethostname():
        return (f"is open for editing by {h.describe()}; this computer cannot tell whether that is still so. "
                "If that computer has stopped using it, take over editing")
    if abs(h.boot - psutil.boot_time()) > 2:
        return ""  # the computer has restarted since
    try:
        process = psutil.Process(h.pid)
        alive = abs(process.create_time() - h.started) < 0.05 and process.status() != psutil.STATUS_ZOMBIE
    except (psutil.NoSuchProcess, psutil.AccessDenied, psutil.ZombieProcess):
        return ""
    return f"is open for editing by {h.describe()}" if alive else ""


class EditorError(Exception):
    """Base for the refusals below (the project file module turns them into its own errors)."""


class HeldElsewhere(EditorError):
    def __init__(self, why: str, holder: Holder) -> None:
        super().__init__(why)
        self.holder = holder


class NotTheEditor(EditorError):
    pass


def claim(conn: sqlite3.Connection, token: str, take_over: bool = False) -> None:
    """Become the project's editor (in one write transaction); HeldElsewhere when another one is."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        current = holder(conn)
        if current is not None and current.token != token and not take_over:
            why = still_editing(current)
            if why:
                raise HeldElsewhere(why, current)
        conn.execute("INSERT OR REPLACE INTO editor (slot, state) VALUES (1, ?)", (_encode(this_process(token)),))
        conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise


def check(conn: sqlite3.Connection, token: str) -> None:
    """Inside a write transaction: refuse (NotTheEditor) unless the owner row still holds ``token``."""
    current = holder(conn)
    if current is None or current.token != token:
        who = f"{current.describe()} has taken over editing it" if current else "its editing was released"
        raise NotTheEditor(f"{who}; this edit was not saved. Close the project and open it again")


def release(conn: sqlite3.Connection, token: str) -> None:
    """Give up editing (the owner row is removed if it is still ours)."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        current = holder(conn)
        if current is not None and current.token == token:
            conn.execute("UPDATE editor SET state = ? WHERE slot = 1", (RELEASED,))
        conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise


def names_of(path: Path) -> int:
    """How many names (hard links) the file has."""
    return os.stat(path).st_nlink
