"""ELAN, BORIS, subtitles and tables: valid files out, lossless round trips, bad files refused intact."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pysrt
import pytest
import webvtt
from builders import build
from lxml import etree

from vig_annotator.core.model import Segment
from vig_annotator.core.project import Put
from vig_annotator.io.boris import read_boris
from vig_annotator.io.eaf import read_eaf
from vig_annotator.io.export import export
from vig_annotator.io.importing import ImportProblem, apply_import
from vig_annotator.io.table_import import read_table

SCHEMA = Path(__file__).resolve().parent / "data" / "EAFv3.0.xsd"
"""ELAN's own schema (EAF 3.0, freely published by the ELAN team at the MPI for Psycholinguistics), kept here
so the validity check runs in every clone."""


def content(project, session_id):
    """What must survive a round trip: code, times to the ms, modifiers, note (and subject via the code)."""
    return sorted((s.code_id, s.start_ms, s.end_ms, s.modifiers, s.note) for s in project.segments(session_id))


@pytest.fixture
def annotated(demo_project):
    """Session 1 of the demo with notes and modifiers added, including awkward characters."""
    segs = demo_project.segments(1)
    touched = [Segment(s.id, s.session_id, s.code_id, s.start_ms, s.end_ms, s.start_frame, s.end_frame,
                       s.modifiers or ((("quality", ("stroke", "pat")),) if s.code_id == "touch" else ()),
                       note=f"note <{i}> & “quoted”" if i % 4 == 0 else "") for i, s in enumerate(segs)]
    build(demo_project, [Put(s) for s in touched])
    return demo_project


def test_exported_eaf_is_valid_and_passes_the_checks_the_schema_cannot_make(annotated, tmp_path):
    out = tmp_path / "s1.eaf"
    export(annotated, "eaf", out, [1])
    schema = etree.XMLSchema(etree.parse(str(SCHEMA)))
    doc = etree.parse(str(out))
    assert schema.validate(doc), schema.error_log
    cve_ids = {e.get("CVE_ID") for e in doc.iterfind("CONTROLLED_VOCABULARY/CV_ENTRY_ML")}
    times = {t.get("TIME_SLOT_ID"): int(t.get("TIME_VALUE")) for t in doc.iterfind("TIME_ORDER/TIME_SLOT")}
    for tier in doc.iterfind("TIER"):
        spans = []
        for ann in tier.iterfind("ANNOTATION/ALIGNABLE_ANNOTATION"):
            assert ann.get("CVE_REF") in cve_ids
            start, end = times[ann.get("TIME_SLOT_REF1")], times[ann.get("TIME_SLOT_REF2")]
            assert start < end
            spans.append((start, end))
        spans.sort()
        assert all(a[1] <= b[0] for a, b in zip(spans, spans[1:], strict=False)), tier.get("TIER_ID")
    assert doc.getroot().find("TIER").get("ANNOTATOR") == "AB"
    descriptor = doc.find("HEADER/MEDIA_DESCRIPTOR")  # pseudonymous by default: the case ID, no folders
    assert descriptor.get("RELATIVE_MEDIA_URL") == "./DEMO-001.mp4"
    assert descriptor.get("MEDIA_URL") == "file:///DEMO-001.mp4"
    export(annotated, "eaf", out, [1], with_paths=True)
    descriptor = etree.parse(str(out)).find("HEADER/MEDIA_DESCRIPTOR")
    assert descriptor.get("RELATIVE_MEDIA_URL") == "./demo_clip.mp4"
    assert descriptor.get("MEDIA_URL").startswith("file:///") and descriptor.get("MEDIA_URL").endswith("/demo_clip.mp4")


def test_eaf_round_trip_keeps_codes_times_modifiers_and_notes(annotated, tmp_path):
    out = tmp_path / "s1.eaf"
    export(annotated, "eaf", out, [1])
    imported = read_eaf(out)
    session = apply_import(annotated, imported, 1, "AB", annotated.scheme("demo"))
    assert content(annotated, session.id) == content(annotated, 1)
    again = tmp_path / "again.eaf"
    export(annotated, "eaf", again, [session.id])
    strip = lambda p: [line for line in p.read_text().splitlines() if "DATE=" not in line]  # noqa: E731
    assert strip(again) == strip(out)


def test_boris_round_trip_both_ways(annotated, tmp_path):
    out = tmp_path / "s1.boris"
    export(annotated, "boris", out, [1])
    doc = json.loads(out.read_text())
    (observation,) = doc["observations"].values()
    touch_rows = [r for r in observation["events"] if r[2] == "touch"]
    assert len(touch_rows) == 4  # START and STOP rows, paired by BORIS
    assert [r[3] for r in touch_rows] == ["stroke", "stroke", "gentle", "gentle"]
    assert {s["name"] for s in doc["subjects_conf"].values()} == {"parent", "infant", "dyad"}
    imported = read_boris(out)
    session = apply_import(annotated, imported, 1, imported.coder, annotated.scheme("demo"))
    assert annotated.coder(annotated.session(session.id).coder_id).initials == "AB"
    assert content(annotated, session.id) == content(annotated, 1)
    back = tmp_path / "back.boris"
    export(annotated, "boris", back, [session.id])
    events = lambda p: next(iter(json.loads(p.read_text())["observations"].values()))["events"]  # noqa: E731
    assert events(back) == events(out)


def test_boris_unpaired_rows_are_reported_not_guessed(tmp_path, demo_project):
    doc = {"behaviors_conf": {"0": {"code": "touch", "type": "State event", "modifiers": {}}},
           "observations": {"obs1": {"events": [[1.0, "parent", "touch", "", ""], [2.0, "parent", "touch", "", ""],
                                                [5.5, "parent", "touch", "", "left open"]], "file": {}}}}
    path = tmp_path / "broken.boris"
    path.write_text(json.dumps(doc))
    with pytest.raises(ImportProblem) as caught:
        read_boris(path)
    assert "event 3: 'touch' (parent) starts at 5.500 s and never stops" in str(caught.value)


def test_eaf_from_other_software_comes_in(tmp_path, demo_project):
    import pympi

    eaf = pympi.Elan.Eaf(author="Other tool")
    eaf.add_linked_file(str(tmp_path / "demo_clip.mp4"), mimetype="video/mp4")
    eaf.add_tier("Eye contact")
    eaf.add_annotation("Eye contact", 1000, 2500, value="eye_contact")
    eaf.add_annotation("Eye contact", 4000, 4600, value="Eye contact")
    eaf.add_tier("Gestures")
    eaf.add_annotation("Gestures", 3000, 3500, value="wave")
    path = tmp_path / "other.eaf"
    eaf.to_file(str(path))
    imported = read_eaf(path)
    with pytest.raises(ImportProblem, match="codes not in scheme demo 1.0: wave"):
        apply_import(demo_project, imported, 1, "OT", demo_project.scheme("demo"))
    session = apply_import(demo_project, imported, 1, "OT", demo_project.scheme("demo"), skip=["wave"])
    assert [(s.code_id, s.start_ms, s.end_ms) for s in demo_project.segments(session.id)] == [
        ("eye_contact", 1000, 2500), ("eye_contact", 4000, 4600)]
    added = apply_import(demo_project, imported, 1, "OT", demo_project.scheme("demo"), add_codes=True)
    local = demo_project.scheme_of(demo_project.session(added.id))
    assert local.version == "1.0+local1" and local.code("wave").label == "wave"


@pytest.mark.parametrize("text, message", [
    ("<ANNOTATION_DOCUMENT><HEADER></ANNOTATION_DOCUMENT>", "not well-formed XML"),
    ('<?xml version="1.0"?><!DOCTYPE x [<!ENTITY big "boom">]><ANNOTATION_DOCUMENT>&big;</ANNOTATION_DOCUMENT>',
     ""),
    ("<TEI/>", "is not an ELAN <ANNOTATION_DOCUMENT>"),
    ('<ANNOTATION_DOCUMENT VERSION="3.0"><TIME_ORDER><TIME_SLOT TIME_SLOT_ID="t1" TIME_VALUE="10"/></TIME_ORDER>'
     '<TIER TIER_ID="x"><ANNOTATION><ALIGNABLE_ANNOTATION ANNOTATION_ID="a1" TIME_SLOT_REF1="t1" '
     'TIME_SLOT_REF2="t9"><ANNOTATION_VALUE>x</ANNOTATION_VALUE></ALIGNABLE_ANNOTATION></ANNOTATION></TIER>'
     '</ANNOTATION_DOCUMENT>', "time slots t1/t9 have no time"),
])
def test_malformed_eaf_is_refused_and_the_project_unchanged(tmp_path, demo_project, text, message):
    path = tmp_path / "bad.eaf"
    path.write_text(text)
    before = hashlib.sha256(Path(demo_project.path).read_bytes()).hexdigest()
    sessions = demo_project.sessions
    try:
        imported = read_eaf(path)
    except ImportProblem as exc:
        assert str(path) in str(exc) and message in str(exc)
    else:  # the entity was not expanded; nothing in the file is codable
        assert message == "" and imported.records == []
    assert demo_project.sessions == sessions
    assert hashlib.sha256(Path(demo_project.path).read_bytes()).hexdigest() == before


def test_subtitles_parse_back(demo_project, tmp_path):
    export(demo_project, "srt", tmp_path / "s.srt", [4])
    subs = pysrt.open(str(tmp_path / "s.srt"))
    assert [s.text.split(":")[0] for s in subs] == ["Moment 1", "Moment 2", "Moment 3"]
    assert subs[0].start.ordinal == demo_project.moments(4)[0].start_ms
    export(demo_project, "vtt", tmp_path / "s.vtt", [1])
    cues = webvtt.read(str(tmp_path / "s.vtt"))
    segs = demo_project.segments(1)
    assert len(cues) == len(segs)
    smile = next(c for c in cues if c.text == "Infant smile")
    first_smile = min(s.start_ms for s in segs if s.code_id == "smile")
    assert smile.start == f"00:00:{first_smile // 1000:02d}.{first_smile % 1000:03d}"


def test_own_table_round_trip_is_exact(annotated, tmp_path):
    export(annotated, "csv", tmp_path / "t.csv", [1])
    export(annotated, "xlsx", tmp_path / "t.xlsx", [1])
    for name in ("t.csv", "t.xlsx"):
        imported = read_table(tmp_path / name)
        session = apply_import(annotated, imported, 1, imported.coder, annotated.scheme("demo"))
        assert content(annotated, session.id) == content(annotated, 1), name


def test_generic_csv_with_a_column_mapping_and_a_broken_row(tmp_path, demo_project):
    good = tmp_path / "other.csv"
    good.write_text("Behavior,Start (s),Stop (s),Subject\nEye contact,1.5,3.25,dyad\nsmile,4,,infant\n")
    mapping = {"code": "Behavior", "start": "Start (s)", "end": "Stop (s)", "subject": "Subject"}
    session = apply_import(demo_project, read_table(good, mapping), 1, "GX", demo_project.scheme("demo"))
    assert [(s.code_id, s.start_ms, s.end_ms) for s in demo_project.segments(session.id)] == [
        ("eye_contact", 1500, 3250), ("smile", 4000, 4000)]
    bad = tmp_path / "bad.csv"
    bad.write_text("Behavior,Start (s),Stop (s),Subject\nEye contact,1.5,3.25,dyad\ntouch,soon,5,parent\n")
    count = len(demo_project.sessions)
    with pytest.raises(ImportProblem, match=r"row 3, column 'Start \(s\)': start 'soon' is not a number"):
        apply_import(demo_project, read_table(bad, mapping), 1, "GX", demo_project.scheme("demo"))
    assert len(demo_project.sessions) == count
    with pytest.raises(ImportProblem, match="not a vig-annotator timeline table"):
        read_table(good)
    # a subject the scheme's code does not have is never merged into it
    other_subject = tmp_path / "mother.csv"
    other_subject.write_text("Behavior,Start (s),Stop (s),Subject\nEye contact,1.5,3.25,dyad\nsmile,4,,mother\n")
    with pytest.raises(ImportProblem, match=r"codes not in scheme demo 1.0: smile \(mother\)"):
        apply_import(demo_project, read_table(other_subject, mapping), 1, "GX", demo_project.scheme("demo"))
    assert len(demo_project.sessions) == count


def test_sessions_of_several_schemes_and_clips_export_as_one_valid_eaf_per_clip(demo_project, tmp_path):
    """The demo codes one clip with three schemes: one file, each session's tiers, each scheme's vocabulary."""
    from vig_annotator.projects import add_clip, add_coder, start_session
    from vig_annotator.schemes import builtin

    schema = etree.XMLSchema(etree.parse(str(SCHEMA)))
    out = tmp_path / "all.eaf"
    (written,) = export(demo_project, "eaf", out)
    doc = etree.parse(str(written))
    assert schema.validate(doc), schema.error_log
    sessions = demo_project.sessions
    assert len({s.scheme_id for s in sessions}) == 3
    vocabularies = {cv.get("CV_ID") for cv in doc.iterfind("CONTROLLED_VOCABULARY")}
    assert len(vocabularies) == 3
    tiers = [t.get("TIER_ID") for t in doc.iterfind("TIER") if t.get("PARENT_REF") is None]
    assert {t.split(" ")[0] for t in tiers} == {f"{demo_project.coder(s.coder_id).initials}#{s.id}" for s in sessions}
    cves = {e.get("CVE_ID") for e in doc.iterfind("CONTROLLED_VOCABULARY/CV_ENTRY_ML")}
    assert all(a.get("CVE_REF") in cves for a in doc.iterfind("TIER/ANNOTATION/ALIGNABLE_ANNOTATION"))
    import shutil

    second = tmp_path / "second.mp4"
    shutil.copy2(Path(demo_project.path).with_name("demo_clip.mp4"), second)
    with open(second, "ab") as f:
        f.write(b"\0" * 16)  # another file's fingerprint, same pictures
    clip = add_clip(demo_project, second, case_id="CASE-2")
    start_session(demo_project, clip, add_coder(demo_project, "ZZ"), builtin("demo"))
    files = export(demo_project, "eaf", out)
    assert sorted(p.name for p in files) == ["all.CASE-2.eaf", "all.DEMO-001.eaf"]
    for path in files:
        assert schema.validate(etree.parse(str(path)))
