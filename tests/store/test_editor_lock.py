"""One editor per project, whatever happens to the files around it: real processes, real kills."""

from __future__ import annotations

import os
import signal
import sqlite3
from pathlib import Path

import pytest
from project_workers import base_project, segment_ids, start_editor, wait_for

from vig_annotator.core import commands
from vig_annotator.core.model import Coder, Segment
from vig_annotator.store.opening import open_project
from vig_annotator.store.project_file import EditingLostError, HardLinkedError, ProjectLockedError


@pytest.fixture
def project_path(tmp_path: Path) -> Path:
    path = tmp_path / "p.vigproj"
    base_project(path)
    return path


def test_deleting_files_or_a_hard_link_never_gives_a_second_editor(project_path, tmp_path):
    editor = start_editor(project_path, 1, 400, 0.002)
    try:
        assert wait_for(editor, "open")[-1] == "open"
        for stray in tmp_path.glob(".*lock*"):  # a cleaner removing hidden files
            stray.unlink()
        with pytest.raises(ProjectLockedError, match="is open for editing by vig-annotator") as caught:
            open_project(project_path)
        assert str(project_path) in str(caught.value) and caught.value.can_open_read_only
        alias = tmp_path / "alias.vigproj"
        os.link(project_path, alias)
        try:
            with pytest.raises(HardLinkedError, match="hard links"):
                open_project(alias)
            with pytest.raises(HardLinkedError):
                open_project(project_path)
        finally:
            alias.unlink()
        viewer = open_project(project_path, read_only=True)  # viewing is always possible
        viewer.close()
        lines = [*wait_for(editor, "finished")]
    finally:
        editor.wait(timeout=60)
        assert editor.stdout is not None
        editor.stdout.close()
    done = {int(x.split()[1]) for x in lines if x.startswith("done")}
    assert len(done) == 400 and done <= segment_ids(project_path)


def test_two_processes_racing_to_edit_lose_nothing_reported(project_path):
    a = start_editor(project_path, 1, 150, 0.001)
    b = start_editor(project_path, 1001, 150, 0.001)
    outputs = []
    for proc in (a, b):
        out, _ = proc.communicate(timeout=120)
        outputs.append(out.splitlines())
    opened = [lines for lines in outputs if lines and lines[0] == "open"]
    refused = [lines for lines in outputs if lines and lines[0].startswith("refused")]
    assert len(opened) + len(refused) == 2 and opened
    for lines in refused:
        assert "is open for editing by" in lines[0] and str(project_path) in lines[0]
    done = {int(x.split()[1]) for lines in outputs for x in lines if x.startswith("done")}
    assert done <= segment_ids(project_path)
    assert not [x for lines in outputs for x in lines if x.startswith("failed")]


def test_after_a_kill_the_next_opener_takes_over_and_finds_every_reported_edit(project_path):
    editor = start_editor(project_path, 1, 100_000, 0.001)
    lines = wait_for(editor, "open")
    assert editor.stdout is not None
    for line in editor.stdout:
        lines.append(line.strip())
        if len(lines) > 120:
            break
    editor.send_signal(signal.SIGKILL)
    editor.wait()
    editor.stdout.close()
    done = {int(x.split()[1]) for x in lines if x.startswith("done")}
    project = open_project(project_path)  # the owner row names a dead process: taken over
    try:
        assert done <= {s.id for s in project.segments(1)}
    finally:
        project.close()


def test_a_window_that_lost_editing_refuses_to_write(project_path):
    first = open_project(project_path)
    try:
        second = open_project(project_path, take_over=True)  # the user took over (another computer)
        try:
            with pytest.raises(EditingLostError, match="has taken over editing") as caught:
                first.run(commands.add_segment(Segment(7, 1, "touch", 70, 70)))
            assert str(project_path) in str(caught.value)
            second.run(commands.add_segment(Segment(8, 1, "touch", 80, 80)))
        finally:
            second.close()
    finally:
        first.close()
    assert segment_ids(project_path) == {8}


def test_a_row_another_program_wrote_is_never_overwritten(project_path):
    project = open_project(project_path)
    try:
        other = sqlite3.connect(project_path, timeout=5)
        other.execute("INSERT INTO coders (id, initials, role) VALUES (2, 'ZZ', 'coder')")
        other.commit()
        other.close()
        with pytest.raises(EditingLostError, match="coder 2 was added in the file by another program"):
            project.run(commands.edit("Add coder", [(None, Coder(2, "CD"))]))
    finally:
        project.close()
    conn = sqlite3.connect(project_path)
    assert conn.execute("SELECT initials FROM coders WHERE id = 2").fetchone() == ("ZZ",)
    conn.close()


def test_a_row_another_program_added_stops_a_large_edit_before_anything_is_written(project_path):
    """A 2,000-segment edit (an import) is checked and written in bulk: a clash in its middle still refuses all."""
    project = open_project(project_path)
    try:
        other = sqlite3.connect(project_path, timeout=5)
        other.execute("INSERT INTO segments (id, session_id, code_id, start_ms, end_ms, start_frame, end_frame, "
                      "modifiers, note, item) VALUES (1500, 1, 'touch', 5, 5, 0, 0, '[]', 'theirs', '')")
        other.commit()
        other.close()
        many = [(None, Segment(100 + i, 1, "touch", 10 * i, 10 * i, i // 4, i // 4)) for i in range(2_000)]
        with pytest.raises(EditingLostError, match="segment 1500 was added in the file by another program"):
            project.run(commands.edit("Import", many))
        assert not any(s.id >= 100 for s in project.segments(1))  # memory as before too
    finally:
        project.close()
    assert segment_ids(project_path) == {1500}  # theirs kept, none of ours written
    conn = sqlite3.connect(project_path)
    assert conn.execute("SELECT note FROM segments WHERE id = 1500").fetchone() == ("theirs",)
    conn.close()


def test_a_large_edit_writes_every_row_as_a_row_by_row_edit_would(project_path):
    many = [Segment(100 + i, 1, "touch", 10 * i, 10 * i, i // 4, i // 4, note=f"n{i}" if i % 7 else "")
            for i in range(1_200)]
    project = open_project(project_path)
    try:
        project.run(commands.edit("Import", [(None, s) for s in many]))
    finally:
        project.close()
    reopened = open_project(project_path, read_only=True)
    try:
        assert sorted(reopened.segments(1), key=lambda s: s.id) == many
    finally:
        reopened.close()
