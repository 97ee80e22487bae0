"""Where the shipped files are: Qt assets (``ui/``) and the demo clip and project.

In a wheel they live inside the package (``_ui``, ``_demo``); in a source checkout, beside it.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent
DEMO_PROJECT = "demo.vigproj"
DEMO_CLIP = "demo_clip.mp4"


def _first(*candidates: Path) -> Path:
    for candidate in candidates:
        if candidate.exists():
            return candidate
    return candidates[-1]


def ui_dir() -> Path:
    return _first(_PACKAGE / "_ui", _PACKAGE.parent / "ui")


def demo_dir() -> Path:
    return _first(_PACKAGE / "_demo", _PACKAGE.parent / "sample_clips")


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
