"""The per-clip work of a batch: plain functions of (clip path, parameters) → a ``ClipResult``.

These are what Dask workers call, and they compute exactly what the single-clip verbs do
(``analyse voices``, ``analyse synchrony``, ``probe``), so a clip's rows are the same whichever runs
them. Parameters are plain JSON values: they are part of the cache key.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from vig_annotator.batch.inputs import BatchClip

VERSION = 3
"""Bumped when an analysis's rows change meaning: results kept by an older version are computed again."""


@dataclass
class ClipResult:
    """One clip's rows, and what ``--into`` keeps in a project (a pitch track, a motion series)."""

    rows: list[dict[str, Any]]
    keep: Any = field(default=None, repr=False)
    seconds: float = 0.0
    """How long the worker took over it."""


def locate(path: str, media_relative: str = "") -> Path:
    """The clip on this worker: at its path, else under this computer's ``VIG_MEDIA``.

    A lab's workers may mount the media elsewhere than the computer that sent the batch; the batch
    sends the path relative to its own ``VIG_MEDIA`` (when the clip lies below it) for this case.
    """
    here = Path(path)
    if here.is_file():
        return here
    media = os.environ.get("VIG_MEDIA")
    if media and media_relative and (Path(media) / media_relative).is_file():
        return Path(media) / media_relative
    where = f" or under VIG_MEDIA={media}" if media else " (set VIG_MEDIA where the workers see the media)"
    raise FileNotFoundError(f"{path}: not found on worker {os.uname().nodename}{where}")


def voices(path: Path, params: dict[str, Any]) -> ClipResult:
    """Utterances, adult or infant, as ``analyse voices`` lists them (examples: the clip's own, from its project)."""
    from vig_annotator.analysis.voice_classes import VoiceExample
    from vig_annotator.analysis.voices import VoiceSettings, analyse_sound, vocalisations

    threshold = float(params.get("threshold_hz", 300.0))
    examples = tuple(VoiceExample(int(start), int(end), str(speaker))
                     for speaker, start, end in params.get("examples", ()))
    result = analyse_sound(path, VoiceSettings(threshold_hz=threshold))
    if result is None:  # pragma: no cover - only a cancel callback returns None, and the batch passes none
        raise RuntimeError(f"{path}: voice analysis stopped")
    found = vocalisations(result.track, VoiceSettings(threshold_hz=threshold, examples=examples))
    rows = [{"start_s": round(v.start_ms / 1000, 3), "end_s": round(v.end_ms / 1000, 3), "speaker": v.speaker,
             "f0_median_hz": v.f0_median_hz, "confidence": v.confidence, "example": v.example} for v in found]
    return ClipResult(rows, result.track)


def _regions(params: dict[str, Any]) -> dict[str, tuple[int, int, int, int]]:
    regions = {str(k): (int(v[0]), int(v[1]), int(v[2]), int(v[3])) for k, v in params["regions"].items()}
    if len(regions) != 2:
        raise ValueError(f"expected two regions, got {len(regions)} ({', '.join(regions) or 'none'})")
    return regions


def motion(path: Path, params: dict[str, Any]) -> ClipResult:
    """Motion energy of two regions in every frame: one row per frame, a column per region."""
    from vig_annotator.analysis.motion_energy import motion_energy

    found = motion_energy(path, _regions(params), threshold=int(params.get("threshold", 12)))
    names = list(found.regions)
    rows = [{"time_s": round(float(t) / 1000, 6), **{n: float(found.energy[n][i]) for n in names}}
            for i, t in enumerate(found.times_ms)]
    return ClipResult(rows, found)


SYNCHRONY_FIELDS = ("first", "second", "lag_s", "peak_r", "window_s", "step_s", "max_lag_s", "synchrony",
                    "surrogate_mean", "effect", "p_value", "surrogates", "surrogate_test", "note")
"""The summary row of ``analyse synchrony`` (its ``synchrony`` table), in its order."""


def synchrony(path: Path, params: dict[str, Any]) -> ClipResult:
    """Movement synchrony of the two regions: the summary row ``analyse synchrony`` writes."""
    from vig_annotator.analysis.motion_energy import motion_energy
    from vig_annotator.analysis.synchrony import frame_rate, resample
    from vig_annotator.analysis.synchrony import synchrony as windowed_synchrony

    found = motion_energy(path, _regions(params), threshold=int(params.get("threshold", 12)))
    first, second = list(found.regions)
    rate = frame_rate(found.times_ms)
    a = resample(found.times_ms, found.energy[first], rate)
    b = resample(found.times_ms, found.energy[second], rate)
    try:
        result = windowed_synchrony(a, b, rate, float(params.get("window", 30)), float(params.get("max_lag", 5)),
                                    params.get("step"), int(params.get("surrogates", 200)),
                                    int(params.get("seed", 0)))
    except ValueError as exc:
        raise ValueError(f"{path}: {exc}") from None
    figures = {"first": first, "second": second, **result.as_dict()}
    return ClipResult([{k: figures[k] for k in SYNCHRONY_FIELDS}], found)


def probe(path: Path, params: dict[str, Any]) -> ClipResult:
    """What ``probe --json`` says of the clip, without the per-frame times (one row)."""
    from vig_annotator.media.probe import probe as probe_clip

    facts = probe_clip(path).to_json(with_frames=False)
    facts.pop("path", None)
    return ClipResult([facts])


ANALYSES: dict[str, Callable[[Path, dict[str, Any]], ClipResult]] = {
    "voices": voices, "motion": motion, "synchrony": synchrony, "probe": probe,
}


def clip_params(analysis: str, params: dict[str, Any], clip: BatchClip) -> dict[str, Any]:
    """One clip's parameters, with what its project keeps for it.

    Voices take the coder's examples for the clip; motion and synchrony the regions saved for it when
    none were given.
    """
    if analysis == "voices" and clip.examples:
        return {**params, "examples": [list(e) for e in clip.examples]}
    if analysis not in ("motion", "synchrony") or params.get("regions"):
        return params
    if len(clip.regions) != 2:
        where = f" in {clip.project}" if clip.project else ""
        raise ValueError(f"{clip.path}: no two regions saved for this clip{where}; give two --region NAME=X,Y,W,H")
    return {**params, "regions": {name: list(r) for name, r in clip.regions.items()}}


def run_clip(analysis: str, path: str, media_relative: str, params: dict[str, Any]) -> ClipResult:
    """The task a worker runs: find the clip here, then analyse it."""
    started = time.perf_counter()
    result = ANALYSES[analysis](locate(path, media_relative), params)
    result.seconds = round(time.perf_counter() - started, 3)
    return result
