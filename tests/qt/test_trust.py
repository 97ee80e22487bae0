"""The defects that made figures silently wrong, each driven as a user would: real clicks and keys."""

from __future__ import annotations

import shutil
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from vig_annotator.core import commands
from vig_annotator.core.model import Segment
from vig_annotator.core.scoring import totals
from vig_annotator.qt.main_window import MainWindow
from vig_annotator.qt.player import FakeClock
from vig_annotator.store.opening import open_project


def reopened_segments(win):
    project = open_project(win.workspace.project.path, read_only=True)
    try:
        return [(s.code_id, s.start_ms, s.end_ms) for s in project.segments(win.workspace.session.id)]
    finally:
        project.close()


def test_clicking_n_o_marks_the_item_not_observable_and_leaves_the_total(demo_window):
    win = demo_window
    ws = win.workspace
    piios = next(s for s in ws.project.sessions if s.scheme_id == "piios")
    ws.set_session(piios.id)
    item = ws.scheme.rated_items[2]  # item 3 is rated 2 in the demo: total 6
    win.ratings.groups[item.id][None].click()
    rating = ws.project.ratings(piios.id)[item.id]
    assert (rating.value, rating.not_observable) == (None, True)
    (total,) = totals(ws.scheme, ws.project.ratings(piios.id))
    assert total.total == 4 and item.id in total.not_observable
    assert "PIIOS total: 4" in win.ratings.total.text()
    assert win.ratings.groups[item.id][None].isChecked()
    assert not win.ratings.groups[item.id][2].isChecked()


def test_a_key_press_inside_a_segment_ends_it_instead_of_overlapping(window):
    window.clock.seek_frame(25)
    QTest.keyClick(window.timeline, Qt.Key.Key_E)
    window.clock.seek_frame(150)
    QTest.keyClick(window.timeline, Qt.Key.Key_E)  # eye contact 1–6 s
    window.clock.seek_frame(100)
    QTest.keyClick(window.timeline, Qt.Key.Key_E)  # at 4 s, inside it
    assert reopened_segments(window) == [("eye_contact", 1000, 4000)]


