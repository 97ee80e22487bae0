"""``postgresql:///vig?project=demo`` (empty host: libpq's PGHOST or socket) in every verb that takes a project.

With no server there, each verb says so in one line with exit status 2 — never an internal error. (With a
server there it works: tests/store/test_server_roles.py runs it against a real cluster.)
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

URL = "postgresql:///vig?project=demo"
SAMPLES = Path(__file__).resolve().parents[2] / "sample_clips"

VERBS = [
    ["new", URL], ["info", URL], ["export", URL, "-f", "csv", "-o", "{tmp}/x.csv"],
    ["import", URL, "{tmp}/in.csv", "--format", "csv"], ["push", "{tmp}/in.vigproj", URL],
    ["pull", URL, "{tmp}/p.vigproj"],
    ["member", URL, "someone", "--coder", "1"], ["agree", f"{URL}::1", f"{URL}::2"],
    ["exercise", "create", URL, "piios", "--gold", "3"], ["exercise", "package", URL, "piios", "-o", "{tmp}/t.vigproj"],
    ["review-pack", URL, "--session", "1", "-o", "{tmp}/pack"],
    ["analyse", "turns", f"{URL}::1", "--parent", "a", "--infant", "b"], ["analyse", "mind-mindedness", f"{URL}::1"],
    ["transcript", "export", URL, "--session", "1", "-f", "srt", "-o", "{tmp}/x.srt"],
]


@pytest.mark.parametrize("verb", VERBS, ids=lambda v: " ".join(v[:2]) if v[0] in ("exercise", "analyse",
                                                                                  "transcript") else v[0])
def test_an_empty_host_with_no_server_there_is_one_clear_line_in_every_verb(verb, tmp_path):
    (tmp_path / "in.vigproj").write_bytes((SAMPLES / "demo.vigproj").read_bytes())
    if verb[0] == "import":  # a good file to import, so only the project's place can be wrong
        subprocess.run([sys.executable, "-m", "vig_annotator.cli", "export", str(tmp_path / "in.vigproj"), "-f", "csv",
                        "-o", str(tmp_path / "in.csv"), "--session", "2"], check=True, capture_output=True)
    env = dict(os.environ, PGHOST=str(tmp_path / "no-server-here"), PGPORT="5432")
    args = [a.replace("{tmp}", str(tmp_path)) for a in verb]
    done = subprocess.run([sys.executable, "-m", "vig_annotator.cli", *args], capture_output=True, text=True,
                          env=env, timeout=120)
    assert done.returncode == 2, done.stderr
    assert done.stderr.count("\n") == 1 and "internal error" not in done.stderr
    assert "cannot reach the server" in done.stderr and URL in done.stderr
