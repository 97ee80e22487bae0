"""Opening a project checks every row against the rules and the scheme (issue 24).

Before: for five hand-broken projects ``info`` warned for none, and ``export`` wrote "9223372036854776.0 s".
"""

from __future__ import annotations

import shutil
import sqlite3
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from inprocess import digest, run_cli  # noqa: E402

from vig_annotator.store import row_check  # noqa: E402
from vig_annotator.store.opening import open_project  # noqa: E402

SAMPLES = Path(__file__).resolve().parents[2] / "sample_clips"
FIRST = "(SELECT min(id) FROM segments WHERE end_ms > start_ms)"

BROKEN = {  # name: (the hand edit, what the report must say)
    "end before start": (f"UPDATE segments SET end_ms = start_ms - 500 WHERE id = {FIRST}", "before it starts"),
    "unknown code": (f"UPDATE segments SET code_id = 'banana' WHERE id = {FIRST}", "'banana' is not in scheme"),
    "9.2e18 ms": (f"UPDATE segments SET start_ms = 9200000000000000000, end_ms = 9200000000000000000 "
                  f"WHERE id = {FIRST}", "past the clip's end"),
    "unreadable row": (f"UPDATE segments SET start_ms = 'banana' WHERE id = {FIRST}", "start_ms is 'banana'"),
    "negative clip duration": ("UPDATE clips SET duration_ms = -5000", "duration is negative"),
}


def hand_broken(folder: Path, edit: str) -> Path:
    shutil.copy2(SAMPLES / "demo_clip.mp4", folder / "demo_clip.mp4")
    path = folder / "broken.vigproj"
    shutil.copy2(SAMPLES / "demo.vigproj", path)
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA ignore_check_constraints = ON")  # what a hand edit with another tool can do
    conn.execute(edit)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    return path


@pytest.mark.parametrize("name", BROKEN)
def test_info_says_what_is_wrong_and_where(tmp_path, name):
    edit, said = BROKEN[name]
    path = hand_broken(tmp_path, edit)
    before = digest(path)
    done = run_cli("info", path)
    assert done.status == 0  # a project that breaks a rule still opens: the user can repair it
    warnings = [line for line in done.err.splitlines() if line.startswith("warning:")]
    assert len(warnings) == 1 and said in warnings[0], done.err
    assert "session 1" in warnings[0] or "clip 1" in warnings[0]  # where
    assert digest(path) == before


@pytest.mark.parametrize("fmt", ["csv", "json", "xlsx", "eaf", "boris", "srt"])
@pytest.mark.parametrize("name", BROKEN)
def test_exports_refuse_rows_that_break_a_rule(tmp_path, name, fmt):
    edit, said = BROKEN[name]
    path = hand_broken(tmp_path, edit)
    before = digest(path)
    out = tmp_path / "out"
    done = run_cli("export", path, "-f", fmt, "-o", out)
    assert done.status == 2, done.err
    assert done.err.count("\n") == 1 and str(path) in done.err and said in done.err
    # the row named when it cannot even be read as a segment (formats that read every row on opening)
    assert "nothing was exported" in done.err or "segments row" in done.err and "cannot be read" in done.err
    assert not list(tmp_path.glob("out*"))  # nothing written
    assert digest(path) == before  # not even an export-log record


def test_the_demo_has_no_problems_and_exports(tmp_path):
    shutil.copy2(SAMPLES / "demo_clip.mp4", tmp_path / "demo_clip.mp4")
    shutil.copy2(SAMPLES / "demo.vigproj", tmp_path / "demo.vigproj")
    done = run_cli("info", tmp_path / "demo.vigproj")
    assert done.status == 0 and "warning" not in done.err
    assert run_cli("export", tmp_path / "demo.vigproj", "-f", "csv", "-o", tmp_path / "t.csv").status == 0


