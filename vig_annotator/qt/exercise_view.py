"""Trainer exercises in the app: make one from gold sessions, package it, and read the scored returns.

The scores come from ``reliability.exercises.score``, so the view and `exercise score` agree. A
disagreement on a clip that is open plays from a second before when double-clicked.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from vig_annotator.core.project import Project
from vig_annotator.io.output_paths import with_normal_permissions
from vig_annotator.io.table_files import write_tables
from vig_annotator.projects import session_title
from vig_annotator.qt.i18n import tr, tr_term
from vig_annotator.qt.theme import colour as named
from vig_annotator.reliability import exercises

DISAGREEMENT_COLUMNS = ("trainee", "clip", "what", "at", "gold", "trainee_value", "gold_note")


class NewExerciseDialog(QDialog):
    """Name, gold-standard sessions (one per clip), and the pass rule."""

    def __init__(self, project: Project, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("New exercise"))
        self.name = QLineEdit()
        self.name.setPlaceholderText(tr("e.g. PIIOS certification 2027"))
        self.sessions = QListWidget()
        for session in project.sessions:
            if not project.segments(session.id) and not project.ratings(session.id):
                continue
            item = QListWidgetItem(session_title(project, session))
            item.setData(Qt.ItemDataRole.UserRole, session.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.sessions.addItem(item)
        self.rule = QComboBox()
        for rule, text in exercises.RULES.items():
            self.rule.addItem(text.replace("{t:.0%}", "N").replace("{t:.2f}", "N"), rule)
        self.threshold = QDoubleSpinBox()
        self.threshold.setRange(0.0, 1.0)
        self.threshold.setSingleStep(0.05)
        self.threshold.setValue(0.8)
        self.threshold.setToolTip(tr("0.80 = 80 % of items exact, or kappa 0.80 for every code"))
        form = QFormLayout(self)
        form.addRow(tr("Name:"), self.name)
        form.addRow(tr("Gold-standard sessions\n(one per clip):"), self.sessions)
        form.addRow(tr("Pass when:"), self.rule)
        form.addRow(tr("Threshold N:"), self.threshold)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def gold(self) -> list[int]:
        return [int(self.sessions.item(i).data(Qt.ItemDataRole.UserRole)) for i in range(self.sessions.count())
                if self.sessions.item(i).checkState() == Qt.CheckState.Checked]


class ExerciseScoreView(QWidget):
    """Per trainee: figure, pass or not yet, and why; below, the selected trainee's disagreements with timestamps."""

    def __init__(self, exercise: exercises.Exercise, scores: Sequence[exercises.Score],
                 seek: Callable[[str, int], None] | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.exercise, self.scores, self.seek = exercise, list(scores), seek
        self.shown: list[dict[str, Any]] = []  # the disagreements listed below, of the selected trainee
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        passed = sum(s.passed for s in self.scores)
        self.heading = QLabel(tr("<b>{name}</b> — pass: {rule} — {passed} of %n trainee(s): {verdict}",
                                 n=len(self.scores)).format(name=exercise.name, rule=exercise.describe(),
                                                            passed=passed, verdict=exercises.verdict(True)))
        self.heading.setWordWrap(True)
        top.addWidget(self.heading, 1)
        export = QPushButton(tr("Export XLSX…"))
        export.clicked.connect(self.export)
        top.addWidget(export)
        layout.addLayout(top)
        self.trainees = QTableWidget(len(self.scores), 5)
        self.trainees.setHorizontalHeaderLabels([tr("trainee"), tr("file"), tr("figure"), tr("result"), tr("because")])
        self.trainees.verticalHeader().setVisible(False)
        self.trainees.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.trainees.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        for r, s in enumerate(self.scores):
            cells = (s.trainee, Path(s.file).name, f"{s.figure:.3f}", s.verdict,
                     s.because + "".join(tr("; note: {note}").format(note=n) for n in s.notes))
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                item.setBackground(QBrush(named("pass" if s.passed else "fail")))
                self.trainees.setItem(r, c, item)
        self.trainees.horizontalHeader().setStretchLastSection(True)
        self.trainees.resizeColumnsToContents()
        shown_rows = min(max(len(self.scores), 2), 6)
        header, frame = self.trainees.horizontalHeader().sizeHint().height(), self.trainees.frameWidth()
        row = self.trainees.verticalHeader().defaultSectionSize()
        self.trainees.setMaximumHeight(header + 2 * frame + row * shown_rows + 2)
        layout.addWidget(self.trainees)
        self.headline = QLabel()
        self.headline.setObjectName("trainee_headline")
        self.headline.setWordWrap(True)
        self.headline.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.headline)
        self.disagreements = QTableWidget(0, len(DISAGREEMENT_COLUMNS))
        self.disagreements.setHorizontalHeaderLabels([tr("trainee"), tr("clip"), tr("item / group"),
                                                     tr("at"), tr("gold"), tr("trainee"),
                                                      tr("gold rationale")])
        self.disagreements.verticalHeader().setVisible(False)
        self.disagreements.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.disagreements.horizontalHeader().setStretchLastSection(True)
        self.disagreements.setToolTip(tr("Double-click a timed disagreement to play it from a second before"))
        self.disagreements.cellDoubleClicked.connect(self._play)
        layout.addWidget(self.disagreements, 1)
        self.trainees.currentCellChanged.connect(lambda row, _c, _r, _pc: self.show_trainee(row))
        if self.scores:
            self.trainees.selectRow(0)
            self.show_trainee(0)

    def show_trainee(self, row: int) -> None:
        if not 0 <= row < len(self.scores):
            return
        score = self.scores[row]
        self.shown = score.disagreements
        notes = "".join("<br>" + tr("Note: {note}").format(note=n) for n in score.notes)
        self.headline.setText(f"<b>{score.trainee}</b>: {score.figure:.3f} — <b>{score.verdict}</b> — "
                              f"{score.because}{notes}")
        self.disagreements.setRowCount(len(self.shown))
        for r, d in enumerate(self.shown):
            for c, key in enumerate(DISAGREEMENT_COLUMNS):
                value = d.get(key)
                text = "" if value is None else str(value)
                if key in ("what", "gold", "trainee_value") and isinstance(value, str):
                    text = tr_term(text)  # a scheme's label, in the user's language
                self.disagreements.setItem(r, c, QTableWidgetItem(text))
        self.disagreements.resizeColumnsToContents()

    def _play(self, row: int, _column: int) -> None:
        d = self.shown[row]
        if self.seek is not None and d.get("start_ms") is not None:
            self.seek(str(d["fingerprint"]), max(0, int(d["start_ms"]) - 1000))

    def export(self) -> None:
        folder = Path(self.scores[0].file).parent if self.scores else Path.home()
        suggested = str(folder / f"{self.exercise.name}.xlsx")
        path, _ = QFileDialog.getSaveFileName(self, tr("Export exercise report"), suggested, tr("Excel (*.xlsx)"))
        if path:
            self.write(Path(path))

    def write(self, path: Path) -> None:
        try:
            write_tables(exercises.report_tables(self.exercise, self.scores), "xlsx", path)
            with_normal_permissions([path])
        except OSError as exc:
            QMessageBox.warning(self, tr("Report not written"), f"{path}: {exc}")
