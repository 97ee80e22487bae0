"""The tidy tables a project leaves as: coded timeline, rating sheet, per-code summary, moments.

Each table is a pandas DataFrame built by a pure function of the project and the sessions chosen.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import pandas as pd

from vig_annotator.core.model import CodeKind, Session
from vig_annotator.core.project import Project
from vig_annotator.core.scoring import totals
from vig_annotator.core.timebase import timecode
from vig_annotator.store.timing import timebase_for

TIMELINE_COLUMNS = [
    "case_id", "clip", "clip_fingerprint", "session", "coder", "scheme", "scheme_version", "subject",
    "group", "code", "code_label", "kind", "start_s", "end_s", "duration_s", "start_frame",
    "end_frame", "start_tc", "end_tc", "modifiers", "note",
]
RATING_COLUMNS = [
    "case_id", "session", "coder", "scheme", "scheme_version", "item_number", "item", "item_label",
    "value", "not_observable", "note", "evidence_segments", "band",
]
SUMMARY_COLUMNS = [
    "case_id", "session", "coder", "code", "code_label", "kind", "count", "total_duration_s",
    "mean_duration_s", "percent_observed_time", "latency_s", "observed_s",
]
MOMENT_COLUMNS = [
    "case_id", "session", "coder", "order", "start_s", "end_s", "duration_s", "start_tc", "end_tc",
    "principles", "caption", "questions",
]


def chosen_sessions(project: Project, session_ids: Sequence[int] = ()) -> list[Session]:
    """The sessions asked for (all when none are named); an unknown id is a KeyError naming it."""
    if not session_ids:
        return project.sessions
    return [project.session(i) for i in session_ids]


def format_modifiers(modifiers: Sequence[tuple[str, Sequence[str]]]) -> str:
    """``name=a|b; other=c``: readable in a spreadsheet and parsed back by the table import."""
    return "; ".join(f"{name}={'|'.join(values)}" for name, values in modifiers if values)


def parse_modifiers(text: str) -> tuple[tuple[str, tuple[str, ...]], ...]:
    found: list[tuple[str, tuple[str, ...]]] = []
    for part in str(text or "").split(";"):
        if "=" in part:
            name, values = part.split("=", 1)
            found.append((name.strip(), tuple(v.strip() for v in values.split("|") if v.strip())))
    return tuple(found)


def _seconds(ms: int) -> float:
    return round(ms / 1000, 3)


def timeline_table(project: Project, session_ids: Sequence[int] = ()) -> pd.DataFrame:
    """One row per segment or point event, with exactly the columns of ``TIMELINE_COLUMNS``."""
    rows = []
    for session in chosen_sessions(project, session_ids):
        clip = project.clip(session.clip_id)
        coder = project.coder(session.coder_id).initials
        scheme = project.scheme_of(session)
        codes = {c.id: c for c in scheme.codes}
        frame_at = timebase_for(project, clip).frame_at
        name = Path(clip.path).name
        for seg in project.segments(session.id):
            code = codes.get(seg.code_id)
            kind = code.kind.value if code else ("point" if seg.end_ms == seg.start_ms else "state")
            rows.append((
                clip.case_id, name, clip.fingerprint, session.id, coder, scheme.id, scheme.version,
                code.subject if code else "", code.group if code else "", seg.code_id,
                code.label if code else seg.code_id, kind, seg.start_ms / 1000, seg.end_ms / 1000,
                (seg.end_ms - seg.start_ms) / 1000, frame_at(seg.start_ms), frame_at(seg.end_ms),
                timecode(seg.start_ms), timecode(seg.end_ms), format_modifiers(seg.modifiers), seg.note,
            ))
    return pd.DataFrame.from_records(rows, columns=TIMELINE_COLUMNS)


def rating_sheet(project: Project, session_ids: Sequence[int] = ()) -> pd.DataFrame:
    """Each rated item's value per session, then one row per composite with its total and band."""
    rows = []
    for session in chosen_sessions(project, session_ids):
        scheme = project.scheme_of(session)
        if not scheme.rated_items:
            continue
        clip = project.clip(session.clip_id)
        coder = project.coder(session.coder_id)
        base = {"case_id": clip.case_id, "session": session.id, "coder": coder.initials,
                "scheme": scheme.id, "scheme_version": scheme.version}
        ratings = project.ratings(session.id)
        for item in scheme.rated_items:
            rating = ratings.get(item.id)
            rows.append({**base, "item_number": item.number, "item": item.id, "item_label": item.label,
                         "value": rating.value if rating else None,
                         "not_observable": bool(rating and rating.not_observable),
                         "note": rating.note if rating else "",
                         "evidence_segments": " ".join(map(str, rating.evidence)) if rating else "",
                         "band": ""})
        for total in totals(scheme, ratings):
            rows.append({**base, "item_number": None, "item": total.composite.id,
                         "item_label": total.composite.label, "value": total.total,
                         "not_observable": False,
                         "note": "" if total.complete else f"incomplete: {len(total.missing)} item(s) not rated",
                         "evidence_segments": "", "band": total.band.label if total.band else ""})
    frame = pd.DataFrame(rows, columns=RATING_COLUMNS)
    return frame.astype({"value": "Int64", "item_number": "Int64"})


def code_summary(project: Project, session_ids: Sequence[int] = ()) -> pd.DataFrame:
    """Per session and code: count, total and mean duration, % of observed time, latency to onset."""
    rows = []
    for session in chosen_sessions(project, session_ids):
        clip = project.clip(session.clip_id)
        coder = project.coder(session.coder_id)
        scheme = project.scheme_of(session)
        observed = timebase_for(project, clip).duration_ms or clip.duration_ms
        segments = project.segments(session.id)
        for code in scheme.codes:
            mine = [s for s in segments if s.code_id == code.id]
            if not mine:
                continue
            state = code.kind == CodeKind.STATE
            total = sum(s.duration_ms for s in mine)
            rows.append({
                "case_id": clip.case_id, "session": session.id, "coder": coder.initials,
                "code": code.id, "code_label": code.label, "kind": code.kind.value, "count": len(mine),
                "total_duration_s": _seconds(total) if state else None,
                "mean_duration_s": round(total / len(mine) / 1000, 3) if state else None,
                "percent_observed_time": round(100 * total / observed, 2) if state and observed else None,
                "latency_s": _seconds(min(s.start_ms for s in mine)),
                "observed_s": _seconds(observed),
            })
    return pd.DataFrame(rows, columns=SUMMARY_COLUMNS)


def moments_table(project: Project, session_ids: Sequence[int] = ()) -> pd.DataFrame:
    rows = []
    for session in chosen_sessions(project, session_ids):
        clip = project.clip(session.clip_id)
        coder = project.coder(session.coder_id)
        for m in project.moments(session.id):
            rows.append({
                "case_id": clip.case_id, "session": session.id, "coder": coder.initials,
                "order": m.order, "start_s": _seconds(m.start_ms), "end_s": _seconds(m.end_ms),
                "duration_s": _seconds(m.end_ms - m.start_ms), "start_tc": timecode(m.start_ms),
                "end_tc": timecode(m.end_ms), "principles": "; ".join(m.principles),
                "caption": m.caption, "questions": m.questions,
            })
    return pd.DataFrame(rows, columns=MOMENT_COLUMNS)


def all_tables(project: Project, session_ids: Sequence[int] = ()) -> dict[str, pd.DataFrame]:
    return {
        "timeline": timeline_table(project, session_ids),
        "ratings": rating_sheet(project, session_ids),
        "summary": code_summary(project, session_ids),
        "moments": moments_table(project, session_ids),
    }
