"""Large sessions (issue 19): 2 coders × 100,000 segments on a 1-hour clip, through the CLI.

Builds the project once (cached in ``$XDG_CACHE_HOME/vig-annotator-bench``; ``--rebuild`` to redo)
and runs each verb in a child process, timing it and reading the child's own peak memory
(``os.wait4`` rusage). Prints each figure beside its budget, then JSON.
"""

from __future__ import annotations

import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from vig_annotator.store.project_file import SCHEMA_VERSION

HOUR_MS = 3_600_000
FRAME_MS = 40
SEGMENTS = 100_000
ROOT = Path(__file__).resolve().parent.parent
CACHE = Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache")) / "vig-annotator-bench"
PROJECT = CACHE / f"large-{SEGMENTS}-schema{SCHEMA_VERSION}.vigproj"
"""Named by the file schema: a cache built by an older version would be migrated (and backed up) on every open."""

# (name, verb arguments, seconds budget, MB budget)
OPERATIONS: list[tuple[str, list[str], float, float]] = [
    ("info", ["info", "{p}"], 0.5, 300),
    ("export csv", ["export", "{p}", "-f", "csv", "-o", "{out}/out.csv"], 2.0, 300),
    ("export xlsx", ["export", "{p}", "-f", "xlsx", "-o", "{out}/out.xlsx"], 10.0, 300),
    ("export json", ["export", "{p}", "-f", "json", "-o", "{out}/out.json"], 3.0, 300),
    ("agree time 1s", ["agree", "{p}::1", "{p}::2", "--method", "time"], 5.0, 500),
    ("agree time frame", ["agree", "{p}::1", "{p}::2", "--method", "time", "--unit", "frame"], 5.0, 500),
    ("agree event", ["agree", "{p}::1", "{p}::2", "--method", "event"], 5.0, 500),
    ("agree boris 1s", ["agree", "{p}::1", "{p}::2", "--method", "boris"], 5.0, 500),
]


