"""Errors from a broken project, or a folder given as a video, name the file and say what it is."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from tests.inprocess import run_cli

CLIP = Path(__file__).parents[2] / "sample_clips" / "demo_clip.mp4"


def test_a_missing_table_names_the_project(demo_copy):
    with sqlite3.connect(demo_copy) as db:
        db.execute("DROP TABLE segments")
    db.close()
    for verb in (["info"], ["export", "-f", "csv", "-o", str(demo_copy.parent / "o.csv")]):
        result = run_cli(verb[0], demo_copy, *verb[1:])
        assert result.status == 2 and result.err.count("\n") == 1, result.err
        assert f"{demo_copy}: no such table: segments" in result.err


def test_a_folder_given_as_the_clip_says_it_is_a_folder(tmp_path):
    (tmp_path / "videos").mkdir()
    result = run_cli("new", tmp_path / "p.vigproj", "--clip", tmp_path / "videos")
    assert result.status == 2 and "is a folder, not a video file" in result.err
    assert not (tmp_path / "p.vigproj").exists()
