"""Writing the tables to CSV, XLSX and JSON, safe to open in a spreadsheet.

A text cell that starts with ``= + - @`` (or a tab or carriage return) could run as a formula when
a spreadsheet opens the file, so it is prefixed with an apostrophe. Every kind of line break in a text
becomes a plain newline (and such a CSV field is quoted), and other control characters are shown as
their symbols (␇), so no text can start a row or a formula of its own. Files are written to a
temporary name beside the target and moved into place, so a failed export never leaves half a file.
"""

from __future__ import annotations

import csv
import json
import os
import re
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pandas as pd
import xlsxwriter

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
LINE_BREAKS = re.compile("\r\n|[\r\n\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]")
CONTROLS = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f]")


def _symbol(found: re.Match[str]) -> str:
    code = ord(found.group())
    return chr(0x2400 + code) if code < 0x20 else "\u2421" if code == 0x7F else "\ufffd"


def plain_text(text: str, newline: str = "\n") -> str:
    """Every kind of line break as ``newline``; other control characters (but tab) as their symbols."""
    return CONTROLS.sub(_symbol, LINE_BREAKS.sub(newline, text))


def neutralise(value: Any) -> Any:
    """Plain text, prefixed with an apostrophe when a spreadsheet would read it as a formula."""
    if isinstance(value, str):
        if value.isprintable() and value[:1] not in "=+-@ ":
            return value  # the common case, decided in C: no control character, no formula start
        value = plain_text(value)
        if value.startswith(FORMULA_STARTS) or value.lstrip(" \n").startswith(FORMULA_STARTS[:4]):
            return "'" + value
    return value


def neutralised(frame: pd.DataFrame) -> pd.DataFrame:
    out = frame.copy()
    for column in out.columns:
        if out[column].dtype == object or pd.api.types.is_string_dtype(out[column]):
            out[column] = out[column].map(neutralise)
    return out


@contextmanager
def atomic_path(target: Path) -> Iterator[Path]:
    """A temporary path beside ``target`` that replaces it only when the writing succeeded."""
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=target.suffix, dir=target.parent)
    os.close(fd)
    try:
        yield Path(tmp)
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def sibling(out: Path, name: str) -> Path:
    """``out.csv`` → ``out.ratings.csv`` for the tables after the first."""
    return out.with_name(f"{out.stem}.{name}{out.suffix}")


def write_csv(tables: dict[str, pd.DataFrame], out: Path) -> list[Path]:
    """The first table to ``out``, each other table beside it as ``<stem>.<name>.csv``."""
    written: list[Path] = []
    for i, (name, frame) in enumerate(tables.items()):
        target = out if i == 0 else sibling(out, name)
        with atomic_path(target) as tmp:
            # a field holding a newline is quoted, so it never reads as a row of its own
            neutralised(frame).to_csv(tmp, index=False, encoding="utf-8", lineterminator="\n",
                                      quoting=csv.QUOTE_MINIMAL)
        written.append(target)
    return written


def write_xlsx(tables: dict[str, pd.DataFrame], out: Path, about: dict[str, str] | None = None) -> list[Path]:
    """One sheet per table, header row frozen, columns sized to their content."""
    sheets = dict(tables)
    if about:
        sheets["about"] = pd.DataFrame(list(about.items()), columns=["field", "value"])
    with atomic_path(out) as tmp:
        book = xlsxwriter.Workbook(str(tmp), {"nan_inf_to_errors": True, "strings_to_formulas": False,
                                              "strings_to_urls": False})
        try:
            bold = book.add_format({"bold": True})
            for name, frame in sheets.items():
                ws = book.add_worksheet(name[:31])
                ws.write_row(0, 0, [str(c) for c in frame.columns], bold)
                safe = neutralised(frame).astype(object).where(frame.notna(), None)
                for r, values in enumerate(safe.itertuples(index=False, name=None), start=1):
                    ws.write_row(r, 0, [_cell(v) for v in values])
                ws.freeze_panes(1, 0)
                for col, column in enumerate(frame.columns):
                    longest = max([len(str(column))] + [len(str(v)) for v in frame[column].head(500)])
                    ws.set_column(col, col, min(max(8, longest + 2), 90 if name == "about" else 60))
        finally:
            book.close()
    return [out]


def _cell(value: Any) -> Any:
    """A value xlsxwriter can write: containers become their JSON text."""
    if isinstance(value, list | tuple | dict | set):
        return json.dumps(value if not isinstance(value, set) else sorted(value), ensure_ascii=False)
    return value


def write_json(tables: dict[str, pd.DataFrame], out: Path, about: dict[str, str] | None = None) -> list[Path]:
    doc: dict[str, Any] = {"about": about or {}}
    for name, frame in tables.items():
        doc[name] = json.loads(frame.to_json(orient="records", force_ascii=False))
    with atomic_path(out) as tmp:
        tmp.write_text(json.dumps(doc, indent=2, ensure_ascii=False), encoding="utf-8")
    return [out]


WRITERS: dict[str, Callable[..., list[Path]]] = {"csv": write_csv, "xlsx": write_xlsx, "json": write_json}


def write_tables(tables: dict[str, pd.DataFrame], fmt: str, out: str | Path,
                 about: dict[str, str] | None = None) -> list[Path]:
    """Write the tables in ``fmt`` (csv, xlsx or json); returns the files written."""
    out = Path(out)
    if fmt == "csv":
        return write_csv(tables, out)
    if fmt not in WRITERS:
        raise ValueError(f"unknown table format {fmt!r}; use csv, xlsx or json")
    return WRITERS[fmt](tables, out, about)
