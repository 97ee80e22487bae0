"""``analyse`` verbs: contingency, lag-sequential transitions and movement synchrony, for batch work.

Projects are only read. Every figure is printed with its window, lag, unit and method.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import pandas as pd

    from vig_annotator.analysis import Event
    from vig_annotator.analysis.motion_energy import MotionEnergy, Region


def add_dynamics_verbs(verbs: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Register ``contingency``, ``sequences`` and ``synchrony`` under the ``analyse`` verb group."""
    c = verbs.add_parser("contingency", help="how often TARGET starts within a window after GIVEN starts")
    c.add_argument("source", metavar="PROJECT[::SESSION]", help="one session, or a project (sessions pooled)")
    c.add_argument("--given", required=True, help="code id whose onsets open the windows")
    c.add_argument("--target", required=True, help="code id looked for in the windows")
    c.add_argument("--window", default="0-2", help="START-END in seconds after the given onset (default 0-2)")
    c.add_argument("--permutations", type=int, default=1000, help="time shifts for the p-value (default 1000)")
    c.add_argument("--seed", type=int, default=0, help="random seed of the time shifts (default 0)")
    _output_options(c)
    c.set_defaults(run=run_contingency)

    s = verbs.add_parser("sequences", help="lag-sequential transitions between codes")
    s.add_argument("source", metavar="PROJECT[::SESSION]", help="one session, or a project (sessions pooled)")
    s.add_argument("--codes", help="comma-separated code ids (default: every code used)")
    s.add_argument("--lag", type=int, default=1, help="event lag (default 1)")
    s.add_argument("--window-s", type=float, help="time-based: count a pair only when the later event starts "
                                                  "within this many seconds")
    _output_options(s)
    s.set_defaults(run=run_sequences)

    y = verbs.add_parser("synchrony", help="movement synchrony of two regions of a video")
    y.add_argument("video", metavar="VIDEO | PROJECT[::SESSION]", help="a video file, or a project session's clip")
    y.add_argument("--region", action="append", default=[], metavar="NAME=X,Y,W,H",
                   help="a person's region in pixels of the upright picture; give two (the first leads at "
                        "positive lags); on a project's clip, default: the regions saved for that clip")
    y.add_argument("--window", type=float, default=30, help="window in seconds (default 30)")
    y.add_argument("--max-lag", type=float, default=5, help="largest lag in seconds (default 5)")
    y.add_argument("--step", type=float, help="seconds between window starts (default: the window)")
    y.add_argument("--threshold", type=int, default=12, help="grey-level change counted as motion (default 12)")
    y.add_argument("--surrogates", type=int, default=200, help="shuffles for the surrogate test (default 200)")
    y.add_argument("--seed", type=int, default=0, help="random seed of the surrogate shuffles (default 0)")
    _output_options(y)
    y.set_defaults(run=run_synchrony)


def _output_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("-f", "--format", choices=["text", "json", "csv", "xlsx"], default="text", help="output format")
    parser.add_argument("-o", "--output", help="file to write (required for xlsx)")


@dataclass(frozen=True)
class _Session:
    label: str
    events: list[Event]
    span_ms: tuple[int, int]
    codes: tuple[str, ...]
    scheme: str


def _read(spec: str) -> list[_Session]:
    """The sessions named by PROJECT::SESSION (one) or PROJECT (all), read and the project closed again."""
    from vig_annotator.store.project_file import open_project

    path, _, session = spec.partition("::")
    if "::" in spec and not session.isdigit():
        raise ValueError(f"{spec}: the session after '::' must be a number (see `vig-annotator info`)")
    project = open_project(path, read_only=True)
    try:
        chosen = [project.session(int(session))] if session else list(project.sessions)
        if not chosen:
            raise ValueError(f"{path}: has no sessions")
        out = []
        for s in chosen:
            events = [(seg.code_id, seg.start_ms, seg.end_ms) for seg in project.segments(s.id)]
            duration = project.clip(s.clip_id).duration_ms or max((e[2] for e in events), default=0)
            scheme = project.scheme_of(s)
            out.append(_Session(f"{Path(path).name}::{s.id}", events, (0, int(duration)),
                                tuple(c.id for c in scheme.codes), f"{scheme.id} {scheme.version}"))
        return out
    finally:
        project.close()


