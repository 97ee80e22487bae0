"""The zoomable timeline: one row per code, the playhead, moments, sound and frame strips.

Only what is visible is painted: segments come from the workspace's SegmentIndex window query and
are drawn in one batch per colour into a cached layer; the playhead (and any open segment growing
with it) is an overlay. Each mouse drag is a gesture object chosen on press (``timeline_gestures``:
pan, scrub the playhead, draw a segment or a moment, move, resize); its edit goes through core
commands. Pointing without pressing shows tips (``timeline_tips``).
"""

from __future__ import annotations

from dataclasses import replace

import numpy as np
from PySide6.QtCore import QEvent, QPointF, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QImage,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QPixmap,
    QResizeEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from vig_annotator.analysis.motion_energy import MotionEnergy
from vig_annotator.analysis.suggestions import Suggestion
from vig_annotator.core import commands
from vig_annotator.core.model import Moment, Segment, VideoSource
from vig_annotator.core.timebase import timecode
from vig_annotator.qt.i18n import tr
from vig_annotator.qt.player import Clock
from vig_annotator.qt.theme import colour as named
from vig_annotator.qt.theme import colour_or
from vig_annotator.qt.timeline_cameras import camera_row_label, cameras_of
from vig_annotator.qt.timeline_gestures import Gesture, press
from vig_annotator.qt.timeline_layout import HEADER_W, Layout, View, build_layout
from vig_annotator.qt.timeline_motion import Strip, motion_of
from vig_annotator.qt.timeline_paint import TimelinePainter
from vig_annotator.qt.timeline_tips import pointing_at
from vig_annotator.qt.timeline_voices import Voices, voices_of
from vig_annotator.qt.workspace import Workspace
from vig_annotator.viewer import Edited

OPAQUE_AFTER = 16  # layers of an open bar (alpha 170) after which its pixels are the solid colour


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
        self.gesture: Gesture | None = None  # the drag under way, from press to release
        self._clipboard: list[Segment] = []
        self._last_playhead_x = -1.0
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumHeight(160)
        self.setAccessibleName(tr("Timeline"))
        workspace.session_changed.connect(self._on_session_changed)
        workspace.edited.connect(self._on_edited)
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

    def _on_edited(self, edited: Edited) -> None:
        change = edited.change
        for code_id in edited.dirty_codes:
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
        if self.gesture is not None and self.gesture.started:
            self.gesture.paint(p)
        x = v.x(pos)
        if x >= self.view.header_w:
            p.setPen(QPen(named("playhead"), 2))
            p.drawLine(QPointF(x, 0), QPointF(x, self.height()))
        self._last_playhead_x = x

    # -- mouse: each drag is a gesture (timeline_gestures); pointing shows tips (timeline_tips) ----
    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.setFocus()
        self.gesture = press(self, event.position().x(), event.position().y(), event.button(), event.modifiers())

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        x, y = event.position().x(), event.position().y()
        if self.gesture is not None:
            self.gesture.move(x)
            return
        cursor, tip = pointing_at(self, x, y)
        if tip:
            QToolTip.showText(self.mapToGlobal(QPointF(x, y).toPoint()), tip, self)
        elif tip is not None:
            QToolTip.hideText()
        self.setCursor(cursor)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        gesture, self.gesture = self.gesture, None
        if gesture is not None:
            gesture.release(event.position().x(), bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier))

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
