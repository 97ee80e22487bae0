"""The workspace is a thin Qt adapter over the viewer model (issue 27): its signals are the model's topics,
the timeline learns which rows to redraw from the typed ``Edited``, and the playhead is the model's data."""

from __future__ import annotations

from vig_annotator.core import commands
from vig_annotator.core.model import Segment
from vig_annotator.viewer import Edited


def colour_at(tl, code, ms):
    rows = [r for r in tl.layout_.rows if r.code and r.code.id == code]
    image = tl.grab().toImage()
    assert 0 <= round(tl.view.header_w + ms / tl.view.ms_per_px) < image.width(), image.width()
    return image.pixelColor(round(tl.view.header_w + ms / tl.view.ms_per_px), rows[0].y + rows[0].h // 2).name()


def test_a_moved_segment_is_redrawn_in_its_new_place(window):
    tl = window.timeline
    tl.view.start_ms, tl.view.ms_per_px = 0.0, 40.0
    ws = window.workspace
    empty = colour_at(tl, "eye_contact", 1500)
    seg = Segment(ws.project.next_id("segment"), ws.session.id, "eye_contact", 6000, 7000, 150, 175)
    ws.run(commands.add_segment(seg))
    drawn = colour_at(tl, "eye_contact", 6500)  # the row's drawing is cached from here on
    assert drawn != empty
    heard: list[Edited] = []
    ws.edited.connect(heard.append)
    moved = Segment(seg.id, seg.session_id, seg.code_id, 1000, 2000, 25, 50)
    ws.run(commands.edit("Move", [(seg, moved)]))
    assert [e.dirty_codes for e in heard] == [frozenset({"eye_contact"})]
    assert colour_at(tl, "eye_contact", 1500) == drawn
    assert colour_at(tl, "eye_contact", 6500) == empty


def test_the_workspace_shows_what_its_viewer_model_holds(window):
    ws = window.workspace
    assert ws.session is ws.viewer.session and ws.index is ws.viewer.index
    told: list[str] = []
    ws.selection_changed.connect(lambda: told.append("selection"))
    seg = Segment(ws.project.next_id("segment"), ws.session.id, "eye_contact", 0, 400, 0, 10)
    ws.run(commands.add_segment(seg))
    ws.select({seg.id})
    assert ws.viewer.selection == {seg.id} and told == ["selection"]
    ws.run(commands.edit("Delete", [(seg, None)]))
    assert ws.selection == set() and told == ["selection", "selection"]


def test_the_playhead_follows_the_clock(window):
    window.clock.seek(2000)
    assert window.workspace.viewer.playhead_ms == window.clock.position == 2000
