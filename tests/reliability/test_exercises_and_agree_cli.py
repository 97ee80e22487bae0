"""Trainer exercises end to end, and the `agree` command's checks."""

from __future__ import annotations

import json
import subprocess
import sys

import openpyxl
import pytest

from vig_annotator.core.model import Rating, Segment
from vig_annotator.core.project import Put
from vig_annotator.reliability import exercises
from vig_annotator.store.project_file import create_project, open_project


def cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "vig_annotator.cli", *args], capture_output=True, text=True)


def test_create_package_attempt_score(demo_project, tmp_path):
    # gold: AB's PIIOS ratings (session 3) and AB's demo coding (session 1) are on the same clip, so
    # make two exercises; the PIIOS one scores items, the demo one scores codes
    piios = exercises.create_exercise(demo_project, "piios-1", [3], "items_exact", 0.8)
    assert demo_project.session(3).purpose.value == "gold_standard"
    package = exercises.package(demo_project, "piios-1", tmp_path / "trainee.vigproj")

    trainee = open_project(package)
    try:
        assert trainee.setting("exercise")["id"] == piios.id
        (session,) = trainee.sessions
        assert session.blind and trainee.segments(session.id) == [] and trainee.ratings(session.id) == {}
        assert trainee.clips[0].fingerprint == demo_project.clips[0].fingerprint
        gold = demo_project.ratings(3)
        items = trainee.scheme_of(session).rated_items
        # the trainee matches gold on 11 of 13 items (hand count): items 3 and 7 differ
        values = {item.id: gold[item.id].value for item in items}
        values[items[2].id] = 4
        values[items[6].id] = 0
        trainee.apply([Put(Rating(session.id, k, v)) for k, v in values.items()])
    finally:
        trainee.close()

    exercise, (score,) = exercises.score(demo_project, "piios-1", [package])
    assert score.figure == pytest.approx(11 / 13) and score.passed  # 84.6 % ≥ 80 %
    wrong_items = {d["what"] for d in score.disagreements if not d["at"]}
    assert wrong_items == {items[2].label, items[6].label}
    # the gold's evidence segment for item 12 was not coded by the trainee: listed with its times
    (evidence,) = [d for d in score.disagreements if d["at"]]
    assert evidence["what"] == "ev12_responsive_turn_taking" and evidence["at"].startswith("00:00:03.000")
    assert evidence["gold_note"] == "baby coos, parent waits then answers"
    tables = exercises.report_tables(exercise, [score])
    assert tables["summary"].passed.tolist() == [True]


def test_code_kappa_rule_lists_disagreements_with_times(demo_project, tmp_path):
    exercises.create_exercise(demo_project, "codes", [1], "code_kappa", 0.7)
    package = exercises.package(demo_project, "codes", tmp_path / "t.vigproj")
    trainee = open_project(package)
    try:
        (session,) = trainee.sessions
        gold = demo_project.segments(1)
        copied = [Segment(i + 1, session.id, s.code_id, s.start_ms, s.end_ms) for i, s in enumerate(gold)
                  if s.code_id != "touch"]  # the trainee never codes touch
        trainee.apply([Put(s) for s in copied])
    finally:
        trainee.close()
    _, (score,) = exercises.score(demo_project, "codes", [package])
    assert not score.passed and score.figure == pytest.approx(0.0)  # touch: kappa 0 (trainee never used it)
    touch = [d for d in score.disagreements if d["what"] == "touch"]
    assert [d["at"] for d in touch] == ["00:00:14.000–00:00:17.000", "00:00:26.000–00:00:28.000"]


def test_a_file_for_another_exercise_or_a_foreign_file_is_refused(demo_project, tmp_path):
    exercises.create_exercise(demo_project, "one", [3])
    exercises.create_exercise(demo_project, "two", [1], "code_kappa", 0.7)
    other = exercises.package(demo_project, "two", tmp_path / "two.vigproj")
    with pytest.raises(exercises.ExerciseError, match="is not a trainee file for exercise 'one'"):
        exercises.score(demo_project, "one", [other])
    plain = create_project(tmp_path / "plain.vigproj")
    plain.close()
    with pytest.raises(exercises.ExerciseError, match="is not a trainee file"):
        exercises.score(demo_project, "one", [tmp_path / "plain.vigproj"])
    with pytest.raises(exercises.ExerciseError, match="no exercise 'three'"):
        exercises.package(demo_project, "three", tmp_path / "x.vigproj")
    assert not (tmp_path / "x.vigproj").exists()


def test_an_empty_gold_session_is_refused(demo_project):
    from vig_annotator.projects import add_coder, start_session
    from vig_annotator.schemes import builtin

    empty = start_session(demo_project, demo_project.clips[0], add_coder(demo_project, "EE"), builtin("demo"))
    with pytest.raises(exercises.ExerciseError, match=f"gold session {empty.id} is empty"):
        exercises.create_exercise(demo_project, "bad", [empty.id])
    assert demo_project.setting("exercise:bad") is None


def test_agree_cli_json_and_xlsx(demo_copy, tmp_path):
    out = cli("agree", f"{demo_copy}::1", f"{demo_copy}::2", "-f", "json", "--unit", "frame")
    report = json.loads(out.stdout)
    assert report["parameters"]["unit"].startswith("frame units") and report["parameters"]["units"] == 1000
    assert {g["group"] for g in report["groups"]} >= {"infant_gaze", "eye_contact"}
    xlsx = tmp_path / "r.xlsx"
    assert cli("agree", f"{demo_copy}::1", f"{demo_copy}::2", "-f", "xlsx", "-o", str(xlsx)).returncode == 0
    assert "parameters" in openpyxl.load_workbook(xlsx).sheetnames


def test_agree_cli_refuses_what_cannot_be_compared(demo_copy, tmp_path):
    different = cli("agree", f"{demo_copy}::1", f"{demo_copy}::3")
    assert different.returncode == 2 and "same scheme version" in different.stderr
    ambiguous = cli("agree", str(demo_copy), f"{demo_copy}::2")
    assert ambiguous.returncode == 2 and "name one as" in ambiguous.stderr
    from vig_annotator.projects import add_coder, start_session
    from vig_annotator.schemes import builtin

    project = open_project(demo_copy)
    try:
        empty = start_session(project, project.clips[0], add_coder(project, "EE"), builtin("demo"))
    finally:
        project.close()
    result = cli("agree", f"{demo_copy}::1", f"{demo_copy}::{empty.id}")
    assert result.returncode == 2 and "is empty" in result.stderr and result.stdout == ""
