"""``vig-annotator batch`` on a real Dask scheduler with two worker processes.

Each clip's rows must equal what the single-clip verb gives for it; a worker killed mid-batch must not
lose a clip; a second run must skip what is done (without even reaching a scheduler); a bad clip is
reported and the rest go on.
"""

from __future__ import annotations

import json
import shutil
import threading
from pathlib import Path

import clipmaker
import numpy as np
import pandas as pd
import pytest
from inprocess import digest, run_cli

from vig_annotator.analysis.saved_motion import cached_motion
from vig_annotator.analysis.saved_voices import cached_track
from vig_annotator.analysis.voices import VoiceSettings, vocalisations
from vig_annotator.batch.cache import ResultCache
from vig_annotator.batch.engine import Progress, run_batch
from vig_annotator.batch.inputs import gather
from vig_annotator.store.opening import open_project

REGIONS = ["--region", "left=0,0,96,144", "--region", "right=96,0,96,144"]


def _clips(folder: Path, count: int, frames: int = 100) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    return [clipmaker.make_clip(folder / f"visit{i}.mp4", frames=frames + 7 * i, bursts_s=[0.4 + 0.1 * i, 2.0],
                                audio=True) for i in range(count)]


def _table(path: Path) -> pd.DataFrame:
    return pd.read_csv(path, keep_default_na=False)


def test_voices_rows_equal_the_single_clip_verb(tmp_path: Path, dask_cluster) -> None:
    clips = _clips(tmp_path / "cohort", 3)
    out = tmp_path / "voices.csv"
    done = run_cli("batch", "voices", tmp_path / "cohort", "-o", out, "--scheduler", dask_cluster.address, "-q")
    assert done.status == 0, done.err
    assert "3 clips, 3 analysed" in done.out
    table = _table(out)
    for clip in clips:
        single = run_cli("analyse", "voices", clip, "-f", "json")
        assert single.status == 0, single.err
        expected = json.loads(single.out)["vocalisations"]
        assert expected, "the clip has tone bursts: the single-clip verb must find them"
        mine = table[table["clip"] == str(clip.resolve())]
        assert mine[["start_s", "end_s", "speaker", "f0_median_hz", "confidence", "example"]].to_dict(
            "records") == expected
    status = _table(tmp_path / "voices.clips.csv")
    assert list(status["status"]) == ["done"] * 3


def test_synchrony_and_probe_rows_equal_the_single_clip_verbs(tmp_path: Path, dask_cluster) -> None:
    clips = _clips(tmp_path / "cohort", 2, frames=150)
    out = tmp_path / "sync.json"
    options = ["--window", "2", "--max-lag", "0.4", "--surrogates", "20"]
    done = run_cli("batch", "synchrony", *clips, *REGIONS, *options, "-o", out,
                   "--scheduler", dask_cluster.address, "-q")
    assert done.status == 0, done.err
    rows = json.loads(out.read_text())["results"]
    for clip in clips:
        single = json.loads(run_cli("analyse", "synchrony", clip, *REGIONS, *options, "-f", "json").out)
        mine = [r for r in rows if r["clip"] == str(clip.resolve())]
        assert len(mine) == 1
        for field in ("first", "second", "lag_s", "peak_r", "synchrony", "surrogate_mean", "effect", "p_value",
                      "window_s", "step_s", "max_lag_s", "surrogates", "surrogate_test", "note"):
            assert mine[0][field] == single[field], field
        # three 2-s segments have 6 orderings: p cannot reach 0.05, and the row says so rather than give one
        assert mine[0]["surrogate_test"] == "too short to test" and mine[0]["p_value"] is None

    probed = tmp_path / "probe.csv"
    assert run_cli("batch", "probe", *clips, "-o", probed, "--scheduler", dask_cluster.address, "-q").status == 0
    table = _table(probed)
    for clip in clips:
        single = json.loads(run_cli("probe", clip, "--json").out)
        row = table[table["clip"] == str(clip.resolve())].iloc[0]
        for field in ("frame_count", "width", "height", "rotation", "duration_ms", "video_codec", "has_audio"):
            assert row[field] == single[field], field


