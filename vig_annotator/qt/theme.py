"""The app's one theme: named colours (``ui/theme/colours.toml``), light or dark, for everything drawn.

The window palette, the stylesheet (``ui/theme/app.qss``), the icons and the painted views all ask
:func:`colour` by name, so a colour is changed in one place and dark mode reaches every view. The
theme follows the system's colour scheme (Qt 6.5+) unless the user chose Light or Dark (View ▸ Theme,
kept in QSettings; ``VIG_ANNOTATOR_THEME`` overrides both, e.g. for screenshots).
"""

from __future__ import annotations

import os
import re
import tomllib
from functools import cache

from PySide6.QtCore import QDir, QObject, QSettings, Qt, Signal
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from vig_annotator.resources import ui_dir, ui_file

SCHEMES = ("light", "dark")
CHOICES = ("system", "light", "dark")
SETTING = "theme"
ENVIRONMENT = "VIG_ANNOTATOR_THEME"
_HEX = re.compile(r"#[0-9a-fA-F]{6}")
_PLACEHOLDER = re.compile(r"@([a-z][a-z0-9_]*)")
_COMMENT = re.compile(r"/\*.*?\*/", re.DOTALL)

Role, Group = QPalette.ColorRole, QPalette.ColorGroup
PALETTE_ROLES: dict[QPalette.ColorRole, str] = {
    Role.Window: "window", Role.WindowText: "window_text", Role.Base: "base",
    Role.AlternateBase: "alternate_base", Role.Text: "text", Role.PlaceholderText: "placeholder_text",
    Role.Button: "button", Role.ButtonText: "button_text", Role.Highlight: "highlight",
    Role.HighlightedText: "highlighted_text", Role.Light: "light", Role.Midlight: "mid_light", Role.Mid: "mid",
    Role.Dark: "dark", Role.Shadow: "shadow", Role.Link: "link", Role.LinkVisited: "link",
    Role.ToolTipBase: "tooltip_base", Role.ToolTipText: "tooltip_text", Role.BrightText: "bright_text",
}
"""Which named colour each role of Qt's palette takes."""


class ThemeError(ValueError):
    """The theme file is malformed (named with the palette and colour at fault)."""


@cache
def palettes() -> dict[str, dict[str, str]]:
    """Both palettes from ``colours.toml``: scheme -> colour name -> ``#rrggbb``."""
    path = ui_file("theme", "colours.toml")
    with path.open("rb") as f:
        data = tomllib.load(f)
    found: dict[str, dict[str, str]] = {}
    for scheme in SCHEMES:
        table = data.get(scheme)
        if not isinstance(table, dict):
            raise ThemeError(f"{path}: expected a [{scheme}] table of named colours")
        for name, value in table.items():
            if not isinstance(value, str) or not _HEX.fullmatch(value):
                raise ThemeError(f"{path}: [{scheme}] {name}: expected a colour as \"#rrggbb\", got {value!r}")
        found[scheme] = dict(table)
    missing = set(found["light"]) ^ set(found["dark"])
    if missing:
        raise ThemeError(f"{path}: {', '.join(sorted(missing))}: named in one palette but not the other")
    return found


def stylesheet(scheme: str) -> str:
    """``app.qss`` with every ``@name`` replaced by that colour of the scheme."""
    path = ui_file("theme", "app.qss")
    named = palettes()[scheme]

    def fill(match: re.Match[str]) -> str:
        if match.group(1) not in named:
            raise ThemeError(f"{path}: @{match.group(1)}: no colour of that name in colours.toml")
        return named[match.group(1)]

    text = _COMMENT.sub("", path.read_text(encoding="utf-8"))
    return _PLACEHOLDER.sub(fill, text)


def qt_palette(scheme: str) -> QPalette:
    """Qt's window palette in the scheme's colours (disabled text greyed)."""
    named = palettes()[scheme]
    palette = QPalette()
    for role, name in PALETTE_ROLES.items():
        palette.setColor(role, QColor(named[name]))
    for role in (Role.WindowText, Role.Text, Role.ButtonText, Role.PlaceholderText):
        palette.setColor(Group.Disabled, role, QColor(named["disabled_text"]))
    return palette


class Theme(QObject):
    """The scheme in use (light/dark) and the user's choice (system/light/dark); ``changed`` on a switch."""

    changed = Signal()

    def __init__(self, settings: QSettings | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.settings = settings or QSettings("vig-annotator", "vig-annotator")
        stored = str(self.settings.value(SETTING, "system"))
        self._choice = stored if stored in CHOICES else "system"
        self.scheme = "light"
        self._installed = False
        self._following = False  # True while the theme itself sets the colour scheme

    @property
    def choice(self) -> str:
        forced = os.environ.get(ENVIRONMENT, "")
        return forced if forced in CHOICES else self._choice

    def system_scheme(self) -> str:
        hints = QGuiApplication.styleHints()
        return "dark" if hints is not None and hints.colorScheme() == Qt.ColorScheme.Dark else "light"

    def set_choice(self, choice: str) -> None:
        """Use ``choice`` (system/light/dark) from now on, and remember it."""
        if choice not in CHOICES:
            raise ValueError(f"theme: expected one of {', '.join(CHOICES)}, got {choice!r}")
        self._choice = choice
        self.settings.setValue(SETTING, choice)
        self.apply()

    def apply(self) -> None:
        """Palette, stylesheet and style for the current choice; follows the system's changes from now on."""
        app = QApplication.instance()
        if not isinstance(app, QApplication):
            return
        hints = app.styleHints()
        if not self._installed:
            self._installed = True
            hints.colorSchemeChanged.connect(self._on_system_scheme_changed)
        choice = self.choice
        # Qt's native styles (Windows, macOS) draw title bars and controls by the colour scheme: say ours.
        self._following = True
        try:
            if choice == "system":
                hints.unsetColorScheme()
            else:
                hints.setColorScheme(Qt.ColorScheme.Dark if choice == "dark" else Qt.ColorScheme.Light)
        finally:
            self._following = False
        self.scheme = self.system_scheme() if choice == "system" else choice
        QDir.addSearchPath("ui", str(ui_dir()))  # app.qss's url(ui:…) images
        app.setStyle("Fusion")  # the one style that draws every control in the palette given, on every OS
        app.setPalette(qt_palette(self.scheme))
        app.setStyleSheet(stylesheet(self.scheme))
        self.changed.emit()

    def _on_system_scheme_changed(self, _scheme: Qt.ColorScheme) -> None:
        if self.choice == "system" and not self._following:
            self.apply()


_current: Theme | None = None


def current() -> Theme:
    """The app's theme (made on first use; its colours are the light ones until :meth:`Theme.apply`)."""
    global _current
    if _current is None:
        _current = Theme()
    return _current


def colour(name: str) -> QColor:
    """The named colour in the scheme in use, e.g. ``colour("playhead")``."""
    scheme = _current.scheme if _current is not None else "light"
    named = palettes()[scheme]
    if name not in named:
        raise KeyError(f"{name}: no colour of that name in ui/theme/colours.toml")
    return QColor(named[name])


def colour_or(value: str | None, fallback: str) -> QColor:
    """A user's colour (e.g. a code's, from its scheme) when valid, else the named ``fallback``."""
    chosen = QColor(value) if value else QColor()
    return chosen if chosen.isValid() else colour(fallback)
