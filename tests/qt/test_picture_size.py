"""The picture is big enough to code: measured at laptop and desktop sizes, in both themes and three languages.

Fresh settings, the demo open, the window maximised on a screen of that size (tests/qt/screens.json gives
the offscreen platform one of each); then again after each closable panel has been opened and closed, and
after Reset layout.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtWidgets import QApplication, QDockWidget, QScrollArea, QTabBar, QWidget

from vig_annotator.projects import add_clip, add_coder, start_session
from vig_annotator.qt import language, theme
from vig_annotator.qt.analysis_panel import AnalysisPanel
from vig_annotator.qt.camera_dialog import CameraChoice
from vig_annotator.qt.exercise_view import ExerciseScoreView
from vig_annotator.qt.main_window import MainWindow
from vig_annotator.qt.operations import cameras
from vig_annotator.qt.reliability_view import ReliabilityView
from vig_annotator.qt.timeline_layout import RULER_H
from vig_annotator.qt.transcript_panel import TranscriptPanel
from vig_annotator.reliability import exercises
from vig_annotator.schemes import builtin
from vig_annotator.store.opening import create_project

# (screen, smallest picture, fewest pixels of timeline rows); 1024×640 only has to stay usable
SIZES = [((1366, 768), (640, 360), 240), ((1920, 1080), (960, 540), 300), ((1024, 640), (400, 225), 180)]


def picture(win: MainWindow) -> QSize:
    """The clip's frame as painted: the demo's 16:9 frame scaled into the video view, letterboxed."""
    return QSize(16, 9).scaled(win.video.size(), Qt.AspectRatioMode.KeepAspectRatio)


def rows(win: MainWindow) -> int:
    """Pixels of timeline rows in view: the timeline's visible height under its time ruler."""
    return win.timeline_scroll.viewport().height() - RULER_H


@pytest.fixture
def dressed(qapp: QApplication, request: pytest.FixtureRequest) -> Iterator[tuple[str, str]]:
    scheme, code = request.param
    assert language.install(qapp, code) == code
    theme.current().set_choice(scheme)
    yield scheme, code
    theme.current().set_choice("system")
    language.remove(qapp)


def assert_big_enough(win: MainWindow, least: tuple[int, int], least_rows: int, where: str) -> None:
    shown = picture(win)
    assert shown.width() >= least[0] and shown.height() >= least[1], f"{where}: picture {shown.toTuple()}"
    assert rows(win) >= least_rows, f"{where}: {rows(win)} px of timeline rows"


def panels(win: MainWindow, tmp_path: Path) -> list[tuple[str, QWidget]]:
    """Every closable panel, as its menu opens it: Reliability, Analysis, Exercise scores and Transcript."""
    project = win.workspace.project
    assert project is not None
    exercises.create_exercise(project, "piios", [3], "items_exact", 0.8)
    package = exercises.package(project, "piios", tmp_path / "returned.vigproj")
    exercise, scores = exercises.score(project, "piios", [package])
    return [("dock_reliability", ReliabilityView(project, 1, 2, win.clock.seek)),
            ("dock_analysis", AnalysisPanel(win.workspace)),
            ("dock_exercise_scores", ExerciseScoreView(exercise, scores, lambda _fingerprint, _ms: None)),
            ("dock_transcript", TranscriptPanel(win.workspace, win.clock))]


def whole_in_view(widget: QWidget, area: QScrollArea) -> bool:
    """The widget lies wholly inside the scroll area's visible part (not cut at its edge)."""
    box = QRect(widget.mapTo(area.viewport(), widget.rect().topLeft()), widget.size())
    return area.viewport().rect().contains(box)


def assert_tabs_usable(win: MainWindow, size: tuple[int, int]) -> None:
    """The rating buttons fit beside the video without sideways scrolling; Moments shows its principles tree."""
    win.docks["ratings"].raise_()
    QApplication.processEvents()
    area = win.ratings.items_area
    area.widget().layout().activate()
    assert not area.horizontalScrollBar().isVisible(), f"{size}: the score sheet scrolls sideways"
    first = next(iter(win.ratings.groups.values()))
    for button in first.values():  # 0, 2, 4 and n/o of the first item, all on screen, text whole
        assert whole_in_view(button, area), f"{size}: rating button {button.text()!r} cut off"
        assert button.width() >= button.fontMetrics().horizontalAdvance(button.text())
    win.docks["moments"].raise_()
    QApplication.processEvents()
    tree = win.moments.tree
    assert tree.topLevelItemCount() >= 5
    shown_rows = tree.viewport().height() // tree.sizeHintForRow(0)
    assert shown_rows >= 12, f"{size}: the principles tree shows {shown_rows} rows"
    win.docks["codes"].raise_()
    QApplication.processEvents()


