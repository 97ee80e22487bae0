"""Team project load: 20 coders × 1,000 edits at once on their own sessions of one server project, plus a
trainer watching live. Figures: edits lost (budget 0), conflicts, commit latency p50/p95 (budget p95 ≤ 50 ms on
the local server), and the time for a committed edit to reach the trainer's open project (budget ≤ 1 s).

Each coder logs in as their own database user (a member, with a SCRAM password) and the trainer as a trainer,
so every server-side check is on: row-level security, the blind-session guard, the audit triggers, the
no-overlap exclusion constraint and the segment/rating checks at commit. ``--as-owner``: everyone logs in
as the project's owner instead (no row policies; the triggers and constraints still run), for comparison.
A throwaway PostgreSQL cluster (fsync on, as a lab's server would run) is started in a temporary folder.
``--quick``: 20 × 100 edits. ``--coders N --edits M`` to change the load; ``--no-fsync`` to see what the
disk's flushes cost. Prints JSON.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing as mp
import os
import random
import select
import statistics
import sys
import time
from dataclasses import replace
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

import pgserver  # noqa: E402

from vig_annotator.core import commands  # noqa: E402
from vig_annotator.core.model import Clip, Coder, Segment, Session  # noqa: E402
from vig_annotator.core.project import Put  # noqa: E402
from vig_annotator.schemes import builtin  # noqa: E402
from vig_annotator.store.errors import EditConflictError  # noqa: E402
from vig_annotator.store.live import LiveFeed  # noqa: E402
from vig_annotator.store.opening import create_project, open_project  # noqa: E402
from vig_annotator.store.pg_access import add_member  # noqa: E402

CLIP_MS = 3_600_000


def _put(project: Any, ops: Any) -> None:
    """Add entities through the one write path and its rules (not undoable): as the app would."""
    from vig_annotator.core.commands import edit

    project.run(edit("Set up", [(None, op.entity) for op in ops]), undoable=False)


def setup(url: str, coders: int) -> None:
    scheme = builtin("demo")
    project = create_project(url)
    ops = [Put(scheme), Put(Clip(1, "CASE-1", "c.mp4", "1:ab", CLIP_MS, 90_000, 25.0))]
    for n in range(1, coders + 1):
        ops += [Put(Coder(n, f"C{n:02d}")), Put(Session(n, 1, n, scheme.id, scheme.version))]
    _put(project, ops)
    project.close()


def coder(url: str, session_id: int, edits: int, start: float, out: mp.Queue) -> None:  # type: ignore[type-arg]
    """One coder: adds, moves and deletes segments in their own session; keeps what the server should hold."""
    rng = random.Random(session_id)
    project = open_project(url)
    mine: dict[int, Segment] = {}
    latencies: list[float] = []
    conflicts = failures = 0
    codes = ("touch", "eye_contact")
    slot = 0
    while time.time() < start:
        time.sleep(0.005)
    for _ in range(edits):
        choice = rng.random()
        stamp = f"{time.time():.6f}"
        if not mine or choice < 0.7:
            slot += 1
            t = slot * 1000
            seg = Segment(project.next_id("segment"), session_id, codes[slot % 2], t, t + 400, note=stamp)
            command, after = commands.add_segment(seg), seg
        elif choice < 0.9:
            old = mine[rng.choice(list(mine))]
            after = replace(old, end_ms=old.start_ms + rng.randrange(1, 900), note=stamp)
            command = commands.change_segment(old, after, "Move")
        else:
            old = mine[rng.choice(list(mine))]
            command, after = commands.delete_segments([old]), None
        began = time.perf_counter()
        try:
            project.run(command)
        except EditConflictError:
            conflicts += 1
            continue
        except Exception:  # noqa: BLE001 - counted: a failed edit is not a lost one (the coder was told)
            failures += 1
            continue
        latencies.append(time.perf_counter() - began)
        if after is None:
            mine.pop(old.id)
        else:
            mine[after.id] = after
    project.close()
    out.put({"session": session_id, "mine": {k: repr(v) for k, v in mine.items()}, "latencies": latencies,
             "conflicts": conflicts, "failures": failures})


def trainer(url: str, until: mp.Event, out: mp.Queue) -> None:  # type: ignore[type-arg]
    """The trainer's open project, taking in everyone's commits live; how long each took to arrive."""
    project = open_project(url, read_only=True)
    feed = LiveFeed(project)
    delays: list[float] = []

    def heard(change: object) -> None:
        now = time.time()
        for kind, key in getattr(change, "keys", ()):
            seg = project.entities["segment"].get(key) if kind == "segment" else None
            if isinstance(seg, Segment) and seg.note:
                delays.append(now - float(seg.note))

    project.subscribe(heard)
    reads = 0
    while not until.is_set():
        select.select([feed.fileno()], [], [], 0.2)
        feed.poll()
        reads += 1
    deadline = time.time() + 3
    while time.time() < deadline:  # the last announcements
        select.select([feed.fileno()], [], [], 0.2)
        feed.poll()
    out.put({"delays": delays, "segments": len(project.entities["segment"]), "polls": reads})
    feed.close()
    project.close()


def pct(values: list[float], q: float) -> float:
    return statistics.quantiles(values, n=100)[int(q) - 1] if len(values) > 1 else (values[0] if values else 0.0)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--coders", type=int, default=20)
    parser.add_argument("--edits", type=int, default=1000)
    parser.add_argument("--no-fsync", action="store_true", help="for comparison: what the disk's flushes cost")
    parser.add_argument("--as-owner", action="store_true", help="for comparison: everyone logs in as the owner")
    args = parser.parse_args()
    edits = 100 if args.quick else args.edits
    cluster = pgserver.Cluster(fsync=not args.no_fsync)
    try:
        url = cluster.url("load")
        setup(url, args.coders)
        logins = {n: url for n in range(args.coders + 1)}
        if not args.as_owner:
            for n in range(args.coders + 1):
                name = f"coder{n:02d}" if n else "trainer"
                cluster.add_role(name)
                add_member(url, name, n or None, trainer=not n)
                logins[n] = cluster.url("load", user=name)
        load_before = os.getloadavg()
        ctx = mp.get_context("fork")
        results: mp.Queue = ctx.Queue()  # type: ignore[type-arg]
        watched: mp.Queue = ctx.Queue()  # type: ignore[type-arg]
        done = ctx.Event()
        watcher = ctx.Process(target=trainer, args=(logins[0], done, watched))
        watcher.start()
        start = time.time() + 3.0  # everyone opens the project first, then all start at once
        workers = [ctx.Process(target=coder, args=(logins[n], n, edits, start, results))
                   for n in range(1, args.coders + 1)]
        for w in workers:
            w.start()
        reports = [results.get(timeout=1800) for _ in workers]
        wall = time.time() - start
        for w in workers:
            w.join()
        done.set()
        watch = watched.get(timeout=120)
        watcher.join()

        final = open_project(url, read_only=True)
        lost = 0
        for report in reports:
            held = {k: repr(v) for k, v in final.entities["segment"].items()
                    if isinstance(v, Segment) and v.session_id == report["session"]}
            expected = {int(k): v for k, v in report["mine"].items()}
            lost += sum(1 for k, v in expected.items() if held.get(k) != v)  # missing or not as committed
            lost += sum(1 for k in held if k not in expected)  # a deletion that did not hold
        final.close()
        latencies = [x for r in reports for x in r["latencies"]]
        delays = watch["delays"]
        figures = {
            "coders": args.coders, "edits_each": edits, "fsync": not args.no_fsync, "committed": len(latencies),
            "logins": "the owner" if args.as_owner else "each coder their own (every server-side check on)",
            "load_before": [round(x, 2) for x in load_before], "load_after": [round(x, 2) for x in os.getloadavg()],
            "edits_lost": lost, "edits_lost_budget": 0,
            "conflicts": sum(r["conflicts"] for r in reports), "failures": sum(r["failures"] for r in reports),
            "commit_p50_ms": round(pct(latencies, 50) * 1000, 2),
            "commit_p95_ms": round(pct(latencies, 95) * 1000, 2), "commit_p95_budget_ms": 50,
            "commits_per_s": round(len(latencies) / wall, 1),
            "propagation_p50_ms": round(pct(delays, 50) * 1000, 1),
            "propagation_p95_ms": round(pct(delays, 95) * 1000, 1),
            "propagation_max_ms": round(max(delays, default=0) * 1000, 1), "propagation_budget_ms": 1000,
            "trainer_saw_changes": len(delays), "trainer_segments_at_end": watch["segments"],
        }
        print(json.dumps(figures, indent=2))
    finally:
        cluster.remove()


if __name__ == "__main__":
    main()
