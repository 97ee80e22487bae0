"""Exporting a project in any format, recorded in the project's export log (the audit trail)."""

from __future__ import annotations

import getpass
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from pathlib import Path

from vig_annotator import __version__
from vig_annotator.core.commands import edit
from vig_annotator.core.model import ExportRecord
from vig_annotator.core.project import Project
from vig_annotator.io.table_files import write_tables
from vig_annotator.io.tables import all_rows, chosen_sessions

Exporter = Callable[[Project, Sequence[int], Path], list[Path]]

# Formats other modules add (eaf, boris, srt, vtt) register here: name -> exporter.
EXPORTERS: dict[str, Exporter] = {}
STREAMED = frozenset({"csv", "xlsx", "json"})
"""Formats written from the project file session by session: they need no segments in memory."""


def about(project: Project, session_ids: Sequence[int]) -> dict[str, str]:
    """What a reader of an exported table needs to know to interpret it."""
    sessions = chosen_sessions(project, session_ids)
    timing = {project.clip(s.clip_id).timing for s in sessions}
    return {
        "exported_by": f"vig-annotator {__version__}",
        "exported_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "project": Path(project.path).name,
        "sessions": ", ".join(str(s.id) for s in sessions),
        "times": "seconds with millisecond precision; tc = HH:MM:SS.mmm",
        "frames": "0-based; start_frame = frame on screen at start_s; end_frame = frame on screen at "
                  "end_s (the first frame after a state segment)",
        "frame_timing": "from each clip's real per-frame timestamp table"
        if timing <= {"probed"} else "some clips not yet probed: frames from the container's declared rate",
        "formula_safety": "text cells starting with = + - @ are prefixed with an apostrophe",
    }


def _tables(fmt: str) -> Exporter:
    def export(project: Project, session_ids: Sequence[int], out: Path) -> list[Path]:
        return write_tables(all_rows(project, session_ids), fmt, out, about(project, session_ids))
    return export


for _fmt in ("csv", "xlsx", "json"):
    EXPORTERS[_fmt] = _tables(_fmt)


def formats() -> list[str]:
    return sorted(EXPORTERS)


def export(project: Project, fmt: str, out: str | Path, session_ids: Sequence[int] = (),
           who: str = "", override: str = "") -> list[Path]:
    """Write the chosen sessions in ``fmt`` to ``out`` and log it; returns the files written."""
    if fmt not in EXPORTERS:
        raise ValueError(f"unknown export format {fmt!r}; choose one of {', '.join(formats())}")
    chosen_sessions(project, session_ids)  # an unknown session id fails before anything is written
    written = EXPORTERS[fmt](project, session_ids, Path(out))
    log_export(project, f"{fmt} export of sessions {', '.join(map(str, session_ids)) or 'all'}",
               ", ".join(str(p) for p in written), who, override)
    return written


def log_export(project: Project, what: str, target: str, who: str = "", override: str = "") -> None:
    """Add a line to the project's export log (skipped for a project open read-only)."""
    if project.backend.read_only:
        return
    record = ExportRecord(project.next_id("export"), datetime.now(UTC).isoformat(timespec="seconds"),
                          who or _user(), what, target, override)
    project.run(edit("Log export", [(None, record)]), undoable=False)  # the audit trail is never undone


def _user() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "unknown"


def _register_interchange() -> None:
    from vig_annotator.io.boris import export_boris
    from vig_annotator.io.eaf import export_eaf
    from vig_annotator.io.subtitles import export_srt, export_vtt

    EXPORTERS.update({"eaf": export_eaf, "boris": export_boris, "srt": export_srt, "vtt": export_vtt})


_register_interchange()
