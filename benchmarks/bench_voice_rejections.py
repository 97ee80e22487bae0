"""Kept voice-suggestion rejections in a large project: what each refresh of the suggestions and reopening cost.

100 sessions with 200 rejections each (20,000 settings) and 600 suggestions offered in one session: taking
the session's rejected ones out (done after every edit while suggestions show; budget ≤ 20 ms), one more
rejection (an undoable edit; ≤ 50 ms), reopening the project and the file's growth. ``--quick``: 20 sessions.
Prints JSON.
"""

from __future__ import annotations

import json
import sys
import tempfile
import time
from pathlib import Path

from vig_annotator.analysis.rejected_voices import Rejection, not_rejected, reject, rejections
from vig_annotator.analysis.suggestions import Suggestion
from vig_annotator.core.commands import edit
from vig_annotator.store.opening import create_project, open_project


def best_of(n: int, work: object) -> float:
    times = []
    for _ in range(n):
        t = time.perf_counter()
        work()  # type: ignore[operator]
        times.append(time.perf_counter() - t)
    return min(times)


def main() -> None:
    sessions = 20 if "--quick" in sys.argv else 100
    per_session, offered_n = 200, 600
    codes = ("infant_vocalisation", "parent_vocalisation")
    offered = [Suggestion(i * 1500, i * 1500 + 700, codes[i % 2], "voices@300Hz", 0.8) for i in range(offered_n)]
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "bench.vigproj"
        project = create_project(path)
        before = path.stat().st_size
        kept = [Rejection(sid, s.code_id, s.start_ms, s.end_ms)
                for sid in range(1, sessions + 1) for s in offered[0:2 * per_session:2]]
        project.run(edit("many", [(None, r.setting()) for r in kept]), undoable=False)
        project.close()
        grown = path.stat().st_size - before
        t = time.perf_counter()
        project = open_project(path)
        reopen_s = time.perf_counter() - t
        refresh_s = best_of(5, lambda: not_rejected(offered, rejections(project, 1)))
        left = not_rejected(offered, rejections(project, 1))
        assert len(left) == offered_n - per_session  # every second offered stretch was rejected
        t = time.perf_counter()
        project.run(reject(project, 1, left[0]))
        reject_s = time.perf_counter() - t
        project.close()
    print(json.dumps({
        "rejections_kept": len(kept), "suggestions_offered": offered_n,
        "rejections_project_growth_mb": round(grown / 1e6, 2),
        "rejections_reopen_s": round(reopen_s, 3),
        "rejections_refresh_s": round(refresh_s, 4), "budget_rejections_refresh_s": 0.02,
        "reject_one_s": round(reject_s, 4), "budget_reject_one_s": 0.05,
    }, indent=2))


if __name__ == "__main__":
    main()
