"""``analyse voices`` (vocalisations found in a clip's sound) and ``analyse turns`` (vocal turn-taking).

Both only read: a video file, or a project opened read-only. Heavy libraries load when a verb runs.
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import re
from pathlib import Path
from typing import Any

from vig_annotator.cli import options

VOICE_FIELDS = ["start_s", "end_s", "speaker", "f0_median_hz", "confidence", "example"]
EXAMPLE = re.compile(r"^(adult|parent|infant)=(\d+(?:\.\d*)?)-(\d+(?:\.\d*)?)$")


def add_voice_verbs(analyse: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Register ``voices`` and ``turns`` under the ``analyse`` verb group."""
    v = analyse.add_parser("voices", help="utterances in a clip's sound, each adult or infant as a whole")
    v.add_argument("video", help="the clip whose sound to analyse")
    v.add_argument("--threshold-hz", type=options.number(0, 20_000, above=True), default=300.0,
                   help="pitch midpoint: a median F0 here leaves pitch undecided, higher sounds infant; "
                        "range, contour, spectrum, duration and voicing weigh too (default 300)")
    v.add_argument("--example", action="append", default=[], metavar="WHO=START-END",
                   help="an utterance you know: adult=12.5-14 or infant=20-20.6 (seconds; repeatable); "
                        "the rest are classified from your examples instead of the default weights")
    v.add_argument("-f", "--format", choices=["text", "json", "csv"], default="text", help="output format")
    v.add_argument("-o", "--output", help="file to write (default: standard output)")
    v.set_defaults(run=run_voices)

    t = analyse.add_parser("turns", help="vocal turn-taking between parent and infant in coded sessions")
    t.add_argument("source", metavar="PROJECT[::SESSION]",
                   help="one session, or a project: each session that has the codes, and all pooled")
    t.add_argument("--parent", required=True, metavar="CODE[,CODE]", help="the parent's vocalisation codes")
    t.add_argument("--infant", required=True, metavar="CODE[,CODE]", help="the infant's vocalisation codes")
    t.add_argument("--max-gap", type=float, default=2.0,
                   help="seconds from one partner's offset to the other's onset that still make a turn (default 2)")
    t.add_argument("--case", help="with a whole project: only this case's sessions")
    t.add_argument("-f", "--format", choices=["text", "json"], default="text", help="output format")
    t.set_defaults(run=run_turns)


def _emit(text: str, output: str | None) -> None:
    if output:
        Path(output).write_text(text, encoding="utf-8")
        print(f"wrote {output}")
    else:
        print(text, end="" if text.endswith("\n") else "\n")


def parse_example(text: str) -> Any:
    """``adult=12.5-14`` (or ``parent=``, ``infant=``; seconds) as a VoiceExample; ValueError naming the flag."""
    from vig_annotator.analysis.voices import ADULT, VoiceExample

    match = EXAMPLE.match(text.strip())
    if match is None or float(match[2]) >= float(match[3]):
        shown = text if text.isprintable() else repr(text)  # the error stays one line
        raise ValueError(f"--example {shown}: give adult=START-END or infant=START-END in seconds, START before END "
                         "(e.g. adult=12.5-14)")
    who = ADULT if match[1] in ("adult", "parent") else match[1]
    return VoiceExample(int(round(float(match[2]) * 1000)), int(round(float(match[3]) * 1000)), who)


