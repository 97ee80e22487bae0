"""Random edits from every source, on a real project file, judged by an independent reference model.

A hypothesis state machine adds, resizes, moves, deletes and pastes segments (with modifiers, good and bad),
imports rows, rates items and links segments as their evidence, presses live-coding keys, marks and moves
moments, adds, aligns and removes cameras, changes a clip's length, tries to delete clips, coders, schemes
and sessions, undoes and redoes — 10,000 operations over the examples.

The oracle is :class:`Reference`, written here: the project as plain dicts with every rule spelled out again
(overlap, times and ranges, exclusive groups, modifiers, cameras, what depends on what), not calling
``core.rules``. Before each edit it says whether the edit is allowed; the core must accept exactly those, and
after each step the project must hold exactly what the reference holds. So a rule the core never wrote, or
wrote wrongly, fails here. After every step the file re-opened from disk holds exactly what memory holds;
at the end of each example, undoing everything gives back the start and redoing everything the end.
"""

from __future__ import annotations

import shutil
import tempfile
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, precondition, rule, run_state_machine_as_test

from vig_annotator.core import commands, rules
from vig_annotator.core.history import EditRefused
from vig_annotator.core.live_coding import LiveCoder
from vig_annotator.core.model import (
    Clip,
    CodeKind,
    Coder,
    Moment,
    Rating,
    Scheme,
    Segment,
    Session,
    VideoSource,
)
from vig_annotator.core.project import Delete, Put
from vig_annotator.io.importing import Imported, ImportProblem, Record, plan_import
from vig_annotator.store.opening import open_project
from vig_annotator.store.timing import timebase_for

SAMPLE = Path(__file__).resolve().parents[2] / "sample_clips"
STEPS = 200
OPERATIONS = 10_000
KINDS = ("segment", "rating", "moment", "session", "clip", "coder", "scheme", "source", "setting")

_template: list[Path] = []


def template() -> Path:
    """A blank project on the demo clip, made once and copied for each example."""
    if not _template:
        from vig_annotator.projects import add_clip, add_coder, start_session
        from vig_annotator.schemes import builtin
        from vig_annotator.store.opening import create_project

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


# -- the reference: the project as plain data, with the rules written out again, independently of core.rules --

Row = tuple[Any, ...]
TABLES = ("scheme", "clip", "coder", "session", "segment", "rating", "moment", "source")


def row_of(entity: Any) -> tuple[str, Any, Row] | None:
    """An entity as (table, key, the facts the rules look at); None for kinds the reference does not keep."""
    if isinstance(entity, Scheme):
        return "scheme", entity.key, ()
    if isinstance(entity, Clip):
        return "clip", entity.id, (entity.duration_ms,)
    if isinstance(entity, Coder):
        return "coder", entity.id, (entity.initials,)
    if isinstance(entity, Session):
        return "session", entity.id, (entity.clip_id, entity.coder_id, (entity.scheme_id, entity.scheme_version))
    if isinstance(entity, Segment):
        return "segment", entity.id, (entity.session_id, entity.code_id, entity.start_ms, entity.end_ms,
                                      entity.modifiers)
    if isinstance(entity, Rating):
        return "rating", (entity.session_id, entity.item_id), (entity.value, entity.not_observable, entity.evidence)
    if isinstance(entity, Moment):
        return "moment", entity.id, (entity.session_id, entity.start_ms, entity.end_ms, entity.key_ms)
    if isinstance(entity, VideoSource):
        return "source", entity.id, (entity.clip_id, entity.label, entity.offset_ms, entity.duration_ms,
                                     entity.confidence)
    return None


def facts(scheme: Scheme) -> dict[str, Any]:
    """What the reference knows of a scheme: per code, point or not, its exclusive group and modifier sets."""
    return {"codes": {c.id: (c.kind == CodeKind.POINT, c.exclusive_group,
                             {m.name: (set(m.options), m.multiple) for m in c.modifiers}) for c in scheme.codes},
            "items": {i.id: {v.value for v in i.values} for i in scheme.rated_items}}


