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
from vig_annotator.store.opening import create_project, open_project
from vig_annotator.store.project_file import ProjectFileError


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


# -- two processes doing anything to one project name, at random moments -----------------------


def _setup_pairs(project, clip, me: str):
    """A coder, a session on the clip (added if new) and a moment: what every write operation adds."""
    from vig_annotator.core.model import Moment

    scheme = builtin("demo")
    pairs = [] if scheme.key in project.entities["scheme"] else [(None, scheme)]
    if clip.id not in project.entities["clip"]:
        pairs.append((None, clip))
    coder = Coder(project.next_id("coder"), me)
    session = Session(project.next_id("session"), clip.id, coder.id, scheme.id, scheme.version)
    moment = Moment(project.next_id("moment"), session.id, 200, 1000, (), f"moment of {me}", "", 1)
    return pairs + [(None, coder), (None, session), (None, moment)]


def _operation(kind: str, path: Path, clip, me: str, out: Path) -> tuple[str, str]:
    """Run one operation; returns what it reports done (kind, key) — exceptions are refusals."""
    from vig_annotator.io.export import export
    from vig_annotator.io.importing import Imported, Record, apply_import
    from vig_annotator.review.pack import PackOptions, build_pack

    if kind == "create":
        create_project(path, lambda p: p.run(commands.edit("setup", _setup_pairs(p, clip, me)))).close()
        return ("coder", me)
    if kind == "open":
        project = open_project(path)
        try:
            project.run(commands.edit("setup", _setup_pairs(project, clip, me)))
        finally:
            project.close()
        return ("coder", me)
    if kind == "import":
        def bring_in(project):
            project.run(commands.edit("setup", _setup_pairs(project, clip, me + "s")))
            rows = Imported(f"{me}.csv", [Record("touch", 100, 400, where="row 1"), Record("smile", 900, 900)])
            apply_import(project, rows, clip.id, me, builtin("demo"))
        if path.exists():
            project = open_project(path)
            try:
                bring_in(project)
            finally:
                project.close()
        else:
            create_project(path, bring_in).close()
        return ("coder", me)
    project = open_project(path, read_only=True)
    try:
        if kind == "export":
            export(project, "csv", out)
            return ("export", str(out.resolve()))
        session = next((s for s in project.sessions if project.moments(s.id)), None)
        if session is None:
            raise ValueError(f"{path}: no session with moments yet")
        build_pack(project, session.id, out, PackOptions(slow=1))
        return ("pack", str(out))
    finally:
        project.close()


def random_operations(folder: str, me: str, seed: int, rounds: int, clip, barrier, results) -> None:
    """Each round: wait for the other process, pause at random, do a random operation, report it."""
    import random

    from vig_annotator.io.export import ExportNotLoggedError
    from vig_annotator.review.pack import PackError

    rng = random.Random(seed)
    kinds = ["open", "create", "import", "export", "pack"]
    for n in range(rounds):
        barrier.wait()
        path = Path(folder) / f"shared{n // 10}.vigproj"
        kind = rng.choice(kinds)
        time.sleep(rng.random() * 0.03)
        out = Path(folder) / "out" / f"{me}-{n}.{'csv' if kind == 'export' else 'pack'}"
        try:
            done = _operation(kind, path, clip, f"{me}{n}", out)
            results.put((n, me, kind, "done", done, str(path)))
        except (ProjectFileError, ExportNotLoggedError, PackError, ValueError, OSError) as exc:
            results.put((n, me, kind, "refused", str(exc), str(path)))
        except Exception as exc:  # noqa: BLE001 - an internal error: the test fails on it
            results.put((n, me, kind, "crashed", repr(exc), str(path)))
