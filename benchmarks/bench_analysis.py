"""Analysis budgets: motion energy on a 10-minute 1080p clip against raw PyAV decoding of the same clip
(≥ 0.8× its throughput, measured side by side), and contingency + sequences on a 1-hour session with
5,000 events (< 0.2 s). The clip is generated once and cached; ``--quick`` uses a 1-minute clip;
``--no-motion`` times only the coded-event analyses (also the block surrogate, time units and the Beebe
regressions, outside the budget). Prints JSON.
"""

from __future__ import annotations

import json
import statistics
import sys
import tempfile
import time
from fractions import Fraction
from pathlib import Path

import av
import numpy as np

from vig_annotator.analysis.contingency import SessionEvents, contingency
from vig_annotator.analysis.contingency_series import coded_series, self_interactive
from vig_annotator.analysis.motion_energy import motion_energy
from vig_annotator.analysis.sequences import transitions
from vig_annotator.analysis.timed_sequences import timed_transitions

CACHE = Path(tempfile.gettempdir()) / "vig-annotator-bench"
WIDTH, HEIGHT, FPS = 1920, 1080, 25
HOUR_MS = 3_600_000


def make_clip(seconds: int) -> Path:
    """Two people-sized blocks moving over a textured background, H.264 yuv420p, 2 s GOP."""
    path = CACHE / f"analysis_{seconds}s_1080p.mp4"
    if path.exists():
        return path
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".part.mp4")
    rng = np.random.default_rng(0)
    texture = rng.integers(30, 90, (HEIGHT, WIDTH), dtype=np.uint8)
    chroma = np.full((HEIGHT // 2, WIDTH), 128, np.uint8)
    with av.open(str(tmp), "w") as out:
        stream = out.add_stream("libx264", rate=FPS)
        stream.width, stream.height, stream.pix_fmt = WIDTH, HEIGHT, "yuv420p"
        stream.options = {"g": str(2 * FPS), "preset": "ultrafast", "crf": "23"}
        for i in range(seconds * FPS):
            y = texture.copy()
            px = int(300 + 200 * np.sin(i / 40))
            ix = int(1300 + 150 * np.sin((i - 10) / 33))
            y[300:800, px:px + 300] = 200
            y[400:700, ix:ix + 200] = 170
            frame = av.VideoFrame.from_ndarray(np.concatenate((y, chroma)), format="yuv420p")
            frame.pts, frame.time_base = i, Fraction(1, FPS)
            out.mux(stream.encode(frame))
        out.mux(stream.encode())
    tmp.rename(path)
    return path


def raw_decode_seconds(path: Path) -> tuple[float, int]:
    """Decode every frame with PyAV (threaded, as motion energy does) and do nothing with it."""
    t0 = time.perf_counter()
    n = 0
    with av.open(str(path)) as container:
        stream = container.streams.video[0]
        stream.thread_type = "AUTO"
        for _ in container.decode(stream):
            n += 1
    return time.perf_counter() - t0, n


def motion_figures(path: Path, rounds: int = 2) -> dict[str, float]:
    """Raw decoding and motion energy in alternation, best of each (the machine is shared)."""
    regions = {"parent": (0, 0, 960, 1080), "infant": (960, 0, 960, 1080)}
    raw, energy = [], []
    frames = step = 0
    for _ in range(rounds):
        seconds, frames = raw_decode_seconds(path)
        raw.append(seconds)
        t0 = time.perf_counter()
        motion = motion_energy(path, regions)
        energy.append(time.perf_counter() - t0)
        step = motion.step
    return {"motion_clip_frames": frames, "motion_clip_seconds": frames / FPS,
            "raw_decode_fps": round(frames / min(raw), 1), "motion_energy_fps": round(frames / min(energy), 1),
            "motion_energy_vs_raw_decode": round(min(raw) / min(energy), 3),
            "motion_energy_vs_raw_decode_each_round": [round(r / e, 3) for r, e in zip(raw, energy, strict=True)],
            "budget_motion_energy_vs_raw_decode_min": 0.8, "motion_step_px": step}


def hour_session(n_events: int = 5000, n_codes: int = 13, seed: int = 3) -> list[tuple[str, int, int]]:
    rng = np.random.default_rng(seed)
    codes = [f"code{k:02d}" for k in range(n_codes)]
    starts = np.sort(rng.integers(0, HOUR_MS - 5000, n_events))
    picks = rng.integers(0, n_codes, n_events)
    return [(codes[c], int(s), int(s) + int(d)) for c, s, d in zip(picks, starts, rng.integers(0, 4000, n_events),
                                                                    strict=True)]


def sequence_figures(runs: int = 7) -> dict[str, float]:
    events = hour_session()
    codes = sorted({e[0] for e in events})
    session = SessionEvents(events, (0, HOUR_MS))
    times, cont_t, seq_t = [], [], []
    for _ in range(runs):
        t0 = time.perf_counter()
        contingency([session], "code00", "code01", (0, 2000), permutations=1000, seed=1)
        t1 = time.perf_counter()
        transitions([("s", events)], codes, lag=1)
        t2 = time.perf_counter()
        cont_t.append(t1 - t0)
        seq_t.append(t2 - t1)
        times.append(t2 - t0)
    return {"session_events": len(events), "session_codes": len(codes), "contingency_permutations": 1000,
            "contingency_median_ms": round(statistics.median(cont_t) * 1000, 1),
            "sequences_13_codes_median_ms": round(statistics.median(seq_t) * 1000, 1),
            "contingency_plus_sequences_median_ms": round(statistics.median(times) * 1000, 1),
            "budget_contingency_plus_sequences_ms": 200}


def convention_figures(runs: int = 5) -> dict[str, float]:
    """The other conventions on the same hour: block shifts, 1-s time units, Beebe's lagged regressions (lags 3)."""
    events = hour_session()
    codes = sorted({e[0] for e in events})
    session = SessionEvents(events, (0, HOUR_MS))
    blocks, timed, beebe = [], [], []
    for _ in range(runs):
        t0 = time.perf_counter()
        contingency([session], "code00", "code01", (0, 2000), permutations=1000, seed=1, surrogate="blocks")
        t1 = time.perf_counter()
        timed_transitions([("s", events, (0, HOUR_MS))], codes, 1000, 1)
        t2 = time.perf_counter()
        a = coded_series(events, ["code00", "code01"], (0, HOUR_MS), 1000)
        b = coded_series(events, ["code02", "code03"], (0, HOUR_MS), 1000)
        self_interactive([("s", a, b)], ("a", "b"), 1.0, 3)
        t3 = time.perf_counter()
        blocks.append(t1 - t0)
        timed.append(t2 - t1)
        beebe.append(t3 - t2)
    return {"contingency_blocks_1000_median_ms": round(statistics.median(blocks) * 1000, 1),
            "timed_sequences_1s_units_13_codes_median_ms": round(statistics.median(timed) * 1000, 1),
            "self_interactive_1s_lags3_median_ms": round(statistics.median(beebe) * 1000, 1)}


if __name__ == "__main__":
    quick = "--quick" in sys.argv
    figures: dict[str, object] = {}
    figures.update(sequence_figures())
    figures.update(convention_figures())
    if "--no-motion" not in sys.argv:
        figures.update(motion_figures(make_clip(60 if quick else 600)))
    print(json.dumps(figures, indent=2))
