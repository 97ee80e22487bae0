"""The review-pack dialog builds in the background and can be cancelled without leaving anything."""

from __future__ import annotations

from vig_annotator.qt.review_pack_dialog import ReviewPackDialog
from vig_annotator.review.pack import PAGE


def test_builds_with_progress(qtbot, demo_project, tmp_path):
    dialog = ReviewPackDialog(demo_project, 4)
    qtbot.addWidget(dialog)
    dialog.folder.setText(str(tmp_path / "pack"))
    assert not dialog.override.isEnabled()  # the demo clip has direct-care consent
    with qtbot.waitSignal(dialog.signals.finished, timeout=60_000):
        dialog.start()
    assert (tmp_path / "pack" / PAGE).exists() and dialog.bar.value() == 1000
    assert demo_project.export_log[-1].what.startswith("review pack")


def test_cancel_leaves_no_pack(qtbot, demo_project, tmp_path):
    dialog = ReviewPackDialog(demo_project, 4)
    qtbot.addWidget(dialog)
    dialog.folder.setText(str(tmp_path / "pack"))
    with qtbot.waitSignal(dialog.signals.failed, timeout=60_000) as blocker:
        dialog.start()
        dialog.cancel()
    assert "Cancelled" in blocker.args[0]
    assert not (tmp_path / "pack").exists()
    assert [p for p in tmp_path.iterdir() if p.is_dir()] == []
