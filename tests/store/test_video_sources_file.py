"""Further video sources live in the project file: saved, undone, and added to files of the previous version."""

from __future__ import annotations

import sqlite3

from vig_annotator.core.commands import edit
from vig_annotator.core.model import VideoSource
from vig_annotator.store import project_file
from vig_annotator.store.opening import open_project


def test_a_source_and_its_offset_survive_closing_and_undo(blank_project):
    clip = blank_project.clips[0]
    path = blank_project.path
    source = VideoSource(1, clip.id, "infant", "infant.mp4", "9:abc", 1500, 5000, 125, 25.0, 0, True, "audio", 0.8)
    blank_project.run(edit("Add", [(None, source)]))
    blank_project.close()
    again = open_project(path)
    try:
        assert again.sources(clip.id) == [source]
    finally:
        again.close()


def test_a_version_2_project_gains_the_sources_table_and_keeps_its_work(blank_project, tmp_path):
    path = blank_project.path
    sessions = [s.id for s in blank_project.sessions]
    blank_project.close()
    conn = sqlite3.connect(path)
    conn.execute("DROP TABLE video_sources")
    conn.execute("PRAGMA user_version = 2")
    conn.commit()
    conn.close()
    viewed = open_project(path, read_only=True)  # read-only: not upgraded, and no sources
    try:
        assert viewed.sources(1) == [] and [s.id for s in viewed.sessions] == sessions
    finally:
        viewed.close()
    upgraded = open_project(path)
    try:
        assert [s.id for s in upgraded.sessions] == sessions and upgraded.sources(1) == []
    finally:
        upgraded.close()
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == project_file.SCHEMA_VERSION == 3
        columns = [r[1] for r in conn.execute("PRAGMA table_info(video_sources)")]
        assert columns[:6] == ["id", "clip_id", "label", "path", "fingerprint", "offset_ms"]
    finally:
        conn.close()
    assert (tmp_path / "blank.vigproj.before-v3.bak").exists()
