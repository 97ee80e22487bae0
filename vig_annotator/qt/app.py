"""Start the GUI: a QApplication and the main window on a project or a video."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication, QMessageBox

from vig_annotator.resources import demo_project_copy


def run(target: str | None) -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("vig-annotator")
    app.setOrganizationName("vig-annotator")
    from vig_annotator.qt.main_window import MainWindow

    window = MainWindow()
    path = Path(target) if target else demo_project_copy()
    window.show()
    try:
        window.open_path(path)
    except Exception as exc:  # noqa: BLE001 - shown to the user, the window stays usable
        QMessageBox.critical(window, "Cannot open", str(exc))
    return int(app.exec())
