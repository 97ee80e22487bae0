"""Each role's ordinary work still succeeds under the server's rules, and push, pull and create are all-or-nothing."""

from __future__ import annotations

import logging
import os
import select
import signal
import subprocess
import sys
import time
from dataclasses import replace

import psycopg
import pytest
from inprocess import run_cli

from vig_annotator.core import commands
from vig_annotator.core.model import Clip, Coder, Segment, Session
from vig_annotator.schemes import builtin
from vig_annotator.store import sync
from vig_annotator.store.errors import ServerRefusedError
from vig_annotator.store.live import LiveFeed
from vig_annotator.store.opening import create_project, open_project
from vig_annotator.store.pg_access import add_member
from vig_annotator.store.urls import parse

_names = iter(range(1, 10_000))


def as_user(url: str, user: str) -> str:
    return url.replace("user=vig_admin", f"user={user}")


def schema_exists(cluster, url: str) -> bool:
    with psycopg.connect(cluster.admin_dsn()) as conn:
        found = conn.execute("SELECT 1 FROM pg_namespace WHERE nspname = %s", (parse(url).schema,)).fetchone()
        return found is not None


@pytest.fixture
def pushed_demo(demo_copy, pg_cluster):
    """The demo pushed by the administrator; ``coder_one`` is a member coding as the demo's first session's coder."""
    url = pg_cluster.url(f"roles{next(_names)}")
    assert run_cli("push", demo_copy, url).status == 0
    project = open_project(url, read_only=True)
    session = project.sessions[0]
    project.close()
    pg_cluster.add_role("coder_one")
    add_member(url, "coder_one", session.coder_id)
    return url, session


def test_a_coder_pulls_codes_offline_and_pushes_back_their_own_session(pushed_demo, tmp_path):
    url, session = pushed_demo
    mine = as_user(url, "coder_one")
    laptop = tmp_path / "laptop.vigproj"
    assert run_cli("pull", mine, laptop).status == 0
    project = open_project(laptop)
    added = Segment(project.next_id("segment"), session.id, "touch" if project.scheme_of(session).has_code("touch")
                    else project.scheme_of(session).codes[0].id, 1000, 1000)
    code = project.scheme_of(session).code(added.code_id)
    if code.kind.value == "state":
        added = replace(added, end_ms=1200)
    free = [s for s in project.segments(session.id) if s.code_id == added.code_id]
    for seg in free:  # make room where the new one goes
        if seg.start_ms < 1300 and seg.end_ms >= 1000:
            project.run(commands.delete_segments([seg]))
    project.run(commands.add_segment(added))
    project.close()
    pushed = run_cli("push", laptop, mine)  # regression: "internal error: InsufficientPrivilege ... id_blocks"
    assert pushed.status == 0, pushed.err
    assert f"sessions copied: {session.id}" in pushed.out
    server = open_project(url, read_only=True)
    try:
        assert server.segment(added.id) == added
    finally:
        server.close()


def test_a_coder_codes_in_the_app_and_reads_what_they_may(pushed_demo):
    url, session = pushed_demo
    project = open_project(as_user(url, "coder_one"))
    try:
        scheme = project.scheme_of(session)
        taken = [(s.code_id, s.start_ms, s.end_ms) for s in project.segments(session.id)]
        code, start = next((c.id, t) for c in scheme.codes if c.kind.value == "state" for t in range(0, 40000, 500)
                           if not any(k == c.id and a < t + 100 and t < b for k, a, b in taken))
        seg = Segment(project.next_id("segment"), session.id, code, start, start + 100)
        project.run(commands.add_segment(seg))
        assert project.segment(seg.id) == seg
        assert project.clips and project.coders  # shared tables are readable
    finally:
        project.close()


def test_a_coder_exports_and_imports_a_session_of_their_own(pushed_demo, tmp_path):
    url, session = pushed_demo
    mine = as_user(url, "coder_one")
    table = tmp_path / "mine.csv"
    assert run_cli("export", mine, "-f", "csv", "-o", table, "--session", session.id).status == 0
    project = open_project(mine, read_only=True)
    initials = project.entities["coder"][session.coder_id].initials
    project.close()
    done = run_cli("import", mine, table, "--coder", initials, "--clip", tmp_path / "demo_clip.mp4")
    assert done.status == 0, done.err  # a new session of their own passes the sessions' row policy
    project = open_project(mine, read_only=True)
    try:
        new = max(project.sessions, key=lambda s: s.id)
        assert new.coder_id == session.coder_id and new.id != session.id
        assert len(project.segments(new.id)) == len(project.segments(session.id))
    finally:
        project.close()


