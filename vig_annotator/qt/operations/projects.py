"""Projects, clips and sessions: new, open, add clips, new session, relink, clip details, problems."""

from __future__ import annotations

import gc
import sqlite3
import threading
from collections.abc import Sequence
from dataclasses import replace
from datetime import date
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox

from vig_annotator import __version__
from vig_annotator.core import commands
from vig_annotator.core.model import Clip, Scheme
from vig_annotator.core.project import Project, ReadOnlyProjectError
from vig_annotator.media.probe import MediaError, ProbeResult, probe
from vig_annotator.projects import NewClip, add_clip, add_coder, prepare_clip, start_session
from vig_annotator.qt import folders, jobs
from vig_annotator.qt.dialogs import ClipDetailsDialog, NewProject, NewProjectDialog, relink_clip
from vig_annotator.qt.file_filters import project_filter, video_filter
from vig_annotator.qt.i18n import tr
from vig_annotator.qt.shell import Shell, setting_list
from vig_annotator.qt.start_page import open_problem
from vig_annotator.schemes import SchemeError, resolve
from vig_annotator.store import clips as clip_store
from vig_annotator.store import row_check
from vig_annotator.store.opening import create_project
from vig_annotator.store.project_file import ProjectFileError, read_segments
from vig_annotator.store.urls import PROJECT_SUFFIX

REFUSALS = (MediaError, ValueError, OSError, ProjectFileError, ReadOnlyProjectError)
"""What a setup step can fail with; each carries a message for the user (EditRefused is a ValueError)."""


def new_project(shell: Shell, videos: Sequence[Path] = (), probed: dict[Path, ProbeResult] | None = None) -> None:
    """The new-project dialog (pre-filled with ``videos``, already probed), then the project made and opened."""
    settings = shell.settings
    dialog = NewProjectDialog(shell.window(), list(videos), folders.usual_folder(settings),
                              coder=str(settings.value("last_coder", "")),
                              scheme=str(settings.value("last_scheme", "piios")),
                              consent=setting_list(settings, "last_consent"))
    accepted = dialog.exec()
    wanted = dialog.values()
    dialog.deleteLater()
    if accepted:
        create(shell, wanted, probed or {})


def create(shell: Shell, wanted: NewProject, probed: dict[Path, ProbeResult]) -> None:
    """Make the project the dialog described and open it; a project none of whose clips could be added is removed."""
    settings = shell.settings
    settings.setValue("last_coder", wanted.coder)
    settings.setValue("last_scheme", wanted.scheme)
    settings.setValue("last_consent", list(wanted.consent))
    folders.remember(settings, wanted.clips[0] if wanted.clips else wanted.path)
    try:
        scheme = resolve(wanted.scheme)
        project = create_project(wanted.path)
    except (SchemeError, ProjectFileError, OSError) as exc:
        QMessageBox.warning(shell.window(), tr("New project"), str(exc))
        return
    problems: list[str] = []
    added = 0
    try:
        coder = add_coder(project, wanted.coder)
        for n, video in enumerate(wanted.clips):
            case_id = wanted.case_id if n == 0 else f"{wanted.case_id}-{n + 1}"
            try:
                clip = _add_clip(project, video, case_id, wanted.consent, probed.get(video))
                start_session(project, clip, coder, scheme)
                added += 1
            except REFUSALS as exc:
                problems.append(str(exc))
    except REFUSALS as exc:
        problems.append(str(exc))
    if wanted.clips and not added:
        project.close()
        wanted.path.unlink(missing_ok=True)
        QMessageBox.warning(shell.window(), tr("No project made"), "\n".join(problems))
        return
    project.history.clear()  # setting a project up is not a step to undo
    shell.set_project(project)
    shell.remember(wanted.path)
    if problems:
        QMessageBox.warning(shell.window(), tr("Some clips were not added"), "\n".join(problems))


