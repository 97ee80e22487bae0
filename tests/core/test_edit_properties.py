"""Random edits from every source, on a real project file: the rules hold after every step.

A hypothesis state machine adds, resizes, moves, deletes and pastes segments, imports rows, rates
items, presses live-coding keys, undoes and redoes — 10,000 operations over the examples — and
after every step checks that nothing in the project breaks a rule and that the file re-opened from
disk holds exactly what memory holds. At the end of each example, undoing everything gives back the
starting state and redoing everything gives back the final one.
"""

from __future__ import annotations

import shutil
import tempfile
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, precondition, rule, run_state_machine_as_test

from vig_annotator.core import commands, rules
from vig_annotator.core.history import EditRefused
from vig_annotator.core.live_coding import LiveCoder
from vig_annotator.core.model import Rating, Segment
from vig_annotator.io.importing import Imported, Record, apply_import
from vig_annotator.store.project_file import open_project
from vig_annotator.store.timing import timebase_for

SAMPLE = Path(__file__).resolve().parents[2] / "sample_clips"
STEPS = 200
OPERATIONS = 10_000
KINDS = ("segment", "rating", "moment", "session", "clip", "coder", "scheme")

_template: list[Path] = []


def template() -> Path:
    """A blank project on the demo clip, made once and copied for each example."""
    if not _template:
        from vig_annotator.projects import add_clip, add_coder, start_session
        from vig_annotator.schemes import builtin
        from vig_annotator.store.project_file import create_project

        folder = Path(tempfile.mkdtemp(prefix="vig-props-"))
        shutil.copy2(SAMPLE / "demo_clip.mp4", folder / "clip.mp4")
        project = create_project(folder / "template.vigproj")
        clip = add_clip(project, folder / "clip.mp4", "CASE-1")
        coder = add_coder(project, "XY")
        start_session(project, clip, coder, builtin("demo"))
        start_session(project, clip, coder, builtin("piios"))
        project.close()
        _template.append(folder)
    return _template[0]


def snapshot(project) -> dict[str, dict]:
    return {kind: dict(project.entities[kind]) for kind in KINDS}


times = st.integers(min_value=0, max_value=40_000)


