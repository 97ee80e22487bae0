"""Each timeline gesture as a user makes it with the mouse: pan, scrub, draw, draw a moment, move, resize,
and the clicks that are done on press (fold a group, choose a moment); the pointer's cursor over segments.

The demo clip runs at 25 fps (frame boundaries every 40 ms); the view is set to 10 ms per pixel from 0.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest

from vig_annotator.core import commands
from vig_annotator.core.model import Moment, Segment
from vig_annotator.store.opening import open_project

LEFT, MIDDLE = Qt.MouseButton.LeftButton, Qt.MouseButton.MiddleButton
NONE, CTRL = Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.ControlModifier


def at_10ms_per_px(win):
    tl = win.timeline
    tl.view.start_ms, tl.view.ms_per_px = 0.0, 10.0
    tl.invalidate()
    return tl


def x_of(tl, ms):
    return round(tl.view.header_w + ms / 10)


def in_row(tl, kind_or_code, ms):
    rows = [r for r in tl.layout_.rows if r.kind == kind_or_code or (r.code and r.code.id == kind_or_code)]
    return QPoint(x_of(tl, ms), rows[0].y + rows[0].h // 2)


def drag(tl, points, button=LEFT, modifier=NONE):
    QTest.mousePress(tl, button, modifier, points[0])
    for p in points[1:]:
        QTest.mouseMove(tl, p)
    QTest.mouseRelease(tl, button, modifier, points[-1])


def put(win, start, end, code="eye_contact"):
    ws = win.workspace
    seg = Segment(ws.project.next_id("segment"), ws.session.id, code, start, end, start // 40, end // 40)
    ws.run(commands.add_segment(seg))
    win.timeline.invalidate()
    return seg


def spans(win):
    return sorted((s.code_id, s.start_ms, s.end_ms) for s in win.workspace.segments())


def test_middle_drag_pans_time_and_edits_nothing(window):
    tl = at_10ms_per_px(window)
    tl.view.start_ms = 5000.0
    seg = put(window, 6000, 7000)
    drag(tl, [in_row(tl, "eye_contact", 1000), in_row(tl, "eye_contact", 800), in_row(tl, "eye_contact", 600)],
         MIDDLE)
    assert tl.view.start_ms == 5400.0  # 40 px to the left at 10 ms/px: 400 ms later in view
    assert spans(window) == [("eye_contact", seg.start_ms, seg.end_ms)] and window.clock.position == 0


def test_dragging_the_corner_above_the_row_names_pans_too(window):
    tl = at_10ms_per_px(window)
    tl.view.start_ms = 5000.0
    drag(tl, [QPoint(100, 5), QPoint(130, 5)])  # 30 px to the right: 300 ms earlier in view
    assert tl.view.start_ms == 4700.0 and window.clock.position == 0


def test_dragging_along_the_ruler_scrubs_the_playhead(window):
    tl = at_10ms_per_px(window)
    QTest.mousePress(tl, LEFT, NONE, QPoint(x_of(tl, 2000), 5))
    assert window.clock.position == 2000
    QTest.mouseMove(tl, QPoint(x_of(tl, 2520), 5))
    assert window.clock.position == 2520
    QTest.mouseMove(tl, QPoint(x_of(tl, 1200), 5))
    assert window.clock.position == 1200
    QTest.mouseRelease(tl, LEFT, NONE, QPoint(x_of(tl, 1200), 5))
    assert window.clock.position == 1200 and spans(window) == []


def test_dragging_in_the_sound_strip_scrubs_the_playhead(window):
    tl = at_10ms_per_px(window)
    drag(tl, [in_row(tl, "wave", 3000), in_row(tl, "wave", 4130)])
    assert window.clock.position == 4120 and spans(window) == []  # the frame the pointer is in


def test_a_nudge_under_three_pixels_is_a_click_that_seeks_not_a_segment(window):
    tl = at_10ms_per_px(window)
    start = in_row(tl, "touch", 3000)
    drag(tl, [start, start + QPoint(2, 0)])
    assert spans(window) == [] and window.clock.position == 3000  # 3020 ms is in the frame from 3000


def test_drawing_in_a_point_codes_row_makes_one_event_where_the_drag_ends(window):
    tl = at_10ms_per_px(window)
    drag(tl, [in_row(tl, "smile", 2000), in_row(tl, "smile", 2500), in_row(tl, "smile", 3013)])
    assert spans(window) == [("smile", 3000, 3000)]
    assert window.workspace.selection == {window.workspace.segments()[0].id}


def test_drawing_right_to_left_makes_the_same_segment(window):
    tl = at_10ms_per_px(window)
    drag(tl, [in_row(tl, "touch", 4011), in_row(tl, "touch", 3500), in_row(tl, "touch", 2987)])
    assert spans(window) == [("touch", 3000, 4000)]


def test_dragging_across_the_moments_row_adds_a_frame_snapped_moment(window):
    tl = at_10ms_per_px(window)
    drag(tl, [in_row(tl, "moments", 1009), in_row(tl, "moments", 2000), in_row(tl, "moments", 3990)])
    ws = window.workspace
    assert [(m.start_ms, m.end_ms) for m in ws.project.moments(ws.session.id)] == [(1000, 4000)]
    again = open_project(ws.project.path, read_only=True)
    try:
        assert [(m.start_ms, m.end_ms) for m in again.moments(ws.session.id)] == [(1000, 4000)]
    finally:
        again.close()
    assert spans(window) == []


def test_clicking_a_moment_chooses_it_and_goes_to_its_start(window):
    tl = at_10ms_per_px(window)
    ws = window.workspace
    ws.run(commands.add_moment(Moment(ws.project.next_id("moment"), ws.session.id, 2000, 5000, order=1)))
    drag(tl, [in_row(tl, "moments", 3500), in_row(tl, "moments", 4500)])  # a press on it: no new moment
    assert window.clock.position == 2000
    assert window.moments.current() is not None and window.moments.current().start_ms == 2000
    assert len(ws.project.moments(ws.session.id)) == 1


def test_clicking_a_groups_name_folds_its_rows_and_a_second_click_unfolds_them(window):
    tl = at_10ms_per_px(window)
    voice = next(r for r in tl.layout_.rows if r.kind == "group" and r.group == "Voice")
    QTest.mouseClick(tl, LEFT, NONE, QPoint(20, voice.y + voice.h // 2))
    assert tl.layout_.code_row("infant_vocalisation") is None and tl.layout_.code_row("touch") is not None
    voice = next(r for r in tl.layout_.rows if r.kind == "group" and r.group == "Voice")
    QTest.mouseClick(tl, LEFT, NONE, QPoint(20, voice.y + voice.h // 2))
    assert tl.layout_.code_row("infant_vocalisation") is not None and spans(window) == []


def test_moving_a_ctrl_selection_moves_every_chosen_segment_by_the_same_time(window):
    tl = at_10ms_per_px(window)
    a, b = put(window, 2000, 2400), put(window, 3000, 3400, code="touch")
    put(window, 6000, 6400, code="infant_vocalisation")  # not chosen: stays
    QTest.mouseClick(tl, LEFT, NONE, in_row(tl, "eye_contact", 2200))
    QTest.mouseClick(tl, LEFT, CTRL, in_row(tl, "touch", 3200))
    assert window.workspace.selection == {a.id, b.id}
    drag(tl, [in_row(tl, "touch", 3200), in_row(tl, "touch", 3500), in_row(tl, "touch", 3998)])
    assert spans(window) == [("eye_contact", 2800, 3200), ("infant_vocalisation", 6000, 6400),
                             ("touch", 3800, 4200)]


def test_a_move_stops_at_the_start_of_the_clip(window):
    tl = at_10ms_per_px(window)
    put(window, 1000, 1400)
    drag(tl, [in_row(tl, "eye_contact", 1200), in_row(tl, "eye_contact", 600), in_row(tl, "eye_contact", 0)])
    assert spans(window) == [("eye_contact", 0, 400)]


def test_dragging_a_start_edge_resizes_and_never_past_the_end(window):
    tl = at_10ms_per_px(window)
    put(window, 2000, 3000)
    drag(tl, [in_row(tl, "eye_contact", 2000), in_row(tl, "eye_contact", 1800), in_row(tl, "eye_contact", 1562)])
    assert spans(window) == [("eye_contact", 1560, 3000)]
    drag(tl, [in_row(tl, "eye_contact", 1560), in_row(tl, "eye_contact", 2500), in_row(tl, "eye_contact", 3900)])
    assert spans(window) == [("eye_contact", 3000, 3000)]


def test_a_ctrl_press_that_unselects_the_only_chosen_segment_then_drags_moves_nothing(window, qtbot):
    tl = at_10ms_per_px(window)
    seg = put(window, 2000, 3000)
    window.workspace.select({seg.id})
    QTest.mousePress(tl, LEFT, CTRL, in_row(tl, "eye_contact", 2500))
    assert window.workspace.selection == set()
    QTest.mouseMove(tl, in_row(tl, "eye_contact", 2800))
    tl.repaint()  # the drag's preview is drawn: nothing is chosen, so nothing is shown moving
    QTest.mouseRelease(tl, LEFT, CTRL, in_row(tl, "eye_contact", 2800))
    assert spans(window) == [("eye_contact", 2000, 3000)]


def test_the_cursor_shows_what_a_press_would_do(window):
    tl = at_10ms_per_px(window)
    put(window, 200, 1000)  # drawn inside the widget: pointing (no button down) reaches only the widget under it
    QTest.mouseMove(tl, in_row(tl, "eye_contact", 1000))
    assert tl.cursor().shape() == Qt.CursorShape.SizeHorCursor
    QTest.mouseMove(tl, in_row(tl, "eye_contact", 600))
    assert tl.cursor().shape() == Qt.CursorShape.OpenHandCursor
    QTest.mouseMove(tl, in_row(tl, "eye_contact", 1400))
    assert tl.cursor().shape() == Qt.CursorShape.ArrowCursor
