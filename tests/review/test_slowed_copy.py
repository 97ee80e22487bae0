"""The slowed copy shows exactly the excerpt's frames, each held 1/speed as long; excerpts stay exact on
variable-rate and rotated clips."""

from __future__ import annotations

import shutil

import av
import clipmaker
import cv2
import numpy as np
import pytest
from builders import build
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from vig_annotator.core.model import Moment
from vig_annotator.core.project import Put
from vig_annotator.media.excerpt import cut_excerpt, encode_excerpt, slowed_copy
from vig_annotator.media.frames import FrameReader, read_frame
from vig_annotator.media.probe import MediaError, probe
from vig_annotator.projects import add_clip, add_coder, set_clip_details, start_session
from vig_annotator.review.pack import PackError, PackOptions, build_pack
from vig_annotator.schemes import builtin
from vig_annotator.store.opening import create_project


@pytest.fixture(scope="module")
def numbered(tmp_path_factory):
    """A 4 s clip at 25 fps whose frames carry their numbers, with a tone burst."""
    d = tmp_path_factory.mktemp("numbered")
    return clipmaker.make_clip(d / "numbered.mp4", frames=100, fps=25, bursts_s=(1.0,), width=320, height=240)


@pytest.fixture(scope="module")
def variable(tmp_path_factory):
    """A phone-like clip: frames 20–70 ms apart, numbered."""
    pts, time_base = clipmaker.vfr_pts(80, seed=7)
    d = tmp_path_factory.mktemp("vfr")
    return clipmaker.make_clip(d / "vfr.mp4", frames=80, pts=pts, time_base=time_base), pts


def pictures(path):
    """Every frame of a file as (number it carries, RGB, start in ms)."""
    result = probe(path)
    with FrameReader(path, result.timebase) as reader:
        return [(clipmaker.frame_index_of(rgb), rgb, result.timebase.ms_of(i))
                for i, rgb in ((i, reader.read(i)) for i in range(result.frame_count))]


def length_ms(path):
    """How long the file's pictures last, as a player reads it from the file."""
    with av.open(str(path)) as container:
        stream = container.streams.video[0]
        return float(stream.duration * stream.time_base) * 1000


def assert_slowed(excerpt, slowed, speed):
    """Same pictures, pixel for pixel, in the same order; every start and the end stretched by 1/speed."""
    real, slow = pictures(excerpt), pictures(slowed)
    assert [n for n, _, _ in slow] == [n for n, _, _ in real]
    assert all(np.array_equal(a, b) for (_, a, _), (_, b, _) in zip(real, slow, strict=True))
    for (_, _, real_ms), (_, _, slow_ms) in zip(real, slow, strict=True):
        assert abs(slow_ms - real_ms / speed) <= 1
    assert abs(length_ms(slowed) - length_ms(excerpt) / speed) <= 1  # the last frame is held longer too
    assert not probe(slowed).has_audio  # the sound is in the real-speed excerpt only


def test_slowed_copy_shows_the_excerpts_frames_twice_as_long(numbered, tmp_path):
    tb = probe(numbered).timebase
    with FrameReader(numbered, tb) as reader:
        encode_excerpt(reader, 20, 70, tmp_path / "x.mp4")
    slowed_copy(tmp_path / "x.mp4", tmp_path / "slow.mp4", 0.5)
    assert [n for n, _, _ in pictures(tmp_path / "slow.mp4")] == list(range(20, 70))
    assert probe(tmp_path / "slow.mp4").timebase.ms_of(25) == 25 * 40 * 2  # 25 fps → 80 ms a frame
    assert probe(tmp_path / "slow.mp4").timebase.end_of(49) == 50 * 80
    assert_slowed(tmp_path / "x.mp4", tmp_path / "slow.mp4", 0.5)