def test_live_coding_undo_then_press_ends_the_reopened_segment(window):
    """E, E, undo the end, E: before, a second segment started and the first stayed 400–400 ms."""
    window.clock.seek(400)
    QTest.keyClick(window.timeline, Qt.Key.Key_E)
    window.clock.seek(800)
    QTest.keyClick(window.timeline, Qt.Key.Key_E)
    QTest.keyClick(window.timeline, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    window.clock.seek(1200)
    QTest.keyClick(window.timeline, Qt.Key.Key_E)
    assert reopened_segments(window) == [("eye_contact", 400, 1200)]


def test_pasting_onto_a_segment_of_the_same_code_is_refused_with_a_message(window):
    ws = window.workspace
    seg = Segment(ws.project.next_id("segment"), ws.session.id, "eye_contact", 1000, 6000, 25, 150)
    ws.run(commands.add_segment(seg))
    ws.select({seg.id})
    QTest.keyClick(window.timeline, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    window.clock.seek(4000)
    QTest.keyClick(window.timeline, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert reopened_segments(window) == [("eye_contact", 1000, 6000)]
    assert "overlaps" in window.statusBar().currentMessage()


def test_one_double_click_on_a_code_starts_one_segment(window, qtbot):
    """itemActivated and itemClicked both fired: a double-click ended the segment and started another."""
    window.clock.seek_frame(10)
    lst = window.coding.list
    row = next(i for i in range(lst.count()) if lst.item(i).data(Qt.ItemDataRole.UserRole) == "eye_contact")
    rect = lst.visualItemRect(lst.item(row))
    left, none, vp, at = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, lst.viewport(), rect.center()
    QTest.mousePress(vp, left, none, at)  # a real double-click: press, release, double-click, release
    QTest.mouseRelease(vp, left, none, at)
    QTest.mouseDClick(vp, left, none, at)
    QTest.mouseRelease(vp, left, none, at)
    open_now = window.workspace.live.open_segments()
    assert [(s.code_id, s.start_ms) for s in open_now] == [("eye_contact", 400)]
    assert len(window.workspace.segments()) == 1


def test_undo_after_relink_does_not_write_the_old_path_back(window, tmp_path):
    ws = window.workspace
    clip = ws.clip
    ws.run(commands.edit("Edit clip details", [(clip, replace(clip, context="home"))]))
    moved = tmp_path / "moved" / "clip.mp4"
    moved.parent.mkdir()
    shutil.copy2(window.workspace.clip_path(), moved)
    from vig_annotator.store import clips as clip_store

    clip_store.relink(ws.project, ws.clip, moved)
    QTest.keyClick(window.timeline, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert ws.clip_path() == moved.resolve()
    assert "cannot undo 'Edit clip details'" in window.statusBar().currentMessage()


def test_a_read_only_project_says_so_instead_of_raising(qtbot, demo_copy, monkeypatch):
    holder = open_project(demo_copy)  # another window holds the project for editing
    try:
        from PySide6.QtWidgets import QMessageBox

        monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
        win = MainWindow(clock=FakeClock())
        qtbot.addWidget(win)
        win.open_path(Path(demo_copy))
        ws = win.workspace
        assert ws.project.backend.read_only
        piios = next(s for s in ws.project.sessions if s.scheme_id == "piios")
        ws.set_session(piios.id)
        item = ws.scheme.rated_items[0]
        win.ratings.groups[item.id][4].click()  # a rating
        assert "read-only" in win.statusBar().currentMessage()
        assert not win.ratings.groups[item.id][4].isChecked()
        model = win.segments.model
        if model.rows:
            assert not model.setData(model.index(0, 7), "a note")  # the segment list
        win.show()
        qtbot.waitExposed(win)
        QTest.keyClick(win.timeline, Qt.Key.Key_I)
        win.clock.seek(2000)
        QTest.keyClick(win.timeline, Qt.Key.Key_O)  # a moment
        assert "read-only" in win.statusBar().currentMessage()
        win.close()
    finally:
        holder.close()


def test_typed_moment_text_is_in_the_file_after_closing_the_window(window, qtbot):
    QTest.keyClick(window.timeline, Qt.Key.Key_I)
    window.clock.seek(3000)
    QTest.keyClick(window.timeline, Qt.Key.Key_O)
    path = window.workspace.project.path
    panel = window.moments
    for field, text in ((panel.caption, "I waited and you smiled"), (panel.questions, "What did you notice?"),
                        (panel.notes, "good turn-taking")):
        field.setFocus()  # the user clicks into the field; then coding keys type, not code
        QTest.keyClicks(field, text)
    window.close()
    project = open_project(path, read_only=True)
    try:
        (moment,) = [m for s in project.sessions for m in project.moments(s.id)]
        assert (moment.caption, moment.questions, moment.guider_notes) == (
            "I waited and you smiled", "What did you notice?", "good turn-taking")
    finally:
        project.close()


def test_a_project_holding_broken_rows_opens_shows_them_and_can_be_repaired(qtbot, demo_copy, monkeypatch):
    """An older or hand-edited file is never refused wholesale: it opens, lists what is wrong, and mends."""
    import json
    import sqlite3

    from PySide6.QtWidgets import QMessageBox

    conn = sqlite3.connect(demo_copy)
    session_id, = conn.execute("SELECT id FROM sessions WHERE scheme_id = 'demo' LIMIT 1").fetchone()
    conn.execute("INSERT INTO segments VALUES (900, ?, 'touch', 1000, 6000, 25, 150, '[]', '', '')", (session_id,))
    conn.execute("INSERT INTO segments VALUES (901, ?, 'touch', 4000, 9000, 100, 225, '[]', '', '')", (session_id,))
    piios, = conn.execute("SELECT id FROM sessions WHERE scheme_id = 'piios' LIMIT 1").fetchone()
    conn.execute("UPDATE ratings SET value = -2 WHERE session_id = ?", (piios,))
    scheme_json, = conn.execute("SELECT json FROM schemes WHERE scheme_id = 'demo'").fetchone()
    scheme = json.loads(scheme_json)
    scheme["codes"][0]["id"] = "Eye Contact"  # as a BORIS import of an earlier version stored it
    conn.execute("UPDATE schemes SET json = ? WHERE scheme_id = 'demo'", (json.dumps(scheme),))
    conn.commit()
    conn.close()

    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text() + "\n" + box.detailedText()))
    win = MainWindow(clock=FakeClock())
    qtbot.addWidget(win)
    win.open_path(Path(demo_copy))
    qtbot.waitUntil(lambda: bool(shown))
    assert "break a rule" in shown[0]
    assert "overlaps 'Parent touch' 00:00:01.000–00:00:06.000" in shown[0]
    assert "-2 is not one of the item's values" in shown[0]
    assert "'Eye Contact' is not a valid id" in shown[0]
    ws = win.workspace
    ws.set_session(session_id)
    assert len(ws.segments()) > 2  # everything else is there and editable
    later = ws.project.segment(901)
    assert ws.run(commands.change_segment(later, replace(later, start_ms=6000, start_frame=150), "Repair")) is not None
    from vig_annotator.core import rules

    assert not any("overlaps" in p for p in rules.problems(ws.project))
    win.close()


def test_a_second_after_an_edit_the_project_file_alone_holds_it(window, qtbot, tmp_path):
    """A copy of just the .vigproj (a backup, a synced folder) has the edit once the app is idle."""
    window.clock.seek_frame(10)
    QTest.keyClick(window.timeline, Qt.Key.Key_S)  # a point event
    qtbot.waitUntil(lambda: not window.workspace.idle_checkpoint.isActive(), timeout=5000)
    copy = tmp_path / "copy" / "alone.vigproj"
    copy.parent.mkdir()
    shutil.copy2(window.workspace.project.path, copy)  # the file alone: no -wal beside it
    project = open_project(copy, read_only=True)
    try:
        assert [(s.code_id, s.start_ms) for s in project.segments(window.workspace.session.id)] == [("smile", 400)]
    finally:
        project.close()


def test_text_typed_in_every_field_survives_switching_marking_and_quitting(demo_window, qtbot):
    """Typed then left by selecting another moment, marking a new one, or quitting: nothing is lost."""
    win = demo_window
    ws = win.workspace
    vig = next(s for s in ws.project.sessions if s.scheme_id == "vig")
    ws.set_session(vig.id)
    first, second = ws.project.moments(vig.id)[:2]
    panel = win.moments
    panel.select(first.id)
    panel.caption.setFocus()
    panel.caption.selectAll()
    QTest.keyClicks(panel.caption, "You looked and I smiled back")
    panel.select(second.id)  # switch selection mid-thought
    panel.questions.setFocus()
    QTest.keyClicks(panel.questions, " What happened next?")
    win.timeline.setFocus()
    QTest.keyClick(win.timeline, Qt.Key.Key_I)  # mark a new moment with I/O
    win.clock.seek(39_000)
    QTest.keyClick(win.timeline, Qt.Key.Key_O)
    panel.notes.setFocus()
    QTest.keyClicks(panel.notes, "new moment note")
    piios = next(s for s in ws.project.sessions if s.scheme_id == "piios")
    ws.set_session(piios.id)
    item = ws.scheme.rated_items[0]
    note = win.ratings.notes[item.id]
    note.setFocus()
    QTest.keyClicks(note, "seen twice")
    path = ws.project.path
    win.close()  # quit with the cursor still in the note
    project = open_project(path, read_only=True)
    try:
        moments = {m.id: m for m in project.moments(vig.id)}
        assert moments[first.id].caption == "You looked and I smiled back"
        assert " What happened next?" in moments[second.id].questions
        assert any(m.guider_notes == "new moment note" for m in moments.values())
        assert "seen twice" in project.ratings(piios.id)[item.id].note
    finally:
        project.close()


def test_a_note_typed_into_the_segment_list_survives_closing_the_window_mid_edit(window, qtbot):
    from PySide6.QtWidgets import QAbstractItemView, QApplication

    ws = window.workspace
    seg = Segment(ws.project.next_id("segment"), ws.session.id, "touch", 1000, 2000, 25, 50)
    ws.run(commands.add_segment(seg))
    table = window.segments.table
    row = window.segments.model._row_of[seg.id]
    index = window.segments.model.index(row, 7)
    table.setCurrentIndex(index)
    table.edit(index)
    editor = QApplication.focusWidget()
    assert table.state() == QAbstractItemView.State.EditingState and editor is not None
    QTest.keyClicks(editor, "hand on the back")
    path = ws.project.path
    window.close()  # the cell editor is still open
    project = open_project(path, read_only=True)
    try:
        assert project.segment(seg.id).note == "hand on the back"
    finally:
        project.close()


def test_a_write_the_disk_refuses_is_reported_and_changes_nothing(window, monkeypatch):
    import sqlite3

    backend = window.workspace.project.backend

    def full(ops):
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(backend, "write", full)
    window.clock.seek_frame(10)
    QTest.keyClick(window.timeline, Qt.Key.Key_S)
    assert window.workspace.segments() == []
    assert "not saved: database or disk is full" in window.statusBar().currentMessage()


def test_a_large_project_opens_with_one_session_read_and_the_rest_read_on_a_worker(qtbot, demo_copy, monkeypatch):
    from vig_annotator.store import project_file

    monkeypatch.setattr(project_file, "DEFER_FROM", 0)  # the demo counts as large
    whole = open_project(demo_copy, read_only=True)
    expected = {s.id: whole.segments(s.id) for s in whole.sessions}
    whole.close()
    win = MainWindow(clock=FakeClock())
    qtbot.addWidget(win)
    win.open_path(Path(demo_copy))
    project = win.workspace.project
    assert project.deferred_sessions() == set(expected) - {win.workspace.session.id}  # the window shows one
    qtbot.waitUntil(lambda: not project.deferred_sessions(), timeout=10_000)  # read on a worker, taken in here
    assert {s: project.segments(s) for s in expected} == expected
    win.close()
