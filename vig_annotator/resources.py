"""Where the shipped files are: the app's face (``ui/``) and the demo clip and project.

Three layouts: a source checkout (``ui/`` and ``sample_clips/`` beside the package), an installed
wheel (``vig_annotator/_ui`` and ``_demo`` inside it, see pyproject's force-include) and a PyInstaller
bundle (the same two folders under ``sys._MEIPASS``).
"""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent
DEMO_PROJECT = "demo.vigproj"
DEMO_CLIP = "demo_clip.mp4"


def _first(*candidates: Path) -> Path:
    for candidate in candidates:
        if candidate.exists():
            return candidate
    return candidates[-1]


def _bundled(name: str) -> list[Path]:
    """``name`` inside a PyInstaller bundle ([] when not running from one)."""
    base = getattr(sys, "_MEIPASS", None)
    return [Path(base) / "vig_annotator" / name] if base else []


def ui_dir() -> Path:
    """The ``ui/`` folder: icons, theme, desktop files (and translations)."""
    return _first(*_bundled("_ui"), _PACKAGE / "_ui", _PACKAGE.parent / "ui")


def ui_file(*parts: str) -> Path:
    """A file the app loads from ``ui/``; a missing one is an install fault, said in one line."""
    path = ui_dir().joinpath(*parts)
    if not path.is_file():
        raise FileNotFoundError(f"{path}: a file of the app's ui/ folder is missing (reinstall vig-annotator)")
    return path


def demo_dir() -> Path:
    return _first(*_bundled("_demo"), _PACKAGE / "_demo", _PACKAGE.parent / "sample_clips")


def data_dir() -> Path:
    """The user's data folder for vig-annotator (XDG_DATA_HOME/vig-annotator)."""
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "vig-annotator"


def demo_project_copy() -> Path:
    """The user's own copy of the demo project (made on first use), so the shipped one stays pristine.

    An existing copy is kept, with whatever the user coded in it.
    """
    target = data_dir() / "demo"
    project = target / DEMO_PROJECT
    if not project.exists():
        source = demo_dir()
        if not (source / DEMO_PROJECT).exists():
            raise FileNotFoundError(f"the demo project is missing from {source}")
        target.mkdir(parents=True, exist_ok=True)
        shutil.copy2(source / DEMO_CLIP, target / DEMO_CLIP)
        shutil.copy2(source / DEMO_PROJECT, project)
    return project
