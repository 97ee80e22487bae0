"""Reliability budgets: time-unit kappa on a 1-hour clip at frame resolution with 13 codes (≤ 100 ms),
and scoring an exercise of 30 clips × 10 trainees. Prints JSON."""

from __future__ import annotations

import json
import random
import shutil
import statistics
import tempfile
import time
from pathlib import Path
from typing import Any

from vig_annotator.core.model import Clip, Coder, Rating, Segment, Session
from vig_annotator.core.project import Put
from vig_annotator.core.timebase import Timebase
from vig_annotator.reliability import exercises
from vig_annotator.reliability.time_units import Units, time_unit_agreement
from vig_annotator.schemes import builtin
from vig_annotator.store import timing
from vig_annotator.store.opening import create_project, open_project

HOUR_MS = 3_600_000


def _put(project: Any, ops: Any) -> None:
    """Add entities through the one write path and its rules (not undoable): as the app would."""
    from vig_annotator.core.commands import edit

    project.run(edit("Set up", [(None, op.entity) for op in ops]), undoable=False)


def coding(rng: random.Random, codes: list[str], n: int, session: int = 1) -> list[Segment]:
    out = []
    for i in range(n):
        start = rng.randrange(0, HOUR_MS - 10_000) // 40 * 40
        out.append(Segment(i + 1, session, codes[i % len(codes)], start, start + rng.randrange(1, 200) * 40))
    return out


def kappa_hour() -> dict[str, float]:
    scheme = builtin("piios")  # 13 evidence codes
    codes = [c.id for c in scheme.codes]
    tb = Timebase(tuple(range(0, HOUR_MS, 40)), HOUR_MS)
    rng = random.Random(2)
    a, b = coding(rng, codes, 2000), coding(rng, codes, 2000)
    t0 = time.perf_counter()
    units = Units.of_frames(tb, 0, HOUR_MS)
    build = time.perf_counter() - t0
    times = []
    for _ in range(5):
        t0 = time.perf_counter()
        time_unit_agreement(scheme, a, b, units)
        times.append(time.perf_counter() - t0)
    tol = []
    for _ in range(3):
        t0 = time.perf_counter()
        time_unit_agreement(scheme, a, b, units, tolerance=5)
        tol.append(time.perf_counter() - t0)
    return {"kappa_units": units.count, "kappa_codes": len(codes), "kappa_segments_per_coder": 2000,
            "kappa_frame_units_median_ms": round(statistics.median(times) * 1000, 1),
            "kappa_frame_units_tolerance5_median_ms": round(statistics.median(tol) * 1000, 1),
            "unit_grid_build_ms": round(build * 1000, 1), "budget_kappa_ms": 100}


def exercise_scoring(clips: int = 30, trainees: int = 10) -> dict[str, float]:
    tmp = Path(tempfile.mkdtemp())
    try:
        project = create_project(tmp / "trainer.vigproj")
        scheme = builtin("piios")
        rng = random.Random(5)
        ops = [Put(scheme), Put(Coder(1, "GOLD"))]
        for c in range(1, clips + 1):
            fp = f"{c}:clip"
            timing.save_table(project, fp, [i * 40_000 for i in range(7500)], 300_000_000)  # 5-minute clips
            ops += [Put(Clip(c, f"CASE-{c}", f"clip{c}.mp4", fp, 300_000, 7500, 25.0, timing="probed")),
                    Put(Session(c, c, 1, scheme.id, scheme.version))]
            ops += [Put(Rating(c, item.id, rng.choice((0, 2, 4)))) for item in scheme.rated_items]
            for k in range(20):
                start = rng.randrange(0, 290_000) // 40 * 40
                ops.append(Put(Segment(c * 100 + k, c, scheme.codes[k % 13].id, start, start + 4000)))
        _put(project, ops)
        exercises.create_exercise(project, "bench", list(range(1, clips + 1)), "items_exact", 0.8)
        files = []
        for t in range(trainees):
            path = exercises.package(project, "bench", tmp / f"trainee{t}.vigproj")
            trainee = open_project(path)
            tops = [Put(Rating(s.id, item.id, rng.choice((0, 2, 4)))) for s in trainee.sessions
                    for item in scheme.rated_items]
            tops += [Put(Segment(s.id * 100 + k, s.id, scheme.codes[k % 13].id, st, st + 4000))
                     for s in trainee.sessions for k, st in enumerate(rng.randrange(0, 290_000) // 40 * 40
                                                                      for _ in range(20))]
            _put(trainee, tops)
            trainee.close()
            files.append(path)
        t0 = time.perf_counter()
        exercise, scores = exercises.score(project, "bench", files)
        exercises.report_tables(exercise, scores)
        elapsed = time.perf_counter() - t0
        project.close()
        return {"exercise_clips": clips, "exercise_trainees": trainees, "exercise_scoring_s": round(elapsed, 2)}
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    figures = kappa_hour()
    figures.update(exercise_scoring())
    print(json.dumps(figures, indent=2))