def _with_codes(sessions: list[_Session], codes: list[str]) -> list[_Session]:
    """The sessions whose scheme (or coding) has every one of the codes; sessions of other schemes are left out."""
    kept = [s for s in sessions if set(codes) <= set(s.codes) | {e[0] for e in s.events}]
    if not kept:
        raise ValueError(f"{sessions[0].label.partition('::')[0]}: no session's scheme has all of "
                         f"{', '.join(codes)}")
    return kept


def _video_of(spec: str, regions: dict[str, Region], threshold: int) -> tuple[str, dict[str, Region],
                                                                          MotionEnergy | None]:
    """The video, its regions and any motion energy kept for them.

    A video path is taken as given. For PROJECT::SESSION (or a project's only clip) the regions default
    to those saved for the clip, and motion energy the project keeps for them is reused (read-only).
    """
    from vig_annotator.analysis.saved_motion import cached_motion, saved_regions
    from vig_annotator.store.clips import resolve
    from vig_annotator.store.project_file import open_project

    path, sep, session = spec.partition("::")
    if not sep and not path.endswith(".vigproj"):
        if not regions:
            raise ValueError(f"{spec}: --region: expected two regions, e.g. --region parent=0,0,640,720 "
                             "--region infant=640,0,640,720")
        return spec, regions, None
    if sep and not session.isdigit():
        raise ValueError(f"{spec}: the session after '::' must be a number (see `vig-annotator info`)")
    project = open_project(path, read_only=True)
    try:
        if session:
            clip = project.clip(project.session(int(session)).clip_id)
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


def _check_code(sessions: list[_Session], code: str, option: str) -> None:
    known = {c for s in sessions for c in s.codes} | {e[0] for s in sessions for e in s.events}
    if code not in known:
        first = sessions[0]
        listed = ", ".join(first.codes[:12]) + (", …" if len(first.codes) > 12 else "")
        raise ValueError(f"{option} {code!r}: no such code in {first.label} (scheme {first.scheme}; codes: {listed})")


def parse_window(text: str) -> tuple[float, float]:
    """``START-END`` (or ``END``) in seconds → milliseconds."""
    match = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*(?:-\s*(\d+(?:\.\d+)?))?\s*", text)
    if not match:
        raise ValueError(f"--window {text!r}: expected START-END in seconds, e.g. 0-2")
    start, end = (0.0, float(match[1])) if match[2] is None else (float(match[1]), float(match[2]))
    if end <= start:
        raise ValueError(f"--window {text!r}: the end must come after the start (e.g. 0-2)")
    return start * 1000, end * 1000


def parse_region(text: str) -> tuple[str, tuple[int, int, int, int]]:
    """``NAME=X,Y,W,H`` in pixels."""
    match = re.fullmatch(r"\s*([\w-]+)\s*=\s*(\d+)\s*,\s*(\d+)\s*,\s*(\d+)\s*,\s*(\d+)\s*", text)
    if not match:
        raise ValueError(f"--region {text!r}: expected NAME=X,Y,W,H in pixels, e.g. parent=0,0,640,720")
    x, y, w, h = (int(match[i]) for i in range(2, 6))
    if w == 0 or h == 0:
        raise ValueError(f"--region {text!r}: the width and height must be above 0")
    return match[1], (x, y, w, h)


def _emit(args: argparse.Namespace, text: str, doc: dict[str, Any], tables: dict[str, pd.DataFrame]) -> None:
    """Print or write the result in the chosen format."""
    from vig_annotator.io.table_files import write_tables

    if args.format in ("text", "json"):
        body = text if args.format == "text" else json.dumps(doc, indent=2, ensure_ascii=False, allow_nan=False)
        if args.output:
            Path(args.output).write_text(body + "\n", encoding="utf-8")
            print(f"wrote {args.output}")
        else:
            print(body)
        return
    if args.format == "csv" and not args.output:
        next(iter(tables.values())).to_csv(sys.stdout, index=False)
        return
    if not args.output:
        raise ValueError(f"-f {args.format} needs -o OUT.{args.format}")
    written = write_tables(tables, args.format, args.output)
    print("wrote " + ", ".join(str(p) for p in written))


