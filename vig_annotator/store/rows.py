"""How each kind of entity becomes a table row, and back."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from vig_annotator.core.model import (
    Clip,
    Coder,
    Entity,
    ExportRecord,
    Moment,
    Purpose,
    Rating,
    Role,
    Scheme,
    Segment,
    Session,
    Setting,
    Status,
    VideoSource,
)
from vig_annotator.schemes import format as scheme_format
from vig_annotator.schemes import writing as scheme_writing
from vig_annotator.store.errors import DamagedProjectError


@dataclass(frozen=True)
class Table:
    """One entity kind's table: its name, key columns, and row conversions."""

    name: str
    columns: tuple[str, ...]
    key: tuple[str, ...]
    to_row: Callable[[Any], tuple[Any, ...]]
    from_row: Callable[[tuple[Any, ...]], Entity]

    def key_of(self, entity: Any) -> tuple[Any, ...]:
        row = dict(zip(self.columns, self.to_row(entity), strict=True))
        return tuple(row[k] for k in self.key)


def _j(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)


TABLES: dict[str, Table] = {
    "scheme": Table(
        "schemes", ("scheme_id", "version", "json"), ("scheme_id", "version"),
        lambda s: (s.id, s.version, scheme_writing.dumps(s)),
        lambda r: scheme_format.loads(r[2], f"pinned scheme {r[0]} {r[1]}", lenient=True),
    ),
    "clip": Table(
        "clips",
        ("id", "case_id", "path", "fingerprint", "duration_ms", "frame_count", "fps", "rotation",
         "has_audio", "timing", "infant_age_days", "context", "consent", "delete_by"),
        ("id",),
        lambda c: (c.id, c.case_id, c.path, c.fingerprint, c.duration_ms, c.frame_count, c.fps,
                   c.rotation, int(c.has_audio), c.timing, c.infant_age_days, c.context,
                   _j(list(c.consent)), c.delete_by),
        lambda r: Clip(r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7], bool(r[8]), r[9], r[10],
                       r[11], tuple(json.loads(r[12])), r[13]),
    ),
    "source": Table(
        "video_sources",
        ("id", "clip_id", "label", "path", "fingerprint", "offset_ms", "duration_ms", "frame_count",
         "fps", "rotation", "has_audio", "aligned_by", "confidence"),
        ("id",),
        lambda v: (v.id, v.clip_id, v.label, v.path, v.fingerprint, v.offset_ms, v.duration_ms,
                   v.frame_count, v.fps, v.rotation, int(v.has_audio), v.aligned_by, v.confidence),
        lambda r: VideoSource(r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7], r[8], r[9], bool(r[10]),
                              r[11], r[12]),
    ),
    "coder": Table(
        "coders", ("id", "initials", "role"), ("id",),
        lambda c: (c.id, c.initials, c.role.value),
        lambda r: Coder(r[0], r[1], Role(r[2])),
    ),
    "session": Table(
        "sessions",
        ("id", "clip_id", "coder_id", "scheme_id", "scheme_version", "purpose", "blind", "status", "notes"),
        ("id",),
        lambda s: (s.id, s.clip_id, s.coder_id, s.scheme_id, s.scheme_version, s.purpose.value,
                   int(s.blind), s.status.value, s.notes),
        lambda r: Session(r[0], r[1], r[2], r[3], r[4], Purpose(r[5]), bool(r[6]), Status(r[7]), r[8]),
    ),
    "segment": Table(
        "segments",
        ("id", "session_id", "code_id", "start_ms", "end_ms", "start_frame", "end_frame",
         "modifiers", "note", "item"),
        ("id",),
        lambda s: (s.id, s.session_id, s.code_id, s.start_ms, s.end_ms, s.start_frame, s.end_frame,
                   _j([[k, list(v)] for k, v in s.modifiers]) if s.modifiers else "[]", s.note, s.item),
        lambda r: Segment(r[0], r[1], r[2], r[3], r[4], r[5], r[6],
                          () if r[7] == "[]" else tuple((k, tuple(v)) for k, v in json.loads(r[7])), r[8], r[9]),
    ),
    "rating": Table(
        "ratings", ("session_id", "item_id", "value", "not_observable", "note", "evidence"),
        ("session_id", "item_id"),
        lambda r: (r.session_id, r.item_id, r.value, int(r.not_observable), r.note, _j(list(r.evidence))),
        lambda r: Rating(r[0], r[1], r[2], bool(r[3]), r[4], tuple(json.loads(r[5]))),
    ),
    "moment": Table(
        "moments",
        ("id", "session_id", "start_ms", "end_ms", "principles", "caption", "questions", "ord",
         "key_ms", "guider_notes"),
        ("id",),
        lambda m: (m.id, m.session_id, m.start_ms, m.end_ms, _j(list(m.principles)), m.caption,
                   m.questions, m.order, m.key_ms, m.guider_notes),
        lambda r: Moment(r[0], r[1], r[2], r[3], tuple(json.loads(r[4])), r[5], r[6], r[7], r[8], r[9]),
    ),
    "export": Table(
        "export_log", ("id", "at", "who", "what", "target", "override"), ("id",),
        lambda e: (e.id, e.when, e.who, e.what, e.target, e.override),
        lambda r: ExportRecord(*r),
    ),
    "setting": Table(
        "settings", ("key", "value"), ("key",),
        lambda s: (s.key, _j(s.value)),
        lambda r: Setting(r[0], json.loads(r[1])),
    ),
}

