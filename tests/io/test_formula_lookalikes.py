"""Formula look-alikes in CSV/XLSX cells, and markup in SRT cues: nothing a spreadsheet or player would run."""

from __future__ import annotations

import csv

import openpyxl
import pysrt
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from vig_annotator.core import commands
from vig_annotator.core.model import Clip, Coder, Segment, Session
from vig_annotator.io.export import export
from vig_annotator.io.table_files import neutralise
from vig_annotator.io.table_import import read_table
from vig_annotator.schemes import builtin
from vig_annotator.store.opening import create_project

LOOKALIKES = ["\uff1dSUM(A1)", "\uff0b1", "\uff0d1", "\uff20x", "\ufe66cmd", "\u207a1", "\u2212A1",
              "\u00a0=1", "\u3000\uff1d1", "\t=1", "\r=1", " +1"]


@pytest.mark.parametrize("text", LOOKALIKES)
def test_each_lookalike_is_neutralised(text):
    assert neutralise(text).startswith("'")


@pytest.mark.parametrize("text", ["AB", "note", "1.5", "Zoë", "– a dash", "(=)"])
def test_ordinary_text_is_left_alone(text):
    assert neutralise(text) == text


@pytest.fixture
def noted(tmp_path):
    scheme = builtin("demo")
    notes = ["\uff1dHYPERLINK(\"x\")", "<script>alert(1)</script>", "\u2212 2+3"]

    def build(project):
        project.run(commands.edit("setup", [
            (None, scheme), (None, Clip(1, "C1", "clip.mp4", "777:feed", 60_000, 1500, 25.0)),
            (None, Coder(1, "AB")), (None, Session(1, 1, 1, "demo", scheme.version)),
            *[(None, Segment(i + 1, 1, code, 1000 * (2 * i + 1), 1000 * (2 * i + 2), note=n))
              for i, (code, n) in enumerate(zip(("eye_contact", "touch", "eye_contact"), notes, strict=True))],
        ]))

    project = create_project(tmp_path / "n.vigproj", build)
    yield project, notes
    project.close()


def test_csv_and_xlsx_cells_start_with_the_apostrophe_and_read_back_whole(noted, tmp_path):
    project, notes = noted
    export(project, "csv", tmp_path / "t.csv")
    with (tmp_path / "t.csv").open(newline="", encoding="utf-8") as f:
        cells = [r["note"] for r in csv.DictReader(f)]
    assert "'" + notes[0] in cells and "'" + notes[2] in cells
    assert sorted(r.note for r in read_table(tmp_path / "t.csv").records) == sorted(notes)
    export(project, "xlsx", tmp_path / "t.xlsx")
    sheet = openpyxl.load_workbook(tmp_path / "t.xlsx")["timeline"]
    values = [c.value for row in sheet.iter_rows(min_row=2) for c in row if isinstance(c.value, str)]
    assert "'" + notes[0] in values and notes[0] not in values


def test_srt_cues_carry_no_raw_markup(noted, tmp_path):
    project, _ = noted
    export(project, "srt", tmp_path / "t.srt")
    raw = (tmp_path / "t.srt").read_text(encoding="utf-8")
    assert "<" not in raw and ">" not in raw.replace("-->", "")
    texts = [s.text for s in pysrt.open(str(tmp_path / "t.srt"), encoding="utf-8")]
    assert any("‹script›alert(1)‹/script›" in t for t in texts)


@settings(max_examples=300, deadline=None)
@given(st.text(min_size=1, max_size=6))
def test_fuzz_no_neutralised_cell_starts_a_formula_after_normalising(text):
    import unicodedata

    cell = neutralise(text)
    first = unicodedata.normalize("NFKC", cell.lstrip())[:1]
    assert cell.startswith("'") or not first or first not in "=+-@"