def test_variable_rate_spacing_is_kept_and_stretched(variable, tmp_path):
    clip, pts = variable  # pts in ms, written by the test clip maker
    tb = probe(clip).timebase
    with FrameReader(clip, tb) as reader:
        encode_excerpt(reader, 11, 53, tmp_path / "x.mp4", sound=False)
    slowed_copy(tmp_path / "x.mp4", tmp_path / "slow.mp4", 0.4)
    real = pictures(tmp_path / "x.mp4")
    assert [n for n, _, _ in real] == list(range(11, 53))
    assert [ms for _, _, ms in real] == [p - pts[11] for p in pts[11:53]]
    slow = pictures(tmp_path / "slow.mp4")
    assert all(abs(ms - (p - pts[11]) * 2.5) <= 1 for (_, _, ms), p in zip(slow, pts[11:53], strict=True))
    assert_slowed(tmp_path / "x.mp4", tmp_path / "slow.mp4", 0.4)


@settings(max_examples=6, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(start=st.integers(0, 95), length=st.integers(1, 30), speed=st.sampled_from([0.25, 0.5, 0.75, 0.3]))
def test_any_span_and_speed_gives_the_same_frames_slowed(numbered, tmp_path_factory, start, length, speed):
    end = min(100, start + length)
    d = tmp_path_factory.mktemp("span")
    tb = probe(numbered).timebase
    with FrameReader(numbered, tb) as reader:
        stills = encode_excerpt(reader, start, end, d / "x.mp4", stills=(start, end - 1))
    for frame, rgb in stills.items():  # stills come from the same decode and equal a fresh read
        assert np.array_equal(rgb, read_frame(numbered, frame))
    slowed_copy(d / "x.mp4", d / "slow.mp4", speed)
    assert [n for n, _, _ in pictures(d / "slow.mp4")] == list(range(start, end))
    assert_slowed(d / "x.mp4", d / "slow.mp4", speed)


def test_rotated_clip_gives_upright_excerpts(tmp_path):
    clip = clipmaker.make_clip(tmp_path / "phone.mp4", frames=40, fps=25, rotation=90, width=192, height=144)
    tb = probe(clip).timebase
    out = cut_excerpt(clip, 5, 30, tmp_path / "x.mp4", tb)
    got = pictures(out)
    assert [n for n, _, _ in got] == list(range(5, 30))
    assert got[0][1].shape[:2] == (144, 192)  # shown upright, as the parent saw it
    slow = cut_excerpt(clip, 5, 30, tmp_path / "slow.mp4", tb, slow=0.5)
    assert_slowed(out, slow, 0.5)


def test_pack_slowed_copies_match_their_excerpts(tmp_path, numbered):
    shutil.copy2(numbered, tmp_path / "family.mp4")
    project = create_project(tmp_path / "vig.vigproj")
    try:
        clip = set_clip_details(project, add_clip(project, tmp_path / "family.mp4", case_id="CASE-7"),
                                consent=("direct_care",))
        session = start_session(project, clip, add_coder(project, "GU"), builtin("vig"))
        build(project, [Put(Moment(1, session.id, 400, 1600, ("being_attentive",), "Look", "", 1, 1000))])
        with pytest.raises(PackError, match="between 0 and 1"):
            build_pack(project, session.id, tmp_path / "fast", PackOptions(slow=2))
        out = build_pack(project, session.id, tmp_path / "pack", PackOptions(slow=0.5))
    finally:
        project.close()
    assert not (tmp_path / "fast").exists()
    excerpt, slowed = out / "excerpts" / "moment1.mp4", out / "excerpts" / "moment1_slow_0.5x.mp4"
    assert [n for n, _, _ in pictures(excerpt)] == list(range(10, 40))
    assert_slowed(excerpt, slowed, 0.5)
    with av.open(str(excerpt)) as container:  # the real-speed excerpt keeps its sound
        assert container.streams.audio
    # the key frame (1.0 s at 25 fps) is the exact frame
    key = cv2.imread(str(out / "stills" / "moment1_key_frame_frame000025.png"))
    assert np.array_equal(cv2.cvtColor(key, cv2.COLOR_BGR2RGB), read_frame(numbered, 25))


def test_a_speed_outside_0_to_1_is_refused(numbered, tmp_path):
    tb = probe(numbered).timebase
    with FrameReader(numbered, tb) as reader:
        encode_excerpt(reader, 0, 5, tmp_path / "x.mp4", sound=False)
    with pytest.raises(MediaError, match="between 0 and 1"):
        slowed_copy(tmp_path / "x.mp4", tmp_path / "slow.mp4", 1.5)
