"""What the export window's progress costs (issue 19): the GUI's export path with and without a reporter.

Writes the 100k project of ``bench_large`` (built there if missing) as the GUI does, through
``staged_export.write_staged`` on this thread, one session (100,000 segments) per format, best of
``--repeat`` runs each way. Prints each figure, the overhead beside its budget, then JSON.
"""

from __future__ import annotations

import inspect
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.append(str(HERE.parent))  # after PYTHONPATH: the checkout to measure may be another
OVERHEAD_BUDGET = 0.03
"""Reporting may cost at most 3 % of an export's time."""


def best_of(repeat: int, run: object) -> float:
    assert callable(run)
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        run()
        times.append(time.perf_counter() - t0)
    return min(times)


def main() -> dict[str, object]:
    import bench_large

    from vig_annotator.io.staged_export import discard, write_staged

    if not bench_large.PROJECT.exists():
        subprocess.run([sys.executable, str(HERE / "bench_large.py"), "--build-only"], check=True)
    repeat = int(sys.argv[sys.argv.index("--repeat") + 1]) if "--repeat" in sys.argv else 3
    reports = "report" in inspect.signature(write_staged).parameters  # an older checkout has no reporter
    out = Path(tempfile.mkdtemp(prefix="vig-bench-progress-"))
    figures: dict[str, object] = {"segments": bench_large.SEGMENTS, "repeat": repeat}
    print(f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores; best of {repeat}")
    print(f"{'format':6} {'plain s':>8} {'report s':>9} {'overhead':>9} {'budget':>7} {'reports':>8}  ok")
    try:
        for fmt in ("csv", "xlsx", "json"):
            heard: list[tuple[int, int]] = []

            def plain(fmt: str = fmt) -> None:
                discard(write_staged(bench_large.PROJECT, fmt, out / f"out.{fmt}", [1]))

            def counted(fmt: str = fmt, heard: list[tuple[int, int]] = heard) -> None:
                heard.clear()
                discard(write_staged(bench_large.PROJECT, fmt, out / f"out.{fmt}", [1],
                                     report=lambda d, t: heard.append((d, t))))

            without = best_of(repeat, plain)
            with_reports = best_of(repeat, counted) if reports else without
            overhead = with_reports / without - 1
            ok = overhead <= OVERHEAD_BUDGET
            print(f"{fmt:6} {without:8.2f} {with_reports:9.2f} {overhead:8.1%} {OVERHEAD_BUDGET:7.0%} "
                  f"{len(heard):8}  {'yes' if ok else 'NO'}", flush=True)
            figures[fmt] = {"plain_s": round(without, 3), "report_s": round(with_reports, 3),
                            "overhead": round(overhead, 4), "budget": OVERHEAD_BUDGET, "reports": len(heard)}
    finally:
        shutil.rmtree(out, ignore_errors=True)
    return figures


if __name__ == "__main__":
    print(json.dumps(main(), indent=2))
