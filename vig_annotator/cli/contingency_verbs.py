"""``analyse contingency`` (conditional rate against base rate) and ``analyse self-interactive`` (Beebe)."""

from __future__ import annotations

import argparse
import re

from vig_annotator.cli import options
from vig_annotator.cli.analysis_input import (
    check_code,
    emit,
    fmt,
    iqr,
    output_options,
    parse_window,
    read_sessions,
    with_codes,
)


def add_contingency_verbs(verbs: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Register ``contingency`` and ``self-interactive`` under the ``analyse`` verb group."""
    c = verbs.add_parser("contingency", help="how often TARGET starts within a window after GIVEN starts")
    c.add_argument("source", metavar="PROJECT[::SESSION]", help="one session, or a project (sessions pooled)")
    c.add_argument("--given", required=True, help="code id whose onsets open the windows")
    c.add_argument("--target", required=True, help="code id looked for in the windows")
    c.add_argument("--window", default="0-2", help="START-END in seconds after the given onset (default 0-2)")
    c.add_argument("--permutations", type=options.whole(0, 1_000_000), default=1000,
                   help="time shifts for the p-value (default 1000)")
    c.add_argument("--surrogate", choices=["circular", "blocks"], default="circular",
                   help="shift the target series within the whole session (circular, default) or within blocks "
                        "(trend-robust: a trend both partners share stays aligned)")
    c.add_argument("--block", type=options.SECONDS, metavar="S", help="block length in seconds for --surrogate blocks "
                                                            "(default 60)")
    c.add_argument("--seed", type=options.SEED, default=0, help="random seed of the time shifts (default 0)")
    output_options(c)
    c.set_defaults(run=run_contingency)

    b = verbs.add_parser("self-interactive", help="Beebe's self- and interactive contingency: lagged regression "
                                                  "of each partner's coded series")
    b.add_argument("source", metavar="PROJECT[::SESSION]", help="one session (dyad), or a project (each session "
                                                                 "a dyad, pooled)")
    b.add_argument("--series", action="append", default=[], metavar="NAME=CODE[,CODE]",
                   help="a partner's behaviour: the codes whose time counts; give two, e.g. "
                        "--series parent=parent_vocalisation --series infant=infant_vocalisation,smile")
    b.add_argument("--step", type=options.SECONDS, default=1.0, help="grid step in seconds (default 1)")
    b.add_argument("--lags", type=options.whole(1, 10_000), default=1,
                   help="lagged steps in each regression (default 1)")
    output_options(b)
    b.set_defaults(run=run_self_interactive)


def run_contingency(args: argparse.Namespace) -> int:
    import pandas as pd

    from vig_annotator.analysis.contingency import SessionEvents, contingency

    window = parse_window(args.window)
    if args.permutations < 0:
        raise ValueError(f"--permutations {args.permutations}: expected 0 or more")
    if args.block is not None and args.surrogate != "blocks":
        raise ValueError("--block applies to --surrogate blocks")
    block_ms = (args.block if args.block is not None else 60.0) * 1000
    if args.surrogate == "blocks" and not block_ms > 2 * window[1]:
        raise ValueError(f"--block {block_ms / 1000:g}: expected more than twice the window's end "
                         f"({2 * window[1] / 1000:g} s)")
    sessions = read_sessions(args.source)
    check_code(sessions, args.given, "--given")
    check_code(sessions, args.target, "--target")
    sessions = with_codes(sessions, [args.given, args.target])
    inputs = [SessionEvents(s.events, s.span_ms, s.label) for s in sessions]
    each = [contingency([i], args.given, args.target, window, args.permutations, args.seed, i.label, args.surrogate,
                        block_ms) for i in inputs]
    whole = each[0] if len(each) == 1 else contingency(inputs, args.given, args.target, window, args.permutations,
                                                       args.seed, "pooled", args.surrogate, block_ms)
    doc = {"source": args.source, **whole.as_dict()}
    if len(each) > 1:
        doc["per_session"] = [c.as_dict() for c in each]
    rows = [c.as_dict() for c in ([whole] + each if len(each) > 1 else [whole])]
    table = pd.DataFrame([{k: v for k, v in r.items() if k not in ("latencies_s", "method", "note")} for r in rows])
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
        lines.append(f"{r['label']:24} {r['n_given']:6d} {r['n_responded']:6d} {fmt(r['rate']):>6} "
                     f"{fmt(r['base_rate']):>6} {fmt(r['ratio'], 2):>6} {fmt(r['p_value'], 4):>7} "
                     f"{fmt(r['median_latency_s']):>16} {iqr(r['latency_q1_s'], r['latency_q3_s']):>13}")
    lines += ["", f"Rate = share of {d['n_given']} {whole.given} onsets followed by {whole.target} within "
                  f"{w0:g}–{w1:g} s; base rate = share of random {w1 - w0:g} s windows holding a {whole.target} "
                  f"onset; p from {whole.permutations} time shifts (seed {whole.seed}; {whole.surrogate} surrogate); "
                  "latencies "
                  "in seconds; —: undefined."]
    lines += [f"Note ({c.label}): {c.note}." for c in ([whole] + each if len(each) > 1 else [whole]) if c.note]
    emit(args, "\n".join(lines), doc, {"contingency": table, "latencies": latencies})
    return 0


def parse_series(text: str) -> tuple[str, list[str]]:
    """``NAME=CODE[,CODE]``: a partner's name and the codes that make their series."""
    match = re.fullmatch(r"\s*([\w-]+)\s*=\s*([\w.-]+(?:\s*,\s*[\w.-]+)*)\s*", text)
    if not match:
        raise ValueError(f"--series {text!r}: expected NAME=CODE[,CODE], e.g. infant=infant_vocalisation,smile")
    return match[1], [c.strip() for c in match[2].split(",")]


def run_self_interactive(args: argparse.Namespace) -> int:
    import pandas as pd

    from vig_annotator.analysis.contingency_series import coded_series, self_interactive

    series = dict(parse_series(s) for s in args.series)
    if len(args.series) != 2 or len(series) != 2:
        raise ValueError(f"--series: expected two partners with different names (got {len(args.series)}), e.g. "
                         "--series parent=parent_vocalisation --series infant=infant_vocalisation")
    if not args.step > 0:
        raise ValueError(f"--step {args.step:g}: expected more than 0 seconds")
    if args.lags < 1:
        raise ValueError(f"--lags {args.lags}: expected 1 or more")
    sessions = read_sessions(args.source)
    codes = [c for cs in series.values() for c in cs]
    for code in codes:
        check_code(sessions, code, "--series")
    sessions = with_codes(sessions, codes)
    (first, a_codes), (second, b_codes) = series.items()
    step = args.step * 1000
    result = self_interactive([(s.label, coded_series(s.events, a_codes, s.span_ms, step),
                                coded_series(s.events, b_codes, s.span_ms, step)) for s in sessions],
                              (first, second), args.step, args.lags)
    doc = {"source": args.source, "series": series, **result.as_dict()}
    rows = []
    for d in result.dyads:
        for r in (d.first, d.second):
            for kind, e in (("self", r.self_contingency), ("interactive", r.interactive_contingency)):
                rows.append({"dyad": d.label, "partner": r.outcome, "contingency": kind, **e.as_dict(),
                             "r_squared": r.r_squared, "steps": d.steps})
    pooled = result.pooled() if len(result.dyads) > 1 else {}
    for key, e in pooled.items():
        who, kind = key.rsplit(" ", 1)
        rows.append({"dyad": "pooled", "partner": who, "contingency": kind, **e.as_dict()})
    lines = [f"Self- and interactive contingency in {args.source}: {first} = {', '.join(a_codes)}; {second} = "
             f"{', '.join(b_codes)}; {args.step:g}-s steps, lags 1–{args.lags} ({len(result.dyads)} "
             f"dyad{'s' if len(result.dyads) > 1 else ''}).", f"Method: {result.method}.", "",
             f"{'dyad':24} {'partner':12} {'contingency':12} {'sum of b':>9} {'SE':>7} {'t':>7} {'df':>6} {'p':>7}"]
    for row in rows:
        lines.append(f"{row['dyad']:24} {row['partner']:12} {row['contingency']:12} {fmt(row['estimate']):>9} "
                     f"{fmt(row['se']):>7} {fmt(row['t'], 2):>7} {fmt(row['df'], 0):>6} {fmt(row['p_value'], 4):>7}")
    lines += ["", "self: the partner's own earlier steps; interactive: the other partner's earlier steps; sum of b: "
                  "the lag coefficients summed; —: undefined (a series that never changes)."]
    emit(args, "\n".join(lines), doc, {"self_interactive": pd.DataFrame(rows)})
    return 0
