"""``analyse`` verbs: contingency, lag-sequential transitions and movement synchrony, for batch work.

Projects are only read. Every figure is printed with its window, lag, unit and method.
"""

from __future__ import annotations

import argparse
import re
from typing import TYPE_CHECKING, Any

from vig_annotator.cli import options
from vig_annotator.cli.analysis_input import emit, fmt, output_options

if TYPE_CHECKING:
    from vig_annotator.analysis.motion_energy import MotionEnergy, Region


def add_dynamics_verbs(verbs: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Register ``contingency``, ``sequences`` and ``synchrony`` under the ``analyse`` verb group."""
    from vig_annotator.cli.contingency_verbs import add_contingency_verbs
    from vig_annotator.cli.sequence_verbs import add_sequences_verb

    add_contingency_verbs(verbs)
    add_sequences_verb(verbs)
    y = verbs.add_parser("synchrony", help="movement synchrony of two regions of a video")
    y.add_argument("video", metavar="VIDEO | PROJECT[::SESSION]", help="a video file, or a project session's clip")
    y.add_argument("--region", action="append", default=[], metavar="NAME=X,Y,W,H",
                   help="a person's region in pixels of the upright picture; give two (the first leads at "
                        "positive lags); on a project's clip, default: the regions saved for that clip")
    options.add_synchrony_options(y)
    y.add_argument("--threshold", type=options.whole(0, 255), default=12,
                   help="grey-level change counted as motion (default 12)")
    output_options(y)
    y.set_defaults(run=run_synchrony)


def _video_of(spec: str, regions: dict[str, Region], threshold: int) -> tuple[str, dict[str, Region],
                                                                          MotionEnergy | None]:
    """The video, its regions and any motion energy kept for them.

    A video path is taken as given. For PROJECT::SESSION (or a project's only clip) the regions default
    to those saved for the clip, and motion energy the project keeps for them is reused (read-only).
    """
    from vig_annotator.analysis.saved_motion import cached_motion, saved_regions
    from vig_annotator.store.clips import resolve
    from vig_annotator.store.opening import open_project
    from vig_annotator.store.urls import PROJECT_SUFFIX, project_session

    path, session = project_session(spec)
    if session is None and not path.endswith(PROJECT_SUFFIX):
        if not regions:
            raise ValueError(f"{spec}: --region: expected two regions, e.g. --region parent=0,0,640,720 "
                             "--region infant=640,0,640,720")
        return spec, regions, None
    project = open_project(path, read_only=True)
    try:
        if session is not None:
            clip = project.clip(project.session(session).clip_id)
        elif len(project.clips) == 1:
            clip = project.clips[0]
        else:
            raise ValueError(f"{path}: has {len(project.clips)} clips; name a session as {path}::SESSION")
        if not regions:
            regions = saved_regions(project, clip)
            if not regions:
                raise ValueError(f"{spec}: no regions are saved for the clip {clip.path}; give two --region "
                                 "NAME=X,Y,W,H or save them in the Analysis panel")
        cached = cached_motion(project, clip, regions, threshold)
        video = resolve(project, clip)
        if cached is None and not video.is_file():
            raise ValueError(f"{spec}: the clip {clip.path} is missing (relink it in the app)")
        return str(video), regions, cached
    finally:
        project.close()


def parse_region(text: str) -> tuple[str, tuple[int, int, int, int]]:
    """``NAME=X,Y,W,H`` in pixels."""
    match = re.fullmatch(r"\s*([\w-]+)\s*=\s*(\d+)\s*,\s*(\d+)\s*,\s*(\d+)\s*,\s*(\d+)\s*", text)
    if not match:
        raise ValueError(f"--region {text!r}: expected NAME=X,Y,W,H in pixels, e.g. parent=0,0,640,720")
    x, y, w, h = (int(match[i]) for i in range(2, 6))
    if w == 0 or h == 0:
        raise ValueError(f"--region {text!r}: the width and height must be above 0")
    return match[1], (x, y, w, h)


def _synchrony_test_lines(doc: dict[str, Any], seed: int) -> list[str]:
    """The two summaries with their surrogate test, or only the summaries and why the clip is not tested."""
    if doc["surrogate_test"] != "tested":
        return [f"Mean peak r {fmt(doc['synchrony'])}; mean Fisher z of |r| over lags and windows (rMEA/SUSY) "
                f"{fmt(doc['fisher_z_abs'])}.",
                f"Surrogate test: {doc['note'] or doc['surrogate_test']}."]
    lines = [f"Mean peak r {fmt(doc['synchrony'])}; pseudo-synchrony (segment-shuffled surrogates) "
             f"{fmt(doc['surrogate_mean'])}; effect {fmt(doc['effect'])}; effect size {fmt(doc['effect_size'], 2)}; "
             f"p = {fmt(doc['p_value'], 4)}.",
             f"Mean Fisher z of |r| over lags and windows (rMEA/SUSY) {fmt(doc['fisher_z_abs'])}; pseudo-synchrony "
             f"{fmt(doc['fisher_z_pseudo'])}; effect {fmt(doc['fisher_z_effect'])}; effect size "
             f"{fmt(doc['fisher_z_effect_size'], 2)}; p = {fmt(doc['fisher_z_p'], 4)}.",
             f"({doc['surrogates']} surrogates over {doc['segments']} window-long segments, seed {seed}; "
             "—: undefined.)"]
    return lines + ([f"Note: {doc['note']}."] if doc["note"] else [])


def run_synchrony(args: argparse.Namespace) -> int:
    import numpy as np
    import pandas as pd

    from vig_annotator.analysis.motion_energy import motion_energy
    from vig_annotator.analysis.synchrony import frame_rate, resample, synchrony

    regions = dict(parse_region(r) for r in args.region)
    if args.region and (len(args.region) != 2 or len(regions) != 2):
        raise ValueError(f"--region: expected two regions with different names (got {len(args.region)}), "
                         "e.g. --region parent=0,0,640,720 --region infant=640,0,640,720")
    if not args.window > 0 or args.max_lag < 0 or (args.step is not None and not args.step > 0):
        raise ValueError(f"--window {args.window:g} / --max-lag {args.max_lag:g}: expected a window above 0 s and "
                         "a lag of 0 s or more")
    given = bool(regions)
    args.video, regions, cached = _video_of(args.video, regions, args.threshold)
    if len(regions) != 2:
        raise ValueError(f"{args.video}: the saved regions are {', '.join(regions)}: expected two; give two --region")
    motion = cached or motion_energy(args.video, regions, threshold=args.threshold)
    first, second = list(regions)
    rate = frame_rate(motion.times_ms)
    a = resample(motion.times_ms, motion.energy[first], rate)
    b = resample(motion.times_ms, motion.energy[second], rate)
    try:
        result = synchrony(a, b, rate, args.window, args.max_lag, args.step, args.surrogates, args.seed)
    except ValueError as exc:
        raise ValueError(f"{args.video}: {exc}") from None
    offset = float(motion.times_ms[0]) / 1000
    doc = {"video": args.video, "first": first, "second": second,
           "regions": {k: list(v) for k, v in regions.items()},
           "regions_from": "command line" if given else "project", "motion_cached": cached is not None,
           "motion_method": motion.method, **result.as_dict()}
    for w in doc["windows"]:
        w["start_s"] = round(w["start_s"] + offset, 6)
    windows = pd.DataFrame(doc["windows"])
    profile = pd.DataFrame(doc["lag_profile"])
    series = pd.DataFrame({"time_s": np.round(motion.times_ms / 1000, 6), first: motion.energy[first],
                           second: motion.energy[second]})
    summary = pd.DataFrame([{k: doc[k] for k in ("first", "second", "lag_s", "peak_r", "window_s", "step_s",
                                                 "max_lag_s", "synchrony", "surrogate_mean", "effect", "p_value",
                                                 "effect_size", "fisher_z_abs", "fisher_z_pseudo", "fisher_z_effect",
                                                 "fisher_z_effect_size", "fisher_z_p", "surrogates", "segments",
                                                 "smallest_p", "surrogate_test", "note")}])
    lag = doc["lag_s"] or 0
    lead = f"positive: {first} leads" if lag > 0 else f"negative: {second} leads" if lag < 0 else "neither leads"
    lines = [f"Movement synchrony of {first} and {second} in {args.video}: windows of {result.window_s:g} s every "
             f"{result.step_s:g} s, lags ±{result.max_lag_s:g} s at {rate:.3f} Hz "
             f"({len(result.window_starts_s)} windows).",
             f"Regions ({'given' if given else 'saved in the project'}): "
             + "; ".join(f"{n}={','.join(str(v) for v in r)}" for n, r in regions.items())
             + (" (motion energy kept in the project, not decoded again)." if cached else "."),
             f"Motion: {motion.method}.", f"Method: {result.method}.", "",
             f"Peak of the mean lag profile: r = {fmt(doc['peak_r'])} at lag {fmt(doc['lag_s'])} s "
             f"({lead}).",
             *_synchrony_test_lines(doc, args.seed)]
    lines += ["", f"{'window start s':>14} {'peak r':>7} {'lag s':>7}"]
    lines += [f"{fmt(w['start_s']):>14} {fmt(w['peak_r']):>7} {fmt(w['lag_s']):>7}" for w in doc["windows"]]
    emit(args, "\n".join(lines), doc, {"synchrony": summary, "windows": windows, "lag_profile": profile,
                                        "motion": series})
    return 0
