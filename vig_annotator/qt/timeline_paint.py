"""Painting the timeline's static layer: ruler, rows, segments, moments, sound and frame strips.

Segments are drawn from per-row arrays, only the visible slice, with bars that meet on screen merged
into one rectangle and one draw call per row (pyqtgraph-style batching).
"""

from __future__ import annotations

from typing import Any, Protocol

import numpy as np
from PySide6.QtCore import QPointF, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QImage, QPainter, QPalette, QPen, QPixmap, QPolygonF

from vig_annotator.core.model import LONG_MOMENT_MS, CodeKind
from vig_annotator.qt.i18n import tr
from vig_annotator.qt.theme import colour as named
from vig_annotator.qt.theme import colour_or
from vig_annotator.qt.timeline_cameras import paint_coverage
from vig_annotator.qt.timeline_layout import RULER_H, Layout, Row, View, tick_label
from vig_annotator.qt.timeline_motion import bins
from vig_annotator.qt.timeline_voices import paint_pitch, paint_suggestions, paint_voices
from vig_annotator.qt.workspace import Workspace


class Canvas(Protocol):
    """What the painter reads from the timeline widget it draws for."""

    view: View
    layout_: Layout
    workspace: Workspace
    envelope: Any
    thumbs: list[tuple[int, QImage]]
    moments: Any
    _arrays: dict[str, tuple[np.ndarray, np.ndarray, np.ndarray]]
    gesture: Any
    voices: Any
    suggestions: Any
    current_suggestion: Any
    cameras: Any

    def width(self) -> int: ...

    def height(self) -> int: ...

    def size(self) -> QSize: ...

    def palette(self) -> QPalette: ...

    def devicePixelRatioF(self) -> float: ...


