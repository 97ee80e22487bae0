"""Keyboard coding in the workstation: real key events create segments at the frames on screen."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from vig_annotator.store.opening import open_project

FRAME_MS = 40  # the demo clip runs at a constant 25 fps: frame n starts at n * 40 ms


def key(win, k, modifier=Qt.KeyboardModifier.NoModifier):
    QTest.keyClick(win.timeline, k, modifier)


def segments(win):
    return win.workspace.segments()


def test_state_key_toggles_a_segment_on_the_frames_on_screen(window):
    window.clock.seek_frame(50)
    key(window, Qt.Key.Key_E)
    window.clock.seek_frame(100)
    key(window, Qt.Key.Key_E)
    (seg,) = segments(window)
    assert (seg.code_id, seg.start_frame, seg.end_frame) == ("eye_contact", 50, 100)
    assert (seg.start_ms, seg.end_ms) == (50 * FRAME_MS, 100 * FRAME_MS)
    # committed to the file: a fresh reader sees it while the window still has it open
    other = open_project(window.workspace.project.path, read_only=True)
    try:
        assert [(s.code_id, s.start_ms, s.end_ms) for s in other.segments(seg.session_id)] == [
            ("eye_contact", 2000, 4000)]
    finally:
        other.close()


def test_point_key_drops_an_event_with_its_default_modifier(window):
    window.clock.seek_frame(30)
    key(window, Qt.Key.Key_S)
    (seg,) = segments(window)
    assert (seg.code_id, seg.start_ms, seg.end_ms, seg.start_frame) == ("smile", 1200, 1200, 30)
    assert seg.modifier_dict() == {"intensity": ("slight",)}


def test_exclusive_group_ends_the_open_segment_where_the_next_starts(window):
    window.clock.seek_frame(10)
    key(window, Qt.Key.Key_G)  # infant looks at parent
    window.clock.seek_frame(20)
    key(window, Qt.Key.Key_A)  # infant looks away: ends the gaze-at-parent segment here
    window.clock.seek_frame(35)
    key(window, Qt.Key.Key_A)
    found = {s.code_id: (s.start_frame, s.end_frame) for s in segments(window)}
    assert found == {"infant_gaze_parent": (10, 20), "infant_gaze_away": (20, 35)}


def test_a_non_exclusive_code_does_not_end_another(window):
    window.clock.seek_frame(5)
    key(window, Qt.Key.Key_E)
    window.clock.seek_frame(8)
    key(window, Qt.Key.Key_V)
    window.clock.seek_frame(12)
    key(window, Qt.Key.Key_V)
    window.clock.seek_frame(15)
    key(window, Qt.Key.Key_E)
    found = {s.code_id: (s.start_frame, s.end_frame) for s in segments(window)}
    assert found == {"eye_contact": (5, 15), "infant_vocalisation": (8, 12)}


def test_reaction_lag_shifts_presses_back_and_snaps_to_a_frame(window):
    window.workspace.set_reaction_lag(130)
    window.clock.seek_frame(50)  # 2000 ms - 130 ms = 1870 ms, on frame 46 (1840-1879)
    key(window, Qt.Key.Key_S)
    (seg,) = segments(window)
    assert (seg.start_ms, seg.start_frame) == (1840, 46)


def test_undo_and_redo_by_keyboard_walk_through_each_step(window):
    window.clock.seek_frame(10)
    key(window, Qt.Key.Key_E)
    window.clock.seek_frame(20)
    key(window, Qt.Key.Key_E)
    assert window.undo_action.text() == "&Undo End Eye contact"
    key(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    (seg,) = segments(window)
    assert seg.end_ms == seg.start_ms == 400  # back to open
    key(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert segments(window) == []
    key(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    key(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    (seg,) = segments(window)
    assert (seg.start_frame, seg.end_frame) == (10, 20)
    reopened = open_project(window.workspace.project.path, read_only=True)
    try:
        assert [(s.start_ms, s.end_ms) for s in reopened.segments(seg.session_id)] == [(400, 800)]
    finally:
        reopened.close()


def test_transport_keys_step_true_frames(window):
    window.clock.seek_frame(10)
    key(window, Qt.Key.Key_Right)
    assert window.clock.frame == 11
    key(window, Qt.Key.Key_Left)
    key(window, Qt.Key.Key_Left)
    assert window.clock.frame == 9
    key(window, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    assert window.clock.position == 9 * FRAME_MS + 1000
    key(window, Qt.Key.Key_End)
    assert window.clock.frame == 999
    key(window, Qt.Key.Key_Home)
    assert window.clock.position == 0


def test_keys_typed_into_a_text_field_do_not_code(window, qtbot):
    note = window.moments.caption
    note.setEnabled(True)
    note.setFocus()
    QTest.keyClicks(note, "eeg")
    assert segments(window) == []
    assert note.text() == "eeg"


def test_status_bar_and_transport_show_the_frame(window):
    window.clock.seek_frame(123)
    assert "frame 123 / 999" in window.transport.position.text()
    key(window, Qt.Key.Key_S)
    assert "frame 123" in window.statusBar().currentMessage()


def test_an_open_live_segment_is_listed_as_running_with_its_duration_so_far(window):
    # issue 25: the Segments list showed a segment being coded live with duration 0.000
    window.clock.seek_frame(50)
    key(window, Qt.Key.Key_E)  # eye contact starts at 2.000 s and stays open
    key(window, Qt.Key.Key_S)  # an event (a point code): no length, and not open
    model = window.segments.model
    rows = {model.rows[r].code_id: r for r in range(model.rowCount())}

    def shown(code: str, column: int) -> str:
        return model.index(rows[code], column).data()

    assert (shown("eye_contact", 2), shown("eye_contact", 3)) == ("running…", "▶ 0.000")
    window.clock.seek_frame(130)  # 3.2 s later
    assert shown("eye_contact", 3) == "▶ 3.200"
    width = window.segments.table.fontMetrics().horizontalAdvance("▶ 3.200")
    assert width < window.segments.table.columnWidth(3) - 6  # readable in its column, not elided
    assert (shown("smile", 2), shown("smile", 3)) == ("00:00:02.000", "0.000")
    window.clock.seek_frame(10)  # before it started: no negative duration
    assert shown("eye_contact", 3) == "▶"
    window.clock.seek_frame(150)
    key(window, Qt.Key.Key_E)  # ended at 6.000 s: an ordinary row again
    assert (shown("eye_contact", 2), shown("eye_contact", 3)) == ("00:00:06.000", "4.000")
