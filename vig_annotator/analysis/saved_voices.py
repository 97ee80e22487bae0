"""A clip's pitch contour and its adult/infant threshold kept in the project, keyed by the clip's fingerprint.

The pitch track is computed data (``voices:{fingerprint}:{hash}``, an audit entry, not undoable) kept so
reopening the clip or project shows the voice tracks without decoding the sound again; the hash names the
pitch settings (floor, ceiling, step). It lives in the project rather than a per-user cache folder because it
is derived from the participants' voices: it goes when the project goes (delete-by dates, consent), follows
the project to a lab server, and leaves no copy behind on the machine. A 10-minute clip at 10 ms frames is
60,000 frames, ≈ 0.3 MB compressed. The threshold (``voice_threshold:{fingerprint}``) is the coder's choice:
an undoable edit, so the vocalisations and suggestions it gives can be reproduced.
"""

from __future__ import annotations

import base64
import hashlib
import json
import zlib
from typing import Any

import numpy as np

from vig_annotator.analysis.pitch import PitchTrack
from vig_annotator.analysis.voices import VoiceSettings
from vig_annotator.core.commands import Command, edit
from vig_annotator.core.model import Clip, Setting
from vig_annotator.core.project import Project

STEP_MS = 10
DEFAULT = VoiceSettings()
"""The pitch frame step the GUI computes with (the command line's default too)."""


def voices_key(clip: Clip, settings: VoiceSettings = DEFAULT) -> str:
    """``voices:{fingerprint}:{hash}``; the hash names what shapes the pitch track (floor, ceiling, step)."""
    text = json.dumps([settings.floor_hz, settings.ceiling_hz, STEP_MS])
    return f"voices:{clip.fingerprint}:{hashlib.sha1(text.encode()).hexdigest()[:12]}"


def threshold_key(clip: Clip) -> str:
    return f"voice_threshold:{clip.fingerprint}"


def _pack(values: np.ndarray, dtype: str) -> str:
    return base64.b64encode(zlib.compress(np.asarray(values, dtype=dtype).tobytes(), 6)).decode("ascii")


def _unpack(text: str, dtype: str) -> np.ndarray:
    return np.frombuffer(zlib.decompress(base64.b64decode(text)), dtype=dtype).astype(np.float64)


def cached_track(project: Project, clip: Clip, settings: VoiceSettings = DEFAULT) -> PitchTrack | None:
    """The pitch track kept for the clip, or None when it was never computed (or is unreadable)."""
    value = project.setting(voices_key(clip, settings))
    if not isinstance(value, dict):
        return None
    try:
        start = float(value["start_ms"])
        times = _unpack(value["times_ms"], "<f4") + start
        f0 = _unpack(value["f0_hz"], "<f4")
        strength = _unpack(value["strength"], "u1") / 255.0
    except (KeyError, ValueError, TypeError, zlib.error):
        return None
    if not len(times) == len(f0) == len(strength):
        return None
    return PitchTrack(times, f0, strength, int(value.get("step_ms", STEP_MS)))


def cache_track(project: Project, clip: Clip, track: PitchTrack,
                settings: VoiceSettings = DEFAULT) -> Command:
    """The edit keeping ``track`` for the clip; run it with ``undoable=False`` (computed data).

    Only the latest settings' track is kept per clip (older entries go).
    """
    key = voices_key(clip, settings)
    start = float(track.times_ms[0]) if len(track.times_ms) else 0.0
    value: dict[str, Any] = {
        "start_ms": start, "step_ms": track.step_ms,
        "times_ms": _pack(track.times_ms - start, "<f4"),
        "f0_hz": _pack(track.f0_hz, "<f4"),
        "strength": _pack(np.round(np.clip(track.strength, 0, 1) * 255), "u1"),
    }
    before = project.entities["setting"].get(key)
    older = [(s, None) for k, s in project.entities["setting"].items()
             if isinstance(s, Setting) and k != key and str(k).startswith(f"voices:{clip.fingerprint}:")]
    return edit("Keep voice pitch", [*older, (before if isinstance(before, Setting) else None, Setting(key, value))])


def saved_threshold(project: Project, clip: Clip) -> float:
    """The infant/adult F0 threshold chosen for the clip (the default, 300 Hz, when none was)."""
    value = project.setting(threshold_key(clip))
    try:
        hz = float(value)
        VoiceSettings(threshold_hz=hz)
    except (TypeError, ValueError):
        return VoiceSettings.threshold_hz
    return hz


def set_threshold(project: Project, clip: Clip, hz: float) -> Command:
    """The undoable edit "Set voice threshold" (successive changes merge into one undo step).

    Raises ValueError when ``hz`` is not between the pitch floor and ceiling.
    """
    VoiceSettings(threshold_hz=hz)
    key = threshold_key(clip)
    before = project.entities["setting"].get(key)
    after = Setting(key, round(float(hz), 1))
    if before == after:
        return edit("Set voice threshold", [])
    return edit("Set voice threshold", [(before if isinstance(before, Setting) else None, after)],
                merge_key=("voice_threshold", clip.fingerprint))


def settings_for(project: Project, clip: Clip) -> VoiceSettings:
    """The voice settings for the clip: the defaults with the clip's chosen threshold."""
    return VoiceSettings(threshold_hz=saved_threshold(project, clip))
