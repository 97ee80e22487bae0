"""The app's icons from ``ui/icons``: one SVG per action, drawn in the theme's icon colour, sharp at any scale.

An action icon is a monochrome SVG in ``currentColor``; it is drawn at the size and device pixel ratio
asked for, in the theme's ``icon`` colour (``icon_disabled`` when disabled), so one file serves the
light and the dark theme and a switch of theme recolours every icon on its next paint.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QByteArray, QRect, QSize, Qt
from PySide6.QtGui import QIcon, QIconEngine, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer

from vig_annotator.qt.theme import colour
from vig_annotator.resources import ui_file

ACTION_ICONS: dict[str, str] = {
    # action id (core/keymap.py) -> ui/icons/actions/NAME.svg
    "new_project": "new",
    "open_project": "open",
    "close_project": "close",
    "import_file": "import",
    "review_pack": "review-pack",
    "save_still": "still",
    "undo": "undo",
    "redo": "redo",
    "delete_segments": "delete",
    "problems": "problems",
    "play_pause": "play",
    "step_back": "step-back",
    "step_forward": "step-forward",
    "go_to": "go-to",
    "moment_in": "mark-in",
    "moment_out": "mark-out",
    "previous_moment": "moment-previous",
    "next_moment": "moment-next",
    "loop_selection": "loop",
    "stop_loop": "loop-stop",
    "zoom_in": "zoom-in",
    "zoom_out": "zoom-out",
    "zoom_fit": "zoom-fit",
    "compare_sessions": "reliability",
    "new_exercise": "exercise",
    "interaction_dynamics": "dynamics",
    "shortcuts": "keyboard",
    "about": "about",
}
"""Which icon each action shows in the menus and the toolbar (actions not named here show none)."""

OTHER_ICONS = ("pause", "export", "theme")
"""Icons used outside the action table: the transport's pause, the Export and Theme submenus."""


@cache
def _svg(name: str) -> bytes:
    return ui_file("icons", "actions", f"{name}.svg").read_bytes()


class ThemedSvgEngine(QIconEngine):
    """Draws one SVG in a named theme colour at whatever size and pixel ratio Qt asks for."""

    def __init__(self, name: str) -> None:
        super().__init__()
        self.name = name
        _svg(name)  # a missing file fails here, when the icon is made, not at the first paint

    def _renderer(self, mode: QIcon.Mode) -> QSvgRenderer:
        ink = colour("icon_disabled" if mode == QIcon.Mode.Disabled else "icon").name()
        return QSvgRenderer(QByteArray(_svg(self.name).replace(b"currentColor", ink.encode())))

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        self._renderer(mode).render(painter, rect)

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        return self.scaledPixmap(size, mode, state, 1.0)

    def scaledPixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State, scale: float) -> QPixmap:
        pixmap = QPixmap(size * scale)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self._renderer(mode).render(painter)
        painter.end()
        pixmap.setDevicePixelRatio(scale)
        return pixmap

    def actualSize(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QSize:
        return size

    def clone(self) -> QIconEngine:
        return ThemedSvgEngine(self.name)

    def key(self) -> str:
        return "vig-annotator-svg"

    def isNull(self) -> bool:
        return False


def icon(name: str) -> QIcon:
    """The action icon ``ui/icons/actions/NAME.svg`` in the theme's colours."""
    return QIcon(ThemedSvgEngine(name))


def action_icon(action_id: str) -> QIcon | None:
    """The icon of a declared action, or None when it has none."""
    name = ACTION_ICONS.get(action_id)
    return icon(name) if name else None


APP_ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def app_icon() -> QIcon:
    """The application's icon from its PNGs (rendered from the SVG by tools/make_app_icons.py), 16 to 512 px."""
    result = QIcon()
    for size in APP_ICON_SIZES:
        result.addFile(str(ui_file("icons", "app", f"vig-annotator-{size}.png")), QSize(size, size))
    return result
