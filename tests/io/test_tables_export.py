"""Table exports of a hand-built project: columns, values, summaries, formats, formula safety, audit."""

from __future__ import annotations

import json
from dataclasses import replace

import openpyxl
import pandas as pd
import pytest
from builders import build

from vig_annotator.core.model import Clip, Coder, ModifierSet, Moment, Rating, Segment, Session
from vig_annotator.core.project import Put
from vig_annotator.core.timebase import Timebase
from vig_annotator.io.export import export
from vig_annotator.io.tables import all_tables, code_summary, rating_sheet, timeline_table
from vig_annotator.schemes import builtin
from vig_annotator.store import timing
from vig_annotator.store.opening import create_project

DESIGN_COLUMNS = ("case_id, clip, clip_fingerprint, session, coder, scheme, scheme_version, subject, group, "
                  "code, code_label, kind, start_s, end_s, duration_s, start_frame, end_frame, start_tc, "
                  "end_tc, modifiers, note").split(", ")


@pytest.fixture
def known(tmp_path):
    """A 10 s clip whose frames start at uneven times (VFR), coded by hand."""
    project = create_project(tmp_path / "known.vigproj")
    demo = builtin("demo")  # with touch's quality a set of several (as a scheme may make it), for "a|b"
    scheme = replace(demo, codes=tuple(
        replace(c, modifiers=(ModifierSet("quality", ("gentle", "stroke", "pat"), multiple=True),))
        if c.id == "touch" else c for c in demo.codes))
    frame_us = [i * 50_000 for i in range(100)] + [5_000_000 + i * 25_000 for i in range(200)]  # 20 then 40 fps
    clip = Clip(1, "CASE-9", "videos/family.mp4", "777:feed", 10_000, 300, 30.0, timing="probed")
    timing.save_table(project, clip.fingerprint, frame_us, 10_000_000)
    build(project, [Put(scheme), Put(clip), Put(Coder(1, "AB")), Put(Session(1, 1, 1, "demo", "1.0"))])
    build(project, [
        Put(Segment(1, 1, "eye_contact", 1000, 3500, note="=HYPERLINK(\"http://x\")")),
        Put(Segment(2, 1, "eye_contact", 6000, 7000)),
        Put(Segment(3, 1, "smile", 5500, 5500, modifiers=(("intensity", ("broad",)),), note="-laughs")),
        Put(Segment(4, 1, "touch", 2000, 2600, modifiers=(("quality", ("gentle", "stroke")),), note="@mum")),
        Put(Rating(1, "warmth", 3, note="+ warm")), Put(Rating(1, "turn_taking", 1)),
        Put(Moment(1, 1, 5000, 8000, ("being_attentive",), "I see you", "What helped?", 1)),
    ])
    yield project
    project.close()


def test_timeline_has_exactly_the_designed_columns_and_hand_checked_values(known):
    table = timeline_table(known)
    assert list(table.columns) == DESIGN_COLUMNS
    first = table.iloc[0].to_dict()
    assert first["case_id"] == "CASE-9" and first["clip"] == "family.mp4" and first["coder"] == "AB"
    assert (first["code"], first["code_label"], first["kind"], first["subject"], first["group"]) == (
        "eye_contact", "Eye contact", "state", "dyad", "Gaze")
    assert (first["start_s"], first["end_s"], first["duration_s"]) == (1.0, 3.5, 2.5)
    # 20 fps for the first 5 s: 1000 ms is frame 20, 3500 ms frame 70
    assert (first["start_frame"], first["end_frame"]) == (20, 70)
    assert (first["start_tc"], first["end_tc"]) == ("00:00:01.000", "00:00:03.500")
    smile = table[table.code == "smile"].iloc[0]
    # 40 fps after 5 s: 5500 ms is frame 100 + 500 / 25 = 120
    assert (smile.kind, smile.start_frame, smile.end_frame, smile.modifiers) == ("point", 120, 120,
                                                                                 "intensity=broad")
    touch = table[table.code == "touch"].iloc[0]
    assert touch.modifiers == "quality=gentle|stroke"


