"""``transcript export|import`` (a session's utterances out and in) and ``analyse mind-mindedness``.

Exports go through the audited export path (logged first); an import is one edit, all or nothing.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

FORMATS = ("srt", "vtt", "csv", "xlsx", "eaf", "textgrid")


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    tr = sub.add_parser("transcript", help="a session's transcript: export it, or import one into it")
    actions = tr.add_subparsers(dest="action", required=True, metavar="ACTION", help="export or import")
    exp = actions.add_parser("export", help="write a session's utterances as SRT, WebVTT, CSV, XLSX, EAF or TextGrid")
    exp.add_argument("project", help="the .vigproj file")
    exp.add_argument("--session", type=int, action="append", default=[],
                     help="the session (repeatable for csv/xlsx; default: the project's only session)")
    exp.add_argument("-f", "--format", choices=FORMATS, required=True, help="srt | vtt | csv | xlsx | eaf | textgrid")
    exp.add_argument("-o", "--output", required=True, help="the file to write")
    exp.add_argument("--unlogged", action="store_true",
                     help="export even when the project's export log cannot record it (say why you must)")
    exp.set_defaults(run=run_export)
    imp = actions.add_parser("import", help="add the utterances of an EAF, a TextGrid or a table (start, end, "
                                            "speaker, text) "
                                            "to a session, all or nothing")
    imp.add_argument("project", help="the .vigproj file")
    imp.add_argument("file", help="an .eaf, .TextGrid, .csv or .xlsx transcript")
    imp.add_argument("--session", type=int, required=True, help="the session to add the utterances to")
    imp.add_argument("--format", choices=["eaf", "textgrid", "csv", "xlsx"],
                     help="the file's format (default: its suffix)")
    imp.add_argument("--tier", action="append", default=[], metavar="NAME",
                     help="an EAF or TextGrid tier of utterances (repeatable; default: the independent time-aligned "
                          "tiers without a controlled vocabulary)")
    imp.add_argument("--speaker", action="append", default=[], metavar="NAME=SPEAKER",
                     help="the file's speaker or tier NAME is SPEAKER (e.g. mother=parent); NAME= leaves it out "
                          "(repeatable)")
    imp.set_defaults(run=run_import)


def add_mind_verbs(analyse: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Register ``mind-mindedness`` under the ``analyse`` verb group."""
    mm = analyse.add_parser("mind-mindedness", help="counts, proportions and rates of mind-related comments")
    mm.add_argument("source", metavar="PROJECT[::SESSION]", help="one session, or every session with a transcript")
    mm.add_argument("--speaker", default="parent", help="whose utterances (default parent)")
    mm.add_argument("-f", "--format", choices=["text", "json", "csv"], default="text", help="output format")
    mm.add_argument("-o", "--output", help="file to write (default: standard output)")
    mm.set_defaults(run=run_mind)


def run_export(args: argparse.Namespace) -> int:
    """``transcript export`` is ``export -f transcript-FORMAT``: the same logged export, the same report."""
    from vig_annotator.cli.project_verbs import run_export as export_verb

    return export_verb(argparse.Namespace(project=args.project, format=f"transcript-{args.format}",
                                          output=args.output, session=args.session, with_paths=False,
                                          unlogged=args.unlogged))


def run_import(args: argparse.Namespace) -> int:
    import sys

    from vig_annotator.io.export import log_export
    from vig_annotator.io.transcripts import import_command, parse_speaker_map, read_transcript, rename_speakers
    from vig_annotator.store.opening import open_project

    if not Path(args.project).exists():
        raise FileNotFoundError(f"{args.project}: no such project")
    found, notes = read_transcript(args.file, args.format, args.tier)
    lines = rename_speakers(found, parse_speaker_map(args.speaker))
    # a bad file fails before the project is opened
    project = open_project(args.project)
    try:
        project.run(import_command(project, args.session, lines, str(args.file)))
        log_export(project, f"transcript import of {Path(args.file).name} into session {args.session}",
                   str(args.file))
    finally:
        project.close()
    print(f"imported {len(lines)} utterance(s) from {args.file} into session {args.session}")
    for note in notes:
        print(f"note: {note}", file=sys.stderr)
    return 0


def mind_rows(spec: str, speaker: str) -> list[dict[str, Any]]:
    """Mind-mindedness figures of each named session that has a transcript (PROJECT or PROJECT::SESSION)."""
    from vig_annotator.analysis.transcript import mind_mindedness
    from vig_annotator.core.transcript import speakers, utterances
    from vig_annotator.store.opening import open_project
    from vig_annotator.store.row_check import refuse_broken
    from vig_annotator.store.urls import project_session

    path, session = project_session(spec)
    project = open_project(path, read_only=True)
    try:
        chosen = [project.session(session)] if session is not None else list(project.sessions)
        refuse_broken(project, [s.id for s in chosen], "nothing was analysed")
        rows = []
        for s in chosen:
            codes = speakers(project.scheme_of(s))
            if not codes:
                if session is not None:
                    raise ValueError(f"{spec}: session {s.id}'s scheme has no transcript codes")
                continue
            clip = project.clip(s.clip_id)
            found = utterances(project.segments(s.id), codes)
            duration = clip.duration_ms or max((u.end_ms for u in found), default=0)
            rows.append({"session": s.id, "case_id": clip.case_id, "coder": project.coder(s.coder_id).initials,
                         **mind_mindedness(found, duration, speaker)})
        if not rows:
            raise ValueError(f"{path}: no session has a transcript (codes of group 'Transcript')")
        return rows
    finally:
        project.close()


def run_mind(args: argparse.Namespace) -> int:
    rows = mind_rows(args.source, args.speaker)
    if args.format == "json":
        text = json.dumps({"sessions": rows}, indent=2, ensure_ascii=False)
    elif args.format == "csv":
        import csv
        import io

        buffer = io.StringIO()
        flat = [_flat(r) for r in rows]
        writer = csv.DictWriter(buffer, fieldnames=list(flat[0]), lineterminator="\n")
        writer.writeheader()
        writer.writerows(flat)
        text = buffer.getvalue()
    else:
        text = "\n".join(_line(r) for r in rows)
    if args.output:
        Path(args.output).write_text(text if text.endswith("\n") else text + "\n", encoding="utf-8")
        print(f"wrote {args.output}")
    else:
        print(text, end="" if text.endswith("\n") else "\n")
    return 0


def _flat(row: dict[str, Any]) -> dict[str, Any]:
    out = {k: v for k, v in row.items() if not isinstance(v, dict)}
    for part in ("counts", "proportions", "per_min", "per_10_min"):
        for code, value in row[part].items():
            out[f"{code}_{part}" if part != "counts" else code] = value
    return out


def _line(r: dict[str, Any]) -> str:
    def share(v: float | None) -> str:
        return "—" if v is None else f"{v:.1%}"

    counts, props, rate = r["counts"], r["proportions"], r["per_min"]
    return (f"session {r['session']} ({r['case_id']}, {r['coder']}): {r['utterances']} {r['speaker']} utterances in "
            f"{r['minutes']:.2f} min, {r['uncoded']} uncoded; " + "; ".join(
                f"{code.replace('_', ' ')} {counts[code]} ({share(props[code])}, "
                f"{'—' if rate[code] is None else f'{rate[code]:.2f}'}/min)" for code in counts))
