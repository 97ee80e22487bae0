"""The session bar: which session is being coded (a chooser) and what it codes (clip, coder, scheme)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel, QToolBar, QWidget

from vig_annotator.projects import session_title
from vig_annotator.qt.i18n import tr, tr_term
from vig_annotator.qt.workspace import Workspace


class SessionBar(QToolBar):
    """A toolbar whose chooser switches the workspace's session and whose label names the open clip."""

    def __init__(self, workspace: Workspace, parent: QWidget) -> None:
        super().__init__(tr("Session"), parent)
        self.workspace = workspace
        self.setObjectName("session_bar")
        self.label = QLabel()
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.combo = QComboBox()
        self.combo.setAccessibleName(tr("Session"))
        self.combo.setMinimumContentsLength(24)
        self.combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.combo.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.addWidget(QLabel(tr(" Session: ")))
        self.addWidget(self.combo)
        self.addSeparator()
        self.addWidget(self.label)
        self.combo.activated.connect(lambda i: workspace.set_session(self.combo.itemData(i)))

    def refresh_sessions(self) -> None:
        """The chooser lists the project's sessions, the workspace's own one chosen (without switching)."""
        ws = self.workspace
        self.combo.blockSignals(True)
        self.combo.clear()
        if ws.project is not None:
            for s in ws.project.sessions:
                self.combo.addItem(session_title(ws.project, s), s.id)
            if ws.session is not None:
                self.combo.setCurrentIndex(self.combo.findData(ws.session.id))
        self.combo.blockSignals(False)

    def show_clip(self) -> bool:
        """Name the clip, coder and scheme being coded; False when no clip is open."""
        ws = self.workspace
        if ws.project is None or ws.clip is None:
            self.label.setText(tr("no session"))
            return False
        coder = ws.project.coder(ws.session.coder_id) if ws.session else None
        self.label.setText(
            "  " + tr("clip {case} · coder {coder} · scheme {scheme}").format(
                case=ws.clip.case_id, coder=coder.initials if coder else "?",
                scheme=tr_term(ws.scheme.name) if ws.scheme else "?")
            + ("  " + tr("[READ-ONLY]") if ws.project.backend.read_only else ""))
        return True