def test_summary_is_computed_as_by_hand(known):
    summary = code_summary(known).set_index("code")
    eye = summary.loc["eye_contact"]
    # two segments: 2.5 s + 1.0 s of a 10 s clip; first onset at 1 s
    assert (eye["count"], eye.total_duration_s, eye.mean_duration_s) == (2, 3.5, 1.75)
    assert (eye.percent_observed_time, eye.latency_s, eye.observed_s) == (35.0, 1.0, 10.0)
    smile = summary.loc["smile"]
    assert smile["count"] == 1 and pd.isna(smile.total_duration_s) and smile.latency_s == 5.5


def test_rating_sheet_totals_and_band(known):
    sheet = rating_sheet(known)
    total = sheet[sheet["item"] == "total"].iloc[0]
    assert (total.value, total.band) == (4, "Middle")  # 3 + 1, the demo's 3–4 band
    assert sheet[sheet["item"] == "warmth"].iloc[0].note == "+ warm"


def test_files_in_each_format_read_back_with_formulas_neutralised(known, tmp_path):
    csv_files = export(known, "csv", tmp_path / "out.csv", who="tester")
    assert [p.name for p in csv_files] == ["out.csv", "out.ratings.csv", "out.summary.csv", "out.moments.csv"]
    back = pd.read_csv(tmp_path / "out.csv", keep_default_na=False)
    assert list(back.columns) == DESIGN_COLUMNS
    notes = dict(zip(back.code + back.start_s.astype(str), back.note, strict=True))
    assert notes["eye_contact1.0"] == "'=HYPERLINK(\"http://x\")"
    assert notes["smile5.5"] == "'-laughs" and notes["touch2.0"] == "'@mum"
    assert back.start_s.tolist() == sorted(back.start_s.tolist())
    ratings = pd.read_csv(tmp_path / "out.ratings.csv", keep_default_na=False)
    assert "'+ warm" in ratings.note.tolist()

    export(known, "xlsx", tmp_path / "out.xlsx")
    book = openpyxl.load_workbook(tmp_path / "out.xlsx")
    assert book.sheetnames == ["timeline", "ratings", "summary", "moments", "about"]
    sheet = book["timeline"]
    assert sheet.freeze_panes == "A2"
    assert [c.value for c in sheet[1]] == DESIGN_COLUMNS
    assert sheet.cell(row=2, column=DESIGN_COLUMNS.index("note") + 1).value == "'=HYPERLINK(\"http://x\")"
    assert sheet.cell(row=2, column=DESIGN_COLUMNS.index("start_s") + 1).value == 1.0  # numbers stay numbers

    export(known, "json", tmp_path / "out.json")
    doc = json.loads((tmp_path / "out.json").read_text())
    assert set(doc) == {"about", "timeline", "ratings", "summary", "moments"}
    assert doc["moments"][0]["caption"] == "I see you"
    assert doc["timeline"][0]["start_frame"] == 20

    log = known.export_log
    assert [r.what.split()[0] for r in log] == ["csv", "xlsx", "json"]
    assert log[0].who == "tester" and "out.csv" in log[0].target


def test_a_negative_number_is_not_treated_as_a_formula(known):
    from vig_annotator.io.table_files import neutralised

    frame = pd.DataFrame({"value": [-3, 2], "text": ["-3", "ok"]})
    out = neutralised(frame)
    assert out.value.tolist() == [-3, 2] and out.text.tolist() == ["'-3", "ok"]


def test_unknown_format_or_session_writes_nothing(known, tmp_path):
    with pytest.raises(ValueError, match="unknown export format 'docx'"):
        export(known, "docx", tmp_path / "x.docx")
    with pytest.raises(KeyError, match="no session 42"):
        export(known, "csv", tmp_path / "x.csv", [42])
    assert list(tmp_path.glob("x*")) == [] and known.export_log == []


def test_all_tables_of_the_demo_cover_every_session(demo_project):
    tables = all_tables(demo_project)
    assert set(tables["timeline"].session) == {1, 2, 3}
    assert len(tables["moments"]) == 3
    assert timeline_table(demo_project, [2]).session.unique().tolist() == [2]


def test_timebase_declared_frames_are_marked(tmp_path):
    declared = Timebase.declared(25.0, 0, 2000)
    assert declared.frame_count == 50 and not declared.exact


