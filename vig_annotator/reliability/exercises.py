"""Trainer exercises: gold-standard sessions, blind trainee packages, and scored returns.

An exercise is stored in the trainer's project (a ``Setting`` named ``exercise:<name>``). Its trainee
package is a new project file holding the scheme, the clips (referenced, by fingerprint) and one
blind session per clip — never the gold codes. Scoring opens returned packages read-only and compares
each trainee session with the gold session on the same clip.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd

from vig_annotator.core.commands import edit
from vig_annotator.core.model import Coder, Purpose, Role, Scheme, Session, Setting
from vig_annotator.core.project import Project, Put
from vig_annotator.core.timebase import timecode
from vig_annotator.reliability.time_units import NONE, Units, group_label, groups_of, labels, time_unit_agreement
from vig_annotator.store import clips as clip_store
from vig_annotator.store import timing
from vig_annotator.store.opening import create_project, open_project

PLACEHOLDER = "TRAINEE"
"""The coder of a package written without the trainee's pseudonym; the app asks for one when it is opened."""

RULES = {"items_exact": "≥ {t:.0%} of rated items exact across clips",
         "code_kappa": "time-unit kappa (1 s units) ≥ {t:.2f} for every code the gold standard uses"}


def verdict(passed: bool) -> str:
    """The one word for a result, the same in the CLI, the app and the report: "pass" or "not yet"."""
    return "pass" if passed else "not yet"


class ExerciseError(ValueError):
    """An exercise that cannot be made or scored as asked (nothing partial is written)."""


@dataclass(frozen=True)
class Exercise:
    name: str
    id: str
    gold: tuple[int, ...]
    rule: str
    threshold: float

    def describe(self) -> str:
        return RULES[self.rule].format(t=self.threshold)


def create_exercise(project: Project, name: str, gold_sessions: Sequence[int], rule: str = "items_exact",
                    threshold: float = 0.8) -> Exercise:
    """Record an exercise over gold-standard sessions in the trainer's project."""
    if rule not in RULES:
        raise ExerciseError(f"unknown pass rule {rule!r}; use {' or '.join(RULES)}")
    if not gold_sessions:
        raise ExerciseError("an exercise needs at least one gold-standard session")
    sessions = [project.session(s) for s in gold_sessions]
    if len({s.scheme_key for s in sessions}) != 1:
        raise ExerciseError("the gold sessions use different schemes or scheme versions")
    if len({s.clip_id for s in sessions}) != len(sessions):
        raise ExerciseError("give one gold session per clip")
    for s in sessions:
        if not project.segments(s.id) and not project.ratings(s.id):
            raise ExerciseError(f"gold session {s.id} is empty")
    exercise = Exercise(name, uuid.uuid4().hex, tuple(gold_sessions), rule, threshold)
    setting = Setting(f"exercise:{name}", {"name": name, "id": exercise.id, "gold": list(exercise.gold),
                                          "rule": rule, "threshold": threshold})
    before = project.entities["setting"].get(setting.key)
    project.run(edit(f"New exercise {name}", [(before, setting)] + [(s, _as_gold(s)) for s in sessions]))
    return exercise


def _as_gold(session: Session) -> Session:
    from dataclasses import replace

    return replace(session, purpose=Purpose.GOLD_STANDARD)


def exercise_names(project: Project) -> list[str]:
    """The exercises recorded in this (trainer's) project."""
    return sorted(str(k).removeprefix("exercise:") for k in project.entities["setting"]
                  if str(k).startswith("exercise:"))


def load_exercise(project: Project, name: str) -> Exercise:
    data = project.setting(f"exercise:{name}")
    if not isinstance(data, dict):
        known = exercise_names(project)
        raise ExerciseError(f"the project has no exercise {name!r} (it has: {', '.join(known) or 'none'})")
    return Exercise(data["name"], data["id"], tuple(data["gold"]), data["rule"], float(data["threshold"]))


def package(project: Project, name: str, out: str | Path, trainee_name: str = "") -> Path:
    """Write the blind trainee package for one trainee (a pseudonym): scheme, clips by reference, empty sessions.

    Without ``trainee_name`` the coder is :data:`PLACEHOLDER`, and the app asks the trainee when they open it.
    """
    exercise = load_exercise(project, name)
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)  # like an export: a new folder for the packages is made
    initials = trainee_name.strip() or PLACEHOLDER
    trainee = create_project(out)
    try:
        coder = Coder(1, initials, Role.TRAINEE)
        ops: list[Any] = [Put(coder), Put(Setting("exercise", {"name": exercise.name, "id": exercise.id}))]
        for n, session_id in enumerate(exercise.gold, start=1):
            gold = project.session(session_id)
            clip = project.clip(gold.clip_id)
            scheme = project.scheme_of(gold)
            stored = timing.load_table(project, clip.fingerprint)
            if stored is not None:
                timing.save_table(trainee, clip.fingerprint, stored[0], stored[1])
            source = clip_store.resolve(project, clip)
            from dataclasses import replace

            ops += [Put(scheme), Put(replace(clip, id=n, path=clip_store.stored_path(trainee, source))),
                    Put(Session(n, n, coder.id, scheme.id, scheme.version, Purpose.EXERCISE_ATTEMPT, blind=True))]
        trainee.run(edit("Write trainee package", [(None, op.entity) for op in ops]), undoable=False)
    except BaseException:
        trainee.close()
        out.unlink(missing_ok=True)
        raise
    trainee.close()
    return out


