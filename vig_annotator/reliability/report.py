"""Comparing coded sessions: checks, the chosen method, and a report with every parameter beside every figure."""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass
from typing import Any

import numpy as np

from vig_annotator.core.model import CodeKind, Scheme, Segment, Session
from vig_annotator.core.project import Project
from vig_annotator.core.timebase import Timebase
from vig_annotator.reliability.boris_kappa import boris_kappa
from vig_annotator.reliability.events import event_agreement
from vig_annotator.reliability.kappa import Agreement, Cancelled
from vig_annotator.reliability.ratings import rating_agreement
from vig_annotator.reliability.time_units import NONE, Units, group_label, groups_of, labels, time_unit_agreement


class ComparisonError(ValueError):
    """Sessions that cannot be compared (different clips or scheme versions, nothing coded)."""


@dataclass(frozen=True)
class Coded:
    """One session to compare, with what is needed from its project."""

    label: str
    session: Session
    scheme: Scheme
    fingerprint: str
    segments: tuple[Segment, ...]
    ratings: dict[str, Any]
    timebase: Timebase
    case_id: str = ""
    """The clip's case ID, as users name the clip (the fingerprint identifies the file)."""


def coded(project: Project, session_id: int, timebase: Timebase, label: str = "",
          segments: Sequence[Segment] | None = None) -> Coded:
    """One session to compare; ``segments`` when the caller read them already (from the file)."""
    session = project.session(session_id)
    clip = project.clip(session.clip_id)
    coder = project.coder(session.coder_id).initials
    return Coded(label or f"{coder} (session {session.id})", session, project.scheme_of(session), clip.fingerprint,
                 tuple(project.segments(session.id) if segments is None else segments),
                 dict(project.ratings(session.id)), timebase, clip.case_id)


def check(items: Sequence[Coded]) -> None:
    """Refuse, with a message, sessions that cannot be compared."""
    if len(items) < 2:
        raise ComparisonError("give at least two sessions to compare")
    first = items[0]
    for other in items[1:]:
        if other.fingerprint != first.fingerprint:
            raise ComparisonError(f"{first.label} and {other.label} code different clips "
                                  f"({first.fingerprint} vs {other.fingerprint})")
        if other.scheme.key != first.scheme.key:
            raise ComparisonError(f"{first.label} uses {first.scheme.id} {first.scheme.version} but {other.label} "
                                  f"uses {other.scheme.id} {other.scheme.version}: compare sessions coded with "
                                  "the same scheme version")
    for item in items:
        if not item.segments and not item.ratings:
            raise ComparisonError(f"{item.label} is empty: nothing was coded or rated")


def _agreement_json(a: Agreement) -> dict[str, Any]:
    return {"labels": list(a.labels), "table": [list(row) for row in a.table], "observed": a.observed,
            "chance": a.chance, "kappa": a.kappa, "kappa_max": a.kappa_max, "n": a.n,
            "percent": round(a.percent, 2)}


