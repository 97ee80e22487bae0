"""Analysis ▸ Batch…: the project's clips analysed on local worker processes, each result kept as it arrives."""

from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from vig_annotator.analysis.saved_voices import cached_track, settings_for
from vig_annotator.qt.batch_dialog import BatchDialog, start_batch


def test_batch_keeps_voices_in_the_project_and_skips_them_next_time(qtbot, demo_window, monkeypatch) -> None:
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text: told.append(text))
    ws = demo_window.workspace
    project = ws.project
    clip = project.clips[0]
    assert cached_track(project, clip, settings_for(project, clip)) is None

    dialog = BatchDialog(project, demo_window)
    qtbot.addWidget(dialog)
    assert "1 of the project's 1 clips to analyse; 0 already kept" in dialog.summary.text()
    dialog.analysis.setCurrentIndex(dialog.analysis.findData("motion"))
    assert "1 clips have no regions saved" in dialog.summary.text()
    dialog.analysis.setCurrentIndex(dialog.analysis.findData("voices"))

    job = start_batch(ws, demo_window, "voices", workers=1)
    qtbot.waitUntil(lambda: bool(told), timeout=90_000)
    assert job.finished.is_set()
    assert told[0].startswith("1 clips analysed and kept in the project; 0 failed"), told
    track = cached_track(project, clip, settings_for(project, clip))
    assert track is not None and len(track.times_ms) > 1000  # 40 s of pitch every 10 ms
    assert project.history.undo_label != "Keep voice pitch", "computed data is not an undo step"

    again = BatchDialog(project, demo_window)
    qtbot.addWidget(again)
    assert "0 of the project's 1 clips to analyse; 1 already kept" in again.summary.text()
    assert not again.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
