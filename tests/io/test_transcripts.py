"""Transcripts out and in: EAF valid with a tier per speaker, round trips, SRT by hand, bad rows refused intact."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from inprocess import digest, run_cli
from lxml import etree

from vig_annotator.core.transcript import speakers, utterances
from vig_annotator.io.export import export
from vig_annotator.io.importing import ImportProblem
from vig_annotator.io.transcripts import Line, import_command, read_eaf_lines, read_lines, read_table_lines
from vig_annotator.projects import add_clip, add_coder, start_session
from vig_annotator.schemes import builtin
from vig_annotator.store.opening import create_project, open_project

SAMPLES = Path(__file__).resolve().parents[2] / "sample_clips"
SCHEMA = Path(__file__).resolve().parent / "data" / "EAFv3.0.xsd"
TABLE = ("start,end,speaker,text,mind_mindedness\n"
         "1.0,2.5,parent,\"Hello, <sweetheart> & you\",not_mind_related\n"
         "3,4.2,Parent,You want the ball,appropriate\n"
         "3.5,4,infant,aah,\n"
         "5.25,7.125,guider,I said something and you waited for me,\n"
         "8,9.5,parent,You're tired now,non_attuned\n")


@pytest.fixture
def transcript_project(tmp_path):
    """Two coders' empty mind-mindedness sessions (1: AA, 2: BB) on the 40 s demo clip."""
    shutil.copy2(SAMPLES / "demo_clip.mp4", tmp_path / "clip.mp4")
    project = create_project(tmp_path / "t.vigproj")
    clip = add_clip(project, tmp_path / "clip.mp4", case_id="CASE-1")
    for initials in ("AA", "BB"):
        start_session(project, clip, add_coder(project, initials), builtin("mind_mindedness"))
    yield project
    project.close()


def said(project, session_id):
    scheme = project.scheme_of(project.session(session_id))
    return [(u.start_ms, u.end_ms, u.speaker, u.text, u.mind)
            for u in utterances(project.segments(session_id), speakers(scheme))]


def filled(project, tmp_path):
    (tmp_path / "t.csv").write_text(TABLE, encoding="utf-8")
    project.run(import_command(project, 1, read_table_lines(tmp_path / "t.csv"), "t.csv"))
    return project


def test_a_table_comes_in_as_one_undoable_edit(transcript_project, tmp_path):
    project = filled(transcript_project, tmp_path)
    assert said(project, 1) == [
        (1000, 2500, "parent", "Hello, <sweetheart> & you", "not_mind_related"),
        (3000, 4200, "parent", "You want the ball", "appropriate"),
        (3500, 4000, "infant", "aah", ""),
        (5250, 7125, "guider", "I said something and you waited for me", ""),
        (8000, 9500, "parent", "You're tired now", "non_attuned"),
    ]
    project.history.undo()
    assert said(project, 1) == []


def test_eaf_has_a_valid_text_tier_per_speaker_and_round_trips(transcript_project, tmp_path):
    project = filled(transcript_project, tmp_path)
    out = tmp_path / "t.eaf"
    export(project, "transcript-eaf", out, [1])
    doc = etree.parse(str(out))
    schema = etree.XMLSchema(etree.parse(str(SCHEMA)))
    assert schema.validate(doc), schema.error_log
    top = [t for t in doc.iterfind("TIER") if t.get("PARENT_REF") is None]
    assert {t.get("TIER_ID"): t.get("PARTICIPANT") for t in top} == {
        "Parent": "parent", "Guider": "guider", "Infant": "infant"}
    assert {t.get("ANNOTATOR") for t in top} == {"AA"}
    assert [a.text for a in doc.iterfind("TIER[@TIER_ID='Parent']//ANNOTATION_VALUE")] == [
        "Hello, <sweetheart> & you", "You want the ball", "You're tired now"]
    project.run(import_command(project, 2, read_eaf_lines(out), str(out)))
    assert said(project, 2) == said(project, 1)


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_tables_round_trip(transcript_project, tmp_path, fmt):
    project = filled(transcript_project, tmp_path)
    out = tmp_path / f"back.{fmt}"
    export(project, f"transcript-{fmt}", out, [1])
    project.run(import_command(project, 2, read_lines(out), str(out)))
    assert said(project, 2) == said(project, 1)