class Editing(RuleBasedStateMachine):
    steps = 0  # operations run so far (the invariants run after each)

    def __init__(self) -> None:
        super().__init__()
        folder = Path(tempfile.mkdtemp(prefix="vig-edit-"))
        shutil.copy2(template() / "clip.mp4", folder / "clip.mp4")
        shutil.copy2(template() / "template.vigproj", folder / "p.vigproj")
        self.folder = folder
        self.project = open_project(folder / "p.vigproj")
        self.project.backend.conn.execute("PRAGMA synchronous = NORMAL")  # speed; WAL commits are still atomic
        demo, piios = self.project.sessions
        self.session, self.piios_session = demo.id, piios.id
        self.scheme = self.project.scheme_of(demo)
        self.piios = self.project.scheme_of(piios)
        self.timebase = timebase_for(self.project, self.project.clips[0])
        self.live = LiveCoder(self.project, self.session, self.scheme, self.timebase)
        self.start = snapshot(self.project)
        self.clipboard: list[Segment] = []
        self.refused = 0

    # -- running an edit as the app does: refused edits must change nothing --------------------
    def run(self, command: commands.Command) -> None:
        before = snapshot(self.project)
        try:
            self.project.run(command)
        except EditRefused:
            self.refused += 1
            assert snapshot(self.project) == before

    def segments(self) -> list[Segment]:
        return self.project.segments(self.session)

    def frames(self, start: int, end: int) -> tuple[int, int]:
        return self.timebase.frame_at(start), self.timebase.frame_at(end)

    # -- operations ----------------------------------------------------------------------------
    @rule(code=st.sampled_from(["eye_contact", "touch", "smile", "infant_gaze_parent", "nope"]),
          a=times, b=times)
    def add(self, code: str, a: int, b: int) -> None:
        start, end = sorted((a, b))
        if code == "smile":
            end = start
        seg = Segment(self.project.next_id("segment"), self.session, code, start, end, *self.frames(start, end))
        self.run(commands.add_segment(seg))

    @precondition(lambda self: self.segments())
    @rule(data=st.data(), delta=st.integers(min_value=-5000, max_value=5000), edge=st.sampled_from(["start", "end"]))
    def resize(self, data: st.DataObject, delta: int, edge: str) -> None:
        seg = data.draw(st.sampled_from(self.segments()))
        start, end = (seg.start_ms + delta, seg.end_ms) if edge == "start" else (seg.start_ms, seg.end_ms + delta)
        after = replace(seg, start_ms=start, end_ms=end, start_frame=self.frames(start, end)[0],
                        end_frame=self.frames(start, end)[1])
        self.run(commands.change_segment(seg, after, "Resize segment", merge_key=("drag", seg.id)))

    @precondition(lambda self: self.segments())
    @rule(data=st.data(), delta=st.integers(min_value=-8000, max_value=8000))
    def move(self, data: st.DataObject, delta: int) -> None:
        chosen = data.draw(st.lists(st.sampled_from(self.segments()), min_size=1, max_size=3, unique_by=lambda s: s.id))
        self.run(commands.move_segments(chosen, delta, self.timebase.frame_at))

    @precondition(lambda self: self.segments())
    @rule(data=st.data())
    def delete(self, data: st.DataObject) -> None:
        chosen = data.draw(st.lists(st.sampled_from(self.segments()), min_size=1, max_size=3, unique_by=lambda s: s.id))
        self.run(commands.delete_segments(chosen))

    @precondition(lambda self: self.segments())
    @rule(data=st.data())
    def copy(self, data: st.DataObject) -> None:
        self.clipboard = data.draw(st.lists(st.sampled_from(self.segments()), min_size=1, max_size=3,
                                            unique_by=lambda s: s.id))

    @precondition(lambda self: self.clipboard)
    @rule(at=times)
    def paste(self, at: int) -> None:
        offset = at - min(s.start_ms for s in self.clipboard)
        first = self.project.next_id("segment")
        pasted = [replace(s, id=first + i, start_ms=s.start_ms + offset, end_ms=s.end_ms + offset,
                          start_frame=self.timebase.frame_at(s.start_ms + offset),
                          end_frame=self.timebase.frame_at(s.end_ms + offset))
                  for i, s in enumerate(self.clipboard)]
        self.run(commands.add_segments(pasted))

    @rule(code=st.sampled_from(["eye_contact", "touch", "smile", "infant_gaze_parent", "infant_gaze_away"]),
          at=times)
    def key(self, code: str, at: int) -> None:
        self.run(self.live.press(self.scheme.code(code), at))

    @rule(rows=st.lists(st.tuples(st.sampled_from(["eye_contact", "Touch", "smile", "unknown"]), times, times),
                        min_size=1, max_size=6))
    def import_rows(self, rows: list[tuple[str, int, int]]) -> None:
        records = [Record(code, *sorted((a, b)), where=f"row {i + 2}") for i, (code, a, b) in enumerate(rows)]
        before = snapshot(self.project)
        try:
            apply_import(self.project, Imported("rows.csv", records), self.project.clips[0].id, "IM", self.scheme)
        except ValueError:  # ImportProblem and EditRefused: nothing changed
            self.refused += 1
            assert snapshot(self.project) == before

    @rule(item=st.integers(min_value=0, max_value=12), value=st.sampled_from([0, 2, 4, -2, -1, 1, 3, None]),
          unobservable=st.booleans())
    def rate(self, item: int, value: int | None, unobservable: bool) -> None:
        item_id = self.piios.rated_items[item].id
        before = self.project.ratings(self.piios_session).get(item_id)
        after = Rating(self.piios_session, item_id, value, unobservable)
        self.run(commands.set_rating(before, after))

    @rule()
    def undo(self) -> None:
        try:
            self.project.history.undo()
        except EditRefused:
            self.refused += 1

    @rule()
    def redo(self) -> None:
        try:
            self.project.history.redo()
        except EditRefused:
            self.refused += 1

    # -- after every step ----------------------------------------------------------------------
    @invariant()
    def rules_hold(self) -> None:
        Editing.steps += 1
        assert rules.problems(self.project) == []
        for rating in self.project.ratings(self.piios_session).values():
            assert rating.value in (0, 2, 4) or (rating.value is None)

    @invariant()
    def the_file_holds_what_memory_holds(self) -> None:
        reread = open_project(self.project.path, read_only=True)
        try:
            assert snapshot(reread) == snapshot(self.project)
        finally:
            reread.close()

    def teardown(self) -> None:
        try:
            end = snapshot(self.project)
            history = self.project.history
            undone = 0
            while history.done:
                history.undo()
                undone += 1
            assert snapshot(self.project) == self.start
            for _ in range(undone):
                history.redo()
            assert snapshot(self.project) == end
        finally:
            self.project.close()
            shutil.rmtree(self.folder, ignore_errors=True)


@pytest.mark.timeout(1800)  # a guard against a hang, not a speed check: minutes on a busy machine
def test_ten_thousand_random_operations_keep_every_rule_and_reach_the_file():
    Editing.steps = 0
    while Editing.steps < OPERATIONS:
        run_state_machine_as_test(Editing, settings=settings(
            max_examples=10, stateful_step_count=STEPS, deadline=None, database=None,
            suppress_health_check=list(HealthCheck)))
    assert Editing.steps >= OPERATIONS
