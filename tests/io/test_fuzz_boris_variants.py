"""Fuzzing BORIS projects shaped like BORIS's own: import succeeds, or exit 2 with one line naming the file;
never an internal error; the project byte for byte unchanged on failure."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.inprocess import digest, run_cli
from tests.io.test_boris_observations import boris_doc

SAMPLE = Path(__file__).parents[2] / "sample_clips" / "demo.vigproj"
COUNT = {"boris": 0}

values = st.one_of(st.none(), st.booleans(), st.integers(-10**20, 10**20), st.floats(), st.text(max_size=5),
                   st.just([]), st.just({}))
rows = st.lists(st.one_of(values, st.sampled_from(["look", "smile", "infant", "", "near", "far"])),
                min_size=0, max_size=7)


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(file=st.one_of(st.just([]), st.just({"1": ["demo_clip.mp4"], "2": []}), values),
       kind=st.sampled_from(["LIVE", "MEDIA", "IMAGES", "", None]),
       behaviour=st.sampled_from(["State event", "Point event", "Banana event", "", "point event"]),
       events=st.one_of(st.none(), st.lists(rows, max_size=4),
                        st.just([[0.5, "", "look", "far", ""], [1.5, "", "look", "far", ""]])),
       observation=st.sampled_from([None, "live not paired", "media 1", "missing"]))
def test_fuzz_boris_variants_import_or_one_line(tmp_path, file, kind, behaviour, events, observation):
    COUNT["boris"] += 1
    project = tmp_path / f"p{COUNT['boris']}.vigproj"
    shutil.copyfile(SAMPLE, project)
    doc = boris_doc(behaviour_type=behaviour)
    obs = doc["observations"]["live not paired"]
    obs["file"], obs["type"] = file, kind
    if events is None:
        del obs["events"]
    else:
        obs["events"] = events
    source = tmp_path / "f.boris"
    source.write_text(json.dumps(doc), encoding="utf-8")
    before = digest(project)
    args = ["import", project, source] + (["--observation", observation] if observation else [])
    result = run_cli(*args)
    assert result.status in (0, 2), result.err
    if result.status == 2:
        assert result.err.count("\n") == 1 and "internal error" not in result.err, result.err
        assert "f.boris" in result.err or "--observation" in result.err, result.err
        assert digest(project) == before