def test_srt_and_vtt_timestamps_written_by_hand(transcript_project, tmp_path):
    project = filled(transcript_project, tmp_path)
    export(project, "transcript-srt", tmp_path / "t.srt", [1])
    export(project, "transcript-vtt", tmp_path / "t.vtt", [1])
    srt = (tmp_path / "t.srt").read_text(encoding="utf-8")
    assert srt.startswith("1\n00:00:01,000 --> 00:00:02,500\nParent: Hello, <sweetheart> & you\n\n"
                          "2\n00:00:03,000 --> 00:00:04,200\nParent: You want the ball\n")
    assert "4\n00:00:05,250 --> 00:00:07,125\nGuider: I said something and you waited for me\n" in srt
    vtt = (tmp_path / "t.vtt").read_text(encoding="utf-8")
    assert vtt.startswith("WEBVTT\n")
    assert "00:00:05.250 --> 00:00:07.125\n<v Guider>I said something" in vtt
    assert "<v Parent>Hello, &lt;sweetheart> &amp; you" in vtt


def test_exports_are_logged_first(transcript_project, tmp_path):
    project = filled(transcript_project, tmp_path)
    before = len(project.export_log)
    export(project, "transcript-srt", tmp_path / "t.srt", [1])
    assert len(project.export_log) == before + 1
    assert "transcript-srt" in project.export_log[-1].what


@pytest.mark.parametrize(("row", "message"), [
    ("1,x,parent,hi,", "row 2: end 'x' is not a number"),
    ("1,2,grandma,hi,", "row 2: speaker 'grandma' is not one of the scheme's transcript speakers"),
    ("2,1,parent,hi,", "row 2: expected 0 ≤ start < end"),
    ("39,41,parent,hi,", "row 2: ends at 41.000 s, past the end of clip CASE-1 (40.000 s)"),
    ("1,2,parent,hi,very", "row 2: mind_mindedness 'very' is not one of appropriate, non_attuned, not_mind_related"),
])
def test_a_bad_row_is_named_and_changes_nothing(transcript_project, tmp_path, row, message):
    path = tmp_path / "bad.csv"
    path.write_text("start,end,speaker,text,mind_mindedness\n0,0.5,parent,fine,\n" + row.replace("row", "") + "\n",
                    encoding="utf-8")
    with pytest.raises(ImportProblem) as caught:
        transcript_project.run(import_command(transcript_project, 1, read_lines(path), str(path)))
    assert message.replace("row 2", "row 3") in str(caught.value)
    assert said(transcript_project, 1) == []


def test_overlapping_utterances_of_one_speaker_are_refused_by_row(transcript_project, tmp_path):
    path = tmp_path / "o.csv"
    path.write_text("start,end,speaker,text\n1,3,parent,a\n2,4,parent,b\n2,4,infant,c\n", encoding="utf-8")
    with pytest.raises(ImportProblem, match="row 2: overlaps row 3 of the same speaker"):
        import_command(transcript_project, 1, read_lines(path), str(path))


def test_a_table_without_the_columns_says_which(tmp_path):
    path = tmp_path / "x.csv"
    path.write_text("begin,end,who,words\n1,2,parent,hi\n", encoding="utf-8")
    with pytest.raises(ImportProblem, match="no 'start' column"):
        read_lines(path)


def test_a_session_without_transcript_codes_is_refused(blank_project, tmp_path):
    path = tmp_path / "t.csv"
    path.write_text(TABLE, encoding="utf-8")
    with pytest.raises(ImportProblem, match="has no transcript codes"):
        import_command(blank_project, 1, read_lines(path), str(path))


