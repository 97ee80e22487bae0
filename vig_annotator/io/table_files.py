"""Writing the tables to CSV, XLSX and JSON, safe to open in a spreadsheet.

A text cell that starts with ``= + - @`` (or a tab or carriage return) could run as a formula when
a spreadsheet opens the file, so it is prefixed with an apostrophe. Every kind of line break in a text
becomes a plain newline (and such a CSV field is quoted), and other control characters are shown as
their symbols (␇), so no text can start a row or a formula of its own. Files are written to a
temporary name beside the target and moved into place, so a failed export never leaves half a file.
"""

from __future__ import annotations

import csv
import errno
import json
import math
import os
import re
import tempfile
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from itertools import chain, islice
from pathlib import Path
from typing import TYPE_CHECKING, Any

from vig_annotator.io.rows import Rows

if TYPE_CHECKING:
    import pandas as pd

    Table = Rows | pd.DataFrame
    """A table to write: streamed ``Rows`` or a pandas DataFrame."""

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
WIDTH_SAMPLE = 500
"""Column widths in XLSX are sized to the first rows' content."""
LINE_BREAKS = re.compile("\r\n|[\r\n\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]")
CONTROLS = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f]")


def _symbol(found: re.Match[str]) -> str:
    code = ord(found.group())
    return chr(0x2400 + code) if code < 0x20 else "\u2421" if code == 0x7F else "\ufffd"


def plain_text(text: str, newline: str = "\n") -> str:
    """Every kind of line break as ``newline``; other control characters (but tab) as their symbols."""
    return CONTROLS.sub(_symbol, LINE_BREAKS.sub(newline, text))


MINUS_SIGNS = "\u2212\u2796\u2795"
"""The minus sign and heavy plus/minus: NFKC leaves them alone, but a spreadsheet may take them as ``-``/``+``."""


def formula_start(value: str) -> bool:
    """Whether a spreadsheet could read the text as a formula.

    That is: a leading tab or carriage return, or, after any leading white space (Unicode's too),
    ``= + - @`` or a look-alike (fullwidth ＝＋－＠, small forms, super/subscripts, minus signs).
    """
    if value.startswith(FORMULA_STARTS):
        return True
    first = value.lstrip()[:1]
    return bool(first) and (unicodedata.normalize("NFKC", first)[:1] in "=+-@" or first in MINUS_SIGNS)


def neutralise(value: Any) -> Any:
    """Plain text, prefixed with an apostrophe when a spreadsheet would read it as a formula."""
    if isinstance(value, str):
        if value.isprintable() and value[:1].isascii() and value[:1] not in "=+-@ ":
            return value  # the common case, decided in C: no control character, no formula start
        value = plain_text(value)
        if formula_start(value):
            return "'" + value
    return value


def neutralised(frame: pd.DataFrame) -> pd.DataFrame:
    """A copy of the frame with every text cell neutralised."""
    import pandas as pd

    out = frame.copy()
    for column in out.columns:
        if out[column].dtype == object or pd.api.types.is_string_dtype(out[column]):
            out[column] = out[column].map(neutralise)
    return out


def as_rows(table: Table) -> Rows:
    """Any table as ``Rows``: a DataFrame's missing values (NaN, NA) become None."""
    if isinstance(table, Rows):
        return table
    frame = table

    def produce() -> Iterator[tuple[Any, ...]]:
        for values in frame.astype(object).itertuples(index=False, name=None):
            yield tuple(None if _missing(v) else v for v in values)

    return Rows(tuple(str(c) for c in frame.columns), produce)


def _missing(value: Any) -> bool:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return True
    return type(value).__name__ in ("NAType", "NaTType")


def _safe(values: Iterable[Any]) -> list[Any]:
    return [neutralise(v) for v in values]


def refuse_folder(out: str | Path, suffix: str = "") -> None:
    """Refuse an export's output that is an existing folder, naming it (never the hidden file made beside it)."""
    if Path(out).is_dir():
        example = Path(out) / f"export.{suffix or Path(out).suffix.lstrip('.') or 'csv'}"
        raise IsADirectoryError(errno.EISDIR, f"is a folder; give the export a file name in it (such as {example})",
                                str(out))


