"""What the file dialogs offer and what a drop on the window takes: the same suffixes, from their one home.

A video is any file whose suffix is in ``store.clips.VIDEO_SUFFIXES`` (any case); a project is a file
ending in ``store.urls.PROJECT_SUFFIX``. The dialogs' filters are built from those sets, so a file that
can be dropped can also be picked, and the other way round.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from vig_annotator.qt.i18n import tr
from vig_annotator.store.clips import VIDEO_SUFFIXES
from vig_annotator.store.urls import PROJECT_SUFFIX


def video_filter() -> str:
    """The open dialogs' filter for videos (Qt matches the patterns in any case), then all files."""
    patterns = " ".join(f"*{suffix}" for suffix in sorted(VIDEO_SUFFIXES))
    return tr("Video ({patterns});;All files (*)").format(patterns=patterns)


def project_filter() -> str:
    """The open and save dialogs' filter for project files."""
    return tr("vig-annotator project ({pattern})").format(pattern=f"*{PROJECT_SUFFIX}")


def is_video(path: Path) -> bool:
    """True when the file's name says it is a video the app takes (any case: ``CLIP.MP4`` too)."""
    return path.suffix.lower() in VIDEO_SUFFIXES


def is_project(path: Path) -> bool:
    """True when the file's name says it is a project file."""
    return path.suffix.lower() == PROJECT_SUFFIX


def dropped(paths: Iterable[Path]) -> tuple[Path | None, list[Path]]:
    """What a drop on the window means: the first project to open, else the videos to add (others ignored)."""
    paths = list(paths)
    project = next((p for p in paths if is_project(p)), None)
    return project, ([] if project is not None else [p for p in paths if is_video(p)])