def test_cli_export_import_and_exit_status(transcript_project, tmp_path):
    project = filled(transcript_project, tmp_path)
    path = Path(project.path)
    project.close()
    for fmt in ("srt", "vtt", "csv", "xlsx", "eaf"):
        done = run_cli("transcript", "export", path, "--session", 1, "-f", fmt, "-o", tmp_path / f"o.{fmt}")
        assert done.status == 0, done.err
    assert run_cli("transcript", "import", path, tmp_path / "o.eaf", "--session", 2).status == 0
    reopened = open_project(path, read_only=True)
    assert said(reopened, 2) == said(reopened, 1)
    reopened.close()
    (tmp_path / "bad.csv").write_text("start,end,speaker,text\n1,x,parent,hi\n", encoding="utf-8")
    before = digest(path)
    bad = run_cli("transcript", "import", path, tmp_path / "bad.csv", "--session", 1)
    assert bad.status == 2 and bad.err.count("\n") == 1 and "bad.csv: row 2: end 'x' is not a number" in bad.err
    assert digest(path) == before
    several = run_cli("transcript", "export", path, "-f", "srt", "-o", tmp_path / "x.srt")
    assert several.status == 2 and "--session" in several.err


FUZZ = settings(max_examples=40, deadline=None, derandomize=True, database=None,
                suppress_health_check=[HealthCheck.too_slow])
CELLS = st.one_of(st.sampled_from(["1e30", "inf", "nan", "", "-1", "=1+1", "parent", "PARENT", "x" * 300,
                                   "appropriate", "3,5", "\x00", "<", "&amp;"]), st.text(max_size=8),
                  st.floats(allow_nan=True).map(str))


@pytest.fixture(scope="module")
def seeds(tmp_path_factory):
    """A project whose session 1 holds the table's transcript, its clean bytes, and its EAF export."""
    root = tmp_path_factory.mktemp("fuzz")
    shutil.copy2(SAMPLES / "demo_clip.mp4", root / "clip.mp4")
    project = create_project(root / "t.vigproj")
    clip = add_clip(project, root / "clip.mp4", case_id="CASE-1")
    for initials in ("AA", "BB"):
        start_session(project, clip, add_coder(project, initials), builtin("mind_mindedness"))
    filled(project, root)
    export(project, "transcript-eaf", root / "seed.eaf", [1])
    project.close()
    for extra in ("-wal", "-shm"):
        Path(str(root / "t.vigproj") + extra).unlink(missing_ok=True)
    return root, (root / "t.vigproj").read_bytes(), (root / "seed.eaf").read_text(encoding="utf-8")


@FUZZ
@given(cells=st.lists(st.tuples(st.integers(1, 5), st.integers(0, 4), CELLS), min_size=1, max_size=4),
       xml=st.booleans())
def test_fuzzed_transcripts_come_in_whole_or_not_at_all(seeds, cells, xml):
    """Any damaged table or EAF: success, or one line of exit 2 with the project unchanged."""
    root, clean, eaf = seeds
    path = root / "case.vigproj"
    for extra in ("-wal", "-shm"):
        Path(str(path) + extra).unlink(missing_ok=True)
    path.write_bytes(clean)
    if xml:
        doc = eaf
        for _, _, value in cells:
            text = str(value)[:20].replace("<", "").replace("&", "").replace('"', "")
            doc = doc.replace('TIME_VALUE="3000"', f'TIME_VALUE="{text}"', 1).replace("appropriate", text, 1)
        source = root / "case.eaf"
    else:
        rows = [line.split(",") for line in TABLE.splitlines()]
        for r, c, value in cells:
            rows[r][c] = '"' + str(value).replace('"', '""') + '"'
        doc = "\n".join(",".join(r) for r in rows) + "\n"
        source = root / "case.csv"
    source.write_text(doc, encoding="utf-8", errors="surrogatepass")
    before = digest(path)
    done = run_cli("transcript", "import", path, source, "--session", 2)
    assert done.status in (0, 2), done.err
    if done.status == 2:
        assert done.err.count("\n") == 1 and "Traceback" not in done.err
        assert digest(path) == before


