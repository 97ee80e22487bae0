"""The Reliability menu's trainer actions: new exercise, trainee package, score returned packages."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox

from vig_annotator.reliability import exercises
from vig_annotator.store.project_file import ProjectFileError

if TYPE_CHECKING:
    from vig_annotator.qt.main_window import MainWindow


class ExerciseActions:
    """Mixed into MainWindow."""

    def new_exercise(self: MainWindow) -> None:
        from vig_annotator.qt.exercise_view import NewExerciseDialog

        project = self.workspace.project
        if project is None:
            return
        dialog = NewExerciseDialog(project, self)
        if not dialog.exec():
            return
        name = dialog.name.text().strip()
        if not name:
            QMessageBox.warning(self, "Exercise not made", "Give the exercise a name.")
            return
        try:
            exercise = exercises.create_exercise(project, name, dialog.gold(), dialog.rule.currentData(),
                                                 dialog.threshold.value())
        except exercises.ExerciseError as exc:
            QMessageBox.warning(self, "Exercise not made", str(exc))
            return
        self.show_status(f"Exercise {exercise.name!r}: {len(exercise.gold)} gold session(s); "
                         f"pass: {exercise.describe()}")

    def _choose_exercise(self: MainWindow, title: str) -> str | None:
        project = self.workspace.project
        names = exercises.exercise_names(project) if project else []
        if not names:
            QMessageBox.information(self, title, "This project has no exercise yet: make one with "
                                                 "Reliability ▸ New exercise from gold sessions….")
            return None
        if len(names) == 1:
            return names[0]
        choice, ok = QInputDialog.getItem(self, title, "Exercise:", names, 0, False)
        return choice if ok else None

    def package_exercise(self: MainWindow) -> None:
        name = self._choose_exercise("Trainee package")
        project = self.workspace.project
        if name is None or project is None:
            return
        out, _ = QFileDialog.getSaveFileName(self, "Write the blind trainee package",
                                             str(Path(project.path).with_name(f"{name} - trainee.vigproj")),
                                             "vig-annotator project (*.vigproj)")
        if not out:
            return
        try:
            written = exercises.package(project, name, out)
        except (exercises.ExerciseError, ProjectFileError, OSError) as exc:
            QMessageBox.warning(self, "Package not written", str(exc))
            return
        self.show_status(f"Wrote {written.name}: the scheme, the clips by fingerprint, blind sessions — "
                         "no gold codes")

    def score_exercise(self: MainWindow) -> None:
        from vig_annotator.qt.exercise_view import ExerciseScoreView

        name = self._choose_exercise("Score trainees")
        project = self.workspace.project
        if name is None or project is None:
            return
        files, _ = QFileDialog.getOpenFileNames(self, "Returned trainee packages", str(Path(project.path).parent),
                                                "vig-annotator project (*.vigproj)")
        if not files:
            return
        try:
            exercise, scores = exercises.score(project, name, files)
        except (exercises.ExerciseError, ProjectFileError, OSError) as exc:
            QMessageBox.warning(self, "Not scored", str(exc))
            return
        self.show_in_dock("Exercise scores", "dock_exercise_scores",
                          ExerciseScoreView(exercise, scores, self.play_in_clip))

    def play_in_clip(self: MainWindow, fingerprint: str, ms: int) -> None:
        """Seek to ``ms`` in the clip with this fingerprint, switching to a session on it if needed."""
        ws = self.workspace
        if ws.project is None:
            return
        if ws.clip is None or ws.clip.fingerprint != fingerprint:
            on_clip = [s for s in ws.project.sessions if ws.project.clip(s.clip_id).fingerprint == fingerprint]
            if not on_clip:
                self.show_status("That clip is not in this project")
                return
            ws.set_session(on_clip[0].id)
        self.clock.seek(ms)
