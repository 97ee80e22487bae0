"""Writing the tables to CSV, XLSX and JSON, safe to open in a spreadsheet.

A text cell that starts with ``= + - @`` (or a tab or carriage return) could run as a formula when
a spreadsheet opens the file, so it is prefixed with an apostrophe. Files are written to a temporary
name beside the target and moved into place, so a failed export never leaves half a file.
"""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pandas as pd
import xlsxwriter

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralise(value: Any) -> Any:
    """Prefix text that a spreadsheet would read as a formula with an apostrophe."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
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
            neutralised(frame).to_csv(tmp, index=False, encoding="utf-8")
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
