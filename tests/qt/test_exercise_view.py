"""A trainer makes an exercise, writes the trainee package, and reads the scored returns in the app."""

from __future__ import annotations

import os
import stat

import openpyxl
from builders import build
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDockWidget, QFileDialog, QInputDialog, QMessageBox

from vig_annotator.core.model import Segment
from vig_annotator.core.project import Put
from vig_annotator.qt.exercise_view import ExerciseScoreView, NewExerciseDialog
from vig_annotator.reliability import exercises
from vig_annotator.store.opening import open_project


def fill(dialog: NewExerciseDialog, name: str, gold_title_start: str, rule: str, threshold: float) -> int:
    dialog.name.setText(name)
    for i in range(dialog.sessions.count()):
        item = dialog.sessions.item(i)
        if item.text().startswith(gold_title_start):
            item.setCheckState(Qt.CheckState.Checked)
    dialog.rule.setCurrentIndex(dialog.rule.findData(rule))
    dialog.threshold.setValue(threshold)
    return 1


def test_trainer_round_in_the_app(demo_window, monkeypatch, tmp_path):
    win = demo_window
    project = win.workspace.project
    monkeypatch.setattr(NewExerciseDialog, "exec", lambda self: fill(self, "codes", "#1 ", "code_kappa", 0.7))
    win.actions_by_id["new_exercise"].trigger()
    assert exercises.exercise_names(project) == ["codes"]
    assert project.session(1).purpose.value == "gold_standard"
    assert "kappa (1 s units) ≥ 0.70" in win.statusBar().currentMessage()

    package = tmp_path / "trainee.vigproj"
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Robin", True))  # the trainee's pseudonym
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(package), ""))
    win.actions_by_id["package_exercise"].trigger()
    trainee = open_project(package)
    try:
        (session,) = trainee.sessions
        assert trainee.segments(session.id) == []  # blind: no gold codes in the package
        gold = project.segments(1)
        build(trainee, [Put(Segment(i + 1, session.id, s.code_id, s.start_ms, s.end_ms))
                       for i, s in enumerate(gold) if s.code_id != "touch"])  # never codes touch
    finally:
        trainee.close()

    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: ([str(package)], ""))
    win.actions_by_id["score_exercise"].trigger()
    dock = win.findChild(QDockWidget, "dock_exercise_scores")
    view = dock.widget().widget()  # the panel scrolls its view
    assert isinstance(view, ExerciseScoreView)
    assert [view.trainees.item(0, c).text() for c in (0, 3)] == ["Robin", "not yet"]
    assert "0 of 1 trainee(s): pass" in view.heading.text()
    # the headline names what drove the figure: touch, never coded, has kappa 0
    assert "not yet" in view.headline.text() and "lowest kappa: Parent touch 0.00" in view.headline.text()
    rows = [[view.disagreements.item(r, c).text() for c in range(7)] for r in range(view.disagreements.rowCount())]
    touch = [r for r in rows if r[2] == "Parent touch"]  # named as the scheme labels it
    assert [r[4:6] for r in touch] == [["Parent touch", "none"]] * 2 and "DEMO-001" in touch[0][1]
    assert [r[3] for r in touch] == ["00:00:14.000–00:00:17.000", "00:00:26.000–00:00:28.000"]
    # double-clicking the first touch disagreement plays it from a second before
    view.disagreements.cellDoubleClicked.emit(rows.index(touch[0]), 0)
    assert win.clock.position == 13_000
    out = tmp_path / "scores.xlsx"
    suggested: list[str] = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda _p, _c, name, *a: (suggested.append(name), (str(out), ""))[1])
    view.export()
    assert suggested == [str(tmp_path / "codes.xlsx")]  # beside the returned packages, not the working folder
    umask = os.umask(0)
    os.umask(umask)
    assert stat.S_IMODE(out.stat().st_mode) == 0o666 & ~umask  # the user's normal permissions, not 0600
    book = openpyxl.load_workbook(out)
    assert {"summary", "details", "disagreements"} <= set(book.sheetnames)


def test_scoring_a_foreign_file_warns_and_shows_nothing(demo_window, monkeypatch, tmp_path):
    win = demo_window
    exercises.create_exercise(win.workspace.project, "piios", [3], "items_exact", 0.8)
    foreign = tmp_path / "notes.vigproj"
    foreign.write_text("these are not a project's bytes")
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: warned.append(text))
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: ([str(foreign)], ""))
    win.actions_by_id["score_exercise"].trigger()
    assert warned and "notes.vigproj" in warned[0]
    assert win.findChild(QDockWidget, "dock_exercise_scores") is None


def test_an_exercise_without_gold_sessions_is_refused(demo_window, monkeypatch):
    win = demo_window
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: warned.append(text))
    monkeypatch.setattr(NewExerciseDialog, "exec", lambda self: fill(self, "empty", "no such session", "items_exact",
                                                                     0.8))
    win.actions_by_id["new_exercise"].trigger()
    assert warned == ["an exercise needs at least one gold-standard session"]
    assert exercises.exercise_names(win.workspace.project) == []


def test_an_unnamed_trainee_package_asks_for_a_pseudonym_when_opened(qtbot, demo_project, tmp_path, monkeypatch):
    from vig_annotator.qt.main_window import MainWindow
    from vig_annotator.qt.player import FakeClock

    exercises.create_exercise(demo_project, "piios", [3], "items_exact", 0.8)
    package = exercises.package(demo_project, "piios", tmp_path / "return.vigproj")
    asked: list[str] = []

    def answer(_parent, _title, text, *a, **k):  # type: ignore[no-untyped-def]
        asked.append(text)
        return "Kim", True

    monkeypatch.setattr(QInputDialog, "getText", answer)
    win = MainWindow(clock=FakeClock())
    qtbot.addWidget(win)
    win.open_path(package)
    qtbot.waitUntil(lambda: bool(asked))
    assert "pseudonym" in asked[0]
    assert [c.initials for c in win.workspace.project.coders] == ["Kim"]
    win.close()
    _, (score,) = exercises.score(demo_project, "piios", [package])
    assert score.trainee == "Kim"
