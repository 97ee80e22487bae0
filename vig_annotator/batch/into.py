"""Batch results land where users look: kept in the project, so opening a clip shows them at once.

Voices are kept as the clip's pitch track (the app offers its vocalisations as suggestions, never as
codings); motion energy and synchrony keep the clip's motion series and its regions. Each clip's result
is one edit through the project's one write path; a result for a video the project does not hold (by
fingerprint) is left out and counted.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from vig_annotator.batch.engine import ClipStatus


@dataclass(frozen=True)
class Stored:
    """What ``store_results`` did: clips whose results were kept, and clips the project does not hold."""

    kept: int
    not_in_project: int


def store_results(where: str, analysis: str, params: dict[str, Any], statuses: list[ClipStatus]) -> Stored:
    """Keep each finished clip's result in the project (file or team project) at ``where``."""
    from vig_annotator.analysis.motion_energy import MotionEnergy
    from vig_annotator.analysis.pitch import PitchTrack
    from vig_annotator.analysis.saved_motion import cache_motion, saved_regions, set_regions
    from vig_annotator.analysis.saved_voices import cache_track
    from vig_annotator.analysis.voices import VoiceSettings
    from vig_annotator.store.project_file import open_project

    if analysis == "probe":
        raise ValueError("--into keeps voices, motion and synchrony results; probe results are already in a "
                         "project (its clips' timestamp tables)")
    project = open_project(where)
    kept = missing = 0
    try:
        by_print = {clip.fingerprint: clip for clip in project.clips}
        for status in statuses:
            if status.result is None or status.result.keep is None:
                continue
            clip = by_print.get(status.fingerprint)
            if clip is None:
                missing += 1
                continue
            keep = status.result.keep
            if isinstance(keep, PitchTrack):
                settings = VoiceSettings(threshold_hz=float(params.get("threshold_hz", 300.0)))
                project.run(cache_track(project, clip, keep, settings), undoable=False)
            elif isinstance(keep, MotionEnergy):
                if saved_regions(project, clip) != keep.regions:
                    project.run(set_regions(project, clip, keep.regions), undoable=False)
                project.run(cache_motion(project, clip, keep), undoable=False)
            kept += 1
    finally:
        project.close()
    return Stored(kept, missing)
