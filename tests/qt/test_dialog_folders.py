"""The New-project and Add-clips dialogs open where the user keeps files, never in the app's hidden data folder."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFileDialog

from vig_annotator.qt.main_window import MainWindow
from vig_annotator.qt.operations import projects
from vig_annotator.qt.player import FakeClock
from vig_annotator.resources import data_dir

SAMPLES = Path(__file__).resolve().parents[2] / "sample_clips"


def when_modal(act):  # type: ignore[no-untyped-def]
    def attempt() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(20, attempt)
            return
        act(dialog)
    QTimer.singleShot(0, attempt)


def demo_window(qtbot) -> MainWindow:  # type: ignore[no-untyped-def]
    win = MainWindow(clock=FakeClock())
    qtbot.addWidget(win)
    projects.open_demo(win)  # the demo's copy lives in the app's hidden data folder
    assert win.workspace.project is not None
    assert Path(win.workspace.project.path).resolve().is_relative_to(data_dir().resolve())
    return win


def new_project_folder(win: MainWindow) -> tuple[Path, Path]:
    seen: dict[str, Path] = {}

    def look(dialog) -> None:  # type: ignore[no-untyped-def]
        seen["folder"], seen["path"] = dialog.folder, Path(dialog.path.text())
        dialog.reject()

    when_modal(look)
    projects.new_project(win)
    return seen["folder"], seen["path"]


def test_after_the_demo_a_new_project_starts_in_the_documents_folder(qtbot):
    documents = Path.home() / "Documents"  # each test has its own HOME
    documents.mkdir()
    win = demo_window(qtbot)
    folder, path = new_project_folder(win)
    assert folder == documents and path.parent == documents
    win.close()


def test_without_a_documents_folder_it_is_home(qtbot):
    win = demo_window(qtbot)
    folder, path = new_project_folder(win)
    assert folder == Path.home() and path.parent == Path.home()
    win.close()


def test_add_clips_opens_in_the_usual_folder_then_where_the_last_clip_was_chosen(qtbot, tmp_path, monkeypatch):
    win = demo_window(qtbot)
    asked: list[str] = []
    chosen = tmp_path / "visits" / "clip.mp4"
    chosen.parent.mkdir()
    chosen.write_bytes((SAMPLES / "demo_clip.mp4").read_bytes() + b"\0")  # not the demo's clip (its fingerprint)

    def choose(_parent, _title, folder, *_rest, **_kw):  # type: ignore[no-untyped-def]
        asked.append(folder)
        return [str(chosen)], ""

    monkeypatch.setattr(QFileDialog, "getOpenFileNames", choose)
    before = {c.id for c in win.workspace.project.clips}
    projects.add_clips(win)
    (added,) = [c for c in win.workspace.project.clips if c.id not in before]
    assert re.fullmatch(r"C-[A-Z2-9]{5}", added.case_id)  # a pseudonym (issue 25), never "clip" (the file name)
    projects.add_clips(win)  # the same file again: already in the project, nothing new
    assert asked[0] == str(Path.home()) and asked[1] == str(chosen.parent)
    folder, _path = new_project_folder(win)  # and the New-project dialog follows the user there too
    assert folder == chosen.parent
    win.close()


def test_open_project_starts_in_the_usual_folder_and_remembers_where_a_project_was_chosen(qtbot, tmp_path, monkeypatch):
    win = demo_window(qtbot)
    asked: list[str] = []
    elsewhere = tmp_path / "studies" / "gone.vigproj"  # not there: the open fails, the folder is still the user's
    elsewhere.parent.mkdir()

    def choose(_parent, _title, folder, *_rest, **_kw):  # type: ignore[no-untyped-def]
        asked.append(folder)
        return str(elsewhere), ""

    monkeypatch.setattr(QFileDialog, "getOpenFileName", choose)
    monkeypatch.setattr(projects.QMessageBox, "warning", lambda *a, **k: None)
    projects.open_project(win)
    projects.open_project(win)
    assert asked == [str(Path.home()), str(elsewhere.parent)]
    win.close()
