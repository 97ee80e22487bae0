"""What a batch runs over: clips given directly, found in folders, or listed by projects."""

from __future__ import annotations

import os
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from vig_annotator.core.model import Clip
from vig_annotator.core.project import Project
from vig_annotator.store.clips import VIDEO_SUFFIXES
from vig_annotator.store.urls import PROJECT_SUFFIX

MAX_CLIPS = 100_000
"""A folder search stops here: a batch of more clips than a cohort has is a wrong folder."""


@dataclass(frozen=True)
class BatchClip:
    """One clip of a batch: where it is, and what a pseudonymous table calls it.

    ``project`` and ``clip_id`` say where it came from when a project listed it (``case_id`` is then the
    project's case ID for it); ``regions`` are the motion regions and ``examples`` the coder's voice examples
    (speaker, start ms, end ms) the project keeps for it, if any.
    """

    path: Path
    case_id: str = ""
    project: str = ""
    clip_id: int | None = None
    regions: dict[str, tuple[int, int, int, int]] = field(default_factory=dict, compare=False)
    examples: tuple[tuple[str, int, int], ...] = field(default=(), compare=False)


class InputError(ValueError):
    """An input that is neither a video, a folder nor a project: one line naming it."""


def gather(inputs: Iterable[str | Path]) -> list[BatchClip]:
    """The clips named by ``inputs``, each once (first mention wins), in the order given.

    A folder is searched (recursively, hidden folders skipped) for files with a video suffix; a project
    contributes each of its clips, resolved as the app resolves them (a missing clip is kept so that the
    batch reports it as failed rather than silently leaving it out).
    """
    found: dict[Path, BatchClip] = {}
    for given in inputs:
        path = Path(given)
        if str(given).startswith("postgresql://") or path.suffix.lower() == PROJECT_SUFFIX:
            clips = _project_clips(str(given))
        elif path.is_dir():
            clips = [BatchClip(p) for p in _videos_below(path)]
        elif path.is_file():
            if path.suffix.lower() not in VIDEO_SUFFIXES:
                raise InputError(f"{path}: not a video ({', '.join(sorted(VIDEO_SUFFIXES))}), "
                                 f"a folder or a project ({PROJECT_SUFFIX})")
            clips = [BatchClip(path)]
        else:
            raise InputError(f"{path}: no such file or folder")
        for clip in clips:
            key = clip.path.resolve()
            found.setdefault(key, BatchClip(key, clip.case_id, clip.project, clip.clip_id, clip.regions,
                                            clip.examples))
            if len(found) > MAX_CLIPS:
                raise InputError(f"{given}: more than {MAX_CLIPS:,} clips; give the cohort's folders one by one")
    return list(found.values())


def _videos_below(folder: Path) -> list[Path]:
    videos: list[Path] = []
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        videos += [Path(root) / f for f in sorted(files)
                   if not f.startswith(".") and Path(f).suffix.lower() in VIDEO_SUFFIXES]
        if len(videos) > MAX_CLIPS:
            break
    return videos


def _project_clips(where: str) -> list[BatchClip]:
    from vig_annotator.store.opening import open_project

    project = open_project(where, read_only=True)
    try:
        return [project_clip(project, clip) for clip in project.clips]
    finally:
        project.close()


def project_clip(project: Project, clip: Clip) -> BatchClip:
    """A project's clip as a batch takes it: resolved as the app resolves it, with its regions and examples."""
    from vig_annotator.analysis.saved_motion import saved_regions
    from vig_annotator.analysis.saved_voices import saved_examples
    from vig_annotator.store.clips import resolve

    return BatchClip(resolve(project, clip), clip.case_id, str(project.path or ""), clip.id,
                     saved_regions(project, clip),
                     tuple((e.speaker, e.start_ms, e.end_ms) for e in saved_examples(project, clip)))