KIND_BY_TYPE: dict[type, str] = {
    Scheme: "scheme", Clip: "clip", VideoSource: "source", Coder: "coder", Session: "session", Segment: "segment",
    Rating: "rating", Moment: "moment", ExportRecord: "export", Setting: "setting",
}


WHOLE_NUMBERS = ("session_id", "start_ms", "end_ms", "start_frame", "end_frame")
NUMBERS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "clips": (("duration_ms", "frame_count", "rotation"), ("fps",)),
    "video_sources": (("clip_id", "offset_ms", "duration_ms", "frame_count", "rotation"), ("fps",)),
    "sessions": (("clip_id", "coder_id"), ()),
    "moments": (("session_id", "start_ms", "end_ms"), ()),
}
"""Columns other than the segments' that must hold whole numbers, and those that must hold numbers."""


def check_types(conn: sqlite3.Connection, path: Path, table: str) -> None:
    """Refuse (DamagedProjectError naming the row) a row of ``table`` holding text where a number belongs."""
    if table == "segments":
        check_segment_types(conn, path)
        return
    whole, numbers = NUMBERS.get(table, ((), ()))
    if not whole and not numbers:
        return
    wrong = " OR ".join([*(f"typeof({c}) != 'integer'" for c in whole),
                         *(f"typeof({c}) NOT IN ('integer', 'real')" for c in numbers)])
    columns = (*whole, *numbers)
    row = conn.execute(f"SELECT id, {', '.join(columns)} FROM {table} WHERE {wrong} LIMIT 1").fetchone()
    if row is None:
        return
    values = dict(zip(columns, row[1:], strict=True))
    name = next(c for c in columns if type(values[c]) not in ((int,) if c in whole else (int, float)))
    kind = "a whole number" if name in whole else "a number"
    raise DamagedProjectError(f"{path}: the {table} row {row[0]} cannot be read ({name} is {values[name]!r}, "
                              f"not {kind}); the file was not changed")


def check_segment_types(conn: sqlite3.Connection, path: Path, where: str = "", params: tuple[int, ...] = ()) -> None:
    """Refuse (DamagedProjectError naming the row) a segments row holding text where a number belongs.

    SQLite keeps whatever a hand edit puts in a column; such a row read as a segment broke sorting
    ("'<' not supported between 'int' and 'str'") far from where it came from. One scan, in C.
    """
    wrong = " OR ".join([*(f"typeof({c}) != 'integer'" for c in WHOLE_NUMBERS), "typeof(code_id) != 'text'"])
    row = conn.execute(f"SELECT id, code_id, {', '.join(WHOLE_NUMBERS)} FROM segments WHERE ({wrong}){where} "
                       "LIMIT 1", params).fetchone()
    if row is None:
        return
    values = dict(zip(("code_id", *WHOLE_NUMBERS), row[1:], strict=True))
    name = next((c for c in WHOLE_NUMBERS if type(values[c]) is not int), "code_id")
    kind = "a code id" if name == "code_id" else "a whole number"
    raise DamagedProjectError(f"{path}: the segments row {row[0]} (session {values['session_id']}) cannot be read "
                              f"({name} is {values[name]!r}, not {kind}); the file was not changed")
