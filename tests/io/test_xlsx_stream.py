"""The streaming XLSX writer: what a spreadsheet reads back is what was written."""

from __future__ import annotations

import math

import openpyxl

from vig_annotator.io.xlsx_stream import Workbook, column_letters


def test_cells_read_back_with_their_types_and_text(tmp_path):
    rows = [
        ["plain", 1, 2.5, True, None, "a & b < c > d"],
        [" leading space", -3, 0.1, False, "bell\x07char", "tab\tand\nnewline"],
        ["Ünïcödé – ok", 10**12, math.nan, None, "", "'=1+1"],
    ]
    path = tmp_path / "t.xlsx"
    book = Workbook(path)
    book.add_sheet("one", ["text", "int", "float", "bool", "maybe", "more"], rows, [10] * 6)
    book.add_sheet("a 'quoted' & <odd> name", ["x"], [[1]], [8])
    book.close()
    wb = openpyxl.load_workbook(path)
    assert wb.sheetnames == ["one", "a 'quoted' & <odd> name"]
    sheet = wb["one"]
    assert sheet.freeze_panes == "A2" and sheet["A1"].font.b
    got = [list(r) for r in sheet.iter_rows(min_row=2, values_only=True)]
    assert got[0] == ["plain", 1, 2.5, True, None, "a & b < c > d"]
    assert got[1] == [" leading space", -3, 0.1, False, "bell_x0007_char", "tab\tand\nnewline"]
    assert got[2] == ["Ünïcödé – ok", 10**12, None, None, None, "'=1+1"]
    assert wb["a 'quoted' & <odd> name"]["A2"].value == 1


def test_column_letters():
    assert [column_letters(i) for i in (0, 25, 26, 51, 52, 701, 702)] == ["A", "Z", "AA", "AZ", "BA", "ZZ", "AAA"]
