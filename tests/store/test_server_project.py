"""Team projects on a real (throwaway) PostgreSQL server: conflicts refused, ids never clash, every edit audited."""

from __future__ import annotations

import getpass
from dataclasses import replace

import psycopg
import pytest
from builders import build

from vig_annotator.core import commands
from vig_annotator.core.model import Clip, Coder, Segment, Session
from vig_annotator.core.project import Put
from vig_annotator.schemes import builtin
from vig_annotator.store import project_file
from vig_annotator.store.errors import EditConflictError, NewerProjectError, ProjectExistsError, ProjectFileError
from vig_annotator.store.opening import create_project, open_project
from vig_annotator.store.urls import BadServerURLError, parse

_names = iter(range(1, 10_000))


@pytest.fixture
def url(pg_cluster):
    return pg_cluster.url(f"srv{next(_names)}")


@pytest.fixture
def two_windows(url):
    """One server project open in two windows, with a clip, two coders and a session each."""
    scheme = builtin("demo")
    first = create_project(url)
    build(first, [Put(scheme), Put(Clip(1, "C1", "c.mp4", "1:ab", 40000, 1000, 25.0)), Put(Coder(1, "AB")),
                 Put(Coder(2, "CD")), Put(Session(1, 1, 1, scheme.id, scheme.version)),
                 Put(Session(2, 1, 2, scheme.id, scheme.version))])
    second = open_project(url)
    yield first, second
    first.close()
    second.close()


def test_an_edit_to_a_segment_someone_else_changed_is_refused_and_the_window_shows_theirs(two_windows):
    first, second = two_windows
    seg = Segment(first.next_id("segment"), 1, "eye_contact", 1000, 2000, 25, 50)
    first.run(commands.add_segment(seg))
    second.backend.refresh([("segment", seg.id)])
    theirs = replace(seg, note="first window's note")
    first.run(commands.change_segment(seg, theirs, "Edit note"))
    with pytest.raises(EditConflictError, match=f"segment {seg.id} was changed or removed on the server"):
        second.run(commands.change_segment(seg, replace(seg, start_ms=1500, start_frame=37), "Move"))
    assert second.segment(seg.id) == theirs  # refreshed, not merged
    again = open_project(first.path, read_only=True)
    try:
        assert again.segment(seg.id) == theirs
    finally:
        again.close()


def test_two_windows_adding_at_once_never_pick_the_same_id(two_windows):
    first, second = two_windows
    a = [Segment(first.next_id("segment"), 1, "eye_contact", t, t + 10) for t in (0,)]
    b = [Segment(second.next_id("segment"), 2, "eye_contact", t, t + 10) for t in (0,)]
    first.run(commands.add_segment(a[0]))
    second.run(commands.add_segment(b[0]))
    for t in range(100, 2000, 100):  # more than one block of ids each
        first.run(commands.add_segment(Segment(first.next_id("segment"), 1, "touch", t, t + 10)))
        second.run(commands.add_segment(Segment(second.next_id("segment"), 2, "touch", t, t + 10)))
    viewer = open_project(first.path, read_only=True)
    try:
        assert len(viewer.segments(1)) == 20 and len(viewer.segments(2)) == 20
    finally:
        viewer.close()


def test_every_edit_records_who_and_when(two_windows, pg_cluster):
    first, _ = two_windows
    first.run(commands.add_segment(Segment(first.next_id("segment"), 1, "touch", 0, 400)))
    where = parse(first.path)
    with psycopg.connect(pg_cluster.admin_dsn(), options=f"-c search_path={where.schema}") as conn:
        rows = conn.execute("SELECT id, db_user, os_user, at FROM audit ORDER BY id").fetchall()
        now = conn.execute("SELECT now()").fetchone()[0]
        entry, db_user, os_user, at = rows[-1]
        changes = conn.execute("SELECT action, kind, session_id FROM audit_rows WHERE audit_id = %s",
                               (entry,)).fetchall()
    assert (db_user, os_user) == ("vig_admin", getpass.getuser())
    assert changes == [("put", "segment", 1)]  # written by the server's trigger, not by the client
    assert abs((now - at).total_seconds()) < 60


def test_creating_a_project_that_exists_is_refused(two_windows):
    first, _ = two_windows
    with pytest.raises(ProjectExistsError, match="already holds a project"):
        create_project(first.path)


def test_a_project_from_a_newer_version_is_refused(two_windows, pg_cluster):
    first, _ = two_windows
    where = parse(first.path)
    with psycopg.connect(pg_cluster.admin_dsn(), options=f"-c search_path={where.schema}") as conn:
        conn.execute("UPDATE vig_meta SET value = %s WHERE key = 'schema_version'",
                     (str(project_file.SCHEMA_VERSION + 1),))
    with pytest.raises(NewerProjectError, match="written by a newer vig-annotator"):
        open_project(first.path)


def test_a_missing_project_is_named(pg_cluster):
    with pytest.raises(ProjectFileError, match="holds no project 'nosuch'"):
        open_project(pg_cluster.url("nosuch"))


@pytest.mark.parametrize(("url", "why"), [
    ("postgresql://lab.example/coding", "names no project"),
    ("postgresql://lab.example/coding?project=Bad-Name", "not allowed"),
    ("postgresql://me:secret@lab.example/coding?project=p", "password"),
])
def test_bad_server_urls_are_refused_with_a_reason(url, why):
    with pytest.raises(BadServerURLError, match=why):
        parse(url)
    with pytest.raises(BadServerURLError):
        open_project(url)


def test_a_camera_of_a_team_project_is_found_in_this_computers_media_folder(url, tmp_path, monkeypatch):
    """Its path is stored relative to VIG_MEDIA, like the clip's, and must be looked for there (it was not)."""
    from vig_annotator.core.model import VideoSource
    from vig_annotator.projects import source_path
    from vig_annotator.store import clips as clip_store

    media = tmp_path / "media"
    (media / "cases").mkdir(parents=True)
    video = media / "cases" / "side.mp4"
    video.write_bytes(b"not really a video")
    monkeypatch.setenv("VIG_MEDIA", str(media))
    monkeypatch.chdir(tmp_path)  # elsewhere: the folder the app was started in must not matter
    project = create_project(url)
    try:
        stored = clip_store.stored_path(project, video)
        assert stored == "cases/side.mp4"
        assert source_path(project, VideoSource(1, 1, "side", stored, "18:x")) == video.resolve()
    finally:
        project.close()
