"""Two processes doing anything to one project name at random moments: nothing reported done is lost.

Every combination of open (edit), create, import, export and review pack, in two real processes that
meet at a barrier each round and then pause a random moment. A longer run: benchmarks/bench_two_processes.py.
"""

from __future__ import annotations

import multiprocessing
import queue
from pathlib import Path

import clipmaker
from project_workers import random_operations

from vig_annotator.core.model import Clip
from vig_annotator.media.probe import probe
from vig_annotator.store import clips as clip_store
from vig_annotator.store.opening import open_project

ROUNDS = 40


def tiny_clip(folder: Path) -> Clip:
    """A short real video beside the projects (packs cut excerpts from it), with consent for a pack."""
    video = clipmaker.make_clip(folder / "clip.mp4", frames=50, fps=25, width=96, height=64)
    facts = probe(video).clip_facts()
    return Clip(id=1, case_id="CASE-1", path="clip.mp4", fingerprint=clip_store.fingerprint(video),
                consent=("direct_care",), **facts)


def run_two(folder: Path, rounds: int, seeds: tuple[int, int] = (1, 2)) -> list[tuple]:
    """Run both processes; returns every (round, who, kind, outcome, detail, project) they reported."""
    (folder / "out").mkdir(exist_ok=True)
    clip = tiny_clip(folder)
    ctx = multiprocessing.get_context("spawn")
    barrier, results = ctx.Barrier(2), ctx.Queue()
    procs = [ctx.Process(target=random_operations, args=(str(folder), me, seed, rounds, clip, barrier, results))
             for me, seed in zip(("A", "B"), seeds, strict=True)]
    for p in procs:
        p.start()
    reports = []
    try:
        for _ in range(2 * rounds):
            reports.append(results.get(timeout=120))
    except queue.Empty:
        pass
    for p in procs:
        p.join(timeout=60)
    return reports


def check(reports: list[tuple], rounds: int) -> dict[str, int]:
    """Every operation reported done is in its project file; every refusal names the file and why."""
    assert len(reports) == 2 * rounds, "a process stopped reporting"
    assert not [r for r in reports if r[3] == "crashed"], [r for r in reports if r[3] == "crashed"]
    for _n, _who, _kind, outcome, detail, path in reports:
        if outcome == "refused":
            assert Path(path).name in detail or "no session with moments" in detail or "shared" in detail, detail
            assert len(detail) > 20, detail
    by_project: dict[str, list[tuple]] = {}
    for r in reports:
        if r[3] == "done":
            by_project.setdefault(r[5], []).append(r)
    for path, done in by_project.items():
        project = open_project(path, read_only=True)
        try:
            coders = {c.initials for c in project.coders}
            logged = {e.target for e in project.export_log}
            for _n, _who, kind, _outcome, (what, key), _path in done:
                if what == "coder":
                    assert key in coders, (kind, key)
                else:
                    assert key in logged, (kind, key)
        finally:
            project.close()
    counts: dict[str, int] = {}
    for r in reports:
        counts[f"{r[2]} {r[3]}"] = counts.get(f"{r[2]} {r[3]}", 0) + 1
    return counts


def test_two_processes_at_random_lose_nothing_reported_done(tmp_path):
    counts = check(run_two(tmp_path, ROUNDS), ROUNDS)
    assert sum(v for k, v in counts.items() if k.endswith("done")) >= ROUNDS  # most operations succeed
