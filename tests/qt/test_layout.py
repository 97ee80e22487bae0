"""The window fits small screens, panels do not push it past the screen, and the layout is kept and resettable."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QDockWidget, QFileDialog

from vig_annotator.qt.analysis_panel import AnalysisPanel
from vig_annotator.qt.main_window import MainWindow
from vig_annotator.qt.operations import files
from vig_annotator.qt.player import FakeClock
from vig_annotator.qt.reliability_view import ReliabilityView


def test_the_window_can_shrink_to_640_by_400_without_overlapping(demo_window):
    wanted = QSize(640, 400)
    assert demo_window.minimumSizeHint().width() <= wanted.width()
    assert demo_window.minimumSizeHint().height() <= wanted.height()
    demo_window.resize(wanted)
    demo_window.layout().activate()
    assert demo_window.minimumSizeHint().height() <= wanted.height()  # the transport now scrolls sideways
    # every visible dock and the central area lie side by side inside the window, none on another
    boxes = [demo_window.centralWidget().geometry()] + [
        d.geometry() for d in demo_window.docks.values() if d.isVisible() and not d.visibleRegion().isEmpty()]
    for i, a in enumerate(boxes):
        assert demo_window.rect().contains(a)
        for b in boxes[i + 1:]:
            assert not a.intersects(b)


def test_the_reliability_panel_stays_within_the_screen_and_closing_it_restores_the_layout(qtbot, demo_window):
    area = demo_window.screen().availableGeometry()
    demo_window.resize(min(1024, area.width()), min(640, area.height()))
    qtbot.wait(10)
    before = {n: d.geometry() for n, d in demo_window.docks.items()}
    central = demo_window.centralWidget().geometry()
    view = ReliabilityView(demo_window.workspace.project, 1, 2, demo_window.clock.seek)
    demo_window.show_in_dock("Reliability", "dock_reliability", view)
    qtbot.wait(10)
    assert demo_window.width() <= area.width() and demo_window.height() <= area.height()
    dock = demo_window.findChild(QDockWidget, "dock_reliability")
    assert dock is not None and dock.isVisible()
    dock.close()
    qtbot.waitUntil(lambda: demo_window.findChild(QDockWidget, "dock_reliability") is None)
    qtbot.wait(10)
    assert {n: d.geometry() for n, d in demo_window.docks.items()} == before
    assert demo_window.centralWidget().geometry() == central


def test_a_panel_opens_across_the_whole_bottom_and_closing_it_gives_the_picture_back(qtbot, demo_window):
    win = demo_window
    picture = win.video.size()
    view = ReliabilityView(win.workspace.project, 1, 2, win.clock.seek)
    win.show_in_dock("Reliability", "dock_reliability", view)
    qtbot.wait(10)
    dock = win.findChild(QDockWidget, "dock_reliability")
    qtbot.waitUntil(lambda: not dock.visibleRegion().isEmpty())
    assert win.dockWidgetArea(dock) == Qt.DockWidgetArea.BottomDockWidgetArea
    assert dock.width() >= win.centralWidget().width() + win.docks["codes"].width()  # under the video and the tabs
    dock.close()
    qtbot.waitUntil(lambda: win.findChild(QDockWidget, "dock_reliability") is None)
    qtbot.wait(10)
    assert win.video.size() == picture


def test_reset_layout_puts_every_panel_back(qtbot, demo_window):
    win = demo_window
    win.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, win.docks["segments"])
    win.docks["codes"].hide()
    win.docks["ratings"].setFloating(True)
    win.actions_by_id["reset_layout"].trigger()
    qtbot.wait(10)
    for name in ("segments", "codes", "ratings", "moments"):  # tabs beside the video
        assert win.dockWidgetArea(win.docks[name]) == Qt.DockWidgetArea.RightDockWidgetArea
    assert win.docks["segments"] in win.tabifiedDockWidgets(win.docks["codes"])
    assert not win.docks["ratings"].isFloating()
    assert win.docks["codes"].isVisible() and win.docks["segments"].isVisible()


def test_the_panel_layout_is_saved_and_restored(qtbot, demo_copy):
    first = MainWindow(clock=FakeClock())
    qtbot.addWidget(first)
    first.open_path(demo_copy)
    first.show()
    first.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, first.docks["segments"])
    first.docks["moments"].hide()
    first.close()
    second = MainWindow(clock=FakeClock())
    qtbot.addWidget(second)
    second.open_path(demo_copy)
    second.show()
    assert second.dockWidgetArea(second.docks["segments"]) == Qt.DockWidgetArea.LeftDockWidgetArea
    assert not second.docks["moments"].isVisible()
    assert second.docks["codes"].isVisible()
    second.close()


def test_export_opens_in_the_project_folder_and_writes_normal_permissions(demo_window, qtbot, monkeypatch, tmp_path):
    asked = {}

    def save_name(parent, caption, suggested, *rest):  # type: ignore[no-untyped-def]
        asked["suggested"] = suggested
        return str(tmp_path / "out.csv"), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_name)
    job = files.export(demo_window, "csv")
    assert job is not None
    qtbot.waitUntil(lambda: (tmp_path / "out.csv").exists(), timeout=20000)  # written on a worker thread
    assert os.path.dirname(asked["suggested"]) == str(tmp_path)  # the demo copy's folder
    umask = os.umask(0)
    os.umask(umask)
    written = [p for p in tmp_path.iterdir() if p.name.startswith("out")]
    assert written
    for path in written:
        assert stat.S_IMODE(path.stat().st_mode) == 0o666 & ~umask


def test_exports_of_the_demo_in_the_hidden_data_folder_default_to_home(qtbot, monkeypatch):
    from vig_annotator.resources import data_dir, demo_project_copy

    demo = demo_project_copy()
    assert demo.is_relative_to(data_dir())
    assert files.export_folder(demo) == files.Path.home()


def test_a_panel_opened_again_replaces_itself_and_closing_it_still_restores_the_layout(qtbot, demo_window):
    win = demo_window
    before = {n: d.geometry() for n, d in win.docks.items()}
    for _ in range(2):
        view = ReliabilityView(win.workspace.project, 1, 2, win.clock.seek)
        win.show_in_dock("Reliability", "dock_reliability", view)
        qtbot.wait(10)
    qtbot.waitUntil(lambda: len(win.findChildren(QDockWidget, "dock_reliability")) == 1)
    win.findChild(QDockWidget, "dock_reliability").close()
    qtbot.waitUntil(lambda: win.findChild(QDockWidget, "dock_reliability") is None)
    qtbot.wait(10)
    assert {n: d.geometry() for n, d in win.docks.items()} == before


def _picture_and_rows(win: MainWindow) -> tuple[tuple[int, int], int]:
    shown = QSize(16, 9).scaled(win.video.size(), Qt.AspectRatioMode.KeepAspectRatio)  # the demo's 16:9 frame
    return shown.toTuple(), win.timeline_scroll.viewport().height()


def _open_panel(win: MainWindow, name: str) -> None:
    project = win.workspace.project
    view = (ReliabilityView(project, 1, 2, win.clock.seek) if name == "dock_reliability"
            else AnalysisPanel(win.workspace))
    win.show_in_dock(name, name, view)


def _close_panel(qtbot, win: MainWindow, name: str) -> None:  # type: ignore[no-untyped-def]
    win.findChild(QDockWidget, name).close()
    qtbot.waitUntil(lambda: win.findChild(QDockWidget, name) is None)


R, A = "dock_reliability", "dock_analysis"
WAYS = {  # how a coder might open and close panels; afterwards the picture and rows are as before
    "two open, the first closed first": lambda q, w, s: [_open_panel(w, R), s(w), _open_panel(w, A), s(w),
                                                          _close_panel(q, w, R), s(w), _close_panel(q, w, A)],
    "two open, the last closed first": lambda q, w, s: [_open_panel(w, R), s(w), _open_panel(w, A), s(w),
                                                         _close_panel(q, w, A), s(w), _close_panel(q, w, R)],
    "Reset layout with a panel open": lambda q, w, s: [_open_panel(w, R), s(w), w.reset_layout()],
    "floated, then closed": lambda q, w, s: [_open_panel(w, R), s(w), w.findChild(QDockWidget, R).setFloating(True),
                                             s(w), _close_panel(q, w, R)],
    "focus view on and off while open": lambda q, w, s: [_open_panel(w, R), s(w), w.toggle_focus(), s(w),
                                                         w.toggle_focus(), s(w), _close_panel(q, w, R)],
    "window made smaller while open, maximised again after": lambda q, w, s: [
        _open_panel(w, R), s(w), w.showNormal(), w.resize(900, 560), s(w), _close_panel(q, w, R), s(w),
        w.showMaximized()],
    "Reset layout, then another panel": lambda q, w, s: [_open_panel(w, R), s(w), w.reset_layout(), s(w),
                                                         _open_panel(w, A), s(w), _close_panel(q, w, A)],
}


@pytest.mark.parametrize("way", list(WAYS))
def test_closed_panels_give_the_picture_back_and_reset_layout_restores_it(  # type: ignore[no-untyped-def]
        qtbot, demo_on_screen, settled, way) -> None:
    win = demo_on_screen((1366, 768))
    first = _picture_and_rows(win)
    WAYS[way](qtbot, win, settled)
    settled(win)
    assert _picture_and_rows(win) == first
    win.reset_layout()
    settled(win)
    assert _picture_and_rows(win) == first
    win.close()


def test_panels_open_when_the_app_closed_do_not_shrink_the_picture_next_time(  # type: ignore[no-untyped-def]
        demo_on_screen, settled) -> None:
    seen = []
    for run in range(3):
        win = demo_on_screen((1366, 768))
        seen.append(_picture_and_rows(win))
        if run == 0:
            _open_panel(win, R)
            settled(win)
            _open_panel(win, A)
            settled(win)
        if run == 2:
            win.reset_layout()
            settled(win)
            seen.append(_picture_and_rows(win))
        win.close()
    (width, height), rows = seen[0]
    for (w, h), r in seen[1:]:  # the saved splitter may round a pixel the other way
        assert abs(w - width) <= 2 and abs(h - height) <= 2 and abs(r - rows) <= 2, seen


FRESH_SIZE = """
import sys
from PySide6.QtWidgets import QApplication
app = QApplication([])
from vig_annotator.qt.main_window import MainWindow
from vig_annotator.qt.player import FakeClock
win = MainWindow(clock=FakeClock())
print(win.size().width(), win.size().height())
"""


def test_fresh_settings_open_the_window_at_the_whole_screen_and_a_saved_size_wins(  # type: ignore[no-untyped-def]
        qtbot, tmp_path) -> None:
    screen = tmp_path / "screen.json"
    screen.write_text('{"screens": [{"name": "big", "x": 0, "y": 0, "width": 1920, "height": 1080, '
                      '"logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}')
    root = str(Path(__file__).resolve().parents[2])
    env = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={screen}", "HOME": str(tmp_path), "PYTHONPATH": root,
           "XDG_CONFIG_HOME": str(tmp_path / "config"), "XDG_DATA_HOME": str(tmp_path / "data")}
    run = subprocess.run([sys.executable, "-c", FRESH_SIZE], env=env, capture_output=True, text=True, timeout=60)
    assert run.returncode == 0, run.stderr
    assert run.stdout.split() == ["1920", "1080"]  # as maximised on a desktop screen, not a fixed 1400x900
    first = MainWindow(clock=FakeClock())
    qtbot.addWidget(first)
    first.resize(700, 500)
    first.show()
    qtbot.waitExposed(first)
    first.close()
    second = MainWindow(clock=FakeClock())
    qtbot.addWidget(second)
    assert second.size() == QSize(700, 500)
    second.close()


def test_the_dock_tabs_read_whole_after_a_restart_too(qtbot, qapp, demo_copy, maximise_on, settled) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QTabBar

    from vig_annotator.qt import language

    assert language.install(qapp, "de") == "de"  # the longest tab names: Bewertungen, Momente, Segmente
    try:
        for run in ("fresh", "restarted"):  # the second window restores the layout the first saved
            win = MainWindow(clock=FakeClock())
            qtbot.addWidget(win)
            maximise_on(win, (1024, 640))
            win.open_path(demo_copy)
            settled(win)
            tabs = [(bar, i) for bar in win.findChildren(QTabBar) if bar.isVisible() for i in range(bar.count())]
            assert len(tabs) >= 4, run
            for bar, i in tabs:
                text = bar.tabText(i)
                assert bar.tabRect(i).width() >= bar.fontMetrics().horizontalAdvance(text), f"{run}: {text!r} cut"
            win.resizeDocks([win.docks["codes"]], [240], Qt.Orientation.Horizontal)  # narrowed by the coder, kept
            settled(win)
            win.close()
    finally:
        language.remove(qapp)
