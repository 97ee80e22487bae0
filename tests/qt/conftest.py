"""Workstation fixtures: a main window on a temporary project, driven by a fake clock."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
SCREENS = Path(__file__).with_name("screens.json")
"""Beside offscreen's default 800x600 (named to sort first, so it stays the primary screen), a screen of each
size the layout tests measure at: 1024x640, 1366x768 and 1920x1080, side by side."""
if os.environ["QT_QPA_PLATFORM"] == "offscreen":
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={SCREENS}"
os.environ.setdefault("QT_LOGGING_RULES", "qt.multimedia.*=false")

from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtGui import QGuiApplication  # noqa: E402
from PySide6.QtWidgets import QWidget  # noqa: E402

from vig_annotator.qt.main_window import MainWindow  # noqa: E402
from vig_annotator.qt.player import FakeClock  # noqa: E402


@pytest.fixture(autouse=True, scope="session")
def _garbage_collected_on_the_gui_thread(qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    """As in the app: a worker thread must never collect (and so destroy) a closed window's Qt objects."""
    from vig_annotator.qt import gui_thread

    gui_thread.install()
    gui_thread.collect_garbage_on_gui_thread()
    yield
    from vig_annotator.qt import jobs

    assert jobs.stop_all() == [], "worker threads still running at the end of the GUI tests"
    gui_thread.release_before_exit()  # as the app does: nothing Qt is left to die during interpreter shutdown


@pytest.fixture(autouse=True)
def _own_qsettings(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """Each GUI test gets its own settings file: QSettings fixes its folder on first use, so set it here."""
    folder = tmp_path_factory.mktemp("qsettings")
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, str(folder))
    yield


@pytest.fixture
def window(qtbot, blank_copy) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    """The workstation on a new project (demo clip, coder XY, one empty demo-scheme session)."""
    win = MainWindow(clock=FakeClock())
    qtbot.addWidget(win)
    win.open_path(blank_copy)
    win.show()
    qtbot.waitExposed(win)
    win.timeline.setFocus()
    yield win
    win.close()


def settle(qtbot, win: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """Wait until the window's layout stops moving (the fresh layout is fitted once the window shows)."""

    def snapshot() -> object:
        return ([w.geometry().getRect() for w in (win.video, win.timeline_scroll, *win.docks.values())],
                win.splitter.sizes())

    last = None
    for _ in range(100):
        qtbot.wait(20)
        now = snapshot()
        if now == last:
            return
        last = now
    raise AssertionError("the window's layout kept moving for 2 s")


@pytest.fixture
def settled(qtbot) -> Callable[[MainWindow], None]:  # type: ignore[no-untyped-def]
    """``settled(win)`` waits until the window's layout stops moving."""
    return lambda win: settle(qtbot, win)


@pytest.fixture
def demo_window(qtbot, demo_copy) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    win = MainWindow(clock=FakeClock())
    qtbot.addWidget(win)
    win.open_path(demo_copy)
    win.show()
    qtbot.waitExposed(win)
    settle(qtbot, win)
    win.timeline.setFocus()
    yield win
    win.close()


@pytest.fixture
def demo_on_screen(qtbot, demo_copy, maximise_on, settled) -> Callable[[tuple[int, int]], MainWindow]:  # type: ignore[no-untyped-def]
    """As the app starts: a window shown maximised on a screen of that size, then the demo opened in it."""

    def show(size: tuple[int, int]) -> MainWindow:
        win = MainWindow(clock=FakeClock())
        qtbot.addWidget(win)
        maximise_on(win, size)
        qtbot.waitExposed(win)
        win.open_path(demo_copy)
        settled(win)
        return win

    return show


@pytest.fixture
def maximise_on(qapp) -> Callable[[QWidget, tuple[int, int]], None]:  # type: ignore[no-untyped-def]
    """Show a window maximised on the screen of a given size (one of those in screens.json)."""

    def show(window: QWidget, size: tuple[int, int]) -> None:
        screens = {s.size().toTuple(): s for s in QGuiApplication.screens()}
        if size not in screens:
            if "configfile=" not in os.environ["QT_QPA_PLATFORM"]:
                pytest.skip(f"no {size[0]}x{size[1]} screen: run with QT_QPA_PLATFORM=offscreen")
            raise AssertionError(f"no {size[0]}x{size[1]} screen among {sorted(screens)} ({SCREENS})")
        window.setScreen(screens[size])
        window.move(screens[size].availableGeometry().topLeft())
        window.showMaximized()

    return show
