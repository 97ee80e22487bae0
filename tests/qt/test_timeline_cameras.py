"""Each further camera has a timeline row showing, in session time, where it records (and it follows edits)."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtGui import QColor

from vig_annotator.core.commands import edit
from vig_annotator.core.model import VideoSource
from vig_annotator.qt.theme import colour
from vig_annotator.qt.timeline_cameras import coverage_tip
from vig_annotator.qt.timeline_layout import HEADER_W

MS_PER_PX = 50.0  # the demo clip's 40 s over 800 px


def camera(ws, label: str, offset_ms: int, duration_ms: int) -> VideoSource:
    """A further camera of the open clip (its file is not needed to place it on the timeline)."""
    source = VideoSource(ws.project.next_id("source"), ws.clip.id, label, f"{label}.mp4", f"fp-{label}",
                         offset_ms, duration_ms, duration_ms // 40, 25.0)
    assert ws.run(edit(f"Add video source {label}", [(None, source)])) is not None
    return source


def bar_span(timeline, label: str) -> tuple[int, int] | None:
    """The first and last pixel columns painted in the camera colour on the camera's row (None: no bar)."""
    row = next(r for r in timeline.layout_.rows if r.kind == "camera" and r.group == label)
    timeline.view.start_ms, timeline.view.ms_per_px = 0.0, MS_PER_PX
    timeline.invalidate()
    image = timeline.grab().toImage()
    fill = colour("camera").rgb()
    y = row.y + 3  # above the name written in the bar
    xs = [x for x in range(HEADER_W, image.width()) if QColor(image.pixel(x, y)).rgb() == fill]
    return (xs[0], xs[-1]) if xs else None


def wide(window, qtbot):
    """The window wide enough for the whole clip at 50 ms per pixel."""
    window.resize(1600, 900)
    qtbot.waitUntil(lambda: window.timeline.width() > HEADER_W + 820)
    return window.workspace, window.timeline


def ink_between(timeline, label: str, first: int, last: int) -> bool:
    """Whether marks in the bar's text colour lie in pixel columns first..last, mid-row (an arrow at a bar's end)."""
    row = next(r for r in timeline.layout_.rows if r.kind == "camera" and r.group == label)
    image = timeline.grab().toImage()
    ink = colour("camera_text").rgb()
    return any(QColor(image.pixel(x, row.y + row.h // 2)).rgb() == ink for x in range(first, last + 1))


def test_a_camera_row_draws_where_the_camera_records_and_follows_realignment_and_undo(window, qtbot):
    ws, timeline = wide(window, qtbot)
    assert ws.timebase.duration_ms == 40_000
    assert not [r for r in timeline.layout_.rows if r.kind == "camera"]
    source = camera(ws, "infant", 12_000, 20_000)  # started 12 s late, stopped 8 s before the clip's end
    rows = [(r.kind, r.label) for r in timeline.layout_.rows if r.kind == "camera"]
    assert rows == [("camera", "Camera: infant")]
    # 12 s at 50 ms/px is 240 px after the header; 32 s is 640 px: the bar fills pixels 240..639
    assert bar_span(timeline, "infant") == (HEADER_W + 240, HEADER_W + 639)
    moved = replace(source, offset_ms=2_000, aligned_by="audio", confidence=0.8)
    assert ws.run(edit("Align infant", [(source, moved)])) is not None
    assert bar_span(timeline, "infant") == (HEADER_W + 40, HEADER_W + 439)
    ws.do_undo()
    assert bar_span(timeline, "infant") == (HEADER_W + 240, HEADER_W + 639)
    ws.do_undo()  # the camera goes, and its row with it
    assert not [r for r in timeline.layout_.rows if r.kind == "camera"]


def test_a_camera_that_started_earlier_or_ran_on_is_drawn_within_the_session(window, qtbot):
    ws, timeline = wide(window, qtbot)
    camera(ws, "side", -5_000, 15_000)  # recorded from 5 s before the clip's start to 10 s into it
    camera(ws, "parent", 30_000, 20_000)  # from 30 s to 10 s past the clip's end
    labels = [r.label for r in timeline.layout_.rows if r.kind == "camera"]
    assert labels == ["Camera: side", "Camera: parent"]
    assert bar_span(timeline, "side") == (HEADER_W + 1, HEADER_W + 199)  # 0 to 10 s (the header's rule at 0)
    assert bar_span(timeline, "parent") == (HEADER_W + 600, HEADER_W + 799)  # 30 to 40 s, the session's end
    # an arrow at the end where a camera runs on past the session; none at an end it does not
    # (the name is written from 10 px inside the bar's start, so 7 px at either end are free for an arrow)
    assert ink_between(timeline, "side", HEADER_W + 1, HEADER_W + 7)
    assert not ink_between(timeline, "side", HEADER_W + 193, HEADER_W + 199)
    assert ink_between(timeline, "parent", HEADER_W + 793, HEADER_W + 799)
    assert not ink_between(timeline, "parent", HEADER_W + 600, HEADER_W + 606)


def test_the_camera_rows_tip_says_when_it_records_and_when_it_does_not(window):
    source = camera(window.workspace, "infant", 12_000, 20_000)
    inside, outside = coverage_tip(source, 20_000), coverage_tip(source, 5_000)
    assert "00:00:12.000" in inside and "00:00:32.000" in inside and "+12.000 s" in inside
    assert "not recording" not in inside and "not recording" in outside
