"""The editor notices its file being replaced under it and loses no edit it reported saved (issue 24).

Before: ``cp p x; mv x p`` under an open editor (what sync clients and some backup tools do) silently
lost 257 of 300 edits the app reported saved; the editor got no error.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
import time
from pathlib import Path

import pytest
from project_workers import base_project, start_editor, wait_for

from vig_annotator.core import commands
from vig_annotator.core.model import ExportRecord, Segment
from vig_annotator.store.durability import checkpoint
from vig_annotator.store.opening import open_audit_log, open_project
from vig_annotator.store.replaced_file import FileReplacedError


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def point(sid: int) -> Segment:
    return Segment(sid, 1, "touch", sid * 10, sid * 10, 0, 0)


def segment_ids(path: Path) -> set[int]:
    conn = sqlite3.connect(f"file:{path}?mode=ro&immutable=1", uri=True)
    try:
        return {r[0] for r in conn.execute("SELECT id FROM segments")}
    finally:
        conn.close()


@pytest.fixture
def path(tmp_path: Path) -> Path:
    p = tmp_path / "p.vigproj"
    base_project(p)
    return p


def copy_moved_over(path: Path) -> None:
    """``cp p x; mv x p``: the copy has the main file only, as a sync client or backup tool takes it."""
    spare = path.with_name("x.vigproj")
    shutil.copyfile(path, spare)
    os.replace(spare, path)


def kept_files(path: Path) -> list[Path]:
    return sorted(path.parent.glob("p.edits-kept-*.vigproj"))


@pytest.mark.parametrize("checkpointed", [True, False])
def test_a_copy_moved_over_the_open_project_stops_editing_and_keeps_every_saved_edit(path, checkpointed):
    project = open_project(path)
    saved: set[int] = set()
    for sid in range(1, 41):
        project.run(commands.add_segment(point(sid)))
        saved.add(sid)
    if checkpointed:
        checkpoint(project)
    copy_moved_over(path)
    replacing = sha(path)
    with pytest.raises(FileReplacedError) as caught:
        project.run(commands.add_segment(point(999)))  # the edit after the replacement is refused, not lost
    message = str(caught.value)
    assert str(path) in message and "replaced" in message and "not saved" in message
    kept = caught.value.kept
    assert kept is not None and str(kept) in message and kept.parent == path.parent
    assert 999 not in {s.id for s in project.entities["segment"].values()}  # memory agrees: not done
    with pytest.raises(FileReplacedError):  # and it stays stopped: nothing more is written anywhere
        project.run(commands.add_segment(point(1000)))
    project.close()
    assert sha(path) == replacing  # the file now under the name: byte for byte as it was put there
    assert not Path(f"{path}-wal").exists()  # set aside: never applied to the new file by its next opener
    assert len(list(path.parent.glob("p.vigproj-wal.set-aside-*"))) == 1
    # Every edit the window reported saved is in the kept copy, which opens as an ordinary project.
    assert saved <= segment_ids(kept)
    reopened = open_project(kept)
    assert saved <= set(reopened.entities["segment"])
    reopened.close()


def test_the_edits_before_the_copy_was_made_but_after_its_last_checkpoint_are_kept(path):
    project = open_project(path)
    for sid in range(1, 11):
        project.run(commands.add_segment(point(sid)))
    copy_moved_over(path)  # the copy misses the edits still in the -wal
    assert not {1, 2, 3} & segment_ids(path)
    with pytest.raises(FileReplacedError) as caught:
        project.run(commands.add_segment(point(11)))
    project.close()
    assert caught.value.kept is not None and set(range(1, 11)) <= segment_ids(caught.value.kept)


def test_replaced_while_idle_is_noticed_by_the_idle_checkpoint(path):
    project = open_project(path)
    project.run(commands.add_segment(point(1)))
    copy_moved_over(path)
    replacing = sha(path)
    with pytest.raises(FileReplacedError):
        checkpoint(project)
    project.close()
    assert sha(path) == replacing
    assert len(kept_files(path)) == 1 and 1 in segment_ids(kept_files(path)[0])


def test_a_project_deleted_under_its_editor_keeps_the_edits(path):
    project = open_project(path)
    project.run(commands.add_segment(point(1)))
    path.unlink()
    with pytest.raises(FileReplacedError, match="deleted or moved away"):
        project.run(commands.add_segment(point(2)))
    project.close()
    assert [1] == sorted(segment_ids(kept_files(path)[0]))


def test_the_file_written_in_place_by_another_program_stops_editing(path):
    project = open_project(path)
    project.run(commands.add_segment(point(1)))
    checkpoint(project)
    with path.open("ab") as f:  # a sync client writing its download into the same file
        f.write(b"\0" * 4096)
    after = sha(path)
    with pytest.raises(FileReplacedError, match="written by another program"):
        project.run(commands.add_segment(point(2)))
    project.close()
    assert sha(path) == after


def test_an_editor_whose_file_stays_put_is_never_stopped_by_its_own_checkpoints_or_an_export_log(path):
    project = open_project(path)
    for sid in range(1, 601):  # past SQLite's automatic checkpoint (1,000 pages) more than once
        project.run(commands.add_segment(point(sid)))
        if sid % 200 == 0:
            checkpoint(project)
        if sid % 250 == 0:  # an export run meanwhile appends to the log through a connection of its own
            log = open_audit_log(path)
            log.run(commands.edit("Log export", [(None, ExportRecord(sid, "2026-01-01", "AB", "csv", "out.csv"))]),
                    undoable=False)
            log.close()
    project.close()
    assert set(range(1, 601)) <= segment_ids(path)
    assert kept_files(path) == []


def test_the_issues_case_an_editor_process_loses_no_edit_it_reported_saved(path):
    """300 edits in another process, the file replaced by a copy part-way: every edit reported saved is kept."""
    editor = start_editor(path, 1, 300, 0.002)
    lines = wait_for(editor, "open")
    reported: set[int] = set()
    refused = 0
    assert editor.stdout is not None
    for line in editor.stdout:
        lines.append(line.strip())
        if line.startswith("done"):
            reported.add(int(line.split()[1]))
            if len(reported) == 40:
                copy_moved_over(path)  # what a sync client does, while the coder keeps coding
        elif line.startswith("failed"):
            refused += 1
        elif line.startswith("finished"):
            break
    editor.wait(timeout=60)
    assert 40 <= len(reported) < 300 and refused == 300 - len(reported)  # the rest refused, not lost silently
    kept = kept_files(path)
    assert len(kept) == 1
    assert reported <= segment_ids(kept[0])  # the issue lost 257 of 300 reported edits here


def test_an_older_copy_of_the_same_size_written_over_it_in_place_stops_editing(path):
    older = path.with_name("older.vigproj")
    project = open_project(path)
    project.run(commands.add_segment(point(1)))
    checkpoint(project)
    shutil.copyfile(path, older)  # a backup of the file as it is now (same size as it will be)
    project.run(commands.add_segment(point(2)))  # in the -wal only: the main file keeps its size
    time.sleep(0.01)
    shutil.copyfile(older, path)  # `cp older p`: same inode, same size, written in place
    assert path.stat().st_size == older.stat().st_size
    with pytest.raises(FileReplacedError, match="written by another program"):
        project.run(commands.add_segment(point(3)))
    project.close()
    assert sha(path) == sha(older)
    assert {1, 2} <= segment_ids(kept_files(path)[0])
