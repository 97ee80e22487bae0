"""The quick pass that spares read verbs from building every segment never misses what the rules find (issue 24).

On random projects written straight into the file (any codes, times and overlaps, as a hand edit could
leave them), the streamed check of a project read from its file says exactly what the rules say of the
same project read whole.
"""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from project_workers import base_project

from vig_annotator.core import rules
from vig_annotator.store import row_check
from vig_annotator.store.opening import open_project

VALID = ["eye_contact", "infant_gaze_parent", "infant_gaze_away", "smile", "touch"]
CLIP_MS = 600_000  # base_project's clip

# Mostly well-formed rows, so that each kind of fault is often the only one in its session.
edges = st.sampled_from([-1, 0, 10, 20, 30, CLIP_MS - 1, CLIP_MS, CLIP_MS + 1])
times = st.integers(0, 590).map(lambda s: s * 1000) | st.integers(0, 30) | edges  # spread, or crowded
session = st.sampled_from([1] * 8 + [2])
code = st.sampled_from(VALID * 4 + ["banana"])
chosen = st.sampled_from(["[]"] * 6 + ['[["quality", ["gentle"]]]', '[["quality", ["banana"]]]', '[["mood", ["x"]]]',
                                       '[["quality", ["gentle", "pat"]]]', '[["intensity", ["broad"]]]'])
segment = st.tuples(session, code, times, st.integers(0, 1500) | st.sampled_from([0, 1, 2, -5, CLIP_MS]), chosen)


@pytest.fixture(scope="module")
def base(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("base") / "base.vigproj"
    base_project(path)
    return path


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(rows=st.lists(segment, max_size=10))
@example(rows=[(1, "touch", 500_000, CLIP_MS, "[]")])  # each fault alone in its session, at its edge
@example(rows=[(1, "touch", 0, 599_999, "[]")])
@example(rows=[(1, "smile", 100, 1, "[]")])
@example(rows=[(1, "eye_contact", -1, 4, "[]")])
@example(rows=[(1, "banana", 0, 4, "[]")])
@example(rows=[(1, "touch", 10, -1, "[]")])
@example(rows=[(2, "touch", 10, 5, "[]")])
@example(rows=[(1, "touch", 0, 10, "[]"), (1, "touch", 9, 5, "[]")])
@example(rows=[(1, "touch", 0, 10, "[]"), (1, "touch", 10, 5, "[]")])
@example(rows=[(1, "touch", 5, 0, "[]"), (1, "touch", 5, 0, "[]")])
@example(rows=[(1, "infant_gaze_parent", 0, 10, "[]"), (1, "infant_gaze_away", 5, 20, "[]")])
@example(rows=[(1, "infant_gaze_parent", 0, 10, "[]"), (1, "infant_gaze_away", 10, 20, "[]")])
@example(rows=[(1, "touch", 0, 10, '[["quality", ["banana"]]]')])
@example(rows=[(1, "touch", 0, 10, '[["quality", ["gentle", "pat"]]]')])
@example(rows=[(1, "eye_contact", 0, 10, '[["quality", ["gentle"]]]')])
@example(rows=[(1, "touch", 0, 10, '[["quality", ["gentle"]], ["quality", ["pat"]]]')])
def test_the_streamed_check_says_what_the_rules_say(base, tmp_path, rows):
    path = tmp_path / "p.vigproj"
    shutil.copyfile(base, path)
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA ignore_check_constraints = ON")
    for n, (session_id, code_id, start, length, modifiers) in enumerate(rows, start=1):
        end = start + length if length != CLIP_MS else CLIP_MS + 1  # mostly forward; now and then past the clip
        conn.execute("INSERT INTO segments VALUES (?, ?, ?, ?, ?, 0, 0, ?, '', '')",
                     (n, session_id, code_id, start, end, modifiers))
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    whole = open_project(path, read_only=True)
    streamed = open_project(path, read_only=True, segments=False)
    try:
        expected = rules.problems(whole)
        assert sorted(row_check.problems(streamed)) == sorted(expected)
        assert sorted(row_check.problems(whole)) == sorted(expected)
    finally:
        whole.close()
        streamed.close()