@dataclass
class Score:
    """One trainee's result."""

    trainee: str
    file: str
    passed: bool
    figure: float
    rows: list[dict[str, Any]] = field(default_factory=list)
    disagreements: list[dict[str, Any]] = field(default_factory=list)
    because: str = ""
    """What drove the figure: the code with the lowest kappa, or the items not matched."""
    notes: list[str] = field(default_factory=list)
    """Which session was scored on each clip when there was a choice, and empty sessions."""

    @property
    def verdict(self) -> str:
        return verdict(self.passed)


def score(project: Project, name: str, files: Sequence[str | Path]) -> tuple[Exercise, list[Score]]:
    """Score returned trainee packages against the gold standard; all files are checked first."""
    exercise = load_exercise(project, name)
    opened: list[tuple[Path, Project]] = []
    try:
        for f in files:
            trainee = open_project(f, read_only=True)
            opened.append((Path(f), trainee))
            tag = trainee.setting("exercise")
            if not isinstance(tag, dict) or tag.get("id") != exercise.id:
                raise ExerciseError(f"{f}: is not a trainee file for exercise {exercise.name!r}")
        return exercise, [_score_one(project, exercise, path, trainee) for path, trainee in opened]
    finally:
        for _path, trainee in opened:
            trainee.close()


def trainee_name(trainee: Project, path: Path) -> str:
    """The trainee's pseudonym; a package never named is told apart by its file name."""
    names = [c.initials for c in trainee.coders if c.role is Role.TRAINEE] or [c.initials for c in trainee.coders]
    name = names[0] if names else PLACEHOLDER
    return f"{path.stem} (unnamed)" if name == PLACEHOLDER else name


def scored_session(trainee: Project, path: Path, clip_fingerprint: str, case_id: str,
                   scheme_key: tuple[str, str]) -> tuple[Session, list[str]]:
    """The trainee's session to score on a clip: the one with the gold's scheme that has the most codings.

    Coding imported into a package lands in a new session, so the blind one may be empty; the fullest
    is scored and the choice is noted. A clip coded only with another scheme is refused, saying so.
    """
    on_clip = [s for s in trainee.sessions if trainee.clip(s.clip_id).fingerprint == clip_fingerprint]
    match = [s for s in on_clip if s.scheme_key == scheme_key]
    if not match:
        others = ", ".join(f"session {s.id} ({s.scheme_id} {s.scheme_version})" for s in on_clip) or "none"
        raise ExerciseError(f"{path}: has no session on clip {case_id} with scheme {scheme_key[0]} "
                            f"{scheme_key[1]} (sessions on that clip: {others}); import the coding with that scheme")

    def size(s: Session) -> int:
        return len(trainee.segments(s.id)) + len(trainee.ratings(s.id))

    best = max(match, key=lambda s: (size(s), -s.id))
    notes: list[str] = []
    if size(best) == 0:
        notes.append(f"clip {case_id}: nothing coded")
    elif len(match) > 1:
        rest = [f"{s.id} ({size(s)})" for s in match if s is not best]
        notes.append(f"clip {case_id}: scored session {best.id} ({size(best)} codings); "
                     f"not scored: session {', '.join(rest)}")
    return best, notes


