"""Comparing coded sessions: checks, the chosen method, and a report with every parameter beside every figure."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import asdict, dataclass
from typing import Any

import krippendorff
import numpy as np

from vig_annotator.core.model import Scheme, Segment, Session
from vig_annotator.core.project import Project
from vig_annotator.core.timebase import Timebase
from vig_annotator.reliability.boris_kappa import boris_kappa
from vig_annotator.reliability.events import event_agreement
from vig_annotator.reliability.kappa import Agreement
from vig_annotator.reliability.ratings import rating_agreement
from vig_annotator.reliability.time_units import NONE, Units, groups_of, labels, time_unit_agreement


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


def coded(project: Project, session_id: int, timebase: Timebase, label: str = "") -> Coded:
    session = project.session(session_id)
    clip = project.clip(session.clip_id)
    coder = project.coder(session.coder_id).initials
    return Coded(label or f"{coder} (session {session.id})", session, project.scheme_of(session), clip.fingerprint,
                 tuple(project.segments(session.id)), dict(project.ratings(session.id)), timebase)


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
    data = asdict(a)
    data["percent"] = round(a.percent, 2)
    return data


def compare(items: Sequence[Coded], method: str = "time", unit: str = "1s", tolerance: float = 0,
            window_ms: tuple[int, int] | None = None) -> dict[str, Any]:
    """The full comparison as plain data (JSON-ready): parameters, tables and figures."""
    check(items)
    a, b = items[0], items[1]
    scheme = a.scheme
    start, end = window_ms or (0, a.timebase.duration_ms)
    report: dict[str, Any] = {
        "sessions": [i.label for i in items], "clip_fingerprint": a.fingerprint,
        "scheme": f"{scheme.id} {scheme.version}", "method": method,
    }
    state_codes = [c.id for c in scheme.codes]
    if method == "time":
        units = Units.of_frames(a.timebase, start, end) if unit == "frame" else Units.of_seconds(
            _seconds(unit), start, end)
        result = time_unit_agreement(scheme, a.segments, b.segments, units, int(tolerance))
        report["parameters"] = {
            "unit": result.units, "units": result.unit_count, "window_ms": list(result.window_ms),
            "tolerance_units": result.tolerance,
            "labelling": "a unit takes the code covering its midpoint; point events the unit they fall in",
            "none_means": f"'{NONE}': no code of that mutually exclusive group at that unit",
        }
        report["groups"] = [{"group": g.group, "codes": list(g.codes), **_agreement_json(g.agreement)}
                            for g in result.groups]
        report["codes"] = [{"code": c.code, "prevalence": round(c.prevalence, 4), **_agreement_json(c.agreement)}
                           for c in result.codes]
        if len(items) >= 2:
            report["krippendorff_alpha"] = alpha_by_group(items, units)
    elif method == "event":
        tol_ms = int(tolerance * 1000) if tolerance else 1000
        ev = event_agreement(a.segments, b.segments, state_codes, tol_ms)
        report["parameters"] = {"onset_tolerance_ms": tol_ms, "min_overlap": ev.min_overlap,
                                "pairing": "greedy: same code first, then closest onsets",
                                "nil_means": "an event the other coder has no partner for"}
        report["events"] = {"matches": ev.matches, "code_mismatches": ev.code_mismatches, "misses": ev.misses,
                            "false_alarms": ev.false_alarms, **_agreement_json(ev.agreement)}
        report["pairs"] = [asdict(p) for p in ev.pairs]
    elif method == "boris":
        subject = {c.id: c.subject for c in scheme.codes}
        bk = boris_kappa(a.segments, b.segments, _seconds(unit) if unit != "frame" else 0.04,
                         subject_of=lambda s: subject.get(s.code_id, "any"))
        report["parameters"] = {"interval_s": bk.interval_s, "first_event_ms": bk.first_ms,
                                "last_event_ms": bk.last_ms, "samples": bk.samples,
                                "boundaries": "inclusive (as BORIS documents its time-slice kappa)",
                                "units": "one per sample time and subject, as BORIS counts them",
                                "categories": "the codes of that subject active at the sample (states "
                                              "inclusive of both ends, point events within half a slice)"}
        report["boris"] = _agreement_json(bk.agreement)
    else:
        raise ComparisonError(f"unknown method {method!r}; use time, event or boris")
    if scheme.rated_items and (a.ratings or b.ratings):
        ra = rating_agreement(scheme, [a.ratings], [b.ratings])
        report["ratings"] = {
            "items": [asdict(i) for i in ra.items], "band_agreement_percent": ra.band_agreement,
            "note": "one clip: weighted kappa and ICC need several clips (see exercise scoring)",
        }
    return report


def _seconds(unit: str) -> float:
    text = unit.strip().lower().removesuffix("s") or "1"
    try:
        value = float(text)
    except ValueError:
        raise ComparisonError(f"unit {unit!r}: use 'frame' or seconds such as '1s' or '0.5s'") from None
    if value <= 0:
        raise ComparisonError(f"unit {unit!r} must be positive")
    return value


def alpha_by_group(items: Sequence[Coded], units: Units) -> list[dict[str, Any]]:
    """Krippendorff's alpha (nominal) per mutually exclusive group, over all coders' unit labels."""
    found = []
    for name, members in groups_of(items[0].scheme).items():
        data = np.array([labels(i.segments, members, units) for i in items], dtype=float)
        if len(np.unique(data)) < 2:
            value = None
        else:
            value = float(krippendorff.alpha(reliability_data=data, level_of_measurement="nominal"))
        found.append({"group": name, "alpha": value, "coders": len(items)})
    return found


def as_text(report: dict[str, Any]) -> str:
    """A methods-style paragraph followed by the tables."""
    lines: list[str] = []
    p = report["parameters"]
    who = " and ".join(report["sessions"])
    if report["method"] == "time":
        lines.append(
            f"Agreement between {who} on clip {report['clip_fingerprint']} (scheme {report['scheme']}) was "
            f"computed as time-unit Cohen's kappa (Bakeman & Quera) over {p['units']} units ({p['unit']}) from "
            f"{p['window_ms'][0] / 1000:.3f} s to {p['window_ms'][1] / 1000:.3f} s, with a tolerance of "
            f"±{p['tolerance_units']} unit(s); {p['labelling']}; {p['none_means']}.")
        lines.append("")
        lines.append(f"{'group':28} {'kappa':>7} {'k max':>7} {'% agree':>8} {'units':>7}")
        for g in report["groups"]:
            lines.append(f"{g['group']:28} {_f(g['kappa']):>7} {_f(g['kappa_max']):>7} {g['percent']:8.2f} "
                         f"{g['n']:7.0f}")
        lines.append("")
        lines.append(f"{'code (2×2 with none)':28} {'kappa':>7} {'% agree':>8} {'prevalence':>10}")
        for c in report["codes"]:
            lines.append(f"{c['code']:28} {_f(c['kappa']):>7} {c['percent']:8.2f} {c['prevalence']:10.3f}")
        for a in report.get("krippendorff_alpha", []):
            lines.append(f"Krippendorff's alpha (nominal, {a['coders']} coders) for {a['group']}: {_f(a['alpha'])}")
    elif report["method"] == "event":
        e = report["events"]
        lines.append(
            f"Event-based agreement between {who}: events paired by onset within {p['onset_tolerance_ms']} ms "
            f"({p['pairing']}); nil = {p['nil_means']}. Matches {e['matches']}, code mismatches "
            f"{e['code_mismatches']}, misses {e['misses']}, false alarms {e['false_alarms']}; "
            f"kappa {_f(e['kappa'])}, agreement {e['percent']:.2f} %.")
    else:
        bk = report["boris"]
        lines.append(
            f"BORIS-compatible time-slice kappa between {who}: slices of {p['interval_s']} s from the first "
            f"event ({p['first_event_ms'] / 1000:.3f} s) to the last ({p['last_event_ms'] / 1000:.3f} s), "
            f"{p['boundaries']}, {p['samples']} samples; categories: {p['categories']}. "
            f"Kappa {_f(bk['kappa'])}, agreement {bk['percent']:.2f} %.")
    if "ratings" in report:
        lines.append("")
        lines.append(f"{'rated item':32} {'% exact':>8} {'% ±1 step':>9}")
        for item in report["ratings"]["items"]:
            lines.append(f"{item['item']:32} {item['percent_exact']:8.1f} {item['percent_within_one_step']:9.1f}")
    return "\n".join(lines)


def _f(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.3f}"