def _f(x: float | None, digits: int = 3) -> str:
    return "—" if x is None else f"{x:.{digits}f}"


def _iqr(q1: float | None, q3: float | None) -> str:
    return "—" if q1 is None or q3 is None else f"{q1:.3f}–{q3:.3f}"


def run_contingency(args: argparse.Namespace) -> int:
    import pandas as pd

    from vig_annotator.analysis.contingency import SessionEvents, contingency

    window = parse_window(args.window)
    if args.permutations < 0:
        raise ValueError(f"--permutations {args.permutations}: expected 0 or more")
    sessions = _read(args.source)
    _check_code(sessions, args.given, "--given")
    _check_code(sessions, args.target, "--target")
    sessions = _with_codes(sessions, [args.given, args.target])
    inputs = [SessionEvents(s.events, s.span_ms, s.label) for s in sessions]
    each = [contingency([i], args.given, args.target, window, args.permutations, args.seed, i.label)
            for i in inputs]
    whole = each[0] if len(each) == 1 else contingency(inputs, args.given, args.target, window,
                                                       args.permutations, args.seed, "pooled")
    doc = {"source": args.source, **whole.as_dict()}
    if len(each) > 1:
        doc["per_session"] = [c.as_dict() for c in each]
    rows = [c.as_dict() for c in ([whole] + each if len(each) > 1 else [whole])]
    table = pd.DataFrame([{k: v for k, v in r.items() if k not in ("latencies_s", "method")} for r in rows])
    table["window_s"] = table["window_s"].map(lambda w: f"{w[0]:g}-{w[1]:g}")
    latencies = pd.DataFrame([{"session": c.label, "latency_s": x} for c in each for x in c.latencies_s],
                             columns=["session", "latency_s"])
    d = whole.as_dict()
    w0, w1 = whole.window_s
    lines = [f"Contingency of {whole.target} on {whole.given} in {args.source} "
             f"({len(each)} session{'s' if len(each) > 1 else ''}{', counts pooled' if len(each) > 1 else ''}), "
             f"window {w0:g}–{w1:g} s after each {whole.given} onset.",
             f"Method: {whole.method}.", "",
             f"{'session':24} {'given':>6} {'resp.':>6} {'rate':>6} {'base':>6} {'ratio':>6} {'p':>7} "
             f"{'median latency s':>16} {'IQR s':>13}"]
    for r in rows:
        lines.append(f"{r['label']:24} {r['n_given']:6d} {r['n_responded']:6d} {_f(r['rate']):>6} "
                     f"{_f(r['base_rate']):>6} {_f(r['ratio'], 2):>6} {_f(r['p_value'], 4):>7} "
                     f"{_f(r['median_latency_s']):>16} {_iqr(r['latency_q1_s'], r['latency_q3_s']):>13}")
    lines += ["", f"Rate = share of {d['n_given']} {whole.given} onsets followed by {whole.target} within "
                  f"{w0:g}–{w1:g} s; base rate = share of random {w1 - w0:g} s windows holding a {whole.target} "
                  f"onset; p from {whole.permutations} time shifts (seed {whole.seed}); latencies in seconds."]
    _emit(args, "\n".join(lines), doc, {"contingency": table, "latencies": latencies})
    return 0


