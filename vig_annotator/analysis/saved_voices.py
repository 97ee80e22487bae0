"""A clip's pitch contour, pitch midpoint and the coder's voice examples, kept in the project by clip fingerprint.

The pitch track is computed data (``voices:{fingerprint}:{hash}``, an audit entry, not undoable) kept so
reopening the clip or project shows the voice tracks without decoding the sound again; the hash names the
pitch settings (floor, ceiling, step) and the stored format (``FORMAT``: 2 adds each frame's loudness and
spectral shape, so a track kept by an older version is recomputed rather than read without them). It lives
in the project rather than a per-user cache folder because it is derived from the participants' voices: it
goes when the project goes (delete-by dates, consent), follows the project to a lab server, and leaves no
copy behind on the machine. A 10-minute clip at 10 ms frames is 60,000 frames, ≈ 0.5 MB compressed.
The threshold (``voice_threshold:{fingerprint}``) and the examples (``voice_examples:{fingerprint}``,
"this is the parent / the infant") are the coder's choices: undoable edits, so the vocalisations and
suggestions they give can be reproduced.
"""

from __future__ import annotations

import base64
import hashlib
import json
import zlib
from typing import Any

import numpy as np

from vig_annotator.analysis.pitch import PitchTrack
from vig_annotator.analysis.voices import VoiceExample, VoiceSettings
from vig_annotator.core.commands import Command, edit
from vig_annotator.core.model import Clip, Setting
from vig_annotator.core.project import Project

STEP_MS = 10
"""The pitch frame step the GUI computes with (the command line's default too)."""
DEFAULT = VoiceSettings()
FORMAT = 2
"""The stored track's format: 1 pitch and voicing, 2 also loudness, spectral centroid and tilt per frame."""
SPECTRUM = (("loudness_db", "<f2"), ("centroid_hz", "<f2"), ("tilt_db", "<f2"))


def voices_key(clip: Clip, settings: VoiceSettings = DEFAULT) -> str:
    """``voices:{fingerprint}:{hash}``; the hash names what shapes the track (floor, ceiling, step, format)."""
    text = json.dumps([settings.floor_hz, settings.ceiling_hz, STEP_MS, FORMAT])
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
        spectrum = [_unpack(value[name], dtype) if name in value else None for name, dtype in SPECTRUM]
    except (KeyError, ValueError, TypeError, zlib.error):
        return None
    if not all(a is None or len(a) == len(times) for a in (f0, strength, *spectrum)) or \
            any(a is None for a in spectrum) != all(a is None for a in spectrum):
        return None
    return PitchTrack(times, f0, strength, int(value.get("step_ms", STEP_MS)), *spectrum)


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
    for name, dtype in SPECTRUM:  # a track made from pitch alone (no sound features) keeps none
        kept = getattr(track, name)
        if kept is not None:
            value[name] = _pack(kept, dtype)
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


def examples_key(clip: Clip) -> str:
    return f"voice_examples:{clip.fingerprint}"


def saved_examples(project: Project, clip: Clip) -> tuple[VoiceExample, ...]:
    """The coder's voice examples for the clip, oldest first (unreadable entries are left out)."""
    value = project.setting(examples_key(clip))
    found: list[VoiceExample] = []
    for item in value if isinstance(value, list) else []:
        try:
            found.append(VoiceExample(int(item[0]), int(item[1]), str(item[2])))
        except (TypeError, ValueError, IndexError):
            continue
    return tuple(found)


def add_example(project: Project, clip: Clip, example: VoiceExample) -> Command:
    """The undoable edit "Mark voice as parent/infant": the example replaces any earlier one on the same span."""
    kept = [e for e in saved_examples(project, clip) if (e.start_ms, e.end_ms) != (example.start_ms, example.end_ms)]
    key = examples_key(clip)
    before = project.entities["setting"].get(key)
    after = Setting(key, [[e.start_ms, e.end_ms, e.speaker] for e in (*kept, example)])
    pairs = [(before if isinstance(before, Setting) else None, after)]
    return edit("Mark voice as parent", pairs) if example.speaker == "adult" else edit("Mark voice as infant", pairs)


def clear_examples(project: Project, clip: Clip) -> Command:
    """The undoable edit "Forget voice examples" (back to the prior model)."""
    before = project.entities["setting"].get(examples_key(clip))
    return edit("Forget voice examples", [(before, None)] if isinstance(before, Setting) else [])


def settings_for(project: Project, clip: Clip) -> VoiceSettings:
    """The voice settings for the clip: the defaults with the clip's chosen threshold and examples."""
    return VoiceSettings(threshold_hz=saved_threshold(project, clip), examples=saved_examples(project, clip))
