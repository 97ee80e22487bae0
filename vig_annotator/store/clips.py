"""Clips in a project: referenced by path (relative to the project when possible) and fingerprint.

A clip is never copied into the project. When it moves, it is found again by its fingerprint: the
file size plus a hash of its first and last MiB, which is quick on an hour of video and does not
change when a file is renamed or moved.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterable
from dataclasses import replace
from pathlib import Path

from vig_annotator.core.case_ids import pseudonym
from vig_annotator.core.commands import edit
from vig_annotator.core.model import Clip, VideoSource
from vig_annotator.core.project import Project

BLOCK = 1 << 20
VIDEO_SUFFIXES = {".mp4", ".mov", ".m4v", ".mkv", ".avi", ".webm", ".mts", ".m2ts", ".3gp", ".wmv", ".mpg"}


def fingerprint(path: str | Path) -> str:
    """``size:hash`` of a file's size, first MiB and last MiB."""
    path = Path(path)
    size = path.stat().st_size
    digest = hashlib.sha256(str(size).encode())
    with path.open("rb") as f:
        digest.update(f.read(BLOCK))
        if size > BLOCK:
            f.seek(max(BLOCK, size - BLOCK))
            digest.update(f.read(BLOCK))
    return f"{size}:{digest.hexdigest()[:32]}"


def stored_path(project: Project, video: str | Path) -> str:
    """The path to record: relative to the project's folder when the clip lies below it or near it."""
    readable_name(video)
    video = Path(video).resolve()
    readable_name(video)  # the folders above it too
    if not project.path:
        return str(video)
    base = project_folder(project)
    try:
        return os.path.relpath(video, base)
    except ValueError:  # another drive
        return str(video)


class ClipNameError(ValueError):
    """A video whose path is not text a project can store (bytes that are not UTF-8)."""


def readable_name(video: str | Path) -> None:
    """Refuse a path that is not UTF-8 text (a name from an old Windows or Mac disk), naming it readably."""
    text = str(video)
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        shown = os.fsencode(text).decode("utf-8", "backslashreplace")
        raise ClipNameError(f"{shown}: the file or folder name is not UTF-8 text (the bytes shown as \\x..), so a "
                            "project cannot record where the video is; rename it and try again") from None


def resolve(project: Project, clip: Clip) -> Path:
    """Where the clip's file should be (it may be missing: see :func:`is_missing`)."""
    path = Path(clip.path)
    if path.is_absolute() or not project.path:
        return path
    return (project_folder(project) / path).resolve()


def project_folder(project: Project) -> Path:
    """The folder clip paths are relative to: the project file's, or the lab's media folder for a team project.

    On a server the media folder is this computer's ``VIG_MEDIA``, else the folder the app was started in.
    """
    from vig_annotator.store.urls import is_server_url

    if is_server_url(project.path):
        return Path(os.environ.get("VIG_MEDIA", os.getcwd())).resolve()
    return Path(project.path).resolve().parent


def is_missing(project: Project, clip: Clip) -> bool:
    return not resolve(project, clip).is_file()


def new_clip(project: Project, video: str | Path, case_id: str = "", **facts: object) -> Clip:
    """A Clip entity for a video (not yet added); ``facts`` are probe results (duration_ms, fps...).

    Without a ``case_id`` the clip gets a fresh pseudonym (``C-7KQ2M``), never the video's file name: a
    file is often named after the family, and exports and review packs carry the case ID.
    """
    video = Path(video)
    return Clip(
        id=project.next_id("clip"),
        case_id=case_id or unused_pseudonym(project),
        path=stored_path(project, video),
        fingerprint=fingerprint(video),
        **facts,  # type: ignore[arg-type]
    )


def unused_pseudonym(project: Project) -> str:
    """A pseudonymous case ID no clip of the project has yet."""
    taken = {c.case_id for c in project.clips}
    while (case_id := pseudonym()) in taken:
        pass
    return case_id


def find_by_fingerprint(clip: Clip | VideoSource, folders: Iterable[str | Path], max_files: int = 20000) -> Path | None:
    """Search folders (recursively) for a file with the clip's (or camera's) fingerprint; size is checked first."""
    try:
        size = int(clip.fingerprint.split(":", 1)[0])
    except ValueError:
        return None
    seen = 0
    tried: set[Path] = set()  # nested folders (the project's and its parent) are walked once
    for folder in folders:
        for root, _dirs, files in os.walk(folder):
            for name in files:
                seen += 1
                if seen > max_files:
                    return None
                candidate = Path(root) / name
                if candidate in tried:
                    continue
                tried.add(candidate)
                try:
                    if candidate.stat().st_size == size and fingerprint(candidate) == clip.fingerprint:
                        return candidate
                except OSError:
                    continue
    return None


class RelinkError(ValueError):
    """The chosen file is not the clip that was coded."""


def relink(project: Project, clip: Clip, video: str | Path, force: bool = False) -> Clip:
    """Point the clip at a new file; refused when the file's fingerprint differs (unless ``force``)."""
    video = Path(video)
    if not video.is_file():
        raise RelinkError(f"{video}: is a folder, not a video file" if video.is_dir() else f"{video}: no such file")
    found = fingerprint(video)
    if found != clip.fingerprint and not force:
        raise RelinkError(
            f"{video}: is not the clip that was coded as {clip.case_id} (its content differs); "
            "codes would no longer line up with the picture")
    moved = replace(clip, path=stored_path(project, video), fingerprint=found)
    # Not undoable: the old path no longer holds the file. Earlier edits of this clip now refuse to
    # undo (they would write the old path back) rather than silently lose the relink.
    project.run(edit(f"Relink clip {clip.case_id}", [(clip, moved)]), undoable=False)
    return moved