@contextmanager
def atomic_path(target: Path) -> Iterator[Path]:
    """A temporary path beside ``target`` that replaces it only when the writing succeeded.

    The file gets the user's ordinary permissions (umask), not the 0600 of a temporary file. A failure
    to give it its name names ``target``, never the temporary file.
    """
    refuse_folder(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=target.suffix, dir=target.parent)
    os.close(fd)
    try:
        yield Path(tmp)
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)
        try:
            os.replace(tmp, target)
        except OSError as exc:
            raise type(exc)(exc.errno, exc.strerror, str(target)) from None
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def sibling(out: Path, name: str) -> Path:
    """``out.csv`` → ``out.ratings.csv`` for the tables after the first."""
    return out.with_name(f"{out.stem}.{name}{out.suffix}")


def write_csv(tables: Mapping[str, Table], out: Path) -> list[Path]:
    """The first table to ``out``, each other table beside it as ``<stem>.<name>.csv``."""
    written: list[Path] = []
    for i, (name, table) in enumerate(tables.items()):
        rows = as_rows(table)
        target = out if i == 0 else sibling(out, name)
        with atomic_path(target) as tmp, tmp.open("w", encoding="utf-8", newline="") as f:
            writer = csv.writer(f)
            writer.writerow(rows.columns)
            if rows.csv_lines is not None and rows.safe:
                f.writelines(rows.csv_lines())
            else:
                writer.writerows(rows if rows.safe else (_safe(values) for values in rows))
        written.append(target)
    return written


def write_xlsx(tables: Mapping[str, Table], out: Path, about: dict[str, str] | None = None) -> list[Path]:
    """One sheet per table, header row bold and frozen, columns sized to their first rows; streamed."""
    from vig_annotator.io.xlsx_stream import Workbook

    sheets: dict[str, Rows] = {name: as_rows(table) for name, table in tables.items()}
    if about:
        sheets["about"] = Rows(("field", "value"), lambda: iter(list(about.items())))
    with atomic_path(out) as tmp:
        book = Workbook(tmp)
        try:
            for name, rows in sheets.items():
                cells = ([_cell(v) for v in (values if rows.safe else _safe(values))] for values in rows)
                first = list(islice(cells, WIDTH_SAMPLE))
                widths = [len(c) for c in rows.columns]
                for values in first:
                    widths = [max(w, len(str(v)) if v is not None else 0)
                              for w, v in zip(widths, values, strict=True)]
                widest = 90 if name == "about" else 60
                book.add_sheet(name, rows.columns, chain(first, cells), [min(max(8, w + 2), widest) for w in widths])
        finally:
            book.close()
    return [out]


def _cell(value: Any) -> Any:
    """A value a cell can hold: containers become their JSON text."""
    if isinstance(value, list | tuple | dict | set):
        return json.dumps(value if not isinstance(value, set) else sorted(value), ensure_ascii=False)
    return value


def write_json(tables: Mapping[str, Table], out: Path, about: dict[str, str] | None = None) -> list[Path]:
    """``{"about": {...}, "<table>": [record, ...], ...}``, one record per line, written as it is read."""
    with atomic_path(out) as tmp, tmp.open("w", encoding="utf-8") as f:
        f.write('{"about": ' + json.dumps(about or {}, ensure_ascii=False))
        for name, table in tables.items():
            rows = as_rows(table)
            f.write(",\n" + json.dumps(name) + ": [")
            encode = json.JSONEncoder(ensure_ascii=False, default=_plain).encode
            columns = rows.columns
            sep = "\n"
            if rows.json_records is not None:
                for record in rows.json_records():
                    f.write(sep + record)
                    sep = ",\n"
            else:
                for values in rows:
                    f.write(sep + encode(dict(zip(columns, values, strict=True))))
                    sep = ",\n"
            f.write("\n]")
        f.write("}\n")
    return [out]


def _plain(value: Any) -> Any:
    """Numpy scalars and other number-likes as plain JSON values."""
    if hasattr(value, "item"):
        return value.item()
    return str(value)


WRITERS: dict[str, Callable[..., list[Path]]] = {"csv": write_csv, "xlsx": write_xlsx, "json": write_json}


def write_tables(tables: Mapping[str, Table], fmt: str, out: str | Path,
                 about: dict[str, str] | None = None) -> list[Path]:
    """Write the tables in ``fmt`` (csv, xlsx or json); returns the files written."""
    out = Path(out)
    if fmt == "csv":
        return write_csv(tables, out)
    if fmt not in WRITERS:
        raise ValueError(f"unknown table format {fmt!r}; use csv, xlsx or json")
    return WRITERS[fmt](tables, out, about)
