"""Generated clips whose frames carry their own numbers, made once per test run."""

from __future__ import annotations

from fractions import Fraction
from pathlib import Path

import clipmaker
import pytest

VARIANTS = {
    "cfr25": {"frames": 80, "fps": 25},
    "ntsc2997": {"frames": 80, "fps": Fraction(30000, 1001)},
    "hevc": {"frames": 60, "fps": 25, "codec": "libx265"},
    "rotated90": {"frames": 40, "fps": 25, "rotation": 90},
    "long_gop": {"frames": 200, "fps": 25, "gop": 150},
}


@pytest.fixture(scope="session")
def clip_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("clips")


@pytest.fixture(scope="session")
def clips(clip_dir: Path) -> dict[str, Path]:
    made = {name: clipmaker.make_clip(clip_dir / f"{name}.mp4", **kw) for name, kw in VARIANTS.items()}
    pts, tb = clipmaker.vfr_pts(90)
    made["vfr"] = clipmaker.make_clip(clip_dir / "vfr.mp4", frames=90, fps=30, pts=pts, time_base=tb)
    made["bursts"] = clipmaker.make_clip(clip_dir / "bursts.mp4", frames=100, fps=25,
                                         bursts_s=(0.5, 1.7, 3.2))
    return made
