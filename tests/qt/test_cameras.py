"""Two cameras in one window: one playhead, each picture its own true frame after seeks and steps."""

from __future__ import annotations

import random
from pathlib import Path

import clipmaker
import numpy as np
import pytest
from PySide6.QtGui import QImage

from vig_annotator.projects import add_clip, add_coder, source_path, start_session
from vig_annotator.qt.camera_dialog import CameraChoice, CameraDialog
from vig_annotator.qt.main_window import MainWindow
from vig_annotator.qt.operations import cameras
from vig_annotator.schemes import builtin
from vig_annotator.store import clips as clip_store
from vig_annotator.store.opening import create_project

OFFSET_MS = 3200


def image_index(image: QImage) -> int:
    rgb = image.convertToFormat(QImage.Format.Format_RGB888)
    h, w = rgb.height(), rgb.width()
    data = np.frombuffer(rgb.constBits(), np.uint8, count=rgb.bytesPerLine() * h).reshape(h, rgb.bytesPerLine())
    return clipmaker.frame_index_of(data[:, : w * 3].reshape(h, w, 3))


@pytest.fixture(scope="module")
def pair(tmp_path_factory) -> tuple[Path, Path]:
    return clipmaker.camera_pair(tmp_path_factory.mktemp("gui_cams"), OFFSET_MS / 1000)


@pytest.fixture
def cam_window(qtbot, tmp_path, pair):
    project = create_project(tmp_path / "cams.vigproj")
    clip = add_clip(project, pair[0], case_id="DYAD-1")
    start_session(project, clip, add_coder(project, "XY"), builtin("demo"))
    project.close()
    win = MainWindow(audio=False)  # real players, no sound device needed
    qtbot.addWidget(win)
    with qtbot.waitSignal(win.clock.frame_ready, timeout=10_000):
        win.open_path(tmp_path / "cams.vigproj")
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.close()


def shown(win: MainWindow) -> tuple[int | None, int | None]:
    source = win.cameras.players[0]
    b = None if source.outside or source.view.image.isNull() else image_index(source.view.image)
    return image_index(win.clock.last_image), b


def test_after_random_seeks_and_steps_every_camera_shows_the_frame_its_offset_predicts(qtbot, cam_window, pair):
    win = cam_window
    added = cameras.add_chosen(win, CameraChoice(pair[1], "infant", OFFSET_MS, "audio", 0.9))
    assert added is not None and [p.source.label for p in win.cameras.players] == ["infant"]
    rng = random.Random(15)
    for target in [rng.randrange(0, 250) for _ in range(6)] + ["step"] * 4 + ["back"] * 3:
        if target == "step":
            win.clock.step(1)
        elif target == "back":
            win.clock.step(-1)
        else:
            win.clock.seek_frame(target)
        expected = clipmaker.pair_frames(win.clock.position, OFFSET_MS)
        qtbot.waitUntil(lambda e=expected: shown(win) == e, timeout=8000)
        assert win.cameras.players[0].shown_frame == expected[1]
    win.clock.play()  # playing together, then paused: each camera again on its exact frame
    qtbot.wait(700)
    win.clock.pause()
    qtbot.waitUntil(lambda: shown(win) == clipmaker.pair_frames(win.clock.position, OFFSET_MS), timeout=8000)
    win.clock.seek_frame(10)  # 0.4 s: the infant camera had not started
    qtbot.waitUntil(lambda: shown(win) == (10, None), timeout=8000)


def test_layouts_sound_choice_hiding_and_undo(qtbot, cam_window, pair):
    win = cam_window
    cameras.add_chosen(win, CameraChoice(pair[1], "infant", OFFSET_MS, "hand", None))
    view = win.cameras
    tile = view.players[0]
    positions = {}
    for name in ("side", "stacked", "grid"):
        view.change_layout(name)
        row_b, col_b = view.grid.getItemPosition(view.grid.indexOf(tile))[:2]
        positions[name] = (row_b, col_b)
    assert positions == {"side": (0, 1), "stacked": (1, 0), "grid": (0, 1)}
    view.change_layout("stacked")
    from vig_annotator.qt.camera_players import CameraPlayers
    from vig_annotator.qt.video_view import VideoView

    again = CameraPlayers(win.workspace, win.clock, VideoView(), audio=False)  # the next window keeps the layout
    qtbot.addWidget(again)
    assert again.layout_name == "stacked" and again.layout_combo.currentData() == "stacked"
    again.unload()
    view.change_sound(tile.source.id)
    assert view.sound == tile.source.id and view.sound_combo.currentText() == "infant"
    view.change_sound(0)
    view.reload()  # an unrelated reload keeps "none"
    assert view.sound == 0 and view.sound_combo.currentText() == "none"
    view.change_sound(tile.source.id)
    view.set_visible(tile.source.id, False)
    assert not tile.isVisible() and view.grid.count() == 1
    view.set_visible(tile.source.id, True)
    assert view.grid.count() == 2
    win.workspace.do_undo()  # the camera goes, and with it its picture
    assert view.players == [] and view.sound == -1 and not view.bar.isVisible()


