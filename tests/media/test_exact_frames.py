"""Frame identity is exact after any seek or step, on every kind of clip users bring."""

from __future__ import annotations

import random

import clipmaker
import numpy as np
import pytest

from vig_annotator.media.frames import FrameReader, read_frame, save_still
from vig_annotator.media.probe import probe

KINDS = ["cfr25", "ntsc2997", "hevc", "rotated90", "long_gop", "vfr"]


@pytest.mark.parametrize("kind", KINDS)
def test_random_seeks_and_steps_show_exactly_the_frame_asked_for(clips, kind):
    result = probe(clips[kind])
    rng = random.Random(kind)
    n = result.frame_count
    order = [rng.randrange(n) for _ in range(30)]
    order += list(range(n // 2, n // 2 + 8))          # stepping forward
    order += list(range(n // 2 + 8, n // 2 - 8, -1))  # stepping back
    order += [0, n - 1, 0]
    with FrameReader(clips[kind], result.timebase) as reader:
        shown = [clipmaker.frame_index_of(reader.read(i)) for i in order]
    assert shown == order


def test_frame_counts_and_times_match_what_was_encoded(clips):
    assert probe(clips["cfr25"]).frame_count == 80
    ntsc = probe(clips["ntsc2997"]).timebase
    assert ntsc.frame_count == 80
    # frame 30 of 30000/1001 fps starts at 30 * 1001 / 30 = 1001 ms
    assert ntsc.ms_of(30) == 1001
    pts, _tb = clipmaker.vfr_pts(90)
    vfr = probe(clips["vfr"])
    assert vfr.variable_rate and not probe(clips["cfr25"]).variable_rate
    assert list(vfr.timebase.frame_ms) == pts  # the encoded pts were in ms


def test_rotated_clip_is_read_upright(clips):
    result = probe(clips["rotated90"])
    assert result.rotation == 90
    picture = read_frame(clips["rotated90"], 7, result.timebase)
    assert picture.shape[:2] == (clipmaker.H, clipmaker.W)  # portrait storage shown landscape-upright
    assert clipmaker.frame_index_of(picture) == 7


def test_still_is_the_decoded_frame_at_full_resolution(clips, tmp_path):
    import cv2

    out = save_still(clips["cfr25"], 42, tmp_path / "still.png")
    written = cv2.cvtColor(cv2.imread(str(out)), cv2.COLOR_BGR2RGB)
    assert np.array_equal(written, read_frame(clips["cfr25"], 42))
    assert clipmaker.frame_index_of(written) == 42


def test_asking_for_a_frame_past_the_end_names_the_range(clips):
    from vig_annotator.media.probe import MediaError

    with pytest.raises(MediaError, match="has frames 0–79, not 80"):
        read_frame(clips["cfr25"], 80)
