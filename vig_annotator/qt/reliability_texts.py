"""The Reliability panel's words in the user's language: who is compared, and how (the methods sentence).

The report's text form (``reliability.report_text``) stays English for files and the terminal; the panel
composes its own sentences from the report's figures, each a whole translatable sentence.
"""

from __future__ import annotations

from typing import Any

from vig_annotator.core.project import Project
from vig_annotator.qt.i18n import tr


def session_label(project: Project, session_id: int) -> str:
    """"AB (session 1)": the coder's initials and the session, as the panel names each side."""
    session = project.session(session_id)
    return tr("{coder} (session {number})").format(coder=project.coder(session.coder_id).initials,
                                                     number=session.id)


def sides(a: str, b: str) -> str:
    return tr("A = {a}, B = {b}").format(a=a, b=b)


def description(report: dict[str, Any]) -> str:
    """One sentence saying what was compared and how, as the methods paragraph's first sentence does."""
    names = list(report["sessions"])
    who = tr("{first} and {last}").format(first=", ".join(names[:-1]), last=names[-1])
    case_id = report.get("case_id") or ""
    clip = (tr("case {case_id}").format(case_id=case_id) if case_id  # as users name a clip; else its fingerprint
            else tr("clip {fingerprint}").format(fingerprint=report.get("clip_fingerprint", "")))
    p = report["parameters"]
    if report["method"] == "time":
        return tr("Agreement between {who} on {clip} (scheme {scheme}): time-unit Cohen's kappa over {units} "
                  "units ({unit}) from {start} s to {end} s, tolerance ±{tolerance} unit(s); a unit takes the code "
                  "covering its midpoint, a point event the unit it falls in; “none”: no code of that group "
                  "at that unit.").format(
            who=who, clip=clip, scheme=report["scheme"], units=p["units"], unit=p["unit"],
            start=f"{p['window_ms'][0] / 1000:.3f}", end=f"{p['window_ms'][1] / 1000:.3f}",
            tolerance=p["tolerance_units"])
    if report["method"] == "event":
        return tr("Event-based agreement between {who} on {clip} (scheme {scheme}): events paired by onset "
                  "within {ms} ms, the same code first, then the closest onsets; nil = an event the other coder "
                  "has no partner for.").format(who=who, clip=clip, scheme=report["scheme"],
                                                ms=p["onset_tolerance_ms"])
    return tr("Time-slice kappa (as BORIS computes it) between {who} on {clip} (scheme {scheme}).").format(
        who=who, clip=clip, scheme=report["scheme"])