def run_sequences(args: argparse.Namespace) -> int:
    import pandas as pd

    from vig_annotator.analysis.sequences import transitions

    sessions = _read(args.source)
    if args.codes:
        codes = [c.strip() for c in args.codes.split(",") if c.strip()]
        for code in codes:
            _check_code(sessions, code, "--codes")
        sessions = _with_codes(sessions, codes)
    else:
        used = {e[0] for s in sessions for e in s.events}
        order = [c for s in sessions for c in s.codes]
        codes = list(dict.fromkeys([c for c in order if c in used] + sorted(used - set(order))))
    if args.lag < 1:
        raise ValueError(f"--lag {args.lag}: expected 1 or more")
    if args.window_s is not None and not args.window_s > 0:
        raise ValueError(f"--window-s {args.window_s:g}: expected more than 0 seconds")
    result = transitions([(s.label, s.events) for s in sessions], codes, args.lag,
                         None if args.window_s is None else args.window_s * 1000)
    pairs = result.pairs()
    doc = {"source": args.source, "codes": list(codes), "lag": args.lag, "window_s": args.window_s,
           "n_transitions": result.n, "sessions": [s.label for s in sessions], "method": result.method,
           "pairs": pairs}
    flat = []
    for p in pairs:
        row = {k: v for k, v in p.items() if k not in ("per_session", "odds_ratio_ci95")}
        row["or_ci95_low"], row["or_ci95_high"] = p["odds_ratio_ci95"]
        for s in p.get("per_session", []):
            row[f"z {s['session']}"] = s["adjusted_residual"]
            row[f"Q {s['session']}"] = s["yules_q"]
        flat.append(row)
    table = pd.DataFrame(flat)
    gap = "" if args.window_s is None else f", time-based within {args.window_s:g} s"
    pooled = len(sessions) > 1
    lines = [f"Lag-sequential transitions in {args.source}: lag {args.lag}{gap}, {result.n} transitions "
             f"among {len(codes)} codes{' pooled over ' + str(len(sessions)) + ' sessions' if pooled else ''}.",
             f"Method: {result.method}.", "",
             f"{'given → target':34} {'O':>5} {'E':>7} {'p(T|G)':>7} {'z':>7} {'Q':>6} {'OR [95% CI]':>22}"
             + ("  z per session" if pooled else "")]
    for p in pairs:
        lo, hi = p["odds_ratio_ci95"]
        ci = f"{_f(p['odds_ratio'], 2)} [{_f(lo, 2)}, {_f(hi, 2)}]"
        extra = ("  " + " ".join(_f(s["adjusted_residual"], 2) for s in p["per_session"])) if pooled else ""
        lines.append(f"{(p['given'] + ' → ' + p['target'])[:34]:34} {p['observed']:5d} {_f(p['expected'], 2):>7} "
                     f"{_f(p['transitional_probability']):>7} {_f(p['adjusted_residual'], 2):>7} "
                     f"{_f(p['yules_q'], 2):>6} {ci:>22}{extra}")
    lines += ["", "O, E: transition counts (observed, expected); z: adjusted residual (|z| > 1.96 at α = .05); "
                  "Q: Yule's Q; OR: odds ratio." + (" Sessions: " + ", ".join(s.label for s in sessions)
                                                    if pooled else "")]
    _emit(args, "\n".join(lines), doc, {"transitions": table})
    return 0


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
                                                 "surrogates")}])
    lag = doc["lag_s"] or 0
    lead = f"positive: {first} leads" if lag > 0 else f"negative: {second} leads" if lag < 0 else "neither leads"
    lines = [f"Movement synchrony of {first} and {second} in {args.video}: windows of {result.window_s:g} s every "
             f"{result.step_s:g} s, lags ±{result.max_lag_s:g} s at {rate:.3f} Hz "
             f"({len(result.window_starts_s)} windows).",
             f"Regions ({'given' if given else 'saved in the project'}): "
             + "; ".join(f"{n}={','.join(str(v) for v in r)}" for n, r in regions.items())
             + (" (motion energy kept in the project, not decoded again)." if cached else "."),
             f"Motion: {motion.method}.", f"Method: {result.method}.", "",
             f"Peak of the mean lag profile: r = {_f(doc['peak_r'])} at lag {_f(doc['lag_s'])} s "
             f"({lead}).",
             f"Synchrony (mean per-window peak r) {_f(doc['synchrony'])}; pseudo-synchrony (surrogates) "
             f"{_f(doc['surrogate_mean'])}; effect {_f(doc['effect'])}; p = {_f(doc['p_value'], 4)} "
             f"({doc['surrogates']} surrogates, seed {args.seed}).", "",
             f"{'window start s':>14} {'peak r':>7} {'lag s':>7}"]
    lines += [f"{_f(w['start_s']):>14} {_f(w['peak_r']):>7} {_f(w['lag_s']):>7}" for w in doc["windows"]]
    _emit(args, "\n".join(lines), doc, {"synchrony": summary, "windows": windows, "lag_profile": profile,
                                        "motion": series})
    return 0
