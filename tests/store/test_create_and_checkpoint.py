"""Creating a project never replaces one; the project file alone holds every edit after a checkpoint."""

from __future__ import annotations

import multiprocessing
import shutil
import signal
import sqlite3
from pathlib import Path

import pytest
from project_workers import base_project, segment_ids, start_editor, wait_for

from vig_annotator.core import commands
from vig_annotator.core.model import Coder, Segment
from vig_annotator.store import file_schema, project_file
from vig_annotator.store.durability import checkpoint, sync_folder_warning
from vig_annotator.store.opening import create_project, open_project
from vig_annotator.store.project_file import DamagedProjectError, ProjectExistsError, UpgradeError

ROUNDS = 25


def _create_rounds(folder: str, me: str, barrier, results) -> None:
    for n in range(ROUNDS):
        barrier.wait()
        path = Path(folder) / f"r{n}.vigproj"
        try:
            create_project(path, lambda p: p.run(commands.edit("Add coder", [(None, Coder(1, me))]))).close()
            results.put((n, me, "created"))
        except ProjectExistsError as exc:
            results.put((n, me, f"refused {exc}"))


def test_two_processes_creating_one_project_never_both_succeed(tmp_path):
    ctx = multiprocessing.get_context("spawn")
    barrier, results = ctx.Barrier(2), ctx.Queue()
    procs = [ctx.Process(target=_create_rounds, args=(str(tmp_path), me, barrier, results)) for me in ("AA", "BB")]
    for p in procs:
        p.start()
    outcomes = [results.get(timeout=120) for _ in range(2 * ROUNDS)]
    for p in procs:
        p.join(timeout=60)
    for n in range(ROUNDS):
        mine = [o for o in outcomes if o[0] == n]
        winners = [o[1] for o in mine if o[2] == "created"]
        assert len(winners) == 1, mine
        loser = next(o for o in mine if o[2] != "created")
        assert "already exists" in loser[2] or "appeared while" in loser[2]
        project = open_project(tmp_path / f"r{n}.vigproj", read_only=True)
        assert [c.initials for c in project.coders] == winners  # the winner's work is what is there
        project.close()
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(f"r{n}.vigproj" for n in range(ROUNDS))


def test_a_failed_build_leaves_nothing(tmp_path):
    def broken(project):
        project.run(commands.edit("Add coder", [(None, Coder(1, "AA"))]))
        raise ValueError("the import was refused")

    with pytest.raises(ValueError, match="refused"):
        create_project(tmp_path / "p.vigproj", broken)
    assert list(tmp_path.iterdir()) == []


def copy_alone(path: Path, tmp_path: Path) -> Path:
    """Only the .vigproj, as a backup or an e-mail would take it."""
    target = tmp_path / "copy" / path.name
    target.parent.mkdir(exist_ok=True)
    shutil.copyfile(path, target)
    return target


def test_after_a_checkpoint_the_file_alone_holds_every_edit(tmp_path):
    path = tmp_path / "p.vigproj"
    base_project(path)
    project = open_project(path)
    try:
        for i in range(1, 60):
            project.run(commands.add_segment(Segment(i, 1, "touch", i * 10, i * 10)))
        assert checkpoint(project)
        copy = copy_alone(path, tmp_path)
    finally:
        project.close()
    assert segment_ids(copy) == set(range(1, 60))


def test_after_a_kill_and_a_reopen_the_file_alone_holds_every_reported_edit(tmp_path):
    path = tmp_path / "p.vigproj"
    base_project(path)
    editor = start_editor(path, 1, 100_000, 0.001)
    lines = wait_for(editor, "open")
    assert editor.stdout is not None
    for line in editor.stdout:
        lines.append(line.strip())
        if len(lines) > 80:
            break
    editor.send_signal(signal.SIGKILL)
    editor.wait()
    editor.stdout.close()
    done = {int(x.split()[1]) for x in lines if x.startswith("done")}
    assert done
    project = open_project(path)
    try:
        copy = copy_alone(path, tmp_path)
    finally:
        project.close()
    assert done <= segment_ids(copy)


@pytest.mark.parametrize("folder", ["Dropbox", "OneDrive - Uni Leeds", "Google Drive", "iCloud Drive", "Nextcloud"])
def test_a_project_in_a_synced_folder_is_warned_about(tmp_path, folder):
    warning = sync_folder_warning(tmp_path / folder / "work" / "p.vigproj")
    assert "p.vigproj" in warning and "sync" in warning
    assert sync_folder_warning(tmp_path / "Documents" / "p.vigproj") == ""


def _file_of_version(path: Path, version: int) -> None:
    conn = sqlite3.connect(path)
    conn.executescript(file_schema.SCHEMA_V1)
    conn.execute(f"PRAGMA application_id = {file_schema.APPLICATION_ID}")
    conn.execute(f"PRAGMA user_version = {version}")
    conn.execute("INSERT INTO coders VALUES (1, 'AB', 'coder')")
    conn.commit()
    conn.close()


def test_a_version_1_project_is_upgraded_with_a_backup(tmp_path):
    path = tmp_path / "old.vigproj"
    _file_of_version(path, 1)
    project = open_project(path)
    assert [c.initials for c in project.coders] == ["AB"]
    project.run(commands.edit("Add coder", [(None, Coder(2, "CD"))]))
    project.close()
    backup = sqlite3.connect(tmp_path / f"old.vigproj.before-v{project_file.SCHEMA_VERSION}.bak")
    try:  # the project as it was: version 1, its one coder, no owner row
        assert backup.execute("PRAGMA user_version").fetchone() == (1,)
        assert backup.execute("SELECT initials FROM coders").fetchall() == [("AB",)]
        assert not backup.execute("SELECT 1 FROM sqlite_master WHERE name = 'editor'").fetchall()
    finally:
        backup.close()


def test_a_project_that_cannot_be_upgraded_names_the_file_and_is_left_as_it_was(tmp_path):
    path = tmp_path / "zero.vigproj"
    _file_of_version(path, 0)
    before = path.read_bytes()
    with pytest.raises(UpgradeError, match="schema version 0") as caught:
        open_project(path)
    assert str(path) in str(caught.value)
    assert path.read_bytes() == before and [p.name for p in tmp_path.iterdir()] == ["zero.vigproj"]


def test_a_damaged_row_names_the_file_and_the_row(tmp_path):
    path = tmp_path / "p.vigproj"
    base_project(path)
    conn = sqlite3.connect(path)
    conn.execute("UPDATE schemes SET json = '{not json'")
    conn.execute("INSERT INTO segments VALUES (5, 1, 'touch', 0, 0, 0, 0, 'broken', '', '')")
    conn.commit()
    conn.close()
    with pytest.raises(DamagedProjectError, match="schemes row demo") as caught:
        open_project(path, read_only=True)
    assert str(path) in str(caught.value)
