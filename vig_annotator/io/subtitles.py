"""SRT and WebVTT: the coding as subtitles, so any video player can show it over the clip.

Each segment is a cue with its code label (and note); a point event is shown for one second; VIG
moments are cues too ("Moment 2: caption"). A cue's text is one line: no note can end a cue or
forge another (line breaks become spaces, the ``-->`` arrow is replaced); WebVTT text is escaped, and
SRT, which has no escapes, gets ``‹ ›`` for angle brackets (no ``<script>`` or ``<font>`` reaches a player).
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from vig_annotator.core.project import Project
from vig_annotator.core.timebase import timecode
from vig_annotator.io.table_files import atomic_path, plain_text
from vig_annotator.io.tables import chosen_sessions

POINT_SHOW_MS = 1000


def _cues(project: Project, session_ids: Sequence[int]) -> list[tuple[int, int, str]]:
    cues: list[tuple[int, int, str]] = []
    sessions = chosen_sessions(project, session_ids)
    several = len(sessions) > 1
    for session in sessions:
        scheme = project.scheme_of(session)
        who = f"{project.coder(session.coder_id).initials}: " if several else ""
        for seg in project.segments(session.id):
            label = scheme.code(seg.code_id).label if scheme.has_code(seg.code_id) else seg.code_id
            end = seg.end_ms if seg.end_ms > seg.start_ms else seg.start_ms + POINT_SHOW_MS
            cues.append((seg.start_ms, end, who + label + (f" — {seg.note}" if seg.note else "")))
        for m in project.moments(session.id):
            cues.append((m.start_ms, m.end_ms, f"{who}Moment {m.order}" + (f": {m.caption}" if m.caption else "")))
    return sorted(cues)


def _one_line(text: str) -> str:
    return plain_text(text, " ").strip()


def _srt_text(text: str) -> str:
    """SRT has no escapes and players read ``<b>``, ``<font>``… as markup: angle brackets become ‹ ›."""
    return _one_line(text).replace("-->", "→").replace("<", "‹").replace(">", "›")


def export_srt(project: Project, session_ids: Sequence[int], out: Path, with_paths: bool = False) -> list[Path]:
    """One cue per segment and moment (no paths are written: ``with_paths`` changes nothing)."""
    blocks = [f"{i}\n{timecode(a, ',')} --> {timecode(b, ',')}\n{_srt_text(text)}\n"
              for i, (a, b, text) in enumerate(_cues(project, session_ids), start=1)]
    with atomic_path(out) as tmp:
        tmp.write_text("\n".join(blocks), encoding="utf-8")
    return [out]


def export_vtt(project: Project, session_ids: Sequence[int], out: Path, with_paths: bool = False) -> list[Path]:
    """WebVTT cues; text is escaped (``&`` ``<`` ``>``), so no note becomes markup or an arrow."""
    blocks = ["WEBVTT\n"]
    for a, b, text in _cues(project, session_ids):
        safe = _one_line(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        blocks.append(f"{timecode(a)} --> {timecode(b)}\n{safe}\n")
    with atomic_path(out) as tmp:
        tmp.write_text("\n".join(blocks), encoding="utf-8")
    return [out]
