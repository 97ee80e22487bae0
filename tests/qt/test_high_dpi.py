"""At 200 % scaling (QT_SCALE_FACTOR=2) the painted views and swatches are drawn at 200 %, not blown up.

Qt fixes the scale when the application starts, so the workstation runs in a child process. The same
probe, closed while background work is decoding the clip, must exit cleanly every time: no worker is
left running when Qt and the interpreter go away (once such a probe aborted, "FATAL: exception not rethrown").
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

PROBE = Path(__file__).with_name("high_dpi_probe.py")
ROOT = Path(__file__).resolve().parents[2]


RUNS = 20
AT_ONCE = 4


def probe_env(config: Path) -> dict[str, str]:
    return {**os.environ, "QT_QPA_PLATFORM": "offscreen", "QT_SCALE_FACTOR": "2", "PYTHONPATH": str(ROOT),
            "XDG_CONFIG_HOME": str(config), "QT_LOGGING_RULES": "qt.multimedia.*=false"}


def test_views_are_drawn_at_the_screen_pixel_ratio(demo_copy: Path, tmp_path: Path) -> None:
    done = subprocess.run([sys.executable, str(PROBE), str(demo_copy)], capture_output=True, text=True,
                          env=probe_env(tmp_path / "config"), timeout=120)
    assert done.returncode == 0, done.stderr
    seen = json.loads(done.stdout.strip().splitlines()[-1])
    assert seen["window_ratio"] == 2.0
    assert seen["cache_ratio"] == 2.0  # the timeline's cached layer is painted with twice the pixels
    assert seen["cache_size"] == [2 * seen["timeline_size"][0], 2 * seen["timeline_size"][1]]
    assert seen["grab_ratio"] == 2.0
    assert seen["timeline_blocky"] is False  # text and edges have detail finer than a 100 % pixel
    assert seen["swatch"] == [2.0, 24]  # a 12 px code swatch has 24 device pixels
    assert seen["play_icon"] == [2.0, 32]


@pytest.mark.slow
@pytest.mark.timeout(600)  # 20 app starts: about a minute on a loaded 2-core machine, more beside other workers
def test_closing_with_work_in_flight_exits_cleanly_every_time(demo_copy: Path, tmp_path: Path) -> None:
    """20 runs, each closed while four workers decode the clip: every one exits 0, its workers stopped first."""
    waiting = list(range(RUNS))
    running: list[tuple[int, subprocess.Popen[str]]] = []
    outcomes: dict[int, tuple[int, str, str]] = {}
    deadline = time.monotonic() + 540
    while waiting or running:
        while waiting and len(running) < AT_ONCE:
            run = waiting.pop()
            folder = tmp_path / f"run{run}"
            folder.mkdir()
            for name in ("demo.vigproj", "demo_clip.mp4"):
                shutil.copy2(demo_copy.parent / name, folder / name)
            running.append((run, subprocess.Popen([sys.executable, str(PROBE), str(folder / "demo.vigproj"), "--busy"],
                                                  stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                                                  env=probe_env(folder / "config"))))
        run, process = running.pop(0)
        try:
            out, err = process.communicate(timeout=max(1.0, deadline - time.monotonic()))
        except subprocess.TimeoutExpired:
            process.kill()
            out, err = process.communicate()
        outcomes[run] = (process.returncode, out, err)
    failed = {run: (code, err[-2000:]) for run, (code, _out, err) in outcomes.items() if code != 0}
    assert not failed, f"{len(failed)} of {RUNS} runs did not exit 0: {failed}"
    for run, (_code, out, err) in sorted(outcomes.items()):
        seen = json.loads(out.strip().splitlines()[-1])
        assert len(seen["working_at_close"]) >= 3, f"run {run}: the work had finished before the close"
        assert seen["working_after_close"] == [], f"run {run}: workers outlived the window"
        assert "Traceback" not in err, f"run {run}: {err[-2000:]}"