def compare(items: Sequence[Coded], method: str = "time", unit: str = "1s", tolerance: float = 0,
            window_ms: tuple[int, int] | None = None, codes: Sequence[str] | None = None,
            subjects: Sequence[str] | None = None,
            cancelled: Callable[[], bool] = lambda: False) -> dict[str, Any]:
    """The full comparison as plain data (JSON-ready): parameters, tables and figures.

    ``cancelled`` is asked between steps (and inside the long ones); when it says so,
    ``reliability.kappa.Cancelled`` is raised and nothing is returned.

    The first two sessions' figures are at the top level; with three or more, ``pairwise`` holds every
    pair's (the first included) and Krippendorff's alpha is computed across all of them. ``codes``
    restricts the codes compared; ``subjects`` the subjects of the BORIS-compatible method (default:
    the subjects either coder used, as BORIS's dialog pre-selects).
    """
    check(items)
    a = items[0]
    scheme = a.scheme
    known = {c.id for c in scheme.codes}
    unknown = [c for c in codes or () if c not in known]
    if unknown:
        raise ComparisonError(f"--codes: {', '.join(unknown)} not in scheme {scheme.id} {scheme.version} "
                              f"(its codes: {', '.join(sorted(known))})")
    if subjects is not None and method != "boris":
        raise ComparisonError("--subjects applies to --method boris (time and event compare codes)")
    if codes is not None and not codes:
        raise ComparisonError("--codes: the list is empty (give code ids separated by commas)")
    _check_tolerance(method, tolerance)
    start, end = window_ms or (0, a.timebase.duration_ms)
    chosen = [c.id for c in scheme.codes if codes is None or c.id in codes]
    report: dict[str, Any] = {
        "sessions": [i.label for i in items], "case_id": a.case_id, "clip_fingerprint": a.fingerprint,
        "scheme": f"{scheme.id} {scheme.version}", "method": method, "codes_compared": chosen,
        "code_labels": {c.id: c.label or c.id for c in scheme.codes if c.id in chosen},
    }
    if method not in ("time", "event", "boris"):
        raise ComparisonError(f"unknown method {method!r}; use time, event or boris")
    units = None
    if method == "time":
        units = Units.of_frames(a.timebase, start, end) if unit == "frame" else Units.of_seconds(
            _seconds(unit), start, end)
    pairs = [(x, y) for i, x in enumerate(items) for y in items[i + 1:]]
    figures = []
    for x, y in pairs:
        _stop_if(cancelled)
        figures.append(_pair(x, y, method, unit, tolerance, units, chosen, subjects, cancelled))
    _stop_if(cancelled)
    report["parameters"] = figures[0].pop("parameters")
    for other in figures[1:]:
        other.pop("parameters")
    report.update(figures[0])
    report.pop("coders_compared", None)
    if len(items) > 2:
        report["pairwise"] = figures
    if method == "time" and units is not None:
        report["krippendorff_alpha"] = alpha_by_group(items, units, chosen)
    elif len(items) > 2:
        alpha_units = Units.of_seconds(_seconds(unit) if unit != "frame" else 1.0, start, end)
        report["krippendorff_alpha"] = alpha_by_group(items, alpha_units, chosen)
        report["krippendorff_alpha_units"] = alpha_units.description
    _stop_if(cancelled)
    if scheme.rated_items and any(i.ratings for i in items):
        report["ratings"] = _ratings(scheme, items)
    return report


def _stop_if(cancelled: Callable[[], bool]) -> None:
    if cancelled():
        raise Cancelled("comparison cancelled")


def _pair(a: Coded, b: Coded, method: str, unit: str, tolerance: float, units: Units | None,
          codes: Sequence[str], subjects: Sequence[str] | None,
          cancelled: Callable[[], bool] = lambda: False) -> dict[str, Any]:
    """One pair of coders' figures (and the parameters they were computed with)."""
    scheme = a.scheme
    found: dict[str, Any] = {"coders_compared": [a.label, b.label]}
    if method == "time":
        assert units is not None
        result = time_unit_agreement(scheme, a.segments, b.segments, units, int(tolerance), codes, cancelled)
        found["parameters"] = {
            "unit": result.units, "units": result.unit_count, "window_ms": list(result.window_ms),
            "tolerance_units": result.tolerance,
            "labelling": "a unit takes the code covering its midpoint; point events the unit they fall in",
            "none_means": f"'{NONE}': no code of that mutually exclusive group at that unit",
        }
        members = groups_of(scheme, codes)
        label = {c.id: c.label or c.id for c in scheme.codes}
        found["groups"] = [{"group": g.group, "label": group_label(g.group, members[g.group]), "codes": list(g.codes),
                            **_agreement_json(g.agreement)} for g in result.groups]
        found["codes"] = [{"code": c.code, "label": label.get(c.code, c.code), "prevalence": round(c.prevalence, 4),
                           **_agreement_json(c.agreement)} for c in result.codes]
    elif method == "event":
        tol_ms = int(tolerance * 1000) if tolerance else 1000
        ev = event_agreement(a.segments, b.segments, codes, tol_ms, cancelled=cancelled)
        found["parameters"] = {"onset_tolerance_ms": tol_ms, "min_overlap": ev.min_overlap,
                               "pairing": "greedy: same code first, then closest onsets",
                               "nil_means": "an event the other coder has no partner for"}
        found["events"] = {"matches": ev.matches, "code_mismatches": ev.code_mismatches, "misses": ev.misses,
                           "false_alarms": ev.false_alarms, **_agreement_json(ev.agreement)}
        found["pairs"] = [{"a": p.a, "b": p.b, "code_a": p.code_a, "code_b": p.code_b,
                           "onset_a_ms": p.onset_a_ms, "onset_b_ms": p.onset_b_ms} for p in ev.pairs]
    else:
        subject = {c.id: c.subject for c in scheme.codes}
        points = [c.id for c in scheme.codes if c.kind == CodeKind.POINT]
        wanted = set(codes)
        bk = boris_kappa([s for s in a.segments if s.code_id in wanted],
                         [s for s in b.segments if s.code_id in wanted],
                         _seconds(unit) if unit != "frame" else 0.04,
                         subject_of=lambda s: subject.get(s.code_id, "any"), subjects=subjects,
                         point_codes=points)
        found["parameters"] = {"interval_s": bk.interval_s, "first_event_ms": bk.first_ms,
                               "last_event_ms": bk.last_ms, "samples": bk.samples,
                               "subjects": list(bk.subjects),
                               "boundaries": "inclusive (as BORIS documents its time-slice kappa)",
                               "units": "one per sample time and subject, as BORIS counts them",
                               "categories": "the codes of that subject active at the sample (states "
                                             "inclusive of both ends, a zero-length state at its instant, "
                                             "point events within half a slice)",
                               "single_category": "when both coders used one and the same category "
                                                  "throughout, kappa is undefined; BORIS reports 1 and so "
                                                  "does this report"}
        found["boris"] = _agreement_json(bk.agreement)
        if not bk.agreement.table:
            found["boris"]["table"] = None
            found["boris"]["table_note"] = (f"{len(bk.agreement.labels)} categories (combinations of codes): "
                                            f"too many to list as a grid; the labels are listed")
        found["boris"]["kappa_undefined"] = bk.agreement.kappa is None
        if bk.agreement.kappa is None and bk.agreement.n:
            found["boris"]["kappa"] = 1.0
    return found


