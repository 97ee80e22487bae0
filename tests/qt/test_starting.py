"""Starting the app: no display, the start page, a video opened directly, a new project."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from vig_annotator.qt.dialogs import NewProjectDialog
from vig_annotator.qt.main_window import MainWindow
from vig_annotator.qt.player import FakeClock
from vig_annotator.store.opening import open_project

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = ROOT / "sample_clips"


def when_modal(act):  # type: ignore[no-untyped-def]
    """Run ``act(dialog)`` on the next modal dialog once it is showing (dialogs block in exec)."""
    def attempt() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(20, attempt)
            return
        act(dialog)
    QTimer.singleShot(0, attempt)


def click_create(qtbot, dialog) -> None:  # type: ignore[no-untyped-def]
    button = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_no_display_is_explained_with_exit_2_instead_of_a_qt_abort(tmp_path):
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env["PYTHONPATH"] = str(ROOT)
    run = subprocess.run([sys.executable, "-m", "vig_annotator.cli"], env=env, capture_output=True, text=True,
                         timeout=120, cwd=tmp_path)
    assert run.returncode == 2
    assert "no display" in run.stderr
    assert "vig-annotator info" in run.stderr and "QT_QPA_PLATFORM=offscreen" in run.stderr
    assert "Traceback" not in run.stderr and "Reinstalling" not in run.stderr


def test_nothing_open_shows_the_start_page_not_an_empty_workstation(qtbot, demo_copy):
    win = MainWindow(clock=FakeClock())
    qtbot.addWidget(win)
    win.remember(demo_copy)
    win.show()
    assert win.pages.currentWidget() is win.start_page
    assert not any(dock.isVisible() for dock in win.docks.values())
    assert win.start_page.recent.count() == 1
    item = win.start_page.recent.item(0)
    assert "demo.vigproj" in item.text()
    win.start_page.recent.itemActivated.emit(item)  # what Enter or a double-click sends
    assert win.workspace.project is not None
    assert win.pages.currentWidget() is win.splitter
    assert win.docks["codes"].isVisible()
    win.close()


def test_a_failed_open_and_a_closed_project_land_on_the_start_page(qtbot, demo_copy, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from vig_annotator.qt.operations import projects

    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: QMessageBox.StandardButton.Ok)
    win = MainWindow(clock=FakeClock())
    qtbot.addWidget(win)
    win.show()
    broken = tmp_path / "broken.vigproj"
    broken.write_text("not a project")
    projects.open_reporting(win, broken)
    assert win.pages.currentWidget() is win.start_page
    assert win.start_page.problem.isVisible() and "broken.vigproj" in win.start_page.problem.text()
    # issue 25: one clear message, naming the file once (not "Could not open X: X: …")
    not_a_project = "is not a vig-annotator project (not a project database)"
    assert win.start_page.problem.text() == f"Could not open {broken}: {not_a_project}"
    for target, reason in ((tmp_path / "gone.vigproj", "no such file"),
                           (tmp_path, "is a folder, not a vig-annotator project")):
        projects.open_reporting(win, target)
        assert win.start_page.problem.text() == f"Could not open {target}: {reason}"
    projects.open_reporting(win, demo_copy)
    assert win.pages.currentWidget() is win.splitter and not win.start_page.problem.isVisible()
    win.actions_by_id["close_project"].trigger()
    assert win.workspace.project is None
    assert win.pages.currentWidget() is win.start_page
    assert "demo.vigproj" in win.start_page.recent.item(0).text()
    win.close()


def test_an_unreadable_video_is_refused_before_any_dialog_or_file(qtbot, tmp_path, monkeypatch):
    from vig_annotator.media.probe import MediaError
    from vig_annotator.qt.operations import projects

    fake = tmp_path / "holiday.mp4"
    fake.write_text("this is not a video")
    monkeypatch.setattr(NewProjectDialog, "exec", lambda self: (_ for _ in ()).throw(AssertionError("asked")))
    win = MainWindow(clock=FakeClock())
    qtbot.addWidget(win)
    try:
        projects.open_video(win, fake)
    except MediaError as exc:
        assert "holiday.mp4" in str(exc)
    else:
        raise AssertionError("an unreadable video was not refused")
    assert not fake.with_suffix(".vigproj").exists()
    win.close()


def test_opening_a_video_is_two_clicks_and_the_case_id_is_a_pseudonym(qtbot, tmp_path):
    video = tmp_path / "Smith family 2026-03-01.mp4"
    shutil.copy2(SAMPLES / "demo_clip.mp4", video)
    win = MainWindow(clock=FakeClock())
    qtbot.addWidget(win)
    win.settings.setValue("last_coder", "AB")
    seen = {}

    def fill(dialog) -> None:  # type: ignore[no-untyped-def]
        seen["case"] = dialog.case_id.text()
        seen["scheme"] = dialog.scheme.currentData()
        seen["path"] = dialog.path.text()
        dialog.consent["supervision"].setChecked(True)
        click_create(qtbot, dialog)

    when_modal(fill)
    win.open_path(video)
    assert re.fullmatch(r"C-[A-Z2-9]{5}", seen["case"])
    assert "Smith" not in seen["case"]
    assert seen["scheme"] == "piios"
    assert seen["path"] == str(video.parent / f"{seen['case']}.vigproj")  # named by the case ID, not the family
    project = win.workspace.project
    assert project is not None
    clip = project.clips[0]
    assert clip.case_id == seen["case"] and clip.consent == ("supervision",)
    assert project.sessions[0].scheme_id == "piios"
    assert project.coder(project.sessions[0].coder_id).initials == "AB"
    win.close()
    reopened = open_project(video.parent / f"{seen['case']}.vigproj", read_only=True)
    assert reopened.clips[0].case_id == seen["case"]
    reopened.close()


def test_the_new_project_dialog_refuses_the_file_name_as_case_id(qtbot, tmp_path):
    video = tmp_path / "Jones.mp4"
    dialog = NewProjectDialog(None, [video], tmp_path, coder="AB")
    qtbot.addWidget(dialog)
    dialog.case_id.setText("Jones")
    assert "file name" in dialog.problem()
    dialog.case_id.setText("C-22222")
    dialog.coder.setText("")
    assert "coder" in dialog.problem()
    dialog.coder.setText("AB")
    assert dialog.problem() == ""


def test_file_new_project_uses_the_same_dialog_and_remembers_the_choices(qtbot, tmp_path, monkeypatch):
    from vig_annotator.qt.operations import projects

    win = MainWindow(clock=FakeClock())
    qtbot.addWidget(win)
    target = tmp_path / "study.vigproj"

    def fill(dialog) -> None:  # type: ignore[no-untyped-def]
        assert isinstance(dialog, NewProjectDialog)
        dialog.coder.setText("QR")
        dialog.scheme.setCurrentIndex(dialog.scheme.findData("vig"))
        dialog.path.setText(str(target))
        click_create(qtbot, dialog)

    when_modal(fill)
    qtbot.mouseClick(win.start_page.new_button, Qt.MouseButton.LeftButton)
    assert win.workspace.project is not None and Path(win.workspace.project.path) == target
    assert win.settings.value("last_coder") == "QR" and win.settings.value("last_scheme") == "vig"
    seen = {}

    def look(dialog) -> None:  # type: ignore[no-untyped-def]
        seen["coder"], seen["scheme"] = dialog.coder.text(), dialog.scheme.currentData()
        dialog.reject()

    when_modal(look)
    projects.new_project(win)
    assert seen == {"coder": "QR", "scheme": "vig"}
    win.close()


@pytest.mark.parametrize("display", [":99", "localhost:87.0", "unix:98"])
def test_an_unreachable_display_is_explained_with_exit_2_instead_of_a_qt_abort(tmp_path, display):
    """A stale SSH session leaves DISPLAY set with nothing behind it: say so, exit 2 (not Qt's abort, 134)."""
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env.update(PYTHONPATH=str(ROOT), DISPLAY=display)
    run = subprocess.run([sys.executable, "-m", "vig_annotator.cli"], env=env, capture_output=True, text=True,
                         timeout=120, cwd=tmp_path)
    assert run.returncode == 2, run.stderr
    assert f"the display {display} cannot be reached" in run.stderr.splitlines()[0]
    assert "Traceback" not in run.stderr and "Reinstalling" not in run.stderr and "qt." not in run.stderr


def test_the_terminal_stays_quiet_unless_verbose_is_asked_for(tmp_path):
    """`make run`'s terminal: no PipeWire/PulseAudio/FFmpeg/Qt Multimedia chatter; `--verbose` shows it."""
    env = {k: v for k, v in os.environ.items() if k not in ("QT_LOGGING_RULES", "VIG_ANNOTATOR_DEBUG")}
    env.update(PYTHONPATH=str(ROOT), QT_QPA_PLATFORM="offscreen", VIG_ANNOTATOR_EXIT_AFTER_MS="2500",
               XDG_DATA_HOME=str(tmp_path / "data"), XDG_CONFIG_HOME=str(tmp_path / "config"))

    def started(*extra: str) -> str:
        run = subprocess.run([sys.executable, "-m", "vig_annotator.cli", *extra], env=env, capture_output=True,
                             text=True, timeout=120, cwd=tmp_path)
        assert run.returncode == 0, run.stderr
        return run.stderr

    chatter = ("qt.multimedia", "PulseAudio", "pipewire", "Input #0", "Stream #0")
    quiet = started()
    assert not [line for line in quiet.splitlines() if any(word in line for word in chatter)], quiet
    assert any(word in started("--verbose") for word in chatter)  # asked for: the messages are there


@given(st.sampled_from(["p.vigproj", "visits/p.vigproj", "/data/visits/p.vigproj", "Home visit.mp4"]),
       st.text(min_size=1, max_size=40).filter(lambda t: "vigproj" not in t and "mp4" not in t))
def test_the_open_problem_names_the_file_once_whatever_the_reason(target, reason):
    from vig_annotator.qt.start_page import open_problem

    for error in (f"{target}: {reason}", reason, f"{Path(target).name}: {reason}"):
        text = open_problem(target, error)
        assert text == f"Could not open {target}: {reason}"
        assert text.count(Path(target).name) == 1
