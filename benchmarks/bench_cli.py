"""CLI start-up (issue 11): ``--version``, ``--help`` and ``info`` against a bare ``python -c pass``.

Budget: each well under half a second on this machine. Each command runs ``RUNS`` times in a child
process; the median wall time and the median CPU time of the child are printed beside the budget.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RUNS = 7
BUDGET_S = 0.5


def run(argv: list[str]) -> tuple[float, float]:
    """Wall and CPU seconds of one child process."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    t0 = time.perf_counter()
    child = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    _pid, status, usage = os.wait4(child.pid, 0)
    wall = time.perf_counter() - t0
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"{' '.join(argv)}: exit {os.waitstatus_to_exitcode(status)}")
    return wall, usage.ru_utime + usage.ru_stime


def main() -> dict[str, object]:
    with tempfile.TemporaryDirectory() as tmp:
        project = Path(tmp) / "cli.vigproj"
        subprocess.run([sys.executable, "-m", "vig_annotator.cli", "new", str(project), "--coder", "AB"],
                       check=True, capture_output=True, env={**os.environ, "PYTHONPATH": str(ROOT)})
        commands = {
            "python -c pass": [sys.executable, "-c", "pass"],
            "--version": [sys.executable, "-m", "vig_annotator.cli", "--version"],
            "--help": [sys.executable, "-m", "vig_annotator.cli", "--help"],
            "info": [sys.executable, "-m", "vig_annotator.cli", "info", str(project)],
        }
        figures: dict[str, object] = {"runs": RUNS, "budget_s": BUDGET_S,
                                      "load_average": round(os.getloadavg()[0], 1)}
        print(f"load average {os.getloadavg()[0]:.1f}; median of {RUNS} runs")
        print(f"{'command':16} {'wall s':>7} {'cpu s':>7} {'budget':>7}  × bare python")
        bare = None
        for name, argv in commands.items():
            walls, cpus = zip(*(run(argv) for _ in range(RUNS)), strict=True)
            wall, cpu = statistics.median(walls), statistics.median(cpus)
            bare = bare or wall
            budget = "" if name.startswith("python") else f"{BUDGET_S:7.1f}"
            print(f"{name:16} {wall:7.3f} {cpu:7.3f} {budget:>7}  {wall / bare:6.1f}", flush=True)
            figures[name] = {"wall_s": round(wall, 3), "cpu_s": round(cpu, 3), "times_bare": round(wall / bare, 1)}
        return figures


if __name__ == "__main__":
    print(json.dumps(main(), indent=2))
