"""Editing on the timeline, in the segment list, the ratings and the moments, with undo."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest

from vig_annotator.core import commands
from vig_annotator.core.model import Rating, Segment
from vig_annotator.store.opening import open_project

LEFT = Qt.MouseButton.LeftButton
NONE = Qt.KeyboardModifier.NoModifier


def zoom_to_10ms_per_px(win):
    tl = win.timeline
    tl.view.start_ms = 0.0
    tl.view.ms_per_px = 10.0
    tl.invalidate()


def at(win, code_id, ms):
    row = win.timeline.layout_.code_row(code_id)
    return QPoint(round(win.timeline.view.x(ms)), row.y + row.h // 2)


def drag(win, start, end, modifier=NONE):
    tl = win.timeline
    QTest.mousePress(tl, LEFT, modifier, start)
    QTest.mouseMove(tl, QPoint((start.x() + end.x()) // 2, start.y()))
    QTest.mouseMove(tl, end)
    QTest.mouseRelease(tl, LEFT, modifier, end)


def reread(win):
    project = open_project(win.workspace.project.path, read_only=True)
    try:
        return project.segments(win.workspace.session.id)
    finally:
        project.close()


def test_drag_in_an_empty_row_creates_a_frame_snapped_segment(window):
    zoom_to_10ms_per_px(window)
    drag(window, at(window, "eye_contact", 2003), at(window, "eye_contact", 3011))
    (seg,) = window.workspace.segments()
    # 25 fps: boundaries every 40 ms; 2003 is nearest 2000, 3011 nearest 3000
    assert (seg.code_id, seg.start_ms, seg.end_ms, seg.start_frame, seg.end_frame) == (
        "eye_contact", 2000, 3000, 50, 75)
    assert [(s.start_ms, s.end_ms) for s in reread(window)] == [(2000, 3000)]


def _put(win, start, end, code="eye_contact"):
    ws = win.workspace
    seg = Segment(ws.project.next_id("segment"), ws.session.id, code, start, end, start // 40, end // 40)
    ws.run(commands.add_segment(seg))
    return seg


def test_resize_move_delete_and_undo_each(window):
    zoom_to_10ms_per_px(window)
    seg = _put(window, 2000, 3000)
    window.timeline.invalidate()
    # drag the end edge from 3000 to ~3519 → nearest frame boundary 3520
    drag(window, at(window, "eye_contact", 3000), at(window, "eye_contact", 3519))
    assert [(s.start_ms, s.end_ms) for s in window.workspace.segments()] == [(2000, 3520)]
    # move the body by +1000 ms (grabbed in the middle)
    drag(window, at(window, "eye_contact", 2500), at(window, "eye_contact", 3500))
    assert [(s.start_ms, s.end_ms) for s in window.workspace.segments()] == [(3000, 4520)]
    assert window.workspace.selection == {seg.id}
    QTest.keyClick(window.timeline, Qt.Key.Key_Delete)
    assert window.workspace.segments() == []
    assert reread(window) == []
    window.workspace.do_undo()
    assert [(s.start_ms, s.end_ms) for s in window.workspace.segments()] == [(3000, 4520)]
    window.workspace.do_undo()
    assert [(s.start_ms, s.end_ms) for s in window.workspace.segments()] == [(2000, 3520)]
    window.workspace.do_undo()
    assert [(s.start_ms, s.end_ms) for s in reread(window)] == [(2000, 3000)]
    window.workspace.do_redo()
    assert [(s.start_ms, s.end_ms) for s in reread(window)] == [(2000, 3520)]


def test_deleting_a_segment_linked_as_evidence_takes_the_link_along_and_undo_brings_both_back(window):
    zoom_to_10ms_per_px(window)
    ws = window.workspace
    seg, other = _put(window, 2000, 3000), _put(window, 5000, 6000)
    ws.run(commands.set_rating(None, Rating(ws.session.id, "warmth", 2, evidence=(seg.id, other.id))))
    window.timeline.invalidate()
    ws.select({seg.id})
    QTest.keyClick(window.timeline, Qt.Key.Key_Delete)
    assert [s.id for s in ws.segments()] == [other.id]
    assert ws.project.ratings(ws.session.id)["warmth"].evidence == (other.id,)
    again = open_project(ws.project.path, read_only=True)
    try:
        assert again.ratings(ws.session.id)["warmth"].evidence == (other.id,)
    finally:
        again.close()
    ws.do_undo()
    assert ws.project.ratings(ws.session.id)["warmth"].evidence == (seg.id, other.id)
    assert {s.id for s in ws.segments()} == {seg.id, other.id}


def test_shift_drag_snaps_to_another_segments_edge(window):
    zoom_to_10ms_per_px(window)
    _put(window, 2000, 2480, code="infant_vocalisation")
    mine = _put(window, 3000, 3400)
    window.timeline.invalidate()
    # drag the start edge to near 2480 (6 px away) with Shift: snaps to the other segment's end
    drag(window, at(window, "eye_contact", 3000), at(window, "eye_contact", 2540),
         Qt.KeyboardModifier.ShiftModifier)
    after = window.workspace.project.segment(mine.id)
    assert (after.start_ms, after.end_ms) == (2480, 3400)


def test_copy_and_paste_at_the_playhead(window):
    zoom_to_10ms_per_px(window)
    seg = _put(window, 1000, 1400)
    window.workspace.select({seg.id})
    QTest.keyClick(window.timeline, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    window.clock.seek(5000)
    QTest.keyClick(window.timeline, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert [(s.start_ms, s.end_ms) for s in window.workspace.segments()] == [(1000, 1400), (5000, 5400)]


def test_clicking_an_empty_spot_seeks(window):
    zoom_to_10ms_per_px(window)
    QTest.mouseClick(window.timeline, LEFT, NONE, at(window, "touch", 7000))
    assert window.clock.position == 7000


def test_zoom_keeps_the_anchor_time_under_the_pointer(window):
    tl = window.timeline
    tl.view.start_ms, tl.view.ms_per_px = 0.0, 20.0
    x_before = tl.view.x(5000)
    tl.zoom(2.0, 5000)
    assert abs(tl.view.x(5000) - x_before) < 1e-6
    assert tl.view.ms_per_px == 10.0


def test_segment_list_edits_times_and_notes_with_undo(window):
    seg = _put(window, 1000, 2000)
    model = window.segments.model
    row = model.rows.index(seg)
    assert model.setData(model.index(row, 1), "00:00:01.030")  # inside frame 25 (1000–1039)
    assert model.setData(model.index(row, 2), "00:00:02.519")  # frame 62 starts at 2480
    assert model.setData(model.index(row, 7), "baby turns to the voice")
    after = window.workspace.project.segment(seg.id)
    assert (after.start_ms, after.end_ms, after.start_frame, after.end_frame, after.note) == (
        1000, 2480, 25, 62, "baby turns to the voice")
    assert not model.setData(model.index(row, 2), "00:00:00.500")  # before the start: refused
    assert window.workspace.project.segment(seg.id).end_ms == 2480
    window.workspace.do_undo()
    assert window.workspace.project.segment(seg.id).note == ""


def test_segment_list_row_click_seeks_and_selects(window, qtbot):
    seg = _put(window, 6000, 7000)
    table = window.segments.table
    rect = table.visualRect(window.segments.model.index(0, 0))
    QTest.mouseClick(table.viewport(), LEFT, NONE, rect.center())
    assert window.clock.position == 6000
    assert window.workspace.selection == {seg.id}


def test_ratings_total_and_band_for_piios(demo_window):
    win = demo_window
    ws = win.workspace
    piios_session = next(s for s in ws.project.sessions if s.scheme_id == "piios")
    ws.set_session(piios_session.id)
    panel = win.ratings
    # the demo codes items 3, 7 and 11 as 2 and the rest 0: total 6, "No concerns" (0-17)
    assert "PIIOS total: 6 — No concerns" in panel.total.text()
    items = ws.scheme.rated_items
    for item in items[:5]:
        panel.groups[item.id][4].click()  # items 1-5 -> 4 each: 6 - 2 + 5 * 4 = 24
    assert "PIIOS total: 24 — Some concerns" in panel.total.text()
    panel.groups[items[5].id][4].click()  # 28: significant concerns (26+)
    assert "PIIOS total: 28 — Significant concerns" in panel.total.text()
    win.workspace.do_undo()
    assert "PIIOS total: 24 — Some concerns" in panel.total.text()
    reopened = open_project(ws.project.path, read_only=True)
    try:
        assert reopened.ratings(piios_session.id)[items[0].id].value == 4
    finally:
        reopened.close()


def test_link_selected_segments_as_evidence(demo_window):
    win = demo_window
    ws = win.workspace
    piios_session = next(s for s in ws.project.sessions if s.scheme_id == "piios")
    ws.set_session(piios_session.id)
    (seg,) = ws.segments()
    ws.select({seg.id})
    item = ws.scheme.rated_items[1]
    win.ratings.link_evidence(item)
    rating = ws.project.ratings(piios_session.id)[item.id]
    assert seg.id in rating.evidence
    assert ws.project.segment(seg.id).item == item.id


def test_moments_by_i_and_o_then_tag_and_reorder(window):
    win = window
    win.clock.seek(1000)
    QTest.keyClick(win.timeline, Qt.Key.Key_I)
    win.clock.seek(3000)
    QTest.keyClick(win.timeline, Qt.Key.Key_O)
    win.clock.seek(5000)
    QTest.keyClick(win.timeline, Qt.Key.Key_I)
    win.clock.seek(17000)
    QTest.keyClick(win.timeline, Qt.Key.Key_O)
    moments = win.workspace.project.moments(win.workspace.session.id)
    assert [(m.order, m.start_ms, m.end_ms) for m in moments] == [(1, 1000, 3000), (2, 5000, 17000)]
    assert "over 10 s" in win.moments.list.item(1).text()
    win.moments.select(moments[0].id)
    top = win.moments.tree.topLevelItem(2)  # 3. Receiving initiatives
    top.setCheckState(0, Qt.CheckState.Checked)
    assert win.workspace.project.moment(moments[0].id).principles == ("receiving_initiatives",)
    win.moments.move_in_review(1)
    reordered = win.workspace.project.moments(win.workspace.session.id)
    assert [(m.start_ms, m.order) for m in reordered] == [(5000, 1), (1000, 2)]
    win.workspace.do_undo()
    assert [m.start_ms for m in win.workspace.project.moments(win.workspace.session.id)] == [1000, 5000]


def test_clip_details_dialog_records_consent_and_delete_by(window):
    from PySide6.QtCore import QDate

    from vig_annotator.qt.dialogs import ClipDetailsDialog

    clip = window.workspace.clip
    dialog = ClipDetailsDialog(clip)
    dialog.scopes["direct_care"].setChecked(True)
    dialog.scopes["research"].setChecked(True)
    dialog.age.setValue(95)
    dialog.has_delete_by.setChecked(True)
    dialog.delete_by.setDate(QDate(2028, 3, 1))
    after = dialog.changed_clip()
    assert (after.consent, after.infant_age_days, after.delete_by) == (
        ("direct_care", "research"), 95, "2028-03-01")
    window.workspace.run(commands.edit("Edit clip details", [(clip, after)]))
    reopened = open_project(window.workspace.project.path, read_only=True)
    try:
        assert reopened.clips[0].consent == ("direct_care", "research")
    finally:
        reopened.close()


def test_page_down_steps_through_moments(demo_window):
    win = demo_window
    vig = next(s for s in win.workspace.project.sessions if s.scheme_id == "vig")
    win.workspace.set_session(vig.id)
    starts = [m.start_ms for m in win.workspace.project.moments(vig.id)]
    QTest.keyClick(win.timeline, Qt.Key.Key_PageDown)
    QTest.keyClick(win.timeline, Qt.Key.Key_PageDown)
    assert win.clock.position == starts[1]
    QTest.keyClick(win.timeline, Qt.Key.Key_PageUp)
    assert win.clock.position == starts[0]
