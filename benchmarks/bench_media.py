"""Media budgets on generated clips: probe, open to first frame, exact seeks, steps, envelope, GUI steps.

Clips: a 1080p H.264 clip with a 2 s GOP (60 s; ``--quick``: 20 s) and a 1-hour clip at 320×180 (for
the probe and open budgets on an hour of frames; ``--quick``: 10 minutes). Each figure is printed
beside the raw PyAV decode time of the same frames, as a ratio. Prints JSON.
"""

from __future__ import annotations

import json
import os
import random
import statistics
import sys
import tempfile
import time
from fractions import Fraction
from pathlib import Path

import av
import numpy as np

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_LOGGING_RULES", "qt.multimedia.*=false")

from vig_annotator.media.audio import compute_envelope  # noqa: E402
from vig_annotator.media.frames import FrameReader  # noqa: E402
from vig_annotator.media.probe import probe  # noqa: E402

CACHE = Path(tempfile.gettempdir()) / "vig-annotator-bench"


def make(path: Path, seconds: int, width: int, height: int, fps: int = 25, gop_s: int = 2) -> Path:
    if path.exists():
        return path
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".part.mp4")
    with av.open(str(tmp), "w") as out:
        stream = out.add_stream("libx264", rate=fps)
        stream.width, stream.height, stream.pix_fmt = width, height, "yuv420p"
        stream.options = {"g": str(gop_s * fps), "preset": "ultrafast", "crf": "23"}
        audio = out.add_stream("aac", rate=16000, layout="mono")
        base = np.zeros((height, width, 3), np.uint8)
        xs = np.arange(width, dtype=np.int64)
        for i in range(seconds * fps):
            base[:, :, 0] = ((xs + i * 4) % 256).astype(np.uint8)
            base[:, :, 1] = (i * 3) % 256
            frame = av.VideoFrame.from_ndarray(base, format="rgb24")
            frame.pts = i
            frame.time_base = Fraction(1, fps)
            out.mux(stream.encode(frame))
        out.mux(stream.encode())
        t = np.arange(seconds * 16000) / 16000
        tone = (0.3 * np.sin(2 * np.pi * 440 * t) * (np.sin(2 * np.pi * 0.5 * t) > 0)).astype(np.float32)
        for start in range(0, len(tone), 1024):
            block = tone[start:start + 1024].reshape(1, -1)
            aframe = av.AudioFrame.from_ndarray(block, format="fltp", layout="mono")
            aframe.sample_rate, aframe.pts, aframe.time_base = 16000, start, Fraction(1, 16000)
            out.mux(audio.encode(aframe))
        out.mux(audio.encode())
    tmp.rename(path)
    return path


