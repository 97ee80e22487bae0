"""Blind coding holds on the server: a coder connected as themself cannot read others' sessions of a blind clip."""

from __future__ import annotations

import select
import time
from dataclasses import replace

import psycopg
import pytest
from builders import build

from vig_annotator.core import commands
from vig_annotator.core.model import Clip, Coder, Segment, Session
from vig_annotator.core.project import Put
from vig_annotator.schemes import builtin
from vig_annotator.store.errors import ServerRefusedError
from vig_annotator.store.live import LiveFeed
from vig_annotator.store.opening import create_project, open_project
from vig_annotator.store.pg_access import add_member
from vig_annotator.store.urls import parse

_names = iter(range(1, 10_000))


@pytest.fixture
def team(pg_cluster):
    """Clip 1 coded blind by coders A (session 1) and B (session 2); clip 2 open (session 3, by B)."""
    name = f"blind{next(_names)}"
    for role in ("coder_a", "coder_b", "trainer_t"):
        pg_cluster.add_role(role)
    url = pg_cluster.url(name)
    scheme = builtin("demo")
    admin = create_project(url)
    build(admin, [Put(scheme), Put(Clip(1, "C1", "c.mp4", "1:ab", 40000, 1000, 25.0)),
                 Put(Clip(2, "C2", "d.mp4", "2:cd", 40000, 1000, 25.0)), Put(Coder(1, "AA")), Put(Coder(2, "BB")),
                 Put(Session(1, 1, 1, scheme.id, scheme.version, blind=True)),
                 Put(Session(2, 1, 2, scheme.id, scheme.version, blind=True)),
                 Put(Session(3, 2, 2, scheme.id, scheme.version)),
                 Put(Segment(10, 1, "touch", 0, 400)), Put(Segment(20, 2, "touch", 800, 1200)),
                 Put(Segment(30, 3, "touch", 0, 400))])
    admin.close()
    add_member(url, "coder_a", 1)
    add_member(url, "coder_b", 2)
    add_member(url, "trainer_t", None, trainer=True)
    return lambda user: pg_cluster.url(name, user=user)


def test_a_coder_reads_only_their_own_session_of_a_blind_clip_until_the_trainer_unblinds_it(team, pg_cluster):
    coder_a = open_project(team("coder_a"))
    try:
        assert [s.id for s in coder_a.sessions] == [1, 3]
        assert sorted(coder_a.entities["segment"]) == [10, 30]
    finally:
        coder_a.close()
    where = parse(team("coder_a"))
    with psycopg.connect(pg_cluster.dsn("coder_a"),
                         options=f"-c search_path={where.schema}") as conn:  # any program, not only ours
        assert conn.execute("SELECT count(*) FROM segments WHERE session_id = 2").fetchone() == (0,)
        assert conn.execute("SELECT count(*) FROM sessions").fetchone() == (2,)
        assert conn.execute("SELECT count(*) FROM audit_rows WHERE session_id = 2").fetchone() == (0,)

    watching = open_project(team("coder_a"))  # coder A's window stays open while the trainer unblinds
    feed = LiveFeed(watching)

    trainer = open_project(team("trainer_t"))
    try:
        assert [s.id for s in trainer.sessions] == [1, 2, 3]
        trainer.run(commands.edit("Unblind clip C1", [(s, replace(s, blind=False))
                                                       for s in trainer.sessions if s.blind]))
    finally:
        trainer.close()
    deadline = time.monotonic() + 10
    while 2 not in watching.entities["session"] and time.monotonic() < deadline:
        select.select([feed.fileno()], [], [], 0.5)
        feed.poll()
    assert sorted(watching.entities["segment"]) == [10, 20, 30]  # the unblinded session arrived with its contents
    feed.close()
    watching.close()
    coder_a = open_project(team("coder_a"))
    try:
        assert [s.id for s in coder_a.sessions] == [1, 2, 3]
        assert sorted(coder_a.entities["segment"]) == [10, 20, 30]
    finally:
        coder_a.close()


def test_a_coder_can_neither_unblind_nor_write_another_coders_session(team, pg_cluster):
    coder_b = open_project(team("coder_b"))
    try:
        mine = coder_b.session(2)
        with pytest.raises(ServerRefusedError, match="only a trainer can mark a session blind"):
            coder_b.run(commands.edit("Unblind", [(mine, replace(mine, blind=False))]))
        assert coder_b.session(2).blind
        coder_b.run(commands.add_segment(Segment(coder_b.next_id("segment"), 2, "touch", 2000, 2400)))
    finally:
        coder_b.close()
    where = parse(team("coder_b"))
    with psycopg.connect(pg_cluster.dsn("coder_b"),
                         options=f"-c search_path={where.schema}") as conn:  # round the app, straight to SQL
        with pytest.raises(psycopg.errors.InsufficientPrivilege, match="row-level security"):
            conn.execute("INSERT INTO segments (id, session_id, code_id, start_ms, end_ms, start_frame, end_frame, "
                         "modifiers, note, item) VALUES (99, 1, 'touch', 0, 1, 0, 0, '[]', '', '')")
        conn.rollback()
        assert conn.execute("UPDATE segments SET note = 'x' WHERE session_id = 1").rowcount == 0
