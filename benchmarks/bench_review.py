"""Review-pack time: 3 moments of 10 s from a 10-minute 1080p clip (``--quick``: a 2-minute clip).

Each build runs in a fresh process, alternating between this checkout and, with ``--against REV``,
the code of an earlier commit (taken with ``git archive``), ``--repeat N`` times each, so the
before/after figures share one run on a loaded machine. ``--presets`` also times one 10 s excerpt
encode per x264 preset and thread count (taking turns, ``--repeat`` rounds). Prints JSON: each build
time, their min/median/max, the budget, and the raw decode time of the moments' frames.
"""

from __future__ import annotations

import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
BUDGET_S = 15.0
PRESETS = ("ultrafast", "superfast", "veryfast", "faster")
THREADS = ("auto", "1", "2")


def _put(project: Any, ops: Any) -> None:
    """Add entities through the one write path and its rules (not undoable): as the app would."""
    from vig_annotator.core.commands import edit

    project.run(edit("Set up", [(None, op.entity) for op in ops]), undoable=False)


def arg(name: str, default: str) -> str:
    return sys.argv[sys.argv.index(name) + 1] if name in sys.argv else default


def time_one_pack(project_path: str, session_id: int, out: str) -> float:
    """Build the pack with whatever ``vig_annotator`` is importable (run in a child process)."""
    from vig_annotator.review.pack import PackOptions, build_pack
    from vig_annotator.store.opening import open_project

    project = open_project(project_path)
    try:
        t0 = time.perf_counter()
        build_pack(project, session_id, out, PackOptions(slow=0.5), log=False)
        return time.perf_counter() - t0
    finally:
        project.close()


def timed_in_child(code_root: Path, project: Path, session_id: int, out: Path) -> float:
    env = dict(os.environ, PYTHONPATH=os.pathsep.join([str(code_root), str(HERE)]))
    result = subprocess.run([sys.executable, str(Path(__file__).resolve()), "--time-pack", str(project),
                             str(session_id), str(out)], env=env, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        raise SystemExit(f"the pack build under {code_root} failed:\n{result.stderr}")
    shutil.rmtree(out, ignore_errors=True)
    return float(result.stdout.strip().splitlines()[-1])


def preset_figures(clip_path: Path, start_s: int, repeat: int) -> dict[str, dict[str, object]]:
    """Seconds and MB for one 10 s excerpt (with sound) per x264 preset and thread count.

    The settings take turns, ``repeat`` rounds, so a change in the machine's load falls on all alike.
    """
    from vig_annotator.media import excerpt
    from vig_annotator.media.frames import FrameReader
    from vig_annotator.media.probe import probe

    timebase = probe(clip_path).timebase
    first = timebase.frame_at(start_s * 1000)
    last = timebase.frame_at(start_s * 1000 + 10_000)
    saved = dict(excerpt.X264)
    seconds: dict[str, list[float]] = {}
    size: dict[str, float] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for _ in range(repeat):
            for preset in PRESETS:
                for threads in THREADS:
                    excerpt.X264.clear()
                    excerpt.X264.update(saved, preset=preset)
                    if threads != "auto":
                        excerpt.X264["threads"] = threads
                    name = f"{preset} threads={threads}"
                    out = Path(tmp) / f"{preset}_{threads}.mp4"
                    with FrameReader(clip_path, timebase) as reader:
                        t0 = time.perf_counter()
                        excerpt.encode_excerpt(reader, first, last, out)
                        seconds.setdefault(name, []).append(round(time.perf_counter() - t0, 2))
                    size[name] = round(out.stat().st_size / 1e6, 1)
    excerpt.X264.clear()
    excerpt.X264.update(saved)
    return {name: {"runs_s": runs, "min_s": min(runs), "median_s": round(statistics.median(runs), 2),
                   "MB": size[name]} for name, runs in seconds.items()}


def main() -> None:
    from bench_media import CACHE, make, raw_decode_per_frame

    from vig_annotator.core.model import Moment
    from vig_annotator.core.project import Put
    from vig_annotator.projects import add_clip, add_coder, set_clip_details, start_session
    from vig_annotator.schemes import builtin
    from vig_annotator.store.opening import create_project

    quick = "--quick" in sys.argv
    repeat = int(arg("--repeat", "1"))
    against = arg("--against", "")
    seconds = int(arg("--seconds", "120" if quick else "600"))
    clip_path = make(CACHE / f"hd1080_{seconds}s.mp4", seconds, 1920, 1080)
    tmp = Path(tempfile.mkdtemp())
    try:
        variants = {"now": ROOT}
        if against:
            before = tmp / "before"
            before.mkdir()
            archive = subprocess.run(["git", "-C", str(ROOT), "archive", against, "vig_annotator"],
                                     capture_output=True, check=True).stdout
            subprocess.run(["tar", "-x", "-C", str(before)], input=archive, check=True)
            variants = {f"before ({against})": before, "now": ROOT}
        project = create_project(tmp / "bench.vigproj")
        clip = add_clip(project, clip_path)
        set_clip_details(project, clip, consent=("direct_care",))
        session = start_session(project, clip, add_coder(project, "GU"), builtin("vig"))
        starts = [seconds * 1000 * k // 4 for k in (1, 2, 3)]
        _put(project, [Put(Moment(i + 1, session.id, s, s + 10_000, ("being_attentive",), "caption", "?", i + 1))
                       for i, s in enumerate(starts)])
        session_id = session.id
        project.close()
        times: dict[str, list[float]] = {name: [] for name in variants}
        for round_ in range(repeat):
            for name, code_root in variants.items():
                elapsed = timed_in_child(code_root, tmp / "bench.vigproj", session_id, tmp / f"pack{round_}")
                times[name].append(round(elapsed, 2))
                print(f"# round {round_ + 1}: {name}: {elapsed:.2f} s (load {os.getloadavg()[0]:.1f})",
                      file=sys.stderr, flush=True)
        raw = raw_decode_per_frame(clip_path) * 250 * 3
        figures: dict[str, object] = {
            "clip_s": seconds, "resolution": "1920x1080", "moments": 3, "moment_s": 10,
            "includes": "9 PNG stills, 3 excerpts with sound, 3 slowed copies, the page",
            "budget_pack_s": BUDGET_S, "raw_decode_of_the_moments_s": round(raw, 2),
            "load_average_1min": round(os.getloadavg()[0], 1), "cores": os.cpu_count(),
        }
        for name, values in times.items():
            figures[f"pack_s {name}"] = {"runs": values, "min": min(values),
                                         "median": round(statistics.median(values), 2), "max": max(values)}
        if "--presets" in sys.argv:
            figures["excerpt_10s_encode_by_x264_preset"] = preset_figures(clip_path, starts[1] // 1000, repeat)
        print(json.dumps(figures, indent=2))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    if "--time-pack" in sys.argv:
        i = sys.argv.index("--time-pack")
        print(time_one_pack(sys.argv[i + 1], int(sys.argv[i + 2]), sys.argv[i + 3]))
    else:
        main()
