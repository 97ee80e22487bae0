"""At 200 % scaling (QT_SCALE_FACTOR=2) the painted views and swatches are drawn at 200 %, not blown up.

Qt fixes the scale when the application starts, so the workstation runs in a child process.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

PROBE = Path(__file__).with_name("high_dpi_probe.py")
ROOT = Path(__file__).resolve().parents[2]


def test_views_are_drawn_at_the_screen_pixel_ratio(demo_copy: Path, tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "QT_SCALE_FACTOR": "2", "PYTHONPATH": str(ROOT),
           "XDG_CONFIG_HOME": str(tmp_path / "config"), "QT_LOGGING_RULES": "qt.multimedia.*=false"}
    done = subprocess.run([sys.executable, str(PROBE), str(demo_copy)], capture_output=True, text=True, env=env,
                          timeout=120)
    assert done.returncode == 0, done.stderr
    seen = json.loads(done.stdout.strip().splitlines()[-1])
    assert seen["window_ratio"] == 2.0
    assert seen["cache_ratio"] == 2.0  # the timeline's cached layer is painted with twice the pixels
    assert seen["cache_size"] == [2 * seen["timeline_size"][0], 2 * seen["timeline_size"][1]]
    assert seen["grab_ratio"] == 2.0
    assert seen["timeline_blocky"] is False  # text and edges have detail finer than a 100 % pixel
    assert seen["swatch"] == [2.0, 24]  # a 12 px code swatch has 24 device pixels
    assert seen["play_icon"] == [2.0, 32]
