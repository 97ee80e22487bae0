"""Segments made in bulk on opening a project are the same values the ordinary constructor makes."""

from __future__ import annotations

import dataclasses
import gc
import json

from hypothesis import given
from hypothesis import strategies as st

from vig_annotator.core.bulk import gc_paused, release, segments_from_rows
from vig_annotator.core.model import Segment

text = st.text(max_size=8)
modifiers = st.lists(st.tuples(text, st.lists(text, max_size=3).map(tuple)), max_size=3).map(tuple)
segments = st.builds(Segment, st.integers(1, 10**6), st.integers(1, 9), text, st.integers(0, 10**7),
                     st.integers(0, 10**7), st.integers(0, 10**5), st.integers(0, 10**5), modifiers, text, text)


def _stored(s: Segment) -> tuple[object, ...]:
    """The row the project file holds for ``s`` (modifiers as JSON, as store.rows writes them)."""
    return (s.id, s.session_id, s.code_id, s.start_ms, s.end_ms, s.start_frame, s.end_frame,
            json.dumps([[k, list(v)] for k, v in s.modifiers], ensure_ascii=False), s.note, s.item)


@given(st.lists(segments, max_size=20))
def test_bulk_segments_equal_the_constructed_ones_and_behave_alike(found):
    made = segments_from_rows([_stored(s) for s in found])
    assert made == found
    assert [hash(m) for m in made] == [hash(s) for s in found]  # usable as keys, as frozen dataclasses are
    assert [repr(m) for m in made] == [repr(s) for s in found]
    for m in made:
        assert type(m) is Segment
        assert dataclasses.replace(m, note="x") == dataclasses.replace(Segment(*dataclasses.astuple(m)[:7]), note="x",
                                                                       modifiers=m.modifiers, item=m.item)
        try:
            m.start_ms = 1  # type: ignore[misc]
        except dataclasses.FrozenInstanceError:
            pass
        else:
            raise AssertionError("a bulk segment must stay frozen")


def test_the_collector_is_paused_only_inside_and_its_frozen_objects_are_released():
    assert gc.isenabled()
    with gc_paused():
        assert not gc.isenabled()
    assert gc.isenabled()
    assert gc.get_freeze_count() > 0
    release()
    assert gc.get_freeze_count() == 0