def _add_clip(project: Project, video: Path, case_id: str, consent: tuple[str, ...],
              probed: ProbeResult | None) -> Clip:
    """Add a clip under a pseudonymous case ID with its consent; ``probed`` saves probing it twice."""
    if probed is None:
        new = prepare_clip(project, video, case_id)
    else:
        existing = project.clip_by_fingerprint(clip_store.fingerprint(video))
        new = NewClip(existing or clip_store.new_clip(project, video, case_id, **probed.clip_facts()),
                      probed, existing is not None)
    if new.existing:
        return new.clip
    clip = replace(new.clip, consent=consent)
    new.cache_timing(project)
    project.run(commands.edit(f"Add clip {clip.case_id}", [(None, clip)]))
    return clip


def open_project(shell: Shell) -> None:
    path, _ = QFileDialog.getOpenFileName(shell.window(), tr("Open project"), str(folders.usual_folder(shell.settings)),
                                          project_filter())
    if path:
        folders.remember(shell.settings, Path(path))
        open_reporting(shell, Path(path))


def open_reporting(shell: Shell, path: Path | str) -> None:
    """Open a project or a video, showing why when it cannot be opened (nothing is changed)."""
    try:
        shell.open_path(path)
    except REFUSALS as exc:
        shell.show_open_problem(open_problem(path, exc))
        QMessageBox.warning(shell.window(), tr("Cannot open"), str(exc))


def add_clips(shell: Shell) -> None:
    paths, _ = QFileDialog.getOpenFileNames(shell.window(), tr("Add clips"),
                                            str(folders.usual_folder(shell.settings)), video_filter())
    if paths:
        folders.remember(shell.settings, Path(paths[0]))
    add_clip_paths(shell, [Path(p) for p in paths])


def add_clip_paths(shell: Shell, paths: list[Path]) -> None:
    """Add clips to the project, each with a session for the current coder and scheme."""
    ws = shell.workspace
    if ws.project is None or ws.session is None or ws.scheme is None:
        if paths:
            open_reporting(shell, paths[0])
        return
    coder = ws.project.coder(ws.session.coder_id)
    problems: list[str] = []
    added = None
    for path in paths:
        try:
            clip = add_clip(ws.project, path)
            added = start_session(ws.project, clip, coder, ws.scheme)
        except REFUSALS as exc:
            problems.append(str(exc))
    if added is not None:
        ws.set_session(added.id)
    if problems:
        QMessageBox.warning(shell.window(), tr("Not added"),
                            "\n".join(problems) + "\n\n" + tr("The project is unchanged for these."))


def session_schemes(project: Project) -> list[Scheme]:
    """The project's schemes, then the built-in ones it has not pinned (e.g. mind-mindedness for a transcript)."""
    from vig_annotator.schemes import BUILTIN, builtin

    pinned = list(project.schemes)
    return pinned + [builtin(name) for name in BUILTIN if all(s.id != name for s in pinned)]


def new_session(shell: Shell) -> None:
    ws = shell.workspace
    if ws.project is None or ws.clip is None:
        return
    initials, ok = QInputDialog.getText(shell.window(), tr("New session"), tr("Coder initials or pseudonym:"))
    if not ok or not initials.strip():
        return
    schemes = session_schemes(ws.project)
    names = [f"{s.id} {s.version}" + ("" if s.key in ws.project.entities["scheme"] else tr(" (built in)"))
             for s in schemes]
    choice, ok = QInputDialog.getItem(shell.window(), tr("New session"), tr("Scheme:"), names, 0, False)
    if not ok:
        return
    scheme = schemes[names.index(choice)]
    try:
        session = start_session(ws.project, ws.clip, add_coder(ws.project, initials), scheme)
    except REFUSALS as exc:
        QMessageBox.warning(shell.window(), tr("No new session"), str(exc))
        return
    ws.set_session(session.id)


def relink_current(shell: Shell) -> None:
    """Find a missing clip again; the workspace reloads it when the clip's path changes."""
    ws = shell.workspace
    if ws.project is None or ws.clip is None or not clip_store.is_missing(ws.project, ws.clip):
        return
    try:
        relink_clip(shell.window(), ws.project, ws.clip)
    except REFUSALS as exc:
        QMessageBox.warning(shell.window(), tr("Not relinked"), str(exc))


