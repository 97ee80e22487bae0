"""``new``, ``info`` and ``export``: making a project, reading what is in it, and getting data out."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from vig_annotator.core.project import Project
from vig_annotator.store import clips as clip_store
from vig_annotator.store.opening import open_project
from vig_annotator.store.summary import segment_counts

# The media, scheme and table libraries are imported by the verbs that use them (a quick ``info``).


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    new = sub.add_parser("new", help="create a project file")
    new.add_argument("project", help="the .vigproj file to create")
    new.add_argument("--scheme", action="append", default=[],
                     help="piios, vig, demo, mind_mindedness or a scheme FILE (repeatable; default demo)")
    new.add_argument("--coder", action="append", default=[], help="coder initials or pseudonym (repeatable)")
    new.add_argument("--clip", action="append", default=[], help="a video to add (repeatable)")
    new.add_argument("--case-id", action="append", default=[],
                     help="the clip's case ID, a pseudonym (repeatable, one per --clip in order; "
                          "default: a random pseudonym such as C-7KQ2M, never the video's file name)")
    new.set_defaults(run=run_new)

    info = sub.add_parser("info", help="list a project's clips, coders and sessions")
    info.add_argument("project", help="the .vigproj file (read-only: it may be open in the app)")
    info.add_argument("--json", action="store_true", help="machine-readable output")
    info.set_defaults(run=run_info)

    exp = sub.add_parser("export", help="write sessions to tables or other tools' files")
    exp.add_argument("project", help="the .vigproj file")
    exp.add_argument("-f", "--format", required=True,
                     help="csv | xlsx | json | eaf | eaf-groups | textgrid | boris | srt | vtt | "
                          "transcript-(srt|vtt|csv|xlsx|eaf|textgrid)")
    exp.add_argument("-o", "--output", required=True, help="the file to write")
    exp.add_argument("--session", action="append", type=int, default=[], help="session id (repeatable)")
    exp.add_argument("--with-paths", action="store_true",
                     help="name clips by their full path (default: by case ID only, pseudonymous)")
    exp.add_argument("--unlogged", action="store_true",
                     help="export even when the project's export log cannot record it (say why you must)")
    exp.set_defaults(run=run_export)


def run_new(args: argparse.Namespace) -> int:
    from vig_annotator.core.case_ids import pseudonym
    from vig_annotator.projects import SetupError, add_clip, add_coder, pin_scheme, start_session
    from vig_annotator.schemes import resolve
    from vig_annotator.store.opening import create_project
    from vig_annotator.store.urls import PROJECT_SUFFIX, is_server_url

    path: Path | str = args.project  # a team project's URL stays as given
    if not is_server_url(args.project):
        path = Path(args.project)
        if path.suffix != PROJECT_SUFFIX:
            path = path.with_name(path.name + PROJECT_SUFFIX)
    schemes = [resolve(name) for name in (args.scheme or ["demo"])]  # validate before creating
    for video in args.clip:
        if not Path(video).is_file():
            raise FileNotFoundError(f"{video}: is a folder, not a video file" if Path(video).is_dir()
                                    else f"{video}: no such file")
    if len(args.case_id) > len(args.clip):
        raise SetupError(f"{len(args.case_id)} --case-id for {len(args.clip)} --clip: give one case ID per clip")
    case_ids = [c.strip() for c in args.case_id] + [pseudonym() for _ in args.clip[len(args.case_id):]]
    if not all(case_ids):
        raise SetupError("--case-id is empty: give a pseudonym")

    def build(project: Project) -> None:  # made whole before it gets its name: a failure leaves nothing
        for scheme in schemes:
            pin_scheme(project, scheme)
        coders = [add_coder(project, initials) for initials in args.coder]
        for video, case_id in zip(args.clip, case_ids, strict=True):
            clip = add_clip(project, video, case_id)
            for coder in coders:
                start_session(project, clip, coder, schemes[0])

    create_project(path, build).close()
    print(f"created {path}")
    for video, case_id in zip(args.clip, case_ids, strict=True):
        print(f"clip {Path(video).name} has case ID {case_id} (exports and packs carry the case ID)")
    return 0


def describe(project: Project) -> dict[str, Any]:
    """What ``info --json`` prints: the project's clips, coders, schemes and sessions.

    Segments are counted in the file, so a project opened with ``segments=False`` is described whole.
    """
    counts = segment_counts(project)
    return {
        "project": project.path,
        "schemes": [{"id": s.id, "version": s.version, "name": s.name, "codes": len(s.codes),
                     "rated_items": len(s.rated_items)} for s in project.schemes],
        "coders": [{"id": c.id, "initials": c.initials, "role": c.role.value} for c in project.coders],
        "clips": [{"id": c.id, "case_id": c.case_id, "path": c.path, "fingerprint": c.fingerprint,
                   "duration_ms": c.duration_ms, "frame_count": c.frame_count, "fps": c.fps,
                   "timing": c.timing, "missing": clip_store.is_missing(project, c),
                   "consent": list(c.consent),
                   "cameras": [{"label": v.label, "path": v.path, "offset_ms": v.offset_ms, "fps": v.fps,
                                "aligned_by": v.aligned_by, "confidence": v.confidence}
                               for v in project.sources(c.id)]} for c in project.clips],
        "sessions": [{"id": s.id, "clip_id": s.clip_id, "case_id": project.clip(s.clip_id).case_id,
                      "coder": project.coder(s.coder_id).initials, "scheme": s.scheme_id,
                      "scheme_version": s.scheme_version, "purpose": s.purpose.value,
                      "status": s.status.value, "segments": counts.get(s.id, 0),
                      "ratings": len(project.ratings(s.id)), "moments": len(project.moments(s.id))}
                     for s in project.sessions],
        "exports": len(project.export_log),
    }


def run_info(args: argparse.Namespace) -> int:
    from vig_annotator.store import row_check

    # Counts come from the file; segments stay on disk (fast at 100,000) and are checked against the
    # rules one session at a time.
    project = open_project(args.project, read_only=True, segments=False)
    try:
        facts = describe(project)
        found = row_check.problems(project)
    finally:
        project.close()
    for problem in row_check.report(found):  # a project that breaks a rule still opens: say what to repair
        print(f"warning: {problem}", file=sys.stderr)
    if args.json:
        print(json.dumps(facts, indent=2, ensure_ascii=False))
        return 0
    print(f"project  {facts['project']}")
    for s in facts["schemes"]:
        print(f"scheme   {s['id']} {s['version']}: {s['name']} ({s['codes']} codes, {s['rated_items']} rated items)")
    for c in facts["coders"]:
        print(f"coder    #{c['id']} {c['initials']} ({c['role']})")
    for c in facts["clips"]:
        missing = "  MISSING - relink in the app" if c["missing"] else ""
        print(f"clip     #{c['id']} {c['case_id']}  {c['path']}  {c['duration_ms'] / 1000:.3f} s, "
              f"{c['frame_count']} frames ({c['timing']}){missing}")
        for v in c["cameras"]:
            how = f"{v['aligned_by']}" + (f", confidence {v['confidence']:.2f}" if v["confidence"] is not None else "")
            print(f"  camera {v['label']}  {v['path']}  offset {v['offset_ms'] / 1000:+.3f} s ({how})")
    for s in facts["sessions"]:
        print(f"session  #{s['id']} {s['case_id']} coder {s['coder']} {s['scheme']} {s['scheme_version']} "
              f"[{s['purpose']}, {s['status']}]: {s['segments']} segments, {s['ratings']} ratings, "
              f"{s['moments']} moments")
    return 0


def run_export(args: argparse.Namespace) -> int:
    from vig_annotator.io import export as exporting

    if args.format not in exporting.EXPORTERS:
        raise ValueError(f"unknown format {args.format!r}; choose one of {', '.join(exporting.formats())}")
    streamed = args.format in exporting.STREAMED  # tables are read from the file session by session
    # An export never needs the edit lock: it reads, and its record is appended to the log.
    project = open_project(args.project, read_only=True, segments=not streamed)
    try:
        written = exporting.export(project, args.format, args.output, args.session,
                                   with_paths=args.with_paths, unlogged=args.unlogged)
    finally:
        project.close()
    if len(written) > 1 and args.format == "boris":
        print(f"the sessions use {len(written)} schemes and a BORIS project holds one: one file per scheme "
              "(or choose with --session)")
    for path in written:
        print(f"wrote {path}")
    if args.unlogged:
        print(f"warning: this export of {args.project} is not recorded in its export log (--unlogged)",
              file=sys.stderr)
    return 0

