"""The segment index kept up to date edit by edit answers exactly like one built afresh."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from vig_annotator.core.model import Segment
from vig_annotator.core.segment_index import SegmentIndex

CODES = ["a", "b"]
spans = st.tuples(st.sampled_from(CODES), st.integers(0, 60), st.one_of(st.just(0), st.integers(0, 60)))
steps = st.lists(st.tuples(st.booleans(), spans, st.integers(0, 1000)), max_size=60)


def _seg(seg_id: int, code: str, start: int, length: int) -> Segment:
    return Segment(seg_id, 1, code, start, start + length, start, start + length)


@settings(max_examples=300, deadline=None)
@given(steps=steps, queries=st.lists(st.tuples(st.integers(-5, 90), st.integers(0, 30)), min_size=1, max_size=8))
def test_an_index_updated_edit_by_edit_answers_like_a_fresh_one(steps, queries):
    live: dict[int, Segment] = {}
    index = SegmentIndex()
    next_id = 1
    for add, (code, start, length), pick in steps:
        if add or not live:  # a new segment, possibly replacing (editing) an existing one
            seg = _seg(next_id, code, start, length)
            next_id += 1
            removed = []
            if live and pick % 3 == 0:  # an edit: the same id with new times
                old = list(live.values())[pick % len(live)]
                seg = _seg(old.id, old.code_id, start, length)
                removed = [live.pop(old.id)]
            live[seg.id] = seg
            index.update(removed, [seg])
        else:
            old = list(live.values())[pick % len(live)]
            index.update([live.pop(old.id)], [])
    fresh = SegmentIndex(live.values())
    assert len(index) == len(fresh) == len(live)
    for code in CODES:
        assert index.of_code(code) == sorted((s for s in live.values() if s.code_id == code),
                                             key=lambda s: (s.start_ms, s.end_ms, s.id))
        row = index.rows.get(code)
        if row is not None:
            assert row.ids == [s.id for s in row.segments] and row.ends == [s.end_ms for s in row.segments]
        assert index.open_of_code(code) == [s for s in index.of_code(code) if s.start_ms == s.end_ms]
        for start, width in queries:
            expected = [s for s in index.of_code(code) if s.end_ms >= start and s.start_ms <= start + width]
            assert index.in_window(code, start, start + width) == fresh.in_window(code, start, start + width)
            assert index.in_window(code, start, start + width) == expected
            assert index.at(code, start, width) == fresh.at(code, start, width)
    assert index.edges() == fresh.edges()
