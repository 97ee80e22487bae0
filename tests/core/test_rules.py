"""The project's rules, checked for every edit: what they refuse, what they let through, and repair."""

from __future__ import annotations

from dataclasses import replace

import pytest

from vig_annotator.core import commands, rules
from vig_annotator.core.live_coding import LiveCoder
from vig_annotator.core.model import Clip, Coder, Moment, Rating, Segment, Session
from vig_annotator.core.project import Project, Put
from vig_annotator.core.rules import EditRefused
from vig_annotator.core.timebase import Timebase
from vig_annotator.schemes import builtin

DEMO = builtin("demo")
PIIOS = builtin("piios")
CLIP_MS = 40_000
TB = Timebase(tuple(range(0, CLIP_MS, 40)), CLIP_MS)  # 25 fps, 40 s


def project_with(*schemes) -> Project:
    project = Project()
    ops = [Put(s) for s in schemes] + [Put(Clip(1, "C", "c.mp4", "1:x", duration_ms=CLIP_MS)), Put(Coder(1, "AB"))]
    ops += [Put(Session(i + 1, 1, 1, s.id, s.version)) for i, s in enumerate(schemes)]
    project._load(ops)
    return project


def seg(id_: int, code: str, start: int, end: int, session: int = 1) -> Segment:
    return Segment(id_, session, code, start, end, start // 40, end // 40)


def add(project: Project, *segments: Segment) -> None:
    project.run(commands.add_segments(segments))


def test_a_rating_must_be_an_allowed_value_or_not_observable():
    project = project_with(PIIOS)
    item = PIIOS.rated_items[0].id
    for bad in (-2, -1, 1, 3, 5):
        with pytest.raises(EditRefused, match=r"not one of the item's values \(0, 2, 4\)"):
            project.run(commands.set_rating(None, Rating(1, item, bad)))
    with pytest.raises(EditRefused, match="not observable and also has the value"):
        project.run(commands.set_rating(None, Rating(1, item, 2, not_observable=True)))
    project.run(commands.set_rating(None, Rating(1, item, None, not_observable=True)))
    project.run(commands.set_rating(project.ratings(1)[item], Rating(1, item, 4)))
    assert project.ratings(1)[item].value == 4
    with pytest.raises(EditRefused, match="no rated item 'nope'"):
        project.run(commands.set_rating(None, Rating(1, "nope", 2)))


def test_segments_of_one_code_never_overlap_but_may_touch():
    project = project_with(DEMO)
    add(project, seg(1, "eye_contact", 1000, 6000))
    with pytest.raises(EditRefused, match="overlaps 'Eye contact' 00:00:01.000–00:00:06.000"):
        add(project, seg(2, "eye_contact", 4000, 9000))
    add(project, seg(2, "eye_contact", 6000, 9000))  # touching is not overlapping
    add(project, seg(3, "infant_vocalisation", 4000, 9000))  # another code may overlap
    with pytest.raises(EditRefused, match="overlaps"):  # a move into its neighbour
        project.run(commands.move_segments([project.segment(2)], -500, TB.frame_at))
    assert [(s.start_ms, s.end_ms) for s in project.segments_of_code(1, "eye_contact")] == [(1000, 6000), (6000, 9000)]


def test_two_events_of_one_point_code_at_one_instant_overlap():
    project = project_with(DEMO)
    add(project, seg(1, "smile", 1200, 1200))
    with pytest.raises(EditRefused, match="overlaps"):
        add(project, seg(2, "smile", 1200, 1200))
    add(project, seg(2, "smile", 1240, 1240))


def test_codes_kinds_and_times_are_checked():
    project = project_with(DEMO)
    with pytest.raises(EditRefused, match="code 'sniff' is not in scheme demo"):
        add(project, seg(1, "sniff", 0, 100))
    with pytest.raises(EditRefused, match="is a point code"):
        add(project, seg(1, "smile", 0, 100))
    with pytest.raises(EditRefused, match="past the clip's end"):
        add(project, seg(1, "eye_contact", 39_000, 320_000))
    with pytest.raises(EditRefused, match="before the clip"):
        add(project, seg(1, "eye_contact", -40, 100))
    with pytest.raises(EditRefused, match="before it starts"):
        add(project, seg(1, "eye_contact", 500, 100))
    with pytest.raises(EditRefused, match="session 9, which does not exist"):
        add(project, seg(1, "eye_contact", 0, 100, session=9))
    with pytest.raises(EditRefused, match="past the clip's end"):
        project.run(commands.add_moment(Moment(1, 1, 39_000, 41_000)))
    assert project.segments(1) == [] and project.history.done == []


def test_a_refused_edit_changes_nothing_and_is_not_recorded():
    project = project_with(DEMO)
    add(project, seg(1, "eye_contact", 1000, 2000))
    before = dict(project.entities["segment"])
    with pytest.raises(EditRefused):
        add(project, seg(2, "touch", 0, 100), seg(3, "eye_contact", 1500, 1600))  # one bad: none in
    assert project.entities["segment"] == before
    assert len(project.history.done) == 1


def test_a_project_holding_a_violation_still_opens_lists_it_and_can_be_repaired():
    project = project_with(DEMO)
    project._load([Put(seg(1, "eye_contact", 1000, 6000)), Put(seg(2, "eye_contact", 4000, 9000)),
                  Put(seg(3, "touch", 0, 500))])  # as an older version could have written it
    found = rules.problems(project)
    assert len(found) == 1 and "overlaps" in found[0]
    project.run(commands.edit("Touch", [(project.segment(3), replace(project.segment(3), note="ok"))]))  # others work
    project.run(commands.change_segment(project.segment(2), replace(project.segment(2), start_ms=6000), "Repair"))
    assert rules.problems(project) == []


def test_undo_refuses_when_what_it_changed_has_changed_since():
    """Edit clip details, relink (not undoable), undo: the relinked path is not written back."""
    project = project_with(DEMO)
    clip = project.clip(1)
    detailed = replace(clip, context="home, floor play")
    project.run(commands.edit("Edit clip details", [(clip, detailed)]))
    relinked = replace(detailed, path="/new/place/c.mp4")
    project.run(commands.edit("Relink clip", [(detailed, relinked)]), undoable=False)
    with pytest.raises(EditRefused, match="cannot undo 'Edit clip details': clip 1 has changed since"):
        project.history.undo()
    assert project.clip(1).path == "/new/place/c.mp4"
    assert project.history.undo_label == "Edit clip details"  # still there; nothing was lost


def test_live_coding_undo_of_an_end_reopens_the_segment_and_the_next_press_ends_it():
    """E, E, undo the end, E: one segment, ended again — never a second one beside an orphan."""
    project = project_with(DEMO)
    live = LiveCoder(project, 1, DEMO, TB)
    eye = DEMO.code("eye_contact")
    project.run(live.press(eye, 400))
    project.run(live.press(eye, 800))
    project.history.undo()
    assert [(s.start_ms, s.end_ms) for s in live.open_segments()] == [(400, 400)]
    project.run(live.press(eye, 1200))
    assert [(s.start_ms, s.end_ms) for s in project.segments(1)] == [(400, 1200)]
    assert live.open_segments() == []


def test_a_key_press_inside_a_segment_of_its_code_ends_it_there():
    project = project_with(DEMO)
    live = LiveCoder(project, 1, DEMO, TB)
    add(project, seg(1, "eye_contact", 1000, 6000))
    project.run(live.press(DEMO.code("eye_contact"), 4000))
    assert [(s.start_ms, s.end_ms) for s in project.segments(1)] == [(1000, 4000)]


def test_an_open_segment_ends_where_the_next_segment_of_its_code_begins():
    project = project_with(DEMO)
    live = LiveCoder(project, 1, DEMO, TB)
    add(project, seg(1, "eye_contact", 10_000, 20_000))
    eye = DEMO.code("eye_contact")
    project.run(live.press(eye, 5000))
    project.run(live.press(eye, 25_000))
    assert [(s.start_ms, s.end_ms) for s in project.segments(1)] == [(5000, 10_000), (10_000, 20_000)]
    assert rules.problems(project) == []


def test_read_only_projects_refuse_every_edit_once_with_a_message():
    from vig_annotator.core.project import ReadOnlyProjectError

    project = project_with(DEMO)
    project.backend.read_only = True  # type: ignore[misc]
    with pytest.raises(ReadOnlyProjectError, match="read-only"):
        add(project, seg(1, "eye_contact", 0, 100))


def test_foreign_names_become_valid_ids():
    assert rules.slug("Sniff") == "sniff"
    assert rules.slug("tail up") == "tail_up"
    assert rules.slug("chicken - healthy") == "chicken_healthy"
    assert rules.SLUG.match(rules.slug("Ä ö!!")) and rules.slug("!!!") == "code"


def test_a_large_edit_names_the_segment_that_breaks_a_rule_and_changes_nothing():
    """Thousands of segments in one edit (an import) are checked by code, not one by one: the message is the same."""
    project = project_with(DEMO)
    good = [seg(i + 1, "eye_contact", 10 * i, 10 * i + 5) for i in range(3_000)]
    late = replace(good[1_700], start_ms=39_990, end_ms=40_200)  # past the 40 s clip
    with pytest.raises(EditRefused, match=r"segment eye_contact 00:00:39\.990–00:00:40\.200 \(session 1\): "
                                          r"ends at 00:00:40\.200, past the clip's end"):
        add(project, *good[:1_700], late, *good[1_701:])
    backwards = replace(good[2_999], start_ms=29_995, end_ms=29_000)
    with pytest.raises(EditRefused, match="before it starts"):
        add(project, *good[:2_999], backwards)
    unknown = [replace(s, code_id="sniff") for s in good[:2_000]]
    with pytest.raises(EditRefused, match=r"sniff 00:00:00\.000–00:00:00\.005 \(session 1\): "
                                          r"the code 'sniff' is not in scheme demo .*\(and 4 more\)"):
        add(project, *unknown)
    overlapping = replace(good[2_500], start_ms=good[2_499].start_ms + 2)  # starts inside its neighbour
    with pytest.raises(EditRefused, match="overlaps 'Eye contact'"):
        add(project, *good[:2_500], overlapping, *good[2_501:])
    assert project.segments(1) == [] and project.history.done == []
    add(project, *good)
    assert len(project.segments(1)) == 3_000
