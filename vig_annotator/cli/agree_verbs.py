"""``agree`` (inter-rater reliability) and ``exercise`` (trainer exercises) verbs."""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from vig_annotator.cli import options

if TYPE_CHECKING:
    from vig_annotator.core.project import Project
    from vig_annotator.reliability.report import Coded

RULES = ("code_kappa", "items_exact")  # exercises.RULES (a test keeps them equal); pandas loads only to run


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    agree = sub.add_parser("agree", help="agreement between coders (PROJECT or PROJECT::SESSION)")
    agree.add_argument("a", help="first coder's session: PROJECT::SESSION (or PROJECT with one session)")
    agree.add_argument("b", help="second coder's session, on the same clip and scheme version")
    agree.add_argument("more", nargs="*", help="further coders (every pair's tables, and Krippendorff's alpha)")
    agree.add_argument("--unit", default="1s", help="1s, 0.5s, … or frame (default 1s); boris: the slice Δ")
    agree.add_argument("--tolerance", type=options.number(0, options.DAY_S), default=0,
                       help="time: ± units; event: onset window in seconds (default 1)")
    agree.add_argument("--method", choices=["time", "event", "boris", "utterances"], default="time",
                       help="time units (Bakeman & Quera), events paired by onset, BORIS's time slices, or "
                            "utterances paired by span with kappa on their mind-mindedness codes")
    agree.add_argument("--min-overlap", type=options.SHARE, default=0.0,
                       help="utterances: the share of the shorter utterance two must overlap to pair (default: any)")
    agree.add_argument("--codes", help="comma-separated code ids to compare (default: all of the scheme)")
    agree.add_argument("--subjects", help="boris: comma-separated subjects to compare (default: those either "
                                          "coder used, as BORIS's dialog pre-selects); utterances: the speakers")
    agree.add_argument("-f", "--format", choices=["text", "json", "xlsx"], default="text",
                       help="text report, JSON data, or an XLSX workbook (needs -o)")
    agree.add_argument("-o", "--output", help="file to write (required for xlsx)")
    agree.set_defaults(run=run_agree)

    ex = sub.add_parser("exercise", help="trainer exercises: create, package, score")
    ex_sub = ex.add_subparsers(dest="action", required=True, help="what to do with an exercise")
    create = ex_sub.add_parser("create", help="make an exercise from gold-standard sessions")
    create.add_argument("project", help="the trainer's .vigproj file")
    create.add_argument("name", help="the exercise's name")
    create.add_argument("--gold", type=int, action="append", required=True, help="gold session id (repeatable)")
    create.add_argument("--rule", choices=RULES, default="items_exact", help="how a trainee passes")
    create.add_argument("--threshold", type=options.SHARE, default=0.8, help="the figure needed to pass (default 0.8)")
    create.set_defaults(run=run_create)
    pack = ex_sub.add_parser("package", help="write the blind trainee project file")
    pack.add_argument("project", help="the trainer's .vigproj file")
    pack.add_argument("name", help="the exercise's name")
    pack.add_argument("-o", "--output", required=True, help="the trainee package (.vigproj) to write")
    pack.add_argument("--trainee", default="",
                      help="the trainee's pseudonym (never a full name); if left out, asked when they open it")
    pack.set_defaults(run=run_package)
    sc = ex_sub.add_parser("score", help="score returned trainee files")
    sc.add_argument("project", help="the trainer's .vigproj file")
    sc.add_argument("name", help="the exercise's name")
    sc.add_argument("files", nargs="+", help="the trainees' returned packages")
    sc.add_argument("-o", "--output", help="write the report as XLSX")
    sc.set_defaults(run=run_score)


def _load(spec: str, opened: list[Project], fingerprint: str | None, whole: bool = False) -> Coded:
    """PROJECT::SESSION, or PROJECT alone (its session on the same clip as the first, else its only one).

    ``whole`` reads the segments with their notes and modifiers (utterances need them).
    """
    from vig_annotator.reliability.report import ComparisonError, coded
    from vig_annotator.store.opening import open_project
    from vig_annotator.store.row_check import refuse_broken
    from vig_annotator.store.summary import segments_of, timed_segments
    from vig_annotator.store.timing import timebase_for
    from vig_annotator.store.urls import project_session

    path, session = project_session(spec)
    project = open_project(path, read_only=True, segments=False)  # only the compared sessions are read
    opened.append(project)
    if session is not None:
        chosen = project.session(session)
    else:
        candidates = [s for s in project.sessions
                      if fingerprint is None or project.clip(s.clip_id).fingerprint == fingerprint]
        if len(candidates) != 1:
            raise ComparisonError(f"{path}: has {len(candidates)} sessions on this clip; name one as "
                                  f"{path}::SESSION (see `vig-annotator info`)")
        chosen = candidates[0]
    refuse_broken(project, [chosen.id], "nothing was compared")
    clip = project.clip(chosen.clip_id)
    return coded(project, chosen.id, timebase_for(project, clip),
                 f"{project.coder(chosen.coder_id).initials} ({Path(path).name}::{chosen.id})",
                 (segments_of if whole else timed_segments)(project, chosen.id))


