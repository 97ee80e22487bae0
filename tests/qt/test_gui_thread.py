"""A worker finishing after its window is gone must neither crash nor touch the deleted window."""

from __future__ import annotations

import threading

import shiboken6
from PySide6.QtCore import QObject

from vig_annotator.qt.jobs import BackgroundJob, Job


def _thread_errors(monkeypatch) -> list[BaseException]:
    errors: list[BaseException] = []
    monkeypatch.setattr(threading, "excepthook", lambda args: errors.append(args.exc_value))
    return errors


def test_a_background_job_whose_owner_was_deleted_says_nothing_and_raises_nothing(qtbot, monkeypatch):
    errors = _thread_errors(monkeypatch)
    owner = QObject()
    job = BackgroundJob(owner)
    heard: list[object] = []
    job.finished.connect(heard.append)
    job.progress.connect(heard.append)
    release, done = threading.Event(), threading.Event()

    def work(progress, cancelled):
        release.wait(10)
        progress(0.5)
        done.set()
        return "result"

    job.start(work)
    shiboken6.delete(owner)  # the window closed: its children (the job) are gone
    assert not shiboken6.isValid(job)
    release.set()
    assert done.wait(10)
    qtbot.wait(200)  # let anything posted to the GUI thread run
    assert heard == [] and errors == []


def test_a_background_job_reports_its_result_on_the_gui_thread(qtbot):
    job = BackgroundJob()
    shares: list[float] = []
    job.progress.connect(shares.append)
    threads: list[str] = []
    job.finished.connect(lambda result: threads.append(threading.current_thread().name))
    with qtbot.waitSignal(job.finished, timeout=10_000) as blocker:
        job.start(lambda progress, cancelled: (progress(0.25), 42)[1])
    assert blocker.args == [42]
    assert threads == [threading.main_thread().name]
    assert shares == [0.25] and not job.running


def test_a_job_whose_window_was_deleted_reports_nothing(qtbot, monkeypatch):
    errors = _thread_errors(monkeypatch)
    release = threading.Event()
    job = Job(lambda cancelled: release.wait(10) and "read", "reading", None, window=False)
    heard: list[object] = []
    job.done.connect(lambda result, error: heard.append(result))
    job.start()
    shiboken6.delete(job)
    release.set()
    assert job.worker is None or job.worker.join(10) is None
    qtbot.wait(200)
    assert heard == [] and errors == []


def test_garbage_is_collected_by_the_gui_thread_and_never_automatically(qtbot):
    import gc
    import weakref

    from vig_annotator.qt import gui_thread

    gui_thread.collect_garbage_on_gui_thread()
    assert not gc.isenabled()  # a worker allocating can no longer start a collection

    class Node:
        pass

    a, b = Node(), Node()
    a.other, b.other = b, a  # a cycle: only the collector frees it
    gone = weakref.ref(a)
    collected_in: list[str] = []
    weakref.finalize(a, lambda: collected_in.append(threading.current_thread().name))
    del a, b
    # Allocate as a working app does: enough new objects to pass generation 0's threshold, again
    # whenever Qt's deferred deletions (freeing objects lowers the count) have taken it back under.
    threshold = gc.get_threshold()[0]
    kept: list[list[object]] = []

    def allocating_until_collected() -> bool:
        if gc.get_count()[0] <= threshold:
            kept.extend([] for _ in range(threshold + 10))
        return gone() is None

    qtbot.waitUntil(allocating_until_collected, timeout=10_000)
    assert collected_in == [threading.main_thread().name]


def test_what_is_left_at_exit_is_freed_while_the_app_still_exists(qtbot):
    """Cycles holding Qt objects, and pending deleteLater calls, go before shutdown, not during it."""
    from PySide6.QtCore import QObject

    from vig_annotator.qt import gui_thread

    gui_thread.collect_garbage_on_gui_thread()
    destroyed: list[str] = []

    class Holder:
        pass

    holder = Holder()
    holder.me = holder  # a cycle: with automatic collection off, only a collection frees it
    holder.player = QObject()
    holder.player.destroyed.connect(lambda: destroyed.append("in a cycle"))
    pending = QObject()
    pending.destroyed.connect(lambda: destroyed.append("deleteLater"))
    pending.deleteLater()
    del holder, pending
    assert destroyed == []  # nothing has run the collector or the event loop yet
    gui_thread.release_before_exit()
    assert sorted(destroyed) == ["deleteLater", "in a cycle"]
