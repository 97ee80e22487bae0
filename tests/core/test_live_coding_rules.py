"""Live coding and the segment index, without Qt: key presses → commands, window queries."""

from __future__ import annotations

import random

from builders import build

from vig_annotator.core.history import History
from vig_annotator.core.live_coding import LiveCoder
from vig_annotator.core.model import Clip, Coder, Segment, Session
from vig_annotator.core.project import Project, Put
from vig_annotator.core.segment_index import SegmentIndex
from vig_annotator.core.timebase import Timebase
from vig_annotator.schemes import builtin

# A variable-frame-rate clip: frames at 0, 33, 70, 100, 140, 180, 250 ms (durations vary), end 300 ms
VFR = Timebase((0, 33, 70, 100, 140, 180, 250), 300)


def coder_on(timebase: Timebase, lag: int = 0) -> tuple[LiveCoder, History, Project]:
    scheme = builtin("demo")
    project = Project()
    build(project, [Put(scheme), Put(Clip(1, "C", "c.mp4", "1:x")), Put(Coder(1, "AB")),
                   Put(Session(1, 1, 1, scheme.id, scheme.version))])
    return LiveCoder(project, 1, scheme, timebase, lag), project.history, project


def press(coder: LiveCoder, stack: History, code_id: str, ms: int) -> None:
    stack.run(coder.press(coder.scheme.code(code_id), ms))


def test_times_snap_to_the_frame_on_screen_on_a_variable_rate_clip():
    coder, stack, project = coder_on(VFR)
    press(coder, stack, "eye_contact", 95)   # frame 2 (70-99) is on screen
    press(coder, stack, "eye_contact", 251)  # frame 6 (250-299)
    (seg,) = project.segments(1)
    assert (seg.start_ms, seg.end_ms, seg.start_frame, seg.end_frame) == (70, 250, 2, 6)


def test_ending_on_the_start_frame_covers_that_one_frame():
    coder, stack, project = coder_on(VFR)
    press(coder, stack, "eye_contact", 140)
    press(coder, stack, "eye_contact", 150)  # still frame 4 (140-179)
    (seg,) = project.segments(1)
    assert (seg.start_ms, seg.end_ms) == (140, 180)


def test_exclusive_group_switch_is_one_undo_step():
    coder, stack, project = coder_on(VFR)
    press(coder, stack, "infant_gaze_parent", 0)
    press(coder, stack, "infant_gaze_away", 100)
    assert {(s.code_id, s.start_ms, s.end_ms) for s in project.segments(1)} == {
        ("infant_gaze_parent", 0, 100), ("infant_gaze_away", 100, 100)}
    stack.undo()  # both the end of one and the start of the other go
    assert [(s.code_id, s.start_ms, s.end_ms) for s in project.segments(1)] == [("infant_gaze_parent", 0, 0)]


def test_undoing_a_start_forgets_the_open_segment():
    coder, stack, project = coder_on(VFR)
    press(coder, stack, "eye_contact", 33)
    stack.undo()
    assert project.segments(1) == []
    press(coder, stack, "eye_contact", 100)  # starts afresh rather than ending a deleted segment
    (seg,) = project.segments(1)
    assert (seg.start_ms, seg.end_ms) == (100, 100)


def test_reaction_lag_is_taken_off_before_snapping_and_never_below_zero():
    coder, stack, project = coder_on(VFR, lag=60)
    press(coder, stack, "smile", 145)  # 85 ms: frame 2 starts at 70
    press(coder, stack, "smile", 20)   # would be -40: clamped to 0
    assert [(s.start_ms, s.start_frame) for s in project.segments(1)] == [(0, 0), (70, 2)]


def test_end_all_closes_every_open_segment():
    coder, stack, project = coder_on(VFR)
    press(coder, stack, "eye_contact", 0)
    press(coder, stack, "touch", 33)
    command = coder.end_all(180)
    assert command is not None
    stack.run(command)
    assert {(s.code_id, s.end_ms) for s in project.segments(1)} == {("eye_contact", 180), ("touch", 180)}
    assert coder.end_all(200) is None


def test_index_window_query_matches_a_brute_force_scan():
    rng = random.Random(11)
    segments = []
    for i in range(3000):
        start = rng.randrange(0, 100_000)
        end = start + (0 if i % 5 == 0 else rng.randrange(0, 5000))
        segments.append(Segment(i, 1, f"c{i % 3}", start, end))
    index = SegmentIndex(segments)
    for _ in range(200):
        a = rng.randrange(0, 100_000)
        b = a + rng.randrange(0, 20_000)
        for code in ("c0", "c1", "c2"):
            expected = {s.id for s in segments if s.code_id == code and s.start_ms <= b and s.end_ms >= a}
            assert {s.id for s in index.in_window(code, a, b)} == expected


def test_index_point_query_returns_the_shortest_first():
    long = Segment(1, 1, "c", 0, 10_000)
    short = Segment(2, 1, "c", 4000, 6000)
    index = SegmentIndex([long, short])
    assert [s.id for s in index.at("c", 5000)] == [2, 1]
    assert [s.id for s in index.at("c", 8000)] == [1]
    assert index.edges() == [0, 4000, 6000, 10_000]


def test_index_updates_agree_with_a_fresh_index():
    rng = random.Random(5)
    current = {i: Segment(i, 1, f"c{i % 4}", rng.randrange(0, 50_000), 0) for i in range(500)}
    current = {i: Segment(i, 1, s.code_id, s.start_ms, s.start_ms + rng.randrange(0, 3000))
               for i, s in current.items()}
    index = SegmentIndex(current.values())
    for _ in range(300):
        seg_id = rng.randrange(0, 600)
        old = current.pop(seg_id, None)
        new = None
        if rng.random() < 0.7:
            start = rng.randrange(0, 50_000)
            new = Segment(seg_id, 1, f"c{rng.randrange(4)}", start, start + rng.randrange(0, 3000))
            current[seg_id] = new
        touched = index.update([old] if old else [], [new] if new else [])
        assert touched == {s.code_id for s in (old, new) if s is not None}
    fresh = SegmentIndex(current.values())
    for code in ("c0", "c1", "c2", "c3"):
        assert [s.id for s in index.in_window(code, 0, 60_000)] == [s.id for s in fresh.in_window(code, 0, 60_000)]
