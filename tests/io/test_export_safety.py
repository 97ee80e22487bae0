"""Exports that cannot be subverted: control characters, pseudonymous clips, and an audit log written first."""

from __future__ import annotations

import csv
import json
import os
import subprocess
import sys
from pathlib import Path

import openpyxl
import pysrt
import pytest
import webvtt
from lxml import etree

from vig_annotator.core import commands
from vig_annotator.core.model import Clip, Coder, Moment, Segment, Session
from vig_annotator.io.export import ExportNotLoggedError, export
from vig_annotator.schemes import builtin
from vig_annotator.store.opening import create_project, open_project

NASTY = "seen\r=cmd|' /C calc'!A0"
FORGED_CUE = "ok\r\n\r\n99\n00:00:00,000 --> 00:09:00,000\nforged"
MARKUP = "<script>alert(1)</script> & <b>"
ABSOLUTE = "/home/jane.smith/Videos/Smith family/visit1.mp4"


@pytest.fixture
def hostile(tmp_path):
    """A project whose notes were written to break exports, on a clip kept under a family's name."""
    scheme = builtin("demo")

    def build(project):
        project.run(commands.edit("setup", [
            (None, scheme), (None, Clip(1, "CASE-9", ABSOLUTE, "777:feed", 60_000, 1500, 25.0)),
            (None, Coder(1, "AB")), (None, Session(1, 1, 1, "demo", scheme.version)),
            (None, Segment(1, 1, "eye_contact", 1000, 2000, note=NASTY)),
            (None, Segment(2, 1, "smile", 3000, 3000, note=FORGED_CUE)),
            (None, Segment(3, 1, "touch", 4000, 5000, note=MARKUP + "\x07\x00")),
            (None, Moment(1, 1, 6000, 8000, (), "caption\u2028=1+1", "", 1)),
        ]))

    project = create_project(tmp_path / "hostile.vigproj", build)
    yield project
    project.close()


def test_csv_read_back_has_one_row_per_segment_and_no_formula(hostile, tmp_path):
    out = tmp_path / "t.csv"
    export(hostile, "csv", out)
    with out.open(newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    assert len(rows) == 3
    notes = {r["code"]: r["note"] for r in rows}
    assert notes["eye_contact"] == "seen\n=cmd|' /C calc'!A0"  # one cell, not a new row
    for row in rows:
        for value in row.values():
            assert not value.startswith(("=", "+", "@", "\r")), value
            assert "\r" not in value and "\x00" not in value
    assert "\u2407\u2400" in notes["touch"]  # control characters shown as their symbols
    with (tmp_path / "t.moments.csv").open(newline="", encoding="utf-8") as f:
        (moment,) = list(csv.DictReader(f))
    assert moment["caption"] == "caption\n=1+1"


def test_xlsx_cells_hold_the_text_and_no_formula(hostile, tmp_path):
    out = tmp_path / "t.xlsx"
    export(hostile, "xlsx", out)
    sheet = openpyxl.load_workbook(out)["timeline"]
    header = [c.value for c in sheet[1]]
    notes = [row[header.index("note")] for row in sheet.iter_rows(min_row=2, values_only=True)]
    assert "seen\n=cmd|' /C calc'!A0" in notes
    assert all(cell.data_type != "f" for row in sheet.iter_rows() for cell in row)


def test_srt_has_exactly_one_cue_per_segment_and_moment(hostile, tmp_path):
    out = tmp_path / "t.srt"
    export(hostile, "srt", out)
    subs = pysrt.open(str(out), encoding="utf-8")
    assert len(subs) == 4
    assert [s.index for s in subs] == [1, 2, 3, 4]
    assert all(s.end.ordinal <= 9000 for s in subs)  # no forged nine-minute cue
    assert "forged" in subs[1].text and "\n" not in subs[1].text


def test_vtt_escapes_markup_and_has_no_forged_cue(hostile, tmp_path):
    out = tmp_path / "t.vtt"
    export(hostile, "vtt", out)
    captions = webvtt.read(str(out))
    assert len(captions) == 4
    raw = out.read_text(encoding="utf-8")
    assert "<script>" not in raw and "&lt;script&gt;" in raw and "&amp;" in raw
    assert raw.count("-->") == 4


def test_eaf_and_boris_carry_the_notes_as_plain_text(hostile, tmp_path):
    export(hostile, "eaf", tmp_path / "t.eaf")
    values = [v.text for v in etree.parse(str(tmp_path / "t.eaf")).iter("ANNOTATION_VALUE")]
    assert "seen\n=cmd|' /C calc'!A0" in values
    export(hostile, "boris", tmp_path / "t.boris")
    doc = json.loads((tmp_path / "t.boris").read_text(encoding="utf-8"))
    comments = [row[4] for obs in doc["observations"].values() for row in obs["events"]]
    assert "seen\n=cmd|' /C calc'!A0" in comments and not any("\r" in c or "\x07" in c for c in comments)


@pytest.mark.parametrize("fmt", ["csv", "xlsx", "json", "eaf", "boris"])
def test_exports_name_the_clip_by_case_id_unless_paths_are_asked_for(hostile, tmp_path, fmt):
    out = tmp_path / f"t.{fmt}"
    written = export(hostile, fmt, out)
    text = "".join(p.read_bytes().decode("latin-1") for p in written)
    if fmt == "xlsx":
        text = json.dumps([[c.value for c in row] for s in openpyxl.load_workbook(out) for row in s.iter_rows()])
    assert "jane" not in text.lower() and "smith" not in text.lower() and "visit1" not in text
    assert "CASE-9" in text
    full = tmp_path / f"full.{fmt}"
    written = export(hostile, fmt, full, with_paths=True)
    if fmt in ("eaf", "boris"):
        assert "Smith" in "".join(p.read_text(encoding="utf-8") for p in written)


def log_of(path: Path) -> list[str]:
    project = open_project(path, read_only=True)
    try:
        return [r.what for r in project.export_log]
    finally:
        project.close()


def cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "vig_annotator.cli", *args], capture_output=True, text=True)