def test_a_session_not_exported_does_not_stop_an_export_of_another(tmp_path):
    path = hand_broken(tmp_path, f"UPDATE segments SET code_id = 'banana' WHERE id = {FIRST}")
    conn = sqlite3.connect(path)
    broken_session, other = conn.execute(
        "SELECT (SELECT session_id FROM segments WHERE code_id = 'banana'), "
        "(SELECT min(id) FROM sessions WHERE id != (SELECT session_id FROM segments WHERE code_id = 'banana'))"
    ).fetchone()
    conn.close()
    assert other is not None
    assert run_cli("export", path, "-f", "csv", "-o", tmp_path / "a.csv", "--session", other).status == 0
    assert run_cli("export", path, "-f", "csv", "-o", tmp_path / "b.csv", "--session", broken_session).status == 2


def test_streamed_and_in_memory_checks_agree(tmp_path):
    path = hand_broken(tmp_path, f"UPDATE segments SET end_ms = start_ms - 500 WHERE id = {FIRST}")
    streamed = open_project(path, read_only=True, segments=False)
    whole = open_project(path, read_only=True)
    try:
        assert row_check.problems(streamed) == row_check.problems(whole) != []
    finally:
        streamed.close()
        whole.close()


def test_many_problems_are_counted_not_all_printed(tmp_path):
    path = hand_broken(tmp_path, "UPDATE segments SET end_ms = start_ms - 1")
    done = run_cli("info", path)
    lines = [line for line in done.err.splitlines() if line.startswith("warning:")]
    assert len(lines) == row_check.SHOWN + 1 and "more rows break a rule" in lines[-1]


@pytest.mark.parametrize("name", BROKEN)
@pytest.mark.parametrize("verb", [
    ("agree", "{p}::1", "{p}::2"),
    ("analyse", "sequences", "{p}::1"),
    ("analyse", "contingency", "{p}::1", "--given", "parent_vocalisation", "--target", "infant_vocalisation"),
    ("review-pack", "{p}", "--session", "1", "-o", "{out}"),
])
def test_read_verbs_that_compute_from_rows_refuse_broken_ones_in_one_line(tmp_path, name, verb):
    edit, said = BROKEN[name]
    path = hand_broken(tmp_path, edit)
    before = digest(path)
    done = run_cli(*(a.format(p=path, out=tmp_path / "pack") for a in verb))
    assert done.status == 2, done.err
    assert done.err.count("\n") == 1 and str(path) in done.err and said in done.err, done.err
    assert digest(path) == before and not (tmp_path / "pack").exists()


UNREADABLE = {  # text where a number belongs, in any table: named, never an internal error
    "clip duration": ("UPDATE clips SET duration_ms = 'banana'", "the clips row 1 cannot be read (duration_ms"),
    "clip frame rate": ("UPDATE clips SET fps = 'banana'", "the clips row 1 cannot be read (fps"),
    "session's clip": ("UPDATE sessions SET clip_id = 'banana' WHERE id = 1", "the sessions row 1 cannot be read"),
    "segment's session": (f"UPDATE segments SET session_id = 'banana' WHERE id = {FIRST}", "(session banana)"),
}


@pytest.mark.parametrize("name", UNREADABLE)
@pytest.mark.parametrize("verb", [("info", "{p}"), ("export", "{p}", "-f", "csv", "-o", "{out}"),
                                  ("export", "{p}", "-f", "eaf", "-o", "{out}", "--session", "2"),
                                  ("agree", "{p}::1", "{p}::2")])
def test_text_where_a_number_belongs_is_named_never_an_internal_error(tmp_path, name, verb):
    edit, said = UNREADABLE[name]
    path = hand_broken(tmp_path, edit)
    before = digest(path)
    done = run_cli(*(a.format(p=path, out=tmp_path / "out.x") for a in verb))
    assert "internal error" not in done.err and said in done.err, done.err
    if verb[0] == "info":  # info describes what it can read and warns about the row (or refuses, naming it)
        assert done.status in (0, 2)
    else:
        assert done.status == 2 and done.err.count("\n") == 1 and str(path) in done.err, done.err
    assert digest(path) == before and not list(tmp_path.glob("out*"))
