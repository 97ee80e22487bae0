"""Exports logged from a project open for viewing keep every record, whatever other programs open and close.

SQLite's locks on a file belong to the process, and closing *any* descriptor of that file drops them all.
Reading the project's header with a plain ``open()`` while this process viewed the project dropped the
viewer's lock; another program closing the project then thought itself its last user and took its WAL away,
and an export reported done vanished from the log (seen as a flaky two-process test).
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from project_workers import ROOT, WORKER, base_project

from vig_annotator.io.export import export
from vig_annotator.store.opening import open_audit_log, open_project

VIEW_AND_CLOSE = "import sys; from vig_annotator.store.opening import open_project; " \
                 "open_project(sys.argv[1], read_only=True).close()"


def view_elsewhere(path: Path) -> None:
    """Another program opens the project for viewing and closes it again."""
    env = {**os.environ, "PYTHONPATH": f"{ROOT}{os.pathsep}{WORKER.parent}"}
    subprocess.run([sys.executable, "-c", VIEW_AND_CLOSE, str(path)], check=True, env=env, timeout=60)


def my_locks_on(path: Path) -> list[list[str]]:
    """This process's POSIX locks on the file, as the kernel lists them (without the list's changing ordinals)."""
    inode = f":{os.stat(path).st_ino} "
    with open("/proc/locks") as locks:
        return [line.split()[1:] for line in locks if f" {os.getpid()} " in line and inode in line]


def test_exports_logged_while_another_viewer_comes_and_goes_are_all_kept(tmp_path: Path) -> None:
    path = tmp_path / "p.vigproj"
    base_project(path)
    outs = [tmp_path / f"e{n}.csv" for n in range(4)]
    viewer = open_project(path, read_only=True)
    try:
        for out in outs:
            export(viewer, "csv", out)
            view_elsewhere(path)
    finally:
        viewer.close()
    view_elsewhere(path)
    again = open_project(path, read_only=True)
    try:
        logged = {e.target for e in again.export_log}
    finally:
        again.close()
    assert {str(out.resolve()) for out in outs} <= logged


@pytest.mark.skipif(not os.path.exists("/proc/locks"), reason="the kernel's lock list is Linux's")
def test_opening_the_export_log_keeps_the_viewers_lock(tmp_path: Path) -> None:
    path = tmp_path / "p.vigproj"
    base_project(path)
    viewer = open_project(path, read_only=True)
    try:
        viewer.sessions  # noqa: B018 - read something: the viewer holds its lock
        held = my_locks_on(path)
        assert held
        log = open_audit_log(path)
        log.close()
        assert my_locks_on(path) == held
    finally:
        viewer.close()
