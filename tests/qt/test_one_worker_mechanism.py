"""All background work leaves the GUI thread one way, through ``qt/jobs.py`` (issue 27).

Nine places used to start their own threads and the clip's envelope and thumbnails kept a module-global
table of jobs keyed by ``id(window)``; now every worker starts through ``jobs.start_worker`` (so closing
the app stops and joins them all) and a window's media work is owned by that window.
"""

from __future__ import annotations

import ast
from pathlib import Path

from PySide6.QtCore import QObject

from vig_annotator.qt import background, jobs

PACKAGE = Path(__file__).resolve().parents[2] / "vig_annotator"
THREAD_STARTS = {"Thread", "QThread", "start_new_thread", "Timer", "QThreadPool", "QRunnable"}
POOLS_INSIDE_ONE_COMPUTATION = {"analysis/motion_energy.py", "media/alignment.py"}
"""A decode-ahead pool inside one pure function, which itself runs on a worker (or in the CLI, or Dask)."""


def _python_files() -> list[tuple[str, ast.Module]]:
    return [(str(p.relative_to(PACKAGE)), ast.parse(p.read_text("utf-8"))) for p in sorted(PACKAGE.rglob("*.py"))]


def test_no_thread_is_started_outside_the_one_worker_mechanism():
    found = []
    for name, tree in _python_files():
        for node in ast.walk(tree):
            called = node.func if isinstance(node, ast.Call) else None
            what = (called.attr if isinstance(called, ast.Attribute) else
                    called.id if isinstance(called, ast.Name) else "")
            if what in THREAD_STARTS and name != "qt/jobs.py":
                found.append(f"{name}:{node.lineno} {what}")
            if what == "ThreadPoolExecutor" and name not in POOLS_INSIDE_ONE_COMPUTATION:
                found.append(f"{name}:{node.lineno} {what}")
    assert found == []


def test_no_module_keeps_a_table_of_jobs_but_the_worker_registry():
    found = []
    for name, tree in _python_files():
        if not name.startswith("qt/") or name == "qt/jobs.py":
            continue
        for node in tree.body:
            target = node.target if isinstance(node, ast.AnnAssign) else (
                node.targets[0] if isinstance(node, ast.Assign) else None)
            if not isinstance(target, ast.Name):
                continue
            annotation = ast.unparse(node.annotation) if isinstance(node, ast.AnnAssign) else ""
            value = node.value
            holds = isinstance(value, ast.Dict | ast.Set | ast.List) or (
                isinstance(value, ast.Call) and ast.unparse(value.func).endswith(("dict", "WeakKeyDictionary")))
            if holds and ("job" in target.id.lower() or any(w in annotation for w in ("Event", "Thread", "Job"))):
                found.append(f"{name}:{node.lineno} {target.id}")
    assert found == []


class Receiver(QObject):
    """What a timeline does with the clip's media: keeps it."""

    def __init__(self) -> None:
        super().__init__()
        self.envelope: object = None
        self.thumbs: list[object] = []

    def set_envelope(self, envelope: object) -> None:
        self.envelope = envelope

    def set_thumbnails(self, thumbs: list[object]) -> None:
        self.thumbs = thumbs


def test_a_windows_media_work_is_its_own_cancelling_one_leaves_the_other(qtbot, window):
    qtbot.waitUntil(lambda: bool(window.timeline.thumbs), timeout=20_000)  # the window's own, on opening
    path, timebase = window.workspace.clip_path(), window.workspace.timebase
    first, second = QObject(), QObject()
    to_first, to_second = Receiver(), Receiver()
    background.envelope_and_thumbnails(first, path, timebase, True, to_first)
    background.envelope_and_thumbnails(second, path, timebase, True, to_second)
    background.cancel_all(first)
    qtbot.waitUntil(lambda: len(to_second.thumbs) == background.THUMB_COUNT and to_second.envelope is not None,
                    timeout=20_000)
    qtbot.waitUntil(lambda: "media-background" not in jobs.running_workers(), timeout=20_000)
    qtbot.wait(100)  # anything the cancelled work posted has run by now
    assert to_first.thumbs == [] and to_first.envelope is None
    assert first.children() == [] and second.children() != []  # the work is owned by who asked for it
    background.cancel_all(second)
    qtbot.wait(10)
    assert window.timeline.thumbs  # another owner's cancel never touched the window's
