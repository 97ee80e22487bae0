"""Exporting a project in any format, recorded first in the project's export log (the audit trail).

The record is written before any file is: an export that cannot be recorded (a read-only file, a
full disk) is refused with the reason, unless the caller asks for an unlogged export explicitly.
A project open read-only here — in the app elsewhere, say — is recorded through a short separate
connection that can only append to the log. Exports are pseudonymous unless ``with_paths``: the clip
is named by its case ID, never by the folder it lives in.
"""

from __future__ import annotations

import getpass
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Protocol

from vig_annotator import __version__
from vig_annotator.core.commands import edit
from vig_annotator.core.model import ExportRecord
from vig_annotator.core.project import Project
from vig_annotator.io.table_files import refuse_folder, write_tables
from vig_annotator.io.tables import RowsDone, all_rows, chosen_sessions

Exporter = Callable[[Project, Sequence[int], Path, bool], list[Path]]
"""``(project, session_ids, out, with_paths) -> files written``."""

# Formats other modules add (eaf, boris, srt, vtt) register here: name -> exporter.
EXPORTERS: dict[str, Exporter] = {}
STREAMED = frozenset({"csv", "xlsx", "json"})
"""Formats written from the project file session by session: they need no segments in memory.

Their exporters are ``TableExporter``s: a fifth argument hears how many timeline rows are written.
"""


class TableExporter(Protocol):
    """An exporter of the streamed tables, told ``rows_done(n)`` as the timeline's rows are written."""

    def __call__(self, project: Project, session_ids: Sequence[int], out: Path, with_paths: bool = False,
                 rows_done: RowsDone | None = None, /) -> list[Path]: ...


class ExportNotLoggedError(PermissionError):
    """The export log cannot be written, so the export was refused (nothing was written)."""


def about(project: Project, session_ids: Sequence[int], with_paths: bool = False) -> dict[str, str]:
    """What a reader of an exported table needs to know to interpret it."""
    sessions = chosen_sessions(project, session_ids)
    timing = {project.clip(s.clip_id).timing for s in sessions}
    return {
        "exported_by": f"vig-annotator {__version__}",
        "exported_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "project": Path(project.path).name if with_paths else "(pseudonymous export: not named)",
        "sessions": ", ".join(str(s.id) for s in sessions),
        "clips": "full paths" if with_paths else "named by case ID (pseudonymous)",
        "times": "seconds with millisecond precision; tc = HH:MM:SS.mmm",
        "frames": "0-based; start_frame = frame on screen at start_s; end_frame = frame on screen at "
                  "end_s (the first frame after a state segment)",
        "frame_timing": "from each clip's real per-frame timestamp table"
        if timing <= {"probed"} else "some clips not yet probed: frames from the container's declared rate",
        "formula_safety": "text cells starting with = + - @ are prefixed with an apostrophe; line breaks are "
                          "newlines and other control characters are shown as symbols",
    }


def _tables(fmt: str) -> TableExporter:
    def export(project: Project, session_ids: Sequence[int], out: Path, with_paths: bool = False,
               rows_done: RowsDone | None = None) -> list[Path]:
        rows = all_rows(project, session_ids, with_paths, rows_done)  # clips named by case ID unless with_paths
        return write_tables(rows, fmt, out, about(project, session_ids, with_paths))
    return export


for _fmt in ("csv", "xlsx", "json"):
    EXPORTERS[_fmt] = _tables(_fmt)


def formats() -> list[str]:
    return sorted(EXPORTERS)


def export(project: Project, fmt: str, out: str | Path, session_ids: Sequence[int] = (),
           who: str = "", override: str = "", with_paths: bool = False, unlogged: bool = False) -> list[Path]:
    """Record, then write, the chosen sessions in ``fmt`` to ``out``; returns the files written.

    Raises ExportNotLoggedError (before writing anything) when the record cannot be made, unless
    ``unlogged``. A failure after the record is noted in the log too.
    """
    if fmt not in EXPORTERS:
        raise ValueError(f"unknown export format {fmt!r}; choose one of {', '.join(formats())}")
    chosen = chosen_sessions(project, session_ids)  # an unknown session id fails before anything is written
    refuse_folder(out, fmt.removeprefix("transcript-").removesuffix("-groups"))  # before the log record
    from vig_annotator.store.row_check import refuse_broken

    refuse_broken(project, [s.id for s in chosen])  # rows that break a rule are repaired first, never exported
    what = describe(fmt, session_ids, with_paths)
    target = str(Path(out).resolve())
    if not unlogged:
        log_export(project, what, target, who, override)
    try:
        return EXPORTERS[fmt](project, session_ids, Path(out), with_paths)
    except Exception as exc:
        if not unlogged:
            try:
                log_export(project, f"{what}: FAILED, nothing written ({exc})", target, who, override)
            except (ExportNotLoggedError, OSError):
                pass
        raise


def describe(fmt: str, session_ids: Sequence[int], with_paths: bool = False) -> str:
    """What the export log says of an export."""
    return (f"{fmt} export of sessions {', '.join(map(str, session_ids)) or 'all'}"
            f" ({'with clip paths' if with_paths else 'pseudonymous'})")


def log_export(project: Project, what: str, target: str, who: str = "", override: str = "") -> None:
    """Add a record to the project's export log (a non-undoable edit); ExportNotLoggedError if it cannot.

    A project open read-only here is recorded through a separate connection that can only append.
    """
    import sqlite3

    from vig_annotator.store.opening import open_audit_log
    from vig_annotator.store.project_file import ProjectFileError

    record = ExportRecord(project.next_id("export"), datetime.now(UTC).isoformat(timespec="seconds"),
                          who or _user(), what, target, override)
    command = edit("Log export", [(None, record)])
    try:
        if not project.backend.read_only:
            project.run(command, undoable=False)  # the audit trail is never undone
            return
        if not project.path:
            raise ExportNotLoggedError("the project has no file, so the export cannot be recorded")
        log = open_audit_log(project.path)
        try:
            log.run(command, undoable=False)
        finally:
            log.close()
    except ExportNotLoggedError:
        raise
    except (ProjectFileError, sqlite3.Error, OSError) as exc:
        raise ExportNotLoggedError(
            f"{exc}; the export was not recorded in the project's export log, so nothing was exported "
            "(export without a record only if you must: --unlogged on the command line)") from None


def _user() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "unknown"


def _register_interchange() -> None:
    from vig_annotator.io.boris_export import export_boris
    from vig_annotator.io.eaf import export_eaf
    from vig_annotator.io.subtitles import export_srt, export_vtt
    from vig_annotator.io.textgrid import export_textgrid
    from vig_annotator.io.transcripts import EXPORTERS as TRANSCRIPTS

    def _eaf(project: Project, session_ids: Sequence[int], out: Path, with_paths: bool = False) -> list[Path]:
        return export_eaf(project, session_ids, out, with_paths=with_paths)

    def _eaf_groups(project: Project, session_ids: Sequence[int], out: Path, with_paths: bool = False) -> list[Path]:
        return export_eaf(project, session_ids, out, tiers="group", with_paths=with_paths)

    EXPORTERS.update({
        "eaf": _eaf, "eaf-groups": _eaf_groups,
        "boris": export_boris, "srt": export_srt, "vtt": export_vtt, "textgrid": export_textgrid,
    })
    EXPORTERS.update(TRANSCRIPTS)  # transcript-srt, -vtt, -csv, -xlsx, -eaf


_register_interchange()
