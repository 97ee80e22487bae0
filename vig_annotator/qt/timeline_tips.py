"""What the timeline tells about the spot under the pointer before any button goes down: tip and cursor."""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import Qt

from vig_annotator.core.model import VideoSource
from vig_annotator.core.timebase import timecode
from vig_annotator.qt.i18n import shown_modifiers, tr, tr_term
from vig_annotator.qt.timeline_cameras import coverage_tip
from vig_annotator.qt.timeline_gestures import Part, Surface, hit, suggestion_under
from vig_annotator.qt.timeline_voices import Voices, suggestion_tip, voice_tip


class Pointed(Surface, Protocol):
    """The timeline as the tips read it: the gestures' view of it, with the voices and further cameras."""

    voices: Voices | None
    cameras: list[VideoSource]


def pointing_at(t: Pointed, x: float, y: float) -> tuple[Qt.CursorShape, str | None]:
    """The cursor over (x, y) and the tip to show there: "" hides the tip, None leaves it as it is.

    A segment's tip names its code, times, frames, modifiers and note, and its edges show a resize cursor;
    a voice, a camera's coverage and a pending suggestion have their own tips.
    """
    row = t.layout_.row_at(y)
    if row is None or x <= t.view.header_w:
        return Qt.CursorShape.ArrowCursor, None
    if row.kind in ("voices", "pitch") and t.voices is not None:
        return Qt.CursorShape.ArrowCursor, voice_tip(t.voices, t.view.ms(x), 2 * t.view.ms_per_px)
    if row.kind == "camera":
        source = next((s for s in t.cameras if s.label == row.group), None)
        return Qt.CursorShape.ArrowCursor, None if source is None else coverage_tip(source, t.view.ms(x))
    if row.kind != "code":
        return Qt.CursorShape.ArrowCursor, None
    seg, part = hit(t, row, x)
    if seg is None:
        suggestion = suggestion_under(t, row, x)
        return Qt.CursorShape.ArrowCursor, "" if suggestion is None else suggestion_tip(suggestion, row)
    cursor = Qt.CursorShape.SizeHorCursor if part in (Part.START, Part.END) else Qt.CursorShape.OpenHandCursor
    code = row.code
    mods = shown_modifiers(seg.modifiers, ": ", ", ")
    return cursor, (f"<b>{tr_term(code.label) if code else seg.code_id}</b><br>{timecode(seg.start_ms)} – "
                    f"{timecode(seg.end_ms)} ({(seg.end_ms - seg.start_ms) / 1000:.3f} s)<br>"
                    + tr("frames {first}–{last}").format(first=seg.start_frame, last=seg.end_frame)
                    + (f"<br>{mods}" if mods else "") + (f"<br><i>{seg.note}</i>" if seg.note else ""))