def label_name(label: str) -> str:
    """A camera label as the user means it: ASCII letters and digits, lower case, other runs as one '_'."""
    return "_".join("".join(ch if ch.isascii() and ch.isalnum() else " " for ch in label.lower()).split())


def shares_time(a: tuple[int, int], b: tuple[int, int]) -> bool:
    """Two spans share a millisecond; one of no length occupies its own millisecond."""
    a_end, b_end = max(a[1], a[0] + 1), max(b[1], b[0] + 1)
    return a[0] < b_end and b[0] < a_end


@dataclass
class Reference:
    tables: dict[str, dict[Any, Row]]
    schemes: dict[tuple[str, str], dict[str, Any]]

    @staticmethod
    def of(project: Any, schemes: dict[tuple[str, str], dict[str, Any]]) -> Reference:
        tables: dict[str, dict[Any, Row]] = {t: {} for t in TABLES}
        for kind in TABLES:
            for entity in project.entities[kind].values():
                found = row_of(entity)
                assert found is not None
                tables[found[0]][found[1]] = found[2]
        return Reference(tables, schemes)

    def after(self, ops: list[Any]) -> Reference:
        tables = {t: dict(rows) for t, rows in self.tables.items()}
        for op in ops:
            found = row_of(op.entity)
            if found is None:
                continue
            if isinstance(op, Put):
                tables[found[0]][found[1]] = found[2]
            else:
                tables[found[0]].pop(found[1], None)
        return Reference(tables, self.schemes)

    def broken(self) -> list[str]:
        """Every rule the reference finds broken (empty: the project may be like this)."""
        t = self.tables
        bad: list[str] = []
        for sid, (clip, coder, key) in t["session"].items():
            if clip not in t["clip"] or coder not in t["coder"] or key not in t["scheme"]:
                bad.append(f"session {sid} lacks its clip, coder or scheme")
        by_session: dict[int, list[tuple[int, Row]]] = {}
        for gid, row in t["segment"].items():
            by_session.setdefault(row[0], []).append((gid, row))
        for sid, rows in by_session.items():
            if sid not in t["session"]:
                bad.append(f"segments of missing session {sid}")
                continue
            clip, _coder, key = t["session"][sid]
            duration, codes = t["clip"].get(clip, (0,))[0], self.schemes[key]["codes"]
            for gid, (_s, code, start, end, mods) in rows:
                if code not in codes:
                    bad.append(f"segment {gid}: no code {code}")
                    continue
                point, _group, sets = codes[code]
                if start < 0 or end < start or (duration and end > duration) or (point and end != start):
                    bad.append(f"segment {gid}: times {start}-{end}")
                names = [name for name, _values in mods]
                if len(set(names)) != len(names):
                    bad.append(f"segment {gid}: a modifier twice")
                for name, values in mods:
                    if name == "suggested_by" and name not in sets:  # the app's record of a segment's origin
                        if len(values) != 1:
                            bad.append(f"segment {gid}: origin {values}")
                        continue
                    options, multiple = sets.get(name, (set(), False))
                    if name not in sets or not set(values) <= options or len(set(values)) != len(values) or (
                            len(values) > 1 and not multiple):
                        bad.append(f"segment {gid}: modifier {name}={values}")
            for i, (gid, a) in enumerate(rows):
                for hid, b in rows[i + 1:]:
                    if a[1] not in codes or b[1] not in codes or not shares_time(a[2:4], b[2:4]):
                        continue
                    group_a, group_b = codes[a[1]][1], codes[b[1]][1]
                    both_states = not codes[a[1]][0] and not codes[b[1]][0]
                    if a[1] == b[1] or (group_a and group_a == group_b and both_states):
                        bad.append(f"segments {gid} and {hid} share time")
        for (sid, item), (value, unobservable, evidence) in t["rating"].items():
            session = t["session"].get(sid)
            items = self.schemes[session[2]]["items"] if session and session[2] in self.schemes else {}
            if item not in items or (unobservable and value is not None) or (
                    value is not None and value not in items[item]):
                bad.append(f"rating {sid} {item}={value}")
            if any(t["segment"].get(g, (None,))[0] != sid for g in evidence):
                bad.append(f"rating {sid} {item}: evidence {evidence} names a segment not in the session")
        for mid, (sid, start, end, key) in t["moment"].items():
            session = t["session"].get(sid)
            duration = t["clip"].get(session[0], (0,))[0] if session else 0
            if session is None or start < 0 or end < start or (duration and end > duration) or (
                    key is not None and not start <= key <= end):
                bad.append(f"moment {mid}")
        per_clip: dict[int, list[str]] = {}
        for vid, (clip, label, offset, duration, confidence) in t["source"].items():
            name = label_name(label)
            per_clip.setdefault(clip, []).append(name)
            clip_ms = t["clip"].get(clip, (0,))[0]
            if clip not in t["clip"] or name in ("", "primary") or (
                    clip_ms and duration and not -duration < offset < clip_ms) or (
                    confidence is not None and not 0 <= confidence <= 1):
                bad.append(f"source {vid}")
        for clip, names in per_clip.items():
            if len(names) > 3 or len(set(names)) != len(names):
                bad.append(f"clip {clip}: cameras {names}")
        return bad


