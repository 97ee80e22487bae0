"""``agree`` (inter-rater reliability) and ``exercise`` (trainer exercises) verbs."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import pandas as pd

from vig_annotator.core.project import Project
from vig_annotator.io.table_files import write_tables
from vig_annotator.reliability import exercises
from vig_annotator.reliability.report import Coded, ComparisonError, as_text, coded, compare
from vig_annotator.store.project_file import open_project
from vig_annotator.store.timing import timebase_for


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    agree = sub.add_parser("agree", help="agreement between coders (PROJECT or PROJECT::SESSION)")
    agree.add_argument("a")
    agree.add_argument("b")
    agree.add_argument("more", nargs="*", help="further coders (adds Krippendorff's alpha)")
    agree.add_argument("--unit", default="1s", help="1s, 0.5s, … or frame (default 1s)")
    agree.add_argument("--tolerance", type=float, default=0,
                       help="time: ± units; event: onset window in seconds (default 1)")
    agree.add_argument("--method", choices=["time", "event", "boris"], default="time")
    agree.add_argument("-f", "--format", choices=["text", "json", "xlsx"], default="text")
    agree.add_argument("-o", "--output", help="file to write (required for xlsx)")
    agree.set_defaults(run=run_agree)

    ex = sub.add_parser("exercise", help="trainer exercises: create, package, score")
    ex_sub = ex.add_subparsers(dest="action", required=True)
    create = ex_sub.add_parser("create", help="make an exercise from gold-standard sessions")
    create.add_argument("project")
    create.add_argument("name")
    create.add_argument("--gold", type=int, action="append", required=True, help="gold session id (repeatable)")
    create.add_argument("--rule", choices=sorted(exercises.RULES), default="items_exact")
    create.add_argument("--threshold", type=float, default=0.8)
    create.set_defaults(run=run_create)
    pack = ex_sub.add_parser("package", help="write the blind trainee project file")
    pack.add_argument("project")
    pack.add_argument("name")
    pack.add_argument("-o", "--output", required=True, help="the trainee's project file to write")
    pack.add_argument("--trainee", default="",
                      help="the trainee's pseudonym (never a full name); if left out, asked when they open it")
    pack.set_defaults(run=run_package)
    sc = ex_sub.add_parser("score", help="score returned trainee files")
    sc.add_argument("project")
    sc.add_argument("name")
    sc.add_argument("files", nargs="+")
    sc.add_argument("-o", "--output", help="write the report as XLSX")
    sc.set_defaults(run=run_score)


def _load(spec: str, opened: list[Project], fingerprint: str | None) -> Coded:
    """PROJECT::SESSION, or PROJECT alone (its session on the same clip as the first, else its only one)."""
    path, _, session = spec.partition("::")
    project = open_project(path, read_only=True)
    opened.append(project)
    if session:
        if not session.isdigit():
            raise ComparisonError(f"{spec}: the session after '::' must be a number")
        chosen = project.session(int(session))
    else:
        candidates = [s for s in project.sessions
                      if fingerprint is None or project.clip(s.clip_id).fingerprint == fingerprint]
        if len(candidates) != 1:
            raise ComparisonError(f"{path}: has {len(candidates)} sessions on this clip; name one as "
                                  f"{path}::SESSION (see `vig-annotator info`)")
        chosen = candidates[0]
    clip = project.clip(chosen.clip_id)
    return coded(project, chosen.id, timebase_for(project, clip),
                 f"{project.coder(chosen.coder_id).initials} ({Path(path).name}::{chosen.id})")


def run_agree(args: argparse.Namespace) -> int:
    opened: list[Project] = []
    try:
        first = _load(args.a, opened, None)
        items = [first] + [_load(s, opened, first.fingerprint) for s in [args.b, *args.more]]
        report = compare(items, args.method, args.unit, args.tolerance)
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
        tables = {"parameters": pd.DataFrame(list(report["parameters"].items()), columns=["parameter", "value"])}
        for key in ("groups", "codes", "pairs", "krippendorff_alpha"):
            if key in report:
                tables[key] = pd.DataFrame(report[key]).astype(str)
        for key in ("events", "boris"):
            if key in report:
                tables[key] = pd.DataFrame([report[key]]).astype(str)
        write_tables(tables, "xlsx", args.output)
        print(f"wrote {args.output}")
    return 0


def run_create(args: argparse.Namespace) -> int:
    project = open_project(args.project)
    try:
        exercise = exercises.create_exercise(project, args.name, args.gold, args.rule, args.threshold)
    finally:
        project.close()
    print(f"exercise {exercise.name!r}: {len(exercise.gold)} gold session(s); pass: {exercise.describe()}")
    return 0


def run_package(args: argparse.Namespace) -> int:
    project = open_project(args.project, read_only=True)
    try:
        out = exercises.package(project, args.name, args.output, args.trainee)
    finally:
        project.close()
    who = f"for {args.trainee.strip()}" if args.trainee.strip() else "(the trainee is asked for a pseudonym on opening)"
    print(f"wrote the trainee package {out} {who} (no gold codes in it)")
    return 0


def run_score(args: argparse.Namespace) -> int:
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
