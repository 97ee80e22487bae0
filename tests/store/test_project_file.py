"""The project file: every edit and its undo reach the disk; foreign and newer files are refused intact."""

from __future__ import annotations

import hashlib
import os
import sqlite3
from dataclasses import replace
from pathlib import Path

import pytest
from builders import build

from vig_annotator.core import commands
from vig_annotator.core.model import (
    Clip,
    Coder,
    ExportRecord,
    ModifierSet,
    Moment,
    Purpose,
    Rating,
    Role,
    Segment,
    Session,
    Setting,
    Status,
)
from vig_annotator.core.project import Put, ReadOnlyProjectError
from vig_annotator.schemes import builtin
from vig_annotator.store import file_schema, project_file
from vig_annotator.store.errors import ServerRefusedError
from vig_annotator.store.opening import create_project, open_project
from vig_annotator.store.project_file import NewerProjectError, NotAProjectError, ProjectLockedError


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def snapshot(path: str) -> dict:
    project = open_project(path, read_only=True)
    try:
        return {kind: dict(found) for kind, found in project.entities.items()}
    finally:
        project.close()


@pytest.fixture
def coded(tmp_path):
    project = create_project(tmp_path / "p.vigproj")
    yield from _coded(project)


@pytest.fixture
def coded_anywhere(store_location):
    """The coded project on each backend: a file, and a project on the throwaway PostgreSQL server."""
    yield from _coded(create_project(store_location("coded")))


def _coded(project):
    scheme = builtin("demo")
    build(project, [Put(scheme), Put(Clip(1, "C1", "c.mp4", "1:ab", 40000, 1000, 25.0)), Put(Coder(1, "AB")),
                   Put(Session(1, 1, 1, scheme.id, scheme.version))])
    yield project
    project.close()


def test_every_entity_kind_round_trips(store_location):
    project = create_project(store_location("all"))
    piios = builtin("piios")  # one code with a modifier set, so modifiers and their sets round-trip too
    scheme = replace(piios, codes=tuple(
        replace(c, modifiers=(ModifierSet("quality", ("gentle", "stroke", "pat"), multiple=True),))
        if c.id == "ev02_eye_contact" else c for c in piios.codes))
    entities = [
        scheme,
        Clip(1, "CASE-7", "videos/a.mp4", "123:beef", 61_000, 1525, 25.0, 90, True, "probed", 120,
             "home", ("direct_care", "research"), "2027-01-31"),
        Coder(1, "ZZ", Role.TRAINEE),
        Session(1, 1, 1, scheme.id, scheme.version, Purpose.GOLD_STANDARD, True, Status.SUBMITTED, "n"),
        Segment(1, 1, "ev02_eye_contact", 1000, 2520, 25, 63, (("quality", ("gentle", "stroke")),),
                "a note, with “quotes”", "item02_eye_contact"),
        Rating(1, "item02_eye_contact", 2, False, "why", (1,)),
        Rating(1, "item03_vocalisation", None, True),
        Moment(1, 1, 3000, 9000, ("being_attentive", "being_attentive/2"), "I see you", "What helped?", 2,
               4000, "notes"),
        ExportRecord(1, "2026-11-24T10:00:00+00:00", "me", "csv export", "out.csv", ""),
        Setting("exercise:intro", {"gold": [1], "rule": "items>=80%"}),
    ]
    build(project, [Put(e) for e in entities])
    path = project.path
    project.close()
    again = open_project(path, read_only=True)
    try:
        stored = [e for kind in again.entities.values() for e in kind.values()]
        assert sorted(map(repr, stored)) == sorted(map(repr, entities))
    finally:
        again.close()


def edits(project):
    seg = Segment(1, 1, "eye_contact", 1000, 2000, 25, 50)
    moved = replace(seg, start_ms=1400, end_ms=2400, start_frame=35, end_frame=60)
    m1 = Moment(1, 1, 0, 4000, order=1)
    m2 = Moment(2, 1, 8000, 12000, order=2)
    return [
        commands.add_segment(seg),
        commands.change_segment(seg, moved, "Move"),
        commands.change_segment(moved, replace(moved, note="turns"), "Edit note"),
        commands.delete_segments([replace(moved, note="turns")]),
        commands.set_rating(None, Rating(1, "warmth", 3)),
        commands.set_rating(Rating(1, "warmth", 3), Rating(1, "warmth", 1)),
        commands.add_moment(m1),
        commands.add_moment(m2),
        commands.change_moment(m1, replace(m1, caption="I like this")),
        commands.reorder_moments([m2, replace(m1, caption="I like this")]),
        commands.delete_moment(replace(m2, order=1)),
    ]


