"""``analyse sequences``: lag-sequential transitions by event lag, or by time units for timed-event data."""

from __future__ import annotations

import argparse
from typing import Any

from vig_annotator.cli import options
from vig_annotator.cli.analysis_input import (
    CodedSession,
    check_code,
    emit,
    fmt,
    output_options,
    read_sessions,
    with_codes,
)


def add_sequences_verb(verbs: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Register ``sequences`` under the ``analyse`` verb group."""
    s = verbs.add_parser("sequences", help="lag-sequential transitions between codes (Bakeman & Quera, GSEQ)")
    s.add_argument("source", metavar="PROJECT[::SESSION]", help="one session, or a project (sessions pooled)")
    s.add_argument("--codes", help="comma-separated code ids (default: every code used)")
    s.add_argument("--lag", type=options.whole(0, 1_000_000), default=1,
                   help="event lag, or time units with --time-unit (default 1)")
    s.add_argument("--max-gap", "--window-s", dest="max_gap", type=options.number(0, options.DAY_S), metavar="S",
                   help="event lag with a maximum gap: count a pair only when the later event starts within S s")
    s.add_argument("--time-unit", type=options.SECONDS, metavar="S",
                   help="timed-event analysis: count time units of S seconds instead of events (GSEQ)")
    s.add_argument("--given-window", type=options.whole(1, 1_000_000), metavar="N",
                   help="with --time-unit: given codes count as on from their onset's unit through N units after it "
                        "(GSEQ window (onset, onset+N)); use --lag 0 to ask 'target on within N units of the onset'")
    s.add_argument("--drop-others", action="store_true",
                   help="remove events of codes outside --codes (default: keep them as one '(other)' category)")
    s.add_argument("--no-repeats", action="store_true",
                   help="codes cannot repeat: the diagonal is a structural zero, expected counts by iterative "
                        "proportional fitting")
    s.add_argument("--correct", choices=["none", "bonferroni", "holm"], default="none",
                   help="correct the cells' p-values for testing many at once (default none)")
    output_options(s)
    s.set_defaults(run=run_sequences)


def _codes(args: argparse.Namespace, sessions: list[CodedSession]) -> tuple[list[str], list[CodedSession]]:
    """The chosen codes (checked against the scheme) and the sessions that have them."""
    if args.codes:
        codes = [c.strip() for c in args.codes.split(",") if c.strip()]
        for code in codes:
            check_code(sessions, code, "--codes")
        return codes, with_codes(sessions, codes)
    used = {e[0] for s in sessions for e in s.events}
    order = [c for s in sessions for c in s.codes]
    return list(dict.fromkeys([c for c in order if c in used] + sorted(used - set(order)))), sessions


def run_sequences(args: argparse.Namespace) -> int:
    if args.lag < (0 if args.time_unit else 1):
        raise ValueError(f"--lag {args.lag}: expected {'0' if args.time_unit else '1'} or more")
    if args.max_gap is not None and not args.max_gap > 0:
        raise ValueError(f"--max-gap {args.max_gap:g}: expected more than 0 seconds")
    if args.time_unit is not None:
        if not args.time_unit > 0:
            raise ValueError(f"--time-unit {args.time_unit:g}: expected more than 0 seconds")
        if args.max_gap is not None or args.no_repeats:
            raise ValueError("--time-unit counts time units: --max-gap and --no-repeats apply to event lags only")
        if args.given_window is not None and args.given_window < 0:
            raise ValueError(f"--given-window {args.given_window}: expected 0 or more time units")
    elif args.given_window is not None:
        raise ValueError("--given-window counts time units: give --time-unit too")
    codes, sessions = _codes(args, read_sessions(args.source))
    if args.time_unit is not None:
        return _run_timed(args, codes, sessions)
    return _run_events(args, codes, sessions)


def _run_events(args: argparse.Namespace, codes: list[str], sessions: list[CodedSession]) -> int:
    import pandas as pd

    from vig_annotator.analysis.sequences import transitions

    result = transitions([(s.label, s.events) for s in sessions], codes, args.lag,
                         None if args.max_gap is None else args.max_gap * 1000, keep_others=not args.drop_others,
                         no_repeats=args.no_repeats, correction=args.correct)
    pairs = result.pairs()
    doc = {"source": args.source, "analysis": "event lag", "codes": list(codes), "categories": list(result.codes),
           "lag": args.lag, "max_gap_s": args.max_gap, "window_s": args.max_gap, "others_kept": not args.drop_others,
           "codes_cannot_repeat": args.no_repeats, "correction": args.correct, "n_transitions": result.n,
           "n_cooccurring": result.n_cooccurring, "sessions": [s.label for s in sessions], "method": result.method,
           "pairs": pairs}
    table = pd.DataFrame([_flat(p) for p in pairs])
    gap = "" if args.max_gap is None else f", event lag with a maximum gap of {args.max_gap:g} s"
    pooled = len(sessions) > 1
    lines = [f"Lag-sequential transitions in {args.source}: event lag {args.lag}{gap}, {result.n} transitions "
             f"among {len(result.codes)} categories"
             f"{' pooled over ' + str(len(sessions)) + ' sessions' if pooled else ''}"
             f"; {result.n_cooccurring} pairs of events start together (co-occurring, not transitions).",
             f"Method: {result.method}.", "",
             f"{'given → target':34} {'O':>5} {'E':>7} {'p(T|G)':>7} {'z':>7} {'p':>7} {'Q':>6} {'OR [95% CI]':>22}"
             + ("  z per session" if pooled else "")]
    for p in pairs:
        lo, hi = p["odds_ratio_ci95"]
        ci = f"{fmt(p['odds_ratio'], 2)} [{fmt(lo, 2)}, {fmt(hi, 2)}]"
        extra = ("  " + " ".join(fmt(s["adjusted_residual"], 2) for s in p["per_session"])) if pooled else ""
        shown_p = p["p_value"] if args.correct == "none" else p["p_corrected"]
        lines.append(f"{(p['given'] + ' → ' + p['target'])[:34]:34} {p['observed']:5d} {fmt(p['expected'], 2):>7} "
                     f"{fmt(p['transitional_probability']):>7} {fmt(p['adjusted_residual'], 2):>7} "
                     f"{fmt(shown_p, 4):>7} {fmt(p['yules_q'], 2):>6} {ci:>22}{extra}")
    note = ("p: two-sided, uncorrected — with many cells some pass by chance; --correct holm or bonferroni"
            if args.correct == "none" else
            f"p: two-sided, {args.correct.capitalize()}-corrected over the table's cells")
    lines += ["", f"O, E: transition counts (observed, expected); z: adjusted residual; {note}; Q: Yule's Q; "
                  "OR: odds ratio (0.5 added to every cell of a 2×2 table with an empty cell); —: undefined."
              + (" Sessions: " + ", ".join(s.label for s in sessions) if pooled else "")]
    emit(args, "\n".join(lines), doc, {"transitions": table})
    return 0


def _flat(p: dict[str, Any]) -> dict[str, Any]:
    """A pair's row for CSV/XLSX: the CI in two columns, each session's z and Q beside."""
    row = {k: v for k, v in p.items() if k not in ("per_session", "odds_ratio_ci95")}
    if "odds_ratio_ci95" in p:
        row["or_ci95_low"], row["or_ci95_high"] = p["odds_ratio_ci95"]
    for s in p.get("per_session", []):
        row[f"z {s['session']}"] = s["adjusted_residual"]
        if "yules_q" in s:
            row[f"Q {s['session']}"] = s["yules_q"]
    return row


def _run_timed(args: argparse.Namespace, codes: list[str], sessions: list[CodedSession]) -> int:
    import pandas as pd

    from vig_annotator.analysis.timed_sequences import timed_transitions

    result = timed_transitions([(s.label, s.events, s.span_ms) for s in sessions], codes, args.time_unit * 1000,
                               args.lag, args.correct, args.given_window)
    pairs = result.pairs()
    doc = {"source": args.source, "analysis": "timed-event (time units)", "codes": list(codes),
           "time_unit_s": args.time_unit, "lag_units": args.lag, "given_window_units": args.given_window,
           "units": result.units, "correction": args.correct,
           "sessions": [s.label for s in sessions], "method": result.method, "pairs": pairs}
    pooled = len(sessions) > 1
    lines = [f"Timed-event sequences in {args.source}: time units of {args.time_unit:g} s, lag {args.lag} unit(s), "
             f"{result.units} unit pairs{' pooled over ' + str(len(sessions)) + ' sessions' if pooled else ''}.",
             f"Method: {result.method}.", "",
             f"{'given → target':34} {'joint':>6} {'E':>8} {'p(T|G)':>7} {'z':>7} {'p':>7} {'Q':>6} {'OR':>7}"]
    for p in pairs:
        shown_p = p["p_value"] if args.correct == "none" else p["p_corrected"]
        lines.append(f"{(p['given'] + ' → ' + p['target'])[:34]:34} {p['joint_units']:6d} {fmt(p['expected'], 2):>8} "
                     f"{fmt(p['conditional_probability']):>7} {fmt(p['adjusted_residual'], 2):>7} "
                     f"{fmt(shown_p, 4):>7} {fmt(p['yules_q'], 2):>6} {fmt(p['odds_ratio'], 2):>7}")
    lines += ["", "joint: time units with the given code on and the target on LAG units later; E: expected joint "
                  "units; z: adjusted residual of the joint cell; p: two-sided"
              + ("" if args.correct == "none" else f", {args.correct.capitalize()}-corrected") + "; —: undefined."]
    emit(args, "\n".join(lines), doc, {"time_units": pd.DataFrame([_flat(p) for p in pairs])})
    return 0
