"""A project opened with other sessions left on disk behaves exactly like one read whole.

The window opens a large project reading only the first session's segments; whatever could see
another session's segments (a lookup, a walk over all, an edit, the rules) reads them in first.
"""

from __future__ import annotations

from dataclasses import replace

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from vig_annotator.core.commands import edit
from vig_annotator.core.model import Segment
from vig_annotator.core.rules import EditRefused
from vig_annotator.store import project_file
from vig_annotator.store.opening import open_project
from vig_annotator.store.project_file import read_segments


@pytest.fixture(autouse=True)
def _defer_even_the_demo(monkeypatch):  # type: ignore[no-untyped-def]
    """The demo's sessions are small: left on disk here all the same (a real open defers from 20,000)."""
    monkeypatch.setattr(project_file, "DEFER_FROM", 0)


def _whole(path):  # type: ignore[no-untyped-def]
    project = open_project(path, read_only=True)
    try:
        return {kind: dict(table) for kind, table in project.entities.items()}, project.next_id("segment")
    finally:
        project.close()


def test_only_the_first_session_is_read_and_the_rest_comes_in_when_asked(demo_copy):
    whole, next_id = _whole(demo_copy)
    project = open_project(demo_copy, read_only=True, defer=True)
    assert project.deferred_sessions() == {2, 3, 4}
    assert project.next_id("segment") == next_id  # a new segment never takes an id still on disk
    assert len(project.segments(2)) == 33 and project.deferred_sessions() == {3, 4}  # just that session
    assert project.segments(2) == sorted((s for s in whole["segment"].values() if s.session_id == 2),
                                         key=lambda s: (s.start_ms, s.end_ms, s.id))
    assert project.deferred_sessions() == {3, 4}
    assert dict(project.entities["segment"]) == whole["segment"]  # a walk over all reads all
    assert project.deferred_sessions() == set()
    project.close()


ACCESSES = {
    "get": lambda table, seg_id: table.get(seg_id),
    "in": lambda table, seg_id: seg_id in table,
    "item": lambda table, seg_id: table[seg_id],
    "len": lambda table, seg_id: len(table),
    "values": lambda table, seg_id: list(table.values()),
    "keys": lambda table, seg_id: list(table),
    "items": lambda table, seg_id: dict(table.items()),
}


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(access=st.sampled_from(sorted(ACCESSES)), session=st.sampled_from([2, 3]))
def test_any_look_at_a_deferred_segment_reads_every_deferred_one(demo_copy, access, session):
    whole, _ = _whole(demo_copy)
    seg_id = min(s.id for s in whole["segment"].values() if s.session_id == session)
    project = open_project(demo_copy, read_only=True, defer=True)
    try:
        ACCESSES[access](project.entities["segment"], seg_id)
        assert project.deferred_sessions() == set()
        assert dict(project.entities["segment"]) == whole["segment"]
    finally:
        project.close()


def test_a_new_id_is_past_every_id_in_memory_and_on_disk(demo_copy):
    for session, big in ((1, 10**6), (2, 2 * 10**6)):  # the largest id first in memory, then on disk
        project = open_project(demo_copy)
        first = project.segments(session)[0]
        project.run(edit("Renumber", [(first, None), (None, replace(first, id=big))]))
        project.close()
        project = open_project(demo_copy, read_only=True, defer=True)
        assert project.next_id("segment") == big + 1 and project.deferred_sessions() == {2, 3, 4}
        project.close()


def test_a_small_project_is_read_whole_even_when_asked_to_defer(demo_copy, monkeypatch):
    monkeypatch.setattr(project_file, "DEFER_FROM", 20_000)
    project = open_project(demo_copy, read_only=True, defer=True)
    assert project.deferred_sessions() == set() and len(project.segments(2)) == 33
    project.close()


def test_a_lookup_of_an_id_not_on_disk_reads_nothing(demo_copy):
    project = open_project(demo_copy, read_only=True, defer=True)
    assert project.entities["segment"].get(10**9) is None and 10**9 not in project.entities["segment"]
    assert project.deferred_sessions() == {2, 3, 4}
    project.close()


def test_edits_and_rules_see_the_segments_of_a_deferred_session(demo_copy):
    project = open_project(demo_copy, defer=True)
    try:
        other = sorted(read_segments(demo_copy, [2]), key=lambda s: (s.start_ms, s.id))
        state = next(s for s in other if s.end_ms > s.start_ms)
        overlapping = Segment(project.next_id("segment"), 2, state.code_id, state.start_ms, state.end_ms,
                              state.start_frame, state.end_frame)
        with pytest.raises(EditRefused):  # the rule sees the deferred segment it would overlap
            project.run(edit("Add", [(None, overlapping)]))
        moved = replace(state, note="seen")
        project.run(edit("Note", [(state, moved)]))  # an edit of a deferred segment: its "before" is found
        assert project.segment(state.id).note == "seen"
        project.history.undo()
        assert project.segment(state.id).note == state.note
    finally:
        project.close()


def test_segments_read_on_a_worker_are_taken_in_as_the_file_has_them(demo_copy):
    whole, _ = _whole(demo_copy)
    project = open_project(demo_copy, read_only=True, defer=True)
    try:
        project.segments(3)  # already read here: what the worker brings for it is ignored
        sessions = {2, 3, 4}
        project.read_deferred(sessions, read_segments(demo_copy, sorted(sessions)))
        assert project.deferred_sessions() == set()
        assert dict(project.entities["segment"]) == whole["segment"]
        assert {s.id for s in project.segments_of_code(2, "smile")} == {
            s.id for s in whole["segment"].values() if s.session_id == 2 and s.code_id == "smile"}
    finally:
        project.close()
