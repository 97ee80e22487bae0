"""An Excel workbook is measured by what reading it would allocate, before it is read.

An 8 KB workbook whose one cell sits at XFD1048576 once made ``import`` grow past 21 GB: the table
reader fills every cell up to the last one. Here the zip's sizes and ratios, each sheet's dimension and
cell references, its XML nesting and its strings are checked by streaming the archive, so such a file
is refused quickly with one line naming the file and the place.
"""

from __future__ import annotations

import csv
import re
import zipfile
import zlib
from pathlib import Path

from lxml import etree

from vig_annotator.io.checks import MAX_DEPTH, MAX_RECORDS

MAX_UNPACKED = 512 * 1024 * 1024
"""The most bytes a workbook's parts may unpack to."""
MAX_RATIO = 200
"""The most a part larger than :data:`RATIO_FROM` may grow when unpacked (a zip bomb grows by thousands)."""
RATIO_FROM = 1024 * 1024
MAX_COLUMNS = 1_000
MAX_CELLS = 20_000_000
"""Rows × columns of the rectangle a sheet's cells span: what the table reader will allocate."""
MAX_STRING = 32_767
"""The most characters Excel itself puts in a cell."""

_REF = re.compile(r"^\$?([A-Z]{1,3})\$?([0-9]{1,7})$")


class WorkbookTooLarge(ValueError):
    """A workbook that would need too much memory or time to read; the message names the file and place."""


def _cell(ref: str) -> tuple[int, int] | None:
    """(column, row), both from 1, of a reference like ``XFD1048576``; None if it is not one."""
    found = _REF.match(ref.strip().upper())
    if found is None:
        return None
    column = 0
    for letter in found.group(1):
        column = column * 26 + (ord(letter) - 64)
    return column, int(found.group(2))


def _span(path: Path, part: str, columns: int, rows: int, where: str) -> None:
    if rows > MAX_RECORDS + 1:
        raise WorkbookTooLarge(f"{path}: {part} {where} reaches row {rows:,} "
                               f"(at most {MAX_RECORDS + 1:,} rows are read)")
    if columns > MAX_COLUMNS:
        raise WorkbookTooLarge(f"{path}: {part} {where} reaches column {columns:,} (at most {MAX_COLUMNS:,} columns)")
    if columns * rows > MAX_CELLS:
        raise WorkbookTooLarge(f"{path}: {part} {where} spans {columns:,} × {rows:,} cells "
                               f"(at most {MAX_CELLS:,} cells)")


def _local(tag: object) -> str:
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def _scan(path: Path, archive: zipfile.ZipFile, part: str) -> None:
    """Stream one XML part: its nesting, strings, dimension and the furthest cell it names."""
    columns = rows = depth = 0
    with archive.open(part) as stream:
        parser = etree.iterparse(stream, events=("start", "end"), resolve_entities=False, no_network=True,
                                 huge_tree=False, load_dtd=False)
        try:
            for event, element in parser:
                if event == "start":
                    depth += 1
                    if depth > MAX_DEPTH:
                        raise WorkbookTooLarge(f"{path}: {part} is nested deeper than {MAX_DEPTH} levels")
                    name = _local(element.tag)
                    if name == "dimension":
                        last = str(element.get("ref", "")).split(":")[-1]
                        spot = _cell(last)
                        if spot is not None:
                            _span(path, part, spot[0], spot[1], f"dimension {last}")
                    elif name == "c":
                        spot = _cell(str(element.get("r", "")))
                        if spot is not None:
                            columns, rows = max(columns, spot[0]), max(rows, spot[1])
                            _span(path, part, columns, rows, f"cell {element.get('r')}")
                    continue
                depth -= 1
                if element.text is not None and len(element.text) > MAX_STRING:
                    raise WorkbookTooLarge(f"{path}: {part} holds a text of {len(element.text):,} characters "
                                           f"(at most {MAX_STRING:,})")
                element.clear(keep_tail=True)
        except etree.XMLSyntaxError as exc:
            raise WorkbookTooLarge(f"{path}: {part} is not readable XML ({exc.msg})") from None


def check_workbook(path: str | Path) -> None:
    """Raise WorkbookTooLarge if reading the workbook at ``path`` would allocate more than the limits."""
    path = Path(path)
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError):
        return  # the reader says what is wrong with a file that is not a workbook
    with archive:
        parts = archive.infolist()
        total = sum(p.file_size for p in parts)
        if total > MAX_UNPACKED:
            raise WorkbookTooLarge(f"{path}: unpacks to {total:,} bytes (at most {MAX_UNPACKED:,})")
        for info in parts:
            if info.file_size > RATIO_FROM and info.file_size > MAX_RATIO * max(info.compress_size, 1):
                ratio = info.file_size // max(info.compress_size, 1)
                raise WorkbookTooLarge(f"{path}: {info.filename} unpacks {ratio:,} times larger than it is stored "
                                       f"(at most {MAX_RATIO} times)")
        for info in parts:
            name = info.filename
            if name.startswith("xl/worksheets/") and name.endswith(".xml") or name == "xl/sharedStrings.xml":
                try:
                    _scan(path, archive, name)
                except (zipfile.BadZipFile, zlib.error, EOFError, OSError):
                    return  # a damaged archive: the reader says what is wrong with it


def check_csv(path: str | Path, sep: str) -> None:
    """Raise WorkbookTooLarge if a CSV's rows would make a table too large to read.

    Size alone does not bound a CSV: 2 MB of commas is one row of two million columns, which the table
    reader made into a frame of 1.8 GB over minutes. The file is streamed once, row by row.
    """
    path = Path(path)
    cells = 0
    with path.open(encoding="utf-8", errors="replace", newline="") as stream:
        rows = csv.reader(stream, delimiter=sep)
        try:
            for number, row in enumerate(rows, start=1):
                if len(row) > MAX_COLUMNS:
                    raise WorkbookTooLarge(f"{path}: row {number} has {len(row):,} columns (at most {MAX_COLUMNS:,})")
                cells += len(row)
                if cells > MAX_CELLS:
                    raise WorkbookTooLarge(f"{path}: more than {MAX_CELLS:,} cells by row {number}")
        except csv.Error as exc:  # a field past the reader's limit (131,072 characters), a stray NUL...
            raise WorkbookTooLarge(f"{path}: row {rows.line_num} cannot be read as a table ({exc})") from None
