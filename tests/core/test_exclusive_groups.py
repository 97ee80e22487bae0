"""Mutually exclusive groups are a rule of the core: no edit from any source puts two codes of one group at once.

Issue 27's case: an import with ``infant_gaze_parent`` 10–15 s and ``infant_gaze_away`` 12–18 s (one group)
landed as two overlapping segments, because only the key-press path knew about groups.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from vig_annotator.core import commands, rules
from vig_annotator.core.history import History
from vig_annotator.core.live_coding import LiveCoder
from vig_annotator.core.model import Clip, Coder, Segment, Session
from vig_annotator.core.project import Project, Put
from vig_annotator.core.rules import EditRefused
from vig_annotator.core.timebase import Timebase
from vig_annotator.schemes import builtin

DEMO = builtin("demo")
CLIP_MS = 40_000
TB = Timebase(tuple(range(0, CLIP_MS, 40)), CLIP_MS)
GROUP = ("infant_gaze_parent", "infant_gaze_away")


def fresh(sessions: int = 1) -> Project:
    project = Project()
    project.run(commands.Command("set up", [(None, DEMO), (None, Clip(1, "C", "c.mp4", "1:x", duration_ms=CLIP_MS)),
                                            (None, Coder(1, "AB"))]
                                 + [(None, Session(i, 1, 1, DEMO.id, DEMO.version)) for i in range(1, sessions + 1)]))
    return project


def seg(id_: int, code: str, start: int, end: int, session: int = 1) -> Segment:
    return Segment(id_, session, code, start, end, start // 40, end // 40)


def test_the_issues_import_of_two_overlapping_gaze_codes_is_refused_and_nothing_changes():
    project = fresh()
    with pytest.raises(EditRefused, match=r"^segment infant_gaze_parent 00:00:10.000–00:00:15.000 "
                                          r"\(session 1\): overlaps 'Infant looks away' 00:00:12.000–00:00:18.000; "
                                          r"codes of the mutually exclusive group 'infant_gaze' may not overlap$"):
        project.run(commands.add_segments([seg(1, "infant_gaze_parent", 10_000, 15_000),
                                           seg(2, "infant_gaze_away", 12_000, 18_000)]))
    assert project.segments(1) == []


def test_codes_of_one_group_may_touch_and_other_codes_may_overlap_them():
    project = fresh(2)
    project.run(commands.add_segments([seg(1, "infant_gaze_parent", 10_000, 15_000),
                                       seg(2, "infant_gaze_away", 15_000, 18_000),  # touching is allowed
                                       seg(3, "eye_contact", 11_000, 17_000),  # not in the group
                                       seg(4, "infant_gaze_away", 12_000, 13_000, session=2)]))  # another session
    assert len(project.segments(1)) == 3


def test_a_move_or_a_resize_into_a_sibling_is_refused():
    project = fresh()
    project.run(commands.add_segments([seg(1, "infant_gaze_parent", 1_000, 2_000),
                                       seg(2, "infant_gaze_away", 3_000, 4_000)]))
    with pytest.raises(EditRefused, match="mutually exclusive"):
        project.run(commands.move_segments([project.segment(1)], 1_500, TB.frame_at))
    with pytest.raises(EditRefused, match="mutually exclusive"):
        project.run(commands.change_segment(project.segment(2), seg(2, "infant_gaze_away", 1_900, 4_000), "Resize"))
    assert [(s.start_ms, s.end_ms) for s in sorted(project.segments(1), key=lambda s: s.id)] == [
        (1_000, 2_000), (3_000, 4_000)]


def test_an_import_of_many_is_checked_by_the_sweep_not_only_the_few():
    project = fresh()
    with pytest.raises(EditRefused, match="mutually exclusive"):
        project.run(commands.add_segments([seg(i, GROUP[i % 2], i * 1_000, i * 1_000 + 1_500) for i in range(1, 30)]))
    assert project.segments(1) == []


def test_problems_lists_a_clash_already_in_a_file():
    project = Project()  # a file written by an older version: loaded as it is, then reported
    project._load([Put(DEMO), Put(Clip(1, "C", "c.mp4", "1:x", duration_ms=CLIP_MS)), Put(Coder(1, "AB")),
                  Put(Session(1, 1, 1, DEMO.id, DEMO.version)),
                  Put(seg(1, "infant_gaze_parent", 10_000, 15_000)), Put(seg(2, "infant_gaze_away", 12_000, 18_000))])
    found = [p for p in rules.problems(project) if "mutually exclusive" in p]
    assert len(found) == 1 and "00:00:12.000" in found[0] and "00:00:10.000" in found[0]
    repaired = seg(2, "infant_gaze_away", 15_000, 18_000)
    project.run(commands.change_segment(project.segment(2), repaired, "Repair"))
    assert not rules.problems(project)


def test_live_coding_ends_a_gaze_where_the_next_sibling_segment_begins():
    project = fresh()
    project.run(commands.add_segments([seg(1, "infant_gaze_away", 5_000, 6_000)]))
    coder = LiveCoder(project, 1, DEMO, TB)
    stack: History = project.history
    stack.run(coder.press(DEMO.code("infant_gaze_parent"), 2_000))
    stack.run(coder.press(DEMO.code("infant_gaze_parent"), 8_000))  # the coder ends it late, past 'away'
    parent = project.segments_of_code(1, "infant_gaze_parent")
    assert [(s.start_ms, s.end_ms) for s in parent] == [(2_000, 5_000)]
    assert not rules.problems(project)


def _oracle_clash(segments: list[tuple[str, int, int]]) -> bool:
    """An independent reference: any two of different codes share a millisecond (a zero-length one covers its own)."""
    def covered(start: int, end: int) -> set[int]:
        return set(range(start, max(end, start + 1)))
    return any(a[0] != b[0] and covered(a[1], a[2]) & covered(b[1], b[2])
               for i, a in enumerate(segments) for b in segments[i + 1:])


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(GROUP), st.integers(0, 60), st.integers(0, 20)), max_size=8),
       st.booleans())
def test_the_rule_agrees_with_a_reference_model(raw, one_at_a_time):
    """Whatever arrives (one import or edit by edit), the project holds a clash iff the reference says so: never."""
    wanted = [(code, start * 50, (start + length) * 50) for code, start, length in raw]
    project = fresh()
    kept: list[tuple[str, int, int]] = []
    batches = [[w] for w in wanted] if one_at_a_time else [wanted]
    next_id = 1
    for batch in batches:
        same_code_clash = any(a[0] == b[0] and a[1] < max(b[2], b[1] + 1) and b[1] < max(a[2], a[1] + 1)
                              for i, a in enumerate(kept + batch) for b in (kept + batch)[i + 1:])
        segs = [seg(next_id + k, c, s, e) for k, (c, s, e) in enumerate(batch)]
        next_id += len(batch)
        should_refuse = same_code_clash or _oracle_clash(kept + batch)
        try:
            project.run(commands.add_segments(segs))
        except EditRefused:
            assert should_refuse
        else:
            assert not should_refuse
            kept += batch
    assert sorted((s.code_id, s.start_ms, s.end_ms) for s in project.segments(1)) == sorted(kept)
