"""One timecode for every message, export and subtitle: ``core.timebase.timecode`` (issue 27).

The rules' refusals and the transcript's SubRip/WebVTT cues used to format times with copies of their
own; these tests hold each call site to the one function, and the function to hand-written examples.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from vig_annotator.core import commands, transcript
from vig_annotator.core.model import Clip, Coder, Segment, Session
from vig_annotator.core.project import Project
from vig_annotator.core.rules import EditRefused
from vig_annotator.core.timebase import timecode
from vig_annotator.schemes import builtin

HOUR = 3_600_000
TIMES = st.integers(min_value=0, max_value=100 * HOUR - 1)


@pytest.mark.parametrize(("ms", "text"), [
    (0, "00:00:00.000"), (7, "00:00:00.007"), (61_005, "00:01:01.005"), (3_723_004, "01:02:03.004"),
    (HOUR - 1, "00:59:59.999"), (100 * HOUR - 1, "99:59:59.999"), (-1500, "-00:00:01.500"),
])
def test_timecode_is_hours_minutes_seconds_milliseconds(ms, text):
    assert timecode(ms) == text
    assert timecode(ms, ",") == text.replace(".", ",")  # SubRip's decimal comma


@given(TIMES)
def test_timecode_reads_back_as_the_same_milliseconds(ms):
    h, m, s, milli = (int(x) for x in re.fullmatch(r"(\d\d+):(\d\d):(\d\d)\.(\d\d\d)", timecode(ms)).groups())
    assert m < 60 and s < 60
    assert ((h * 60 + m) * 60 + s) * 1000 + milli == ms


@given(st.lists(st.tuples(TIMES, st.integers(0, HOUR)), min_size=1, max_size=5))
def test_transcript_cues_use_the_one_timecode(spans):
    found = [transcript.Utterance(start, start + length, "mother", "hello", i) for i, (start, length) in
             enumerate(spans)]
    srt_times = re.findall(r"^(\S+) --> (\S+)$", transcript.as_srt(found), re.MULTILINE)
    vtt_times = re.findall(r"^(\S+) --> (\S+)$", transcript.as_vtt(found), re.MULTILINE)
    assert srt_times == [(timecode(u.start_ms, ","), timecode(u.end_ms, ",")) for u in found]
    assert vtt_times == [(timecode(u.start_ms), timecode(u.end_ms)) for u in found]


@given(st.integers(0, 40 * 60_000 - 2), st.integers(1, 60_000))
def test_a_refused_overlap_names_its_times_with_the_one_timecode(start, length):
    demo = builtin("demo")
    duration = 40 * 60_000
    end = min(start + length, duration)
    project = Project()  # built through the one write path, as the app builds it
    project.run(commands.edit("set up", [(None, demo), (None, Clip(1, "C", "c.mp4", "1:x", duration_ms=duration)),
                                         (None, Coder(1, "AB")), (None, Session(1, 1, 1, demo.id, demo.version))]))
    project.run(commands.add_segments([Segment(1, 1, "eye_contact", start, end, 0, 0)]))
    with pytest.raises(EditRefused) as refused:
        project.run(commands.add_segments([Segment(2, 1, "eye_contact", start, end, 0, 0)]))
    assert f"{timecode(start)}–{timecode(end)}" in str(refused.value)
