"""An export's progress: the rows written, counted against the chosen sessions' segments, step by step to the end."""

from __future__ import annotations

import csv
import json

import pytest

from vig_annotator.core import commands
from vig_annotator.core.model import Clip, Coder, Segment, Session
from vig_annotator.io.staged_export import discard, write_staged
from vig_annotator.io.tables import REPORT_EVERY
from vig_annotator.schemes import builtin
from vig_annotator.store.opening import create_project

SIZES = {1: 2_345, 2: 1_200, 3: 50}
"""Segments per session: two sessions past the report step, and a small one left out of the export."""


@pytest.fixture
def coded(tmp_path):
    """Three sessions of smiles (point events) on a 10-minute clip; some notes span lines, as a CSV row may."""
    scheme = builtin("demo")
    project = create_project(tmp_path / "coded.vigproj")
    setup = [scheme, Clip(1, "CASE-7", "visit.mp4", "7:feed", 600_000, 15_000, 25.0),
             Coder(1, "AB"), Coder(2, "CD"), Coder(3, "EF")]
    setup += [Session(s, 1, s, "demo", scheme.version) for s in SIZES]
    project.run(commands.edit("setup", [(None, e) for e in setup]))
    seg = 0
    for session, n in SIZES.items():
        rows = []
        for i in range(n):
            seg += 1
            rows.append((None, Segment(seg, session, "smile", i * 200, i * 200,
                                       note="two\nlines" if i % 97 == 0 else "")))
        project.run(commands.edit(f"coding {session}", rows))
    path = project.path
    project.close()
    return path


def _timeline_rows(path) -> int:
    with path.open(encoding="utf-8", newline="") as f:
        return sum(1 for _ in csv.reader(f)) - 1  # less the header


@pytest.mark.parametrize("sessions", [[1, 2], []])
def test_csv_progress_rises_to_the_number_of_rows_written(coded, tmp_path, sessions):
    heard: list[tuple[int, int]] = []
    staged = write_staged(coded, "csv", tmp_path / "out" / "t.csv", sessions, report=lambda d, t: heard.append((d, t)))
    try:
        written = _timeline_rows(staged.folder / "t.csv")
    finally:
        discard(staged)
    expected = sum(n for s, n in SIZES.items() if not sessions or s in sessions)
    assert written == expected  # the file holds one row per segment of the chosen sessions
    totals = {t for _, t in heard}
    assert totals == {written}  # one total throughout, the rows the file holds
    done = [d for d, _ in heard]
    assert done[0] == 0 and done[-1] == written
    assert all(a <= b for a, b in zip(done, done[1:], strict=False))  # never goes back
    assert max(b - a for a, b in zip(done, done[1:], strict=False)) <= REPORT_EVERY  # a step at most every 1,000 rows


@pytest.mark.parametrize("fmt", ["xlsx", "json"])
def test_xlsx_and_json_progress_ends_at_the_rows_written(coded, tmp_path, fmt):
    heard: list[tuple[int, int]] = []
    staged = write_staged(coded, fmt, tmp_path / "out" / f"t.{fmt}", [2], report=lambda d, t: heard.append((d, t)))
    try:
        if fmt == "json":
            rows = len(json.loads((staged.folder / "t.json").read_text(encoding="utf-8"))["timeline"])
        else:
            import openpyxl

            book = openpyxl.load_workbook(staged.folder / "t.xlsx", read_only=True)
            rows = sum(1 for _ in book["timeline"].iter_rows()) - 1
            book.close()
    finally:
        discard(staged)
    assert rows == SIZES[2]
    assert heard[0] == (0, rows) and heard[-1] == (rows, rows)


def test_other_formats_report_nothing(coded, tmp_path):
    heard: list[tuple[int, int]] = []
    staged = write_staged(coded, "eaf", tmp_path / "out" / "t.eaf", [3], report=lambda d, t: heard.append((d, t)))
    discard(staged)
    assert heard == []  # their work is not counted: the window shows a busy bar
