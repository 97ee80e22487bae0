"""Projects, clips and sessions: new, open, add clips, new session, relink, clip details, problems."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox

from vig_annotator import __version__
from vig_annotator.core import commands, rules
from vig_annotator.core.project import ReadOnlyProjectError
from vig_annotator.media.probe import MediaError
from vig_annotator.projects import add_clip, add_coder, start_session
from vig_annotator.qt.dialogs import VIDEO_FILTER, ClipDetailsDialog, NewProjectDialog, relink_clip
from vig_annotator.qt.shell import Shell
from vig_annotator.schemes import SchemeError, resolve
from vig_annotator.store import clips as clip_store
from vig_annotator.store.project_file import ProjectFileError, create_project

REFUSALS = (MediaError, ValueError, OSError, ProjectFileError, ReadOnlyProjectError)
"""What a setup step can fail with; each carries a message for the user (EditRefused is a ValueError)."""


def new_project(shell: Shell) -> None:
    dialog = NewProjectDialog(shell.window())
    if not dialog.exec():
        return
    path, initials, scheme_name, videos = dialog.values()
    try:
        scheme = resolve(scheme_name)
        project = create_project(path)
    except (SchemeError, ProjectFileError, OSError) as exc:
        QMessageBox.warning(shell.window(), "New project", str(exc))
        return
    problems = []
    try:
        coder = add_coder(project, initials)
        for video in videos:
            try:
                clip = add_clip(project, video)
                start_session(project, clip, coder, scheme)
            except REFUSALS as exc:
                problems.append(str(exc))
    except REFUSALS as exc:
        problems.append(str(exc))
    project.history.clear()  # setting a project up is not a step to undo
    shell.set_project(project)
    shell.remember(Path(path))
    if problems:
        QMessageBox.warning(shell.window(), "Some clips were not added", "\n".join(problems))


def open_project(shell: Shell) -> None:
    path, _ = QFileDialog.getOpenFileName(shell.window(), "Open project", "", "vig-annotator project (*.vigproj)")
    if path:
        open_reporting(shell, Path(path))


def open_reporting(shell: Shell, path: Path) -> None:
    """Open a project or a video, showing why when it cannot be opened (nothing is changed)."""
    try:
        shell.open_path(path)
    except REFUSALS as exc:
        QMessageBox.warning(shell.window(), "Cannot open", str(exc))


def add_clips(shell: Shell) -> None:
    paths, _ = QFileDialog.getOpenFileNames(shell.window(), "Add clips", "", VIDEO_FILTER)
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
        QMessageBox.warning(shell.window(), "Not added",
                            "\n".join(problems) + "\n\nThe project is unchanged for these.")


def new_session(shell: Shell) -> None:
    ws = shell.workspace
    if ws.project is None or ws.clip is None:
        return
    initials, ok = QInputDialog.getText(shell.window(), "New session", "Coder initials or pseudonym:")
    if not ok or not initials.strip():
        return
    names = [f"{s.id} {s.version}" for s in ws.project.schemes]
    choice, ok = QInputDialog.getItem(shell.window(), "New session", "Scheme:", names, 0, False)
    if not ok:
        return
    scheme = ws.project.schemes[names.index(choice)]
    try:
        session = start_session(ws.project, ws.clip, add_coder(ws.project, initials), scheme)
    except REFUSALS as exc:
        QMessageBox.warning(shell.window(), "No new session", str(exc))
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
        QMessageBox.warning(shell.window(), "Not relinked", str(exc))


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
        names = ", ".join(f"{c.case_id} (delete by {c.delete_by})" for c in overdue)
        QMessageBox.warning(shell.window(), "Past delete-by date",
                            f"These clips are past their delete-by date: {names}.\n"
                            "Delete the footage and its codings as your data-protection policy requires.")


def show_problems(shell: Shell, quiet_when_none: bool = False) -> None:
    """List what in the project breaks a rule, so the user can repair it (the project opens anyway)."""
    project = shell.workspace.project
    if project is None:
        return
    found = rules.problems(project)
    if not found:
        if not quiet_when_none:
            QMessageBox.information(shell.window(), "Problems", "Nothing in this project breaks a rule.")
        return
    shown = "\n".join(f"• {p}" for p in found[:30]) + (f"\n… and {len(found) - 30} more" if len(found) > 30 else "")
    box = QMessageBox(shell.window())
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle("This project needs repair")
    box.setText(f"{len(found)} thing(s) in this project break a rule, so some figures from it could be wrong. "
                "Everything else works: repair these (move, shorten, delete or re-rate) and they go away.")
    box.setDetailedText(shown)
    box.exec()


def set_reaction_lag(shell: Shell) -> None:
    value, ok = QInputDialog.getInt(shell.window(), "Reaction lag", "Shift key presses back by (ms):",
                                    shell.workspace.reaction_lag_ms, 0, 2000, 10)
    if ok:
        shell.workspace.set_reaction_lag(value)
        shell.settings.setValue("reaction_lag_ms", value)


def about(shell: Shell) -> None:
    QMessageBox.about(shell.window(), "About vig-annotator",
                      f"vig-annotator {__version__}\nCoding parent–infant interaction video.\n"
                      "Works offline; sends nothing anywhere. Every edit is saved as you make it.")


def open_demo(shell: Shell) -> None:
    """A fresh copy of the demo project (two coders on a short synthetic clip), to try things on."""
    from vig_annotator.resources import demo_project_copy

    open_reporting(shell, demo_project_copy())


def open_video(shell: Shell, video: Path) -> None:
    """A video given on its own: a project of the same name beside it (made if needed)."""
    project_path = video.with_suffix(".vigproj")
    if project_path.exists():
        shell.open_path(project_path)
        return
    initials, ok = QInputDialog.getText(shell.window(), "New project", "Coder initials or pseudonym:")
    if not ok or not initials.strip():
        return
    project = create_project(project_path)
    try:
        clip = add_clip(project, video)
        start_session(project, clip, add_coder(project, initials), resolve("demo"))
    except REFUSALS:
        project.close()
        project_path.unlink(missing_ok=True)
        raise
    project.history.clear()
    shell.set_project(project)
    shell.remember(project_path)
