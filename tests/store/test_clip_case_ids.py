"""A clip added without a case ID gets a pseudonym, never the video's file name (issue 25)."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

from vig_annotator.projects import add_clip
from vig_annotator.store.opening import create_project

SAMPLES = Path(__file__).resolve().parents[2] / "sample_clips"


def test_each_clip_without_a_case_id_gets_its_own_pseudonym(tmp_path):
    first = tmp_path / "Home visit Jansen family.mp4"
    shutil.copy2(SAMPLES / "demo_clip.mp4", first)
    second = tmp_path / "Jansen 2.mp4"
    second.write_bytes(first.read_bytes() + b"\0")  # another file (another fingerprint), still a playable video
    project = create_project(tmp_path / "p.vigproj")
    try:
        a = add_clip(project, first)
        b = add_clip(project, second)
        third = tmp_path / "third.mp4"
        third.write_bytes(first.read_bytes() + b"\0\0")
        given = add_clip(project, third, "CASE-3")
    finally:
        project.close()
    for clip in (a, b):
        assert re.fullmatch(r"C-[A-Z2-9]{5}", clip.case_id) and "jansen" not in clip.case_id.lower()
    assert a.case_id != b.case_id and given.case_id == "CASE-3"