def test_an_export_of_a_project_open_for_editing_elsewhere_is_logged(hostile, tmp_path):
    """The project stays open for editing in this process while the command line exports it."""
    done = cli("export", hostile.path, "-f", "csv", "-o", str(tmp_path / "x.csv"))
    assert done.returncode == 0, done.stderr
    assert any("csv export" in what for what in log_of(Path(hostile.path)))
    hostile.run(commands.edit("Add coder", [(None, Coder(2, "CD"))]))  # the editor carries on
    export(hostile, "json", tmp_path / "y.json")  # and its own record does not overwrite the other
    assert sum("export" in what for what in log_of(Path(hostile.path))) == 2


def test_an_export_that_cannot_be_logged_is_refused_unless_asked_for(hostile, tmp_path):
    path = Path(hostile.path)
    hostile.close()
    os.chmod(path, 0o444)
    if os.access(path, os.W_OK):
        viewer = open_project(path, read_only=True)
        import vig_annotator.store.project_file as pf

        original = pf.os.access
        try:  # running as root: permissions do not stop writes, so the check is made to fail
            pf.os.access = lambda p, mode: False if mode == os.W_OK else original(p, mode)  # type: ignore[assignment]
            with pytest.raises(ExportNotLoggedError, match="export log"):
                export(viewer, "csv", tmp_path / "refused.csv")
        finally:
            pf.os.access = original  # type: ignore[assignment]
            viewer.close()
        assert not (tmp_path / "refused.csv").exists()
        return
    refused = cli("export", str(path), "-f", "csv", "-o", str(tmp_path / "refused.csv"))
    assert refused.returncode == 2 and "--unlogged" in refused.stderr and str(path) in refused.stderr
    assert not (tmp_path / "refused.csv").exists()
    done = cli("export", str(path), "-f", "csv", "-o", str(tmp_path / "unlogged.csv"), "--unlogged")
    assert done.returncode == 0 and "not recorded" in done.stderr