def run_voices(args: argparse.Namespace) -> int:
    from vig_annotator.analysis.voices import VoiceSettings, analyse_sound, vocalisations

    floor, ceiling = VoiceSettings.floor_hz, VoiceSettings.ceiling_hz
    if not floor < args.threshold_hz < ceiling:
        raise ValueError(f"--threshold-hz {args.threshold_hz:g}: must lie between the pitch floor ({floor:g} Hz) "
                         f"and ceiling ({ceiling:g} Hz)")
    examples = tuple(parse_example(text) for text in args.example)
    settings = VoiceSettings(threshold_hz=args.threshold_hz, examples=examples)
    analysis = analyse_sound(args.video, VoiceSettings(threshold_hz=args.threshold_hz))
    found = [] if analysis is None else vocalisations(analysis.track, settings)
    for text, example in zip(args.example, examples, strict=True):
        if not any(v.example and v.start_ms < example.end_ms and example.start_ms < v.end_ms for v in found):
            raise ValueError(f"{args.video}: --example {text} covers no utterance (put it over one the analysis "
                             "lists without examples)")
    rows = [{"start_s": round(v.start_ms / 1000, 3), "end_s": round(v.end_ms / 1000, 3), "speaker": v.speaker,
             "f0_median_hz": v.f0_median_hz, "confidence": v.confidence, "example": v.example} for v in found]
    how = (f"classified from {len(examples)} coder example{'s' if len(examples) != 1 else ''}" if examples else
           f"default weights, pitch midpoint {settings.threshold_hz:g} Hz")
    if args.format == "json":
        _emit(json.dumps({"video": str(args.video), "threshold_hz": settings.threshold_hz, "classified_by": how,
                          "examples": [{"speaker": e.speaker, "start_s": e.start_ms / 1000, "end_s": e.end_ms / 1000}
                                       for e in examples],
                          "vocalisations": rows}, indent=1), args.output)
    elif args.format == "csv":
        buffer = io.StringIO()
        writer = csv.DictWriter(buffer, VOICE_FIELDS, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
        _emit(buffer.getvalue(), args.output)
    else:
        counts = {who: sum(1 for r in rows if r["speaker"] == who) for who in ("adult", "infant")}
        lines = [f"{args.video}: {len(rows)} utterances ({counts['adult']} adult, {counts['infant']} infant; "
                 f"each classified whole: {how})"]
        lines += [f"{r['start_s']:9.3f} – {r['end_s']:9.3f} s  {r['speaker']:<6}  {r['f0_median_hz']:6.1f} Hz  "
                  f"confidence {r['confidence']:.2f}{'  (your example)' if r['example'] else ''}" for r in rows]
        _emit("\n".join(lines), args.output)
    return 0


def _codes(text: str, flag: str) -> list[str]:
    codes = [c.strip() for c in text.split(",") if c.strip()]
    if not codes:
        raise ValueError(f"{flag} needs one or more code ids, separated by commas")
    return codes


def run_turns(args: argparse.Namespace) -> int:
    from vig_annotator.analysis import turns
    from vig_annotator.store.opening import open_project
    from vig_annotator.store.row_check import refuse_broken
    from vig_annotator.store.urls import project_session

    parent_codes, infant_codes = _codes(args.parent, "--parent"), _codes(args.infant, "--infant")
    if set(parent_codes) & set(infant_codes):
        raise ValueError("a code cannot be both --parent and --infant")
    if args.max_gap < 0:
        raise ValueError(f"--max-gap must be 0 or more seconds, not {args.max_gap:g}")
    path, session_id = project_session(args.source)
    project = open_project(path, read_only=True)
    try:
        if session_id is not None:
            sessions = [project.session(session_id)]
        else:
            sessions = [s for s in project.sessions
                        if _has_codes(project, s, parent_codes + infant_codes)
                        and (args.case is None or project.clip(s.clip_id).case_id == args.case)]
            if not sessions:
                raise ValueError(f"{path}: no session{' of case ' + args.case if args.case else ''} uses the codes "
                                 f"{', '.join(parent_codes + infant_codes)}")
        refuse_broken(project, [s.id for s in sessions], "nothing was analysed")
        results: list[tuple[dict[str, Any], turns.TurnTaking]] = []
        for session in sessions:
            scheme = project.scheme_of(session)
            for code in parent_codes + infant_codes:
                if not scheme.has_code(code):
                    raise ValueError(f"{path}::{session.id}: the scheme {scheme.id} has no code {code!r} "
                                     f"(its codes: {', '.join(c.id for c in scheme.codes)})")
            segments = project.segments(session.id)
            clip = project.clip(session.clip_id)
            result = turns.turn_taking(
                [(s.start_ms, s.end_ms) for s in segments if s.code_id in parent_codes],
                [(s.start_ms, s.end_ms) for s in segments if s.code_id in infant_codes],
                clip.duration_ms, int(round(args.max_gap * 1000)))
            about = {"session": session.id, "case": clip.case_id, "coder": project.coder(session.coder_id).initials}
            results.append((about, result))
    finally:
        project.close()
    if len(results) == 1 and session_id is not None:
        report: dict[str, Any] = {**results[0][0], **turns.summary(results[0][1])}
    else:
        report = {"sessions": [{**about, **turns.summary(r)} for about, r in results],
                  "across_sessions": turns.summary(turns.pooled([r for _, r in results]))}
    print(json.dumps(report, indent=1) if args.format == "json" else _turns_text(report))
    return 0


def _has_codes(project: Any, session: Any, codes: list[str]) -> bool:
    scheme = project.scheme_of(session)
    return all(scheme.has_code(c) for c in codes)


def _turns_text(report: dict[str, Any]) -> str:
    parts = [(f"session #{s['session']} {s['case']} coder {s['coder']}", s) for s in report.get("sessions", [])]
    if "across_sessions" in report:
        parts.append((f"across {len(parts)} sessions", report["across_sessions"]))
    else:
        parts = [(f"session #{report['session']} {report['case']} coder {report['coder']}", report)]
    lines: list[str] = []
    for title, s in parts:
        lines.append(f"{title}: {s['turns']} turns in {s['duration_s']:g} s of clip ({s['turns_per_min']:.2f} per "
                     f"minute of clip; {s['turns_per_min_coded_span']:.2f} per minute of the coded span, "
                     f"{s['coded_span_s']:g} s; max gap {s['max_gap_s']:g} s)")
        for direction, spread in s["latency"].items():
            name = direction.replace("_to_", " → ")
            if spread["n"]:
                lines.append(f"  {name}: {spread['n']} turns, latency median {spread['median_s']:.3f} s "
                             f"(IQR {spread['q1_s']:.3f}–{spread['q3_s']:.3f} s)")
            else:
                lines.append(f"  {name}: no turns")
        pauses = s["switching_pauses"]
        median = f", median {pauses['median_s']:.3f} s" if pauses["n"] else ""
        lines.append(f"  switching pauses: {pauses['n']}{median}")
        lines.append(f"  overlaps: {s['overlaps']} ({s['overlap_s']:.3f} s)")
        lines.append(f"  monologues: parent {s['monologues']['parent']}, infant {s['monologues']['infant']}")
    return "\n".join(lines)
