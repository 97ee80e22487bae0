"""Bad media: each case gets one clear message naming the file and the reason, and changes nothing."""

from __future__ import annotations

import hashlib
import subprocess
import sys
from fractions import Fraction
from pathlib import Path

import av
import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from vig_annotator.media.probe import MediaError, probe
from vig_annotator.projects import add_clip


def audio_only(path: Path) -> Path:
    with av.open(str(path), "w") as out:
        stream = out.add_stream("aac", rate=16000, layout="mono")
        for start in range(0, 16000, 1024):
            frame = av.AudioFrame.from_ndarray(np.zeros((1, 1024), np.float32), format="fltp", layout="mono")
            frame.sample_rate, frame.pts, frame.time_base = 16000, start, Fraction(1, 16000)
            out.mux(stream.encode(frame))
        out.mux(stream.encode())
    return path


@pytest.fixture
def bad_files(tmp_path, clips):
    text = tmp_path / "notes.mp4"
    text.write_text("minutes of the team meeting\n" * 50)
    empty = tmp_path / "empty.mp4"
    empty.write_bytes(b"")
    whole = clips["cfr25"].read_bytes()
    truncated = tmp_path / "truncated.mp4"
    truncated.write_bytes(whole[: len(whole) // 2])
    return {"text": (text, "cannot be read as video"), "empty": (empty, "is empty"),
            "truncated": (truncated, "damaged or truncated"),
            "no_video": (audio_only(tmp_path / "voice.m4a"), "has no video stream"),
            "missing": (tmp_path / "nowhere.mp4", "no such file"),
            "folder": (tmp_path, "is a folder")}


@pytest.mark.parametrize("case", ["text", "empty", "truncated", "no_video", "missing", "folder"])
def test_probe_names_the_file_and_the_reason(bad_files, case):
    path, reason = bad_files[case]
    with pytest.raises(MediaError) as caught:
        probe(path)
    assert str(path) in str(caught.value) and reason in str(caught.value)


@pytest.mark.parametrize("case", ["text", "truncated", "no_video"])
def test_adding_a_bad_clip_leaves_the_project_file_as_it_was(bad_files, blank_project, case):
    project_file = Path(blank_project.path)
    before = hashlib.sha256(project_file.read_bytes()).hexdigest()
    clips_before = blank_project.clips
    with pytest.raises(MediaError):
        add_clip(blank_project, bad_files[case][0])
    assert blank_project.clips == clips_before
    assert hashlib.sha256(project_file.read_bytes()).hexdigest() == before


def test_cli_probe_json_carries_every_frame_time(clips):
    import json

    out = subprocess.run([sys.executable, "-m", "vig_annotator.cli", "probe", str(clips["vfr"]), "--json"],
                         capture_output=True, text=True, check=True)
    data = json.loads(out.stdout)
    import clipmaker

    pts, _ = clipmaker.vfr_pts(90)
    assert data["frame_times_ms"] == [float(p) for p in pts]
    assert data["variable_frame_rate"] is True and data["frame_count"] == 90


def test_cli_still_writes_the_exact_frame_and_refuses_bad_input(clips, tmp_path):
    import clipmaker
    import cv2

    out = tmp_path / "f.png"
    run = [sys.executable, "-m", "vig_annotator.cli", "still", str(clips["ntsc2997"])]
    subprocess.run(run + ["--time", "1001", "-o", str(out)], check=True, capture_output=True)
    assert clipmaker.frame_index_of(cv2.cvtColor(cv2.imread(str(out)), cv2.COLOR_BGR2RGB)) == 30
    bad = subprocess.run(run + ["--frame", "500", "-o", str(tmp_path / "g.png")], capture_output=True, text=True)
    assert bad.returncode == 2 and bad.stderr.count("\n") == 1 and "has frames 0–79, not 500" in bad.stderr
    assert not (tmp_path / "g.png").exists()
    notvideo = subprocess.run([sys.executable, "-m", "vig_annotator.cli", "probe", __file__],
                              capture_output=True, text=True)
    assert notvideo.returncode == 2 and __file__ in notvideo.stderr


def damaged_sps(source: Path, target: Path) -> Path:
    """A copy of an H.264 MP4 whose sequence parameter set (in the avcC box) is overwritten."""
    data = bytearray(source.read_bytes())
    box = data.find(b"avcC")
    length = int.from_bytes(data[box + 10:box + 12], "big")
    start = box + 12 + 4  # keep the NAL header, profile and level; ruin the rest
    data[start:box + 12 + length] = b"\xff" * (length - 4)
    target.write_bytes(bytes(data))
    return target


def test_a_clip_whose_first_frame_cannot_be_decoded_is_refused_at_probe(tmp_path):
    # the container still reads (a 16×16 picture, 1000 frames) but no frame decodes: refuse it now
    damaged = damaged_sps(Path(__file__).resolve().parents[2] / "sample_clips" / "demo_clip.mp4",
                          tmp_path / "damaged.mp4")
    with pytest.raises(MediaError, match="first frame cannot be decoded") as caught:
        probe(damaged)
    assert str(damaged) in str(caught.value)
    done = subprocess.run([sys.executable, "-m", "vig_annotator.cli", "probe", str(damaged)],
                          capture_output=True, text=True)
    assert done.returncode == 2 and done.stderr.count("\n") == 1 and "damaged" in done.stderr


def test_a_clip_claiming_an_absurd_picture_size_is_refused_at_probe(tmp_path):
    # an MJPEG clip whose frames claim 65,520 × 65,520 pixels: refused with a message, never a crash
    made = tmp_path / "made.mkv"
    with av.open(str(made), "w") as out:
        stream = out.add_stream("mjpeg", rate=25)
        stream.width, stream.height, stream.pix_fmt = 64, 64, "yuvj420p"
        for i in range(5):
            frame = av.VideoFrame.from_ndarray(np.zeros((64, 64, 3), np.uint8), format="rgb24")
            frame.pts = i
            out.mux(stream.encode(frame))
        out.mux(stream.encode())
    data = bytearray(made.read_bytes())
    at = data.find(b"\xff\xc0")  # each frame's start-of-frame header: length, precision, height, width
    while at != -1:
        data[at + 5:at + 9] = b"\xff\xf0\xff\xf0"
        at = data.find(b"\xff\xc0", at + 1)
    absurd = tmp_path / "absurd.mkv"
    absurd.write_bytes(bytes(data))
    with pytest.raises(MediaError) as caught:
        probe(absurd)
    assert str(absurd) in str(caught.value)


@settings(max_examples=50, deadline=None, derandomize=True, database=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(edits=st.lists(st.tuples(st.floats(0, 1), st.integers(1, 4096), st.binary(min_size=1, max_size=8)),
                      min_size=1, max_size=4))
def test_damaged_copies_of_a_clip_are_probed_or_refused_never_a_crash(tmp_path, edits):
    data = bytearray((Path(__file__).resolve().parents[2] / "sample_clips" / "demo_clip.mp4").read_bytes())
    for where, length, noise in edits:  # overwrite runs of bytes: headers, SPS, packets
        at = int(where * (len(data) - 1))
        data[at:at + length] = (noise * (length // len(noise) + 1))[:length]
    damaged = tmp_path / "damaged.mp4"
    damaged.write_bytes(bytes(data))
    try:
        result = probe(damaged)
    except MediaError as exc:
        assert str(damaged) in str(exc)
    else:
        assert result.frame_count > 0 and 0 < result.width <= 16384 and 0 < result.height <= 16384