def _names(text: str | None) -> list[str] | None:
    return None if text is None else [n.strip() for n in text.split(",") if n.strip()]


def run_agree(args: argparse.Namespace) -> int:
    from vig_annotator.reliability.report import as_text, compare

    opened: list[Project] = []
    try:
        whole = args.method == "utterances"
        first = _load(args.a, opened, None, whole)
        items = [first] + [_load(s, opened, first.fingerprint, whole) for s in [args.b, *args.more]]
        if args.method == "utterances":
            return _utterances(args, items)
        report = compare(items, args.method, args.unit, args.tolerance, codes=_names(args.codes),
                         subjects=_names(args.subjects))
    finally:
        for project in opened:
            project.close()
    if args.format == "text":
        text = as_text(report)
        Path(args.output).write_text(text + "\n", encoding="utf-8") if args.output else print(text)
    elif args.format == "json":
        text = json.dumps(report, indent=2, ensure_ascii=False)
        Path(args.output).write_text(text, encoding="utf-8") if args.output else print(text)
    else:
        if not args.output:
            raise ValueError("-f xlsx needs -o OUT.xlsx")
        from vig_annotator.io.rows import Rows
        from vig_annotator.io.table_files import write_tables
        from vig_annotator.reliability.report_sheets import report_sheets

        tables = {name: Rows(tuple(columns), _tuples(rows)) for name, (columns, rows) in report_sheets(report).items()}
        write_tables(tables, "xlsx", args.output)
        print(f"wrote {args.output}")
    return 0


def _utterances(args: argparse.Namespace, items: list[Coded]) -> int:
    """``--method utterances``: two coders' transcripts paired by span, kappa on the utterance codes."""
    from vig_annotator.reliability.report import ComparisonError
    from vig_annotator.reliability.utterances import as_text, compare_utterances

    if len(items) != 2 or args.format == "xlsx":
        raise ComparisonError("--method utterances compares two sessions, as text or json")
    report = compare_utterances(items, _names(args.subjects), args.min_overlap)
    text = as_text(report) if args.format == "text" else json.dumps(report, indent=2, ensure_ascii=False)
    Path(args.output).write_text(text + "\n", encoding="utf-8") if args.output else print(text)
    return 0


def run_create(args: argparse.Namespace) -> int:
    from vig_annotator.reliability import exercises
    from vig_annotator.store.opening import open_project

    project = open_project(args.project)
    try:
        exercise = exercises.create_exercise(project, args.name, args.gold, args.rule, args.threshold)
    finally:
        project.close()
    print(f"exercise {exercise.name!r}: {len(exercise.gold)} gold session(s); pass: {exercise.describe()}")
    return 0


def run_package(args: argparse.Namespace) -> int:
    from vig_annotator.reliability import exercises
    from vig_annotator.store.opening import open_project

    project = open_project(args.project, read_only=True)
    try:
        out = exercises.package(project, args.name, args.output, args.trainee)
    finally:
        project.close()
    who = f"for {args.trainee.strip()}" if args.trainee.strip() else "(the trainee is asked for a pseudonym on opening)"
    print(f"wrote the trainee package {out} {who} (no gold codes in it)")
    return 0


def run_score(args: argparse.Namespace) -> int:
    from vig_annotator.io.table_files import write_tables
    from vig_annotator.reliability import exercises
    from vig_annotator.store.opening import open_project

    project = open_project(args.project, read_only=True)
    try:
        exercise, scores = exercises.score(project, args.name, args.files)
    finally:
        project.close()
    print(f"exercise {exercise.name!r}; pass: {exercise.describe()}")
    for s in scores:
        print(f"  {s.trainee:10} {s.figure:7.3f}  {s.verdict:7}  ({len(s.disagreements)} disagreement(s))  {s.file}")
        print(f"  {'':10} {s.because}")
        for note in s.notes:
            print(f"  {'':10} note: {note}")
    if args.output:
        write_tables(exercises.report_tables(exercise, scores), "xlsx", args.output)
        print(f"wrote {args.output}")
    return 0


def _tuples(rows: list[Any]) -> Callable[[], Iterator[tuple[Any, ...]]]:
    return lambda: (tuple(r) for r in rows)
