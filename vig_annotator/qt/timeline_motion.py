"""Motion energy and synchrony rows of the timeline, from the motion energy the project keeps for the clip.

Nothing is decoded here: the rows appear once the Analysis panel (or anyone) has computed motion energy
for the regions saved for the clip, and follow the project when either changes.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from vig_annotator.analysis.motion_energy import MotionEnergy
from vig_annotator.analysis.saved_motion import cached_motion, saved_regions
from vig_annotator.analysis.synchrony import frame_rate, resample, synchrony
from vig_annotator.core.model import Clip
from vig_annotator.core.project import Project

THRESHOLD = 12  # the panel's and the command line's noise threshold
WINDOW_S, MAX_LAG_S = 30.0, 5.0


@dataclass(frozen=True)
class Strip:
    """Per-window peak correlation and its lag (positive: the first region leads), for the synchrony row."""

    starts_ms: np.ndarray
    window_ms: float
    peak_r: np.ndarray
    lag_s: np.ndarray
    first: str


def motion_of(project: Project | None, clip: Clip | None) -> tuple[MotionEnergy | None, Strip | None]:
    """The kept motion energy of the clip's saved regions and its synchrony strip (None when not computed)."""
    if project is None or clip is None:
        return None, None
    regions = saved_regions(project, clip)
    motion = cached_motion(project, clip, regions, THRESHOLD) if regions else None
    if motion is None or len(regions) != 2 or len(motion.times_ms) < 3:
        return motion, None
    first, second = list(regions)
    rate = frame_rate(motion.times_ms)
    a, b = (resample(motion.times_ms, motion.energy[n], rate) for n in (first, second))
    span_s = len(a) / rate
    window = min(WINDOW_S, span_s / 3)
    try:
        result = synchrony(a, b, rate, window, min(MAX_LAG_S, window / 3), surrogates=0)
    except ValueError:
        return motion, None
    starts = float(motion.times_ms[0]) + result.window_starts_s * 1000
    return motion, Strip(starts, result.window_s * 1000, result.window_peak_r, result.window_peak_lag_s, first)


def bins(motion: MotionEnergy, name: str, start_ms: float, ms_per_px: float, n: int) -> np.ndarray:
    """The largest motion energy within each of ``n`` pixel columns from ``start_ms`` (NaN where no frame)."""
    times, energy = motion.times_ms, motion.energy[name]
    column = np.floor((times - start_ms) / ms_per_px).astype(np.int64)
    inside = (column >= 0) & (column < n)
    out = np.full(n, np.nan)
    if inside.any():
        np.fmax.at(out, column[inside], energy[inside])
    return out
