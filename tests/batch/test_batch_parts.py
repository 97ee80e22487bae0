"""The batch's parts without a cluster: finding clips on a worker, the kept results, the progress line."""

from __future__ import annotations

import json
from pathlib import Path

import clipmaker
import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from vig_annotator.analysis.motion_energy import MotionEnergy
from vig_annotator.analysis.pitch import PitchTrack
from vig_annotator.batch.analyses import ClipResult, clip_params, locate
from vig_annotator.batch.cache import ResultCache, result_key
from vig_annotator.batch.engine import Progress, media_relative
from vig_annotator.batch.inputs import BatchClip
from vig_annotator.cli.progress_bar import describe


def test_a_worker_finds_the_clip_under_its_own_media_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    sender = tmp_path / "lab-share" / "cohort" / "visit.mp4"
    sender.parent.mkdir(parents=True)
    sender.write_bytes(b"x")
    monkeypatch.setenv("VIG_MEDIA", str(tmp_path / "lab-share"))
    relative = media_relative(sender)
    assert relative == "cohort/visit.mp4"
    # On the worker the share is mounted elsewhere: the absolute path is not there, VIG_MEDIA is.
    mounted = tmp_path / "mnt" / "media" / "cohort" / "visit.mp4"
    mounted.parent.mkdir(parents=True)
    mounted.write_bytes(b"x")
    monkeypatch.setenv("VIG_MEDIA", str(tmp_path / "mnt" / "media"))
    assert locate("/nowhere/cohort/visit.mp4", relative) == mounted
    with pytest.raises(FileNotFoundError, match="not found on worker .* VIG_MEDIA"):
        locate("/nowhere/cohort/other.mp4", "cohort/other.mp4")


def test_kept_results_round_trip_with_their_arrays(tmp_path: Path) -> None:
    cache = ResultCache(tmp_path)
    track = PitchTrack(np.arange(5.0) * 10, np.array([np.nan, 300, 310, np.nan, 450.5]), np.linspace(0, 1, 5), 10)
    cache.put("k1", "voices", "1:ab", ClipResult([{"start_s": 0.1, "speaker": "infant"}], track))
    back = cache.get("k1", with_keep=True)
    assert back is not None and back.rows == [{"start_s": 0.1, "speaker": "infant"}]
    np.testing.assert_array_equal(back.keep.f0_hz, track.f0_hz)
    assert back.keep.step_ms == 10
    motion = MotionEnergy(np.array([0.0, 40.0]), {"parent": np.array([0.0, 0.25]), "infant": np.array([0.0, 0.5])},
                          {"parent": (0, 0, 10, 10), "infant": (10, 0, 10, 10)}, 12, 2, (20, 10))
    cache.put("k2", "motion", "1:ab", ClipResult([{"time_s": 0.0}], motion))
    kept = cache.get("k2", with_keep=True)
    assert kept is not None
    assert (kept.keep.regions, kept.keep.threshold, kept.keep.step, kept.keep.frame_size) == (
        motion.regions, 12, 2, (20, 10))
    for name in ("parent", "infant"):
        np.testing.assert_array_equal(kept.keep.energy[name], motion.energy[name])
    np.testing.assert_array_equal(kept.keep.times_ms, motion.times_ms)


def test_the_key_changes_with_every_parameter_and_the_clip() -> None:
    base = result_key("voices", {"threshold_hz": 300.0}, "10:aa")
    assert base == result_key("voices", {"threshold_hz": 300.0}, "10:aa")
    assert len({base, result_key("voices", {"threshold_hz": 301.0}, "10:aa"),
                result_key("voices", {"threshold_hz": 300.0}, "10:ab"),
                result_key("motion", {"threshold_hz": 300.0}, "10:aa")}) == 4


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(junk=st.binary(max_size=200) | st.text(max_size=80).map(str.encode)
       | st.builds(lambda v: json.dumps(v).encode(), st.recursive(
           st.none() | st.integers() | st.text(max_size=5), lambda c: st.lists(c, max_size=3)
           | st.dictionaries(st.sampled_from(["rows", "keep", "x"]), c, max_size=3), max_leaves=8)))
def test_a_damaged_kept_result_is_computed_again_never_trusted(tmp_path: Path, junk: bytes) -> None:
    cache = ResultCache(tmp_path)
    (tmp_path / "k.json").write_bytes(junk)
    (tmp_path / "k.npz").write_bytes(junk)
    got = cache.get("k", with_keep=True)
    assert got is None or isinstance(got.rows, list)
    (tmp_path / "fingerprints.json").write_bytes(junk)
    ResultCache(tmp_path)  # a damaged fingerprint list is forgotten, not fatal


def test_fingerprints_are_remembered_until_the_file_changes(tmp_path: Path) -> None:
    clip = clipmaker.make_clip(tmp_path / "a.mp4", frames=20)
    cache = ResultCache(tmp_path / "cache")
    first = cache.fingerprint(clip)
    cache.save_fingerprints()
    assert ResultCache(tmp_path / "cache").fingerprint(clip) == first
    clipmaker.make_clip(clip, frames=30)
    assert ResultCache(tmp_path / "cache").fingerprint(clip) != first


def test_saved_regions_are_used_only_when_none_are_given() -> None:
    clip = BatchClip(Path("/v.mp4"), "C-1", "p.vigproj", 1, {"parent": (0, 0, 5, 5), "infant": (5, 0, 5, 5)})
    assert clip_params("motion", {"threshold": 12}, clip)["regions"] == {"parent": [0, 0, 5, 5],
                                                                         "infant": [5, 0, 5, 5]}
    given_regions = {"threshold": 12, "regions": {"a": [0, 0, 1, 1], "b": [1, 0, 1, 1]}}
    assert clip_params("motion", given_regions, clip) is given_regions
    with pytest.raises(ValueError, match="no two regions saved"):
        clip_params("synchrony", {}, BatchClip(Path("/v.mp4")))


def test_the_progress_line_says_done_failed_and_time_left() -> None:
    line = describe(Progress(finished=12, total=40, failed=1, elapsed_s=60, computed=10, to_compute=38))
    assert "12/40 clips" in line and "1 failed" in line
    assert "about 2 min 48 s left" in line  # 6 s a clip, 28 clips to go
    assert "starting workers" in describe(Progress(0, 5, 0, 1.0, 0, 5))
    assert "took 1 min 05 s" in describe(Progress(5, 5, 0, 65.0, 5, 5))