def test_every_command_does_undoes_and_redoes_on_disk(coded_anywhere):
    stack = coded_anywhere.history
    states = [snapshot(coded_anywhere.path)]
    for command in edits(coded_anywhere):
        stack.run(command)
        states.append(snapshot(coded_anywhere.path))
        assert states[-1] != states[-2], command.label
        assert states[-1] == {k: dict(v) for k, v in coded_anywhere.entities.items()}
    for expected in reversed(states[:-1]):
        stack.undo()
        assert snapshot(coded_anywhere.path) == expected
    for expected in states[1:]:
        stack.redo()
        assert snapshot(coded_anywhere.path) == expected


def test_a_drag_merges_into_one_undo_step(coded_anywhere):
    stack = coded_anywhere.history
    seg = Segment(1, 1, "eye_contact", 1000, 2000, 25, 50)
    stack.run(commands.add_segment(seg))
    current = seg
    for dx in (40, 80, 120):
        after = replace(seg, start_ms=1000 + dx, end_ms=2000 + dx)
        stack.run(commands.change_segment(current, after, "Move", merge_key=("drag", 1)))
        current = after
    stack.close_merge()
    assert len(stack.done) == 2
    stack.undo()
    assert coded_anywhere.segment(1) == seg
    stack.redo()
    assert coded_anywhere.segment(1).start_ms == 1120


def test_a_new_edit_clears_redo(coded_anywhere):
    stack = coded_anywhere.history
    stack.run(commands.add_segment(Segment(1, 1, "touch", 0, 400)))
    stack.undo()
    stack.run(commands.add_segment(Segment(2, 1, "touch", 800, 1200)))
    assert stack.redo() is None and [s.id for s in coded_anywhere.segments(1)] == [2]