def pct(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


def ms(seconds: float) -> float:
    return round(seconds * 1000, 2)


def raw_decode_per_frame(path: Path, frames: int = 200) -> float:
    """Seconds per frame of plain sequential PyAV decoding (the floor for any exact access)."""
    with av.open(str(path)) as c:
        stream = c.streams.video[0]
        stream.thread_type = "AUTO"
        t0 = time.perf_counter()
        for i, frame in enumerate(c.decode(stream)):
            frame.to_ndarray(format="rgb24")
            if i + 1 >= frames:
                break
        return (time.perf_counter() - t0) / frames


def core_figures(path: Path, label: str) -> dict[str, float]:
    t0 = time.perf_counter()
    result = probe(path)
    probe_s = time.perf_counter() - t0
    tb = result.timebase
    t0 = time.perf_counter()
    with FrameReader(path, tb) as reader:
        reader.read(0)
        first_s = time.perf_counter() - t0
        raw = raw_decode_per_frame(path)
        rng = random.Random(1)
        seeks = []
        for _ in range(40):
            n = rng.randrange(tb.frame_count)
            t0 = time.perf_counter()
            reader.read(n)
            seeks.append(time.perf_counter() - t0)
        forward, back = [], []
        start = tb.frame_count // 2
        reader.read(start)
        for k in range(1, 41):
            t0 = time.perf_counter()
            reader.read(start + k)
            forward.append(time.perf_counter() - t0)
        for k in range(1, 41):
            t0 = time.perf_counter()
            reader.read(start + 40 - k)
            back.append(time.perf_counter() - t0)
        # back-steps past the cache: from a fresh position every time
        cold_back = []
        for k in range(10):
            n = start + 500 + k * 97
            n = min(n, tb.frame_count - 2)
            reader.read(n)
            reader._cache.clear()  # noqa: SLF001 - measure the uncached back-step honestly
            t0 = time.perf_counter()
            reader.read(n - 1)
            cold_back.append(time.perf_counter() - t0)
    t0 = time.perf_counter()
    compute_envelope(path)
    env_s = time.perf_counter() - t0
    return {
        f"{label}_frames": tb.frame_count, f"{label}_probe_ms": ms(probe_s),
        f"{label}_open_to_first_frame_ms": ms(probe_s + first_s),
        f"{label}_raw_decode_per_frame_ms": ms(raw),
        f"{label}_seek_p50_ms": ms(statistics.median(seeks)), f"{label}_seek_p95_ms": ms(pct(seeks, 95)),
        f"{label}_seek_p50_vs_raw_frame": round(statistics.median(seeks) / raw, 1),
        f"{label}_step_forward_p50_ms": ms(statistics.median(forward)),
        f"{label}_step_forward_p95_ms": ms(pct(forward, 95)),
        f"{label}_step_forward_p95_vs_raw_frame": round(pct(forward, 95) / raw, 2),
        f"{label}_step_back_cached_p95_ms": ms(pct(back, 95)),
        f"{label}_step_back_uncached_p50_ms": ms(statistics.median(cold_back)),
        f"{label}_step_back_uncached_p95_ms": ms(pct(cold_back, 95)),
        f"{label}_envelope_ms": ms(env_s),
    }


def gui_steps(path: Path) -> dict[str, float]:
    """The GUI player (QtMultimedia): step → the exact frame delivered, paused."""
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from vig_annotator.qt.player import Player

    app = QApplication.instance() or QApplication(sys.argv[:1])
    tb = probe(path).timebase
    player = Player(audio=False)

    def until_frame(target: int, act) -> float:  # type: ignore[no-untyped-def]
        loop = QEventLoop()
        done = {"t": 0.0}

        def check(_img: object) -> None:
            if player.frame == target and not loop_done["v"]:
                done["t"] = time.perf_counter()
                loop_done["v"] = True
                loop.quit()

        loop_done = {"v": False}
        player.frame_ready.connect(check)
        QTimer.singleShot(5000, loop.quit)
        t0 = time.perf_counter()
        act()
        if not loop_done["v"]:
            loop.exec()
        player.frame_ready.disconnect(check)
        return (done["t"] or time.perf_counter()) - t0

    t0 = time.perf_counter()
    until_frame(0, lambda: player.load(path, tb))
    first = time.perf_counter() - t0
    start = tb.frame_count // 3
    until_frame(start, lambda: player.seek_frame(start))
    forward = [until_frame(start + k, lambda k=k: player.step(1)) for k in range(1, 31)]
    back = [until_frame(start + 30 - k, lambda: player.step(-1)) for k in range(1, 31)]
    player.unload()
    app.processEvents()
    return {"gui_open_to_first_frame_ms": ms(first),
            "gui_step_forward_p50_ms": ms(statistics.median(forward)), "gui_step_forward_p95_ms": ms(pct(forward, 95)),
            "gui_step_back_p50_ms": ms(statistics.median(back)), "gui_step_back_p95_ms": ms(pct(back, 95)),
            "budget_step_forward_p95_ms": 40, "budget_step_back_p95_ms": 120}


if __name__ == "__main__":
    quick = "--quick" in sys.argv
    hd = make(CACHE / f"hd1080_{20 if quick else 60}s.mp4", 20 if quick else 60, 1920, 1080)
    long = make(CACHE / f"long_{600 if quick else 3600}s.mp4", 600 if quick else 3600, 320, 180)
    figures: dict[str, float] = {"budget_open_1h_ms": 1500}
    figures.update(core_figures(hd, "hd1080"))
    figures.update(core_figures(long, "long"))
    figures.update(gui_steps(hd))
    print(json.dumps(figures, indent=2))
