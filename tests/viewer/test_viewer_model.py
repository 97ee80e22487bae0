"""The viewer model without Qt: what is on screen follows the project's edits, told through typed topics."""

from __future__ import annotations

import subprocess
import sys

from builders import build
from hypothesis import given, settings
from hypothesis import strategies as st

from vig_annotator.core.commands import edit
from vig_annotator.core.model import Clip, Coder, Segment, Session
from vig_annotator.core.project import Delete, Project, Put
from vig_annotator.core.rules import EditRefused
from vig_annotator.core.segment_index import SegmentIndex
from vig_annotator.core.timebase import Timebase
from vig_annotator.schemes import builtin
from vig_annotator.viewer import Edited, Topic, Viewer

FRAMES = Timebase(tuple(range(0, 10_000, 40)), 10_000)  # 25 fps, 10 s


def demo_project() -> Project:
    scheme = builtin("demo")
    project = Project()
    build(project, [Put(scheme), Put(Clip(1, "C1", "one.mp4", "1:x")), Put(Clip(2, "C2", "two.mp4", "2:y")),
                    Put(Coder(1, "AB")), Put(Session(1, 1, 1, scheme.id, scheme.version)),
                    Put(Session(2, 2, 1, scheme.id, scheme.version)),
                    Put(Segment(1, 1, "eye_contact", 0, 400, 0, 10)),
                    Put(Segment(2, 1, "touch", 1000, 2000, 25, 50)),
                    Put(Segment(3, 2, "eye_contact", 0, 800, 0, 20))])
    return project


def watched(viewer: Viewer) -> list[object]:
    """Every notification, in order, as ("topic", value)."""
    heard: list[object] = []
    for name in ("project_changed", "session_changed", "sessions_changed", "selection_changed", "clip_changed",
                 "edited", "playhead_moved"):
        topic: Topic[object] = getattr(viewer, name)
        topic.subscribe(lambda value, name=name: heard.append((name, value)))
    return heard


def open_demo() -> tuple[Viewer, Project, list[object]]:
    viewer = Viewer(timing=lambda _p, _c: FRAMES)
    heard = watched(viewer)
    project = demo_project()
    viewer.set_project(project)
    return viewer, project, heard


def test_opening_shows_the_first_session_its_clip_timing_and_segments():
    viewer, project, heard = open_demo()
    assert viewer.session is not None and viewer.session.id == 1
    assert viewer.clip is not None and viewer.clip.case_id == "C1"
    assert viewer.timebase is FRAMES
    assert [s.id for s in viewer.index.of_code("eye_contact")] == [1]  # not session 2's segment 3
    assert [s.id for s in viewer.segments()] == [1, 2]
    assert heard == [("project_changed", None), ("session_changed", None), ("selection_changed", None)]


def test_choosing_another_session_clears_the_selection_and_reindexes():
    viewer, project, heard = open_demo()
    viewer.select({1, 2})
    viewer.set_session(2)
    assert viewer.selection == set()
    assert [s.id for s in viewer.index.of_code("eye_contact")] == [3]
    assert viewer.index.of_code("touch") == []
    assert viewer.clip is not None and viewer.clip.case_id == "C2"


def test_an_edit_names_the_codes_whose_rows_are_dirty_and_its_range():
    viewer, project, heard = open_demo()
    heard.clear()
    old = project.entities["segment"][2]
    moved = Segment(2, 1, "touch", 3000, 3600, 75, 90)
    project.run(edit("Move", [(old, moved)]))
    (notice,) = heard
    assert notice == ("edited", Edited(notice[1].change, frozenset({"touch"})))  # type: ignore[index]
    edited = notice[1]  # type: ignore[index]
    assert isinstance(edited, Edited)
    assert (edited.start_ms, edited.end_ms) == (3000, 3600)  # the new place (the change's span)
    assert [(s.start_ms, s.end_ms) for s in viewer.index.of_code("touch")] == [(3000, 3600)]
    assert viewer.index.in_window("touch", 1000, 2000) == []


def test_an_edit_in_another_session_dirties_no_row_on_screen():
    viewer, project, heard = open_demo()
    heard.clear()
    build(project, [Segment(4, 2, "touch", 0, 400, 0, 10)])
    assert heard == [("edited", Edited(heard[0][1].change, frozenset()))]  # type: ignore[index]
    assert viewer.index.of_code("touch") == [project.entities["segment"][2]]


def test_a_deleted_selected_segment_leaves_the_selection_before_the_edit_is_told():
    viewer, project, heard = open_demo()
    viewer.select({1, 2})
    heard.clear()
    project.run(edit("Delete", [(project.entities["segment"][1], None)]))
    assert [name for name, _ in heard] == ["selection_changed", "edited"]  # type: ignore[misc]
    assert viewer.selection == {2}
    assert [s.id for s in viewer.selected_segments()] == [2]
    assert heard[1][1].dirty_codes == {"eye_contact"}  # type: ignore[index]
    project.history.undo()
    assert [s.id for s in viewer.index.of_code("eye_contact")] == [1]


def test_selecting_the_same_segments_again_tells_no_one():
    viewer, project, heard = open_demo()
    viewer.select({2})
    viewer.select({2})
    assert heard[3:] == [("selection_changed", None)]


