"""The timeline shows each person's motion energy and a synchrony strip once the project keeps them for the clip."""

from __future__ import annotations

import numpy as np

from vig_annotator.analysis.motion_energy import MotionEnergy
from vig_annotator.analysis.saved_motion import cache_motion, set_regions

REGIONS = {"parent": (0, 0, 320, 360), "infant": (320, 0, 320, 360)}


def planted(clip_frames: int = 1000, lead: int = 10) -> MotionEnergy:
    """The infant copies the parent's motion 10 frames (0.4 s) later."""
    rng = np.random.default_rng(1)
    parent = rng.random(clip_frames + lead)
    return MotionEnergy(np.arange(clip_frames) * 40.0, {"parent": parent[lead:], "infant": parent[:-lead]},
                        dict(REGIONS), 12, 4, (640, 360))


def test_motion_rows_and_synchrony_strip_follow_the_project(window):
    ws, timeline = window.workspace, window.timeline
    kinds = [r.kind for r in timeline.layout_.rows]
    assert "motion" not in kinds and "sync" not in kinds  # nothing computed yet
    clip = ws.clip
    ws.run(set_regions(ws.project, clip, REGIONS))
    ws.run(cache_motion(ws.project, clip, planted()), undoable=False)
    rows = [(r.kind, r.label) for r in timeline.layout_.rows if r.kind in ("motion", "sync")]
    assert rows == [("motion", "Motion: parent"), ("motion", "Motion: infant"), ("sync", "Synchrony (peak r)")]
    strip = timeline.strip
    assert strip is not None and strip.first == "parent"
    # the copy is exact, so every window peaks at r = 1 with the parent leading by 0.4 s
    assert np.allclose(strip.peak_r, 1.0, atol=1e-6) and np.allclose(strip.lag_s, 0.4, atol=1e-6)
    assert not timeline.grab().isNull()  # the rows paint
    ws.do_undo()  # the regions go: so do the rows
    assert not [r for r in timeline.layout_.rows if r.kind in ("motion", "sync")]
