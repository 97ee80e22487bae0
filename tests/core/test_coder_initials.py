"""Coder initials are a short pseudonym on one line, whichever way they come in (CLI, import, app)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.inprocess import digest, run_cli
from vig_annotator.core.rules import coder_problems
from vig_annotator.projects import add_coder
from vig_annotator.store.opening import open_project


@pytest.mark.parametrize(("initials", "says"), [
    ("x" * 5000, "5,000 characters long (at most 16)"), ("A\nB", "line break or control character"),
    ("AB\r", "line break or control character"), ("A\x00B", "line break or control character"),
    ("A\u2028B", "line break or control character"), ("x" * 17, "(at most 16)"),
])
def test_bad_initials_are_refused_by_the_rules(initials, says):
    assert says in coder_problems(initials)[0]


@pytest.mark.parametrize("initials", ["AB", "x" * 16, "Zoë", "C-12"])
def test_ordinary_initials_pass(initials):
    assert coder_problems(initials) == []


def test_new_refuses_bad_initials_and_creates_nothing(tmp_path):
    clip = Path(__file__).parents[2] / "sample_clips" / "demo_clip.mp4"
    result = run_cli("new", tmp_path / "p.vigproj", "--clip", clip, "--coder", "A\nB")
    assert result.status == 2 and result.err.count("\n") == 1 and "line break" in result.err
    assert not (tmp_path / "p.vigproj").exists()


def test_import_with_bad_coder_leaves_the_project_unchanged(demo_copy, tmp_path):
    table = tmp_path / "t.csv"
    assert run_cli("export", demo_copy, "-f", "csv", "-o", table, "--session", "1").status == 0
    before = digest(demo_copy)
    result = run_cli("import", demo_copy, table, "--coder", "y" * 5000)
    assert result.status == 2 and result.err.count("\n") == 1 and "at most 16" in result.err, result.err
    assert digest(demo_copy) == before


def test_the_core_refuses_for_every_caller(demo_copy):
    project = open_project(demo_copy)
    try:
        with pytest.raises(Exception, match="line break"):
            add_coder(project, "A\tB\nC")
        assert all("\n" not in c.initials for c in project.coders)
    finally:
        project.close()
