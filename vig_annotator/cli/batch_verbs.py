"""``batch``: one computed analysis over many clips (folders, projects), on a Dask cluster, resumable."""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path
from typing import Any

from vig_annotator.cli import options
from vig_annotator.cli.verbs import VERBS, CliError

ANALYSIS_HELP = {
    "voices": "vocalisations, adult or infant (as `analyse voices`)",
    "motion": "motion energy of two regions in every frame",
    "synchrony": "movement synchrony of two regions (as `analyse synchrony`)",
    "probe": "what each clip is: codec, size, frames, rate, rotation, sound (as `probe`)",
}


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    batch = sub.add_parser("batch", help=VERBS["batch"][1],
                           description="Run one analysis over clips, folders (searched for videos) and projects "
                                       "(their clips). Finished clips are kept by fingerprint and parameters, so "
                                       "a second run analyses only what is new.")
    kinds = batch.add_subparsers(dest="analysis", metavar="ANALYSIS", required=True,
                                  help="what to compute for every clip")
    for name, help_line in ANALYSIS_HELP.items():
        p = kinds.add_parser(name, help=help_line)
        p.add_argument("inputs", nargs="+", metavar="INPUT", help="a video, a folder of videos, or a project")
        p.add_argument("-o", "--output", required=True, metavar="OUT",
                       help="the table of results (.csv, .xlsx or .json); the per-clip status goes beside a CSV "
                            "as OUT.clips.csv, or in a second sheet")
        if name == "voices":
            p.add_argument("--threshold-hz", type=options.number(0, 20_000, above=True), default=300.0,
                           help="the pitch midpoint of the default weights (default 300); a project's clips "
                                "use the voice examples kept for them")
        if name in ("motion", "synchrony"):
            p.add_argument("--region", action="append", default=[], metavar="NAME=X,Y,W,H",
                           help="two regions (default: those saved for each clip in its project)")
            p.add_argument("--threshold", type=options.whole(0, 255), default=12,
                           help="grey-level change counted as motion (default 12)")
        if name == "synchrony":
            p.add_argument("--window", type=options.SECONDS, default=30, help="window in seconds (default 30)")
            p.add_argument("--max-lag", type=options.number(0, options.DAY_S), default=5,
                           help="largest lag in seconds (default 5)")
            p.add_argument("--step", type=options.SECONDS, help="seconds between window starts (default: the window)")
            p.add_argument("--surrogates", type=options.whole(0, 1_000_000), default=200,
                           help="shuffles for the surrogate test (default 200)")
            p.add_argument("--seed", type=options.SEED, default=0,
                           help="random seed of the surrogate shuffles (default 0)")
        p.add_argument("--workers", type=options.whole(1, 256),
                       help="local worker processes (default: this computer's cores)")
        p.add_argument("--scheduler", metavar="tcp://HOST:PORT",
                       help="send the work to this running Dask scheduler instead of local workers")
        p.add_argument("--cache", metavar="DIR", help="where finished clips are kept (default: OUT's folder, "
                                                      "in .vig-batch/)")
        p.add_argument("--into", metavar="PROJECT", help="also keep the results in this project (or team project "
                                                         "URL) so opening a clip shows them")
        p.add_argument("--pseudonymous", action="store_true",
                       help="name clips by case ID (project clips) or fingerprint, never by path")
        p.add_argument("-q", "--quiet", action="store_true", help="no progress bar")
        p.set_defaults(run=run_batch_verb)


def analysis_params(args: argparse.Namespace) -> dict[str, Any]:
    """The analysis's parameters as plain values (they are part of each result's cache key)."""
    from vig_annotator.analysis.voices import VoiceSettings
    from vig_annotator.cli.analysis_verbs import parse_region

    if args.analysis == "voices":
        floor, ceiling = VoiceSettings.floor_hz, VoiceSettings.ceiling_hz
        if not floor < args.threshold_hz < ceiling:
            raise CliError(f"--threshold-hz {args.threshold_hz:g}: must lie between the pitch floor ({floor:g} Hz) "
                           f"and ceiling ({ceiling:g} Hz)")
        return {"threshold_hz": args.threshold_hz}
    if args.analysis == "probe":
        return {}
    regions = dict(parse_region(r) for r in args.region)
    if args.region and (len(args.region) != 2 or len(regions) != 2):
        raise CliError(f"--region: expected two regions with different names (got {len(args.region)}), "
                       "e.g. --region parent=0,0,640,720 --region infant=640,0,640,720")
    if not 0 <= args.threshold < 255:
        raise CliError(f"--threshold {args.threshold}: expected 0–254 grey levels")
    params: dict[str, Any] = {"threshold": args.threshold}
    if regions:
        params["regions"] = {name: list(r) for name, r in regions.items()}
    if args.analysis == "synchrony":
        if not 0 < args.window <= 3600 or not 0 <= args.max_lag < args.window or (
                args.step is not None and not 0 < args.step <= 3600):
            raise CliError(f"--window {args.window:g} / --max-lag {args.max_lag:g}: expected a window of 0–3600 s "
                           "and a lag of 0 s or more, shorter than the window")
        if not 0 <= args.surrogates <= 100_000:
            raise CliError(f"--surrogates {args.surrogates}: expected 0–100000")
        params.update(window=args.window, max_lag=args.max_lag, step=args.step, surrogates=args.surrogates,
                      seed=args.seed)
    return params


