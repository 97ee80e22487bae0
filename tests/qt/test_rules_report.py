"""The app checks every row against the rules in the background on opening and shows a clear report (issue 24)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "store"))
from test_rules_on_open import BROKEN, hand_broken  # noqa: E402

from vig_annotator.qt.main_window import MainWindow  # noqa: E402
from vig_annotator.qt.player import FakeClock  # noqa: E402


@pytest.mark.parametrize("name", [n for n in BROKEN if n != "unreadable row"])
def test_opening_a_hand_broken_project_reports_what_is_wrong_and_where(qtbot, tmp_path, monkeypatch, name):
    edit, said = BROKEN[name]
    path = hand_broken(tmp_path, edit)
    shown: list[tuple[str, str, str]] = []

    def exec_(box: QMessageBox) -> int:
        shown.append((box.windowTitle(), box.text(), box.detailedText()))
        return 0

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    win = MainWindow(clock=FakeClock())
    qtbot.addWidget(win)
    win.open_path(path)
    assert win.workspace.project is not None  # it still opens: the user can repair it
    qtbot.waitUntil(lambda: bool(shown), timeout=10_000)
    title, text, details = shown[0]
    assert title == "This project needs repair" and "1 thing" in text
    assert said in details and ("session 1" in details or "clip 1" in details)
    win.close()


def test_a_row_that_cannot_be_read_is_named_when_the_app_refuses_to_open_it(qtbot, tmp_path, monkeypatch):
    from vig_annotator.qt.operations.projects import open_reporting

    edit, said = BROKEN["unreadable row"]
    path = hand_broken(tmp_path, edit)
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text, *a: warned.append(text))
    win = MainWindow(clock=FakeClock())
    qtbot.addWidget(win)
    open_reporting(win, path)  # before: a TypeError from sorting the timeline, far from the cause
    assert win.workspace.project is None
    assert len(warned) == 1 and said in warned[0] and "segments row" in warned[0] and str(path) in warned[0]
    win.close()
