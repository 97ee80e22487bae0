"""What a user operation may ask of the window it runs in: the workspace, the clock, a place to speak.

Operations (``vig_annotator.qt.operations``) take a :class:`Shell`, not the main window, so they do not
import it and the window stays a shell that wires a table of actions to them.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QDockWidget, QWidget

from vig_annotator.core.project import Project
from vig_annotator.qt.player import Clock
from vig_annotator.qt.workspace import Workspace

if TYPE_CHECKING:
    from vig_annotator.qt.moments_panel import MomentsPanel
    from vig_annotator.qt.shuttle import Shuttle
    from vig_annotator.qt.timeline import TimelineView
    from vig_annotator.qt.voice_suggestions import VoiceSuggestions


class Shell(Protocol):
    """The main window as operations see it."""

    workspace: Workspace
    clock: Clock
    settings: QSettings
    timeline: TimelineView
    moments: MomentsPanel
    docks: dict[str, QDockWidget]
    moment_in: int | None
    shuttle: Shuttle
    voice_suggestions: VoiceSuggestions

    def window(self) -> QWidget: ...

    def close(self) -> bool: ...

    def reset_layout(self) -> None: ...

    def toggle_focus(self) -> None: ...

    def show_shortcuts(self) -> None: ...

    def show_status(self, text: str) -> None: ...

    def show_in_dock(self, title: str, name: str, view: QWidget) -> None: ...

    def set_project(self, project: Project | None) -> None: ...

    def remember(self, path: Path | str) -> None: ...

    def open_path(self, path: Path | str) -> None: ...

    def close_project(self) -> None: ...

    def show_open_problem(self, text: str) -> None: ...


def setting_list(settings: QSettings, key: str) -> list[str]:
    """A list of texts kept in the settings (recent projects, consent scopes); [] when absent or odd."""
    value = settings.value(key, [], type=list)
    return [str(v) for v in value] if isinstance(value, list) else []


def setting_int(settings: QSettings, key: str, default: int = 0) -> int:
    value = settings.value(key, default)
    try:
        return int(str(value))
    except (TypeError, ValueError):
        return default
