"""Work is never lost: a killed app keeps every edit it reported; a moved clip can be relinked."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from vig_annotator.qt.main_window import MainWindow
from vig_annotator.qt.player import FakeClock
from vig_annotator.store import clips as clip_store
from vig_annotator.store.opening import open_project

CODER_SCRIPT = textwrap.dedent("""
    import sys
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication
    from vig_annotator.qt.main_window import MainWindow
    from vig_annotator.qt.player import FakeClock

    app = QApplication([])
    win = MainWindow(clock=FakeClock())
    win.open_path(sys.argv[1])
    win.show()
    n = 0
    for frame in range(10, 100000, 10):
        win.clock.seek_frame(frame % 990)
        QTest.keyClick(win.timeline, Qt.Key.Key_S)   # one point event per press
        n += 1
        print(f"committed {n} {win.clock.position}", flush=True)
""")


def test_killing_the_app_mid_coding_loses_no_reported_edit(blank_project, tmp_path):
    path = blank_project.path
    session_id = blank_project.sessions[0].id
    blank_project.close()
    script = tmp_path / "coder.py"
    script.write_text(CODER_SCRIPT)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    child = subprocess.Popen([sys.executable, str(script), path], stdout=subprocess.PIPE, text=True, env=env)
    reported: list[int] = []
    assert child.stdout is not None
    for line in child.stdout:
        if line.startswith("committed"):
            reported.append(int(line.split()[2]))
        if len(reported) >= 40:
            child.send_signal(signal.SIGKILL)  # no chance to clean up
            break
    child.wait(timeout=30)
    project = open_project(path)
    try:
        kept = [s.start_ms for s in project.segments(session_id)]
    finally:
        project.close()
    assert len(kept) >= len(reported)  # edits made after the last report may be there too
    assert set(reported) <= set(kept)


def test_a_moved_clip_is_found_again_by_its_content(qtbot, blank_project, tmp_path):
    path = Path(blank_project.path)
    clip = blank_project.clips[0]
    old = clip_store.resolve(blank_project, clip)
    blank_project.close()
    moved = tmp_path / "elsewhere" / "renamed.mp4"
    moved.parent.mkdir()
    shutil.move(old, moved)

    def press_search() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            search = next(b for b in box.buttons() if b.text() == "Search")
            search.click()
        else:
            QTimer.singleShot(50, press_search)

    win = MainWindow(clock=FakeClock())
    qtbot.addWidget(win)
    QTimer.singleShot(50, press_search)
    win.open_path(path)
    qtbot.waitUntil(lambda: not clip_store.is_missing(win.workspace.project, win.workspace.clip), timeout=5000)
    assert clip_store.resolve(win.workspace.project, win.workspace.clip) == moved.resolve()
    win.close()
    reopened = open_project(path, read_only=True)
    try:
        assert reopened.clips[0].path == os.path.join("elsewhere", "renamed.mp4")
    finally:
        reopened.close()


def test_relinking_to_a_different_video_is_refused(blank_project, tmp_path):
    clip = blank_project.clips[0]
    other = tmp_path / "other.mp4"
    data = bytearray(clip_store.resolve(blank_project, clip).read_bytes())
    data[-10] ^= 0xFF  # same size, different content
    other.write_bytes(bytes(data))
    try:
        clip_store.relink(blank_project, clip, other)
    except clip_store.RelinkError as exc:
        assert "is not the clip that was coded" in str(exc)
    else:
        raise AssertionError("relink to a different file was accepted")
    assert blank_project.clips[0].path == clip.path