def test_a_worker_killed_midway_loses_no_clip(tmp_path: Path, own_dask_cluster) -> None:
    dask_cluster = own_dask_cluster
    clips = _clips(tmp_path / "cohort", 8, frames=400)
    killed: list[Progress] = []
    lock = threading.Lock()

    def kill_after_first(progress: Progress) -> None:
        with lock:
            if progress.computed >= 1 and not killed:
                killed.append(progress)
                dask_cluster.kill_worker(1)

    cache = ResultCache(tmp_path / "cache")
    params = {"threshold": 12, "regions": {"left": [0, 0, 96, 144], "right": [96, 0, 96, 144]}}
    statuses = run_batch(gather([tmp_path / "cohort"]), "motion", params, cache,
                         scheduler=dask_cluster.address, progress=kill_after_first)
    assert killed and killed[0].finished < killed[0].total, "the worker must die while clips are still to do"
    assert dask_cluster.workers[1].poll() is not None
    assert [s.status for s in statuses] == ["done"] * 8, [s.reason for s in statuses]
    from vig_annotator.analysis.motion_energy import motion_energy

    for clip, status in zip(clips, statuses, strict=True):
        assert status.result is not None
        direct = motion_energy(clip, {"left": (0, 0, 96, 144), "right": (96, 0, 96, 144)}, threshold=12)
        assert [r["left"] for r in status.result.rows] == pytest.approx(direct.energy["left"].tolist())
        assert len(status.result.rows) == len(direct.times_ms)


def test_a_second_run_skips_finished_clips_and_needs_no_scheduler(tmp_path: Path, dask_cluster) -> None:
    _clips(tmp_path / "cohort", 3)
    out = tmp_path / "voices.csv"
    first = run_cli("batch", "voices", tmp_path / "cohort", "-o", out, "--scheduler", dask_cluster.address, "-q")
    assert first.status == 0, first.err
    before = _table(out)
    # Nothing is left to compute: no scheduler is contacted (this one does not exist).
    again = run_cli("batch", "voices", tmp_path / "cohort", "-o", out, "--scheduler", "tcp://127.0.0.1:9", "-q")
    assert again.status == 0, again.err
    assert "0 analysed, 3 kept from an earlier run" in again.out
    pd.testing.assert_frame_equal(_table(out), before)
    assert set(_table(tmp_path / "voices.clips.csv")["status"]) == {"skipped"}
    # One clip added to the folder: only it is analysed.
    clipmaker.make_clip(tmp_path / "cohort" / "late.mp4", frames=90, bursts_s=[1.0], audio=True)
    third = run_cli("batch", "voices", tmp_path / "cohort", "-o", out, "--scheduler", dask_cluster.address, "-q")
    assert "4 clips, 1 analysed, 3 kept" in third.out, third.out
    # Other parameters are another analysis: computed again.
    fourth = run_cli("batch", "voices", tmp_path / "cohort", "-o", out, "--threshold-hz", "250",
                     "--scheduler", dask_cluster.address, "-q")
    assert "4 clips, 4 analysed" in fourth.out, fourth.out


def test_a_bad_clip_is_reported_and_the_rest_go_on(tmp_path: Path, dask_cluster) -> None:
    _clips(tmp_path / "cohort", 2)
    broken = tmp_path / "cohort" / "broken.mp4"
    broken.write_bytes((tmp_path / "cohort" / "visit0.mp4").read_bytes()[:3000])
    out = tmp_path / "probe.csv"
    done = run_cli("batch", "probe", tmp_path / "cohort", "-o", out, "--scheduler", dask_cluster.address, "-q")
    assert done.status == 2
    assert "2 analysed, 0 kept from an earlier run, 1 failed" in done.out
    assert "broken.mp4" in done.err and "Traceback" not in done.err
    status = _table(tmp_path / "probe.clips.csv").set_index("clip")
    assert status.loc[str(broken), "status"] == "failed"
    assert "broken.mp4" in status.loc[str(broken), "reason"]
    assert len(_table(out)) == 2


def test_local_cluster_and_results_into_a_project(tmp_path: Path, demo_copy: Path) -> None:
    """The default engine (a local cluster of processes) and ``--into``: opening the clip shows the results."""
    out = tmp_path / "voices.csv"
    done = run_cli("batch", "voices", demo_copy, "-o", out, "--workers", "1", "--into", demo_copy,
                   "--pseudonymous", "-q")
    assert done.status == 0, done.err
    assert "kept 1 clips' results" in done.out
    text = out.read_text()
    assert str(tmp_path) not in text and "demo_clip" not in text, "pseudonymous output names no path"
    table = _table(out)
    assert set(table["clip"]) == {"DEMO-001"}
    project = open_project(demo_copy, read_only=True)
    try:
        track = cached_track(project, project.clips[0], VoiceSettings())
        assert track is not None
        found = vocalisations(track, VoiceSettings())
        assert [round(v.start_ms / 1000, 3) for v in found] == list(table["start_s"])
    finally:
        project.close()


