"""What a mouse drag on the timeline does: one small class per gesture, chosen when the button goes down.

* :class:`Pan` — middle button anywhere, or the corner above the row names: drag time sideways.
* :class:`Scrub` — the ruler or a strip row (sound, frames, motion): the playhead follows the pointer.
* :class:`Draw` — an empty spot in a code row: a new segment (a point event for a point code); a click
  without dragging reviews the hatched suggestion under it or seeks there.
* :class:`DrawMoment` — an empty spot in the moments row: a new moment's range.
* :class:`Move` — a segment's body: it and the rest of the selection move together.
* :class:`Resize` — a segment's start or end edge.

A gesture starts counting as a drag after ``DRAG_START_PX``; until then it shows nothing and edits
nothing. Edits snap to frames (with Shift, to other segments' edges) and go through core commands.
"""

from __future__ import annotations

from dataclasses import replace
from enum import Enum
from typing import Protocol

from PySide6.QtCore import QRectF, Qt, SignalInstance
from PySide6.QtGui import QPainter, QPalette, QPen

from vig_annotator.analysis.suggestions import Suggestion
from vig_annotator.core import commands
from vig_annotator.core.model import CodeKind, Moment, Segment
from vig_annotator.core.timebase import timecode
from vig_annotator.qt.i18n import tr, tr_noop, tr_term
from vig_annotator.qt.player import Clock
from vig_annotator.qt.theme import colour as named
from vig_annotator.qt.timeline_layout import RULER_H, Layout, Row, View
from vig_annotator.qt.timeline_voices import suggestion_at
from vig_annotator.qt.workspace import Workspace

EDGE_PX = 5
DRAG_START_PX = 3
SHIFT_SNAP_PX = 8


class Part(Enum):
    """Which part of a segment the pointer is over."""

    BODY = "body"
    START = "start"
    END = "end"


class Surface(Protocol):
    """What the gestures read and tell on the timeline widget they act on."""

    view: View
    layout_: Layout
    workspace: Workspace
    clock: Clock
    moments: list[Moment]
    suggestions: list[Suggestion]
    collapsed: set[str]

    @property
    def status(self) -> SignalInstance: ...

    @property
    def moment_drawn(self) -> SignalInstance: ...

    @property
    def moment_clicked(self) -> SignalInstance: ...

    @property
    def suggestion_clicked(self) -> SignalInstance: ...

    def relayout(self) -> None: ...

    def invalidate(self) -> None: ...

    def update(self) -> None: ...

    def palette(self) -> QPalette: ...


def snap(t: Surface, ms: float, shift: bool, exclude: set[int] = frozenset()) -> int:  # type: ignore[assignment]
    """``ms`` inside the clip on the nearest frame boundary; with Shift, on another segment's edge nearby."""
    tb = t.workspace.timebase
    ms = min(max(ms, 0.0), float(tb.duration_ms))
    if shift:
        edges = t.workspace.index.edges(exclude)
        near = min(edges, key=lambda e: abs(e - ms), default=None)
        if near is not None and abs(near - ms) / t.view.ms_per_px <= SHIFT_SNAP_PX:
            return near
    return tb.snap_nearest(int(round(ms)))


def hit(t: Surface, row: Row, x: float) -> tuple[Segment | None, Part]:
    """The segment under x in a code row, and which part of it (its body, start or end edge)."""
    if row.code is None:
        return None, Part.BODY
    ms = t.view.ms(x)
    slack = EDGE_PX * t.view.ms_per_px
    for seg in t.workspace.index.at(row.code.id, int(ms), int(slack) + 1):
        x0, x1 = t.view.x(seg.start_ms), t.view.x(seg.end_ms)
        if seg.start_ms == seg.end_ms:
            return seg, Part.BODY
        if abs(x - x0) <= EDGE_PX and x1 - x0 > 2 * EDGE_PX:
            return seg, Part.START
        if abs(x - x1) <= EDGE_PX:
            return seg, Part.END
        if x0 <= x <= x1:
            return seg, Part.BODY
    return None, Part.BODY


def suggestion_under(t: Surface, row: Row | None, x: float) -> Suggestion | None:
    """The pending suggestion drawn under x in a code row, if any."""
    return suggestion_at(t.suggestions, row, t.view.ms(x), 2 * t.view.ms_per_px)


