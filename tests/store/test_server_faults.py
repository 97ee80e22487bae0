"""Faults on a team project's server: stopped mid-edit, restarted, connections dropped. Real server, real stops."""

from __future__ import annotations

import threading

import psycopg
import pytest
from builders import build
from psycopg import sql

from vig_annotator.core import commands
from vig_annotator.core.model import Clip, Coder, Segment, Session
from vig_annotator.core.project import Put
from vig_annotator.schemes import builtin
from vig_annotator.store import pg_backend
from vig_annotator.store.errors import ServerUnavailableError
from vig_annotator.store.opening import create_project, open_project
from vig_annotator.store.sync import push, save_session

_names = iter(range(1, 10_000))


@pytest.fixture
def team(pg_cluster):
    url = pg_cluster.url(f"fault{next(_names)}")
    scheme = builtin("demo")
    project = create_project(url)
    build(project, [Put(scheme), Put(Clip(1, "C1", "c.mp4", "1:ab", 40000, 1000, 25.0)), Put(Coder(1, "AB")),
                   Put(Session(1, 1, 1, scheme.id, scheme.version)), Put(Segment(1, 1, "touch", 0, 400))])
    yield project
    if not pg_cluster.running:
        pg_cluster.start()
    project.close()


def stored_segments(url):
    viewer = open_project(url, read_only=True)
    try:
        return sorted(viewer.entities["segment"])
    finally:
        viewer.close()


def test_the_server_stopped_mid_edit_leaves_nothing_half_written_and_a_retry_saves_it(team, pg_cluster, monkeypatch):
    a = Segment(team.next_id("segment"), 1, "touch", 1000, 1400)
    b = Segment(a.id + 1, 1, "touch", 2000, 2400)
    real = pg_backend.ServerBackend._audit

    def slow_audit(self, *args):  # the edit's rows are written, then the server stops before it commits
        return sql.SQL("SELECT pg_sleep(30);\n{}").format(real(self, *args))

    monkeypatch.setattr(pg_backend.ServerBackend, "_audit", slow_audit)
    stopper = threading.Timer(1.0, pg_cluster.stop, ("immediate",))
    stopper.start()
    edit = commands.edit("Add two", [(None, a), (None, b)])
    try:
        with pytest.raises(ServerUnavailableError, match="went away during this edit") as failed:
            team.run(edit)
    finally:
        stopper.join()
    assert [op.entity for op in failed.value.ops] == [a, b]  # the app can retry it or save it to a file
    assert sorted(team.entities["segment"]) == [1]  # memory as before
    monkeypatch.setattr(pg_backend.ServerBackend, "_audit", real)
    with pytest.raises(ServerUnavailableError, match="cannot reach the server"):
        team.run(edit)  # still down
    pg_cluster.start()
    assert stored_segments(team.path) == [1]  # nothing half-written
    team.run(edit)  # retry: connects again by itself
    assert stored_segments(team.path) == [1, a.id, b.id]


def test_a_dropped_connection_is_made_again_without_losing_the_edit(team, pg_cluster):
    with psycopg.connect(pg_cluster.admin_dsn(), autocommit=True) as admin:
        admin.execute("SELECT pg_terminate_backend(%s)", (team.backend.conn.info.backend_pid,))
    seg = Segment(team.next_id("segment"), 1, "touch", 1000, 1400)
    team.run(commands.add_segment(seg))  # the link was dead before the edit began: sent again, once
    assert stored_segments(team.path) == [1, seg.id]


def test_a_session_saved_to_a_file_while_the_server_is_down_is_pushed_back_later(team, pg_cluster, tmp_path):
    pg_cluster.stop("immediate")
    seg = Segment(team.next_id("segment"), 1, "touch", 1000, 1400)
    with pytest.raises(ServerUnavailableError) as failed:
        team.run(commands.add_segment(seg))
    rescue = tmp_path / "rescued.vigproj"
    save_session(team, 1, rescue, failed.value.ops)
    saved = open_project(rescue, read_only=True)
    assert sorted(saved.entities["segment"]) == [1, seg.id]
    saved.close()
    pg_cluster.start()
    report = push(rescue, team.path)
    assert report.copied == [1]
    assert stored_segments(team.path) == [1, seg.id]


def test_a_link_lost_just_after_the_commit_finds_the_edit_saved_and_does_not_send_it_twice(team, pg_cluster,
                                                                                          monkeypatch):
    real = pg_backend.ServerBackend._announce

    def slow_announce(self, edit):  # committed; the link breaks before the server's answer arrives
        return sql.SQL("SELECT pg_sleep(30);\n{}").format(real(self, edit))

    monkeypatch.setattr(pg_backend.ServerBackend, "_announce", slow_announce)
    pid = team.backend.conn.info.backend_pid

    def cut():
        with psycopg.connect(pg_cluster.admin_dsn(), autocommit=True) as admin:
            admin.execute("SELECT pg_terminate_backend(%s)", (pid,))

    cutter = threading.Timer(1.0, cut)
    cutter.start()
    seg = Segment(team.next_id("segment"), 1, "touch", 1000, 1400)
    try:
        team.run(commands.add_segment(seg))  # reported done: the audit shows the server committed it
    finally:
        cutter.join()
    monkeypatch.setattr(pg_backend.ServerBackend, "_announce", real)
    assert team.segment(seg.id) == seg
    assert stored_segments(team.path) == [1, seg.id]
    team.run(commands.change_segment(seg, Segment(seg.id, 1, "touch", 1000, 1500), "Resize"))  # versions in step