def test_a_foreign_eafs_tiers_are_renamed_or_left_out(transcript_project, tmp_path):
    """ELAN files name tiers their own way: --speaker maps a tier (or participant) to a speaker, or drops it."""
    path = Path(transcript_project.path)
    transcript_project.close()
    (tmp_path / "f.eaf").write_text(
        '<?xml version="1.0" encoding="UTF-8"?><ANNOTATION_DOCUMENT FORMAT="3.0" VERSION="3.0">'
        '<HEADER TIME_UNITS="milliseconds"/><TIME_ORDER><TIME_SLOT TIME_SLOT_ID="t1" TIME_VALUE="1200"/>'
        '<TIME_SLOT TIME_SLOT_ID="t2" TIME_VALUE="2300"/></TIME_ORDER>'
        '<TIER TIER_ID="Mother"><ANNOTATION><ALIGNABLE_ANNOTATION ANNOTATION_ID="a1" TIME_SLOT_REF1="t1" '
        'TIME_SLOT_REF2="t2"><ANNOTATION_VALUE>Who is that?</ANNOTATION_VALUE></ALIGNABLE_ANNOTATION></ANNOTATION>'
        '</TIER><TIER TIER_ID="Gesture"><ANNOTATION><ALIGNABLE_ANNOTATION ANNOTATION_ID="a2" TIME_SLOT_REF1="t1" '
        'TIME_SLOT_REF2="t2"><ANNOTATION_VALUE>point</ANNOTATION_VALUE></ALIGNABLE_ANNOTATION></ANNOTATION>'
        '</TIER></ANNOTATION_DOCUMENT>', encoding="utf-8")
    refused = run_cli("transcript", "import", path, tmp_path / "f.eaf", "--session", 1)
    assert refused.status == 2 and "(tier 'Mother', annotation a1): speaker 'mother' is not one of" in refused.err
    done = run_cli("transcript", "import", path, tmp_path / "f.eaf", "--session", 1, "--speaker", "Mother=parent",
                   "--speaker", "gesture=")
    assert done.status == 0, done.err
    project = open_project(path, read_only=True)
    assert said(project, 1) == [(1200, 2300, "parent", "Who is that?", "")]
    project.close()
    bad = run_cli("transcript", "import", path, tmp_path / "f.eaf", "--session", 1, "--speaker", "mother")
    assert bad.status == 2 and "expected NAME=SPEAKER" in bad.err


TEXTS = st.text(st.characters(codec="utf-8", categories=("L", "N", "P", "S", "Zs")), max_size=40).map(str.strip)
UTTERANCES = st.lists(st.tuples(st.sampled_from(["parent", "guider", "infant"]), st.integers(0, 500),
                                st.integers(1, 3000), TEXTS, st.sampled_from(["", "appropriate", "non_attuned"])),
                      max_size=12)


@settings(max_examples=25, deadline=None, derandomize=True, database=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(raw=UTTERANCES, fmt=st.sampled_from(["eaf", "csv", "xlsx"]))
def test_any_transcript_survives_export_and_import(transcript_project, tmp_path, raw, fmt):
    """Property: utterances (any words, any speakers) come back from EAF, CSV and XLSX exactly."""
    project = transcript_project
    clip = project.clips[0]
    coder = add_coder(project, "AA")
    source = start_session(project, clip, coder, builtin("mind_mindedness"))
    ends: dict[str, int] = {}
    lines = []
    for n, (who, gap, length, text, mind) in enumerate(raw):
        start = ends.get(who, 0) + gap
        if start + length > clip.duration_ms:
            break
        ends[who] = start + length
        lines.append(Line(start, start + length, who, text, mind, f"item {n}"))
    assume(lines)  # an empty transcript exports, and a table of no rows is refused on import (nothing to bring)
    project.run(import_command(project, source.id, lines, "generated"))
    out = tmp_path / f"rt.{fmt}"
    export(project, f"transcript-{fmt}", out, [source.id])
    target = start_session(project, clip, coder, builtin("mind_mindedness"))
    project.run(import_command(project, target.id, read_lines(out), str(out)))
    assert said(project, target.id) == said(project, source.id)
