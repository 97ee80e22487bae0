"""Batch results land where users look: kept in the project, so opening a clip shows them at once.

Voices are kept as the clip's pitch track (the app offers its vocalisations as suggestions, never as
codings); motion energy and synchrony keep the clip's motion series and its regions. Each kept result is
an edit for the project's one write path (computed data: not an undo step); a result for a video the
project does not hold (by fingerprint) is left out and counted.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from vig_annotator.batch.engine import ClipStatus
from vig_annotator.core.commands import Command
from vig_annotator.core.model import Clip
from vig_annotator.core.project import Project

KEEPS = ("voices", "motion", "synchrony")
"""The analyses whose results a project keeps."""


@dataclass(frozen=True)
class Stored:
    """What ``store_results`` did: clips whose results were kept, and clips the project does not hold."""

    kept: int
    not_in_project: int


def keep_edits(project: Project, statuses: list[ClipStatus]) -> Iterator[Command]:
    """The edits keeping each finished clip's result in ``project`` (clips matched by fingerprint)."""
    from vig_annotator.analysis.motion_energy import MotionEnergy
    from vig_annotator.analysis.pitch import PitchTrack
    from vig_annotator.analysis.saved_motion import cache_motion, saved_regions, set_regions
    from vig_annotator.analysis.saved_voices import cache_track, settings_for

    by_print = {clip.fingerprint: clip for clip in project.clips}
    for status in statuses:
        clip = by_print.get(status.fingerprint)
        keep = status.result.keep if status.result is not None else None
        if clip is None or keep is None:
            continue
        if isinstance(keep, PitchTrack):
            yield cache_track(project, clip, keep, settings_for(project, clip))
        elif isinstance(keep, MotionEnergy):
            if saved_regions(project, clip) != keep.regions:
                yield set_regions(project, clip, keep.regions)
            yield cache_motion(project, clip, keep)


def already_kept(project: Project, clip: Clip, analysis: str, params: dict[str, Any]) -> bool:
    """Whether the project already keeps this analysis's result for the clip (the app's batch skips it)."""
    from vig_annotator.analysis.saved_motion import cached_motion, saved_regions
    from vig_annotator.analysis.saved_voices import cached_track, settings_for

    if analysis == "voices":
        return cached_track(project, clip, settings_for(project, clip)) is not None
    regions = {str(k): tuple(v) for k, v in params.get("regions", {}).items()} or saved_regions(project, clip)
    return bool(regions) and cached_motion(project, clip, regions, int(params.get("threshold", 12))) is not None


def store_results(where: str, analysis: str, statuses: list[ClipStatus]) -> Stored:
    """Keep each finished clip's result in the project (file or team project) at ``where``."""
    from vig_annotator.store.opening import open_project

    if analysis not in KEEPS:
        raise ValueError(f"--into keeps {', '.join(KEEPS)} results; {analysis} results are already in a project "
                         "(its clips' timestamp tables)")
    project = open_project(where)
    try:
        prints = {clip.fingerprint for clip in project.clips}
        for command in keep_edits(project, statuses):
            project.run(command, undoable=False)
        finished = [s for s in statuses if s.result is not None]
        kept = sum(s.fingerprint in prints for s in finished)
        return Stored(kept, len(finished) - kept)
    finally:
        project.close()
