"""Batch budgets: voices on 10-minute clips with 1 and 2 local workers (≥ 1.7× clips per minute with 2), the
scheduler's overhead per clip, and a re-run of finished clips (≤ 1 s per 100 clips).

Clips are made once and cached (sound: espeak-ng adult phrases and synthetic infant sounds; a small grey
picture, since voices read only the sound). ``--clips N`` (default 6) and ``--minutes M`` (default 10);
``--quick`` uses 4 two-minute clips. Prints JSON.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))  # the test-sound maker

import voicemaker  # noqa: E402

from vig_annotator.batch.analyses import run_clip  # noqa: E402
from vig_annotator.batch.cache import ResultCache  # noqa: E402
from vig_annotator.batch.engine import run_batch  # noqa: E402
from vig_annotator.batch.inputs import gather  # noqa: E402

CACHE = Path(tempfile.gettempdir()) / "vig-annotator-bench" / "batch"


def clips(count: int, minutes: float) -> Path:
    folder = CACHE / f"{count}x{minutes:g}min"
    folder.mkdir(parents=True, exist_ok=True)
    for n in range(count):
        path = folder / f"visit{n:03d}.mp4"
        if not path.exists():
            seconds = minutes * 60
            samples, _truth = voicemaker.scene(voicemaker.alternating(seconds, seed=n), seconds, seed=n)
            tmp = path.with_suffix(".part.mp4")
            voicemaker.write_clip(tmp, samples)
            tmp.rename(path)
    return folder


def cluster_start_s(workers: int) -> float:
    """Seconds to start a local cluster of ``workers`` processes and connect to it (paid once per batch)."""
    from distributed import Client, LocalCluster

    started = time.perf_counter()
    with LocalCluster(n_workers=workers, threads_per_worker=1, dashboard_address=None) as cluster, \
            Client(cluster) as client:
        client.wait_for_workers(workers)
        return time.perf_counter() - started


def timed_batch(folder: Path, workers: int) -> dict[str, float]:
    work = Path(tempfile.mkdtemp(prefix="vig-batch-bench-"))
    start_s = cluster_start_s(workers)
    try:
        started = time.perf_counter()
        statuses = run_batch(gather([folder]), "voices", {"threshold_hz": 300.0}, ResultCache(work),
                             workers=workers)
        seconds = time.perf_counter() - started
        assert all(s.status == "done" for s in statuses), [s.reason for s in statuses if s.reason]
        compute = sum(s.seconds for s in statuses)
        return {"wall_s": round(seconds, 2), "clips_per_minute": round(len(statuses) / seconds * 60, 2),
                "cluster_start_s": round(start_s, 2),
                "clips_per_minute_after_start": round(len(statuses) / max(seconds - start_s, 1e-3) * 60, 2),
                "worker_compute_s": round(compute, 2)}
    finally:
        shutil.rmtree(work, ignore_errors=True)


def overhead_per_clip(tiny_clips: int = 40) -> dict[str, float]:
    """A batch of tiny probes through a 1-worker local cluster, minus the same work called directly."""
    import clipmaker

    folder = CACHE / "tiny"
    folder.mkdir(parents=True, exist_ok=True)
    for n in range(tiny_clips):
        if not (folder / f"t{n:03d}.mp4").exists():
            clipmaker.make_clip(folder / f"t{n:03d}.mp4", frames=10 + n)
    direct = time.perf_counter()
    for path in sorted(folder.glob("t*.mp4")):
        run_clip("probe", str(path), "", {})
    direct_s = time.perf_counter() - direct
    work = Path(tempfile.mkdtemp(prefix="vig-batch-bench-"))
    try:
        from distributed import Client, LocalCluster

        with LocalCluster(n_workers=1, threads_per_worker=1, dashboard_address=None) as cluster, \
                Client(cluster) as client:
            client.submit(run_clip, "probe", str(folder / "t000.mp4"), "", {}, pure=False).result()  # warm
            started = time.perf_counter()
            futures = [client.submit(run_clip, "probe", str(p), "", {}, pure=False)
                       for p in sorted(folder.glob("t*.mp4"))]
            client.gather(futures)
            through_s = time.perf_counter() - started
        rerun_cache = ResultCache(work)
        run_batch(gather([folder]), "probe", {}, rerun_cache, workers=1)
        started = time.perf_counter()
        again = run_batch(gather([folder]), "probe", {}, ResultCache(work), workers=1)
        rerun_s = time.perf_counter() - started
        assert all(s.status == "skipped" for s in again)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return {"clips": tiny_clips, "direct_s": round(direct_s, 3), "through_scheduler_s": round(through_s, 3),
            "overhead_ms_per_clip": round((through_s - direct_s) / tiny_clips * 1000, 1),
            "rerun_of_finished_s": round(rerun_s, 3),
            "rerun_s_per_100_clips": round(rerun_s / tiny_clips * 100, 3)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--clips", type=int, default=6)
    parser.add_argument("--minutes", type=float, default=10)
    parser.add_argument("--quick", action="store_true")
    args = parser.parse_args()
    count, minutes = (4, 2.0) if args.quick else (args.clips, args.minutes)
    folder = clips(count, minutes)
    one = timed_batch(folder, 1)
    two = timed_batch(folder, 2)
    print(json.dumps({
        "clips": count, "minutes_each": minutes, "load_average": [round(x, 2) for x in os.getloadavg()],
        "one_worker": one, "two_workers": two,
        "speed_up_2_vs_1": round(two["clips_per_minute"] / one["clips_per_minute"], 2),
        "speed_up_2_vs_1_after_start": round(two["clips_per_minute_after_start"]
                                             / one["clips_per_minute_after_start"], 2),
        "budget_speed_up": 1.7,
        "overhead": overhead_per_clip(),
        "budget_rerun_s_per_100_clips": 1.0,
    }, indent=1))


if __name__ == "__main__":
    main()
