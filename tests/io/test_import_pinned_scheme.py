"""`import --scheme FILE` when the project already pins that scheme id and version."""

from __future__ import annotations

import json
from pathlib import Path

from tests.inprocess import digest, run_cli

DEMO = Path(__file__).parents[2] / "vig_annotator" / "schemes" / "builtin" / "demo.json"


def test_a_changed_file_with_a_pinned_id_and_version_is_refused(demo_copy, tmp_path):
    table = tmp_path / "t.csv"
    assert run_cli("export", demo_copy, "-f", "csv", "-o", table, "--session", "1").status == 0
    doc = json.loads(DEMO.read_text(encoding="utf-8"))
    doc["codes"][0]["label"] = doc["codes"][0]["label"] + " (changed)"
    changed = tmp_path / "changed.json"
    changed.write_text(json.dumps(doc), encoding="utf-8")
    before = digest(demo_copy)
    result = run_cli("import", demo_copy, table, "--scheme", changed)
    assert result.status == 2 and result.err.count("\n") == 1, result.err
    assert "already has scheme demo" in result.err and "different content" in result.err
    assert digest(demo_copy) == before


def test_the_same_file_is_used_and_the_user_is_told(demo_copy, tmp_path):
    table = tmp_path / "t.csv"
    assert run_cli("export", demo_copy, "-f", "csv", "-o", table, "--session", "1").status == 0
    same = tmp_path / "same.json"
    same.write_text(DEMO.read_text(encoding="utf-8"), encoding="utf-8")
    result = run_cli("import", demo_copy, table, "--scheme", same)
    assert result.status == 0, result.err
    assert "already has scheme demo" in result.err and "its copy is used" in result.err
