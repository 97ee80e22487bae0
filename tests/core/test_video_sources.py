"""A clip's further cameras: the rules every edit of them keeps, and which frame each shows at a session time."""

from __future__ import annotations

from dataclasses import replace
from fractions import Fraction
from math import floor

import pytest
from hypothesis import given
from hypothesis import strategies as st

from vig_annotator.core import commands, rules, sources
from vig_annotator.core.model import Clip, Coder, Session, VideoSource
from vig_annotator.core.project import Project, Put
from vig_annotator.core.rules import EditRefused
from vig_annotator.core.timebase import Timebase
from vig_annotator.schemes import builtin

CLIP_MS = 60_000


def project() -> Project:
    p = Project()
    demo = builtin("demo")
    p._load([Put(demo), Put(Clip(1, "C", "c.mp4", "1:x", duration_ms=CLIP_MS)), Put(Coder(1, "AB")),
            Put(Session(1, 1, 1, demo.id, demo.version))])
    return p


def source(id_: int, label: str, offset_ms: int = 0, duration_ms: int = 50_000) -> VideoSource:
    return VideoSource(id_, 1, label, f"{label}.mp4", f"{id_}:y", offset_ms, duration_ms, 1250, 25.0)


def add(p: Project, s: VideoSource) -> None:
    p.run(commands.edit("Add source", [(None, s)]))


def test_a_clip_has_at_most_four_sources_itself_included():
    p = project()
    for i, label in enumerate(("infant", "parent", "side"), start=1):
        add(p, source(i, label))
    with pytest.raises(EditRefused, match="would have 5 video sources; at most 4"):
        add(p, source(4, "ceiling"))
    assert [s.label for s in p.sources(1)] == ["infant", "parent", "side"]


def test_labels_are_needed_and_differ_within_a_clip():
    p = project()
    add(p, source(1, "Infant face"))
    with pytest.raises(EditRefused, match="already has a source labelled 'Infant face'"):
        add(p, source(2, "infant  FACE"))  # the same name in columns (infant_face)
    with pytest.raises(EditRefused, match="needs a label"):
        add(p, source(2, "  "))
    with pytest.raises(EditRefused, match="not be 'primary'"):
        add(p, source(2, "Primary"))


def test_a_source_must_overlap_the_clip_in_time():
    p = project()
    with pytest.raises(EditRefused, match="entirely outside the clip"):
        add(p, source(1, "infant", offset_ms=CLIP_MS))
    with pytest.raises(EditRefused, match="entirely outside the clip"):
        add(p, source(1, "infant", offset_ms=-50_000))
    add(p, source(1, "infant", offset_ms=-49_999))  # its last millisecond meets the clip's first
    moved = replace(p.sources(1)[0], offset_ms=12_345)
    p.run(commands.edit("Align", [(p.sources(1)[0], moved)]))
    assert p.sources(1)[0].offset_ms == 12_345
    p.history.undo()
    assert p.sources(1)[0].offset_ms == -49_999


def test_a_source_of_a_missing_clip_is_refused_and_listed_as_a_problem():
    p = project()
    with pytest.raises(EditRefused, match="its clip 9 is not in the project"):
        p.run(commands.edit("Add", [(None, replace(source(1, "infant"), clip_id=9))]))
    p._load([Put(replace(source(2, "infant"), offset_ms=10 * CLIP_MS))])  # an old or hand-edited file
    assert any("entirely outside the clip" in problem for problem in rules.problems(p))


def ntsc_table(seconds: int) -> Timebase:
    """29.97 fps frame starts, in ms, as a probe of such a clip reports them."""
    count = int(seconds * Fraction(30000, 1001))
    return Timebase(tuple(round(i * 1001 / 30) for i in range(count)), round(count * 1001 / 30))


@given(st.integers(-5_000, 5_000), st.integers(0, 20_000))
def test_each_source_shows_the_frame_its_own_rate_puts_at_the_session_time(offset_ms, session_ms):
    table = ntsc_table(10)
    shown = sources.frame_at(table, offset_ms, session_ms)
    local = session_ms - offset_ms
    if local < 0 or local >= table.duration_ms:
        assert shown is None  # not started yet, or already over
        return
    # By hand: the last 29.97 fps frame that started by the source's own time (its starts rounded to ms).
    expected = floor((local + 0.5) * 30 / 1001)
    while round(expected * 1001 / 30) > local:
        expected -= 1
    assert shown == expected
    assert sources.session_ms_of(table, offset_ms, shown) <= session_ms


def test_an_event_marked_in_both_gives_the_offset():
    # A clap at 7.000 s in the primary and at 3.800 s in the source: the source started 3.2 s later.
    assert sources.offset_from_events(7000, 3800) == 3200


@given(st.lists(st.tuples(st.sampled_from(["infant", "Infant", "parent", "side", "top", "", "primary"]),
                          st.integers(-80_000, 80_000), st.booleans()), max_size=12))
def test_whatever_is_tried_a_clip_keeps_at_most_four_distinctly_labelled_overlapping_sources(attempts):
    p = project()
    for i, (label, offset, remove) in enumerate(attempts, start=1):
        existing = p.sources(1)
        pairs = [(existing[0], None)] if remove and existing else [(None, source(i, label, offset))]
        try:
            p.run(commands.edit("Try", pairs))
        except EditRefused:
            pass
    kept = p.sources(1)
    assert len(kept) <= 3
    assert len({rules.slug(s.label, "") for s in kept}) == len(kept)
    assert all(s.label.strip() and rules.slug(s.label, "") != "primary" for s in kept)
    assert all(-s.duration_ms < s.offset_ms < CLIP_MS for s in kept)
    assert rules.problems(p) == []
