"""The session's codes with key, colour and subject; click a code (or press its key) to code it."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QGuiApplication, QIcon, QKeyEvent, QPixmap
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from vig_annotator.core.model import Code, CodeKind
from vig_annotator.qt.i18n import tr, tr_term
from vig_annotator.qt.theme import colour_or
from vig_annotator.qt.workspace import Workspace


def swatch(colour: str, size: int = 12) -> QIcon:
    """A code's colour as a square icon, with pixels for 100 %, 200 % and the screens' own scale."""
    icon = QIcon()
    app = QGuiApplication.instance()
    ratios = {1.0, 2.0, app.devicePixelRatio() if isinstance(app, QGuiApplication) else 1.0}
    for ratio in sorted(ratios):
        pixmap = QPixmap(round(size * ratio), round(size * ratio))
        pixmap.setDevicePixelRatio(ratio)
        pixmap.fill(colour_or(colour, "code_default"))
        icon.addPixmap(pixmap)
    return icon


class CodingPanel(QWidget):
    """Lists the scheme's codes; ``code_activated`` when one is clicked."""

    code_activated = Signal(object)  # Code

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        layout.addWidget(self.heading)
        self.list = QListWidget()
        self.list.setAccessibleName(tr("Codes"))
        # One signal only: a double-click is a click *and* an activation, and coding twice would end
        # the segment the first click started. Enter on the keyboard codes through keyPressEvent.
        self.list.itemClicked.connect(self._activated)
        self.list.installEventFilter(self)
        layout.addWidget(self.list)
        workspace.session_changed.connect(self._on_session_changed)
        workspace.model_changed.connect(lambda _c: self._on_open_changed())
        self._on_session_changed()

    def _on_session_changed(self) -> None:
        self.list.clear()
        scheme = self.workspace.scheme
        if scheme is None:
            self.heading.setText(tr("No session"))
            return
        note = f"<br><i>{tr_term(scheme.template_note)}</i>" if scheme.template_note else ""
        self.heading.setText(f"<b>{tr_term(scheme.name)}</b> {scheme.version}{note}")
        for code in scheme.codes:
            kind = tr("point") if code.kind == CodeKind.POINT else tr("state")
            key = code.key.upper() if code.key else "·"
            item = QListWidgetItem(swatch(code.colour),
                                   f"[{key}]  {tr_term(code.label)}   ({tr_term(code.subject)}, {kind})")
            item.setData(Qt.ItemDataRole.UserRole, code.id)
            tip = tr_term(code.description or code.label)
            if code.exclusive_group:
                tip += "\n" + tr("Mutually exclusive group: {group}").format(group=code.exclusive_group)
            item.setToolTip(tip)
            self.list.addItem(item)

    def _on_open_changed(self) -> None:
        live = self.workspace.live
        open_codes = set(live.open_by_code()) if live else set()
        for i in range(self.list.count()):
            item = self.list.item(i)
            font = item.font()
            font.setBold(item.data(Qt.ItemDataRole.UserRole) in open_codes)
            item.setFont(font)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (watched is self.list and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent)
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.list.currentItem() is not None):
            self._activated(self.list.currentItem())
            return True
        return super().eventFilter(watched, event)

    def _activated(self, item: QListWidgetItem) -> None:
        scheme = self.workspace.scheme
        if scheme is not None:
            code: Code = scheme.code(item.data(Qt.ItemDataRole.UserRole))
            self.code_activated.emit(code)
