"""A -wal beside a project that is not its own is never applied; a killed editor's still is (issue 24).

Before: a foreign WAL taken in by the read-only ``info`` merged another project's tables into the file,
or shrank it to 8 KB for good.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import signal
import sqlite3
import sys
import time
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from project_workers import base_project, segment_ids, start_editor, wait_for

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from inprocess import run_cli  # noqa: E402

from vig_annotator.store import wal_check  # noqa: E402
from vig_annotator.store.opening import open_project  # noqa: E402

SAMPLES = Path(__file__).resolve().parents[2] / "sample_clips"


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def a_wal_of_another_project(folder: Path) -> bytes:
    """The -wal of another project while it is being written: a coder added, not yet in its main file."""
    other = folder / "other.vigproj"
    shutil.copy2(SAMPLES / "demo.vigproj", other)
    conn = sqlite3.connect(other, isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA wal_autocheckpoint = 0")
    conn.execute("DROP TABLE IF EXISTS moments")
    conn.execute("CREATE TABLE stranger (x)")
    data = Path(f"{other}-wal").read_bytes()
    conn.close()
    return data


@pytest.fixture
def project(tmp_path: Path) -> Path:
    shutil.copy2(SAMPLES / "demo_clip.mp4", tmp_path / "demo_clip.mp4")
    shutil.copy2(SAMPLES / "demo.vigproj", tmp_path / "demo.vigproj")
    return tmp_path / "demo.vigproj"


def tables(path: Path) -> set[str]:
    conn = sqlite3.connect(f"file:{path}?mode=ro&immutable=1", uri=True)
    try:
        return {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    finally:
        conn.close()


def test_info_with_another_projects_wal_reads_the_project_as_on_disk_and_writes_nothing(project, tmp_path):
    clean = run_cli("info", project, "--json")
    wal = Path(f"{project}-wal")
    wal.write_bytes(a_wal_of_another_project(tmp_path))
    before, wal_before, own_tables = sha(project), sha(wal), tables(project)
    done = run_cli("info", project, "--json")
    assert done.status == 0, done.err
    assert done.out == clean.out  # the project's own content, nothing merged in
    assert "-wal" in done.err and "as it is on disk" in done.err and done.err.count("\n") == 1
    assert sha(project) == before and sha(wal) == wal_before  # neither written
    assert tables(project) == own_tables and "stranger" not in own_tables


def test_export_with_a_foreign_wal_is_refused_or_exports_the_project_as_on_disk_unlogged(project, tmp_path):
    Path(f"{project}-wal").write_bytes(a_wal_of_another_project(tmp_path))
    before = sha(project)
    out = tmp_path / "out.csv"
    refused = run_cli("export", project, "-f", "csv", "-o", out, "--session", "2")
    assert refused.status == 2 and "export log cannot be written" in refused.err, refused.err
    assert refused.err.count("\n") == 1 and not out.exists() and sha(project) == before
    done = run_cli("export", project, "-f", "csv", "-o", out, "--session", "2", "--unlogged")
    assert done.status == 0, done.err
    assert sha(project) == before
    assert "as it is on disk" in done.err
    assert len(out.read_text().strip().splitlines()) == 1 + 33


def test_the_editor_refuses_a_foreign_wal_and_setting_it_aside_opens_the_project(project, tmp_path):
    wal = Path(f"{project}-wal")
    wal.write_bytes(a_wal_of_another_project(tmp_path))
    before = sha(project)
    with pytest.raises(wal_check.ForeignWalError, match="not applied"):
        open_project(project)
    assert sha(project) == before and wal.exists()
    kept = wal_check.set_aside(project)
    assert kept.exists() and not wal.exists()
    opened = open_project(project)
    try:
        assert "stranger" not in tables(project)
    finally:
        opened.close()


def test_a_stale_wal_of_the_project_itself_is_not_applied(project, tmp_path):
    conn = sqlite3.connect(project, isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA wal_autocheckpoint = 0")
    conn.execute("UPDATE editor SET state = '{\"token\": \"x\"}' WHERE slot = 1")
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.execute("CREATE TABLE later (x)")
    stale, main = Path(f"{project}-wal").read_bytes(), project.read_bytes()
    conn.close()  # the last connection's close brings the WAL in: put back the file as it was before
    project.write_bytes(main)
    wal = Path(f"{project}-wal")
    wal.write_bytes(stale)
    old = time.time() - 3600
    os.utime(wal, (old, old))
    reason = wal_check.foreign_wal(project)
    assert reason is not None and "stale" in reason
    before = sha(project)
    done = run_cli("info", project)
    assert done.status == 0 and "stale" in done.err
    assert sha(project) == before and "later" not in tables(project)


def test_a_killed_editors_wal_is_still_read_and_recovered(tmp_path):
    path = tmp_path / "p.vigproj"
    base_project(path)
    editor = start_editor(path, 1, 100_000, 0.001)
    lines = wait_for(editor, "open")
    assert editor.stdout is not None
    for line in editor.stdout:
        lines.append(line.strip())
        if len(lines) > 60:
            break
    editor.send_signal(signal.SIGKILL)
    editor.wait()
    editor.stdout.close()
    done = {int(x.split()[1]) for x in lines if x.startswith("done")}
    assert done and Path(f"{path}-wal").exists()
    assert wal_check.foreign_wal(path) is None  # its own: the file names the killed editor
    viewed = open_project(path, read_only=True)
    try:
        assert done <= {g.id for s in viewed.sessions for g in viewed.segments(s.id)}
    finally:
        viewed.close()
    reopened = open_project(path, take_over=True)
    reopened.close()
    assert done <= segment_ids(path)


@settings(max_examples=20, deadline=None, derandomize=True, database=None)
@given(kind=st.sampled_from(["foreign", "garbage", "truncated", "stale", "empty"]),
       verb=st.sampled_from(["info", "export"]), cut=st.integers(0, 4000))
def test_fuzz_wals_beside_a_project_never_change_it(tmp_path_factory, kind, verb, cut):
    """Fuzz class 'stale/foreign WALs': success or one line exit 2; project and WAL byte for byte kept."""
    root = tmp_path_factory.mktemp("wal")
    project = root / "demo.vigproj"
    shutil.copy2(SAMPLES / "demo.vigproj", project)
    data = a_wal_of_another_project(root)
    wal = Path(f"{project}-wal")
    wal.write_bytes({"foreign": data, "garbage": os.urandom(cut + 1), "truncated": data[:cut], "stale": data,
                     "empty": b""}[kind])
    if kind == "stale":
        os.utime(wal, (time.time() - 7200, time.time() - 7200))
    before, wal_before = sha(project), sha(wal)
    args = (["export", project, "-f", "csv", "-o", root / "o.csv", "--unlogged"] if verb == "export"
            else ["info", project])  # unlogged: a logged export appends to the project by design
    done = run_cli(*args)
    assert done.status in (0, 2), done.err
    if done.status == 2:
        assert done.err.count("\n") == 1, done.err
    assert sha(project) == before and sha(wal) == wal_before
