"""Kept motion energy: an hour at 25 fps for two regions written to a project and read back (budget: reading
it back < 0.5 s, far below decoding the clip again), the project file's growth, and the timeline's synchrony
strip computed from it (< 1 s). Prints each figure beside its budget as JSON.
"""

from __future__ import annotations

import json
import tempfile
import time
from pathlib import Path

import numpy as np

from vig_annotator.analysis.motion_energy import MotionEnergy
from vig_annotator.analysis.saved_motion import cache_motion, cached_motion, set_regions
from vig_annotator.core.model import Clip
from vig_annotator.qt.timeline_motion import motion_of
from vig_annotator.store.opening import create_project, open_project

REGIONS = {"parent": (0, 0, 960, 1080), "infant": (960, 0, 960, 1080)}
FRAMES = 3600 * 25


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "bench.vigproj"
        project = create_project(path)
        clip = Clip(1, "CASE", "clip.mp4", "1:abc", 3_600_000, FRAMES, 25.0)  # only its fingerprint is used
        rng = np.random.default_rng(0)
        motion = MotionEnergy(np.arange(FRAMES) * 40.0, {n: rng.random(FRAMES) for n in REGIONS}, dict(REGIONS), 12,
                              4, (1920, 1080))
        before = path.stat().st_size
        project.run(set_regions(project, clip, REGIONS))
        t = time.perf_counter()
        project.run(cache_motion(project, clip, motion), undoable=False)
        write_s = time.perf_counter() - t
        project.close()
        grown = path.stat().st_size - before
        t = time.perf_counter()
        project = open_project(path)
        open_s = time.perf_counter() - t
        t = time.perf_counter()
        back = cached_motion(project, clip, REGIONS, 12)
        read_s = time.perf_counter() - t
        assert back is not None
        t = time.perf_counter()
        _, strip = motion_of(project, clip)
        strip_s = time.perf_counter() - t
        project.close()
    print(json.dumps({"frames": FRAMES, "write_s": round(write_s, 3), "open_project_s": round(open_s, 3),
                      "read_back_s": round(read_s, 3), "read_back_budget_s": 0.5,
                      "timeline_strip_s": round(strip_s, 3), "timeline_strip_budget_s": 1.0,
                      "windows": 0 if strip is None else len(strip.starts_ms),
                      "project_file_growth_mb": round(grown / 1e6, 2)}, indent=2))


if __name__ == "__main__":
    main()
