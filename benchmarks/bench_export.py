"""Export 10,000 segments to CSV and XLSX (budgets: ≤ 0.2 s and ≤ 2 s). Prints JSON."""

from __future__ import annotations

import json
import random
import statistics
import tempfile
import time
from pathlib import Path
from typing import Any

from vig_annotator.core.model import Clip, Coder, Segment, Session
from vig_annotator.core.project import Put
from vig_annotator.io.export import export
from vig_annotator.schemes import builtin
from vig_annotator.store import timing
from vig_annotator.store.opening import create_project

N = 10_000


def _put(project: Any, ops: Any) -> None:
    """Add entities through the one write path and its rules (not undoable): as the app would."""
    from vig_annotator.core.commands import edit

    project.run(edit("Set up", [(None, op.entity) for op in ops]), undoable=False)


def main() -> dict[str, float]:
    tmp = Path(tempfile.mkdtemp())
    project = create_project(tmp / "bench.vigproj")
    scheme = builtin("demo")
    clip = Clip(1, "BENCH", "bench.mp4", "0:bench", 3_600_000, 90_000, 25.0, timing="probed")
    timing.save_table(project, clip.fingerprint, [i * 40_000 for i in range(90_000)], 3_600_000_000)
    _put(project, [Put(scheme), Put(clip), Put(Coder(1, "BM")), Put(Session(1, 1, 1, "demo", "1.0"))])
    rng = random.Random(1)
    codes = [c.id for c in scheme.codes]
    segments = []
    for i in range(N):
        start = rng.randrange(0, 3_590_000)
        segments.append(Put(Segment(i + 1, 1, codes[i % len(codes)], start, start + rng.randrange(0, 8000),
                                    note="note" if i % 3 else "")))
    _put(project, segments)
    figures: dict[str, float] = {"segments": N, "budget_csv_s": 0.2, "budget_xlsx_s": 2.0}
    for fmt, runs in (("csv", 5), ("xlsx", 3), ("json", 3)):
        times = []
        for r in range(runs):
            t0 = time.perf_counter()
            export(project, fmt, tmp / f"out{r}.{fmt}")
            times.append(time.perf_counter() - t0)
        figures[f"{fmt}_median_s"] = round(statistics.median(times), 3)
    project.close()
    return figures


if __name__ == "__main__":
    print(json.dumps(main(), indent=2))
