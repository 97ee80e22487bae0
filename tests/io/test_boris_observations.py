"""BORIS projects shaped like BORIS's own test files: live and media observations, odd types, no events."""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
from pathlib import Path

import pytest

from vig_annotator.io.boris import read_boris
from vig_annotator.io.importing import ImportProblem


def cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "vig_annotator.cli", *args], capture_output=True, text=True)


def boris_doc(events_media: list | None = None, behaviour_type: str = "State event") -> dict:
    """Written by hand after the structure BORIS writes: a live observation has "file": [] and type LIVE."""
    media_events = events_media if events_media is not None else [
        [1.0, "", "look", "near", ""], [2.5, "", "look", "near", ""], [3.0, "infant", "smile", "", "big"]]
    return {
        "project_name": "boris-like", "project_format_version": "7.0",
        "subjects_conf": {"0": {"key": "i", "name": "infant", "description": ""}},
        "behaviors_conf": {
            "0": {"type": behaviour_type, "key": "l", "code": "look", "description": "", "category": "",
                  "modifiers": {"0": {"name": "distance", "type": 0, "values": ["near", "far"]}}},
            "1": {"type": "Point event", "key": "s", "code": "smile", "description": "", "category": "",
                  "modifiers": ""}},
        "independent_variables": {"0": {"label": "age", "type": "numeric", "default value": ""}},
        "observations": {
            "live not paired": {"file": [], "type": "LIVE", "date": "2019-01-01T10:00:00", "description": "",
                                "time offset": 0.0, "independent_variables": {"age": "7"},
                                "events": [[0.5, "", "look", "far", ""], [4.0, "", "look", "far", ""]]},
            "media 1": {"file": {"1": ["demo_clip.mp4"], "2": []}, "type": "MEDIA", "description": "",
                        "time offset": 0.0, "independent_variables": {"age": "9"}, "events": media_events}}}


def write(path: Path, doc: dict) -> Path:
    path.write_text(json.dumps(doc), encoding="utf-8")
    return path


def test_every_observation_of_a_project_with_a_live_one_imports(tmp_path):
    path = write(tmp_path / "t.boris", boris_doc())
    live = read_boris(path, "live not paired")
    assert [(r.code, r.start_ms, r.end_ms) for r in live.records] == [("look", 500, 4000)]  # from the start
    media = read_boris(path, "media 1")
    assert sorted((r.code, r.start_ms, r.end_ms) for r in media.records) == [
        ("look", 1000, 2500), ("smile (infant)", 3000, 3000)]
    assert media.media_names == ["demo_clip.mp4"]


def test_several_observations_and_no_choice_lists_them_and_the_option(tmp_path):
    path = write(tmp_path / "t.boris", boris_doc())
    with pytest.raises(ImportProblem) as caught:
        read_boris(path)
    assert "--observation" in str(caught.value) and "'live not paired'" not in str(caught.value)
    assert "live not paired, media 1" in str(caught.value)


def test_a_behaviour_of_an_unknown_type_is_refused_by_name(tmp_path):
    path = write(tmp_path / "t.boris", boris_doc(behaviour_type="Banana event"))
    with pytest.raises(ImportProblem) as caught:
        read_boris(path, "media 1")
    assert "'look'" in str(caught.value) and "Banana event" in str(caught.value)


def test_an_observation_without_events_is_refused_not_imported_empty(tmp_path):
    doc = boris_doc(events_media=[])
    path = write(tmp_path / "t.boris", doc)
    with pytest.raises(ImportProblem, match="'media 1' has no events"):
        read_boris(path, "media 1")
    del doc["observations"]["media 1"]["events"]
    with pytest.raises(ImportProblem, match="'media 1' has no events"):
        read_boris(write(path, doc), "media 1")


def test_cli_imports_the_live_observation_chosen_and_refuses_cleanly(demo_copy, tmp_path):
    path = write(tmp_path / "t.boris", boris_doc())
    fresh = tmp_path / "fresh.vigproj"
    made = cli("import", str(fresh), str(path), "--clip", str(tmp_path / "demo_clip.mp4"),
               "--observation", "live not paired")
    assert made.returncode == 0, made.stderr
    assert "imported 1 segment(s)" in made.stdout
    before = hashlib.sha256(fresh.read_bytes()).hexdigest()
    banana = write(tmp_path / "b.boris", boris_doc(behaviour_type="Banana event"))
    refused = cli("import", str(fresh), str(banana), "--observation", "media 1")
    assert refused.returncode == 2 and refused.stderr.count("\n") == 1, refused.stderr
    assert "b.boris" in refused.stderr and "Banana event" in refused.stderr
    assert hashlib.sha256(fresh.read_bytes()).hexdigest() == before
