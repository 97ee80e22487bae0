"""Several cameras: a paused frame step showing both 1080p cameras' new frames, and aligning two 10-minute clips.

Clips (cached in the temp folder): two 1080p H.264 clips of one "room" — 25 fps and 29.97 fps, 2 s GOP,
the second starting 3.2 s later — and two 10-minute clips of one room (320×180 picture: alignment reads
only the sound, though it demuxes the video packets too). Each figure is printed beside its budget. JSON.
"""

from __future__ import annotations

import json
import os
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

from vig_annotator.core import sources  # noqa: E402
from vig_annotator.media.alignment import align  # noqa: E402
from vig_annotator.media.probe import probe  # noqa: E402

CACHE = Path(tempfile.gettempdir()) / "vig-annotator-bench"
RATE = 16_000
OFFSET_S = 3.2


def room_sound(seconds: float, seed: int = 7) -> np.ndarray:
    """Irregular bursts of noise over quiet hiss, like a room with people in it (mono, 16 kHz)."""
    rng = np.random.default_rng(seed)
    n = int(seconds * RATE)
    out = (0.003 * rng.standard_normal(n)).astype(np.float32)
    t = 0.1
    while t < seconds:
        length = rng.uniform(0.05, 0.4)
        i, m = int(t * RATE), min(int(length * RATE), n - int(t * RATE))
        if m <= 0:
            break
        out[i:i + m] += (rng.uniform(0.1, 0.6) * rng.standard_normal(m) * np.hanning(m)).astype(np.float32)
        t += length + rng.uniform(0.1, 0.8)
    return np.clip(out, -1, 1)


def make(path: Path, seconds: float, width: int, height: int, fps: Fraction, sound: np.ndarray) -> Path:
    """A clip whose picture moves every frame and whose sound is ``sound``."""
    if path.exists():
        return path
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".part.mp4")
    with av.open(str(tmp), "w") as out:
        stream = out.add_stream("libx264", rate=fps)
        stream.width, stream.height, stream.pix_fmt = width, height, "yuv420p"
        stream.options = {"g": str(round(2 * fps)), "preset": "ultrafast", "crf": "23"}
        audio = out.add_stream("aac", rate=RATE, layout="mono")
        base = np.zeros((height, width, 3), np.uint8)
        xs = np.arange(width, dtype=np.int64)
        for i in range(int(seconds * fps)):
            base[:, :, 0] = ((xs + i * 4) % 256).astype(np.uint8)
            base[:, :, 1] = (i * 3) % 256
            frame = av.VideoFrame.from_ndarray(base, format="rgb24")
            frame.pts, frame.time_base = i, 1 / fps
            out.mux(stream.encode(frame))
        out.mux(stream.encode())
        for start in range(0, len(sound), 1024):
            aframe = av.AudioFrame.from_ndarray(sound[start:start + 1024].reshape(1, -1), format="fltp", layout="mono")
            aframe.sample_rate, aframe.pts, aframe.time_base = RATE, start, Fraction(1, RATE)
            out.mux(audio.encode(aframe))
        out.mux(audio.encode())
    tmp.rename(path)
    return path


def pair(seconds: float, width: int, height: int, tag: str) -> tuple[Path, Path]:
    room = room_sound(seconds + OFFSET_S + 1)
    n = int(seconds * RATE)
    a = room[:n]
    b = (0.5 * room[int(OFFSET_S * RATE):int(OFFSET_S * RATE) + n]).astype(np.float32)
    return (make(CACHE / f"cams_{tag}_a.mp4", seconds, width, height, Fraction(25), a),
            make(CACHE / f"cams_{tag}_b.mp4", seconds, width, height, Fraction(30000, 1001), b))