class TimelinePainter:
    """Draws the timeline's cached layer (rows, ruler, waveform, thumbnails) for one widget."""

    def __init__(self, canvas: Canvas) -> None:
        self.t = canvas

    @property
    def left(self) -> int:
        """Where time starts: the right edge of the row names' column."""
        return self.t.view.header_w

    def render_static(self) -> QPixmap:
        dpr = self.t.devicePixelRatioF()
        pixmap = QPixmap(self.t.size() * dpr)
        pixmap.setDevicePixelRatio(dpr)
        pal = self.t.palette()
        pixmap.fill(pal.color(QPalette.ColorRole.Base))
        p = QPainter(pixmap)
        p.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        self._paint_rows(p, pal)
        self._paint_ruler(p, pal)
        p.end()
        return pixmap

    def _paint_ruler(self, p: QPainter, pal: QPalette) -> None:
        v = self.t.view
        p.fillRect(0, 0, self.t.width(), RULER_H, pal.color(QPalette.ColorRole.Window))
        step = v.tick_step()
        text = pal.color(QPalette.ColorRole.WindowText)
        p.setPen(text)
        first = int(v.start_ms // step) * step
        t = first
        while t <= v.end_ms:
            x = v.x(t)
            if x >= self.left:
                p.drawLine(int(x), RULER_H - 8, int(x), RULER_H)
                p.drawText(int(x) + 3, RULER_H - 10, tick_label(t, step))
            for k in range(1, 5):
                xm = v.x(t + step * k / 5)
                if self.left <= xm <= self.t.width():
                    p.drawLine(int(xm), RULER_H - 4, int(xm), RULER_H)
            t += step
        tb = self.t.workspace.timebase
        if tb.frame_count > 1 and 1 / v.ms_per_px * (tb.duration_ms / tb.frame_count) > 6:
            frame = tb.frame_at(int(max(v.start_ms, 0)))
            while frame < tb.frame_count and tb.ms_of(frame) <= v.end_ms:  # frame boundaries
                x = v.x(tb.ms_of(frame))
                if x >= self.left:
                    p.drawLine(int(x), RULER_H - 2, int(x), RULER_H)
                frame += 1
        p.fillRect(0, 0, self.left, RULER_H, pal.color(QPalette.ColorRole.Window))
        p.drawText(QRect(6, 0, self.left - 6, RULER_H), Qt.AlignmentFlag.AlignVCenter,
                   tr("time (frame ticks when zoomed in)") if v.ms_per_px < 5 else tr("time"))

    def _paint_rows(self, p: QPainter, pal: QPalette) -> None:
        v = self.t.view
        text = pal.color(QPalette.ColorRole.Text)
        alt = pal.color(QPalette.ColorRole.AlternateBase)
        header_bg = pal.color(QPalette.ColorRole.Window)
        t0, t1 = int(v.start_ms), int(v.end_ms) + 1
        for i, row in enumerate(self.t.layout_.rows):
            if row.kind == "group":
                p.fillRect(0, row.y, self.t.width(), row.h, header_bg.darker(106))
            elif i % 2:
                p.fillRect(self.left, row.y, self.t.width(), row.h, alt)
            if row.kind == "code" and row.code is not None:
                self._paint_code_row(p, row, t0, t1)
            elif row.kind == "moments":
                self._paint_moments(p, row, t0, t1)
            elif row.kind == "wave":
                self._paint_wave(p, row, pal)
            elif row.kind in ("voices", "pitch") and self.t.voices is not None:
                (paint_voices if row.kind == "voices" else paint_pitch)(p, row, v, self.t.voices, self.t.width())
            elif row.kind == "motion":
                self._paint_motion(p, row)
            elif row.kind == "sync":
                self._paint_sync(p, row)
            elif row.kind == "thumbs":
                self._paint_thumbs(p, row)
            elif row.kind == "camera":
                for source in self.t.cameras:
                    if source.label == row.group:
                        paint_coverage(p, row, v, source, self.t.width())
            p.fillRect(0, row.y, self.left, row.h, header_bg if row.kind != "group" else header_bg.darker(106))
            p.setPen(text)
            if row.code is not None:
                p.fillRect(6, row.y + 5, 10, row.h - 10, colour_or(row.code.colour, "code_default"))
            x = 22 if row.code is not None else 6
            label = p.fontMetrics().elidedText(row.label, Qt.TextElideMode.ElideRight, self.left - x - 4)
            p.drawText(QRect(x, row.y, self.left - x, row.h), Qt.AlignmentFlag.AlignVCenter, label)
        p.setPen(QPen(pal.color(QPalette.ColorRole.Mid)))
        p.drawLine(self.left, 0, self.left, self.t.height())

    def _row_arrays(self, code_id: str) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """The code's segment starts, ends and ids as arrays sorted by start (cached until an edit)."""
        cached = self.t._arrays.get(code_id)
        if cached is None:
            row = self.t.workspace.index.rows.get(code_id)
            if row is None:
                cached = (np.zeros(0, np.int64), np.zeros(0, np.int64), np.zeros(0, np.int64))
            else:  # the index keeps these as plain lists: converted in C, no Python loop per segment
                cached = (np.array(row.starts, np.int64), np.array(row.ends, np.int64), np.array(row.ids, np.int64))
            self.t._arrays[code_id] = cached
        return cached

    def _paint_code_row(self, p: QPainter, row: Row, t0: int, t1: int) -> None:
        assert row.code is not None
        v = self.t.view
        starts, ends, ids = self._row_arrays(row.code.id)
        hi = int(np.searchsorted(starts, t1, side="right"))
        visible = ends[:hi] >= t0
        starts, ends, ids = starts[:hi][visible], ends[:hi][visible], ids[:hi][visible]
        gesture = self.t.gesture
        hidden = gesture.hidden() if gesture is not None and gesture.started else set()
        special = hidden | self.t.workspace.selection
        if special and len(ids):
            keep = ~np.isin(ids, np.fromiter(special, np.int64, len(special)))
            chosen = [int(i) for i in ids[~keep] if int(i) in self.t.workspace.selection and int(i) not in hidden]
            starts, ends, ids = starts[keep], ends[keep], ids[keep]
        else:
            chosen = []
        colour = colour_or(row.code.colour, "code_default")
        scale = 1.0 / v.ms_per_px
        top, height = row.y + 3, row.h - 6
        if row.code.kind == CodeKind.POINT:
            xs = np.unique(np.round(self.left + (starts - v.start_ms) * scale).astype(np.int64))
            p.setBrush(colour)
            p.setPen(QPen(colour.darker(200), 1))
            self._diamonds(p, xs.tolist(), row)
            if chosen:
                p.setBrush(colour.darker(150))
                p.setPen(QPen(self.t.palette().color(QPalette.ColorRole.Highlight), 2))
                project = self.t.workspace.project
                if project is not None:
                    self._diamonds(p, [v.x(project.segment(i).start_ms) for i in chosen], row)
            return
        x0 = np.maximum(self.left + (starts - v.start_ms) * scale, self.left)
        x1 = np.maximum(self.left + (ends - v.start_ms) * scale, x0 + 1)
        rects: list[QRectF] = []
        if len(x0):
            # bars that meet on screen are drawn as one: a new run starts past the furthest end so far
            reach = np.maximum.accumulate(x1)
            breaks = np.flatnonzero(x0[1:] > reach[:-1] + 0.5) + 1
            firsts = np.concatenate(([0], breaks))
            lasts = np.concatenate((breaks - 1, [len(x0) - 1]))
            rects = [QRectF(a, top, b - a, height) for a, b in zip(x0[firsts].tolist(), reach[lasts].tolist(),
                                                                  strict=True)]
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(colour)
        p.drawRects(rects)  # one call per row
        if self.t.suggestions:
            paint_suggestions(p, row, v, self.t.suggestions, self.t.current_suggestion, colour, self.t.width())
        if chosen and self.t.workspace.project is not None:
            p.setBrush(colour.darker(140))
            p.setPen(QPen(self.t.palette().color(QPalette.ColorRole.Highlight), 2))
            for seg_id in chosen:
                seg = self.t.workspace.project.segment(seg_id)
                a = max(v.x(seg.start_ms), self.left)
                p.drawRect(QRectF(a, top, max(v.x(seg.end_ms) - a, 1), height))

    def _diamonds(self, p: QPainter, xs: list[float], row: Row) -> None:
        cy = row.y + row.h / 2
        for x in xs:
            p.drawPolygon(QPolygonF([QPointF(x, cy - 7), QPointF(x + 6, cy), QPointF(x, cy + 7),
                                     QPointF(x - 6, cy)]))

    def _paint_moments(self, p: QPainter, row: Row, t0: int, t1: int) -> None:
        v = self.t.view
        edge, text = QPen(named("moment_edge")), named("moment_text")
        short, long_ = named("moment"), named("moment_long")
        p.setPen(edge)
        for m in self.t.moments:
            if m.end_ms < t0 or m.start_ms > t1:
                continue
            x0, x1 = v.x(m.start_ms), v.x(m.end_ms)
            rect = QRectF(max(x0, self.left), row.y + 2, max(x1 - max(x0, self.left), 2), row.h - 4)
            long = m.end_ms - m.start_ms > LONG_MOMENT_MS
            p.setBrush(long_ if long else short)
            p.drawRect(rect)
            p.setPen(text)
            p.drawText(rect, Qt.AlignmentFlag.AlignCenter, f"{m.order}")
            p.setPen(edge)

    def _paint_wave(self, p: QPainter, row: Row, pal: QPalette) -> None:
        env = self.t.envelope
        if env is None:
            p.setPen(pal.color(QPalette.ColorRole.PlaceholderText))
            p.drawText(QRect(self.left + 6, row.y, 300, row.h), Qt.AlignmentFlag.AlignVCenter,
                       tr("reading the sound track…"))
            return
        v = self.t.view
        bins = v.plot_w
        try:
            mins, maxs = env.span(int(v.start_ms), int(v.end_ms), bins)
        except Exception:  # noqa: BLE001 - a waveform is a nicety: never break the timeline
            return
        mid = row.y + row.h / 2
        half = row.h / 2 - 2
        p.setPen(QPen(named("waveform")))
        xs = np.arange(len(mins)) + self.left
        for x, lo, hi in zip(xs, mins, maxs, strict=False):
            p.drawLine(int(x), int(mid - hi * half), int(x), int(mid - lo * half))

    def _paint_motion(self, p: QPainter, row: Row) -> None:
        """A person's motion energy (largest per pixel column), scaled to the clip's largest."""
        motion, v = getattr(self.t, "motion", None), self.t.view
        if motion is None:
            return
        energy = bins(motion, row.group, v.start_ms, v.ms_per_px, v.plot_w)
        top = float(np.nanmax(motion.energy[row.group])) if len(motion.energy[row.group]) else 0.0
        if top <= 0:
            return
        p.setPen(QPen(named("motion")))
        base = row.y + row.h - 2
        for i, value in enumerate(energy):
            if value == value and value > 0:
                p.drawLine(self.left + i, base, self.left + i, int(base - value / top * (row.h - 4)))

    def _paint_sync(self, p: QPainter, row: Row) -> None:
        """One cell per window, greener the higher its peak correlation (at any lag within the largest)."""
        strip, v = getattr(self.t, "strip", None), self.t.view
        if strip is None:
            return
        for start, r in zip(strip.starts_ms, strip.peak_r, strict=True):
            x0, x1 = v.x(start), v.x(start + strip.window_ms)
            if x1 < self.left or x0 > self.t.width() or r != r:
                continue
            shade = named("synchrony")
            shade.setAlphaF(float(min(max(r, 0.0), 1.0)))
            p.fillRect(QRectF(max(x0, self.left), row.y + 2, x1 - max(x0, self.left) - 1, row.h - 4), shade)

    def _paint_thumbs(self, p: QPainter, row: Row) -> None:
        v = self.t.view
        if not self.t.thumbs:
            return
        for ms, image in self.t.thumbs:
            x = v.x(ms)
            if x + image.width() < self.left or x > self.t.width():
                continue
            target = QRectF(x, row.y + 1, image.width() * (row.h - 2) / max(image.height(), 1), row.h - 2)
            p.drawImage(target, image)
