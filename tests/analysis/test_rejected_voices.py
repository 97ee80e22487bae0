"""Rejected voice suggestions are kept in the project per session, undoably, and count as no coding."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from vig_annotator.analysis.rejected_voices import (
    TOLERANCE_MS,
    Rejection,
    not_rejected,
    reject,
    rejection_from_key,
    rejections,
)
from vig_annotator.analysis.suggestions import Suggestion
from vig_annotator.core import commands
from vig_annotator.core.model import Segment, Setting
from vig_annotator.io.tables import all_rows
from vig_annotator.projects import add_coder, start_session
from vig_annotator.schemes import builtin
from vig_annotator.store import sync
from vig_annotator.store.opening import open_project


def suggestion(start: int, end: int, code: str = "infant_vocalisation", source: str = "voices@300Hz") -> Suggestion:
    return Suggestion(start, end, code, source, 0.8)


def test_a_rejection_survives_reopening_and_undo_brings_the_suggestion_back(blank_project):
    session = blank_project.sessions[0].id
    offered = [suggestion(1000, 1800), suggestion(2500, 3100), suggestion(2500, 3100, "parent_vocalisation")]
    blank_project.run(reject(blank_project, session, offered[1]))
    assert blank_project.history.undo_label == "Reject suggestion"
    path = Path(blank_project.path)
    blank_project.close()
    again = open_project(path)
    try:
        assert rejections(again, session) == [Rejection(session, "infant_vocalisation", 2500, 3100)]
        # the same stretch for another code, and the other stretch, are still offered
        assert not_rejected(offered, rejections(again, session)) == [offered[0], offered[2]]
        again.run(reject(again, session, offered[0]))
        assert not_rejected(offered, rejections(again, session)) == [offered[2]]
        again.history.undo()
        assert not_rejected(offered, rejections(again, session)) == [offered[0], offered[2]]
    finally:
        again.close()


def test_rejections_belong_to_their_session(blank_project):
    first = blank_project.sessions[0]
    second = start_session(blank_project, blank_project.clips[0], add_coder(blank_project, "AB"), builtin("demo"))
    s = suggestion(4000, 4600)
    blank_project.run(reject(blank_project, first.id, s))
    assert not_rejected([s], rejections(blank_project, first.id)) == []
    assert not_rejected([s], rejections(blank_project, second.id)) == [s]  # the other coder's review is theirs


def test_rejecting_twice_is_one_entry_and_no_second_undo_step(blank_project):
    session = blank_project.sessions[0].id
    s = suggestion(1000, 1800)
    blank_project.run(reject(blank_project, session, s))
    steps = len(blank_project.history.done)
    again = reject(blank_project, session, s)
    assert again.pairs == []
    assert len(rejections(blank_project, session)) == 1 and len(blank_project.history.done) == steps


def test_the_threshold_it_was_found_at_does_not_matter(blank_project):
    """The same stretch and code offered by another threshold (another source) is the rejected one."""
    session = blank_project.sessions[0].id
    blank_project.run(reject(blank_project, session, suggestion(1000, 1800, source="voices@300Hz")))
    assert not_rejected([suggestion(1000, 1800, source="voices@350Hz")], rejections(blank_project, session)) == []


def test_a_boundary_moved_by_a_few_frames_is_still_recognised_but_a_different_stretch_is_not():
    kept = [Rejection(1, "infant_vocalisation", 10_000, 11_000)]
    t = TOLERANCE_MS
    assert not_rejected([suggestion(10_000 + t, 11_000 - t)], kept) == []
    assert not_rejected([suggestion(10_000 - t, 11_000 + t)], kept) == []
    moved = [suggestion(10_000 + t + 1, 11_000), suggestion(10_000, 11_000 - t - 1), suggestion(9_000, 11_000)]
    assert not_rejected(moved, kept) == moved


starts = st.lists(st.integers(0, 10_000), min_size=0, max_size=40, unique=True)


@settings(max_examples=60, deadline=None)
@given(starts=starts, lengths=st.data(), chosen=st.data(), jitter=st.data())
def test_exactly_the_rejected_ones_are_taken_out(starts, lengths, chosen, jitter):
    """Suggestions a second apart (far beyond the tolerance): brute force says which are hidden."""
    offered = [suggestion(s * 1000, s * 1000 + lengths.draw(st.integers(100, 900)),
                          "infant_vocalisation" if s % 2 else "parent_vocalisation") for s in sorted(starts)]
    out = [s for s in offered if chosen.draw(st.booleans())]
    moves = st.integers(-TOLERANCE_MS, TOLERANCE_MS)
    kept = [Rejection(7, s.code_id, s.start_ms + jitter.draw(moves), s.end_ms + jitter.draw(moves)) for s in out]
    assert not_rejected(offered, kept) == [s for s in offered if s not in out]


def test_the_key_names_the_rejection_and_a_damaged_entry_is_skipped(blank_project):
    session = blank_project.sessions[0].id
    r = Rejection(session, "code:with:colons", 120, 340)
    assert rejection_from_key(r.key, session) == r
    assert rejection_from_key(r.key, session + 1) is None
    assert rejection_from_key(f"voices:{r.key}", session) is None
    broken = Setting(f"voice_rejected:{session}:x:1:2", {"session": session, "code": "x", "start_ms": "soon"})
    blank_project.run(commands.edit("damaged", [(None, broken), (None, r.setting())]))
    assert rejections(blank_project, session) == [r]


def test_a_rejection_is_not_coding_exports_and_the_sessions_sync_state_do_not_change(blank_project):
    session = blank_project.sessions[0]
    seg = Segment(blank_project.next_id("segment"), session.id, "infant_vocalisation", 500, 900)
    blank_project.run(commands.add_segment(seg))
    def tables() -> dict[str, list[tuple[object, ...]]]:
        return {name: list(rows) for name, rows in all_rows(blank_project, [session.id]).items()}

    before = tables()
    assert before["timeline"]  # the coded segment is there to export
    digest_before = sync.digest(sync.session_rows(blank_project, session.id))
    blank_project.run(reject(blank_project, session.id, suggestion(2000, 2600)))
    assert tables() == before
    assert sync.digest(sync.session_rows(blank_project, session.id)) == digest_before
    assert blank_project.segments_of_code(session.id, "infant_vocalisation") == [seg]


def test_two_copies_that_rejected_different_suggestions_merge_without_a_clash(blank_project, tmp_path):
    """Rejections travel with the project: a push or pull adds the ones the other side lacks."""
    import shutil

    session = blank_project.sessions[0].id
    path = Path(blank_project.path)
    blank_project.close()
    copy = tmp_path / "copy.vigproj"
    shutil.copy2(path, copy)
    here, there = open_project(path), open_project(copy)
    try:
        here.run(reject(here, session, suggestion(1000, 1800)))
        there.run(reject(there, session, suggestion(5000, 5400)))
        pairs, _, report = sync.merge(here, there, {}, None, "the copy")
        there.run(commands.edit("Pull", pairs), undoable=False)
        assert rejections(there, session) == [Rejection(session, "infant_vocalisation", 1000, 1800),
                                              Rejection(session, "infant_vocalisation", 5000, 5400)]
        assert report.copied == []  # the session itself did not change: only settings were added
    finally:
        here.close()
        there.close()
