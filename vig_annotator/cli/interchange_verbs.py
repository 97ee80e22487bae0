"""``import``: coded files from ELAN, BORIS and tables into a new session (all or nothing)."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

from vig_annotator.core.model import Clip, Scheme, Session
from vig_annotator.core.project import Project
from vig_annotator.io.boris import load_boris, read_boris, scheme_from_boris
from vig_annotator.io.export import log_export
from vig_annotator.io.importing import Imported, apply_import, resolve_code
from vig_annotator.io.table_import import load_code_map, load_mapping, read_table
from vig_annotator.io.tier_choice import is_textgrid, read_coded
from vig_annotator.projects import NewClip, prepare_clip
from vig_annotator.schemes import resolve
from vig_annotator.store.project_file import ProjectExistsError, create_project, open_project
from vig_annotator.store.urls import is_server_url

FORMATS = {".eaf": "eaf", ".textgrid": "textgrid", ".boris": "boris", ".csv": "csv", ".xlsx": "xlsx"}
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


def read(args: argparse.Namespace) -> tuple[Imported, Scheme | None, dict[str, str]]:
    fmt = file_format(args)
    if fmt is None:
        raise ValueError(f"{args.file}: say which format it is with --format (eaf, textgrid, boris, csv, xlsx)")
    if args.tier and fmt not in ("eaf", "textgrid"):
        raise ValueError(f"{args.file}: --tier is for EAF and TextGrid files (this is {fmt})")
    code_map: dict[str, str] = {}
    if fmt in ("eaf", "textgrid"):
        imported, scheme = read_coded(args.file, args.tier, fmt), None
    elif fmt == "boris":
        doc = load_boris(args.file)
        imported = read_boris(args.file, args.observation, doc)
        scheme = scheme_from_boris(doc, args.file)
    else:
        imported = read_table(args.file, load_mapping(args.mapping) if args.mapping else None,
                              getattr(args, "decimal", None))
        scheme = None
    if args.mapping and fmt in ("eaf", "textgrid", "boris"):
        code_map = load_code_map(args.mapping)
    return imported, scheme, code_map


def file_format(args: argparse.Namespace) -> str | None:
    """The format asked for, else a TextGrid recognised by its header, else the one its suffix says."""
    if args.format:
        return str(args.format)
    if is_textgrid(args.file):
        return "textgrid"
    return FORMATS.get(Path(args.file).suffix.lower())


def choose_clip(project: Project, imported: Imported, video: str | None) -> Clip | NewClip:
    """The clip the file codes: a clip of the project, or a probed new one (added with the import)."""
    if video:
        new = prepare_clip(project, video)
        return new.clip if new.existing else new
    for clip in project.clips:
        if imported.fingerprint and clip.fingerprint == imported.fingerprint:
            return clip
    named = [c for c in project.clips if Path(c.path).name in imported.media_names]
    if len(named) == 1:
        return named[0]
    if len(project.clips) == 1:
        return project.clips[0]
    raise ValueError(f"{imported.source}: say which clip it codes with --clip VIDEO")


def run_import(args: argparse.Namespace) -> int:
    fmt = file_format(args)
    if fmt == "boris":
        doc = load_boris(args.file)
        if not doc["observations"]:  # an ethogram alone: it comes in as a scheme to code with
            return _import_ethogram(args, scheme_from_boris(doc, args.file))
    big = Path(args.file).is_file() and Path(args.file).stat().st_size > PROGRESS_BYTES
    if big:  # a large file takes seconds: say what is happening (on stderr, so stdout stays the result)
        print(f"reading {Path(args.file).name} ({Path(args.file).stat().st_size / 1e6:.0f} MB)…",
              file=sys.stderr, flush=True)
    imported, file_scheme, code_map = read(args)  # a bad file fails before the project is touched
    if big:
        print(f"read {len(imported.records):,} rows; checking them against the project's rules and writing…",
              file=sys.stderr, flush=True)
    path: Path | str = args.project if is_server_url(args.project) else Path(args.project)
    found: list[tuple[Session, int]] = []

    def bring_in(project: Project) -> None:
        scheme = _scheme(project, imported, file_scheme, args.scheme)
        chosen = choose_clip(project, imported, args.clip)
        coder = args.coder or imported.coder or "IMPORT"
        if isinstance(chosen, NewClip):  # the new clip comes in with the rows, all or nothing
            session = apply_import(project, imported, chosen.clip, coder, scheme, code_map, args.add_codes,
                                   timebase=chosen.timebase)
            chosen.cache_timing(project)
        else:
            session = apply_import(project, imported, chosen.id, coder, scheme, code_map, args.add_codes)
        log_export(project, f"import of {Path(args.file).name} as session {session.id}", str(args.file))
        found.append((session, len(project.segments(session.id))))

    if not _exists(path) and not args.clip:
        raise ValueError(f"{path} does not exist yet: give --clip VIDEO to create it with")
    into_project(path, bring_in, found.clear)
    session, count = found[-1]
    print(f"imported {count} segment(s) from {args.file} as session {session.id} "
          f"({session.scheme_id} {session.scheme_version})")
    for warning in imported.warnings:
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


def _import_ethogram(args: argparse.Namespace, scheme: Scheme) -> int:
    """Pin a BORIS ethogram (a file with no observations) as a scheme of the project, made if needed."""
    from vig_annotator.projects import pin_scheme

    def pin(project: Project) -> None:
        pin_scheme(project, scheme)

    into_project(Path(args.project), pin)
    print(f"imported the ethogram of {args.file} as scheme {scheme.id} {scheme.version} "
          f"({len(scheme.codes)} codes; the file has no observations)")
    return 0


def _scheme(project: Project, imported: Imported, file_scheme: Scheme | None, asked: str | None) -> Scheme:
    if asked:
        wanted = resolve(asked)
        pinned = project.entities["scheme"].get(wanted.key)
        if pinned is not None and pinned != wanted:
            raise ValueError(f"--scheme {asked}: the project already has scheme {wanted.id} version "
                             f"{wanted.version} with different content; give the changed scheme a new version")
        if pinned is not None and Path(asked).is_file():
            imported.warnings.append(f"the project already has scheme {wanted.id} {wanted.version} (the same as "
                                     f"{asked}): its copy is used")
        return wanted
    if imported.scheme_key is not None and imported.scheme_key in project.entities["scheme"]:
        return project.scheme(*imported.scheme_key)
    for scheme in project.schemes:  # a scheme of the project that knows every code in the file
        if all(resolve_code(name, scheme, {}) is not None for name in imported.names()):
            return scheme
    if file_scheme is not None:
        return file_scheme
    if project.schemes:
        return project.schemes[0]
    return resolve("demo")
