"""Camera rows of the timeline: where each further camera records, in session time, labelled with its name.

A coder sees at a glance that a camera started 12 s late or stopped early. The span is the source's offset
and its probed duration (kept with the source when it was added): nothing is decoded here. The rows follow
the project, so adding, removing or re-aligning a camera (or undoing it) moves its bar.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QPainter, QPolygonF

from vig_annotator.core.model import Clip, VideoSource
from vig_annotator.core.project import Project
from vig_annotator.core.timebase import timecode
from vig_annotator.qt.i18n import tr
from vig_annotator.qt.theme import colour
from vig_annotator.qt.timeline_layout import Row, View


def cameras_of(project: Project | None, clip: Clip | None) -> list[VideoSource]:
    """The clip's further cameras, in the order they were added (one timeline row each)."""
    if project is None or clip is None:
        return []
    return project.sources(clip.id)


def coverage(source: VideoSource) -> tuple[int, int]:
    """The session times (ms) the camera records: from its offset for its probed duration."""
    return source.offset_ms, source.offset_ms + max(source.duration_ms, 0)


def camera_row_label(source: VideoSource) -> str:
    """The row's name in the timeline's header column."""
    return tr("Camera: {label}").format(label=source.label)


def signed_timecode(ms: int) -> str:
    """A timecode that may fall before the session's start (a camera started earlier): a minus sign then."""
    return timecode(ms) if ms >= 0 else "−" + timecode(-ms)


def coverage_tip(source: VideoSource, ms: float) -> str:
    """What the camera row says at a session time: the camera's span and alignment, or that it is not recording."""
    start, end = coverage(source)
    how = {"audio": tr("aligned from the sound"), "event": tr("aligned by one event"),
           "hand": tr("aligned by hand")}.get(source.aligned_by, source.aligned_by)
    if source.aligned_by == "audio" and source.confidence is not None:
        how += tr(", confidence {confidence:.2f}").format(confidence=source.confidence)
    span = tr("<b>{label}</b> records {start} – {end} of the session<br>offset {offset:+.3f} s ({how})").format(
        label=source.label, start=signed_timecode(start),
        end=timecode(end), offset=source.offset_ms / 1000, how=how)
    if not start <= ms < end:
        return span + "<br>" + tr("<i>not recording at this time</i>")
    return span


def paint_coverage(p: QPainter, row: Row, view: View, source: VideoSource, right: int) -> None:
    """The camera's recorded span as a bar with its name; a notch where it runs on past the timeline's ends."""
    start, end = coverage(source)
    first, last = max(view.x(0), view.header_w), min(view.x(view.duration_ms), right)  # the session on screen
    x0, x1 = view.x(start), view.x(end)
    left, far = max(x0, first), min(x1, last)
    if far <= left or end <= start:
        return
    bar = QRectF(left, row.y + 2, max(far - left, 1), row.h - 4)
    p.fillRect(bar, colour("camera"))
    text = colour("camera_text")
    p.setPen(text)
    p.setBrush(text)
    mid, half = bar.center().y(), min(4.0, (row.h - 4) / 2 - 1)
    if start < 0 and x0 < left == view.x(0):  # began before the session: an arrow at the session's start
        p.drawPolygon(QPolygonF([QPointF(left + 2, mid), QPointF(left + 2 + half, mid - half),
                                 QPointF(left + 2 + half, mid + half)]))
    if end > view.duration_ms and x1 > far == view.x(view.duration_ms):  # runs on past the session's end
        p.drawPolygon(QPolygonF([QPointF(far - 2, mid), QPointF(far - 2 - half, mid - half),
                                 QPointF(far - 2 - half, mid + half)]))
    p.setBrush(Qt.BrushStyle.NoBrush)
    inner = bar.adjusted(10, 0, -10, 0)
    if inner.width() > 12:
        label = p.fontMetrics().elidedText(source.label, Qt.TextElideMode.ElideRight, int(inner.width()))
        p.drawText(inner, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, label)