class Gesture:
    """One drag on the timeline, from the button going down to its release."""

    def __init__(self, t: Surface, press_ms: float, press_x: float) -> None:
        self.t = t
        self.press_ms = press_ms
        self.press_x = press_x
        self.current_ms = 0.0
        self.started = False  # moved far enough to count as a drag

    def move(self, x: float) -> None:
        self.current_ms = self.t.view.ms(x)
        if not self.started and abs(x - self.press_x) >= DRAG_START_PX:
            self.started = True
        self.follow(x)

    def follow(self, x: float) -> None:
        """The pointer moved to x while the button is down: an edit repaints its preview."""
        if self.started:
            self.t.update()

    def release(self, x: float, shift: bool) -> None:
        self.current_ms = self.t.view.ms(x)
        self.finish(shift)
        self.t.invalidate()

    def finish(self, shift: bool) -> None:
        """The button was released: a drag that went far enough becomes its edit."""
        ws = self.t.workspace
        if self.started and ws.project is not None and ws.session is not None:
            self.commit(shift)

    def commit(self, shift: bool) -> None:
        """Make the edit the drag shows (the project and session are open)."""

    def preview(self, shift: bool = False) -> list[tuple[int, int, Row]]:
        """What the drag would make: (start, end, row) for each segment affected."""
        return []

    def hidden(self) -> set[int]:
        """Segments not drawn in place while the drag shows where they go."""
        return set()

    def paint(self, p: QPainter) -> None:
        """The dashed outline of what the drag would make (drawn over the playhead's layer)."""
        v = self.t.view
        p.setPen(QPen(self.t.palette().color(QPalette.ColorRole.Highlight), 1, Qt.PenStyle.DashLine))
        colour = named("drag_preview")
        colour.setAlpha(140)
        for start, end, row in self.preview():
            x0, x1 = v.x(start), v.x(end)
            p.fillRect(QRectF(x0, row.y + 3, max(x1 - x0, 2), row.h - 6), colour)
            p.drawRect(QRectF(x0, row.y + 3, max(x1 - x0, 2), row.h - 6))


class Pan(Gesture):
    """Drag time sideways: the moment under the pointer stays under it."""

    def __init__(self, t: Surface, press_ms: float, press_x: float) -> None:
        super().__init__(t, press_ms, press_x)
        self.pan_start = t.view.start_ms

    def follow(self, x: float) -> None:
        view = self.t.view
        view.start_ms = self.pan_start - (x - self.press_x) * view.ms_per_px
        view.clamp()
        self.t.invalidate()

    def finish(self, shift: bool) -> None:
        pass


class Scrub(Gesture):
    """The playhead jumps to the press and follows the pointer."""

    def __init__(self, t: Surface, press_ms: float, press_x: float) -> None:
        super().__init__(t, press_ms, press_x)
        t.clock.seek(int(max(press_ms, 0)))

    def follow(self, x: float) -> None:
        self.t.clock.seek(int(max(self.current_ms, 0)))

    def finish(self, shift: bool) -> None:
        pass


class DrawMoment(Gesture):
    """Drag across the moments row: the new moment's range (the window asks for the rest)."""

    def __init__(self, t: Surface, press_ms: float, press_x: float, row: Row) -> None:
        super().__init__(t, press_ms, press_x)
        self.row = row

    def preview(self, shift: bool = False) -> list[tuple[int, int, Row]]:
        a = snap(self.t, self.press_ms, shift)
        b = snap(self.t, self.current_ms, shift)
        if self.row.code is not None and self.row.code.kind == CodeKind.POINT:
            return [(b, b, self.row)]
        return [(min(a, b), max(a, b), self.row)]

    def commit(self, shift: bool) -> None:
        a, b = sorted((snap(self.t, self.press_ms, shift), snap(self.t, self.current_ms, shift)))
        if b > a:
            self.t.moment_drawn.emit(a, b)


class Draw(DrawMoment):
    """Drag in an empty spot of a code row: a new segment of that code, selected once added."""

    def finish(self, shift: bool) -> None:
        if self.started:
            super().finish(shift)
            return
        t = self.t
        suggestion = suggestion_under(t, self.row, self.press_x)
        if suggestion is not None:
            t.suggestion_clicked.emit(suggestion)
        t.clock.seek(int(max(self.current_ms, 0)) if suggestion is None else suggestion.start_ms)

    def commit(self, shift: bool) -> None:
        ws, code = self.t.workspace, self.row.code
        if code is None or ws.project is None or ws.session is None:
            return
        tb = ws.timebase
        start, end, _row = self.preview(shift)[0]
        if code.kind == CodeKind.STATE and end <= start:
            return
        seg = Segment(ws.project.next_id("segment"), ws.session.id, code.id, start, end,
                      tb.frame_at(start), tb.frame_at(end),
                      tuple((m.name, m.default) for m in code.modifiers if m.default), item=code.item)
        if ws.run(commands.add_segment(seg), initiator=self.t) is None:
            return
        ws.select({seg.id})
        self.t.status.emit(tr("Added {code} {start}–{end}").format(code=tr_term(code.label), start=timecode(start),
                                                                     end=timecode(end)))


