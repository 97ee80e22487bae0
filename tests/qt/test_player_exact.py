"""The GUI player shows — and reports — exactly the frame asked for, on clips carrying their numbers."""

from __future__ import annotations

import random

import clipmaker
import numpy as np
import pytest
from PySide6.QtGui import QImage

from vig_annotator.media.probe import probe
from vig_annotator.qt.player import Player


def image_index(image: QImage) -> int:
    rgb = image.convertToFormat(QImage.Format.Format_RGB888)
    h, w = rgb.height(), rgb.width()
    data = np.frombuffer(rgb.constBits(), np.uint8, count=rgb.bytesPerLine() * h).reshape(h, rgb.bytesPerLine())
    return clipmaker.frame_index_of(data[:, : w * 3].reshape(h, w, 3))


@pytest.fixture(scope="module")
def gui_clips(tmp_path_factory):
    from fractions import Fraction

    d = tmp_path_factory.mktemp("gui_clips")
    pts, tb = clipmaker.vfr_pts(60, seed=4)
    return {
        "ntsc": clipmaker.make_clip(d / "ntsc.mp4", frames=60, fps=Fraction(30000, 1001)),
        "vfr": clipmaker.make_clip(d / "vfr.mp4", frames=60, fps=30, pts=pts, time_base=tb),
        "rotated": clipmaker.make_clip(d / "rot.mp4", frames=30, fps=25, rotation=90),
    }


def shown_after(qtbot, player: Player, act) -> int:
    with qtbot.waitSignal(player.frame_ready, timeout=5000) as blocker:
        act()
    qtbot.waitUntil(lambda: image_index(player.last_image) == player.frame, timeout=3000)
    del blocker
    return image_index(player.last_image)


@pytest.mark.parametrize("kind", ["ntsc", "vfr", "rotated"])
def test_seeks_and_steps_show_and_report_the_true_frame(qtbot, gui_clips, kind):
    result = probe(gui_clips[kind])
    player = Player(audio=False)
    try:
        with qtbot.waitSignal(player.frame_ready, timeout=5000):
            player.load(gui_clips[kind], result.timebase)
        rng = random.Random(kind)
        targets = [rng.randrange(1, result.frame_count - 1) for _ in range(8)]
        for target in targets:
            assert shown_after(qtbot, player, lambda t=target: player.seek_frame(t)) == target
            assert player.frame == target
            assert player.position == result.timebase.ms_of(target)
            assert shown_after(qtbot, player, lambda: player.step(1)) == target + 1
            assert shown_after(qtbot, player, lambda: player.step(-1)) == target
    finally:
        player.unload()
