"""Imports that once made results wrong or a project unopenable (issue 10, defects 3–5)."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from inprocess import digest, run_cli

ETHOGRAM = {"0": {"type": "State event", "key": "s", "code": "Sniff", "description": "nose to object",
                  "category": "", "modifiers": {}},
            "1": {"type": "State event", "key": "t", "code": "tail up", "description": "", "category": "",
                  "modifiers": {}},
            "2": {"type": "Point event", "key": "c", "code": "chicken - healthy", "description": "",
                  "category": "", "modifiers": {}}}


def boris_file(path: Path, events: list[list], offset: float = 0.0, name: str = "obs 1") -> Path:
    doc = {"project_name": "Farm", "project_format_version": "7.0",
           "subjects_conf": {"0": {"key": "", "name": "Hen A", "description": ""}},
           "behaviors_conf": ETHOGRAM,
           "observations": {name: {"type": "MEDIA", "file": {"1": ["demo_clip.mp4"]}, "events": events,
                                   "description": "", "time offset": offset}}}
    path.write_text(json.dumps(doc))
    return path


EVENTS = [[1.0, "", "Sniff", "", "first"], [2.5, "", "Sniff", "", ""], [3.0, "", "tail up", "", ""],
          [4.0, "", "chicken - healthy", "", "ok"], [6.0, "", "tail up", "", "down"]]


def test_boris_names_with_capitals_spaces_and_punctuation_import_open_and_go_back_unchanged(demo_copy, tmp_path):
    source = boris_file(tmp_path / "farm.boris", EVENTS)
    project = tmp_path / "farm.vigproj"
    clip = tmp_path / "demo_clip.mp4"
    for coder in ("AA", "BB"):
        made = run_cli("import", project, source, "--clip", clip, "--coder", coder)
        assert made.status == 0, made.err
        assert "imported 3 segment(s)" in made.out
    info = run_cli("info", project)
    assert info.status == 0 and info.err == ""  # no rule broken: the ids are valid
    assert run_cli("export", project, "-f", "csv", "-o", tmp_path / "t.csv").status == 0
    agree = run_cli("agree", f"{project}::1", f"{project}::2")
    assert agree.status == 0, agree.err
    back = tmp_path / "back.boris"
    assert run_cli("export", project, "-f", "boris", "-o", back, "--session", "1").status == 0
    doc = json.loads(back.read_text())
    assert sorted(b["code"] for b in doc["behaviors_conf"].values()) == ["Sniff", "chicken - healthy", "tail up"]
    assert {b["code"]: b["description"] for b in doc["behaviors_conf"].values()}["Sniff"] == "nose to object"
    (observation,) = doc["observations"].values()
    rows = sorted((round(r[0], 3), r[2]) for r in observation["events"])
    assert rows == sorted((t, code) for t, _s, code, _m, _c in EVENTS)
    comments = {(r[2], r[4]) for r in observation["events"] if r[4]}  # a state's comment rides on its start
    assert comments == {("Sniff", "first"), ("tail up", "down"), ("chicken - healthy", "ok")}


def test_boris_time_offset_is_taken_off_once_and_both_comments_are_kept(demo_copy, tmp_path):
    # BORIS writes media position + offset: media 3.3 s with an offset of 10 s is stored as 13.3
    source = boris_file(tmp_path / "offset.boris", [[13.3, "", "Sniff", "", "starts"],
                                                    [15.0, "", "Sniff", "", "stops"]], offset=10.0)
    project = tmp_path / "o.vigproj"
    made = run_cli("import", project, source, "--clip", tmp_path / "demo_clip.mp4")
    assert made.status == 0, made.err
    table = tmp_path / "o.csv"
    assert run_cli("export", project, "-f", "csv", "-o", table).status == 0
    import csv

    (row,) = list(csv.DictReader(table.open(encoding="utf-8")))
    assert (row["start_s"], row["end_s"], row["code_label"]) == ("3.3", "5.0", "Sniff")
    assert row["note"] == "starts / stops"


def _eaf(path: Path, start: int, end: int) -> Path:
    path.write_text(f"""<?xml version="1.0" encoding="UTF-8"?>