class Move(Gesture):
    """Drag a segment's body: the selection moves by the same time, kept inside the clip."""

    def __init__(self, t: Surface, press_ms: float, press_x: float, grabbed: Segment, moving: list[Segment]) -> None:
        super().__init__(t, press_ms, press_x)
        self.grabbed = grabbed
        self.moving = moving

    def hidden(self) -> set[int]:
        return {s.id for s in self.moving}

    def delta(self, shift: bool) -> int:
        if not self.moving:  # Ctrl took the grabbed segment out of the selection: nothing moves
            return 0
        anchor = self.grabbed.start_ms
        target = snap(self.t, anchor + self.current_ms - self.press_ms, shift, self.hidden())
        lo = min(s.start_ms for s in self.moving)
        hi = max(s.end_ms for s in self.moving)
        return int(min(max(target - anchor, -lo), self.t.workspace.timebase.duration_ms - hi))

    def preview(self, shift: bool = False) -> list[tuple[int, int, Row]]:
        delta = self.delta(shift)
        rows = ((seg, self.t.layout_.code_row(seg.code_id)) for seg in self.moving)
        return [(seg.start_ms + delta, seg.end_ms + delta, row) for seg, row in rows if row is not None]

    def commit(self, shift: bool) -> None:
        ws = self.t.workspace
        delta = self.delta(shift)
        if not delta:
            return
        if ws.run(commands.move_segments(self.moving, delta, ws.timebase.frame_at), initiator=self.t) is None:
            return
        self.t.status.emit(tr("Moved %n segment(s) by {seconds:+.3f} s", n=len(self.moving)).format(
            seconds=delta / 1000))


class Resize(Gesture):
    """Drag a segment's start or end edge; it never passes the other edge."""

    def __init__(self, t: Surface, press_ms: float, press_x: float, row: Row, segment: Segment, edge: Part) -> None:
        super().__init__(t, press_ms, press_x)
        self.row = row
        self.segment = segment
        self.edge = edge

    def hidden(self) -> set[int]:
        return {self.segment.id}

    def resized(self, shift: bool) -> tuple[int, int]:
        seg = self.segment
        edge = snap(self.t, self.current_ms, shift, {seg.id})
        if self.edge is Part.START:
            return min(edge, seg.end_ms), seg.end_ms
        return seg.start_ms, max(edge, seg.start_ms)

    def preview(self, shift: bool = False) -> list[tuple[int, int, Row]]:
        start, end = self.resized(shift)
        return [(start, end, self.row)]

    def commit(self, shift: bool) -> None:
        ws, seg = self.t.workspace, self.segment
        start, end = self.resized(shift)
        if (start, end) == (seg.start_ms, seg.end_ms):
            return
        tb = ws.timebase
        after = replace(seg, start_ms=start, end_ms=end, start_frame=tb.frame_at(start), end_frame=tb.frame_at(end))
        if ws.run(commands.change_segment(seg, after, tr_noop("Resize segment")), initiator=self.t) is None:
            return
        self.t.status.emit(tr("Resized to {start}–{end}").format(start=timecode(start), end=timecode(end)))


def press(t: Surface, x: float, y: float, button: Qt.MouseButton, mods: Qt.KeyboardModifier) -> Gesture | None:
    """The gesture a button going down at (x, y) starts, or None for a click that is done at once.

    Clicks done at once: a group's name folds or unfolds it; a moment is chosen and the playhead goes to
    its start. Pressing on a segment selects it first (Ctrl adds it to the selection or takes it out).
    """
    ms = t.view.ms(x)
    if button == Qt.MouseButton.MiddleButton or (y < RULER_H and x < t.view.header_w):
        return Pan(t, ms, x)
    if button != Qt.MouseButton.LeftButton:
        return None
    if y < RULER_H:
        return Scrub(t, ms, x)
    row = t.layout_.row_at(y)
    if row is None:
        return None
    if x < t.view.header_w:
        if row.kind == "group":
            t.collapsed ^= {row.group}
            t.relayout()
        return None
    if row.kind == "moments":
        chosen = [m for m in t.moments if m.start_ms <= ms <= m.end_ms]
        if chosen:
            t.moment_clicked.emit(chosen[0].id)
            t.clock.seek(chosen[0].start_ms)
            return None
        return DrawMoment(t, ms, x, row)
    if row.kind != "code":
        return Scrub(t, ms, x)
    seg, part = hit(t, row, x)
    ctrl = bool(mods & Qt.KeyboardModifier.ControlModifier)
    ws = t.workspace
    if seg is None:
        if not ctrl:
            ws.select(set())
        return Draw(t, ms, x, row)
    selection = set(ws.selection)
    if ctrl:
        selection ^= {seg.id}
    elif seg.id not in selection:
        selection = {seg.id}
    ws.select(selection)
    if part is Part.BODY:
        return Move(t, ms, x, seg, ws.selected_segments())
    return Resize(t, ms, x, row, seg, part)
