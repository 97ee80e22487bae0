"""Each member, logged in with their own password, tries what they must not: every attempt is refused by the server.

The attacks are data (PostgreSQL's ``rowsecurity.sql`` walks its policies the same way): one row per
attempt, as (who, what: raw SQL or an app verb, what must hold). ``fail``: refused with an error;
``nothing``: runs, but shows none of what it looks for; ``same``: runs, changes nothing. After every row
each table of the project is compared with before, as the administrator sees it: nothing may change.
Adding an attack is one line.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

import psycopg
import pytest
from inprocess import run_cli

from vig_annotator.core import commands
from vig_annotator.core.model import Clip, Coder, ExportRecord, Rating, Role, Segment, Session, Setting
from vig_annotator.schemes import builtin
from vig_annotator.store.opening import create_project
from vig_annotator.store.pg_access import add_member
from vig_annotator.store.urls import parse

TABLES = ("vig_meta", "members", "schemes", "clips", "video_sources", "coders", "sessions", "segments", "ratings",
          "moments", "settings", "export_log", "probe_cache", "audit", "audit_rows")
SECRET = "GOLD-SECRET"
"""In the notes of sessions a trainee or another coder must never read (the gold session, B's blind session)."""

SEGMENT = ("INSERT INTO segments (id, session_id, code_id, start_ms, end_ms, start_frame, end_frame, modifiers, note, "
           "item) VALUES ")


@dataclass(frozen=True)
class Attack:
    """One attempt: who, how (``sql`` or ``cli``), what, and what must hold (fail / nothing / same)."""

    who: str
    how: str
    what: str
    expect: str

    def __str__(self) -> str:
        return f"{self.who}: {self.what[:70]}"


ATTACKS = [
    # escalation: a trainee makes itself trainer, or the gold coder
    Attack("trainee", "cli", "member {url} trainee --trainer", "fail"),
    Attack("trainee", "cli", "member {url} trainee --coder 4", "fail"),
    Attack("coder_a", "cli", "member {url} coder_b --trainer", "fail"),
    Attack("trainee", "sql", "UPDATE members SET trainer = true WHERE db_user = session_user", "fail"),
    Attack("trainee", "sql", "UPDATE members SET coder_id = 4 WHERE db_user = session_user", "fail"),
    Attack("trainee", "sql", "INSERT INTO members VALUES ('coder_a', 4, true)", "fail"),
    Attack("trainee", "sql", "SELECT * FROM members", "fail"),
    Attack("trainee", "sql", "SET ROLE trainer", "fail"),
    Attack("trainee", "sql", "GRANT trainer TO trainee", "fail"),
    # reading what blindness hides, through SQL and through the app's verbs
    Attack("trainee", "sql", "SELECT * FROM sessions WHERE id = 1", "nothing"),
    Attack("trainee", "sql", f"SELECT * FROM segments WHERE session_id = 1 OR note = '{SECRET}'", "nothing"),
    Attack("trainee", "sql", "SELECT * FROM audit_rows WHERE session_id = 1", "nothing"),
    Attack("trainee", "sql", "SELECT a.* FROM audit a JOIN audit_rows r ON r.audit_id = a.id WHERE r.session_id = 1",
           "nothing"),
    Attack("coder_a", "sql", "SELECT * FROM segments WHERE session_id = 4", "nothing"),
    Attack("coder_a", "sql", "SELECT * FROM settings WHERE key LIKE 'voice_rejected:4:%'", "nothing"),
    Attack("coder_a", "sql", "SELECT * FROM export_log WHERE target LIKE '/home/%'", "nothing"),
    Attack("trainee", "cli", "info {url} --json", "nothing"),
    Attack("trainee", "cli", "export {url} -f csv -o {out}", "nothing"),
    Attack("trainee", "cli", "pull {url} {out}", "nothing"),
    # blindness rests on rows a trainee cannot move or remove
    Attack("trainee", "sql", "UPDATE sessions SET clip_id = 3 WHERE id = 2", "fail"),
    Attack("trainee", "sql", "UPDATE sessions SET coder_id = 4 WHERE id = 2", "fail"),
    Attack("trainee", "sql", "UPDATE sessions SET blind = 0 WHERE id = 2", "fail"),
    Attack("trainee", "sql", "DELETE FROM sessions WHERE id = 2", "fail"),
    Attack("trainee", "sql", "WITH gone AS (DELETE FROM segments WHERE session_id = 2) "
           "DELETE FROM sessions WHERE id = 2", "fail"),
    Attack("trainee", "sql", "UPDATE sessions SET blind = 0", "fail"),
    Attack("coder_a", "sql", "UPDATE segments SET note = 'x' WHERE session_id = 4", "same"),
    Attack("coder_a", "sql", "DELETE FROM segments WHERE session_id = 4", "same"),
    Attack("coder_a", "sql", SEGMENT + "(900, 4, 'touch', 30000, 30100, 0, 0, '[]', '', '')", "fail"),
    Attack("coder_a", "sql", "INSERT INTO sessions VALUES (90, 2, 2, 'demo', '1.0', 'coding', 0, 'draft', '', 7)",
           "fail"),
    # shared tables are not any member's to change
    Attack("coder_a", "sql", "UPDATE vig_meta SET value = '999' WHERE key = 'schema_version'", "fail"),
    Attack("coder_a", "sql", "DELETE FROM vig_meta", "fail"),
    Attack("coder_a", "sql", "UPDATE clips SET case_id = 'Jane Doe'", "fail"),
    Attack("coder_a", "sql", "INSERT INTO coders VALUES (50, 'ZZ', 'coder', 1)", "fail"),
    Attack("coder_a", "sql", "UPDATE coders SET initials = 'XX'", "fail"),
    Attack("coder_a", "sql", "UPDATE schemes SET json = '{}'", "fail"),
    Attack("coder_a", "sql", "DELETE FROM schemes", "fail"),
    Attack("coder_a", "sql", "UPDATE probe_cache SET info = 'x'", "fail"),
    Attack("coder_a", "sql", "DELETE FROM probe_cache", "fail"),
    Attack("coder_a", "sql", "SELECT setval('id_blocks', 1)", "fail"),
    Attack("coder_a", "sql", "UPDATE export_log SET target = 'x'", "fail"),
    Attack("coder_a", "sql", "DELETE FROM settings WHERE key LIKE 'voice_rejected:%'", "same"),
    Attack("coder_a", "sql", "UPDATE settings SET value = '1' WHERE key = 'exercise:e1'", "same"),
    Attack("coder_a", "sql", "INSERT INTO settings VALUES ('exercise:e2', '{}', 1)", "fail"),
    Attack("coder_a", "sql", "INSERT INTO settings VALUES ('voice_rejected:4:touch:5:9', '{}', 1)", "fail"),
    # the rules themselves cannot be altered
    Attack("coder_a", "sql", "ALTER TABLE sessions DISABLE ROW LEVEL SECURITY", "fail"),
    Attack("coder_a", "sql", "DROP POLICY coders_read ON segments", "fail"),
    Attack("coder_a", "sql", "CREATE OR REPLACE FUNCTION vig_is_trainer() RETURNS boolean LANGUAGE sql AS "
           "$$ SELECT true $$", "fail"),
    Attack("coder_a", "sql", "CREATE FUNCTION vig_my_coder(x int) RETURNS bigint LANGUAGE sql AS $$ SELECT 4 $$",
           "fail"),
    Attack("coder_a", "sql", "ALTER TABLE segments DROP CONSTRAINT segments_no_overlap", "fail"),
    Attack("coder_a", "sql", "DROP TRIGGER sessions_guarded ON sessions", "fail"),
    # the audit trail can be neither forged nor erased
    Attack("coder_a", "sql", "INSERT INTO audit (os_user, host, program, edit, label) VALUES ('x', 'x', 'x', 'x', 'x')",
           "fail"),
    Attack("coder_a", "sql", "INSERT INTO audit_rows (audit_id, action, kind, key) VALUES (1, 'put', 'nope', '1')",
           "fail"),
    Attack("coder_a", "sql", "UPDATE audit SET label = 'nothing happened'", "fail"),
    Attack("coder_a", "sql", "DELETE FROM audit", "fail"),
    Attack("coder_a", "sql", "DELETE FROM audit_rows", "fail"),
    Attack("coder_a", "sql", "TRUNCATE audit, audit_rows", "fail"),
    Attack("trainer", "sql", "DELETE FROM audit", "fail"),
    # the core's rules hold in the server too
    Attack("coder_a", "sql", SEGMENT + "(901, 5, 'touch', 100, 500, 0, 0, '[]', '', '')", "fail"),  # overlaps 50
    Attack("coder_a", "sql", SEGMENT + "(902, 5, 'touch', 39000, 99000, 0, 0, '[]', '', '')", "fail"),  # past the end
    Attack("coder_a", "sql", SEGMENT + "(903, 5, 'touch', 900, 800, 0, 0, '[]', '', '')", "fail"),  # backwards
    Attack("coder_a", "sql", SEGMENT + "(904, 5, 'touch', -5, 10, 0, 0, '[]', '', '')", "fail"),  # before the start
    Attack("coder_a", "sql", SEGMENT + "(905, 5, 'no_such_code', 5000, 5100, 0, 0, '[]', '', '')", "fail"),
    Attack("coder_a", "sql", SEGMENT + "(906, 5, 'smile', 5000, 5100, 0, 0, '[]', '', '')", "fail"),  # a point
    Attack("coder_a", "sql", "INSERT INTO ratings VALUES (5, 'warmth', 7, 0, '', '[]', 1)", "fail"),
    Attack("coder_a", "sql", "INSERT INTO ratings VALUES (5, 'no_item', 1, 0, '', '[]', 1)", "fail"),
    Attack("coder_a", "sql", "INSERT INTO ratings VALUES (5, 'warmth', 1, 1, '', '[]', 1)", "fail"),
    Attack("coder_a", "sql", "UPDATE segments SET start_ms = 100, end_ms = 500 WHERE id = 51", "fail"),  # onto 50
]


def snapshot(cluster, schema: str) -> dict[str, str]:
    """Every table's content, as one digest each (seen by the administrator, whom no policy hides anything from)."""
    with psycopg.connect(cluster.admin_dsn(), options=f"-c search_path={schema}") as conn:
        present = [t for t in TABLES if conn.execute("SELECT to_regclass(%s)", (t,)).fetchone()[0] is not None]
        return {t: conn.execute(f"SELECT coalesce(md5(string_agg(x::text, '|' ORDER BY x::text)), '') "
                                f"FROM {t} x").fetchone()[0] for t in present}


@pytest.fixture(scope="module")
def lab(pg_cluster, tmp_path_factory):
    """A project with gold, blind and open sessions, an exercise setting, a rejection and an export record."""
    for role in ("coder_a", "coder_b", "trainee", "trainer"):
        pg_cluster.add_role(role)
    url = pg_cluster.url("attacks")
    scheme = builtin("demo")
    admin = create_project(url)
    try:
        def session(sid: int, clip: int, coder: int, blind: bool) -> Session:
            return Session(sid, clip, coder, scheme.id, scheme.version, blind=blind)

        admin.run(commands.edit("Set up the lab", [(None, e) for e in [
            scheme, *(Clip(n, f"C{n}", f"c{n}.mp4", f"{n}:ab", 40000, 1000, 25.0) for n in (1, 2, 3)),
            Coder(1, "AA"), Coder(2, "BB"), Coder(3, "TT", Role.TRAINEE), Coder(4, "GG", Role.TRAINER),
            session(1, 1, 4, False), session(2, 1, 3, True),  # clip 1: the gold session and the trainee's attempt
            session(3, 2, 1, True), session(4, 2, 2, True),  # clip 2: A and B code it blind
            session(5, 3, 1, False),  # clip 3: A codes it openly
            Segment(10, 1, "touch", 0, 400, note=SECRET), Segment(20, 2, "touch", 800, 1200),
            Segment(30, 3, "touch", 0, 400), Segment(40, 4, "touch", 800, 1200, note=SECRET),
            Segment(50, 5, "touch", 0, 400), Segment(51, 5, "touch", 1000, 1400),
            Rating(4, "warmth", 2), Setting("voice_rejected:4:touch:0:400", {"session": 4, "code": "touch",
                                                                             "start_ms": 0, "end_ms": 400}),
            Setting("exercise:e1", {"name": "e1"}),
            ExportRecord(1, "2026-01-01T00:00:00", "GG", "csv", f"/home/trainer/{SECRET}.csv", ""),
        ]]), undoable=False)
    finally:
        admin.close()
    add_member(url, "coder_a", 1)
    add_member(url, "coder_b", 2)
    add_member(url, "trainee", 3)
    add_member(url, "trainer", 4, trainer=True)
    return url, parse(url).schema, tmp_path_factory.mktemp("attacks")


def as_user(url: str, user: str) -> str:
    return url.replace("user=vig_admin", f"user={user}")


@pytest.mark.parametrize("attack", ATTACKS, ids=str)
def test_the_attack_is_refused_and_nothing_changes(attack, lab, pg_cluster):
    url, schema, folder = lab
    before = snapshot(pg_cluster, schema)
    if attack.how == "sql":
        with psycopg.connect(pg_cluster.dsn(attack.who), autocommit=True, options=f"-c search_path={schema}") as conn:
            if attack.expect == "fail":
                with pytest.raises(psycopg.Error):
                    conn.execute(attack.what)
            else:
                cursor = conn.execute(attack.what)
                rows = cursor.fetchall() if cursor.description else []
                assert rows == [] and (attack.expect == "nothing" or cursor.rowcount in (0, -1))
    else:
        out = folder / f"out{len(list(folder.iterdir()))}.vigproj"
        if "-f csv" in attack.what:
            out = out.with_suffix(".csv")
        args = attack.what.format(url=as_user(url, attack.who), out=out).split()
        done = run_cli(*args)
        if attack.expect == "fail":
            assert done.status == 2, done.out
            assert len(done.err.strip().splitlines()) == 1  # one clear line
        else:
            assert done.status == 0, done.err
            shown = done.out + (out.read_bytes().decode(errors="replace") if out.exists() else "")
            if out.suffix == ".vigproj" and out.exists():
                from vig_annotator.store.opening import open_project

                pulled = open_project(out, read_only=True)
                shown += repr(pulled.entities)
                pulled.close()
            assert SECRET not in shown
            if attack.what.startswith("info"):
                assert 1 not in {s["id"] for s in json.loads(done.out)["sessions"]}  # the gold session is not listed
    after = snapshot(pg_cluster, schema)
    if attack.what.startswith("export"):  # an export is recorded (the trainee's own record, audited): nothing else
        for table in ("export_log", "audit", "audit_rows"):
            before.pop(table), after.pop(table)
    assert after == before


def test_a_member_that_is_not_the_owner_is_told_so_in_one_line(lab):
    url, _schema, _folder = lab
    done = run_cli("member", as_user(url, "trainee"), "trainee", "--trainer")
    assert done.status == 2
    assert "only the project's owner (vig_admin) can add or change members; trainee is not" in done.err


def test_every_attack_named_in_the_issue_is_in_the_table():
    said = " ".join(a.what for a in ATTACKS)
    for needle in ("member {url} trainee --trainer", "SET trainer = true", "SET coder_id = 4", "SET clip_id",
                   "DELETE FROM sessions", "vig_meta SET value = '999'", "clips SET case_id", "UPDATE coders",
                   "UPDATE schemes", "probe_cache", "INSERT INTO audit", "'touch', 100, 500", "voice_rejected",
                   "export_log"):
        assert needle in said, needle
