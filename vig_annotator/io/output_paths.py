"""Where a command may write: never over a project, its SQLite side files, its videos, or its own inputs.

Every verb with ``-o`` and the app's export dialogs ask :func:`check_output` before writing anything,
so ``export p.vigproj -o p.vigproj`` (or ``-o`` naming a link to it, or a clip) is refused with one
line naming the clash instead of replacing the project. Paths are compared by their resolved name and,
for files that exist, by device and inode, so a symbolic or hard link is caught too.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterable
from pathlib import Path

from vig_annotator.store.urls import project_of

SIDE_FILES = ("-wal", "-shm", "-journal")
"""The files SQLite keeps beside a project while it is written; overwriting one can destroy edits."""


class OutputClashError(ValueError):
    """The output path names a file the command must not write over; nothing was written."""


def _identity(path: Path) -> tuple[int, int] | None:
    try:
        st = os.stat(path)
    except OSError:
        return None
    return (st.st_dev, st.st_ino)


def is_project_file(path: str | Path) -> bool:
    """True for an SQLite file (a project file, whatever its name ends in)."""
    try:
        with open(path, "rb") as f:
            return f.read(16) == b"SQLite format 3\x00"
    except OSError:
        return False


def media_of(project: str | Path) -> list[str]:
    """The clips' and cameras' paths a project file names, read without ever writing it."""
    uri = f"file:{Path(project).resolve().as_posix()}?mode=ro&immutable=1"
    found: list[str] = []
    try:
        conn = sqlite3.connect(uri, uri=True)
    except sqlite3.Error:
        return found
    try:
        for table in ("clips", "video_sources"):
            try:
                found += [str(row[0]) for row in conn.execute(f"SELECT path FROM {table}")]  # noqa: S608
            except sqlite3.Error:
                continue
    finally:
        conn.close()
    return found


def protected(projects: Iterable[str | Path], inputs: Iterable[str | Path] = ()) -> dict[Path, str]:
    """Every path that must not be written, each with what it is (for the message)."""
    kept: dict[Path, str] = {}
    for project in projects:
        base = Path(project)
        kept[base] = f"the project {project}"
        for side in SIDE_FILES:
            kept[Path(f"{base}{side}")] = f"the project's {side[1:]} file {base}{side}"
        for media in media_of(base):
            media_path = Path(media) if Path(media).is_absolute() else base.resolve().parent / media
            kept.setdefault(media_path, f"the video {media} of the project {project}")
    for source in inputs:
        kept.setdefault(Path(source), f"{source}, an input of this command")
    return kept


def check_output(out: str | Path, projects: Iterable[str | Path] = (), inputs: Iterable[str | Path] = ()) -> None:
    """Raise OutputClashError if writing ``out`` would write over a project, its side files, videos or inputs."""
    target = Path(out)
    target_resolved = target.resolve()
    target_id = _identity(target)
    for path, what in protected(projects, inputs).items():
        if path.resolve() == target_resolved or (target_id is not None and _identity(path) == target_id):
            raise OutputClashError(f"{out}: this output would write over {what}; choose another file to write")


def _values(value: object) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, (list, tuple)):
        return [v for v in value if isinstance(v, str)]
    return []


def check_command(options: dict[str, object]) -> None:
    """Check a parsed command's ``output`` against every project and file named in its other options."""
    out = options.get("output")
    if not isinstance(out, str) or not out or out == "-":
        return
    projects: list[str] = []
    inputs: list[str] = []
    for name, value in options.items():
        if name == "output":
            continue
        for text in _values(value):
            path = project_of(text)  # PROJECT::SESSION names a project
            if "://" in path or not path or not os.path.lexists(path):
                continue
            if os.path.isfile(path) and is_project_file(path):
                projects.append(path)
            else:
                inputs.append(path)
    check_output(out, projects, inputs)


def with_normal_permissions(paths: list[Path]) -> None:
    """Give written files the user's ordinary permissions (0666 less the umask), as any editor would."""
    umask = os.umask(0)
    os.umask(umask)
    for path in paths:
        os.chmod(path, 0o666 & ~umask)
