"""Closing the main window stops every background worker and waits for it, before the project and Qt go."""

from __future__ import annotations

import threading
import time

from vig_annotator.qt import jobs
from vig_annotator.qt.jobs import BackgroundJob


def test_closing_the_window_stops_and_joins_work_in_flight(window) -> None:  # type: ignore[no-untyped-def]
    started = threading.Barrier(3, timeout=30)
    stopped_by_itself: list[str] = []

    def export_like(cancelled) -> None:  # type: ignore[no-untyped-def]
        started.wait()
        while not cancelled():
            time.sleep(0.01)
        stopped_by_itself.append("job")

    def motion_like(_progress, cancelled) -> None:  # type: ignore[no-untyped-def]
        started.wait()
        while not cancelled():
            time.sleep(0.01)
        stopped_by_itself.append("background job")

    jobs.run_in_background(export_like, "Writing x.csv…", window, lambda _r, _e: None, window=False)
    BackgroundJob(window).start(motion_like, name="motion-energy")
    started.wait()
    running = {t for t in threading.enumerate() if t.name in ("job: Writing x.csv…", "motion-energy")}
    assert len(running) == 2

    window.close()

    assert not [t.name for t in running if t.is_alive()]  # joined, not merely asked to stop
    assert sorted(stopped_by_itself) == ["background job", "job"]
    assert jobs.running_workers() == []


def test_work_that_ignores_the_stop_request_is_waited_for_up_to_the_limit() -> None:
    release = threading.Event()
    worker = jobs.start_worker(lambda: release.wait(10), "stubborn")
    try:
        assert jobs.stop_all(timeout=0.2) == ["stubborn"]  # named: it outlived the wait
    finally:
        release.set()
        worker.join(10)
    assert jobs.stop_all(timeout=1) == []
