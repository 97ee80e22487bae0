"""The zoomable timeline: one row per code, the playhead, moments, sound and frame strips.

Only what is visible is painted: segments come from the workspace's SegmentIndex window query and
are drawn in one batch per colour into a cached layer; the playhead (and any open segment growing
with it) is an overlay. Mouse edits go through core commands: drag in an empty row to create, drag
an edge to resize, drag a body to move (snapping to frames; with Shift, to other segments' edges).
"""

from __future__ import annotations

from dataclasses import dataclass, replace

import numpy as np
from PySide6.QtCore import QEvent, QPointF, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QImage,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QPixmap,
    QResizeEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from vig_annotator.analysis.motion_energy import MotionEnergy
from vig_annotator.analysis.suggestions import Suggestion
from vig_annotator.core import commands
from vig_annotator.core.changes import Change
from vig_annotator.core.model import CodeKind, Moment, Segment, VideoSource
from vig_annotator.core.timebase import timecode
from vig_annotator.qt.i18n import shown_modifiers, tr, tr_noop, tr_term
from vig_annotator.qt.player import Clock
from vig_annotator.qt.theme import colour as named
from vig_annotator.qt.theme import colour_or
from vig_annotator.qt.timeline_cameras import camera_row_label, cameras_of, coverage_tip
from vig_annotator.qt.timeline_layout import HEADER_W, RULER_H, Layout, Row, View, build_layout
from vig_annotator.qt.timeline_motion import Strip, motion_of
from vig_annotator.qt.timeline_paint import TimelinePainter
from vig_annotator.qt.timeline_voices import Voices, suggestion_at, suggestion_tip, voice_tip, voices_of
from vig_annotator.qt.workspace import Workspace

EDGE_PX = 5
OPAQUE_AFTER = 16  # layers of an open bar (alpha 170) after which its pixels are the solid colour
DRAG_START_PX = 3


@dataclass
class Drag:
    mode: str  # "create", "move", "start", "end", "pan", "seek", "moment"
    press_ms: float
    press_x: float
    row: Row | None = None
    segment: Segment | None = None
    moving: list[Segment] | None = None
    current_ms: float = 0.0
    started: bool = False
    pan_start: float = 0.0


