"""Opening a session whose clip has gone: the picture says where it was and the app offers to find it."""

from __future__ import annotations

from pathlib import Path

from vig_annotator.qt.main_window import MainWindow
from vig_annotator.qt.player import FakeClock
from vig_annotator.store.opening import open_project


def _window_without_clip(qtbot, demo_copy: Path) -> tuple[MainWindow, list[str]]:  # type: ignore[no-untyped-def]
    (demo_copy.parent / "demo_clip.mp4").unlink()  # moved away since the project was made
    win = MainWindow(clock=FakeClock())
    qtbot.addWidget(win)
    offered: list[str] = []
    win.clip_loader.relink = lambda: offered.append("relink")  # instead of the file dialog
    return win, offered


def test_a_missing_clip_is_named_over_the_picture_and_relinking_offered(qtbot, demo_copy: Path) -> None:  # type: ignore[no-untyped-def]
    win, offered = _window_without_clip(qtbot, demo_copy)
    win.open_path(demo_copy)
    assert "Clip missing" in win.video.message and "demo_clip.mp4" in win.video.message
    assert "Relink missing clip" in win.video.message  # where to go to find it
    qtbot.waitUntil(lambda: offered == ["relink"])
    assert not win.statusBar().currentMessage().startswith("Opened")


def test_a_read_only_project_with_a_missing_clip_does_not_offer_to_relink(qtbot, demo_copy: Path) -> None:  # type: ignore[no-untyped-def]
    win, offered = _window_without_clip(qtbot, demo_copy)
    win.set_project(open_project(demo_copy, read_only=True))
    assert "Clip missing" in win.video.message
    qtbot.wait(50)
    assert offered == []
    assert "[READ-ONLY]" in win.session_label.text()