def test_a_session_removed_under_the_viewer_gives_way_to_another():
    viewer, project, heard = open_demo()
    viewer.set_session(2)
    heard.clear()
    build(project, [Delete(project.entities["segment"][3]), Delete(project.entities["session"][2])])
    assert viewer.session is not None and viewer.session.id == 1
    assert [name for name, _ in heard] == ["session_changed", "selection_changed", "edited"]  # type: ignore[misc]


def test_a_renamed_clip_on_screen_is_told_and_kept():
    viewer, project, heard = open_demo()
    heard.clear()
    old = project.entities["clip"][1]
    build(project, [Clip(1, "Renamed", old.path, old.fingerprint, old.duration_ms, old.frame_count)])
    assert viewer.clip is not None and viewer.clip.case_id == "Renamed"
    assert [name for name, _ in heard] == ["clip_changed", "edited"]  # type: ignore[misc]
    heard.clear()
    build(project, [Clip(3, "C3", "three.mp4", "3:z")])  # another clip: nothing to reload
    assert [name for name, _ in heard] == ["edited"]  # type: ignore[misc]


def test_the_playhead_is_data_and_told_only_when_it_moves():
    viewer, project, heard = open_demo()
    heard.clear()
    viewer.set_playhead(1234)
    viewer.set_playhead(1234)
    viewer.set_playhead(0)
    assert viewer.playhead_ms == 0
    assert heard == [("playhead_moved", 1234), ("playhead_moved", 0)]


def test_live_coding_through_the_viewer_lands_in_its_index_with_the_reaction_lag():
    viewer, project, heard = open_demo()
    viewer.set_reaction_lag(200)
    assert viewer.live is not None
    scheme = viewer.scheme
    assert scheme is not None
    project.history.run(viewer.live.press(scheme.code("touch"), 5000))
    project.history.run(viewer.live.press(scheme.code("touch"), 6000))
    assert [(s.start_ms, s.end_ms) for s in viewer.index.of_code("touch")][-1] == (4800, 5800)


def test_a_closed_project_is_no_longer_followed_and_unsubscribing_stops_notices():
    viewer, project, heard = open_demo()
    viewer.set_project(None)
    assert viewer.session is None and viewer.live is None and len(viewer.index) == 0
    heard.clear()
    build(project, [Segment(5, 1, "touch", 0, 400, 0, 10)])
    assert heard == []
    topic: Topic[int] = Topic()
    got: list[int] = []
    stop = topic.subscribe(got.append)
    topic.publish(1)
    stop()
    stop()  # twice is harmless
    topic.publish(2)
    assert got == [1]


def test_the_viewer_model_loads_without_qt():
    probe = ("import sys, vig_annotator.viewer; "
             "print(sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6', 'pyqtgraph')"
             " or m.startswith('vig_annotator.qt')))")
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


ROW_CODES = ["eye_contact", "touch"]
steps = st.lists(st.tuples(st.sampled_from(["add", "move", "delete", "undo", "redo", "select", "session"]),
                           st.sampled_from(ROW_CODES), st.integers(0, 200), st.integers(1, 20), st.integers(0, 99)),
                 max_size=40)


@settings(max_examples=150, deadline=None)
@given(steps=steps)
def test_after_any_edits_the_index_selection_and_dirty_rows_match_the_project(steps):
    viewer, project, heard = open_demo()
    edits: list[Edited] = []
    viewer.edited.subscribe(edits.append)
    for action, code, start_s, length_s, pick in steps:
        assert viewer.session is not None
        shown = viewer.session.id
        rows_before = {c: [(s.id, s.start_ms, s.end_ms) for s in project.segments_of_code(shown, c)] for c in ROW_CODES}
        mine = project.segments(shown)
        edits.clear()
        start = start_s * 40
        try:
            if action == "add":
                seg_id = project.next_id("segment")
                project.run(edit("Add", [(None, Segment(seg_id, shown, code, start, start + length_s * 40,
                                                        start_s, start_s + length_s))]))
            elif action == "move" and mine:
                old = mine[pick % len(mine)]
                project.run(edit("Move", [(old, Segment(old.id, shown, old.code_id, start, start + length_s * 40,
                                                       start_s, start_s + length_s))]))
            elif action == "delete" and mine:
                project.run(edit("Delete", [(mine[pick % len(mine)], None)]))
            elif action == "undo":
                project.history.undo()  # nothing to undo: nothing happens
            elif action == "redo":
                project.history.redo()
            elif action == "select":
                viewer.select({s.id for s in mine[: pick % 4]})
            elif action == "session":
                viewer.set_session(1 if shown == 2 else 2)
        except EditRefused:
            continue  # an overlap the rules refuse: nothing changed
        assert viewer.session is not None
        if viewer.session.id == shown and action != "select":
            rows_after = {c: [(s.id, s.start_ms, s.end_ms) for s in project.segments_of_code(shown, c)]
                          for c in ROW_CODES}
            changed = {c for c in ROW_CODES if rows_before[c] != rows_after[c]}
            dirty = set().union(*(e.dirty_codes for e in edits))
            assert changed <= dirty, (action, changed, dirty)
        fresh = SegmentIndex(project.segments(viewer.session.id))
        for c in ROW_CODES:
            assert [s.id for s in viewer.index.of_code(c)] == [s.id for s in fresh.of_code(c)]
        existing = project.entities["segment"]
        assert all(i in existing for i in viewer.selection)  # a removed segment leaves the selection
