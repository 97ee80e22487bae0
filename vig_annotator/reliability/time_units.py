"""Time-unit agreement (Bakeman & Quera): cut the clip into units, label each unit, compare labels.

A unit takes the code whose segment covers the unit's midpoint (a point event: the unit it falls in).
Each mutually exclusive group is one k×k table whose labels are its codes plus "none" (no code of the
group at that unit); a code outside any group is its own two-label group (code / none). With a
tolerance of ±t units, a disagreement is forgiven when the other coder used the first coder's code
within t units (checked both ways), and tallied as agreement on that code.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from vig_annotator.core.model import Code, CodeKind, Scheme, Segment
from vig_annotator.core.timebase import Timebase
from vig_annotator.reliability.kappa import Agreement, Cancelled, agreement, confusion

NONE = "none"
Ints = npt.NDArray[np.int64]


@dataclass(frozen=True)
class Units:
    """The unit grid: unit i covers [starts[i], ends[i])."""

    starts: Ints
    ends: Ints
    description: str

    @property
    def count(self) -> int:
        return len(self.starts)

    @property
    def mids(self) -> Ints:
        return (self.starts + self.ends) // 2

    @staticmethod
    def of_seconds(seconds: float, start_ms: int, end_ms: int) -> Units:
        step = max(1, round(seconds * 1000))
        starts = np.arange(start_ms, end_ms, step, dtype=np.int64)
        return Units(starts, np.minimum(starts + step, end_ms), f"{seconds:g} s units")

    @staticmethod
    def of_frames(timebase: Timebase, start_ms: int, end_ms: int) -> Units:
        table = np.asarray(timebase.frame_ms, dtype=np.int64)
        ends = np.append(table[1:], timebase.duration_ms)
        keep = (table >= start_ms) & (table < end_ms)
        return Units(table[keep], ends[keep], "frame units (the clip's true frame timestamps)")


@dataclass(frozen=True)
class GroupResult:
    group: str
    agreement: Agreement
    codes: tuple[str, ...]


@dataclass(frozen=True)
class CodeResult:
    code: str
    agreement: Agreement
    prevalence: float
    """Share of units where either coder… averaged: (units with the code by A + by B) / 2N."""


@dataclass(frozen=True)
class TimeUnitResult:
    units: str
    unit_count: int
    window_ms: tuple[int, int]
    tolerance: int
    groups: tuple[GroupResult, ...]
    codes: tuple[CodeResult, ...]


def groups_of(scheme: Scheme, codes: Sequence[str] | None = None) -> dict[str, list[Code]]:
    """Mutually exclusive groups (by name), and each ungrouped code as a group of its own."""
    chosen = [c for c in scheme.codes if codes is None or c.id in codes]
    found: dict[str, list[Code]] = {}
    for code in chosen:
        found.setdefault(code.exclusive_group or code.id, []).append(code)
    return found


def group_label(name: str, members: Sequence[Code]) -> str:
    """What a user calls a group: a lone code's label, else the group's name as the scheme names it.

    A name written as an identifier (``infant_gaze``) is read as words ("Infant gaze").
    """
    if len(members) == 1 and members[0].id == name:
        return members[0].label or name
    if re.fullmatch(r"[a-z][a-z0-9_]*", name):
        return name.replace("_", " ").capitalize()
    return name


def presence(segments: Sequence[Segment], code: Code, units: Units) -> npt.NDArray[np.bool_]:
    """Which units the code is present in, for one coder."""
    mine = [s for s in segments if s.code_id == code.id]
    marks = np.zeros(units.count + 1, np.int64)
    if not mine:
        return marks[:-1] > 0
    starts = np.array([s.start_ms for s in mine], np.int64)
    ends = np.array([s.end_ms for s in mine], np.int64)
    points = (ends == starts) | (code.kind == CodeKind.POINT)
    mids = units.mids
    a = np.searchsorted(mids, starts[~points], side="left")
    b = np.searchsorted(mids, ends[~points], side="left")
    np.add.at(marks, a, 1)
    np.add.at(marks, b, -1)
    covered = np.cumsum(marks[:-1]) > 0
    if points.any():
        at = np.searchsorted(units.starts, starts[points], side="right") - 1
        at = at[(at >= 0) & (starts[points] < units.ends[np.clip(at, 0, units.count - 1)])]
        covered[at] = True
    return covered


def labels(segments: Sequence[Segment], codes: Sequence[Code], units: Units) -> Ints:
    """One label per unit: 0 = none, i = codes[i-1]."""
    out = np.zeros(units.count, np.int64)
    for i, code in enumerate(codes, start=1):
        out[presence(segments, code, units)] = i
    return out


def _near(mask: npt.NDArray[np.bool_], t: int) -> npt.NDArray[np.bool_]:
    """Units within ±t of a True unit."""
    if t <= 0:
        return mask
    padded = np.concatenate((np.zeros(t + 1, np.int64), mask.astype(np.int64), np.zeros(t, np.int64)))
    sums = np.cumsum(padded)
    return (sums[2 * t + 1:] - sums[: -2 * t - 1]) > 0


def forgive(a: Ints, b: Ints, k: int, t: int) -> tuple[Ints, Ints]:
    """Apply a tolerance of ±t units: a forgiven disagreement becomes agreement on the code found."""
    if t <= 0:
        return a, b
    a2, b2 = a.copy(), b.copy()
    differ = a != b
    codes = range(1, k)  # a code, never "none", is what the other coder may have used nearby
    near_b = {c: _near(b == c, t) for c in codes}
    near_a = {c: _near(a == c, t) for c in codes}
    for c in codes:
        fix = differ & (a == c) & near_b[c]
        b2[fix] = c
        differ &= ~fix
        fix = differ & (b == c) & near_a[c]
        a2[fix] = c
        differ &= ~fix
    return a2, b2


def time_unit_agreement(scheme: Scheme, segments_a: Sequence[Segment], segments_b: Sequence[Segment],
                        units: Units, tolerance: int = 0, codes: Sequence[str] | None = None,
                        cancelled: Callable[[], bool] = lambda: False) -> TimeUnitResult:
    """Per exclusive group a k×k kappa, and per code a 2×2 kappa, over the same units.

    ``cancelled`` is asked before each group; when it says so, :class:`Cancelled` is raised.
    """
    group_results: list[GroupResult] = []
    code_results: list[CodeResult] = []
    for name, members in groups_of(scheme, codes).items():
        if cancelled():
            raise Cancelled("time-unit agreement cancelled")
        k = len(members) + 1
        a = labels(segments_a, members, units)
        b = labels(segments_b, members, units)
        a, b = forgive(a, b, k, tolerance)
        names = (NONE,) + tuple(c.id for c in members)
        group_results.append(GroupResult(name, agreement(confusion(a, b, k), names), names[1:]))
        for i, code in enumerate(members, start=1):
            pa, pb = (a == i).astype(np.int64), (b == i).astype(np.int64)
            table = confusion(pa, pb, 2)
            prevalence = float((pa.sum() + pb.sum()) / (2 * max(units.count, 1)))
            code_results.append(CodeResult(code.id, agreement(table, (NONE, code.id)), prevalence))
    window = (int(units.starts[0]), int(units.ends[-1])) if units.count else (0, 0)
    return TimeUnitResult(units.description, units.count, window, tolerance, tuple(group_results),
                          tuple(code_results))