<ANNOTATION_DOCUMENT FORMAT="3.0" VERSION="3.0"><HEADER TIME_UNITS="milliseconds"/>
<TIME_ORDER><TIME_SLOT TIME_SLOT_ID="ts1" TIME_VALUE="{start}"/><TIME_SLOT TIME_SLOT_ID="ts2" TIME_VALUE="{end}"/>
</TIME_ORDER><TIER TIER_ID="smile" ANNOTATOR="ZZ"><ANNOTATION><ALIGNABLE_ANNOTATION ANNOTATION_ID="a1"
TIME_SLOT_REF1="ts1" TIME_SLOT_REF2="ts2"><ANNOTATION_VALUE>Eye contact</ANNOTATION_VALUE>
</ALIGNABLE_ANNOTATION></ANNOTATION></TIER></ANNOTATION_DOCUMENT>""")
    return path


@pytest.mark.parametrize("kind", ["csv", "eaf", "boris"])
def test_rows_past_the_end_of_the_clip_are_refused_naming_the_row(demo_copy, tmp_path, kind):
    # the demo clip lasts 40 s; a row ending at 320 s belongs to another clip
    if kind == "csv":
        source = tmp_path / "late.csv"
        source.write_text("Behavior,Start,Stop\nEye contact,1,2\nEye contact,300,320\n")
        mapping = tmp_path / "map.json"
        mapping.write_text(json.dumps({"code": "Behavior", "start": "Start", "end": "Stop"}))
        extra: tuple[str | Path, ...] = ("--mapping", mapping)
        where = "row 3"
    elif kind == "eaf":
        source, extra, where = _eaf(tmp_path / "late.eaf", 300_000, 320_000), (), "annotation a1"
    else:
        source = boris_file(tmp_path / "late.boris", [[300.0, "", "Sniff", "", ""], [320.0, "", "Sniff", "", ""]])
        extra, where = ("--scheme", "demo", "--add-codes"), "events 1–2"
    before = digest(demo_copy)
    result = run_cli("import", demo_copy, source, *extra)
    assert result.status == 2 and result.err.count("\n") == 1
    assert where in result.err and "past the end of clip DEMO-001" in result.err
    assert digest(demo_copy) == before


def test_a_project_pinned_with_invalid_code_ids_still_opens_and_says_what_is_wrong(demo_copy):
    # an older version pinned BORIS's names as ids; the project must open and show the problem
    with sqlite3.connect(demo_copy) as db:
        (text,) = db.execute("SELECT json FROM schemes WHERE scheme_id='demo'").fetchone()
        scheme = json.loads(text)
        scheme["codes"][0]["id"] = "Sniff"
        db.execute("UPDATE schemes SET json=? WHERE scheme_id='demo'", (json.dumps(scheme),))
    db.close()
    info = run_cli("info", demo_copy)
    assert info.status == 0, info.err
    assert "session  #1" in info.out
    assert "warning: scheme demo 1.0: code id 'Sniff' is not a valid id" in info.err


def test_eaf_dtd_entities_and_xinclude_are_never_fetched_or_expanded(demo_copy, tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET-CONTENT")
    laughs = "".join(f'<!ENTITY l{i} "{f"&l{i - 1};" * 10}">' for i in range(1, 9))
    doc = _eaf(tmp_path / "x.eaf", 1000, 2000).read_text().replace(
        "<ANNOTATION_DOCUMENT",
        f'<!DOCTYPE ANNOTATION_DOCUMENT SYSTEM "http://127.0.0.1:9/eaf.dtd" [<!ENTITY s SYSTEM "{secret.as_uri()}">'
        f'<!ENTITY l0 "lol">{laughs}]>\n<ANNOTATION_DOCUMENT', 1)
    doc = doc.replace("<ANNOTATION_VALUE>Eye contact", "<ANNOTATION_VALUE>Eye contact&s;&l8;")
    doc = doc.replace("<TIME_ORDER>", f'<TIME_ORDER><xi:include xmlns:xi="http://www.w3.org/2001/XInclude" '
                                      f'href="{secret.as_uri()}" parse="text"/>')
    source = tmp_path / "entities.eaf"
    source.write_text(doc)
    before = digest(demo_copy)
    laughing = run_cli("import", demo_copy, source)  # a billion laughs is refused, never expanded
    assert laughing.status == 2 and "entity amplification" in laughing.err and digest(demo_copy) == before
    source.write_text(doc.replace("&l8;", ""))
    done = run_cli("import", demo_copy, source)
    assert done.status == 0, done.err
    assert "warning: the file's DTD was ignored" in done.err and "XInclude elements were ignored" in done.err
    table = tmp_path / "out.csv"
    assert run_cli("export", demo_copy, "-f", "csv", "-o", table).status == 0
    text = table.read_text(encoding="utf-8")
    assert "TOP-SECRET" not in text and "lollol" not in text
