"""Start the GUI: a QApplication and the main window on a project, a video, or the demo."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from vig_annotator.qt import quiet
from vig_annotator.qt.display import display_problem

EXIT_AFTER = "VIG_ANNOTATOR_EXIT_AFTER_MS"
"""Smoke tests of an installed build: close the window after this many ms; exit 1 if nothing opened."""


def run(target: str | None) -> int:
    """The window on ``target`` (a project or a video), or on a fresh copy of the demo; exit status."""
    problem = display_problem()
    if problem:
        print(problem, file=sys.stderr)
        return 2
    quiet.quieten_environment()  # before Qt reads its logging rules
    from PySide6.QtWidgets import QApplication

    from vig_annotator.qt import gui_thread, jobs, language, theme
    from vig_annotator.qt.i18n import tr
    from vig_annotator.qt.icons import app_icon
    from vig_annotator.qt.main_window import MainWindow
    from vig_annotator.qt.start_page import open_problem
    from vig_annotator.resources import demo_project_copy
    from vig_annotator.store.urls import is_server_url

    quiet.quieten_libraries()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.aboutToQuit.connect(jobs.stop_all)  # no worker outlives the event loop, however the app quits
    gui_thread.install()
    gui_thread.collect_garbage_on_gui_thread()  # never in a worker: Qt objects die on the GUI thread
    app.setApplicationName("vig-annotator")
    app.setOrganizationName("vig-annotator")
    language.install(app)
    QApplication.setDesktopFileName("org.vig_annotator.VigAnnotator")  # its .desktop entry (ui/linux), for Wayland
    QApplication.setWindowIcon(app_icon())
    theme.current().apply()
    window = MainWindow()
    window.show()
    try:
        path = target if target and is_server_url(target) else Path(target) if target else demo_project_copy()
        window.open_path(path)
    except Exception as exc:  # noqa: BLE001 - the start page says why; the window stays usable
        window.show_open_problem(open_problem(target or tr("the demo project"), exc))
    exit_after = os.environ.get(EXIT_AFTER, "")
    if exit_after.isdigit():
        from PySide6.QtCore import QTimer

        opened = window.workspace.project is not None
        QTimer.singleShot(int(exit_after), window.close)
        status = int(app.exec()) or (0 if opened else 1)
    else:
        status = int(app.exec())
    del window
    jobs.stop_all()
    gui_thread.release_before_exit()
    return status
