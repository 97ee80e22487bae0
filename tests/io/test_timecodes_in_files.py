"""Subtitle files and the coded-timeline table write times with the one ``core.timebase.timecode`` (issue 27)."""

from __future__ import annotations

import re

from vig_annotator.core.timebase import timecode
from vig_annotator.io.subtitles import export_srt, export_vtt
from vig_annotator.store.summary import timeline_chunks


def _cue_times(text: str) -> list[tuple[str, str]]:
    return re.findall(r"^(\S+) --> (\S+)$", text, re.MULTILINE)


def test_subtitle_cues_start_at_the_one_timecode_of_each_segment_and_moment(demo_project, tmp_path):
    for session in demo_project.sessions:
        starts = {s.start_ms for s in demo_project.segments(session.id)} | {
            m.start_ms for m in demo_project.moments(session.id)}
        assert starts, "the demo codes every session"
        [srt] = export_srt(demo_project, [session.id], tmp_path / f"s{session.id}.srt")
        [vtt] = export_vtt(demo_project, [session.id], tmp_path / f"s{session.id}.vtt")
        srt_cues, vtt_cues = _cue_times(srt.read_text("utf-8")), _cue_times(vtt.read_text("utf-8"))
        assert {a for a, _ in srt_cues} == {timecode(ms, ",") for ms in starts}
        assert {a for a, _ in vtt_cues} == {timecode(ms) for ms in starts}
        assert [(a.replace(",", "."), b.replace(",", ".")) for a, b in srt_cues] == vtt_cues


def test_the_timeline_tables_sql_timecode_is_the_one_timecode(demo_project):
    """SQLite formats the table's timecodes itself (fast); they must read as the Python function's."""
    seen = 0
    for session in demo_project.sessions:
        for chunk in timeline_chunks(demo_project, session.id):
            for _code, start, end, *_rest, start_tc, end_tc in chunk:
                assert (start_tc, end_tc) == (timecode(start), timecode(end))
                seen += 1
    assert seen > 10
