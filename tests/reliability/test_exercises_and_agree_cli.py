"""Trainer exercises end to end, and the `agree` command's checks."""

from __future__ import annotations

import json
import subprocess
import sys
from dataclasses import replace

import numpy as np
import openpyxl
import pytest
from builders import build
from hypothesis import given
from hypothesis import strategies as st

from vig_annotator.core.model import Rating, Segment
from vig_annotator.core.project import Put
from vig_annotator.reliability import exercises
from vig_annotator.store.opening import create_project, open_project


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
        build(trainee, [Put(Rating(session.id, k, v)) for k, v in values.items()])
    finally:
        trainee.close()

    exercise, (score,) = exercises.score(demo_project, "piios-1", [package])
    assert score.figure == pytest.approx(11 / 13) and score.passed  # 84.6 % ≥ 80 %
    wrong_items = {d["what"] for d in score.disagreements if not d["at"]}
    assert wrong_items == {items[2].label, items[6].label}
    # the gold's evidence segment for item 12 was not coded by the trainee: listed with its times
    (evidence,) = [d for d in score.disagreements if d["at"]]
    assert evidence["what"] == "12. Responsive turn taking (evidence)" and evidence["at"].startswith("00:00:03.000")
    assert evidence["gold_note"] == "baby coos, parent waits then answers"
    tables = exercises.report_tables(exercise, [score])
    assert tables["summary"].result.tolist() == ["pass"]
    assert score.because == f"11 of 13 items exact; not matched: {items[2].label}, {items[6].label}"


def test_code_kappa_rule_lists_disagreements_with_times(demo_project, tmp_path):
    exercises.create_exercise(demo_project, "codes", [1], "code_kappa", 0.7)
    package = exercises.package(demo_project, "codes", tmp_path / "t.vigproj")
    trainee = open_project(package)
    try:
        (session,) = trainee.sessions
        gold = demo_project.segments(1)
        copied = [Segment(i + 1, session.id, s.code_id, s.start_ms, s.end_ms) for i, s in enumerate(gold)
                  if s.code_id != "touch"]  # the trainee never codes touch
        build(trainee, [Put(s) for s in copied])
    finally:
        trainee.close()
    _, (score,) = exercises.score(demo_project, "codes", [package])
    assert not score.passed and score.figure == pytest.approx(0.0)  # touch: kappa 0 (trainee never used it)
    touch = [d for d in score.disagreements if d["what"] == "Parent touch"]
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


def _trainee_session(package):
    trainee = open_project(package)
    (session,) = trainee.sessions
    return trainee, session


def test_the_trainee_is_named_in_the_package_and_in_the_scores_and_the_cli_says_pass_or_not_yet(demo_copy, tmp_path):
    assert cli("exercise", "create", str(demo_copy), "piios", "--gold", "3").returncode == 0
    named, unnamed = tmp_path / "robin.vigproj", tmp_path / "newdir" / "second.vigproj"  # a missing folder is made
    made = cli("exercise", "package", str(demo_copy), "piios", "-o", str(named), "--trainee", "Robin")
    assert made.returncode == 0 and "for Robin" in made.stdout
    assert cli("exercise", "package", str(demo_copy), "piios", "-o", str(unnamed)).returncode == 0
    project = open_project(demo_copy, read_only=True)
    gold = project.ratings(3)
    project.close()
    trainee, session = _trainee_session(named)
    build(trainee, [Put(Rating(session.id, k, r.value)) for k, r in gold.items()])  # Robin matches gold
    trainee.close()
    scored = cli("exercise", "score", str(demo_copy), "piios", str(named), str(unnamed))
    assert scored.returncode == 0, scored.stderr
    lines = scored.stdout.splitlines()
    robin = next(line for line in lines if line.strip().startswith("Robin"))
    other = next(line for line in lines if "second (unnamed)" in line)
    assert " pass " in robin and " not yet " in other
    assert "PASS" not in scored.stdout and "fail" not in scored.stdout
    assert "note: clip DEMO-001: nothing coded" in scored.stdout


def test_coding_imported_into_a_new_session_is_scored_and_the_choice_noted(demo_project, tmp_path):
    from vig_annotator.projects import add_coder, start_session

    exercises.create_exercise(demo_project, "codes", [1], "code_kappa", 0.7)
    package = exercises.package(demo_project, "codes", tmp_path / "t.vigproj", "Kim")
    trainee, blind = _trainee_session(package)
    try:
        imported = start_session(trainee, trainee.clips[0], add_coder(trainee, "Kim"), trainee.scheme_of(blind))
        build(trainee, [Put(Segment(i + 1, imported.id, s.code_id, s.start_ms, s.end_ms))
                       for i, s in enumerate(demo_project.segments(1))])  # a perfect copy, as an import makes
    finally:
        trainee.close()
    _, (score,) = exercises.score(demo_project, "codes", [package])
    assert score.passed and score.figure == pytest.approx(1.0)
    assert [d for d in score.disagreements if d["at"]] == []  # the demo ratings were not copied
    n = len(demo_project.segments(1))
    assert score.notes == [f"clip DEMO-001: scored session {imported.id} ({n} codings); not scored: session "
                           f"{blind.id} (0)"]


