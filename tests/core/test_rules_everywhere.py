"""Issue 27: modifiers and what depends on what are rules of the core, kept for every edit from every source.

Before: an import with ``intensity=enormous`` or ``mood=happy`` landed; a clip, coder, scheme or session could be
deleted under the sessions and segments that use it, and a change of a clip's duration or a scheme left
segments that no longer fit.
"""

from __future__ import annotations

from dataclasses import replace

import pytest
from inprocess import digest, run_cli

from vig_annotator.core import commands, rules
from vig_annotator.core.model import Clip, Coder, ModifierSet, Moment, Rating, Segment, Session, Setting, VideoSource
from vig_annotator.core.project import Project, Put
from vig_annotator.core.rules import EditRefused
from vig_annotator.schemes import builtin

DEMO = builtin("demo")
CLIP = Clip(1, "C-1", "c.mp4", "1:x", duration_ms=40_000)


def fresh() -> Project:
    project = Project()
    project.run(commands.edit("set up", [(None, DEMO), (None, CLIP), (None, Coder(1, "AB")),
                                         (None, Session(1, 1, 1, DEMO.id, DEMO.version))]))
    return project


def smile(id_: int, at: int, mods: tuple[tuple[str, tuple[str, ...]], ...]) -> Segment:
    return Segment(id_, 1, "smile", at, at, at // 40, at // 40, mods)


# -- modifiers --------------------------------------------------------------------------------------


@pytest.mark.parametrize(("mods", "says"), [
    ((("intensity", ("enormous",)),), "modifier 'intensity' value 'enormous' is not one of its values (slight, broad)"),
    ((("mood", ("happy",)),), "'Infant smile' has no modifier 'mood' (its modifiers: 'intensity')"),
    ((("intensity", ("slight", "broad")),),
     "modifier 'intensity' takes one of its values (slight, broad), not 2: slight, broad"),
    ((("intensity", ("slight",)), ("intensity", ("broad",))), "the modifier 'intensity' is given twice"),
])
def test_a_modifier_the_code_lacks_is_refused_naming_segment_modifier_and_allowed(mods, says):
    project = fresh()
    with pytest.raises(EditRefused) as refused:
        project.run(commands.add_segment(smile(1, 4_760, mods)))
    assert str(refused.value) == f"segment smile 00:00:04.760–00:00:04.760 (session 1): {says}"
    assert project.segments(1) == []


def test_allowed_modifiers_and_a_multiple_set_are_accepted():
    project = fresh()
    project.run(commands.add_segments([smile(1, 1_000, (("intensity", ("broad",)),)), smile(2, 2_000, ()),
                                       smile(3, 3_000, (("intensity", ()),))]))
    several = replace(DEMO, version="2.0", codes=tuple(
        replace(c, modifiers=(ModifierSet("intensity", ("slight", "broad"), multiple=True),)) if c.id == "smile"
        else c for c in DEMO.codes))
    project.run(commands.edit("v2", [(None, several), (None, Session(2, 1, 1, DEMO.id, "2.0"))]))
    project.run(commands.add_segment(replace(smile(4, 4_000, (("intensity", ("slight", "broad")),)), session_id=2)))
    assert len(project.segments(1)) == 3 and len(project.segments(2)) == 1


def test_an_accepted_suggestions_origin_is_a_modifier_every_code_takes_with_one_value():
    """Accepting a voice suggestion records ``suggested_by=voices@300Hz``: the modifier rule refused it (F7 did
    nothing in the app), a regression found when the rule was merged."""
    project = fresh()
    project.run(commands.add_segment(smile(1, 1_000, (("intensity", ("broad",)), ("suggested_by", ("voices@300Hz",))))))
    assert [s.modifier_dict()["suggested_by"] for s in project.segments(1)] == [("voices@300Hz",)]
    with pytest.raises(EditRefused, match="names one origin"):
        project.run(commands.add_segment(smile(2, 2_000, (("suggested_by", ("a", "b")),))))


def test_one_bad_modifier_among_many_is_found_in_a_large_import():
    project = fresh()
    many = [smile(i, i * 10, (("intensity", ("slight",)),)) for i in range(1, 3_000)]
    many[2_500] = smile(2_501, 25_010, (("intensity", ("enormous",)),))
    with pytest.raises(EditRefused, match=r"00:00:25\.010.*'enormous'"):
        project.run(commands.add_segments(many))
    assert project.segments(1) == []


@pytest.mark.parametrize(("written", "says"), [
    ("intensity=enormous", "modifier 'intensity' value 'enormous' is not one of its values (slight, broad)"),
    ("intensity=broad; mood=happy", "'Infant smile' has no modifier 'mood' (its modifiers: 'intensity')"),
])
def test_the_issues_table_import_is_refused_in_one_line_and_the_project_is_unchanged(demo_copy, tmp_path, written,
                                                                                    says):
    table = tmp_path / "s1.csv"
    assert run_cli("export", demo_copy, "-f", "csv", "-o", table, "--session", "1").status == 0
    text = table.read_text(encoding="utf-8")
    assert ",intensity=broad," in text
    table.write_text(text.replace(",intensity=broad,", f",{written},", 1), encoding="utf-8")
    before = digest(demo_copy)
    result = run_cli("import", demo_copy, table)
    assert result.status == 2 and result.err.count("\n") == 1, result
    assert result.err == f"vig-annotator: error: {table}: row 6: {says}\n"  # the 5th data row: the smile at 4.76 s
    assert digest(demo_copy) == before


def test_problems_lists_a_bad_modifier_already_in_a_file():
    project = fresh()
    project._load([Put(smile(1, 1_000, (("mood", ("happy",)),)))])
    assert [p for p in rules.problems(project) if "mood" in p] == [
        "segment smile 00:00:01.000–00:00:01.000 (session 1): 'Infant smile' has no modifier 'mood' "
        "(its modifiers: 'intensity')"]


# -- what depends on what ---------------------------------------------------------------------------


def coded() -> Project:
    """A session with a segment, a rating-free moment, a camera on its clip, and an exercise naming it."""
    project = fresh()
    project.run(commands.edit("work", [
        (None, Segment(1, 1, "eye_contact", 1_000, 30_000)), (None, Moment(1, 1, 2_000, 5_000)),
        (None, VideoSource(1, 1, "side", "side.mp4", "2:y", offset_ms=0, duration_ms=40_000)),
        (None, Setting("exercise:first", {"name": "first", "id": "x", "gold": [1], "rule": "items_exact",
                                          "threshold": 0.8}))]))
    return project


@pytest.mark.parametrize(("kind", "says"), [
    ("clip", "clip C-1 cannot be deleted: session 1, video source 'side' still use it (delete those first)"),
    ("coder", "coder AB cannot be deleted: session 1 still uses it (delete those first)"),
    ("scheme", "scheme demo 1.0 cannot be deleted: session 1 still uses it (delete those first)"),
    ("session", "session 1 cannot be deleted: 1 segment, 1 moment, exercise 'first' still use it (delete those "
                "first)"),
])
def test_deleting_what_others_depend_on_is_refused_and_nothing_changes(kind, says):
    project = coded()
    before = {k: dict(v) for k, v in project.entities.items()}
    target = {"clip": CLIP, "coder": project.coder(1), "scheme": DEMO, "session": project.session(1)}[kind]
    with pytest.raises(EditRefused) as refused:
        project.run(commands.edit("Delete", [(target, None)]))
    assert str(refused.value) == says
    assert {k: dict(v) for k, v in project.entities.items()} == before


def test_a_delete_that_takes_its_dependents_with_it_is_accepted():
    project = coded()
    parts = [project.segment(1), project.moment(1), project.entities["setting"]["exercise:first"],
             project.session(1), project.sources(1)[0], CLIP, project.coder(1), DEMO]
    project.run(commands.edit("Delete everything", [(p, None) for p in parts]))
    assert not project.sessions and not project.clips and not project.schemes and not rules.problems(project)
    project.history.undo()
    assert project.segment(1).code_id == "eye_contact" and not rules.problems(project)


def test_a_rating_keeps_its_session():
    project = fresh()
    piios = builtin("piios")
    project.run(commands.edit("v", [(None, piios), (None, Session(2, 1, 1, "piios", piios.version))]))
    item = piios.rated_items[0]
    project.run(commands.set_rating(None, Rating(2, item.id, item.allowed[0])))
    with pytest.raises(EditRefused, match=r"^session 2 cannot be deleted: 1 rating still uses it"):
        project.run(commands.edit("Delete", [(project.session(2), None)]))


def linked() -> tuple[Project, Segment, Segment]:
    project = fresh()
    kept, linked_one = Segment(1, 1, "eye_contact", 1_000, 2_000), Segment(2, 1, "touch", 3_000, 4_000)
    project.run(commands.add_segments([kept, linked_one]))
    project.run(commands.set_rating(None, Rating(1, "warmth", 2, evidence=(1, 2))))
    return project, kept, linked_one


def test_a_segment_linked_as_evidence_is_not_deleted_from_under_its_rating():
    project, _kept, linked_one = linked()
    with pytest.raises(EditRefused, match=r"^segment touch cannot be deleted: the rating of warmth \(session 1\) "
                                          r"links it as evidence$"):
        project.run(commands.delete_segments([linked_one]))
    assert project.segment(2) == linked_one


def test_deleting_segments_takes_them_out_of_the_evidence_in_the_same_step():
    project, kept, linked_one = linked()
    project.run(commands.delete_segments([linked_one], project.ratings(1).values()))
    assert project.ratings(1)["warmth"].evidence == (1,) and 2 not in project.entities["segment"]
    project.history.undo()
    assert project.ratings(1)["warmth"].evidence == (1, 2) and project.segment(2) == linked_one
    assert project.segment(1) == kept


def test_evidence_names_segments_of_the_ratings_own_session():
    project, _kept, _linked = linked()
    project.run(commands.edit("Session 2", [(None, Session(2, 1, 1, DEMO.id, DEMO.version))]))
    project.run(commands.add_segment(Segment(3, 2, "eye_contact", 0, 500)))
    for missing in (3, 99):
        with pytest.raises(EditRefused, match=rf"its evidence names segment {missing}, which is not in session 1"):
            project.run(commands.set_rating(project.ratings(1)["warmth"],
                                            replace(project.ratings(1)["warmth"], evidence=(1, missing))))


def test_a_link_left_dangling_by_an_older_version_does_not_block_rating_the_item():
    project = fresh()
    project._load([Put(Rating(1, "warmth", 1, evidence=(77,)))])  # a file from before deletes took links along
    project.run(commands.set_rating(project.ratings(1)["warmth"], Rating(1, "warmth", 3, evidence=(77,))))
    assert project.ratings(1)["warmth"].value == 3


def test_an_exercise_must_name_sessions_that_exist():
    project = fresh()
    with pytest.raises(EditRefused, match=r"^exercise 'x': its gold-standard session 9 is not in the project$"):
        project.run(commands.edit("New exercise", [(None, Setting("exercise:x", {"name": "x", "gold": [1, 9]}))]))


def test_a_clip_shortened_under_its_segments_moments_or_cameras_is_refused():
    project = coded()
    with pytest.raises(EditRefused, match=r"segment eye_contact 00:00:01.000–00:00:30.000 \(session 1\): ends at "
                                          r"00:00:30.000, past the clip's end \(00:00:20.000\)"):
        project.run(commands.edit("Edit clip", [(CLIP, replace(CLIP, duration_ms=20_000))]))
    with pytest.raises(EditRefused, match=r"moment 00:00:02.000–00:00:05.000 .*past the clip's end"):
        project.run(commands.edit("Edit clip", [(CLIP, replace(CLIP, duration_ms=4_000))]))
    assert project.clip(1) == CLIP
    project.run(commands.edit("Edit clip", [(CLIP, replace(CLIP, duration_ms=35_000, context="home"))]))  # fits


def test_a_scheme_changed_under_its_segments_or_a_session_moved_to_one_that_lacks_its_codes_is_refused():
    project = coded()
    without = replace(DEMO, codes=tuple(c for c in DEMO.codes if c.id != "eye_contact"))
    with pytest.raises(EditRefused, match=r"the code 'eye_contact' is not in scheme demo 1.0"):
        project.run(commands.edit("Replace scheme", [(DEMO, without)]))
    other = replace(without, version="9")
    project.run(commands.edit("Pin", [(None, other)]))
    with pytest.raises(EditRefused, match=r"the code 'eye_contact' is not in scheme demo 9"):
        project.run(commands.edit("Move session", [(project.session(1), replace(project.session(1),
                                                                                 scheme_version="9"))]))
    assert project.session(1).scheme_version == DEMO.version


def test_an_old_problem_does_not_block_an_unrelated_change_of_its_clip():
    project = fresh()
    project._load([Put(Segment(1, 1, "eye_contact", 1_000, 45_000))])  # already past the clip's end
    project.run(commands.edit("Edit clip", [(CLIP, replace(CLIP, context="home"))]))
    assert project.clip(1).context == "home"
