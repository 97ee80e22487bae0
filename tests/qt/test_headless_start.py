"""The smoke test's way in: the window starts with no screen, opens a project, closes itself and says if it opened."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def start(tmp_path: Path, *args: str, theme: str = "dark") -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT), "HOME": str(tmp_path),
           "XDG_DATA_HOME": str(tmp_path / "data"), "XDG_CONFIG_HOME": str(tmp_path / "config"),
           "VIG_ANNOTATOR_EXIT_AFTER_MS": "1500", "VIG_ANNOTATOR_THEME": theme,
           "QT_LOGGING_RULES": "qt.multimedia.*=false"}
    return subprocess.run([sys.executable, "-m", "vig_annotator.cli", *args], env=env, capture_output=True,
                          text=True, timeout=120)


def test_the_window_opens_the_demo_headless_and_exits_0(tmp_path: Path) -> None:
    done = start(tmp_path)
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "data" / "vig-annotator" / "demo" / "demo.vigproj").is_file()


def test_a_project_that_does_not_open_makes_the_smoke_test_fail(tmp_path: Path) -> None:
    done = start(tmp_path, str(tmp_path / "missing.vigproj"), theme="light")
    assert done.returncode == 1