def clip_details(shell: Shell) -> None:
    ws = shell.workspace
    if ws.project is None or ws.clip is None:
        return
    dialog = ClipDetailsDialog(ws.clip, shell.window())
    if dialog.exec():
        after = dialog.changed_clip()
        if after != ws.clip:
            ws.run(commands.edit("Edit clip details", [(ws.clip, after)]))


def warn_overdue(shell: Shell) -> None:
    """Tell the user about clips past their delete-by date (information governance)."""
    ws = shell.workspace
    if ws.project is None:
        return
    today = date.today().isoformat()
    overdue = [c for c in ws.project.clips if c.delete_by and c.delete_by < today]
    if overdue:
        names = ", ".join(tr("{case} (delete by {date})").format(case=c.case_id, date=c.delete_by) for c in overdue)
        QMessageBox.warning(shell.window(), tr("Past delete-by date"),
                            tr("These clips are past their delete-by date: {clips}.\n"
                               "Delete the footage and its codings as your data-protection policy requires."
                               ).format(clips=names))


READ_REST_AFTER_MS = 300
"""How long after a project opens its other sessions start being read (the window has painted by then)."""


class _Found(QObject):
    done = Signal(object, object)  # the project checked, what breaks a rule
    read = Signal(object, object, object)  # the project, its deferred sessions read, their segments (or an error)


def show_problems_in_background(shell: Shell) -> None:
    """Check the project's rules on a worker thread and list problems when ready: the window is usable at once.

    The sessions not on screen, left on disk when the project opened (core.deferred), are read on the
    worker first and taken in on the GUI thread; the check runs after, over every segment.
    Runs while the user may already edit; an edit that broke a rule would have been refused, so what
    is listed can only be old problems (or ones since repaired, which a repeat check clears).
    """
    project = shell.workspace.project
    if project is None:
        return
    deferred = project.deferred_sessions()
    taken_in = threading.Event()
    stopped = threading.Event()  # the window is closing: no check is wanted any more
    found_signal = _Found(shell.window())

    def take_in(checked: object, sessions: object, segments: object) -> None:
        if checked is project and shell.workspace.project is project and isinstance(sessions, set):
            if isinstance(segments, list):
                project.read_deferred(sessions, segments)
            else:  # the worker could not read them: read here, so a damaged row is named now
                try:
                    project.read_deferred()
                except ProjectFileError as exc:
                    QMessageBox.warning(shell.window(), tr("This project needs repair"), str(exc))
            project.segments_of_code(0, "")  # build the project's lazy index here: the worker only reads it
            gc.collect()  # once, now: the segments read with the collector paused move to its oldest generation
        taken_in.set()

    def shown(checked: object, found: object) -> None:
        found_signal.deleteLater()
        if checked is shell.workspace.project and isinstance(found, list):
            _list_problems(shell, found, quiet_when_none=True)

    found_signal.read.connect(take_in)
    found_signal.done.connect(shown)
    if not deferred:
        project.segments_of_code(0, "")  # build the project's lazy index here: the worker only reads it
        taken_in.set()

    def work() -> None:
        if deferred:
            try:
                segments: object = read_segments(project.path, deferred)
            except (ProjectFileError, OSError, sqlite3.Error) as exc:
                segments = exc
            try:
                found_signal.read.emit(project, deferred, segments)
            except RuntimeError:  # the window is gone
                return
            if not taken_in.wait(120) or stopped.is_set() or project.deferred_sessions():
                return  # closed meanwhile, or not all read: no check over half the segments
        for _ in range(3):  # an edit on the GUI thread can change a table mid-read: read again
            try:
                found_signal.done.emit(project, row_check.problems(project, from_file=False))
                return
            except RuntimeError:
                continue

    def start() -> None:
        def stop() -> None:
            stopped.set()
            taken_in.set()  # no longer waits for the GUI thread

        jobs.start_worker(work, "rule-check", stop)

    if deferred:  # the window paints first: reading 100,000s of rows on a thread still takes turns with it
        QTimer.singleShot(READ_REST_AFTER_MS, found_signal, start)
    else:
        start()


