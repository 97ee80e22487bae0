"""What the ``analyse`` verbs share: reading sessions from a project (read-only), parsing options, writing output."""

from __future__ import annotations

import argparse
import json
import re
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import pandas as pd

    from vig_annotator.analysis import Event


def output_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("-f", "--format", choices=["text", "json", "csv", "xlsx"], default="text", help="output format")
    parser.add_argument("-o", "--output", help="file to write (required for xlsx)")


@dataclass(frozen=True)
class CodedSession:
    label: str
    events: list[Event]
    span_ms: tuple[int, int]
    codes: tuple[str, ...]
    scheme: str


def read_sessions(spec: str) -> list[CodedSession]:
    """The sessions named by PROJECT::SESSION (one) or PROJECT (all), read and the project closed again."""
    from vig_annotator.store.opening import open_project
    from vig_annotator.store.row_check import refuse_broken
    from vig_annotator.store.urls import project_session

    path, session = project_session(spec)
    project = open_project(path, read_only=True)
    try:
        chosen = [project.session(session)] if session is not None else list(project.sessions)
        if not chosen:
            raise ValueError(f"{path}: has no sessions")
        refuse_broken(project, [s.id for s in chosen], "nothing was analysed")
        out = []
        for s in chosen:
            events = [(seg.code_id, seg.start_ms, seg.end_ms) for seg in project.segments(s.id)]
            duration = project.clip(s.clip_id).duration_ms or max((e[2] for e in events), default=0)
            scheme = project.scheme_of(s)
            out.append(CodedSession(f"{Path(path).name}::{s.id}", events, (0, int(duration)),
                                tuple(c.id for c in scheme.codes), f"{scheme.id} {scheme.version}"))
        return out
    finally:
        project.close()


def with_codes(sessions: list[CodedSession], codes: list[str]) -> list[CodedSession]:
    """The sessions whose scheme (or coding) has every one of the codes; sessions of other schemes are left out."""
    kept = [s for s in sessions if set(codes) <= set(s.codes) | {e[0] for e in s.events}]
    if not kept:
        raise ValueError(f"{sessions[0].label.partition('::')[0]}: no session's scheme has all of "
                         f"{', '.join(codes)}")
    return kept


def check_code(sessions: list[CodedSession], code: str, option: str) -> None:
    known = {c for s in sessions for c in s.codes} | {e[0] for s in sessions for e in s.events}
    if code not in known:
        first = sessions[0]
        listed = ", ".join(first.codes[:12]) + (", …" if len(first.codes) > 12 else "")
        raise ValueError(f"{option} {code!r}: no such code in {first.label} (scheme {first.scheme}; codes: {listed})")


def parse_window(text: str) -> tuple[float, float]:
    """``START-END`` (or ``END``) in seconds → milliseconds."""
    match = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*(?:-\s*(\d+(?:\.\d+)?))?\s*", text)
    if not match:
        raise ValueError(f"--window {text!r}: expected START-END in seconds, e.g. 0-2")
    start, end = (0.0, float(match[1])) if match[2] is None else (float(match[1]), float(match[2]))
    if end <= start:
        raise ValueError(f"--window {text!r}: the end must come after the start (e.g. 0-2)")
    return start * 1000, end * 1000


def emit(args: argparse.Namespace, text: str, doc: dict[str, Any], tables: dict[str, pd.DataFrame]) -> None:
    """Print or write the result in the chosen format."""
    from vig_annotator.io.table_files import write_tables

    if args.format in ("text", "json"):
        body = text if args.format == "text" else json.dumps(doc, indent=2, ensure_ascii=False, allow_nan=False)
        if args.output:
            Path(args.output).write_text(body + "\n", encoding="utf-8")
            print(f"wrote {args.output}")
        else:
            print(body)
        return
    if args.format == "csv" and not args.output:
        next(iter(tables.values())).to_csv(sys.stdout, index=False)
        return
    if not args.output:
        raise ValueError(f"-f {args.format} needs -o OUT.{args.format}")
    written = write_tables(tables, args.format, args.output)
    print("wrote " + ", ".join(str(p) for p in written))


def fmt(x: float | None, digits: int = 3) -> str:
    return "—" if x is None else f"{x:.{digits}f}"


def iqr(q1: float | None, q3: float | None) -> str:
    return "—" if q1 is None or q3 is None else f"{q1:.3f}–{q3:.3f}"


