"""What the window shows with no project open: recent projects, a new project, the demo.

It replaces an empty workstation (a blank video and a timeline of "00:00:00.001"), and it is where
the user lands when an open fails (the reason is shown at the top) or the project is closed.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from vig_annotator.qt.i18n import tr
from vig_annotator.qt.style import text_height


def open_problem(target: str | Path, error: object) -> str:
    """Why ``target`` could not be opened, in one sentence that names it once.

    The reasons name the file themselves ("p.vigproj: no such file"), so their leading name is dropped
    rather than said twice ("Could not open p.vigproj: p.vigproj: no such file").
    """
    reason = str(error)
    path = Path(str(target))
    for name in (str(target), str(path), str(path.expanduser().absolute()), path.name):
        if name and reason.startswith(name + ": "):
            reason = reason[len(name) + 2:]
            break
    return tr("Could not open {target}: {error}").format(target=target, error=reason)


class StartPage(QWidget):
    """Buttons for a new project, an existing one and the demo, and the recent projects to reopen."""

    new_requested = Signal()
    open_requested = Signal()
    demo_requested = Signal()
    recent_chosen = Signal(Path)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("start_page")
        centred = QHBoxLayout(self)
        centred.setContentsMargins(0, 0, 0, 0)
        column = QWidget()
        column.setMaximumWidth(column.fontMetrics().averageCharWidth() * 110)  # a readable column on a wide screen
        centred.addWidget(column)
        outer = QVBoxLayout(column)
        outer.setContentsMargins(24, 8, 24, 8)
        title = QLabel(tr("<h2>vig-annotator</h2>Code parent–infant interaction video. Nothing leaves this computer."))
        title.setWordWrap(True)
        outer.addWidget(title)
        self.problem = QLabel()
        self.problem.setObjectName("start_problem")
        self.problem.setWordWrap(True)
        self.problem.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.problem.setProperty("role", "error")  # its colour: ui/theme/app.qss
        self.problem.hide()
        outer.addWidget(self.problem)
        buttons = QHBoxLayout()
        self.new_button = QPushButton(tr("New project…"))
        self.new_button.setToolTip(tr("A project for one or more videos: scheme, case ID, coder, consent"))
        self.open_button = QPushButton(tr("Open project…"))
        self.demo_button = QPushButton(tr("Open the demo"))
        self.demo_button.setToolTip(tr("A copy of the demo project (two coders on a short clip), to try things on"))
        for button, signal in ((self.new_button, self.new_requested), (self.open_button, self.open_requested),
                               (self.demo_button, self.demo_requested)):
            button.clicked.connect(signal.emit)
            buttons.addWidget(button)
        buttons.addStretch(1)
        outer.addLayout(buttons)
        outer.addWidget(QLabel(tr("Recent projects (double-click or Enter to open):")))
        self.recent = QListWidget()
        self.recent.setAccessibleName(tr("Recent projects"))
        self.recent.setMinimumHeight(text_height(self.recent, 2))
        self.recent.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.recent.itemActivated.connect(self._activated)
        outer.addWidget(self.recent, 1)
        self.no_recent = QLabel(tr("No recent projects yet."))
        outer.addWidget(self.no_recent)

    def show_recent(self, paths: list[str]) -> None:
        """List recent projects; ones no longer on disk are listed greyed and cannot be opened."""
        self.recent.clear()
        for p in paths:
            path = Path(p)
            item = QListWidgetItem(f"{path.name}  —  {path.parent}")
            item.setData(Qt.ItemDataRole.UserRole, str(path))
            item.setToolTip(str(path))
            if not path.exists():
                item.setText(f"{path.name}  —  {path.parent}  " + tr("(not found)"))
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)
            self.recent.addItem(item)
        self.no_recent.setVisible(not paths)
        if paths:
            self.recent.setCurrentRow(0)

    def show_problem(self, text: str) -> None:
        """Why the last open failed ("" hides it)."""
        self.problem.setText(text)
        self.problem.setVisible(bool(text))

    def _activated(self, item: QListWidgetItem) -> None:
        if item.flags() & Qt.ItemFlag.ItemIsEnabled:
            self.recent_chosen.emit(Path(item.data(Qt.ItemDataRole.UserRole)))
