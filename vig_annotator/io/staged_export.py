"""An export written off the GUI thread: into a hidden folder beside the target, then moved into place.

The worker reads the project file through its own read-only connection (the editor's connection
stays the GUI's), can be cancelled between and inside database reads, and leaves nothing behind
when cancelled or failed. Only a finished export is recorded in the export log and given its name.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import cast

from vig_annotator.io import export as exporting

Report = Callable[[int, int], None]
"""``report(done, total)``: how much of an export's work is done, from the worker writing it."""


class ExportCancelled(Exception):
    """The user cancelled the export; nothing was written."""


@dataclass(frozen=True)
class Staged:
    """Files of a finished export waiting in ``folder`` to be moved beside ``out``."""

    folder: Path
    files: tuple[Path, ...]
    out: Path
    what: str


def write_staged(project_path: str | Path, fmt: str, out: str | Path, session_ids: Sequence[int],
                 with_paths: bool = False, cancelled: Callable[[], bool] = lambda: False,
                 report: Report | None = None) -> Staged:
    """Write the export into a hidden folder beside ``out``; ExportCancelled (and nothing left) if cancelled.

    A table export (csv, xlsx, json) tells ``report(rows written, segments of the sessions)`` as it goes;
    the other formats report nothing (their work is not counted).
    """
    from vig_annotator.store.opening import open_project
    from vig_annotator.store.summary import load_segments, segment_counts

    if fmt not in exporting.EXPORTERS:
        raise ValueError(f"unknown export format {fmt!r}; choose one of {', '.join(exporting.formats())}")
    from vig_annotator.io.output_paths import check_output
    from vig_annotator.io.table_files import refuse_folder

    check_output(out, [project_path])  # never over the project, its side files or its videos
    refuse_folder(out)
    out = Path(out).resolve()
    out.parent.mkdir(parents=True, exist_ok=True)
    folder = Path(tempfile.mkdtemp(prefix=f".{out.name}.", dir=out.parent))
    try:
        project = open_project(project_path, read_only=True, segments=False)
        try:
            conn = getattr(project.backend, "conn", None)
            if isinstance(conn, sqlite3.Connection):  # a cancel stops a long read where it is
                conn.set_progress_handler(lambda: 1 if cancelled() else 0, 20_000)
            chosen = list(session_ids) or [s.id for s in project.sessions]
            if fmt in exporting.STREAMED and report is not None:
                counts = segment_counts(project)  # the one count `info` makes too
                total = sum(counts.get(i, 0) for i in chosen)
                report(0, total)
                table_exporter = cast(exporting.TableExporter, exporting.EXPORTERS[fmt])
                written = table_exporter(project, session_ids, folder / out.name, with_paths,
                                         lambda done: report(done, total))
            else:
                if fmt not in exporting.STREAMED:
                    load_segments(project, chosen)
                written = exporting.EXPORTERS[fmt](project, session_ids, folder / out.name, with_paths)
        finally:
            project.close()
        if cancelled():
            raise ExportCancelled(f"{out}: export cancelled")
        return Staged(folder, tuple(Path(p) for p in written), out, exporting.describe(fmt, session_ids, with_paths))
    except sqlite3.OperationalError as exc:
        shutil.rmtree(folder, ignore_errors=True)
        if cancelled():
            raise ExportCancelled(f"{out}: export cancelled") from None
        raise OSError(f"{project_path}: could not be read for the export ({exc})") from None
    except BaseException:
        shutil.rmtree(folder, ignore_errors=True)
        raise


def publish(staged: Staged) -> list[Path]:
    """Move the staged files into place beside ``staged.out`` (each replacing any file of its name)."""
    placed = []
    try:
        for path in staged.files:
            target = staged.out.parent / path.name
            os.replace(path, target)
            placed.append(target)
    finally:
        discard(staged)
    return placed


def discard(staged: Staged) -> None:
    """Remove the staged files and their folder."""
    shutil.rmtree(staged.folder, ignore_errors=True)