def test_motion_into_a_project_keeps_the_series_and_regions(tmp_path: Path, demo_copy: Path,
                                                            dask_cluster) -> None:
    out = tmp_path / "motion.csv"
    regions = ["--region", "parent=0,0,320,360", "--region", "infant=320,0,320,360"]
    done = run_cli("batch", "motion", demo_copy, *regions, "-o", out, "--into", demo_copy,
                   "--scheduler", dask_cluster.address, "-q")
    assert done.status == 0, done.err
    project = open_project(demo_copy, read_only=True)
    try:
        kept = cached_motion(project, project.clips[0], {"parent": (0, 0, 320, 360), "infant": (320, 0, 320, 360)},
                             12)
        assert kept is not None
        np.testing.assert_allclose(kept.energy["infant"], _table(out)["infant"].to_numpy(), atol=1e-6)
    finally:
        project.close()
    # Regions saved in the project are used when none are given.
    again = run_cli("batch", "synchrony", demo_copy, "-o", tmp_path / "s.csv", "--window", "10",
                    "--surrogates", "5", "--scheduler", dask_cluster.address, "-q")
    assert again.status == 0, again.err
    assert list(_table(tmp_path / "s.csv")[["first", "second"]].iloc[0]) == ["parent", "infant"]


@pytest.mark.parametrize("args, says", [
    (["voices", "{tmp}/nowhere", "-o", "{tmp}/o.csv"], "nowhere: no such file or folder"),
    (["voices", "{tmp}/notes.txt", "-o", "{tmp}/o.csv"], "notes.txt: not a video"),
    (["voices", "{tmp}/empty", "-o", "{tmp}/o.csv"], "no videos found"),
    (["voices", "{tmp}/empty", "-o", "{tmp}/o.txt"], "name the table .csv, .xlsx or .json"),
    (["voices", "{tmp}/c/visit0.mp4", "-o", "{tmp}/o.csv", "--threshold-hz", "5000"], "--threshold-hz 5000"),
    (["synchrony", "{tmp}/c/visit0.mp4", "-o", "{tmp}/o.csv", "--region", "a=0,0,9,9"], "--region: expected two"),
    (["synchrony", "{tmp}/c/visit0.mp4", "-o", "{tmp}/o.csv", *REGIONS, "--window", "-1"], "--window -1"),
    (["probe", "{tmp}/c/visit0.mp4", "-o", "{tmp}/o.csv", "--workers", "0"], "--workers 0"),
    (["voices", "{tmp}/c", "-o", "{tmp}/c/visit0.mp4.csv"], None),
])
def test_bad_input_is_one_line_and_nothing_is_written(tmp_path: Path, args: list[str], says: str | None) -> None:
    _clips(tmp_path / "c", 1)
    (tmp_path / "notes.txt").write_text("not a video")
    (tmp_path / "empty").mkdir()
    argv = [a.replace("{tmp}", str(tmp_path)) for a in args]
    if says is None:  # an output that is an input clip under another name (a link) is refused
        target = tmp_path / "c" / "visit0.mp4"
        before = digest(target)
        (tmp_path / "link.csv").symlink_to(target)
        argv[argv.index("-o") + 1] = str(tmp_path / "link.csv")
        done = run_cli("batch", *argv)
        assert done.status == 2 and "is one of the batch's inputs" in done.err
        assert digest(target) == before
        return
    done = run_cli("batch", *argv)
    assert done.status == 2, done
    assert says in done.err and len(done.err.strip().splitlines()) == 1, done.err
    assert not (tmp_path / "o.csv").exists()


def test_a_project_input_names_clips_by_case_id(tmp_path: Path, demo_copy: Path) -> None:
    clips = gather([demo_copy])
    assert [(c.case_id, c.path.name) for c in clips] == [("DEMO-001", "demo_clip.mp4")]
    # The same video named twice (by folder and by project) is one clip of the batch.
    assert len(gather([demo_copy, tmp_path])) == 1
    shutil.copy2(tmp_path / "demo_clip.mp4", tmp_path / "copy.mp4")
    assert len(gather([tmp_path])) == 2


def test_a_projects_voice_examples_label_its_clip_as_the_single_clip_verb_does(tmp_path: Path, demo_copy: Path,
                                                                                dask_cluster) -> None:
    from vig_annotator.analysis.saved_voices import add_example
    from vig_annotator.analysis.voice_classes import VoiceExample

    project = open_project(demo_copy)
    try:
        project.run(add_example(project, project.clips[0], VoiceExample(3500, 4500, "infant")))
    finally:
        project.close()
    out = tmp_path / "voices.json"
    done = run_cli("batch", "voices", demo_copy, "-o", out, "--scheduler", dask_cluster.address, "-q")
    assert done.status == 0, done.err
    rows = json.loads(out.read_text())["results"]
    single = json.loads(run_cli("analyse", "voices", tmp_path / "demo_clip.mp4", "--example", "infant=3.5-4.5",
                                "-f", "json").out)["vocalisations"]
    fields = ("start_s", "end_s", "speaker", "f0_median_hz", "confidence", "example")
    assert [{k: r[k] for k in fields} for r in rows] == single
    assert any(r["speaker"] == "infant" for r in rows), "the example re-labels the clip's high voices"
