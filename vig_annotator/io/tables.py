"""The tidy tables a project leaves as: coded timeline, rating sheet, per-code summary, moments.

Each table is a ``Rows``: its columns and the rows, produced afresh each time they are read, straight
from the project file one session at a time, so 100,000 segments are written without being held as
a DataFrame. ``Rows.frame()`` gives the pandas DataFrame for code that wants one.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from vig_annotator.core.model import CodeKind, Session
from vig_annotator.core.project import Project
from vig_annotator.core.scoring import totals
from vig_annotator.core.sources import column_suffix
from vig_annotator.core.sources import frame_at as camera_frame_at
from vig_annotator.core.timebase import timecode
from vig_annotator.io.rows import Rows
from vig_annotator.store.summary import code_totals, timeline_chunks
from vig_annotator.store.timing import timebase_for

if TYPE_CHECKING:
    import pandas as pd


RowsDone = Callable[[int], None]
"""Told how many rows of a table have been written so far (an export's progress)."""
REPORT_EVERY = 1_000
"""Rows between two progress reports: often enough for a smooth bar, rare enough to cost nothing."""

TIMELINE_COLUMNS = [
    "case_id", "clip", "clip_fingerprint", "session", "coder", "scheme", "scheme_version", "subject",
    "group", "code", "code_label", "kind", "start_s", "end_s", "duration_s", "start_frame",
    "end_frame", "start_tc", "end_tc", "modifiers", "note",
]
RATING_COLUMNS = [
    "case_id", "session", "coder", "scheme", "scheme_version", "row_kind", "item_number", "item",
    "item_label", "value", "not_observable", "note", "evidence_segments", "band",
]
"""``row_kind`` is ``item`` for a rated item and ``composite`` for a total (with its band)."""
SUMMARY_COLUMNS = [
    "case_id", "session", "coder", "code", "code_label", "kind", "count", "total_duration_s",
    "mean_duration_s", "percent_observed_time", "latency_s", "observed_s",
]
MOMENT_COLUMNS = [
    "case_id", "session", "coder", "order", "start_s", "end_s", "duration_s", "start_tc", "end_tc",
    "start_frame", "end_frame", "key_s", "key_tc", "key_frame", "principles", "caption", "questions",
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


def timeline_rows(project: Project, session_ids: Sequence[int] = (), formula_safe: bool = False,
                  with_paths: bool = True, rows_done: RowsDone | None = None) -> Rows:
    """One row per segment or point event, with exactly the columns of ``TIMELINE_COLUMNS``.

    With ``formula_safe`` (for files) text comes out neutralised: fixed text once per session and
    code, the note and modifiers per row. Frames are looked up for a chunk of rows at once.
    ``rows_done(n)`` hears every ``REPORT_EVERY`` rows how many rows the reader has taken (so far written).
    """
    import numpy as np

    from vig_annotator.io.pseudonyms import clip_name
    from vig_annotator.io.table_files import neutralise as safe

    neutralise = safe if formula_safe else _same
    sessions = chosen_sessions(project, session_ids)
    cameras = camera_suffixes(project, sessions)

    def parts() -> Iterator[tuple[tuple[Any, ...], tuple[Any, ...]]]:
        """(the row's fixed part, shared by a session's rows of one code; the rest of the row)."""
        done = 0
        for session in sessions:
            clip = project.clip(session.clip_id)
            coder = project.coder(session.coder_id).initials
            scheme = project.scheme_of(session)
            clip_file = Path(clip.path).name if with_paths else clip_name(clip)
            head = tuple(neutralise(v) for v in (clip.case_id, clip_file, clip.fingerprint)) + (
                session.id, neutralise(coder), neutralise(scheme.id), neutralise(scheme.version))
            fixed = {c.id: head + tuple(neutralise(v) for v in (c.subject, c.group, c.id, c.label, c.kind.value))
                     for c in scheme.codes}
            frames = np.asarray(timebase_for(project, clip).frame_ms, dtype=np.int64)
            own = {column_suffix(v): v for v in project.sources(clip.id)}
            others = [(own[c], np.asarray(timebase_for(project, own[c]).frame_ms, dtype=np.int64),
                       timebase_for(project, own[c]).duration_ms) if c in own else None for c in cameras]
            for chunk in timeline_chunks(project, session.id):
                starts = np.fromiter((r[1] for r in chunk), np.int64, len(chunk))
                ends = np.fromiter((r[2] for r in chunk), np.int64, len(chunk))
                first = _frames_at(frames, starts).tolist()
                last = _frames_at(frames, ends).tolist()
                extra = list(zip(*[_camera_frames(o, starts, ends) for o in others], strict=True)) if cameras else []
                for i, ((code_id, start, end, modifiers, note, start_tc, end_tc), f0, f1) in enumerate(zip(
                        chunk, first, last, strict=True)):
                    if rows_done is not None and not i % REPORT_EVERY:
                        rows_done(done + i)  # the rows before this one have been taken by the writer
                    prefix = fixed.get(code_id) or head + (
                        "", "", neutralise(code_id), neutralise(code_id), "point" if end == start else "state")
                    rest = (start / 1000, end / 1000, (end - start) / 1000, f0, f1, start_tc, end_tc,
                            neutralise(_modifier_text(modifiers)) if modifiers != "[]" else "",
                            neutralise(note) if note else note)
                    yield prefix, (rest + tuple(v for pair in extra[i] for v in pair)) if cameras else rest
                done += len(chunk)
        if rows_done is not None:
            rows_done(done)

    def produce() -> Iterator[tuple[Any, ...]]:
        for prefix, rest in parts():
            yield prefix + rest

    def csv_lines() -> Iterator[str]:
        """The rows as CSV lines, as ``csv.writer`` writes them; the fixed part rendered once per code."""
        rendered: dict[tuple[Any, ...], str] = {}
        for prefix, (s, e, d, f0, f1, tc0, tc1, modifiers, note) in parts():
            head = rendered.get(prefix)
            if head is None:
                head = rendered[prefix] = _csv_line(prefix)[:-2]
            if (modifiers and _needs_quotes(modifiers)) or (note and _needs_quotes(note)):
                yield head + "," + _csv_line((s, e, d, f0, f1, tc0, tc1, modifiers, note))
            else:
                yield f"{head},{s!r},{e!r},{d!r},{f0},{f1},{tc0},{tc1},{modifiers},{note}\r\n"

    def json_records() -> Iterator[str]:
        """The rows as JSON objects, as ``json.dumps`` writes them; the fixed part encoded once per code."""
        import json

        encoded: dict[tuple[Any, ...], str] = {}
        names = [json.dumps(c) for c in TIMELINE_COLUMNS]
        tail = ", ".join(f"{n}: {{}}" for n in names[len(TIMELINE_COLUMNS) - 9:])
        for prefix, (s, e, d, f0, f1, tc0, tc1, modifiers, note) in parts():
            head = encoded.get(prefix)
            if head is None:
                head = encoded[prefix] = "{" + ", ".join(
                    f"{n}: {json.dumps(v, ensure_ascii=False)}" for n, v in zip(names, prefix, strict=False)) + ", "
            yield head + tail.format(repr(s), repr(e), repr(d), f0, f1, f'"{tc0}"', f'"{tc1}"',
                                     json.dumps(modifiers, ensure_ascii=False) if modifiers else '""',
                                     json.dumps(note, ensure_ascii=False) if note else '""') + "}"

    if cameras:  # the fast writers know the usual columns only; with cameras, rows are written one by one
        columns = TIMELINE_COLUMNS + [f"{edge}_frame_{c}" for c in cameras for edge in ("start", "end")]
        dtypes = tuple((c, "Int64") for c in columns[len(TIMELINE_COLUMNS):])
        return Rows(tuple(columns), produce, dtypes, safe=formula_safe)
    return Rows(tuple(TIMELINE_COLUMNS), produce, safe=formula_safe, csv_lines=csv_lines,
                json_records=json_records)


def camera_suffixes(project: Project, sessions: Sequence[Session]) -> list[str]:
    """The further cameras of the sessions' clips, by column name (``start_frame_<name>``), first seen first."""
    found: list[str] = []
    for clip_id in dict.fromkeys(s.clip_id for s in sessions):
        for source in project.sources(clip_id):
            if column_suffix(source) not in found:
                found.append(column_suffix(source))
    return found


def _camera_frames(camera: Any, starts: Any, ends: Any) -> list[tuple[int | None, int | None]]:
    """A camera's own frames at the rows' start and end times (None where it was not recording)."""
    if camera is None:
        return [(None, None)] * len(starts)
    source, frames, duration = camera
    out = []
    for times in (starts, ends):
        local = times - source.offset_ms
        inside = (local >= 0) & (local < duration)
        found = _frames_at(frames, local)
        out.append([int(f) if ok else None for f, ok in zip(found.tolist(), inside.tolist(), strict=True)])
    return list(zip(out[0], out[1], strict=True))


def _csv_line(values: Sequence[Any]) -> str:
    import csv
    import io

    out = io.StringIO()
    csv.writer(out).writerow(values)
    return out.getvalue()


def _needs_quotes(text: str) -> bool:
    return any(ch in text for ch in ',"\r\n')


def _same(value: Any) -> Any:
    return value


def _frames_at(frame_ms: Any, times: Any) -> Any:
    """``Timebase.frame_at`` for an array of times: the last frame starting at or before, clamped."""
    import numpy as np

    if len(frame_ms) == 0:
        return np.zeros(len(times), np.int64)
    return np.clip(np.searchsorted(frame_ms, times, side="right") - 1, 0, len(frame_ms) - 1)


def _modifier_text(stored: str) -> str:
    """The file's JSON modifiers as ``format_modifiers`` text (most segments have none)."""
    if stored == "[]":
        return ""
    import json

    return format_modifiers(json.loads(stored))


def timeline_table(project: Project, session_ids: Sequence[int] = ()) -> pd.DataFrame:
    """``timeline_rows`` as a DataFrame."""
    return timeline_rows(project, session_ids).frame()


def rating_rows(project: Project, session_ids: Sequence[int] = ()) -> Rows:
    """Each rated item's value per session (``row_kind`` item), then each composite's total and band."""
    sessions = chosen_sessions(project, session_ids)

    def produce() -> Iterator[tuple[Any, ...]]:
        for session in sessions:
            scheme = project.scheme_of(session)
            if not scheme.rated_items:
                continue
            clip = project.clip(session.clip_id)
            coder = project.coder(session.coder_id)
            base = (clip.case_id, session.id, coder.initials, scheme.id, scheme.version)
            ratings = project.ratings(session.id)
            for item in scheme.rated_items:
                rating = ratings.get(item.id)
                yield (*base, "item", item.number, item.id, item.label, rating.value if rating else None,
                       bool(rating and rating.not_observable), rating.note if rating else "",
                       " ".join(map(str, rating.evidence)) if rating else "", "")
            for total in totals(scheme, ratings):
                yield (*base, "composite", None, total.composite.id, total.composite.label, total.total, False,
                       "" if total.complete else f"incomplete: {len(total.missing)} item(s) not rated", "",
                       total.band.label if total.band else "")

    return Rows(tuple(RATING_COLUMNS), produce, (("value", "Int64"), ("item_number", "Int64")))


def rating_sheet(project: Project, session_ids: Sequence[int] = ()) -> pd.DataFrame:
    """``rating_rows`` as a DataFrame."""
    return rating_rows(project, session_ids).frame()


def summary_rows(project: Project, session_ids: Sequence[int] = ()) -> Rows:
    """Per session and code of its scheme: count, total and mean duration, % of observed time, latency.

    A code never used is written with count 0 (and zero time for a state code), so a statistics
    table has its explicit zeros; mean duration and latency are empty for it (undefined).
    """
    sessions = chosen_sessions(project, session_ids)

    def produce() -> Iterator[tuple[Any, ...]]:
        for session in sessions:
            clip = project.clip(session.clip_id)
            coder = project.coder(session.coder_id)
            scheme = project.scheme_of(session)
            observed = timebase_for(project, clip).duration_ms or clip.duration_ms
            found = code_totals(project, session.id)
            for code in scheme.codes:
                count, total, first = found.get(code.id, (0, 0, None))
                state = code.kind == CodeKind.STATE
                yield (clip.case_id, session.id, coder.initials, code.id, code.label, code.kind.value, count,
                       _seconds(total) if state else None,
                       round(total / count / 1000, 3) if state and count else None,
                       round(100 * total / observed, 2) if state and observed else None,
                       _seconds(first) if first is not None else None, _seconds(observed))

    return Rows(tuple(SUMMARY_COLUMNS), produce)


def code_summary(project: Project, session_ids: Sequence[int] = ()) -> pd.DataFrame:
    """``summary_rows`` as a DataFrame."""
    return summary_rows(project, session_ids).frame()


def moment_rows(project: Project, session_ids: Sequence[int] = ()) -> Rows:
    """One row per VIG moment, with its frames and its key frame (empty when none is chosen)."""
    sessions = chosen_sessions(project, session_ids)
    cameras = camera_suffixes(project, sessions)

    def produce() -> Iterator[tuple[Any, ...]]:
        for session in sessions:
            clip = project.clip(session.clip_id)
            coder = project.coder(session.coder_id)
            frame_at = timebase_for(project, clip).frame_at
            own = {column_suffix(v): v for v in project.sources(clip.id)}
            others = [(own[c], timebase_for(project, own[c])) if c in own else None for c in cameras]
            for m in project.moments(session.id):
                key = m.key_ms
                extra = tuple(None if o is None or t is None else camera_frame_at(o[1], o[0].offset_ms, t)
                              for o in others for t in (m.start_ms, m.end_ms, key))
                yield (clip.case_id, session.id, coder.initials, m.order, _seconds(m.start_ms), _seconds(m.end_ms),
                       _seconds(m.end_ms - m.start_ms), timecode(m.start_ms), timecode(m.end_ms),
                       frame_at(m.start_ms), frame_at(m.end_ms), None if key is None else _seconds(key),
                       None if key is None else timecode(key), None if key is None else frame_at(key),
                       "; ".join(m.principles), m.caption, m.questions) + extra

    added = [f"{edge}_frame_{c}" for c in cameras for edge in ("start", "end", "key")]
    return Rows(tuple(MOMENT_COLUMNS + added), produce, (("key_frame", "Int64"), *((c, "Int64") for c in added)))


def moments_table(project: Project, session_ids: Sequence[int] = ()) -> pd.DataFrame:
    """``moment_rows`` as a DataFrame."""
    return moment_rows(project, session_ids).frame()


def all_rows(project: Project, session_ids: Sequence[int] = (), with_paths: bool = False,
             rows_done: RowsDone | None = None) -> dict[str, Rows]:
    """The four tables, streamed, as the exports write them (the timeline already formula-safe).

    ``rows_done`` hears how many timeline rows have been written: the timeline is nearly all the work.
    """
    return {
        "timeline": timeline_rows(project, session_ids, formula_safe=True, with_paths=with_paths,
                                  rows_done=rows_done),
        "ratings": rating_rows(project, session_ids),
        "summary": summary_rows(project, session_ids),
        "moments": moment_rows(project, session_ids),
    }


def all_tables(project: Project, session_ids: Sequence[int] = ()) -> dict[str, pd.DataFrame]:
    """The four tables as DataFrames."""
    return {name: rows.frame() for name, rows in all_rows(project, session_ids).items()}