def test_the_dialog_finds_the_offset_from_sound_nudges_and_sets_it_from_an_event(qtbot, pair):
    dialog = CameraDialog(None, pair[0], playhead_ms=7000, source_file=pair[1], label="infant")
    qtbot.addWidget(dialog)
    dialog.find_from_sound()
    qtbot.waitUntil(lambda: not dialog._busy, timeout=20_000)
    choice = dialog.choice()
    assert abs(choice.offset_ms - OFFSET_MS) <= 33 and choice.aligned_by == "audio"
    assert choice.confidence is not None and choice.confidence >= 0.3 and "confidence" in dialog.outcome.text()
    dialog.nudge(1)  # one 29.97 fps frame later: 33 ms
    assert dialog.choice().offset_ms == choice.offset_ms + 33 and dialog.choice().aligned_by == "hand"
    dialog.camera_event.setText("00:00:03.800")  # a clap at 7.000 s in the primary, 3.800 s in this camera
    dialog.offset_from_event()
    assert dialog.choice().offset_ms == 3200 and dialog.choice().aligned_by == "event"
    dialog.show_event_frame()
    assert image_index(dialog.preview.image) == 113  # 3.800 s at 29.97 fps: frame 113 (starts 3770 ms)


def test_the_cameras_menu_relinks_a_moved_camera_file_and_removes_a_camera(qtbot, cam_window, pair, tmp_path,
                                                                           monkeypatch):
    import shutil

    from PySide6.QtWidgets import QMessageBox

    win = cam_window
    moved = tmp_path / "moved" / "infant.mp4"
    moved.parent.mkdir()
    shutil.copy2(pair[1], tmp_path / "infant.mp4")
    source = cameras.add_chosen(win, CameraChoice(tmp_path / "infant.mp4", "infant", OFFSET_MS, "hand", None))
    assert source is not None
    (tmp_path / "infant.mp4").rename(moved)
    win.workspace.do_undo()
    win.workspace.do_redo()  # the camera comes back; its file is gone
    assert not win.cameras.players[0].available
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: warned.append(a[2]))
    assert cameras.relinked_source(win, source, pair[0]) is None and "content differs" in warned[0]
    relinked = cameras.relinked_source(win, source, moved)
    assert relinked is not None and relinked.path == "moved/infant.mp4"
    assert win.cameras.players[0].available
    cameras.act(win, "remove", relinked.id)
    assert win.cameras.players == [] and win.workspace.project.sources(1) == []


def test_relinking_a_camera_finds_its_moved_file_by_content_without_asking(qtbot, cam_window, pair, tmp_path,
                                                                         monkeypatch):
    import shutil

    from PySide6.QtWidgets import QFileDialog

    win = cam_window
    shutil.copy2(pair[1], tmp_path / "infant.mp4")
    source = cameras.add_chosen(win, CameraChoice(tmp_path / "infant.mp4", "infant", OFFSET_MS, "hand", None))
    assert source is not None
    (tmp_path / "archive" / "2026").mkdir(parents=True)
    shutil.copy2(pair[0], tmp_path / "archive" / "decoy.mp4")  # another video: never taken for it
    (tmp_path / "infant.mp4").rename(tmp_path / "archive" / "2026" / "renamed.mp4")
    win.workspace.do_undo()
    win.workspace.do_redo()  # the camera comes back; its file has moved
    assert not win.cameras.players[0].available
    asked: list[str] = []
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (asked.append("asked"), ("", ""))[1])
    cameras.act(win, "relink", source.id)
    assert asked == []  # found by its content, no file dialog
    relinked = win.workspace.project.entities["source"][source.id]
    assert relinked.path == "archive/2026/renamed.mp4" and win.cameras.players[0].available
    (tmp_path / "archive" / "2026" / "renamed.mp4").unlink()
    cameras.act(win, "relink", source.id)  # the same video still lies near (beside the main clip, say)
    assert asked == []
    found = source_path(win.workspace.project, win.workspace.project.entities["source"][source.id])
    assert found.is_file() and clip_store.fingerprint(found) == source.fingerprint
    assert win.cameras.players[0].available


def test_the_dialog_keeps_the_offset_when_the_clips_share_no_sound(qtbot, tmp_path):
    a, b = clipmaker.camera_pair(tmp_path, OFFSET_MS / 1000, shared=False)
    dialog = CameraDialog(None, a, source_file=b, label="side")
    qtbot.addWidget(dialog)
    dialog.offset.setValue(1.0)
    dialog.find_from_sound()
    qtbot.waitUntil(lambda: not dialog._busy, timeout=20_000)
    assert "no shared sound" in dialog.outcome.text()
    assert dialog.choice().offset_ms == 1000 and dialog.choice().aligned_by == "hand"


def test_a_camera_added_at_a_time_it_was_not_recording_says_so_rather_than_loading(qtbot, cam_window, pair):
    win = cam_window
    win.clock.seek_frame(10)  # 0.4 s: the infant camera starts at 3.2 s
    cameras.add_chosen(win, CameraChoice(pair[1], "infant", OFFSET_MS, "hand", None))
    tile = win.cameras.players[0]
    qtbot.waitUntil(lambda: "not recording" in tile.view.message, timeout=8000)
    assert tile.view.image.isNull() and tile.shown_frame is None
    win.clock.seek_frame(100)  # 4 s: recording, its own frame on screen
    qtbot.waitUntil(lambda: shown(win) == clipmaker.pair_frames(win.clock.position, OFFSET_MS), timeout=8000)
