"""Workstation fixtures: a main window on a temporary project, driven by a fake clock."""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_LOGGING_RULES", "qt.multimedia.*=false")

from PySide6.QtCore import QSettings  # noqa: E402

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


@pytest.fixture
def demo_window(qtbot, demo_copy) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    win = MainWindow(clock=FakeClock())
    qtbot.addWidget(win)
    win.open_path(demo_copy)
    win.show()
    qtbot.waitExposed(win)
    win.timeline.setFocus()
    yield win
    win.close()
