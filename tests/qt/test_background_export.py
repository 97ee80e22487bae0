"""File ▸ Export runs on a worker thread: the window stays live, Cancel leaves nothing, the log records only success."""

from __future__ import annotations

import csv
import threading

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QFileDialog, QMessageBox

from vig_annotator.io import export as exporting
from vig_annotator.qt.operations import files


@pytest.fixture
def held_export(monkeypatch):  # type: ignore[no-untyped-def]
    """The CSV exporter waits for ``release`` before writing (as a large export keeps its thread busy)."""
    release = threading.Event()
    started = threading.Event()
    real = exporting.EXPORTERS["csv"]

    def held(*args):  # type: ignore[no-untyped-def]
        started.set()
        assert release.wait(30), "the test never released the export"
        return real(*args)

    monkeypatch.setitem(exporting.EXPORTERS, "csv", held)
    return started, release


def _save_as(monkeypatch, path) -> None:  # type: ignore[no-untyped-def]
    path.parent.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(path), ""))


def _logged(window) -> list[str]:  # type: ignore[no-untyped-def]
    return [r.target for r in window.workspace.project.export_log]


def test_the_window_handles_events_while_an_export_runs_and_the_log_records_it_when_done(
        demo_window, qtbot, monkeypatch, tmp_path, held_export):
    started, release = held_export
    out = tmp_path / "exports" / "out.csv"
    _save_as(monkeypatch, out)
    before = _logged(demo_window)
    job = files.export(demo_window, "csv")
    assert job is not None
    assert started.wait(10)
    timer = QTimer()
    timer.setSingleShot(True)
    with qtbot.waitSignal(timer.timeout, timeout=5000):  # the event loop runs while the export is busy
        timer.start(10)
    assert not out.exists() and _logged(demo_window) == before  # nothing named or recorded before it is done
    with qtbot.waitSignal(job.done, timeout=20000):
        release.set()
    with out.open(encoding="utf-8", newline="") as f:
        rows = list(csv.reader(f))
    session = demo_window.workspace.session.id
    assert len(rows) - 1 == len(demo_window.workspace.project.segments(session))
    assert _logged(demo_window) == [*before, str(out.resolve())]
    assert sorted(p.name for p in out.parent.iterdir()) == [  # the four tables, no staging folder left
        "out.csv", "out.moments.csv", "out.ratings.csv", "out.summary.csv"]


def test_a_cancelled_export_leaves_no_file_and_no_log_line(demo_window, qtbot, monkeypatch, tmp_path, held_export):
    started, release = held_export
    out = tmp_path / "exports" / "out.csv"
    _save_as(monkeypatch, out)
    before = _logged(demo_window)
    job = files.export(demo_window, "csv")
    assert job is not None and started.wait(10)
    reported = []
    job.done.connect(lambda *a: reported.append(a))
    job.cancel()
    release.set()  # the worker goes on into the database reads, which stop at the cancel
    assert job.finished.wait(20)
    qtbot.wait(50)  # let the (ignored) finish arrive
    assert reported == []
    assert list((tmp_path / "exports").iterdir()) == []  # neither the file nor the hidden staging folder
    assert _logged(demo_window) == before


def test_a_failed_export_is_reported_and_leaves_no_file_and_no_log_line(demo_window, qtbot, monkeypatch, tmp_path):
    def broken(*args):  # type: ignore[no-untyped-def]
        raise OSError("disk full")

    monkeypatch.setitem(exporting.EXPORTERS, "csv", broken)
    warned = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: warned.append(text))
    _save_as(monkeypatch, tmp_path / "exports" / "out.csv")
    before = _logged(demo_window)
    job = files.export(demo_window, "csv")
    assert job is not None
    with qtbot.waitSignal(job.done, timeout=20000):
        pass
    assert warned == ["disk full"]
    assert list((tmp_path / "exports").iterdir()) == []
    assert _logged(demo_window) == before