def _score_one(project: Project, exercise: Exercise, path: Path, trainee: Project) -> Score:
    coder = trainee_name(trainee, path)
    result = Score(coder, str(path), False, 0.0)
    exact = total = 0
    kappas: list[tuple[float, str, str]] = []  # (kappa, code label, clip)
    missed: list[str] = []
    for session_id in exercise.gold:
        gold = project.session(session_id)
        clip = project.clip(gold.clip_id)
        scheme = project.scheme_of(gold)
        mine, notes = scored_session(trainee, path, clip.fingerprint, clip.case_id, gold.scheme_key)
        result.notes += notes
        gold_ratings = project.ratings(gold.id)
        their_ratings = trainee.ratings(mine.id)
        for item in scheme.rated_items:
            g, t = gold_ratings.get(item.id), their_ratings.get(item.id)
            if g is None or g.value is None:
                continue
            total += 1
            same = t is not None and t.value == g.value
            exact += same
            result.rows.append({"trainee": coder, "clip": clip.case_id, "kind": "item", "what": item.label,
                                "gold": g.value, "trainee_value": t.value if t else None, "agree": same})
            if not same:
                missed.append(item.label)
                result.disagreements.append({"trainee": coder, "clip": clip.case_id, "what": item.label,
                                             "at": "", "gold": g.value, "trainee_value": t.value if t else None,
                                             "gold_note": g.note, "fingerprint": clip.fingerprint,
                                             "start_ms": None})
        gold_segments = project.segments(gold.id)
        their_segments = trainee.segments(mine.id)
        if gold_segments:
            timebase = timing.timebase_for(project, clip)
            units = Units.of_seconds(1.0, 0, timebase.duration_ms)
            used = {s.code_id for s in gold_segments}
            tu = time_unit_agreement(scheme, gold_segments, their_segments, units, codes=sorted(used))
            for c in tu.codes:
                value = c.agreement.kappa
                kappas.append((value if value is not None else 0.0, _label(scheme, c.code), clip.case_id))
                result.rows.append({"trainee": coder, "clip": clip.case_id, "kind": "code",
                                    "what": _label(scheme, c.code),
                                    "gold": None, "trainee_value": None, "agree": None,
                                    "kappa": value, "percent": round(c.agreement.percent, 2)})
            for group, members in groups_of(scheme, sorted(used)).items():
                a = labels(gold_segments, members, units)
                b = labels(their_segments, members, units)
                for start, end in spans(a, b):
                    gold_code = members[int(a[start]) - 1].id if a[start] else NONE
                    their_code = members[int(b[start]) - 1].id if b[start] else NONE
                    note = next((s.note for s in gold_segments if s.code_id == gold_code and s.note
                                 and s.start_ms <= units.mids[start] < max(s.end_ms, s.start_ms + 1)), "")
                    result.disagreements.append({
                        "trainee": coder, "clip": clip.case_id, "what": group_label(group, members),
                        "at": f"{timecode(int(units.starts[start]))}–{timecode(int(units.ends[end - 1]))}",
                        "gold": _label(scheme, gold_code), "trainee_value": _label(scheme, their_code),
                        "gold_code": gold_code, "trainee_code": their_code, "gold_note": note,
                        "fingerprint": clip.fingerprint, "start_ms": int(units.starts[start])})
    if exercise.rule == "items_exact":
        result.figure = exact / total if total else 0.0
        result.because = (f"{exact} of {total} items exact" + (f"; not matched: {', '.join(missed)}" if missed else "")
                          if total else "the gold standard rates no items")
    else:
        result.figure = min(k for k, _l, _c in kappas) if kappas else 0.0
        if kappas:
            low = sorted(kappas)[:3]
            result.because = "lowest kappa: " + ", ".join(f"{label} {k:.2f} (clip {c})" for k, label, c in low)
        else:
            result.because = "the gold standard codes no segments"
    result.passed = bool((total or kappas) and result.figure >= exercise.threshold)
    return result


def _label(scheme: Scheme, code_id: str) -> str:
    try:
        return str(scheme.code(code_id).label)
    except KeyError:
        return code_id


def spans(a: Any, b: Any) -> list[tuple[int, int]]:
    """Runs of units ``[start, end)`` where the two label sequences differ, split wherever either changes."""
    found: list[tuple[int, int]] = []
    start: int | None = None
    for i in range(len(a) + 1):
        here = (int(a[i]), int(b[i])) if i < len(a) else None
        differs = here is not None and here[0] != here[1]
        if start is not None and (not differs or here != (int(a[start]), int(b[start]))):
            found.append((start, i))
            start = None
        if differs and start is None:
            start = i
    return found


def report_tables(exercise: Exercise, scores: Sequence[Score]) -> dict[str, pd.DataFrame]:
    """Summary per trainee, details per clip × item/code, and every disagreement with its timestamps."""
    summary = pd.DataFrame([{"trainee": s.trainee, "file": s.file, "rule": exercise.describe(),
                             "figure": round(s.figure, 4), "result": s.verdict, "because": s.because,
                             "notes": "; ".join(s.notes)} for s in scores])
    details = pd.DataFrame([r for s in scores for r in s.rows])
    disagreements = pd.DataFrame([d for s in scores for d in s.disagreements],
                                 columns=["trainee", "clip", "what", "at", "gold", "trainee_value", "gold_note"])
    return {"summary": summary, "details": details, "disagreements": disagreements}