def test_a_return_coded_only_with_another_scheme_is_refused_saying_so(demo_project, tmp_path):
    from vig_annotator.projects import add_coder, start_session
    from vig_annotator.schemes import builtin

    exercises.create_exercise(demo_project, "codes", [1], "code_kappa", 0.7)
    package = exercises.package(demo_project, "codes", tmp_path / "t.vigproj", "Kim")
    trainee, blind = _trainee_session(package)
    try:
        start_session(trainee, trainee.clips[0], add_coder(trainee, "Kim"), builtin("vig"))
        build(trainee, [Put(replace(blind, scheme_id="vig", scheme_version=builtin("vig").version))])
    finally:
        trainee.close()
    with pytest.raises(exercises.ExerciseError, match=r"t.vigproj: has no session on clip DEMO-001 with scheme demo"
                                                      r" .*sessions on that clip: session 1 \(vig"):
        exercises.score(demo_project, "codes", [package])


def test_a_disagreement_is_split_where_the_gold_label_changes(demo_project, tmp_path):
    from vig_annotator.projects import add_coder, start_session
    from vig_annotator.schemes import builtin

    gold = start_session(demo_project, demo_project.clips[0], add_coder(demo_project, "GG"), builtin("demo"))
    build(demo_project, [Put(Segment(900, gold.id, "infant_gaze_parent", 20_000, 28_000)),
                        Put(Segment(901, gold.id, "infant_gaze_away", 28_000, 32_000)),
                        Put(Segment(902, gold.id, "infant_gaze_parent", 32_000, 36_000))])
    exercises.create_exercise(demo_project, "gaze", [gold.id], "code_kappa", 0.7)
    package = exercises.package(demo_project, "gaze", tmp_path / "t.vigproj", "Kim")
    trainee, session = _trainee_session(package)
    try:  # the trainee sees the infant look at the parent from 20 s to 36 s without a break
        build(trainee, [Put(Segment(1, session.id, "infant_gaze_parent", 20_000, 36_000))])
    finally:
        trainee.close()
    _, (score,) = exercises.score(demo_project, "gaze", [package])
    spans = [(d["at"], d["gold"], d["trainee_value"]) for d in score.disagreements]
    # by hand: they agree on 20–28 s and 32–36 s; only 28–32 s differs (gold: away, trainee: parent)
    assert spans == [("00:00:28.000–00:00:32.000", "Infant looks away", "Infant looks at parent")]
    assert {d["what"] for d in score.disagreements} == {"Infant gaze"}  # the group, named as words
    # and a trainee span that crosses a gold change is two disagreements, one per gold label
    trainee = open_project(package)
    try:
        build(trainee, [Put(Segment(1, session.id, "infant_gaze_away", 24_000, 36_000))])
    finally:
        trainee.close()
    _, (score,) = exercises.score(demo_project, "gaze", [package])
    spans = [(d["at"], d["gold"], d["trainee_value"]) for d in score.disagreements]
    assert spans == [("00:00:20.000–00:00:24.000", "Infant looks at parent", "none"),
                     ("00:00:24.000–00:00:28.000", "Infant looks at parent", "Infant looks away"),
                     ("00:00:32.000–00:00:36.000", "Infant looks at parent", "Infant looks away")]


@given(st.lists(st.tuples(st.integers(0, 2), st.integers(0, 2)), max_size=40))
def test_disagreement_spans_cover_exactly_the_differing_units_each_with_one_label_pair(pairs):
    a = np.array([p[0] for p in pairs], dtype=np.int64)
    b = np.array([p[1] for p in pairs], dtype=np.int64)
    found = exercises.spans(a, b)
    covered = [i for start, end in found for i in range(start, end)]
    assert covered == [i for i in range(len(pairs)) if pairs[i][0] != pairs[i][1]]
    for start, end in found:
        assert len({pairs[i] for i in range(start, end)}) == 1
    for (_s1, e1), (s2, _e2) in zip(found, found[1:], strict=False):
        assert e1 < s2 or pairs[e1 - 1] != pairs[s2]  # neighbours are merged unless their labels differ
