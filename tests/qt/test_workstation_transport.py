"""Shuttle keys, loops and bad clips in the workstation."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMessageBox

from vig_annotator.qt.operations import projects, transport
from vig_annotator.store.opening import open_project


def test_l_plays_and_speeds_up_k_pauses(window, qtbot):
    QTest.keyClick(window.timeline, Qt.Key.Key_L)
    assert window.clock.playing and window.clock.rate == 1.0
    QTest.keyClick(window.timeline, Qt.Key.Key_L)
    assert window.clock.rate == 1.5
    QTest.keyClick(window.timeline, Qt.Key.Key_K)
    assert not window.clock.playing


def test_j_steps_backwards_frame_by_frame_until_k(window, qtbot):
    window.clock.seek_frame(200)
    QTest.keyClick(window.timeline, Qt.Key.Key_J)
    qtbot.waitUntil(lambda: window.clock.frame <= 195, timeout=3000)
    QTest.keyClick(window.timeline, Qt.Key.Key_K)
    stopped = window.clock.frame
    qtbot.wait(250)
    assert window.clock.frame == stopped < 200


def test_loop_selection_wraps_playback(window, qtbot):
    transport.loop(window, 1000, 1400)
    qtbot.waitUntil(lambda: window.clock.position >= 1360, timeout=3000)
    qtbot.waitUntil(lambda: window.clock.position < 1200, timeout=3000)  # wrapped back to the start
    window.actions_by_id["stop_loop"].trigger()
    window.clock.pause()


def test_a_clip_that_cannot_be_read_is_refused_and_the_project_unchanged(window, tmp_path, monkeypatch):
    bad = tmp_path / "not_a_video.mp4"
    bad.write_bytes(b"this is a text file pretending to be a video\n" * 100)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text, *a: shown.append(text))
    before = [c.id for c in window.workspace.project.clips]
    sessions_before = [s.id for s in window.workspace.project.sessions]
    projects.add_clip_paths(window, [bad])
    assert len(shown) == 1 and str(bad) in shown[0] and "unchanged" in shown[0]
    assert [c.id for c in window.workspace.project.clips] == before
    reopened = open_project(window.workspace.project.path, read_only=True)
    try:
        assert [s.id for s in reopened.sessions] == sessions_before
    finally:
        reopened.close()


def test_go_to_parses_timecodes_and_frame_numbers(window):
    from vig_annotator.qt.dialogs import parse_target

    tb = window.workspace.timebase
    assert parse_target("00:00:02.000", tb) == 2000
    assert parse_target("#50", tb) == 2000
    assert parse_target("0:02.5", tb) == 2500
    for bad in ("#5000", "abc", "00:99:00", "00:01:02.500"):  # the clip is 40 s long
        try:
            parse_target(bad, tb)
        except ValueError:
            continue
        raise AssertionError(f"{bad!r} was accepted")
