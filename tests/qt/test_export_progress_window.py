"""File ▸ Export shows how far it has got: a percentage of the rows written, not a busy bar."""

from __future__ import annotations

import threading

from PySide6.QtWidgets import QFileDialog

from vig_annotator.io import tables
from vig_annotator.qt.jobs import POLL_MS, Progress, run_in_background
from vig_annotator.qt.operations import files


def test_the_export_window_shows_a_percentage_between_0_and_100_while_the_rows_are_written(
        demo_window, qtbot, monkeypatch, tmp_path):
    halfway = threading.Event()
    release = threading.Event()
    real = tables.timeline_chunks

    def in_quarters(project, session_id, size=20_000):  # type: ignore[no-untyped-def]
        """The session's rows in four pieces; the export waits for ``release`` after the first half."""
        rows = [r for chunk in real(project, session_id, size) for r in chunk]
        step = max(1, len(rows) // 4)
        for n, start in enumerate(range(0, len(rows), step)):
            if n == 2:
                halfway.set()
                assert release.wait(30), "the test never released the export"
            yield rows[start:start + step]

    monkeypatch.setattr(tables, "timeline_chunks", in_quarters)
    out = tmp_path / "exports" / "demo.csv"
    out.parent.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    session = demo_window.workspace.session.id
    assert len(demo_window.workspace.project.segments(session)) >= 4  # enough rows for quarters
    job = files.export(demo_window, "csv")
    assert job is not None
    assert halfway.wait(20)
    qtbot.waitUntil(lambda: job.progress is not None and job.progress.maximum() == 100, timeout=10000)
    window = job.progress
    assert 0 < window.value() < 100  # a quarter of the rows written: part way, not busy and not done
    assert "demo.csv" in window.labelText() and f"{window.value()} %" in window.labelText()
    with qtbot.waitSignal(job.done, timeout=20000):
        release.set()
    assert out.exists()


def test_work_that_counts_nothing_keeps_the_busy_bar(qtbot):
    """A job given no Progress, or one never told a total, shows a busy bar (range 0 to 0), as before."""
    release = threading.Event()
    counted = Progress()
    jobs = [run_in_background(lambda _cancelled: release.wait(30), "Busy…", None, lambda *_: None),
            run_in_background(lambda _cancelled: release.wait(30), "Busy…", None, lambda *_: None, counted=counted)]
    try:
        qtbot.waitUntil(lambda: all(j.progress is not None for j in jobs), timeout=10000)
        qtbot.wait(POLL_MS * 3)  # the window has read the untold Progress a few times
        assert [(j.progress.minimum(), j.progress.maximum()) for j in jobs] == [(0, 0), (0, 0)]
        assert [j.progress.labelText() for j in jobs] == ["Busy…", "Busy…"]
    finally:
        with qtbot.waitSignals([j.done for j in jobs], timeout=20000):
            release.set()