def run_batch_verb(args: argparse.Namespace) -> int:
    from vig_annotator.batch.cache import ResultCache
    from vig_annotator.batch.engine import run_batch
    from vig_annotator.batch.inputs import gather
    from vig_annotator.batch.into import KEEPS
    from vig_annotator.cli.progress_bar import ProgressBar

    try:
        import distributed  # noqa: F401
    except ImportError:
        raise CliError("batch needs Dask (the `distributed` package), which the desktop bundle leaves out: install "
                       "vig-annotator with pip or pipx (docs/batch.md)") from None
    if args.workers is not None and not 1 <= args.workers <= 512:
        raise CliError(f"--workers {args.workers}: expected 1–512")
    out = Path(args.output)
    fmt = out.suffix.lower().lstrip(".")
    if fmt not in ("csv", "xlsx", "json"):
        raise CliError(f"{out}: name the table .csv, .xlsx or .json")
    params = analysis_params(args)
    if args.into and args.analysis not in KEEPS:
        raise CliError(f"--into keeps {', '.join(KEEPS)} results; a clip's probe is already in any project "
                       "that holds it")
    clips = gather(args.inputs)
    if not clips:
        raise CliError(f"{', '.join(args.inputs)}: no videos found")
    _refuse_inputs_as_output(out, clips, args)
    cache = ResultCache(Path(args.cache) if args.cache else out.resolve().parent / ".vig-batch")
    bar = ProgressBar(sys.stderr, enabled=not args.quiet)
    try:
        statuses = run_batch(clips, args.analysis, params, cache, scheduler=args.scheduler, workers=args.workers,
                             with_keep=bool(args.into), progress=bar.update)
    except KeyboardInterrupt:
        bar.close()
        raise CliError(f"interrupted: the clips finished so far are kept in {cache.folder}; run the same command "
                       "again to go on") from None
    except OSError as exc:
        if args.scheduler:
            raise CliError(f"{args.scheduler}: cannot reach the Dask scheduler ({exc})") from None
        raise
    bar.close()
    written = _write(out, fmt, args, statuses)
    failed = [s for s in statuses if s.status == "failed"]
    done = sum(s.status == "done" for s in statuses)
    skipped = sum(s.status == "skipped" for s in statuses)
    lines = [f"wrote {', '.join(str(p) for p in written)}: {len(statuses)} clips, {done} analysed, "
             f"{skipped} kept from an earlier run, {len(failed)} failed"]
    if args.into:
        from vig_annotator.batch.into import store_results

        stored = store_results(args.into, args.analysis, statuses)
        lines.append(f"kept {stored.kept} clips' results in {args.into}"
                     + (f" ({stored.not_in_project} clips are not in that project)" if stored.not_in_project else ""))
    print("\n".join(lines))
    for status in failed[:5]:
        print(f"vig-annotator: failed: {status.reason}", file=sys.stderr)
    return 2 if failed else 0


def _refuse_inputs_as_output(out: Path, clips: list[Any], args: argparse.Namespace) -> None:
    inputs = [c.path for c in clips] + [Path(p) for p in args.inputs if Path(p).is_file()]
    if args.into and not str(args.into).startswith("postgresql://"):
        inputs.append(Path(args.into))
    targets = [out]
    if out.suffix.lower() == ".csv":
        targets.append(out.with_name(f"{out.stem}.clips{out.suffix}"))
    for target in targets:
        for given in inputs:
            if target.exists() and given.exists() and os.path.samefile(target, given):
                raise CliError(f"{target}: is one of the batch's inputs ({given}); choose another output file")


def _write(out: Path, fmt: str, args: argparse.Namespace, statuses: list[Any]) -> list[Path]:
    import pandas as pd

    from vig_annotator.io.table_files import write_tables

    def name(status: Any) -> str:
        if not args.pseudonymous:
            return str(status.clip.path)
        return status.clip.case_id or f"clip-{status.fingerprint.partition(':')[2][:10] or 'unreadable'}"

    rows = [{"clip_fingerprint": s.fingerprint, "clip": name(s), "case_id": s.clip.case_id, **row}
            for s in statuses if s.result is not None for row in s.result.rows]
    clips = [{"clip_fingerprint": s.fingerprint, "clip": name(s), "case_id": s.clip.case_id, "status": s.status,
              "reason": s.reason, "rows": len(s.result.rows) if s.result is not None else 0,
              "seconds": round(s.seconds, 3)} for s in statuses]
    columns = ["clip_fingerprint", "clip", "case_id"]
    results = pd.DataFrame(rows) if rows else pd.DataFrame(columns=columns)
    about = {"analysis": args.analysis, "made": time.strftime("%Y-%m-%d %H:%M:%S")}
    return write_tables({"results": results, "clips": pd.DataFrame(clips)}, fmt, out, about)
