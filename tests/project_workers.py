"""Functions run in separate processes by the store tests (spawned: each a real, separate process)."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from vig_annotator.core import commands
from vig_annotator.core.model import Clip, Coder, Segment, Session
from vig_annotator.schemes import builtin
from vig_annotator.store.project_file import ProjectFileError, create_project, open_project


def base_project(path: Path) -> None:
    """A project with one fake clip (60 s), one coder and one demo-scheme session."""
    scheme = builtin("demo")

    def build(project):
        project.run(commands.edit("setup", [
            (None, scheme), (None, Clip(1, "CASE-1", "c.mp4", "1:ab", 600_000, 15000, 25.0)),
            (None, Coder(1, "AB")), (None, Session(1, 1, 1, scheme.id, scheme.version))]))

    create_project(path, build).close()


def edit_forever(path: str, first_id: int, count: int, pause: float, out) -> None:
    """Open for editing and add ``count`` point segments, printing each id once it is reported done."""
    try:
        project = open_project(path)
    except ProjectFileError as exc:
        print(f"refused {exc}", file=out, flush=True)
        return
    print("open", file=out, flush=True)
    for i in range(count):
        sid = first_id + i
        try:
            project.run(commands.add_segment(Segment(sid, 1, "touch", sid * 10, sid * 10, 0, 0)))
        except Exception as exc:  # noqa: BLE001 - reported to the test
            print(f"failed {sid} {exc}", file=out, flush=True)
            continue
        print(f"done {sid}", file=out, flush=True)
        time.sleep(pause)
    print("finished", file=out, flush=True)
    project.close()


ROOT = Path(__file__).resolve().parents[1]
WORKER = Path(__file__)


def start_editor(path: Path, first: int, count: int, pause: float) -> subprocess.Popen[str]:
    env = {**os.environ, "PYTHONPATH": f"{ROOT}{os.pathsep}{WORKER.parent}"}
    return subprocess.Popen([sys.executable, str(WORKER), str(path), str(first), str(count), str(pause)],
                            stdout=subprocess.PIPE, text=True, env=env)


def segment_ids(path: Path) -> set[int]:
    conn = sqlite3.connect(path)
    try:
        return {r[0] for r in conn.execute("SELECT id FROM segments")}
    finally:
        conn.close()


def wait_for(proc: subprocess.Popen[str], word: str) -> list[str]:
    lines: list[str] = []
    assert proc.stdout is not None
    for line in proc.stdout:
        lines.append(line.strip())
        if line.startswith((word, "refused")):
            break
    return lines


if __name__ == "__main__":
    edit_forever(sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), float(sys.argv[4]), sys.stdout)
