"""Two `vig-annotator import`s into a project that does not exist yet: neither is ever lost."""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

from conftest import SAMPLES

from vig_annotator.io.export import export
from vig_annotator.store.opening import open_project

ROUNDS = 1  # each import probes the clip (seconds); the library-level race runs 25 rounds


def start_import(project: Path, source: Path, clip: Path, coder: str) -> subprocess.Popen[str]:
    return subprocess.Popen([sys.executable, "-m", "vig_annotator.cli", "import", str(project), str(source),
                             "--clip", str(clip), "--coder", coder],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def test_two_imports_creating_one_project_both_land_or_say_why(demo_copy, tmp_path):
    clip = tmp_path / "clip.mp4"
    shutil.copy2(SAMPLES / "demo_clip.mp4", clip)
    source = tmp_path / "rows.boris"
    demo = open_project(demo_copy, read_only=True)
    try:
        export(demo, "boris", source, [1])
    finally:
        demo.close()
    for n in range(ROUNDS):
        project = tmp_path / f"new{n}.vigproj"
        procs = {coder: start_import(project, source, clip, coder) for coder in ("AA", "BB")}
        results = {coder: p.communicate(timeout=120) + (p.returncode,) for coder, p in procs.items()}
        conn = sqlite3.connect(project)
        try:
            coders = {r[0] for r in conn.execute("SELECT initials FROM coders")}
        finally:
            conn.close()
        for coder, (out, err, status) in results.items():
            if status == 0:
                assert "imported 33 segment(s)" in out and coder in coders, (coder, out, err)
            else:  # refused: one line, exit 2, naming the project and why
                assert status == 2 and err.count("\n") == 1 and str(project.name) in err, err
                assert "open for editing" in err or "names (hard links)" in err, err
        assert any(status == 0 for _o, _e, status in results.values())