times = st.integers(min_value=0, max_value=46_000)
MODIFIERS = st.sampled_from([
    (), (("intensity", ("slight",)),), (("intensity", ("broad",)),), (("intensity", ("enormous",)),),
    (("mood", ("happy",)),), (("quality", ("pat",)),), (("quality", ("stroke", "pat")),), (("quality", ()),),
    (("intensity", ("broad",)), ("intensity", ("slight",))), (("intensity", ("slight", "slight")),),
    (("suggested_by", ("voices@300Hz",)),), (("suggested_by", ()),), (("quality", ("pat",)), ("suggested_by", ("x",)))])
LABELS = st.sampled_from(["side", "Side ", "infant", "cam 2", "primary", "PRIMARY", "  ", "über", "door"])


class Editing(RuleBasedStateMachine):
    steps = 0  # operations run so far (the invariants run after each)
    accepted = 0
    refused = 0

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
        self.reference = Reference.of(self.project, {s.key: facts(s) for s in self.project.schemes})
        assert self.reference.broken() == []

    # -- running an edit as the app does: the reference says beforehand whether it is allowed ----------
    def run(self, command: commands.Command) -> None:
        self.judge(command.label, command.ops(forward=True), lambda: self.project.run(command))

    def judge(self, label: str, ops: list[Any], edit: Any) -> None:
        expected = self.reference.after(ops)
        why = expected.broken()
        before = snapshot(self.project)
        try:
            edit()
        except EditRefused as refused:
            Editing.refused += 1
            assert why, f"{label!r} was refused ({refused}) but the reference allows it"
            assert snapshot(self.project) == before
            return
        Editing.accepted += 1
        assert not why, f"{label!r} was accepted but the reference finds: {why[:3]}"
        self.reference = expected

    def segments(self) -> list[Segment]:
        return self.project.segments(self.session)

    def frames(self, start: int, end: int) -> tuple[int, int]:
        return self.timebase.frame_at(start), self.timebase.frame_at(end)

    # -- segments --------------------------------------------------------------------------------------
    @rule(code=st.sampled_from(["eye_contact", "touch", "smile", "infant_gaze_parent", "infant_gaze_away", "nope"]),
          a=times, b=times, mods=MODIFIERS)
    def add(self, code: str, a: int, b: int, mods: tuple[Any, ...]) -> None:
        start, end = sorted((a, b))
        if code == "smile":
            end = start
        seg = Segment(self.project.next_id("segment"), self.session, code, start, end, *self.frames(start, end), mods)
        self.run(commands.add_segment(seg))

    @precondition(lambda self: self.segments())
    @rule(data=st.data(), mods=MODIFIERS)
    def set_modifiers(self, data: st.DataObject, mods: tuple[Any, ...]) -> None:
        seg = data.draw(st.sampled_from(self.segments()))
        self.run(commands.change_segment(seg, replace(seg, modifiers=mods), "Set modifiers"))

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
    @rule(data=st.data(), links_along=st.booleans())
    def delete(self, data: st.DataObject, links_along: bool) -> None:
        chosen = data.draw(st.lists(st.sampled_from(self.segments()), min_size=1, max_size=3, unique_by=lambda s: s.id))
        ratings = self.project.ratings(self.session).values() if links_along else ()  # as the timeline does, or not
        self.run(commands.delete_segments(chosen, ratings))

    @precondition(lambda self: self.segments())
    @rule(data=st.data(), item=st.sampled_from(["warmth", "turn_taking"]), stray=st.sampled_from([None, 0, 99_999]))
    def link_evidence(self, data: st.DataObject, item: str, stray: int | None) -> None:
        chosen = data.draw(st.lists(st.sampled_from(self.segments()), min_size=1, max_size=3, unique_by=lambda s: s.id))
        before = self.project.ratings(self.session).get(item)
        base = before or Rating(self.session, item)
        extra = () if stray is None else (stray,)  # a segment of another session (id 0 never is one) or none at all
        evidence = tuple(sorted(set(base.evidence) | {s.id for s in chosen} | set(extra)))
        self.run(commands.set_rating(before, replace(base, evidence=evidence), "Link evidence"))

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

    @rule(rows=st.lists(st.tuples(st.sampled_from(["eye_contact", "Touch", "smile", "unknown", "infant_gaze_parent",
                                                   "infant_gaze_away"]), times, times, MODIFIERS),
                        min_size=1, max_size=6))
    def import_rows(self, rows: list[tuple[str, int, int, Any]]) -> None:
        records = [Record(code, *sorted((a, b)), modifiers=mods, where=f"row {i + 2}")
                   for i, (code, a, b, mods) in enumerate(rows)]
        before = snapshot(self.project)
        try:
            command, _session = plan_import(self.project, Imported("rows.csv", records), self.project.clips[0].id,
                                            "IM", self.scheme)
        except ImportProblem:  # an unknown code or a row past the clip: said before any edit
            assert snapshot(self.project) == before
            return
        self.run(command)

    # -- ratings and moments --------------------------------------------------------------------------
    @rule(item=st.integers(min_value=0, max_value=12), value=st.sampled_from([0, 2, 4, -2, -1, 1, 3, None]),
          unobservable=st.booleans())
    def rate(self, item: int, value: int | None, unobservable: bool) -> None:
        item_id = self.piios.rated_items[item].id
        before = self.project.ratings(self.piios_session).get(item_id)
        after = Rating(self.piios_session, item_id, value, unobservable)
        self.run(commands.set_rating(before, after))

    @rule(a=times, b=times, key=st.one_of(st.none(), times))
    def add_moment(self, a: int, b: int, key: int | None) -> None:
        start, end = sorted((a, b))
        order = len(self.project.moments(self.session)) + 1
        self.run(commands.add_moment(Moment(self.project.next_id("moment"), self.session, start, end, order=order,
                                            key_ms=key)))

    @precondition(lambda self: self.project.moments(self.session))
    @rule(data=st.data(), delta=st.integers(-6000, 6000), part=st.sampled_from(["start", "end", "key", "all"]))
    def change_moment(self, data: st.DataObject, delta: int, part: str) -> None:
        m = data.draw(st.sampled_from(self.project.moments(self.session)))
        after = {"start": replace(m, start_ms=m.start_ms + delta), "end": replace(m, end_ms=m.end_ms + delta),
                 "key": replace(m, key_ms=(m.key_ms if m.key_ms is not None else m.start_ms) + delta),
                 "all": replace(m, start_ms=m.start_ms + delta, end_ms=m.end_ms + delta)}[part]
        self.run(commands.change_moment(m, after))

    @precondition(lambda self: self.project.moments(self.session))
    @rule(data=st.data())
    def delete_moment(self, data: st.DataObject) -> None:
        self.run(commands.delete_moment(data.draw(st.sampled_from(self.project.moments(self.session)))))

    # -- cameras and the clip ---------------------------------------------------------------------------
    @rule(label=LABELS, offset=st.integers(-60_000, 60_000), duration=st.sampled_from([0, 5_000, 40_000]),
          confidence=st.sampled_from([None, 0.5, 1.0, 1.5, -0.1]))
    def add_camera(self, label: str, offset: int, duration: int, confidence: float | None) -> None:
        clip = self.project.clips[0]
        source = VideoSource(self.project.next_id("source"), clip.id, label, "cam.mp4", "9:cam", offset, duration,
                             confidence=confidence)
        self.run(commands.edit(f"Add camera {label}", [(None, source)]))

    @precondition(lambda self: self.project.sources(self.project.clips[0].id))
    @rule(data=st.data(), offset=st.integers(-60_000, 60_000), label=st.one_of(st.none(), LABELS))
    def align_camera(self, data: st.DataObject, offset: int, label: str | None) -> None:
        source = data.draw(st.sampled_from(self.project.sources(self.project.clips[0].id)))
        after = replace(source, offset_ms=offset, label=source.label if label is None else label)
        self.run(commands.edit("Align camera", [(source, after)]))

    @precondition(lambda self: self.project.sources(self.project.clips[0].id))
    @rule(data=st.data())
    def remove_camera(self, data: st.DataObject) -> None:
        source = data.draw(st.sampled_from(self.project.sources(self.project.clips[0].id)))
        self.run(commands.edit("Remove camera", [(source, None)]))

    @rule(duration=st.integers(min_value=5_000, max_value=46_000))
    def change_clip_length(self, duration: int) -> None:
        clip = self.project.clips[0]
        self.run(commands.edit("Edit clip", [(clip, replace(clip, duration_ms=duration))]))

    @rule(data=st.data(), kind=st.sampled_from(["clip", "coder", "scheme", "session"]))
    def delete_what_others_use(self, data: st.DataObject, kind: str) -> None:
        choices = {"clip": self.project.clips, "coder": self.project.coders, "scheme": self.project.schemes,
                   "session": [s for s in self.project.sessions if s.id != self.piios_session]}[kind]
        if choices:
            self.run(commands.edit(f"Delete {kind}", [(data.draw(st.sampled_from(choices)), None)]))

    # -- undo and redo: the reference judges them as any edit -------------------------------------------
    @rule()
    def undo(self) -> None:
        history = self.project.history
        if history.done:
            self.judge("undo", history.done[-1].ops(forward=False), history.undo)

    @rule()
    def redo(self) -> None:
        history = self.project.history
        if history.undone:
            self.judge("redo", history.undone[-1].ops(forward=True), history.redo)

    # -- after every step ----------------------------------------------------------------------------
    @invariant()
    def the_project_holds_what_the_reference_holds(self) -> None:
        Editing.steps += 1
        assert Reference.of(self.project, self.reference.schemes).tables == self.reference.tables
        assert rules.problems(self.project) == []  # and the core's own list agrees: nothing to repair

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
def test_ten_thousand_random_operations_match_the_reference_and_reach_the_file():
    Editing.steps = Editing.accepted = Editing.refused = 0
    while Editing.steps < OPERATIONS:
        run_state_machine_as_test(Editing, settings=settings(
            max_examples=10, stateful_step_count=STEPS, deadline=None, database=None,
            suppress_health_check=list(HealthCheck)))
    assert Editing.steps >= OPERATIONS
    assert Editing.accepted > OPERATIONS // 10 and Editing.refused > OPERATIONS // 20  # both sides were exercised


