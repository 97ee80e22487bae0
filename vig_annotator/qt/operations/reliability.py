"""Comparing coders and the trainer's exercises: compare sessions, new exercise, package, score."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox

from vig_annotator.core.project import ReadOnlyProjectError
from vig_annotator.projects import session_title
from vig_annotator.qt.file_filters import project_filter
from vig_annotator.qt.i18n import tr
from vig_annotator.qt.shell import Shell
from vig_annotator.reliability import exercises
from vig_annotator.store.project_file import ProjectFileError
from vig_annotator.store.urls import PROJECT_SUFFIX


def compare_sessions(shell: Shell) -> None:
    from vig_annotator.qt.reliability_view import ReliabilityView

    ws = shell.workspace
    if ws.project is None or ws.session is None:
        return
    others = [s for s in ws.project.sessions_of_clip(ws.session.clip_id)
              if s.id != ws.session.id and s.scheme_key == ws.session.scheme_key]
    if not others:
        QMessageBox.information(shell.window(), tr("Compare"),
                                tr("No other session codes this clip with the same scheme."))
        return
    names = [session_title(ws.project, s) for s in others]
    choice, ok = QInputDialog.getItem(shell.window(), tr("Compare with"), tr("Second session:"), names, 0, False)
    if not ok:
        return
    view = ReliabilityView(ws.project, ws.session.id, others[names.index(choice)].id, shell.clock.seek)
    shell.show_in_dock(tr("Reliability"), "dock_reliability", view)


def new_exercise(shell: Shell) -> None:
    from vig_annotator.qt.exercise_view import NewExerciseDialog

    project = shell.workspace.project
    if project is None:
        return
    dialog = NewExerciseDialog(project, shell.window())
    if not dialog.exec():
        return
    name = dialog.name.text().strip()
    if not name:
        QMessageBox.warning(shell.window(), tr("Exercise not made"), tr("Give the exercise a name."))
        return
    try:
        exercise = exercises.create_exercise(project, name, dialog.gold(), dialog.rule.currentData(),
                                             dialog.threshold.value())
    except (exercises.ExerciseError, ValueError, ReadOnlyProjectError) as exc:
        QMessageBox.warning(shell.window(), tr("Exercise not made"), str(exc))
        return
    shell.show_status(tr("Exercise {name}: %n gold session(s); pass: {rule}", n=len(exercise.gold)).format(
        name=repr(exercise.name), rule=exercise.describe()))


def _choose_exercise(shell: Shell, title: str) -> str | None:
    project = shell.workspace.project
    names = exercises.exercise_names(project) if project else []
    if not names:
        QMessageBox.information(shell.window(), title, tr("This project has no exercise yet: make one with "
                                                       "Reliability ▸ New exercise from gold sessions…."))
        return None
    if len(names) == 1:
        return names[0]
    choice, ok = QInputDialog.getItem(shell.window(), title, tr("Exercise:"), names, 0, False)
    return choice if ok else None


def package_exercise(shell: Shell) -> None:
    name = _choose_exercise(shell, tr("Trainee package"))
    project = shell.workspace.project
    if name is None or project is None:
        return
    trainee, ok = QInputDialog.getText(shell.window(), tr("Trainee package"),
                                       tr("Trainee's pseudonym (not a full name; leave empty to ask them on opening):"))
    if not ok:
        return
    out, _ = QFileDialog.getSaveFileName(shell.window(), tr("Write the blind trainee package"),
                                         str(Path(project.path).with_name(
                                             f"{name} - {trainee.strip() or tr('trainee')}{PROJECT_SUFFIX}")),
                                         project_filter())
    if not out:
        return
    try:
        written = exercises.package(project, name, out, trainee)
    except (exercises.ExerciseError, ProjectFileError, OSError, ValueError) as exc:
        QMessageBox.warning(shell.window(), tr("Package not written"), str(exc))
        return
    shell.show_status(tr("Wrote {file}: the scheme, the clips by fingerprint, blind sessions — no gold codes").format(
        file=written.name))


def score_exercise(shell: Shell) -> None:
    from vig_annotator.qt.exercise_view import ExerciseScoreView

    name = _choose_exercise(shell, tr("Score trainees"))
    project = shell.workspace.project
    if name is None or project is None:
        return
    files, _ = QFileDialog.getOpenFileNames(shell.window(), tr("Returned trainee packages"),
                                            str(Path(project.path).parent), project_filter())
    if not files:
        return
    try:
        exercise, scores = exercises.score(project, name, files)
    except (exercises.ExerciseError, ProjectFileError, OSError) as exc:
        QMessageBox.warning(shell.window(), tr("Not scored"), str(exc))
        return
    shell.show_in_dock(tr("Exercise scores"), "dock_exercise_scores",
                       ExerciseScoreView(exercise, scores, lambda fp, ms: play_in_clip(shell, fp, ms)))


def play_in_clip(shell: Shell, fingerprint: str, ms: int) -> None:
    """Seek to ``ms`` in the clip with this fingerprint, switching to a session on it if needed."""
    ws = shell.workspace
    if ws.project is None:
        return
    if ws.clip is None or ws.clip.fingerprint != fingerprint:
        on_clip = [s for s in ws.project.sessions if ws.project.clip(s.clip_id).fingerprint == fingerprint]
        if not on_clip:
            shell.show_status(tr("That clip is not in this project"))
            return
        ws.set_session(on_clip[0].id)
    shell.clock.seek(ms)
