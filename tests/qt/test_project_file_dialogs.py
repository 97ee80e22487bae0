"""The app when its project file is in question (issue 24): replaced under the editor; a foreign -wal beside it."""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox

from vig_annotator.qt.main_window import MainWindow
from vig_annotator.qt.player import FakeClock

SAMPLES = Path(__file__).resolve().parents[2] / "sample_clips"


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def answer_with(button_text: str, seen: list[QMessageBox]) -> Callable[[], None]:
    """Click the button of the message box that will be showing, after noting the box."""
    def click() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        seen.append(box)
        seen_texts.append(box.text() + "\n" + box.informativeText())
        button = next(b for b in box.buttons() if b.text() == button_text)
        button.click()
    seen_texts: list[str] = []
    click.texts = seen_texts  # type: ignore[attr-defined]
    return click


def segment_ids(path: Path) -> set[int]:
    conn = sqlite3.connect(f"file:{path}?mode=ro&immutable=1", uri=True)
    try:
        return {r[0] for r in conn.execute("SELECT id FROM segments")}
    finally:
        conn.close()


def test_a_copy_moved_over_the_open_project_is_said_and_the_kept_edits_open(window, qtbot):
    path = Path(window.workspace.project.path)
    for frame in (10, 20, 30):
        window.clock.seek_frame(frame)
        QTest.keyClick(window.timeline, Qt.Key.Key_S)  # a point event per press, each saved
    coded = set(window.workspace.project.entities["segment"])
    assert len(coded) == 3
    spare = path.with_name("x.vigproj")
    shutil.copyfile(path, spare)
    os.replace(spare, path)  # cp p x; mv x p, as a sync client does
    replacing = sha(path)
    seen: list[QMessageBox] = []
    click = answer_with("Open the kept copy", seen)
    QTimer.singleShot(0, click)
    window.clock.seek_frame(40)
    QTest.keyClick(window.timeline, Qt.Key.Key_S)
    qtbot.waitUntil(lambda: bool(seen))
    text = click.texts[0]  # type: ignore[attr-defined]
    assert "replaced" in text and "edits-kept" in text
    qtbot.waitUntil(lambda: Path(window.workspace.project.path) != path.resolve())
    kept = Path(window.workspace.project.path)  # the window now shows the kept copy
    assert kept != path and kept.name.startswith("blank.edits-kept-")
    assert set(window.workspace.project.entities["segment"]) == coded  # every edit reported saved
    assert sha(path) == replacing  # the file now under the name was not written
    assert not Path(f"{path}-wal").exists()  # the old -wal set aside, never applied to the new file


def another_projects_wal(folder: Path) -> bytes:
    other = folder / "other.vigproj"
    shutil.copy2(SAMPLES / "demo.vigproj", other)
    conn = sqlite3.connect(other, isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA wal_autocheckpoint = 0")
    conn.execute("CREATE TABLE stranger (x)")
    data = Path(f"{other}-wal").read_bytes()
    conn.close()
    return data


def test_a_foreign_wal_is_said_and_the_project_opens_as_on_disk_with_it_set_aside(qtbot, demo_copy, tmp_path):
    wal = Path(f"{demo_copy}-wal")
    wal.write_bytes(another_projects_wal(tmp_path))
    wal_bytes = wal.read_bytes()
    win = MainWindow(clock=FakeClock())
    qtbot.addWidget(win)
    seen: list[QMessageBox] = []
    click = answer_with("Set it aside and open", seen)
    QTimer.singleShot(0, click)
    win.open_path(demo_copy)
    assert seen and "-wal" in click.texts[0]  # type: ignore[attr-defined]
    assert "not its own" in seen[0].windowTitle() and str(wal) in seen[0].detailedText()  # what it found, named
    assert win.workspace.project is not None and Path(win.workspace.project.path) == demo_copy.resolve()
    kept = list(tmp_path.glob("demo.vigproj-wal.set-aside-*"))
    assert len(kept) == 1 and kept[0].read_bytes() == wal_bytes  # kept whole, not deleted
    win.close()
    conn = sqlite3.connect(f"file:{demo_copy}?mode=ro&immutable=1", uri=True)
    try:
        names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
    finally:
        conn.close()
    assert "stranger" not in names  # the other project's WAL was never applied


def test_declining_leaves_the_project_and_its_wal_as_they_were(qtbot, demo_copy, tmp_path):
    wal = Path(f"{demo_copy}-wal")
    wal.write_bytes(another_projects_wal(tmp_path))
    before, wal_before = sha(demo_copy), sha(wal)
    win = MainWindow(clock=FakeClock())
    qtbot.addWidget(win)
    seen: list[QMessageBox] = []
    QTimer.singleShot(0, answer_with("Do not open", seen))
    win.open_path(demo_copy)
    assert seen and win.workspace.project is None
    assert sha(demo_copy) == before and sha(wal) == wal_before
    win.close()


def test_replaced_after_the_last_edit_is_said_when_the_project_is_closed(window, qtbot):
    path = Path(window.workspace.project.path)
    window.clock.seek_frame(10)
    QTest.keyClick(window.timeline, Qt.Key.Key_S)
    spare = path.with_name("x.vigproj")
    shutil.copyfile(path, spare)
    os.replace(spare, path)
    replacing = sha(path)
    seen: list[QMessageBox] = []
    QTimer.singleShot(0, answer_with("Close", seen))
    window.close_project()  # no edit after the replacement: closing still notices it and says so
    assert seen and "replaced" in seen[0].text().lower() and window.workspace.project is None
    kept = list(path.parent.glob("blank.edits-kept-*.vigproj"))
    assert len(kept) == 1 and len(segment_ids(kept[0])) == 1 and sha(path) == replacing