# -- the reference itself, against cases worked out by hand ------------------------------------------------


def test_the_reference_knows_the_rules_it_judges_by():
    from vig_annotator.schemes import builtin

    demo = builtin("demo")
    base = Reference({"scheme": {demo.key: ()}, "clip": {1: (10_000,)}, "coder": {1: ("AB",)},
                      "session": {1: (1, 1, demo.key)},
                      "segment": {}, "rating": {}, "moment": {}, "source": {}}, {demo.key: facts(demo)})
    assert base.broken() == []

    def seg(id_: int, code: str, start: int, end: int, mods: Any = ()) -> Put:
        return Put(Segment(id_, 1, code, start, end, modifiers=mods))

    allowed = [[seg(1, "eye_contact", 0, 10_000)], [seg(1, "smile", 5, 5), seg(2, "smile", 6, 6)],
               [seg(1, "infant_gaze_parent", 0, 5), seg(2, "infant_gaze_away", 5, 9)],
               [seg(1, "touch", 0, 5, (("quality", ("pat",)),))],
               [Put(Moment(1, 1, 0, 10, key_ms=10))],
               [Put(VideoSource(1, 1, "side", "s", "f", -4_999, 5_000)), Put(VideoSource(2, 1, "door", "s", "f"))]]
    refused = [[seg(1, "eye_contact", 0, 10_001)], [seg(1, "smile", 5, 6)], [seg(1, "nope", 0, 1)],
               [seg(1, "eye_contact", 0, 5), seg(2, "eye_contact", 4, 9)],
               [seg(1, "eye_contact", 3, 3), seg(2, "eye_contact", 3, 3)],
               [seg(1, "infant_gaze_parent", 0, 6), seg(2, "infant_gaze_away", 5, 9)],
               [seg(1, "smile", 5, 5, (("intensity", ("enormous",)),))], [seg(1, "smile", 5, 5, (("mood", ("x",)),))],
               [seg(1, "touch", 0, 5, (("quality", ("pat", "stroke")),))],
               [Put(Moment(1, 1, 0, 10, key_ms=11))], [Put(Moment(1, 2, 0, 10))],
               [Put(VideoSource(1, 1, "side", "s", "f", -5_000, 5_000))], [Put(VideoSource(1, 1, "Primary", "s", "f"))],
               [Put(VideoSource(1, 1, "Side", "s", "f")), Put(VideoSource(2, 1, "side ", "s", "f"))],
               [Put(VideoSource(i, 1, f"c{i}", "s", "f")) for i in range(1, 5)],
               [Put(Rating(1, "warmth", 9))]]
    assert [base.after(ops).broken() for ops in allowed] == [[]] * len(allowed)
    assert all(base.after(ops).broken() for ops in refused)
    with_segment = base.after([seg(1, "eye_contact", 0, 9_000)])
    shorter = with_segment.after([Put(Clip(1, "C", "c", "f", duration_ms=8_000))])
    assert shorter.broken() and with_segment.after([Put(Clip(1, "C", "c", "f", duration_ms=9_000))]).broken() == []
    assert base.after([Delete(demo)]).broken() and base.after([Delete(Coder(1, "AB"))]).broken()
    linked = base.after([seg(1, "eye_contact", 0, 5), Put(Rating(1, "warmth", 2, evidence=(1,)))])
    assert linked.broken() == [] and linked.after([Delete(Segment(1, 1, "eye_contact", 0, 5))]).broken()
    assert base.after([Put(Rating(1, "warmth", 2, evidence=(5,)))]).broken()