ALL = [(scheme, code) for scheme in ("light", "dark") for code in ("en", "nl", "de")]


@pytest.mark.parametrize("dressed", ALL, indirect=True, ids=[f"{s}-{c}" for s, c in ALL])
@pytest.mark.parametrize(("size", "least", "least_rows"), SIZES, ids=[f"{w}x{h}" for (w, h), _, _ in SIZES])
def test_the_picture_and_rows_at_fresh_settings_and_after_every_panel(  # type: ignore[no-untyped-def]
        qtbot, demo_on_screen, dressed, size, least, least_rows, settled, tmp_path) -> None:
    win = demo_on_screen(size)
    assert_big_enough(win, least, least_rows, "fresh")
    first = (picture(win), rows(win))
    assert win.screen().size().toTuple() == size
    assert_tabs_usable(win, size)
    for name, view in panels(win, tmp_path):
        win.show_in_dock(name, name, view)
        settled(win)
        dock = win.findChild(QDockWidget, name)
        assert dock is not None
        dock.close()
        qtbot.waitUntil(lambda n=name: win.findChild(QDockWidget, n) is None)
        settled(win)
        assert (picture(win), rows(win)) == first, f"after {name} closed"  # its room given back
    win.reset_layout()
    settled(win)
    assert_big_enough(win, least, least_rows, "after Reset layout")
    assert_tabs_usable(win, size)
    for bar in win.findChildren(QTabBar):  # the dock tabs read whole, not "C…", "R…"
        for i in range(bar.count()):
            assert "…" not in bar.tabText(i)
            assert bar.tabRect(i).width() >= bar.fontMetrics().horizontalAdvance(bar.tabText(i)), bar.tabText(i)
    win.close()


def test_focus_view_shows_only_video_and_timeline_and_the_same_key_brings_the_panels_back(  # type: ignore[no-untyped-def]
        qtbot, demo_on_screen, settled) -> None:
    win = demo_on_screen((1366, 768))
    before = picture(win)
    shown = {name for name, dock in win.docks.items() if dock.isVisible()}
    win.actions_by_id["focus_view"].trigger()
    settled(win)
    assert not any(dock.isVisible() for dock in win.docks.values())
    assert not win.session_bar.isVisible()
    grown = picture(win)
    assert grown.width() > before.width() and grown.height() >= before.height()
    assert win.actions_by_id["focus_view"].shortcut().toString() == "F11"
    win.actions_by_id["focus_view"].trigger()
    settled(win)
    assert {name for name, dock in win.docks.items() if dock.isVisible()} == shown
    assert win.session_bar.isVisible()
    assert picture(win) == before
    win.close()


@pytest.fixture(scope="module")
def camera_pair(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    import clipmaker

    return clipmaker.camera_pair(tmp_path_factory.mktemp("two_cameras"), 3.2)


TWO_CAMERAS = [((1024, 640), (320, 180)), ((1366, 768), (480, 270)), ((1920, 1080), (720, 405))]


@pytest.mark.parametrize(("size", "least"), TWO_CAMERAS, ids=[f"{w}x{h}" for (w, h), _ in TWO_CAMERAS])
def test_two_cameras_side_by_side_are_each_big_enough_to_code(  # type: ignore[no-untyped-def]
        qtbot, tmp_path, camera_pair, maximise_on, settled, size, least) -> None:
    project = create_project(tmp_path / "cams.vigproj")
    clip = add_clip(project, camera_pair[0], case_id="DYAD-1")
    start_session(project, clip, add_coder(project, "XY"), builtin("demo"))
    project.close()
    win = MainWindow(audio=False)  # real players, no sound device needed
    qtbot.addWidget(win)
    maximise_on(win, size)
    qtbot.waitExposed(win)
    with qtbot.waitSignal(win.clock.frame_ready, timeout=10_000):
        win.open_path(tmp_path / "cams.vigproj")
    cameras.add_chosen(win, CameraChoice(camera_pair[1], "infant", 3200, "hand", None))
    win.cameras.change_layout("side")
    settled(win)
    views = [win.video, *(player.view for player in win.cameras.players)]
    assert len(views) == 2 and all(view.isVisible() for view in views)
    for view in views:  # a 16:9 camera's frame as painted in its tile
        shown = QSize(16, 9).scaled(view.size(), Qt.AspectRatioMode.KeepAspectRatio)
        assert shown.width() >= least[0] and shown.height() >= least[1], f"{size}: a camera is {shown.toTuple()}"
    assert rows(win) >= 180
    win.close()