class TimelineView(QWidget):
    """The session's codes over time; edits become commands on the workspace's undo stack."""

    status = Signal(str)
    moment_drawn = Signal(int, int)  # start_ms, end_ms (the moments row was dragged)
    moment_clicked = Signal(int)
    suggestion_clicked = Signal(object)  # a pending Suggestion was clicked: review it

    def __init__(self, workspace: Workspace, clock: Clock, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.clock = clock
        self.view = View()
        self.layout_ = Layout()
        self.painter = TimelinePainter(self)
        self.collapsed: set[str] = set()
        self.envelope: object | None = None  # media.audio.Envelope
        self.motion: MotionEnergy | None = None  # kept in the project for the clip's saved regions
        self.strip: Strip | None = None
        self.voices: Voices | None = None  # kept in the project for the clip (analysis.saved_voices)
        self.suggestions: list[Suggestion] = []  # pending, drawn hatched until accepted
        self.current_suggestion: Suggestion | None = None
        self.thumbs: list[tuple[int, QImage]] = []
        self.moments: list[Moment] = []
        self.cameras: list[VideoSource] = []  # the clip's further cameras: one coverage row each
        self.follow = True
        self._cache: QPixmap | None = None
        self._arrays: dict[str, tuple[np.ndarray, np.ndarray, np.ndarray]] = {}
        self._drag: Drag | None = None
        self._clipboard: list[Segment] = []
        self._last_playhead_x = -1.0
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumHeight(160)
        self.setAccessibleName(tr("Timeline"))
        workspace.session_changed.connect(self._on_session_changed)
        workspace.model_changed.connect(self._on_model_changed)
        workspace.selection_changed.connect(self.invalidate)
        clock.position_changed.connect(self._on_position_changed)
        self._on_session_changed()

    # -- model → view --------------------------------------------------------------------------
    def _on_session_changed(self) -> None:
        ws = self.workspace
        self.view.duration_ms = max(ws.timebase.duration_ms, 1)
        self.view.width_px = self.width()
        self.view.fit()
        self.envelope = None
        self.thumbs = []
        self._arrays.clear()
        self._refresh_moments()
        self.motion, self.strip = motion_of(ws.project, ws.clip)
        self.voices = voices_of(ws.project, ws.clip)
        self.cameras = cameras_of(ws.project, ws.clip)
        self.relayout()

    def _on_model_changed(self, change: Change) -> None:
        for code_id in self.workspace.dirty_codes:
            self._arrays.pop(code_id, None)
        self._refresh_moments()
        if "setting" in change.kinds:
            ws = self.workspace
            self.motion, self.strip = motion_of(ws.project, ws.clip)
            self.voices = voices_of(ws.project, ws.clip)
            self.relayout()
        if "source" in change.kinds:  # a camera added, removed or re-aligned
            self.cameras = cameras_of(self.workspace.project, self.workspace.clip)
            self.relayout()
        self.invalidate()

    def _refresh_moments(self) -> None:
        ws = self.workspace
        self.moments = ws.project.moments(ws.session.id) if ws.project and ws.session else []

    def _on_position_changed(self, ms: int) -> None:
        x = self.view.x(ms)
        if self.follow and self.clock.playing and not (self.view.header_w <= x <= self.width()):
            self.view.start_ms = ms - self.view.plot_w * self.view.ms_per_px * 0.1
            self.view.clamp()
            self.invalidate()
            return
        if self.workspace.live is not None and self.workspace.live.open_by_code():
            self.update()  # open segments grow with the playhead
            return
        for px in (self._last_playhead_x, x):
            self.update(QRect(int(px) - 2, 0, 5, self.height()))
        self._last_playhead_x = x

    def relayout(self) -> None:
        ws = self.workspace
        fitted = abs(self.view.ms_per_px - self.view.duration_ms / self.view.plot_w * 1.01) < 1e-6
        has_audio = bool(ws.clip and ws.clip.has_audio)
        self.layout_ = build_layout(ws.scheme, self.collapsed, has_audio,
                                    motion=list(self.motion.energy) if self.motion else (), sync=self.strip is not None,
                                    voices=self.voices is not None, line=self.fontMetrics().height(),
                                    cameras=[(s.label, camera_row_label(s)) for s in self.cameras])
        self.view.header_w = self.header_width()
        if fitted:
            self.view.fit()
        self.view.clamp()
        self.setMinimumHeight(self.layout_.height + 2)  # every row; a scroll area shows what fits
        self.invalidate()

    def header_width(self) -> int:
        """The row names' column: the longest name in this font, after its swatch, within limits.

        At most 40 average characters and a third of the timeline's width (the plot keeps the rest; a
        longer name is elided); never narrower than ``HEADER_W``.
        """
        metrics = self.fontMetrics()
        widest = max((metrics.horizontalAdvance(r.label) + (22 if r.code is not None else 6) + 8
                      for r in self.layout_.rows), default=0)
        return max(HEADER_W, min(widest, 40 * metrics.averageCharWidth(), self.width() // 3))

    def invalidate(self) -> None:
        self._cache = None
        self.update()

    def changeEvent(self, event: QEvent) -> None:
        """A new theme (palette) or style: the cached layer is repainted; a new font: the rows fit its text."""
        if event.type() == QEvent.Type.FontChange:
            self.relayout()
        elif event.type() in (QEvent.Type.PaletteChange, QEvent.Type.StyleChange):
            self.invalidate()
        super().changeEvent(event)

    def set_envelope(self, envelope: object | None) -> None:
        self.envelope = envelope
        self.invalidate()

    def show_suggestions(self, suggestions: list[Suggestion], current: Suggestion | None) -> None:
        """Draw these pending suggestions (hatched, in their code's row) until they are decided."""
        self.suggestions, self.current_suggestion = suggestions, current
        self.invalidate()

    def set_thumbnails(self, thumbs: list[tuple[int, QImage]]) -> None:
        self.thumbs = thumbs
        self.invalidate()

    def sizeHint(self) -> QSize:
        return QSize(900, max(200, self.layout_.height + 8))

    def resizeEvent(self, event: QResizeEvent) -> None:
        fitted = abs(self.view.ms_per_px - self.view.duration_ms / self.view.plot_w * 1.01) < 1e-6
        self.view.width_px = self.width()
        self.view.header_w = self.header_width()
        if fitted:
            self.view.fit()
        self.view.clamp()
        self.invalidate()
        super().resizeEvent(event)

    # -- zoom and pan --------------------------------------------------------------------------
    def zoom(self, factor: float, anchor_ms: float | None = None) -> None:
        self.view.zoom(factor, self.clock.position if anchor_ms is None else anchor_ms)
        self.invalidate()

    def fit(self) -> None:
        self.view.fit()
        self.invalidate()

    def wheelEvent(self, event: QWheelEvent) -> None:
        """Ctrl+wheel zooms around the pointer; Shift+wheel (or a sideways wheel) pans time.

        A plain wheel scrolls the rows (the surrounding scroll area takes it).
        """
        mods = event.modifiers()
        vertical = event.angleDelta().y() / 120
        sideways = event.angleDelta().x() / 120
        if mods & Qt.KeyboardModifier.ControlModifier:
            self.zoom(1.25 ** vertical, self.view.ms(event.position().x()))
        elif mods & Qt.KeyboardModifier.ShiftModifier or sideways:
            steps = sideways or vertical
            self.view.start_ms -= steps * self.view.plot_w * self.view.ms_per_px * 0.1
            self.view.clamp()
            self.invalidate()
        else:
            event.ignore()
            return
        event.accept()

    # -- painting ------------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        if self._cache is None or self._cache.size() != self.size() * self.devicePixelRatioF():
            self._cache = self.painter.render_static()
        painter = QPainter(self)
        painter.drawPixmap(0, 0, self._cache)
        self._paint_overlay(painter)
        painter.end()

    def _paint_overlay(self, p: QPainter) -> None:
        v = self.view
        ws = self.workspace
        pos = self.clock.position
        if ws.live is not None:
            for code_id, opens in ws.live.open_by_code().items():
                row = self.layout_.code_row(code_id)
                if row is None:
                    continue
                colour = colour_or(row.code.colour if row.code else None, "code_default")
                colour.setAlpha(170)
                # Every bar of a row ends at the playhead, so the earliest few already paint the later
                # ones' pixels solid (alpha 170 reaches the colour within ~7 layers).
                for seg in opens[:OPAQUE_AFTER]:
                    if pos <= seg.start_ms:
                        break
                    x0 = max(v.x(seg.start_ms), self.view.header_w)
                    p.fillRect(QRectF(x0, row.y + 3, max(v.x(pos) - x0, 1), row.h - 6), colour)
        drag = self._drag
        if drag is not None and drag.started:
            self._paint_drag_preview(p, drag)
        x = v.x(pos)
        if x >= self.view.header_w:
            p.setPen(QPen(named("playhead"), 2))
            p.drawLine(QPointF(x, 0), QPointF(x, self.height()))
        self._last_playhead_x = x

    def _paint_drag_preview(self, p: QPainter, drag: Drag) -> None:
        v = self.view
        p.setPen(QPen(self.palette().color(QPalette.ColorRole.Highlight), 1, Qt.PenStyle.DashLine))
        colour = named("drag_preview")
        colour.setAlpha(140)
        for start, end, row in self._preview(drag):
            x0, x1 = v.x(start), v.x(end)
            p.fillRect(QRectF(x0, row.y + 3, max(x1 - x0, 2), row.h - 6), colour)
            p.drawRect(QRectF(x0, row.y + 3, max(x1 - x0, 2), row.h - 6))

    # -- mouse editing -------------------------------------------------------------------------
    def _snap(self, ms: float, shift: bool, exclude: set[int] = frozenset()) -> int:  # type: ignore[assignment]
        tb = self.workspace.timebase
        ms = min(max(ms, 0.0), float(tb.duration_ms))
        if shift:
            edges = self.workspace.index.edges(exclude)
            near = min(edges, key=lambda e: abs(e - ms), default=None)
            if near is not None and abs(near - ms) / self.view.ms_per_px <= 8:
                return near
        return tb.snap_nearest(int(round(ms)))

    def _hit(self, row: Row, x: float) -> tuple[Segment | None, str]:
        """The segment under x in a code row, and which part: "start", "end" or "move"."""
        if row.code is None:
            return None, ""
        ms = self.view.ms(x)
        slack = EDGE_PX * self.view.ms_per_px
        for seg in self.workspace.index.at(row.code.id, int(ms), int(slack) + 1):
            x0, x1 = self.view.x(seg.start_ms), self.view.x(seg.end_ms)
            if seg.start_ms == seg.end_ms:
                return seg, "move"
            if abs(x - x0) <= EDGE_PX and x1 - x0 > 2 * EDGE_PX:
                return seg, "start"
            if abs(x - x1) <= EDGE_PX:
                return seg, "end"
            if x0 <= x <= x1:
                return seg, "move"
        return None, ""

    def mousePressEvent(self, event: QMouseEvent) -> None:
        x, y = event.position().x(), event.position().y()
        ms = self.view.ms(x)
        self.setFocus()
        if event.button() == Qt.MouseButton.MiddleButton or (y < RULER_H and x < self.view.header_w):
            self._drag = Drag("pan", ms, x, pan_start=self.view.start_ms)
            return
        if event.button() != Qt.MouseButton.LeftButton:
            return
        if y < RULER_H:
            self._drag = Drag("seek", ms, x)
            self.clock.seek(int(max(ms, 0)))
            return
        row = self.layout_.row_at(y)
        if row is None:
            return
        if x < self.view.header_w:
            if row.kind == "group":
                self.collapsed ^= {row.group}
                self.relayout()
            return
        if row.kind == "moments":
            hit = [m for m in self.moments if m.start_ms <= ms <= m.end_ms]
            if hit:
                self.moment_clicked.emit(hit[0].id)
                self.clock.seek(hit[0].start_ms)
                return
            self._drag = Drag("moment", ms, x, row=row)
            return
        if row.kind != "code":
            self._drag = Drag("seek", ms, x)
            self.clock.seek(int(max(ms, 0)))
            return
        seg, part = self._hit(row, x)
        ctrl = bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
        if seg is None:
            if not ctrl:
                self.workspace.select(set())
            self._drag = Drag("create", ms, x, row=row)
            return
        selection = set(self.workspace.selection)
        if ctrl:
            selection ^= {seg.id}
        elif seg.id not in selection:
            selection = {seg.id}
        self.workspace.select(selection)
        moving = self.workspace.selected_segments() if part == "move" else [seg]
        self._drag = Drag(part, ms, x, row=row, segment=seg, moving=moving)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        x, y = event.position().x(), event.position().y()
        drag = self._drag
        if drag is None:
            self._hover(x, y)
            return
        drag.current_ms = self.view.ms(x)
        if not drag.started and abs(x - drag.press_x) >= DRAG_START_PX:
            drag.started = True
        if drag.mode == "pan":
            self.view.start_ms = drag.pan_start - (x - drag.press_x) * self.view.ms_per_px
            self.view.clamp()
            self.invalidate()
        elif drag.mode == "seek":
            self.clock.seek(int(max(drag.current_ms, 0)))
        elif drag.started:
            self.update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        drag, self._drag = self._drag, None
        if drag is None:
            return
        drag.current_ms = self.view.ms(event.position().x())
        shift = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
        if drag.mode == "create" and not drag.started:
            suggestion = self._suggestion_at(drag.row, drag.press_x)
            if suggestion is not None:
                self.suggestion_clicked.emit(suggestion)
            self.clock.seek(int(max(drag.current_ms, 0)) if suggestion is None else suggestion.start_ms)
        elif drag.started and drag.mode in ("create", "move", "start", "end", "moment"):
            self._commit(drag, shift)
        self.invalidate()

    def _preview(self, drag: Drag, shift: bool = False) -> list[tuple[int, int, Row]]:
        """What the drag would make: (start, end, row) for each segment affected."""
        if drag.mode in ("create", "moment") and drag.row is not None:
            a = self._snap(drag.press_ms, shift)
            b = self._snap(drag.current_ms, shift)
            if drag.row.code is not None and drag.row.code.kind == CodeKind.POINT:
                return [(b, b, drag.row)]
            return [(min(a, b), max(a, b), drag.row)]
        out: list[tuple[int, int, Row]] = []
        ids = {s.id for s in drag.moving or []}
        if drag.mode == "move":
            delta = self._move_delta(drag, shift, ids)
            for seg in drag.moving or []:
                row = self.layout_.code_row(seg.code_id)
                if row is not None:
                    out.append((seg.start_ms + delta, seg.end_ms + delta, row))
        elif drag.segment is not None and drag.row is not None:
            start, end = self._resized(drag, shift)
            out.append((start, end, drag.row))
        return out

    def _move_delta(self, drag: Drag, shift: bool, ids: set[int]) -> int:
        assert drag.segment is not None
        anchor = drag.segment.start_ms
        target = self._snap(anchor + drag.current_ms - drag.press_ms, shift, ids)
        delta = target - anchor
        moving = drag.moving or []
        lo = min(s.start_ms for s in moving)
        hi = max(s.end_ms for s in moving)
        return int(min(max(delta, -lo), self.workspace.timebase.duration_ms - hi))

    def _resized(self, drag: Drag, shift: bool) -> tuple[int, int]:
        seg = drag.segment
        assert seg is not None
        edge = self._snap(drag.current_ms, shift, {seg.id})
        if drag.mode == "start":
            return min(edge, seg.end_ms), seg.end_ms
        return seg.start_ms, max(edge, seg.start_ms)

    def _commit(self, drag: Drag, shift: bool) -> None:
        ws = self.workspace
        tb = ws.timebase
        if ws.project is None or ws.session is None:
            return
        if drag.mode == "moment":
            a, b = sorted((self._snap(drag.press_ms, shift), self._snap(drag.current_ms, shift)))
            if b > a:
                self.moment_drawn.emit(a, b)
            return
        if drag.mode == "create" and drag.row is not None and drag.row.code is not None:
            code = drag.row.code
            start, end, _row = self._preview(drag, shift)[0]
            if code.kind == CodeKind.STATE and end <= start:
                return
            seg = Segment(ws.project.next_id("segment"), ws.session.id, code.id, start, end,
                          tb.frame_at(start), tb.frame_at(end),
                          tuple((m.name, m.default) for m in code.modifiers if m.default), item=code.item)
            if ws.run(commands.add_segment(seg), initiator=self) is None:
                return
            ws.select({seg.id})
            self.status.emit(tr("Added {code} {start}–{end}").format(code=tr_term(code.label), start=timecode(start),
                                                                         end=timecode(end)))
        elif drag.mode == "move" and drag.moving:
            delta = self._move_delta(drag, shift, {s.id for s in drag.moving})
            if delta:
                if ws.run(commands.move_segments(drag.moving, delta, tb.frame_at), initiator=self) is None:
                    return
                self.status.emit(tr("Moved %n segment(s) by {seconds:+.3f} s", n=len(drag.moving)).format(
                    seconds=delta / 1000))
        elif drag.mode in ("start", "end") and drag.segment is not None:
            start, end = self._resized(drag, shift)
            seg = drag.segment
            if (start, end) != (seg.start_ms, seg.end_ms):
                after = replace(seg, start_ms=start, end_ms=end, start_frame=tb.frame_at(start),
                                end_frame=tb.frame_at(end))
                if ws.run(commands.change_segment(seg, after, tr_noop("Resize segment")), initiator=self) is None:
                    return
                self.status.emit(tr("Resized to {start}–{end}").format(start=timecode(start), end=timecode(end)))

    def _hover(self, x: float, y: float) -> None:
        row = self.layout_.row_at(y)
        cursor = Qt.CursorShape.ArrowCursor
        if row is not None and row.kind in ("voices", "pitch") and x > self.view.header_w and self.voices is not None:
            tip = voice_tip(self.voices, self.view.ms(x), 2 * self.view.ms_per_px)
            if tip:
                QToolTip.showText(self.mapToGlobal(QPointF(x, y).toPoint()), tip, self)
            else:
                QToolTip.hideText()
        if row is not None and row.kind == "camera" and x > self.view.header_w:
            source = next((s for s in self.cameras if s.label == row.group), None)
            if source is not None:
                tip = coverage_tip(source, self.view.ms(x))
                QToolTip.showText(self.mapToGlobal(QPointF(x, y).toPoint()), tip, self)
        if row is not None and row.kind == "code" and x > self.view.header_w:
            seg, part = self._hit(row, x)
            if seg is not None:
                cursor = Qt.CursorShape.SizeHorCursor if part in ("start", "end") else Qt.CursorShape.OpenHandCursor
                code = row.code
                mods = shown_modifiers(seg.modifiers, ": ", ", ")
                tip = (f"<b>{tr_term(code.label) if code else seg.code_id}</b><br>{timecode(seg.start_ms)} – "
                       f"{timecode(seg.end_ms)} ({(seg.end_ms - seg.start_ms) / 1000:.3f} s)<br>"
                       + tr("frames {first}–{last}").format(first=seg.start_frame, last=seg.end_frame)
                       + (f"<br>{mods}" if mods else "") + (f"<br><i>{seg.note}</i>" if seg.note else ""))
                QToolTip.showText(self.mapToGlobal(QPointF(x, y).toPoint()), tip, self)
            elif (suggestion := self._suggestion_at(row, x)) is not None:
                QToolTip.showText(self.mapToGlobal(QPointF(x, y).toPoint()), suggestion_tip(suggestion, row), self)
            else:
                QToolTip.hideText()
        self.setCursor(cursor)

    def _suggestion_at(self, row: Row | None, x: float) -> Suggestion | None:
        """The pending suggestion drawn under x in a code row, if any."""
        return suggestion_at(self.suggestions, row, self.view.ms(x), 2 * self.view.ms_per_px)

    # -- keys ----------------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        ctrl = bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
        if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.delete_selected()
        elif ctrl and key == Qt.Key.Key_C:
            self.copy_selected()
        elif ctrl and key == Qt.Key.Key_V:
            self.paste()
        elif ctrl and key == Qt.Key.Key_A:
            self.workspace.select({s.id for s in self.workspace.segments()})
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def delete_selected(self) -> None:
        chosen = self.workspace.selected_segments()
        if chosen:
            project = self.workspace.project
            ratings = [r for sid in {s.session_id for s in chosen} for r in project.ratings(sid).values()] \
                if project is not None else []  # evidence links to what is deleted go in the same step
            if self.workspace.run(commands.delete_segments(chosen, ratings), initiator=self) is None:
                return
            self.status.emit(tr("Deleted %n segment(s)", n=len(chosen)))

    def copy_selected(self) -> None:
        self._clipboard = self.workspace.selected_segments()
        self.status.emit(tr("Copied %n segment(s)", n=len(self._clipboard)))

    def paste(self) -> None:
        ws = self.workspace
        if not self._clipboard or ws.project is None or ws.session is None:
            return
        tb = ws.timebase
        offset = self.clock.position - min(s.start_ms for s in self._clipboard)
        next_id = ws.project.next_id("segment")
        pasted = []
        for i, s in enumerate(self._clipboard):
            start = max(0, min(s.start_ms + offset, tb.duration_ms))
            end = max(start, min(s.end_ms + offset, tb.duration_ms))
            if ws.scheme is not None and not ws.scheme.has_code(s.code_id):
                continue
            pasted.append(replace(s, id=next_id + i, session_id=ws.session.id, start_ms=start,
                                  end_ms=end, start_frame=tb.frame_at(start), end_frame=tb.frame_at(end)))
        if pasted:
            if ws.run(commands.add_segments(pasted), initiator=self) is None:
                return
            ws.select({s.id for s in pasted})
            self.status.emit(tr("Pasted %n segment(s) at {time}", n=len(pasted)).format(
                time=timecode(self.clock.position)))