def show_problems(shell: Shell, quiet_when_none: bool = False) -> None:
    """List what in the project breaks a rule, so the user can repair it (the project opens anyway)."""
    project = shell.workspace.project
    if project is None:
        return
    _list_problems(shell, row_check.problems(project, from_file=False), quiet_when_none)


def _list_problems(shell: Shell, found: list[str], quiet_when_none: bool) -> None:
    if not found:
        if not quiet_when_none:
            QMessageBox.information(shell.window(), tr("Problems"), tr("Nothing in this project breaks a rule."))
        return
    shown = "\n".join(f"• {p}" for p in found[:30]) + (
        "\n" + tr("… and %n more", n=len(found) - 30) if len(found) > 30 else "")
    box = QMessageBox(shell.window())
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(tr("This project needs repair"))
    box.setText(tr("%n thing(s) in this project break a rule, so some figures from it could be wrong. "
                   "Everything else works: repair these (move, shorten, delete or re-rate) and they go away.",
                   n=len(found)))
    box.setDetailedText(shown)
    box.exec()


def set_reaction_lag(shell: Shell) -> None:
    value, ok = QInputDialog.getInt(shell.window(), tr("Reaction lag"), tr("Shift key presses back by (ms):"),
                                    shell.workspace.reaction_lag_ms, 0, 2000, 10)
    if ok:
        shell.workspace.set_reaction_lag(value)
        shell.settings.setValue("reaction_lag_ms", value)


def about(shell: Shell) -> None:
    QMessageBox.about(shell.window(), tr("About vig-annotator"),
                      f"vig-annotator {__version__}\n" + tr("Coding parent–infant interaction video.\n"
                      "Works offline; sends nothing anywhere. Every edit is saved as you make it."))


def open_demo(shell: Shell) -> None:
    """A fresh copy of the demo project (two coders on a short synthetic clip), to try things on."""
    from vig_annotator.resources import demo_project_copy

    open_reporting(shell, demo_project_copy())


def open_video(shell: Shell, video: Path) -> None:
    """A video given on its own: its project beside it if there is one, else probe it, then the new-project dialog.

    An unreadable file is refused (MediaError naming it) before any dialog or file is made.
    """
    project_path = video.with_suffix(PROJECT_SUFFIX)
    if project_path.exists():
        shell.open_path(project_path)
        return
    probed = probe(video)
    new_project(shell, [video], {video: probed})


def name_trainee(shell: Shell) -> None:
    """A trainee package written without a pseudonym asks for one when opened, so returns can be told apart."""
    from vig_annotator.reliability.exercises import PLACEHOLDER

    ws = shell.workspace
    project = ws.project
    if project is None or project.backend.read_only or not isinstance(project.setting("exercise"), dict):
        return
    unnamed = project.coder_by_initials(PLACEHOLDER)
    if unnamed is None:
        return
    name, ok = QInputDialog.getText(shell.window(), tr("Your pseudonym"),
                                    tr("This is a training exercise. Your pseudonym or initials (not your full name), "
                                    "so your trainer can tell your return apart:"))
    name = name.strip()
    if not ok or not name or name == PLACEHOLDER:
        return
    if project.coder_by_initials(name) is not None:
        QMessageBox.warning(shell.window(), tr("Pseudonym not set"),
                            tr("{name} is already a coder in this file.").format(name=name))
        return
    ws.run(commands.edit(f"Name the trainee {name}", [(unnamed, replace(unnamed, initials=name))]), undoable=False)


def warn_sync_folder(shell: Shell) -> None:
    """Say so when the project lies in a folder a sync client manages (copies can lose recent edits)."""
    from vig_annotator.store.durability import sync_folder_warning

    project = shell.workspace.project
    if project is None or project.backend.read_only:
        return
    warning = sync_folder_warning(project.path)
    if warning:
        QMessageBox.warning(shell.window(), tr("Project in a synced folder"), warning)
