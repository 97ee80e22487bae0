"""``import``: coded files from ELAN, BORIS and tables into a new session (all or nothing)."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

from vig_annotator.core.project import Project
from vig_annotator.io.import_plan import (
    FORMATS,
    TABLE_FORMATS,
    ImportOptions,
    ImportPlan,
    carry_out,
    file_format,
    make_plan,
    read_source,
)
from vig_annotator.io.table_import import load_code_map, load_mapping
from vig_annotator.store.opening import create_project, open_project
from vig_annotator.store.project_file import ProjectExistsError
from vig_annotator.store.urls import is_server_url

PROGRESS_BYTES = 5_000_000
"""Files larger than this get progress lines on stderr while they are read and written."""


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    imp = sub.add_parser("import", help="bring an EAF, BORIS or table file in as a new session")
    imp.add_argument("project", help="the project (created if it does not exist)")
    imp.add_argument("file", help="the .eaf, .TextGrid, .boris, .csv or .xlsx file to import")
    imp.add_argument("--format", choices=sorted(set(FORMATS.values())),
                     help="the file's format (default: from its suffix)")
    imp.add_argument("--clip", help="the video the file codes (added to the project if new)")
    imp.add_argument("--coder", help="initials of the coder (default: from the file)")
    imp.add_argument("--scheme", help="piios, vig, demo or a scheme FILE (default: the file's or the project's)")
    imp.add_argument("--mapping", help="JSON: for EAF/BORIS {name: code_id}; for tables the column mapping")
    imp.add_argument("--tier", action="append", default=[], metavar="NAME",
                     help="an EAF or TextGrid tier to import (repeatable; default: the tiers that can be codes, "
                          "saying which were left out and why)")
    imp.add_argument("--observation", help="the BORIS observation to import (when there are several)")
    imp.add_argument("--decimal", choices=("comma", "point"),
                     help="what a comma in a table's times is (default: comma in a ;-separated CSV, "
                          "else a comma is refused as ambiguous)")
    imp.add_argument("--add-codes", action="store_true",
                     help="add codes the scheme lacks to a project-local scheme version")
    imp.set_defaults(run=run_import)


def options_from(args: argparse.Namespace) -> ImportOptions:
    """The import's options as the command line gives them (a mapping FILE read here)."""
    fmt = file_format(args.file, args.format)
    code_map, columns = {}, None
    if args.mapping and fmt in TABLE_FORMATS:
        columns = load_mapping(args.mapping)
    elif args.mapping:
        code_map = load_code_map(args.mapping)
    return ImportOptions(fmt, tuple(args.tier), args.observation, getattr(args, "decimal", None), args.scheme,
                         args.clip, args.coder, code_map, columns, add_codes=args.add_codes)


def run_import(args: argparse.Namespace) -> int:
    size = Path(args.file).stat().st_size if Path(args.file).is_file() else 0

    def progress(stage: str, amount: int) -> None:
        """A large file takes seconds: say what is happening (on stderr, so stdout stays the result)."""
        if size <= PROGRESS_BYTES:
            return
        if stage == "reading":
            print(f"reading {Path(args.file).name} ({amount / 1e6:.0f} MB)…", file=sys.stderr, flush=True)
        elif stage == "checking":
            print(f"read {amount:,} rows; checking them against the project's rules and writing…",
                  file=sys.stderr, flush=True)

    options = options_from(args)
    source = read_source(args.file, options, progress)  # a bad file fails before the project is touched
    path: Path | str = args.project if is_server_url(args.project) else Path(args.project)
    done: list[ImportPlan] = []

    def bring_in(project: Project) -> None:
        plan = make_plan(project, source, options, progress=progress)
        carry_out(project, plan, progress=progress)
        done.append(plan)
        if plan.session is not None:
            counted.append(len(project.segments(plan.session.id)))

    def again() -> None:
        done.clear()
        counted.clear()

    counted: list[int] = []
    if not _exists(path) and not args.clip and not source.ethogram_only:
        raise ValueError(f"{path} does not exist yet: give --clip VIDEO to create it with")
    into_project(path, bring_in, again)
    plan = done[-1]
    if plan.session is None:
        assert plan.scheme is not None
        print(f"imported the ethogram of {args.file} as scheme {plan.scheme.id} {plan.scheme.version} "
              f"({len(plan.scheme.codes)} codes; the file has no observations)")
        return 0
    session = plan.session
    print(f"imported {counted[-1]} segment(s) from {args.file} as session {session.id} "
          f"({session.scheme_id} {session.scheme_version})")
    if plan.new_clip is not None:
        print(f"clip {Path(str(args.clip)).name} has case ID {plan.new_clip.clip.case_id} "
              "(exports and packs carry the case ID)")
    for warning in source.imported.warnings:
        print(f"warning: {warning}", file=sys.stderr)
    return 0


def _exists(path: Path | str) -> bool:
    """Whether the project is there (a team project on a server always is, or opening it says why not)."""
    return isinstance(path, str) or path.exists()


def into_project(path: Path | str, bring_in: Callable[[Project], None],
                 retry: Callable[[], None] = lambda: None) -> None:
    """Run ``bring_in`` on the project at ``path``, made whole with it if absent (never replacing a file).

    If another process creates it meanwhile, ``retry`` resets what ran and it goes into that project.
    """
    if not _exists(path):
        try:
            create_project(path, bring_in).close()
            return
        except ProjectExistsError:
            retry()
    project = open_project(path)
    try:
        bring_in(project)
    finally:
        project.close()
