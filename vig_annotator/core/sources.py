"""Several cameras on one timeline: which frame of each source is on screen at a session time.

Session time is the primary clip's own time. A further source whose ``offset_ms`` is ``d`` shows, at
session time ``t``, the frame on screen at its own time ``t - d``, found in its own timestamp table
(its own frame rate, variable or not) — never by converting frame numbers between rates.
"""

from __future__ import annotations

from vig_annotator.core.labels import slug
from vig_annotator.core.model import VideoSource
from vig_annotator.core.timebase import Timebase


def frame_at(timebase: Timebase, offset_ms: int, session_ms: int) -> int | None:
    """The source's frame at a session time, or None when the source has not started or has ended."""
    local = session_ms - offset_ms
    if local < 0 or local >= timebase.duration_ms or not timebase.frame_ms:
        return None
    return timebase.frame_at(local)


def session_ms_of(timebase: Timebase, offset_ms: int, frame: int) -> int:
    """The session time at which the source's ``frame`` starts."""
    return timebase.ms_of(frame) + offset_ms


def column_suffix(source: VideoSource) -> str:
    """The source's name in table columns: ``start_frame_<suffix>`` (its label as a slug)."""
    return slug(source.label, f"source{source.id}")


def offset_from_events(primary_event_ms: int, source_event_ms: int) -> int:
    """The offset that puts one event (a clap) marked in both at the same session time."""
    return primary_event_ms - source_event_ms
