"""Each clip's frame timestamp table, cached in the project file by clip fingerprint.

A one-hour clip is probed once; later opens read the table back from the project. Until a clip has
been probed, frame numbers come from the container's declared rate and say so (``exact=False``).
"""

from __future__ import annotations

import json
from array import array
from typing import Any

from vig_annotator.core.model import Clip, VideoSource
from vig_annotator.core.project import Project
from vig_annotator.core.timebase import Timebase
from vig_annotator.store.errors import EditingLostError
from vig_annotator.store.project_file import backend_of

_memo: dict[tuple[str, str], Timebase] = {}


def save_table(project: Project, fingerprint: str, frame_us: list[int] | tuple[int, ...],
               duration_us: int, info: dict[str, Any] | None = None) -> None:
    """Store a probed timestamp table (a cache: not an undoable edit)."""
    backend = backend_of(project)
    _memo[(project.path, fingerprint)] = Timebase.from_us(frame_us, duration_us)
    blob = array("q", frame_us).tobytes()
    save_probe = getattr(project.backend, "save_probe", None)  # a team project's server keeps it for everyone
    if save_probe is not None and not project.backend.read_only:
        save_probe(fingerprint, blob, duration_us, json.dumps(info or {}))
        return
    if backend is None or backend.read_only:
        return
    try:
        backend.guard()
    except EditingLostError:
        return  # the file was replaced under the editor: the table stays in memory only
    with backend.conn:
        backend.conn.execute("BEGIN IMMEDIATE")
        backend.conn.execute(
            "INSERT OR REPLACE INTO probe_cache (fingerprint, frame_us, duration_us, info) VALUES (?,?,?,?)",
            (fingerprint, blob, duration_us, json.dumps(info or {})),
        )
    backend.wrote()


def load_table(project: Project, fingerprint: str) -> tuple[list[int], int] | None:
    backend = backend_of(project)
    load_probe = getattr(project.backend, "load_probe", None)
    if backend is not None:
        row = backend.conn.execute(
            "SELECT frame_us, duration_us FROM probe_cache WHERE fingerprint = ?", (fingerprint,)
        ).fetchone()
    elif load_probe is not None:
        row = load_probe(fingerprint)
    else:
        return None
    if row is None:
        return None
    table = array("q")
    table.frombytes(row[0])
    return list(table), int(row[1])


def timebase_for(project: Project, clip: Clip | VideoSource) -> Timebase:
    """A clip's (or further camera's) frame timing: the probed table when known, else the declared rate (inexact)."""
    key = (project.path, clip.fingerprint)
    if key in _memo:
        return _memo[key]
    stored = load_table(project, clip.fingerprint)
    if stored is not None:
        timebase = Timebase.from_us(stored[0], stored[1])
    else:
        timebase = Timebase.declared(clip.fps, clip.frame_count, clip.duration_ms)
    _memo[key] = timebase
    return timebase
