"""Tables back in: the app's own coded-timeline CSV/XLSX (exactly), or any CSV with a column mapping.

A mapping file is JSON: ``{"code": "Behavior", "start": "Start (s)", "end": "Stop (s)",
"subject": "Subject", "note": "Comment", "unit": "s"}`` (unit ``s`` or ``ms``; end optional: points).
"""

from __future__ import annotations

import zipfile
from pathlib import Path
from typing import Any

import pandas as pd

from vig_annotator.io import checks
from vig_annotator.io.checks import BadValue
from vig_annotator.io.importing import Imported, ImportProblem, Record, check_size
from vig_annotator.io.table_files import formula_start
from vig_annotator.io.tables import TIMELINE_COLUMNS, parse_modifiers
from vig_annotator.io.workbook_limits import check_csv, check_workbook

OWN = {"code": "code", "start": "start_s", "end": "end_s", "subject": "subject", "note": "note",
       "modifiers": "modifiers", "unit": "s"}


def separator(path: Path) -> str:
    """A CSV's field separator: ``;`` or tab when its header has them and no commas, else ``,``.

    A ``;``-separated file is what a Dutch or German Excel writes; its decimal mark is the comma.
    """
    with path.open("rb") as f:
        head = f.readline(65_536).decode("utf-8", "replace")
    for sep in (";", "\t"):
        if sep in head and "," not in head:
            return sep
    return ","


def _read(path: Path) -> pd.DataFrame:
    """The first sheet or the CSV as text cells; any failure of the parser is a message, not a crash."""
    xlsx = path.suffix.lower() in (".xlsx", ".xlsm")
    if xlsx and not zipfile.is_zipfile(path):
        raise ImportProblem(str(path), ["is not an Excel workbook (an .xlsx file is a zip archive; this one is not)"])
    if xlsx:
        check_workbook(path)  # refused by what reading it would allocate, before pandas fills every cell
    else:
        check_csv(path, separator(path))  # 2 MB of commas is two million columns
    try:
        if xlsx:
            frame = pd.read_excel(path, sheet_name=0, dtype=object, keep_default_na=False)
        else:
            frame = pd.read_csv(path, dtype=object, keep_default_na=False, sep=separator(path))
    except zipfile.BadZipFile:
        raise ImportProblem(str(path), ["is not an Excel workbook (an .xlsx file is a zip archive; "
                                        "this one is not)"]) from None
    except pd.errors.EmptyDataError:
        raise ImportProblem(str(path), ["is empty: expected a header row and at least one row"]) from None
    except UnicodeDecodeError:
        raise ImportProblem(str(path), ["cannot be read as a table (expected UTF-8 text)"]) from None
    except Exception as exc:  # noqa: BLE001 - a foreign file's parser may fail in any way: say so, never crash
        kind = "an Excel workbook" if xlsx else "a CSV table"
        raise ImportProblem(str(path), [f"cannot be read as {kind} ({_reason(exc)})"]) from None
    if len(frame) == 0:
        raise ImportProblem(str(path), ["has no rows (only a header): nothing to import"])
    if len(frame) > checks.MAX_RECORDS:
        raise ImportProblem(str(path), [f"has {len(frame):,} rows (at most {checks.MAX_RECORDS:,})"])
    return frame


def _reason(exc: Exception) -> str:
    text = str(exc).splitlines()[0] if str(exc) else ""
    return f"{exc.__class__.__name__}: {text[:200]}" if text else exc.__class__.__name__


def _json_object(path: str | Path, what: str) -> dict[str, Any]:
    try:
        data = checks.load_json(Path(path).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, BadValue) as exc:
        raise ImportProblem(str(path), [f"the {what} cannot be read ({exc})"]) from None
    if not isinstance(data, dict):
        raise ImportProblem(str(path), [f"the {what} must be one JSON object, not {type(data).__name__}"])
    bad = [k for k, v in data.items() if not isinstance(v, str)]
    if bad:
        raise ImportProblem(str(path), [f"{bad[0]!r}: the {what} maps names to text, not {data[bad[0]]!r}"])
    return data


def load_mapping(path: str | Path) -> dict[str, str]:
    """A column mapping for a foreign table: the columns holding the code, the start, the end and so on."""
    data = _json_object(path, "mapping file")
    if "code" not in data or "start" not in data:
        raise ImportProblem(str(path), ['a mapping needs at least {"code": COLUMN, "start": COLUMN}'])
    if data.get("unit", "s") not in ("s", "ms"):
        raise ImportProblem(str(path), [f"unit: expected 's' or 'ms', not {data['unit']!r}"])
    return data


def load_code_map(path: str | Path) -> dict[str, str]:
    """A mapping of names in an EAF or BORIS file to the scheme's code ids (``""`` skips a name)."""
    return _json_object(path, "mapping file")


def _text(value: Any) -> str:
    text = "" if value is None else str(value)
    return text[1:] if text.startswith("'") and formula_start(text[1:]) else text  # undo neutralising


def read_table(path: str | Path, mapping: dict[str, str] | None = None, decimal: str | None = None) -> Imported:
    """Records from a table; without a mapping the table must be this app's coded-timeline export.

    ``decimal`` (``"comma"`` or ``"point"``) says what a comma in a time is; a ``;``-separated CSV
    has decimal commas unless told otherwise; elsewhere a comma in a time is refused as ambiguous.
    """
    path = Path(path)
    if decimal is None and path.suffix.lower() not in (".xlsx", ".xlsm") and separator(path) == ";":
        decimal = "comma"
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
        if len(code) > 200:
            problems.append(f"{where}: the code is {len(code):,} characters long (at most 200)")
            continue
        column = columns["start"]
        try:
            start = checks.time_ms(row[column], "start", scale, decimal)
            end_text = str(row[columns["end"]]).strip() if "end" in columns else ""
            column = columns.get("end", "")
            end = checks.time_ms(row[column], "end", scale, decimal) if end_text else start
        except BadValue as exc:
            problems.append(f"{where}, column {column!r}: {exc}")
            if len(problems) > 20:
                break
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