def test_a_coder_may_not_create_a_project_and_is_told_before_anything_is_done(demo_copy, pg_cluster):
    pg_cluster.add_role("no_create")
    url = as_user(pg_cluster.url(f"roles{next(_names)}"), "no_create")
    with psycopg.connect(pg_cluster.admin_dsn(), autocommit=True) as conn:
        conn.execute("REVOKE CREATE ON DATABASE vig FROM PUBLIC")
    done = run_cli("push", demo_copy, url)
    assert done.status == 2 and "may not make projects in this database" in done.err
    assert len(done.err.strip().splitlines()) == 1
    assert not schema_exists(pg_cluster, url)


def test_a_push_that_fails_midway_leaves_no_project_on_the_server(demo_copy, pg_cluster, monkeypatch):
    url = pg_cluster.url(f"roles{next(_names)}")

    def broken(source, target):  # the rows are written; then the push fails before it is done
        raise OSError("the disk went away")

    monkeypatch.setattr(sync, "_copy_timing", broken)
    done = run_cli("push", demo_copy, url)
    assert done.status == 2
    assert not schema_exists(pg_cluster, url)  # regression: an empty project schema was left behind


def test_a_push_killed_midway_leaves_the_project_whole_or_absent(demo_copy, pg_cluster):
    url = pg_cluster.url(f"roles{next(_names)}")
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(sys.path))
    child = subprocess.Popen([sys.executable, "-m", "vig_annotator", "push", str(demo_copy), url], env=env,
                             stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 60
    while not schema_exists(pg_cluster, url) and child.poll() is None and time.monotonic() < deadline:
        time.sleep(0.02)  # only picks the moment of the kill: the assertion holds whenever it lands
    child.send_signal(signal.SIGKILL)
    child.wait()
    time.sleep(0.2)
    if schema_exists(pg_cluster, url):  # committed before the kill: then it is whole
        project = open_project(url, read_only=True)
        try:
            assert project.sessions and project.segments(project.sessions[0].id)
        finally:
            project.close()


def test_a_push_to_an_existing_project_that_fails_midway_changes_nothing_there(pushed_demo, pg_cluster, tmp_path,
                                                                              monkeypatch):
    url, session = pushed_demo
    mine = as_user(url, "coder_one")
    laptop = tmp_path / "laptop.vigproj"
    assert run_cli("pull", mine, laptop).status == 0
    project = open_project(laptop)
    project.run(commands.delete_segments(project.segments(session.id)[:3]))
    project.close()
    schema = parse(url).schema

    def tables():
        with psycopg.connect(pg_cluster.admin_dsn(), options=f"-c search_path={schema}") as conn:
            return [conn.execute(f"SELECT count(*), md5(string_agg(x::text, '|' ORDER BY x::text)) FROM {t} x")
                    .fetchone() for t in ("segments", "audit", "audit_rows")]

    before = tables()
    monkeypatch.setattr(sync, "_copy_timing", lambda source, target: (_ for _ in ()).throw(OSError("disk gone")))
    assert run_cli("push", laptop, mine).status == 2
    assert tables() == before  # the session's rows were written, then the push failed: none of it is kept
    monkeypatch.undo()
    pushed = run_cli("push", laptop, mine)
    assert pushed.status == 0, pushed.err
    assert tables()[0][0] == before[0][0] - 3


def test_a_pull_that_fails_leaves_no_file(pushed_demo, tmp_path, monkeypatch):
    url, _session = pushed_demo
    target = tmp_path / "new.vigproj"

    def broken(source, target):
        raise OSError("the disk went away")

    monkeypatch.setattr(sync, "_copy_timing", broken)
    assert run_cli("pull", url, target).status == 2
    assert not target.exists() and list(tmp_path.glob("*.vigproj")) == [tmp_path / "demo.vigproj"]


@pytest.fixture
def one_session(pg_cluster):
    url = pg_cluster.url(f"roles{next(_names)}")
    scheme = builtin("demo")
    admin = create_project(url)
    admin.run(commands.edit("Set up", [(None, e) for e in [
        scheme, Clip(1, "C1", "c.mp4", "1:ab", 40000, 1000, 25.0), Coder(1, "AA"), Coder(2, "TT"),
        Session(1, 1, 1, scheme.id, scheme.version)]]), undoable=False)
    admin.close()
    pg_cluster.add_role("coder_two_windows")
    add_member(url, "coder_two_windows", 1)
    pg_cluster.add_role("trainer_adds")
    add_member(url, "trainer_adds", None, trainer=True)
    return url


def test_two_windows_cannot_store_overlapping_segments_and_pull_still_works(one_session, tmp_path):
    url = as_user(one_session, "coder_two_windows")
    first, second = open_project(url), open_project(url)
    try:
        first.run(commands.add_segment(Segment(first.next_id("segment"), 1, "touch", 0, 400)))
        with pytest.raises(ServerRefusedError, match="segments_no_overlap"):  # the second window had not seen it
            second.run(commands.add_segment(Segment(second.next_id("segment"), 1, "touch", 200, 600)))
    finally:
        first.close()
        second.close()
    back = tmp_path / "back.vigproj"
    assert run_cli("pull", url, back).status == 0  # regression: pull failed and left an empty file
    pulled = open_project(back, read_only=True)
    assert [(s.start_ms, s.end_ms) for s in pulled.segments(1)] == [(0, 400)]
    pulled.close()


def test_a_trainer_adds_a_coder_and_a_coder_cannot(one_session):
    trainer = open_project(as_user(one_session, "trainer_adds"))
    try:
        trainer.run(commands.edit("Add a coder", [(None, Coder(3, "NN"))]))
        assert trainer.entities["coder"][3].initials == "NN"
    finally:
        trainer.close()
    coder = open_project(as_user(one_session, "coder_two_windows"))
    try:
        with pytest.raises(ServerRefusedError, match="permission denied"):
            coder.run(commands.edit("Add a coder", [(None, Coder(4, "ZZ"))]))
    finally:
        coder.close()


def test_a_forged_announcement_is_skipped_with_a_warning(one_session, pg_cluster, caplog):
    watching = open_project(one_session)
    feed = LiveFeed(watching)
    try:
        channel = parse(one_session).channel
        with psycopg.connect(pg_cluster.dsn("coder_two_windows"), autocommit=True) as conn:  # anyone may NOTIFY
            for payload in ("not a number", "99999999", "-1", "1" * 40):
                conn.execute("SELECT pg_notify(%s, %s)", (channel, payload))
        with caplog.at_level(logging.WARNING, logger="vig_annotator.store.live"):
            deadline = time.monotonic() + 5
            while time.monotonic() < deadline and len(caplog.records) < 2:
                select.select([feed.fileno()], [], [], 0.2)
                assert feed.poll() == []  # regression: KeyError in every open window
        assert any("not an audit entry" in r.getMessage() for r in caplog.records)
    finally:
        feed.close()
        watching.close()


def test_a_malformed_audit_entry_is_skipped_with_a_warning_when_opening_and_live(one_session, pg_cluster, caplog):
    schema = parse(one_session).schema
    watching = open_project(one_session)
    feed = LiveFeed(watching)
    with psycopg.connect(pg_cluster.admin_dsn(), autocommit=True, options=f"-c search_path={schema}") as conn:
        entry = conn.execute("INSERT INTO audit (os_user, host, program, edit, label) VALUES ('x', 'x', 'x', 'x', '') "
                             "RETURNING id").fetchone()[0]  # only the owner can: a damaged or hand-made entry
        for kind, key in (("no_such_kind", '"1"'), ("segment", '"not an id"'), ("rating", "[1]"), ("segment", "{}")):
            conn.execute("INSERT INTO audit_rows (audit_id, action, kind, key) VALUES (%s, 'put', %s, %s)",
                         (entry, kind, key))
        conn.execute("SELECT pg_notify(%s, %s)", (schema, str(entry)))
    try:
        with caplog.at_level(logging.WARNING, logger="vig_annotator.store.live"):
            deadline = time.monotonic() + 5
            while time.monotonic() < deadline and not caplog.records:
                select.select([feed.fileno()], [], [], 0.2)
                assert feed.poll() == []  # regression: KeyError
            again = open_project(one_session)  # opening the project, and its feed catching up, too
            LiveFeed(again).close()
            again.close()
        assert sum("names a row that is not one" in r.getMessage() for r in caplog.records) >= 4
    finally:
        feed.close()
        watching.close()


def test_an_empty_host_reaches_the_server_libpq_finds(one_session, pg_cluster, monkeypatch):
    monkeypatch.setenv("PGHOST", str(pg_cluster.socket_dir))
    monkeypatch.setenv("PGPASSFILE", str(pg_cluster.passfile))
    name = parse(one_session).name
    done = run_cli("info", f"postgresql:///vig?user=coder_two_windows&project={name}", "--json")
    assert done.status == 0, done.err  # regression: an internal error in every verb
    assert '"sessions"' in done.out


def test_an_empty_host_with_no_server_is_one_clear_line(monkeypatch, tmp_path):
    monkeypatch.setenv("PGHOST", str(tmp_path))
    done = run_cli("info", "postgresql:///vig?project=demo")
    assert done.status == 2 and "cannot reach the server" in done.err
    assert len(done.err.strip().splitlines()) == 1


def test_an_edit_made_with_psql_is_audited_with_its_login_and_reaches_open_windows(one_session, pg_cluster):
    watching = open_project(one_session)
    feed = LiveFeed(watching)
    try:
        with psycopg.connect(pg_cluster.dsn("coder_two_windows"), autocommit=True,
                             options=f"-c search_path={parse(one_session).schema}") as conn:
            conn.execute("INSERT INTO segments (id, session_id, code_id, start_ms, end_ms, start_frame, end_frame, "
                         "modifiers, note, item) VALUES (777, 1, 'touch', 5000, 5400, 0, 0, '[]', '', '')")
        deadline = time.monotonic() + 5
        while 777 not in watching.entities["segment"] and time.monotonic() < deadline:
            select.select([feed.fileno()], [], [], 0.2)
            feed.poll()
        assert watching.segment(777).start_ms == 5000
    finally:
        feed.close()
        watching.close()
    with psycopg.connect(pg_cluster.admin_dsn(), options=f"-c search_path={parse(one_session).schema}") as conn:
        assert conn.execute("SELECT a.db_user, a.program, r.kind, r.key FROM audit a JOIN audit_rows r "
                            "ON r.audit_id = a.id ORDER BY a.id DESC LIMIT 1").fetchone() == (
            "coder_two_windows", "?", "segment", 777)


def test_a_project_made_before_the_safeguards_gets_them_when_its_owner_opens_it(one_session, pg_cluster):
    schema = parse(one_session).schema
    admin = open_project(one_session)
    admin.run(commands.add_segment(Segment(admin.next_id("segment"), 1, "touch", 0, 400)))
    admin.close()
    with psycopg.connect(pg_cluster.admin_dsn(), autocommit=True, options=f"-c search_path={schema}") as conn:
        # as an earlier version left it: the audit's changes written by the client, no server-side rules
        conn.execute("ALTER TABLE audit ADD COLUMN coders text NOT NULL DEFAULT '[]', "
                     "ADD COLUMN changes jsonb NOT NULL DEFAULT '[]', ADD COLUMN sessions jsonb NOT NULL DEFAULT '[]'")
        conn.execute("UPDATE audit a SET changes = (SELECT jsonb_agg(jsonb_build_array(action, kind, key)) "
                     "FROM audit_rows r WHERE r.audit_id = a.id), sessions = '[1]'")
        conn.execute("DROP TABLE audit_rows CASCADE")
        conn.execute("ALTER TABLE segments DROP CONSTRAINT segments_no_overlap")
        conn.execute("DELETE FROM vig_meta WHERE key = 'safeguards'")
        entries = conn.execute("SELECT count(*) FROM audit").fetchone()[0]
    member = as_user(one_session, "coder_two_windows")
    with pytest.raises(Exception, match="the project's owner must open it once with this version"):
        open_project(member)
    open_project(one_session).close()  # the owner: the rules are put in place, the old audit kept
    open_project(member).close()  # and a member may edit again
    with psycopg.connect(pg_cluster.dsn("coder_two_windows"), autocommit=True,
                         options=f"-c search_path={schema}") as conn, pytest.raises(psycopg.errors.ExclusionViolation):
        conn.execute("INSERT INTO segments (id, session_id, code_id, start_ms, end_ms, start_frame, end_frame, "
                     "modifiers, note, item) VALUES (888, 1, 'touch', 100, 500, 0, 0, '[]', '', '')")
    with psycopg.connect(pg_cluster.admin_dsn(), options=f"-c search_path={schema}") as conn:
        assert conn.execute("SELECT count(DISTINCT audit_id) FROM audit_rows").fetchone()[0] == entries
        assert conn.execute("SELECT value FROM vig_meta WHERE key = 'safeguards'").fetchone() is not None