def pct(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


def two_camera_steps(a: Path, b: Path, steps: int) -> dict[str, float]:
    """Primary player + one camera following it, paused: step → both cameras' exact new frames on screen."""
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from vig_annotator.core.model import VideoSource
    from vig_annotator.qt.camera_players import SourcePlayer
    from vig_annotator.qt.player import Player

    app = QApplication.instance() or QApplication(sys.argv[:1])
    ta, tb = probe(a).timebase, probe(b).timebase
    primary = Player(audio=False)
    offset_ms = round(OFFSET_S * 1000)
    camera = SourcePlayer(VideoSource(1, 1, "infant", str(b), "", offset_ms), b, tb, audio=False)
    following = {"on": True}
    primary.position_changed.connect(lambda ms: following["on"] and camera.follow(ms, False))

    def both_shown(act) -> float:  # type: ignore[no-untyped-def]
        """Seconds from ``act`` until each player has delivered the frame it was sent to (paused players
        deliver only the frame they were sent to, so the first delivery after the step is the new frame)."""
        loop = QEventLoop()
        got = {"a": False, "b": False, "t": 0.0}

        def on(which: str) -> None:
            got[which] = True
            if got["a"] and got["b"] and not got["t"]:
                got["t"] = time.perf_counter()
                loop.quit()

        on_a, on_b = (lambda _img: on("a")), (lambda _frame: on("b"))
        primary.frame_ready.connect(on_a)
        camera.frame_shown.connect(on_b)
        QTimer.singleShot(5000, loop.quit)
        before_b = camera.wanted
        t0 = time.perf_counter()
        act()
        if not following["on"] or camera.wanted is None or camera.wanted == before_b:
            got["b"] = True  # this camera shows nothing new (not recording, or the same frame)
        if not got["t"]:
            loop.exec()
        primary.frame_ready.disconnect(on_a)
        camera.frame_shown.disconnect(on_b)
        if following["on"]:
            want_b = sources.frame_at(tb, offset_ms, primary.position)
            assert camera.shown_frame == want_b, (camera.shown_frame, want_b)
        return (got["t"] or time.perf_counter()) - t0

    both_shown(lambda: primary.load(a, ta))
    start = ta.frame_count // 2
    both_shown(lambda: primary.seek_frame(start))
    forward: list[float] = []
    back: list[float] = []
    alone_forward: list[float] = []
    alone_back: list[float] = []
    for _round in range(steps // 10):  # alternate: the same load for the two cameras and for the primary alone
        for on, fwd, bwd in ((True, forward, back), (False, alone_forward, alone_back)):
            following["on"] = on
            if on:
                both_shown(lambda: primary.step(0))  # bring the camera back to the playhead
                both_shown(lambda: camera.follow(primary.position, False))
            fwd += [both_shown(lambda: primary.step(1)) for _ in range(5)]
            bwd += [both_shown(lambda: primary.step(-1)) for _ in range(5)]
    primary.unload()
    camera.close_media()
    app.processEvents()
    return {
        "two_1080p_step_forward_p50_ms": round(statistics.median(forward) * 1000, 1),
        "two_1080p_step_forward_p95_ms": round(pct(forward, 95) * 1000, 1),
        "two_1080p_step_back_p50_ms": round(statistics.median(back) * 1000, 1),
        "two_1080p_step_back_p95_ms": round(pct(back, 95) * 1000, 1),
        "budget_two_1080p_step_p95_ms": 60,
        "one_1080p_step_forward_p50_ms": round(statistics.median(alone_forward) * 1000, 1),
        "one_1080p_step_forward_p95_ms": round(pct(alone_forward, 95) * 1000, 1),
        "one_1080p_step_back_p50_ms": round(statistics.median(alone_back) * 1000, 1),
        "one_1080p_step_back_p95_ms": round(pct(alone_back, 95) * 1000, 1),
        "load_average_1min": round(os.getloadavg()[0], 1),
    }


def alignment(a: Path, b: Path) -> dict[str, object]:
    """Best of three (wall and CPU seconds of that run), the offset's error and its confidence."""
    runs = []
    for _ in range(3):
        t0, c0 = time.perf_counter(), time.process_time()
        found = align(a, b)
        runs.append((time.perf_counter() - t0, time.process_time() - c0))
    took, cpu = min(runs)
    return {"align_10min_s": round(took, 2), "align_10min_cpu_s": round(cpu, 2), "budget_align_10min_s": 5.0,
            "align_10min_s_each_run": [round(r[0], 2) for r in runs],
            "align_10min_offset_error_ms": round(abs(found.offset_s - OFFSET_S) * 1000, 1),
            "align_10min_confidence": round(found.confidence, 3)}


if __name__ == "__main__":
    quick = "--quick" in sys.argv
    hd_a, hd_b = pair(10 if quick else 20, 1920, 1080, f"hd_{10 if quick else 20}s")
    long_a, long_b = pair(600, 320, 180, "10min")
    figures: dict[str, object] = {}
    figures.update(two_camera_steps(hd_a, hd_b, 20 if quick else 40))
    figures.update(alignment(long_a, long_b))
    figures["load_average_1min_end"] = round(os.getloadavg()[0], 1)
    print(json.dumps(figures, indent=2))