@pytest.mark.parametrize("make", ["text", "png", "empty", "foreign_sqlite", "folder"])
def test_files_that_are_not_projects_are_refused_untouched(tmp_path, make):
    path = tmp_path / f"x.{make}"
    if make == "text":
        path.write_text("clip notes\n")
    elif make == "png":
        path.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(200))
    elif make == "empty":
        path.write_bytes(b"")
    elif make == "foreign_sqlite":
        conn = sqlite3.connect(path)
        conn.execute("CREATE TABLE t (x)")
        conn.commit()
        conn.close()
    else:
        path.mkdir()
    before = None if path.is_dir() else digest(path)
    with pytest.raises(NotAProjectError, match="not a vig-annotator project"):
        open_project(path)
    if before is not None:
        assert digest(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == [path.name]  # no journal or lock left


def test_a_project_from_a_newer_version_is_refused_untouched(coded):
    path = Path(coded.path)
    coded.close()
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {project_file.SCHEMA_VERSION + 1}")
    conn.close()
    before = digest(path)
    with pytest.raises(NewerProjectError, match="written by a newer vig-annotator"):
        open_project(path)
    assert digest(path) == before


def test_a_project_open_elsewhere_is_locked_but_can_be_viewed(coded):
    with pytest.raises(ProjectLockedError) as caught:
        open_project(coded.path)
    assert caught.value.can_open_read_only
    viewer = open_project(coded.path, read_only=True)
    try:
        assert [s.id for s in viewer.sessions] == [1]
        with pytest.raises(ReadOnlyProjectError):
            build(viewer, [Put(Coder(2, "CD"))])
    finally:
        viewer.close()
    build(coded, [Put(Coder(2, "CD"))])  # the editor is unaffected


def test_a_read_only_folder_is_refused_for_editing(coded, tmp_path):
    path = Path(coded.path)
    coded.close()
    if os.geteuid() == 0:
        _refused_for_an_ordinary_user(path)
        return
    os.chmod(path.parent, 0o555)
    try:
        with pytest.raises(project_file.ReadOnlyFileError):
            open_project(path)
    finally:
        os.chmod(path.parent, 0o755)


def _refused_for_an_ordinary_user(path: Path) -> None:
    """As root (CI) permissions do not stop writes: check in a child that drops to the user ``nobody`` instead."""
    import shutil
    import subprocess
    import sys
    import tempfile

    folder = Path(tempfile.mkdtemp(prefix="vig-readonly-"))
    try:
        os.chmod(folder, 0o755)
        shutil.copy2(path, folder / path.name)
        os.chmod(folder / path.name, 0o666)  # the file itself is writable: only the folder is not
        os.chmod(folder, 0o555)
        check = ("import os, sys\n"
                 "from vig_annotator.store.opening import open_project\n"
                 "from vig_annotator.store.project_file import ReadOnlyFileError\n"
                 "os.setgroups([]); os.setresgid(65534, 65534, 65534); os.setresuid(65534, 65534, 65534)\n"
                 "try:\n    open_project(sys.argv[1])\nexcept ReadOnlyFileError as exc:\n    print('refused:', exc)\n"
                 "else:\n    print('opened for editing')\n")
        root = Path(__file__).resolve().parents[2]
        run = subprocess.run([sys.executable, "-c", check, str(folder / path.name)],
                             env={"PYTHONPATH": str(root), "HOME": str(folder), "PATH": os.environ.get("PATH", "")},
                             capture_output=True, text=True, timeout=120, cwd=folder)
        assert run.returncode == 0, run.stderr
        assert run.stdout.startswith("refused:") and path.name in run.stdout
        assert sorted(p.name for p in folder.iterdir()) == [path.name]  # nothing written beside it
    finally:
        os.chmod(folder, 0o755)
        shutil.rmtree(folder)


def test_migrations_run_in_order_with_a_backup_and_a_failing_one_changes_nothing(coded, monkeypatch):
    path = Path(coded.path)
    coded.close()
    ran: list[int] = []
    now = project_file.SCHEMA_VERSION

    def add_column(conn):
        ran.append(1)
        conn.execute("ALTER TABLE coders ADD COLUMN note TEXT NOT NULL DEFAULT ''")

    def broken(conn):
        ran.append(2)
        conn.execute("ALTER TABLE coders ADD COLUMN other TEXT")
        raise RuntimeError("migration bug")

    monkeypatch.setattr(project_file, "SCHEMA_VERSION", now + 2)
    monkeypatch.setattr(file_schema, "SCHEMA_VERSION", now + 2)  # what the upgrade aims at
    monkeypatch.setattr(file_schema, "MIGRATIONS", {now: add_column, now + 1: broken})
    before = digest(path)
    with pytest.raises(project_file.UpgradeError, match="migration bug") as caught:
        open_project(path)
    assert str(path) in str(caught.value) and "not changed" in str(caught.value)
    assert ran == [1, 2]
    assert digest(path) == before
    assert sorted(p.name for p in path.parent.iterdir()) == [path.name]  # no backup, journal or lock left

    monkeypatch.setattr(file_schema, "MIGRATIONS", {now: add_column, now + 1: lambda conn: ran.append(3)})
    project = open_project(path)
    project.close()
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == now + 2
        assert "note" in [r[1] for r in conn.execute("PRAGMA table_info(coders)")]
    finally:
        conn.close()
    backup = path.with_name(f"{path.name}.before-v{now + 2}.bak")
    conn = sqlite3.connect(backup)
    try:  # the backup is the file as it was before the upgrade
        assert conn.execute("PRAGMA user_version").fetchone()[0] == now
    finally:
        conn.close()


def test_a_failed_write_leaves_memory_and_file_as_they_were(coded_anywhere):
    before = snapshot(coded_anywhere.path)
    bad = Segment(9, 1, "eye_contact", 5000, 4000)  # end before start: the database refuses it
    with pytest.raises((sqlite3.IntegrityError, ServerRefusedError)):
        coded_anywhere._apply([Put(Segment(8, 1, "touch", 0, 400)), Put(bad)])  # past the rules: the store refuses
    assert coded_anywhere.segments(1) == []
    assert snapshot(coded_anywhere.path) == before


def test_new_project_files_get_ordinary_permissions(tmp_path):
    project = create_project(tmp_path / "perm.vigproj")
    project.close()
    mode = (tmp_path / "perm.vigproj").stat().st_mode & 0o777
    umask = os.umask(0)
    os.umask(umask)
    assert mode == 0o666 & ~umask


def test_creating_over_an_existing_file_is_refused(tmp_path):
    existing = tmp_path / "keep.vigproj"
    existing.write_text("precious")
    with pytest.raises(project_file.ProjectFileError, match="already exists"):
        create_project(existing)
    assert existing.read_text() == "precious"
