"""A streaming XLSX writer: one sheet after another, row by row, straight into the zip file.

A general spreadsheet library spends most of an export of 100,000 segments (4 million cells) in
per-cell bookkeeping; a table export needs only text, numbers and booleans, a bold frozen header row
and column widths. Text is written inline (no shared string table), so memory stays constant.
Follows ECMA-376 (Office Open XML) SpreadsheetML, the minimal parts a workbook needs.
"""

from __future__ import annotations

import math
import re
import zipfile
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

MAX_TEXT = 32_767  # the most characters a cell holds
_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")

_CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/xl/workbook.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
    '<Override PartName="/xl/styles.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
    '{sheets}</Types>')
_SHEET_TYPE = ('<Override PartName="/xl/worksheets/sheet{n}.xml" '
               'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>')
_ROOT_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
    'officeDocument" Target="xl/workbook.xml"/></Relationships>')
_WORKBOOK = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
    '<sheets>{sheets}</sheets></workbook>')
_WORKBOOK_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">{rels}'
    '<Relationship Id="rIdStyles" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
    'styles" Target="styles.xml"/></Relationships>')
_STYLES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
    '<fonts count="2"><font><sz val="11"/><name val="Calibri"/></font>'
    '<font><b/><sz val="11"/><name val="Calibri"/></font></fonts>'
    '<fills count="2"><fill><patternFill patternType="none"/></fill>'
    '<fill><patternFill patternType="gray125"/></fill></fills>'
    '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
    '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
    '<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
    '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs>'
    '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>'
    '</styleSheet>')
_SHEET_HEAD = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
    '<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" '
    'state="frozen"/></sheetView></sheetViews><sheetFormatPr defaultRowHeight="15"/>{cols}<sheetData>')
_SHEET_TAIL = "</sheetData></worksheet>"


def column_letters(index: int) -> str:
    """0 → A, 25 → Z, 26 → AA."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def _text(value: str) -> str:
    value = _ILLEGAL.sub(lambda m: f"_x{ord(m.group()):04X}_", value[:MAX_TEXT])
    return escape(value)


def _row(n: int, letters: Sequence[str], values: Sequence[Any]) -> str:
    """One row's XML: the common cell types inline (this runs for every cell of a large export)."""
    parts = [f'<row r="{n}">']
    for c, v in zip(letters, values, strict=True):
        kind = type(v)
        if kind is str:
            if v and v.isprintable() and "&" not in v and "<" not in v and ">" not in v and not (
                    v[0].isspace() or v[-1].isspace()) and len(v) <= MAX_TEXT:
                parts.append(f'<c r="{c}{n}" t="inlineStr"><is><t>{v}</t></is></c>')
            else:
                parts.append(_cell(f"{c}{n}", v))
        elif kind is int:
            parts.append(f'<c r="{c}{n}"><v>{v}</v></c>')
        elif kind is float and v == v and v not in (math.inf, -math.inf):
            parts.append(f'<c r="{c}{n}"><v>{v!r}</v></c>')
        elif v is not None:
            parts.append(_cell(f"{c}{n}", v))
    parts.append("</row>")
    return "".join(parts)


def _cell(ref: str, value: Any, style: str = "") -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return f'<c r="{ref}"{style} t="b"><v>{int(value)}</v></c>'
    if isinstance(value, int):
        return f'<c r="{ref}"{style}><v>{value}</v></c>'
    if isinstance(value, float):
        return "" if math.isnan(value) or math.isinf(value) else f'<c r="{ref}"{style}><v>{value!r}</v></c>'
    if not isinstance(value, str):
        value = str(value)
    if not value:
        return ""
    space = ' xml:space="preserve"' if value[0].isspace() or value[-1].isspace() else ""
    return f'<c r="{ref}"{style} t="inlineStr"><is><t{space}>{_text(value)}</t></is></c>'


class Workbook:
    """Write sheets in order: ``add_sheet(name, columns, rows, widths)``, then ``close()``."""

    def __init__(self, path: Path) -> None:
        self.zip = zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=1)
        self.names: list[str] = []

    def add_sheet(self, name: str, columns: Sequence[str], rows: Iterable[Sequence[Any]],
                  widths: Sequence[float]) -> None:
        """A sheet with a bold, frozen header row; ``widths`` in characters, one per column."""
        self.names.append(name[:31])
        letters = [column_letters(i) for i in range(len(columns))]
        cols = "".join(f'<col min="{i + 1}" max="{i + 1}" width="{w:.1f}" customWidth="1"/>'
                       for i, w in enumerate(widths))
        with self.zip.open(f"xl/worksheets/sheet{len(self.names)}.xml", "w", force_zip64=True) as raw:
            out: list[str] = [_SHEET_HEAD.format(cols=f"<cols>{cols}</cols>" if cols else ""),
                              '<row r="1">', *(_cell(f"{c}1", v, ' s="1"') for c, v in zip(letters, columns,
                                                                                            strict=True)), "</row>"]
            for n, values in enumerate(rows, start=2):
                out.append(_row(n, letters, values))
                if len(out) > 2_000:
                    raw.write("".join(out).encode("utf-8"))
                    out.clear()
            out.append(_SHEET_TAIL)
            raw.write("".join(out).encode("utf-8"))

    def close(self) -> None:
        """Write the workbook's parts that list the sheets, and finish the zip file."""
        n = range(1, len(self.names) + 1)
        self.zip.writestr("[Content_Types].xml", _CONTENT_TYPES.format(
            sheets="".join(_SHEET_TYPE.format(n=i) for i in n)))
        self.zip.writestr("_rels/.rels", _ROOT_RELS)
        self.zip.writestr("xl/workbook.xml", _WORKBOOK.format(sheets="".join(
            f'<sheet name="{escape(name, {chr(34): "&quot;"})}" sheetId="{i}" r:id="rId{i}"/>'
            for i, name in zip(n, self.names, strict=True))))
        self.zip.writestr("xl/_rels/workbook.xml.rels", _WORKBOOK_RELS.format(rels="".join(
            f'<Relationship Id="rId{i}" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
            f'relationships/worksheet" Target="worksheets/sheet{i}.xml"/>' for i in n)))
        self.zip.writestr("xl/styles.xml", _STYLES)
        self.zip.close()
