"""Tables back in: the app's own coded-timeline CSV/XLSX (exactly), or any CSV with a column mapping.

A mapping file is JSON: ``{"code": "Behavior", "start": "Start (s)", "end": "Stop (s)",
"subject": "Subject", "note": "Comment", "unit": "s"}`` (unit ``s`` or ``ms``; end optional: points).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pandas as pd

from vig_annotator.io.importing import Imported, ImportProblem, Record, check_size
from vig_annotator.io.tables import TIMELINE_COLUMNS, parse_modifiers

OWN = {"code": "code", "start": "start_s", "end": "end_s", "subject": "subject", "note": "note",
       "modifiers": "modifiers", "unit": "s"}


def _read(path: Path) -> pd.DataFrame:
    try:
        if path.suffix.lower() in (".xlsx", ".xlsm"):
            return pd.read_excel(path, sheet_name=0, dtype=object, keep_default_na=False)
        return pd.read_csv(path, dtype=object, keep_default_na=False)
    except (ValueError, OSError, UnicodeDecodeError) as exc:
        raise ImportProblem(str(path), [f"cannot be read as a table ({exc})"]) from None


def load_mapping(path: str | Path) -> dict[str, str]:
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise ImportProblem(str(path), [f"the mapping file cannot be read ({exc})"]) from None
    if not isinstance(data, dict) or "code" not in data or "start" not in data:
        raise ImportProblem(str(path), ['a mapping needs at least {"code": COLUMN, "start": COLUMN}'])
    return {str(k): str(v) for k, v in data.items()}


def _text(value: Any) -> str:
    text = "" if value is None else str(value)
    return text[1:] if text.startswith("'") and text[1:2] in ("=", "+", "-", "@") else text  # undo neutralising


def read_table(path: str | Path, mapping: dict[str, str] | None = None) -> Imported:
    """Records from a table; without a mapping the table must be this app's coded-timeline export."""
    path = Path(path)
    check_size(path)
    frame = _read(path)
    if mapping is None:
        missing = [c for c in TIMELINE_COLUMNS if c not in frame.columns]
        if missing:
            raise ImportProblem(str(path), [f"not a vig-annotator timeline table (missing columns: "
                                            f"{', '.join(missing)}); give a column mapping for other tables"])
        mapping = OWN
    columns = {k: v for k, v in mapping.items() if k != "unit"}
    absent = [v for v in columns.values() if v not in frame.columns]
    if absent:
        raise ImportProblem(str(path), [f"no column named {', '.join(map(repr, absent))} "
                                        f"(the table has {', '.join(map(str, frame.columns))})"])
    scale = 1 if mapping.get("unit", "s") == "ms" else 1000
    result = Imported(str(path))
    problems: list[str] = []
    header_lines = 1
    for n, row in enumerate(frame.to_dict("records")):
        where = f"row {n + 1 + header_lines}"
        code = _text(row[columns["code"]]).strip()
        if not code:
            problems.append(f"{where}: no code")
            continue
        try:
            start = round(float(str(row[columns["start"]]).replace(",", ".")) * scale)
            end_text = str(row[columns["end"]]).strip() if "end" in columns else ""
            end = round(float(end_text.replace(",", ".")) * scale) if end_text else start
        except ValueError:
            problems.append(f"{where}: start {row[columns['start']]!r} or end is not a number")
            continue
        subject = _text(row.get(columns.get("subject", ""), "")).strip()
        if subject and mapping is not OWN:
            code = f"{code} ({subject})"  # lands only on a code of that subject (see resolve_code)
        if end == start:
            result.point_codes.add(code)
        result.records.append(Record(
            code, start, end, subject,
            parse_modifiers(_text(row.get(columns.get("modifiers", ""), ""))),
            _text(row.get(columns.get("note", ""), "")), where))
    if mapping is OWN and len(frame):
        first = frame.iloc[0]
        result.coder = str(first["coder"])
        result.fingerprint = str(first["clip_fingerprint"])
        result.media_names = [str(first["clip"])]
        result.scheme_key = (str(first["scheme"]), str(first["scheme_version"]))
        kinds = dict(zip(frame["code"], frame["kind"], strict=True))
        result.point_codes = {c for c, k in kinds.items() if k == "point"}
    if problems:
        raise ImportProblem(str(path), problems)
    return result
