"""The picture is big enough to code: measured at laptop and desktop sizes, in both themes and three languages.

Fresh settings, the demo open, the window maximised on a screen of that size (tests/qt/screens.json gives
the offscreen platform one of each); then again after each closable panel has been opened and closed, and
after Reset layout.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QApplication, QDockWidget, QTabBar

from vig_annotator.qt import language, theme
from vig_annotator.qt.analysis_panel import AnalysisPanel
from vig_annotator.qt.main_window import MainWindow
from vig_annotator.qt.player import FakeClock
from vig_annotator.qt.reliability_view import ReliabilityView
from vig_annotator.qt.timeline_layout import RULER_H

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


def open_demo(qtbot, demo_copy: Path, size: tuple[int, int], maximise_on, settled) -> MainWindow:  # type: ignore[no-untyped-def]
    """As the app starts: the window shown (maximised on a screen of that size), then the demo opened in it."""
    win = MainWindow(clock=FakeClock())
    qtbot.addWidget(win)
    maximise_on(win, size)
    qtbot.waitExposed(win)
    win.open_path(demo_copy)
    settled(win)
    return win


def assert_big_enough(win: MainWindow, least: tuple[int, int], least_rows: int, where: str) -> None:
    shown = picture(win)
    assert shown.width() >= least[0] and shown.height() >= least[1], f"{where}: picture {shown.toTuple()}"
    assert rows(win) >= least_rows, f"{where}: {rows(win)} px of timeline rows"


ALL = [(scheme, code) for scheme in ("light", "dark") for code in ("en", "nl", "de")]


@pytest.mark.parametrize("dressed", ALL, indirect=True, ids=[f"{s}-{c}" for s, c in ALL])
@pytest.mark.parametrize(("size", "least", "least_rows"), SIZES, ids=[f"{w}x{h}" for (w, h), _, _ in SIZES])
def test_the_picture_and_rows_at_fresh_settings_and_after_every_panel(  # type: ignore[no-untyped-def]
        qtbot, demo_copy, dressed, size, least, least_rows, maximise_on, settled) -> None:
    win = open_demo(qtbot, demo_copy, size, maximise_on, settled)
    assert_big_enough(win, least, least_rows, "fresh")
    first = (picture(win), rows(win))
    project = win.workspace.project
    assert win.screen().size().toTuple() == size
    for name, view in [("dock_reliability", ReliabilityView(project, 1, 2, win.clock.seek)),
                       ("dock_analysis", AnalysisPanel(project, run=win.workspace.run))]:
        win.show_in_dock(name, name, view)
        qtbot.wait(10)
        dock = win.findChild(QDockWidget, name)
        assert dock is not None
        dock.close()
        qtbot.waitUntil(lambda n=name: win.findChild(QDockWidget, n) is None)
        settled(win)
        assert (picture(win), rows(win)) == first, f"after {name} closed"  # its room given back
    win.reset_layout()
    settled(win)
    assert_big_enough(win, least, least_rows, "after Reset layout")
    for bar in win.findChildren(QTabBar):  # the dock tabs read whole, not "C…", "R…"
        for i in range(bar.count()):
            assert "…" not in bar.tabText(i)
            assert bar.tabRect(i).width() >= bar.fontMetrics().horizontalAdvance(bar.tabText(i)), bar.tabText(i)
    win.close()


def test_focus_view_shows_only_video_and_timeline_and_the_same_key_brings_the_panels_back(  # type: ignore[no-untyped-def]
        qtbot, demo_copy, maximise_on, settled) -> None:
    win = open_demo(qtbot, demo_copy, (1366, 768), maximise_on, settled)
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
