"""The server keeps the core's rules: for random pairs of segments (and ratings), stored with raw SQL by a member,
the server accepts exactly what :func:`vig_annotator.core.rules.check` accepts (the core is the oracle)."""

from __future__ import annotations

import psycopg
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from vig_annotator.core import commands, rules
from vig_annotator.core.model import Clip, Coder, Rating, Segment, Session
from vig_annotator.core.project import Put
from vig_annotator.schemes import builtin
from vig_annotator.store.opening import create_project
from vig_annotator.store.pg_access import add_member
from vig_annotator.store.urls import parse

CLIP_MS = 80
CODES = ("touch", "eye_contact", "smile", "no_such_code")  # smile is a point code


@pytest.fixture(scope="module")
def both(pg_cluster, tmp_path_factory):
    """The same session on the server (written to by a member's own login) and in a file (the core's view)."""
    scheme = builtin("demo")
    rows = [scheme, Clip(1, "C1", "c.mp4", "1:ab", CLIP_MS, 2, 25.0), Coder(1, "AA"),
            Session(1, 1, 1, scheme.id, scheme.version)]
    url = pg_cluster.url("rules_property")
    server = create_project(url)
    server.run(commands.edit("Set up", [(None, e) for e in rows]), undoable=False)
    server.close()
    pg_cluster.add_role("coder_rules")
    add_member(url, "coder_rules", 1)
    local = create_project(tmp_path_factory.mktemp("rules") / "oracle.vigproj")
    local.run(commands.edit("Set up", [(None, e) for e in rows]), undoable=False)
    conn = psycopg.connect(pg_cluster.dsn("coder_rules"), autocommit=True,
                           options=f"-c search_path={parse(url).schema}")
    yield local, conn
    conn.close()
    local.close()


def core_accepts(project, entities) -> bool:
    try:
        rules.check(project, [Put(e) for e in entities])
    except rules.EditRefused:
        return False
    return True


def server_accepts(conn, statements) -> bool:
    try:
        with conn.transaction():
            for statement, params in statements:
                conn.execute(statement, params)
            raise _RollBack  # accepted, including the checks at commit (SET CONSTRAINTS below): leave nothing
    except _RollBack:
        return True
    except psycopg.Error:
        return False


class _RollBack(Exception):
    pass


INSERT = ("INSERT INTO segments (id, session_id, code_id, start_ms, end_ms, start_frame, end_frame, modifiers, note, "
          "item) VALUES (%s, 1, %s, %s, %s, 0, 0, '[]', '', '')")
IMMEDIATE = ("SET CONSTRAINTS ALL IMMEDIATE", ())

segment = st.tuples(st.sampled_from(CODES), st.integers(-3, CLIP_MS + 3), st.integers(0, 30))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(first=segment, second=segment)
def test_two_segments_are_stored_exactly_when_the_core_accepts_them(both, first, second):
    local, conn = both
    segs = [Segment(n, 1, code, start, start + length) for n, (code, start, length) in enumerate((first, second), 1)]
    expected = core_accepts(local, segs)
    got = server_accepts(conn, [(INSERT, (s.id, s.code_id, s.start_ms, s.end_ms)) for s in segs] + [IMMEDIATE])
    assert got == expected, segs


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(item=st.sampled_from(("warmth", "turn_taking", "no_item")), value=st.one_of(st.none(), st.integers(-2, 6)),
       not_observable=st.booleans())
def test_a_rating_is_stored_exactly_when_the_core_accepts_it(both, item, value, not_observable):
    local, conn = both
    rating = Rating(1, item, value, not_observable)
    expected = core_accepts(local, [rating])
    got = server_accepts(conn, [("INSERT INTO ratings (session_id, item_id, value, not_observable, note, evidence) "
                                 "VALUES (1, %s, %s, %s, '', '[]')", (item, value, int(not_observable))), IMMEDIATE])
    assert got == expected, rating
