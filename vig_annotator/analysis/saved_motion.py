"""Regions per person and motion energy kept in the project, keyed by the clip's fingerprint.

Regions are the user's choice (an undoable edit, ``regions:{fingerprint}``); motion energy is computed
data (``motion:{fingerprint}:{hash}``, written as an audit entry, not undoable) kept so the panel does not
decode the clip again. The cache lives in the project file rather than the user's data folder so it
travels with the project: an hour at 25 fps is 90,000 frames, 3 float32 series (times and two regions)
≈ 1.1 MB, ≈ 1.4 MB as base64 — small beside a SQLite project and read only when asked for.
"""

from __future__ import annotations

import base64
import hashlib
import json
from collections.abc import Mapping

import numpy as np

from vig_annotator.analysis.motion_energy import MotionEnergy, Region
from vig_annotator.core.commands import Command, edit
from vig_annotator.core.model import Clip, Setting
from vig_annotator.core.project import Project


def regions_key(clip: Clip) -> str:
    return f"regions:{clip.fingerprint}"


def saved_regions(project: Project, clip: Clip) -> dict[str, Region]:
    """The regions saved for the clip (empty when none): {name: (x, y, w, h)}."""
    value = project.setting(regions_key(clip)) or {}
    return {str(name): (int(r[0]), int(r[1]), int(r[2]), int(r[3])) for name, r in value.items()}


def set_regions(project: Project, clip: Clip, regions: Mapping[str, Region]) -> Command:
    """The undoable edit "Set regions" saving ``regions`` for the clip (no pairs when nothing changes)."""
    key = regions_key(clip)
    before = project.entities["setting"].get(key)
    after = Setting(key, {name: list(r) for name, r in regions.items()}) if regions else None
    if before == after:
        return edit("Set regions", [])
    return edit("Set regions", [(before if isinstance(before, Setting) else None, after)])


def motion_key(clip: Clip, regions: Mapping[str, Region], threshold: int) -> str:
    """``motion:{fingerprint}:{hash}``; the hash names the regions (in order) and the noise threshold."""
    text = json.dumps([[n, list(r)] for n, r in regions.items()] + [threshold])
    return f"motion:{clip.fingerprint}:{hashlib.sha1(text.encode()).hexdigest()[:12]}"


def _pack(values: np.ndarray) -> str:
    return base64.b64encode(np.asarray(values, dtype="<f4").tobytes()).decode("ascii")


def _unpack(text: str) -> np.ndarray:
    return np.frombuffer(base64.b64decode(text), dtype="<f4").astype(np.float64)


def cached_motion(project: Project, clip: Clip, regions: Mapping[str, Region], threshold: int) -> MotionEnergy | None:
    """The motion energy kept for these regions of the clip, or None when it was never computed."""
    value = project.setting(motion_key(clip, regions, threshold))
    if not isinstance(value, dict):
        return None
    start = float(value["start_ms"])
    return MotionEnergy(times_ms=_unpack(value["times_ms"]) + start,
                        energy={n: _unpack(value["energy"][n]) for n in regions},
                        regions=dict(regions), threshold=threshold, step=int(value["step"]),
                        frame_size=(int(value["frame_size"][0]), int(value["frame_size"][1])))


def cache_motion(project: Project, clip: Clip, motion: MotionEnergy) -> Command:
    """The edit keeping ``motion`` for the clip; run it with ``undoable=False`` (computed data).

    Only the latest regions' motion is kept per clip (older entries go), so the project grows by one series.
    """
    key = motion_key(clip, motion.regions, motion.threshold)
    start = float(motion.times_ms[0]) if len(motion.times_ms) else 0.0
    value = {"start_ms": start, "times_ms": _pack(motion.times_ms - start),
             "energy": {n: _pack(e) for n, e in motion.energy.items()},
             "step": motion.step, "frame_size": list(motion.frame_size)}
    before = project.entities["setting"].get(key)
    older = [(s, None) for k, s in project.entities["setting"].items()
             if isinstance(s, Setting) and k != key and str(k).startswith(f"motion:{clip.fingerprint}:")]
    return edit("Keep motion energy", [*older, (before if isinstance(before, Setting) else None, Setting(key, value))])
