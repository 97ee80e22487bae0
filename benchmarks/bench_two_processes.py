"""Two processes doing anything to one project name, for many rounds: prints what happened and how fast.

Usage: python benchmarks/bench_two_processes.py [ROUNDS]   (default 200; the test suite runs 40)
Fails (exit 1) if any operation reported done is missing from its project file.
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "tests"), str(ROOT / "tests" / "store")]

from test_two_processes import check, run_two  # noqa: E402


def main() -> int:
    rounds = int(sys.argv[1]) if len(sys.argv) > 1 and sys.argv[1].isdigit() else 200
    with tempfile.TemporaryDirectory() as folder:
        started = time.perf_counter()
        reports = run_two(Path(folder), rounds, (11, 12))
        took = time.perf_counter() - started
        try:
            counts = check(reports, rounds)
        except AssertionError as exc:
            print(f"LOST OR UNEXPLAINED: {exc}")
            return 1
    done = sum(v for k, v in counts.items() if k.endswith("done"))
    print(f"{rounds} rounds, {2 * rounds} operations in {took:.1f} s ({2 * rounds / took:.1f} operations/s)")
    print(f"reported done: {done}; all found in their project files (budget: 0 lost)")
    for key in sorted(counts):
        print(f"  {key:20s} {counts[key]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
