"""The BORIS-compatible kappa beside BORIS 10.0.2's own (issue 11): same figure, ≥ 100× faster.

One hour, the 13 PIIOS evidence codes, two coders, Δ = 1 s (and 0.5 s). The sessions are exported to
a .boris file and given to ``../shared/tools/boris-kappa`` (BORIS's own ``irr.cohen_kappa``); this
prints both kappas and both times. Budget: ≤ 0.114 s (BORIS's 11.4 s / 100). Without the tool
(it needs Python 3.13), only our time is printed, against BORIS's published 11.4 s.
"""

from __future__ import annotations

import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from bench_large import FRAME_MS, HOUR_MS, coding, disagree  # noqa: E402

from vig_annotator.core.commands import edit  # noqa: E402
from vig_annotator.core.model import Clip, CodeKind, Coder, Segment, Session  # noqa: E402
from vig_annotator.io.export import export  # noqa: E402
from vig_annotator.reliability.boris_kappa import boris_kappa  # noqa: E402
from vig_annotator.schemes import builtin  # noqa: E402
from vig_annotator.store.opening import create_project  # noqa: E402

TOOL = Path(os.environ.get("BORIS_KAPPA", ROOT.parent.parent / "shared" / "tools" / "boris-kappa"))
BORIS_PUBLISHED_S = 11.4
SEGMENTS = 2000


def main() -> dict[str, object]:
    tmp = Path(tempfile.mkdtemp(prefix="vig-boris-"))
    project = create_project(tmp / "hour.vigproj")
    scheme = builtin("piios")
    codes = [c.id for c in scheme.codes]
    clip = Clip(1, "HOUR", "hour.mp4", "0:hour", HOUR_MS, HOUR_MS // FRAME_MS, 25.0)
    rng = random.Random(11)
    a = coding(rng, codes, SEGMENTS)
    b = disagree(rng, a, codes)
    entities: list[object] = [scheme, clip, Coder(1, "AA"), Coder(2, "BB"),
                              Session(1, 1, 1, scheme.id, scheme.version), Session(2, 1, 2, scheme.id, scheme.version)]
    segs = {1: [], 2: []}
    n = 0
    for session, rows in ((1, a), (2, b)):
        for code, start, end in rows:
            n += 1
            segs[session].append(Segment(n, session, code, start, max(end, start + FRAME_MS)))
    project.run(edit("Set up", [(None, e) for e in [*entities, *segs[1], *segs[2]]]), undoable=False)
    subject = {c.id: c.subject for c in scheme.codes}
    points = [c.id for c in scheme.codes if c.kind == CodeKind.POINT]
    figures: dict[str, object] = {"codes": len(codes), "segments_per_coder": SEGMENTS, "budget_s": 0.114}
    for interval in ("1", "0.5"):
        times, result = [], None
        for _ in range(5):
            t0 = time.perf_counter()
            result = boris_kappa(segs[1], segs[2], float(interval), subject_of=lambda s: subject[s.code_id],
                                 point_codes=points)
            times.append(time.perf_counter() - t0)
        assert result is not None
        ours = {"kappa": result.kappa_as_boris_shows_it, "median_s": round(statistics.median(times), 4)}
        figures[f"ours_{interval}s"] = ours
        print(f"Δ = {interval} s: ours K = {ours['kappa']} in {ours['median_s']:.3f} s (budget 0.114 s)", flush=True)
    boris_file = tmp / "hour.boris"
    export(project, "boris", boris_file)
    project.close()
    observations = list(json.loads(boris_file.read_text())["observations"])
    if not TOOL.exists():
        print(f"no {TOOL}: compare with BORIS's published {BORIS_PUBLISHED_S} s")
        return figures
    out = tmp / "boris.json"
    done = subprocess.run([str(TOOL), str(boris_file), *observations, "--intervals", "1", "0.5",
                           "--json", str(out)], capture_output=True, text=True)
    if done.returncode != 0:
        print(f"boris-kappa could not run: {done.stderr.strip().splitlines()[-1:]}")
        return figures
    theirs = json.loads(out.read_text())
    for interval in ("1", "0.5"):
        run = theirs["runs"][interval]
        ours = figures[f"ours_{interval}s"]
        assert isinstance(ours, dict)
        speed = run["kappa_min"] / ours["median_s"]
        figures[f"boris_{interval}s"] = {"kappa": round(run["K"], 3), "kappa_s": round(run["kappa_min"], 3),
                                         "times_faster": round(speed)}
        print(f"Δ = {interval} s: BORIS K = {run['K']:.3f} in {run['kappa_min']:.2f} s → ours is {speed:.0f}× "
              f"faster; same to 3 decimals: {round(run['K'], 3) == ours['kappa']}", flush=True)
    return figures


if __name__ == "__main__":
    print(json.dumps(main(), indent=2))