def coding(rng: random.Random, codes: list[str], n: int) -> list[tuple[str, int, int]]:
    """``n`` segments spread over the codes, frame-aligned, never overlapping within a code."""
    per_code = n // len(codes) + 1
    frames = HOUR_MS // FRAME_MS
    out: list[tuple[str, int, int]] = []
    for code in codes:
        mean_gap = frames // per_code
        t = rng.randrange(0, mean_gap)
        for _ in range(per_code):
            length = rng.randrange(0, max(1, mean_gap // 2))
            if t + length >= frames or len(out) >= n:
                break
            out.append((code, t * FRAME_MS, (t + length) * FRAME_MS))
            t += length + 1 + rng.randrange(0, max(1, mean_gap // 2))
    while len(out) < n:  # top up with point events at free frames of the last code
        t = rng.randrange(0, frames) * FRAME_MS
        out.append((codes[0], t, t))
    return out


def disagree(rng: random.Random, a: list[tuple[str, int, int]], codes: list[str]) -> list[tuple[str, int, int]]:
    """A second coder: most onsets moved by up to 2 frames, some codes swapped for another.

    Segments of one code still never overlap or touch (a shifted one that would is left out).
    """
    out = []
    last_end: dict[str, int] = {}
    for code, start, end in sorted(a, key=lambda r: r[1]):
        shift = rng.choice((-2, -1, 0, 0, 0, 1, 2)) * FRAME_MS
        if rng.random() < 0.05:
            code = rng.choice(codes)
        start, end = max(0, start + shift), max(0, end + shift)
        if start <= last_end.get(code, -1):
            continue
        last_end[code] = end
        out.append((code, start, end))
    return out


def build(path: Path) -> None:
    """The 100k project, written through the core's edit command."""
    sys.path.insert(0, str(ROOT))
    from vig_annotator.core.commands import edit
    from vig_annotator.core.model import Clip, Coder, Segment, Session
    from vig_annotator.schemes import builtin
    from vig_annotator.store import timing
    from vig_annotator.store.opening import create_project

    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(".building-" + path.name)
    tmp.unlink(missing_ok=True)
    project = create_project(tmp)
    scheme = builtin("piios")
    codes = [c.id for c in scheme.codes]
    clip = Clip(1, "BENCH-100K", "bench-hour.mp4", "0:bench-hour", HOUR_MS, HOUR_MS // FRAME_MS, 25.0,
                timing="probed")
    timing.save_table(project, clip.fingerprint, [i * FRAME_MS * 1000 for i in range(HOUR_MS // FRAME_MS)],
                      HOUR_MS * 1000)
    project.run(edit("Set up", [(None, e) for e in (scheme, clip, Coder(1, "AA"), Coder(2, "BB"),
                                         Session(1, 1, 1, scheme.id, scheme.version),
                                         Session(2, 1, 2, scheme.id, scheme.version))]), undoable=False)
    rng = random.Random(19)
    first = coding(rng, codes, SEGMENTS)
    second = disagree(rng, first, codes)
    seg_id = 0
    for session, rows in ((1, first), (2, second)):
        segs = []
        for code, start, end in sorted(rows, key=lambda r: r[1]):
            seg_id += 1
            segs.append((None, Segment(seg_id, session, code, start, end, start // FRAME_MS, end // FRAME_MS)))
        project.run(edit(f"Coding of session {session}", segs), undoable=False)
    project.close()
    os.replace(tmp, path)


def measure(argv: list[str]) -> tuple[float, float, float, int, str]:
    """Wall seconds, CPU seconds and peak MB of the child, its exit status and its last stderr line.

    CPU time is printed too because this machine is shared: under load, wall time overstates the cost.
    """
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    t0 = time.perf_counter()
    child = subprocess.Popen([sys.executable, "-m", "vig_annotator.cli", *argv], stdout=subprocess.DEVNULL,
                             stderr=subprocess.PIPE, env=env)
    assert child.stderr is not None
    err = child.stderr.read().decode(errors="replace").strip().splitlines()
    _pid, status, usage = os.wait4(child.pid, 0)
    elapsed = time.perf_counter() - t0
    child.returncode = os.waitstatus_to_exitcode(status)
    cpu = usage.ru_utime + usage.ru_stime
    return elapsed, cpu, usage.ru_maxrss / 1024, child.returncode, err[-1] if err else ""


def main() -> dict[str, object]:
    if "--build-only" in sys.argv:
        build(PROJECT)
        return {}
    if "--rebuild" in sys.argv or not PROJECT.exists():
        # built in a child: a child forked from a big parent would inherit its peak memory figure
        t0 = time.perf_counter()
        PROJECT.unlink(missing_ok=True)
        subprocess.run([sys.executable, __file__, "--build-only"], check=True)
        print(f"built {PROJECT} in {time.perf_counter() - t0:.1f} s", flush=True)
    only = [a for a in sys.argv[1:] if not a.startswith("-")]
    out = Path(tempfile.mkdtemp(prefix="vig-bench-large-"))
    figures: dict[str, object] = {"segments_per_coder": SEGMENTS, "coders": 2, "clip_s": HOUR_MS / 1000}
    print(f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    print(f"{'operation':18} {'time s':>8} {'cpu s':>7} {'budget':>7} {'peak MB':>8} {'budget':>7}  ok")
    try:
        for name, args, budget_s, budget_mb in OPERATIONS:
            if only and not any(o in name for o in only):
                continue
            work = PROJECT.with_name(f"work-{PROJECT.name}")
            shutil.copyfile(PROJECT, work)  # exports append to the export log
            argv = [a.format(p=work, out=out) for a in args]
            seconds, cpu, mb, status, err = measure(argv)
            ok = status == 0 and seconds <= budget_s and mb <= budget_mb
            print(f"{name:18} {seconds:8.2f} {cpu:7.2f} {budget_s:7.1f} {mb:8.0f} {budget_mb:7.0f}  "
                  f"{'yes' if ok else 'NO'}{'' if status == 0 else f'  (exit {status}: {err})'}", flush=True)
            figures[name] = {"s": round(seconds, 3), "cpu_s": round(cpu, 3), "budget_s": budget_s, "peak_mb": round(mb),
                             "budget_mb": budget_mb, "exit": status}
            work.unlink(missing_ok=True)
    finally:
        shutil.rmtree(out, ignore_errors=True)
    return figures


if __name__ == "__main__":
    found = main()
    if found:
        print(json.dumps(found, indent=2))