def _ratings(scheme: Scheme, items: Sequence[Coded]) -> dict[str, Any]:
    a, b = items[0], items[1]
    ra = rating_agreement(scheme, [a.ratings], [b.ratings])
    values = [{"item": item.id, "number": item.number, "label": item.label,
               **{i.label: _rated(i.ratings.get(item.id)) for i in items}} for item in scheme.rated_items]
    return {"items": [asdict(i) for i in ra.items], "band_agreement_percent": ra.band_agreement,
            "values": values, "note": "one clip: weighted kappa and ICC need several clips (see exercise scoring)"}


def _rated(rating: Any) -> Any:
    if rating is None:
        return None
    return "n/o" if rating.not_observable else rating.value


def _seconds(unit: str) -> float:
    """A unit such as ``1s`` or ``0.5s`` in seconds: a whole number of milliseconds, 1 ms to a day."""
    text = unit.strip().lower().removesuffix("s") or "1"
    if not re.fullmatch(r"(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:e[+-]?[0-9]{1,3})?", text):
        raise ComparisonError(f"--unit {unit!r}: use 'frame' or seconds such as '1s' or '0.5s'")
    value = float(text)
    if not 0.001 <= value <= 86_400:
        raise ComparisonError(f"--unit {unit!r} is out of range (expected 0.001s to 86400s)")
    if abs(value * 1000 - round(value * 1000)) > 1e-6:
        raise ComparisonError(f"--unit {unit!r} is not a whole number of milliseconds (times are kept in ms)")
    return value


def _check_tolerance(method: str, tolerance: float) -> None:
    """``--tolerance``: whole units for the time method, seconds for the event method; never negative."""
    if not math.isfinite(tolerance) or not 0 <= tolerance <= 86_400:
        raise ComparisonError(f"--tolerance {tolerance:g} is out of range (expected 0 to 86400)")
    if method == "time" and tolerance != int(tolerance):
        raise ComparisonError(f"--tolerance {tolerance:g}: the time method counts whole units")


def alpha_by_group(items: Sequence[Coded], units: Units,
                   codes: Sequence[str] | None = None) -> list[dict[str, Any]]:
    """Krippendorff's alpha (nominal) per mutually exclusive group, over all coders' unit labels."""
    import krippendorff

    found = []
    for name, members in groups_of(items[0].scheme, codes).items():
        data = np.array([labels(i.segments, members, units) for i in items], dtype=float)
        if len(np.unique(data)) < 2:
            value = None
        else:
            value = float(krippendorff.alpha(reliability_data=data, level_of_measurement="nominal"))
        found.append({"group": name, "label": group_label(name, members), "alpha": value, "coders": len(items)})
    return found


from vig_annotator.reliability.report_text import as_text  # noqa: E402 - the text form, re-exported

__all__ = ["Coded", "ComparisonError", "alpha_by_group", "as_text", "check", "coded", "compare"]