def test_summary_lists_every_code_of_the_scheme_with_explicit_zeros(known):
    summary = code_summary(known).set_index("code")
    assert list(summary.index) == [c.id for c in builtin("demo").codes]
    never = summary.loc["infant_gaze_parent"]  # a state code nobody used
    assert never["count"] == 0 and never.total_duration_s == 0.0 and never.percent_observed_time == 0.0
    assert pd.isna(never.mean_duration_s) and pd.isna(never.latency_s) and never.observed_s == 10.0


def test_rating_sheet_keeps_items_and_composites_apart(known):
    sheet = rating_sheet(known)
    scheme = builtin("demo")
    assert sheet[sheet.row_kind == "item"].item.tolist() == [i.id for i in scheme.rated_items]
    assert sheet[sheet.row_kind == "composite"].item.tolist() == [c.id for c in scheme.composites]
    assert sheet[sheet.row_kind == "composite"].item_number.isna().all()


def test_moments_have_frames_and_key_frame(known):
    from vig_annotator.core.commands import edit
    from vig_annotator.io.tables import moments_table

    known.run(edit("Key frame", [(None, Moment(2, 1, 5500, 6000, ("naming",), "Look", "", 2, key_ms=5750))]))
    table = moments_table(known).set_index("order")
    # 20 fps before 5 s, 40 fps after: 5000 ms is frame 100, 8000 ms frame 100 + 3000 / 25 = 220
    first = table.loc[1]
    assert (first.start_frame, first.end_frame) == (100, 220)
    assert pd.isna(first.key_s) and pd.isna(first.key_frame) and pd.isna(first.key_tc)
    second = table.loc[2]
    assert (second.key_s, second.key_tc, second.key_frame) == (5.75, "00:00:05.750", 100 + 750 // 25)


def test_exported_files_get_the_users_normal_permissions(known, tmp_path):
    import os

    umask = os.umask(0o022)
    try:
        for fmt in ("csv", "xlsx", "json"):
            for path in export(known, fmt, tmp_path / f"p.{fmt}"):
                assert path.stat().st_mode & 0o777 == 0o644, path
    finally:
        os.umask(umask)


def test_streamed_csv_and_json_carry_the_same_rows_as_the_tables(known, tmp_path):
    export(known, "csv", tmp_path / "s.csv")
    export(known, "json", tmp_path / "s.json")
    table = timeline_table(known)
    back = pd.read_csv(tmp_path / "s.csv", keep_default_na=False)
    assert back[["start_s", "end_s", "start_frame", "end_frame"]].values.tolist() == \
        table[["start_s", "end_s", "start_frame", "end_frame"]].values.tolist()
    doc = json.loads((tmp_path / "s.json").read_text())
    assert [r["code"] for r in doc["timeline"]] == table.code.tolist()
    assert [r["row_kind"] for r in doc["ratings"]] == rating_sheet(known).row_kind.tolist()
    assert len(doc["summary"]) == len(builtin("demo").codes)


def test_the_fast_csv_lines_are_what_the_csv_module_writes(known):
    import csv
    import io

    from vig_annotator.core.commands import edit
    from vig_annotator.io.tables import timeline_rows

    known.run(edit("Tricky notes", [(None, Segment(9, 1, "touch", 8000, 8500, note='says "hi", then\nleaves')),
                          (None, Segment(10, 1, "touch", 9000, 9400, note="a,b"))]))
    rows = timeline_rows(known, formula_safe=True)
    expected = io.StringIO()
    csv.writer(expected).writerows(rows)
    assert "".join(rows.csv_lines()) == expected.getvalue()


def test_fast_csv_lines_across_sessions_and_unknown_codes(demo_project):
    import csv
    import io

    from vig_annotator.io.tables import timeline_rows

    rows = timeline_rows(demo_project, formula_safe=True)
    expected = io.StringIO()
    csv.writer(expected).writerows(rows)
    assert "".join(rows.csv_lines()) == expected.getvalue()


def test_fast_json_records_are_what_json_dumps_writes(known, demo_project):
    from vig_annotator.core.commands import edit
    from vig_annotator.io.tables import timeline_rows

    known.run(edit("Tricky notes", [(None, Segment(9, 1, "touch", 8000, 8500, note='says "hi",\nthen é'))]))
    for project in (known, demo_project):
        rows = timeline_rows(project, formula_safe=True)
        expected = [json.dumps(dict(zip(rows.columns, r, strict=True)), ensure_ascii=False) for r in rows]
        assert list(rows.json_records()) == expected
