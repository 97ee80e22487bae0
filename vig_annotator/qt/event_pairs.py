"""Event-based agreement drawn: coder A's events above, coder B's below, a line for each pairing.

Green: the same code within the window; orange: paired in time but coded differently; a red mark: an
event the other coder has no partner for (a miss or a false alarm). Clicking near an event plays it
from a second before.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QMouseEvent, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from vig_annotator.qt.i18n import tr
from vig_annotator.qt.style import names_width
from vig_annotator.qt.theme import colour as named
from vig_annotator.qt.theme import colour_or

LABEL_W = 150
"""The coders' names column at the usual font sizes; wider for a larger font or longer names (``label_w``)."""
ROW_H = 22
"""A row's height at the usual font sizes; a larger font makes it taller (``EventPairsStrip.row_h``)."""


def verdict(pair: dict[str, Any]) -> str:
    if pair["a"] is None:
        return tr("false alarm (only B)")
    if pair["b"] is None:
        return tr("miss (only A)")
    return tr("match") if pair["code_a"] == pair["code_b"] else tr("code mismatch")


class EventPairsStrip(QWidget):
    """Both coders' event onsets on one time axis with their pairings."""

    def __init__(self, seek: Callable[[int], None] | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.seek = seek
        self.pairs: list[dict[str, Any]] = []
        self.names: tuple[str, str] = ("A", "B")
        self.colours: dict[str, str] = {}
        self.duration_ms = 1
        self.setFixedHeight(3 * self.row_h() + 8)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setToolTip(tr("Green: paired, same code · orange: paired, other code · red: no partner. "
                        "Click an event to play it from a second before."))

    def set_data(self, pairs: Sequence[dict[str, Any]], names: tuple[str, str], colours: dict[str, str],
                 duration_ms: int) -> None:
        self.pairs, self.names, self.colours = list(pairs), names, colours
        self.duration_ms = max(duration_ms, 1)
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(800, self.minimumHeight())

    def row_h(self) -> int:
        """The height of a coder's row: room for a line of the widget's text."""
        return max(ROW_H, self.fontMetrics().height() + 4)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.FontChange:
            self.setFixedHeight(3 * self.row_h() + 8)
        super().changeEvent(event)

    def label_w(self) -> int:
        """The names' column: the longer name, but never more than a third of the strip's width."""
        return names_width(self, self.names, LABEL_W)

    def x_of(self, ms: int, label_w: int | None = None) -> float:
        """Where ``ms`` is; pass ``label_w`` when placing many (it is measured from the font)."""
        label_w = self.label_w() if label_w is None else label_w
        return label_w + ms * (self.width() - label_w - 4) / self.duration_ms

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.fillRect(self.rect(), self.palette().color(QPalette.ColorRole.Base))
        text = self.palette().color(QPalette.ColorRole.Text)
        row_h, label_w = self.row_h(), self.label_w()
        ya, yb = 4.0, 4.0 + 2 * row_h
        p.setPen(text)
        for y, name in ((ya, self.names[0]), (yb, self.names[1])):
            shown = self.fontMetrics().elidedText(name, Qt.TextElideMode.ElideRight, label_w - 8)
            p.drawText(QRectF(4, y, label_w - 8, row_h), Qt.AlignmentFlag.AlignVCenter, shown)
        for pair in self.pairs:
            xa = self.x_of(pair["onset_a_ms"], label_w) if pair["onset_a_ms"] is not None else None
            xb = self.x_of(pair["onset_b_ms"], label_w) if pair["onset_b_ms"] is not None else None
            if xa is not None and xb is not None:
                colour = named("event_match" if pair["code_a"] == pair["code_b"] else "event_mismatch")
                p.setPen(QPen(colour, 2))
                p.drawLine(QPointF(xa, ya + row_h), QPointF(xb, yb))
            for x, y, code in ((xa, ya, pair["code_a"]), (xb, yb, pair["code_b"])):
                if x is None:
                    continue
                p.fillRect(QRectF(x - 2, y + 2, 4, row_h - 4), colour_or(self.colours.get(code), "code_default"))
                if (xa is None) != (xb is None):
                    p.setPen(QPen(named("event_unpaired"), 2))
                    p.drawRect(QRectF(x - 4, y, 8, row_h))

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if self.seek is None or not self.pairs:
            return
        pos = event.position()
        onsets = [pair["onset_a_ms"] if pos.y() < 4 + 1.5 * self.row_h() else pair["onset_b_ms"] for pair in self.pairs]
        label_w = self.label_w()
        near = [(abs(self.x_of(t, label_w) - pos.x()), t) for t in onsets if t is not None]
        if near and min(near)[0] <= 6:
            self.seek(max(0, min(near)[1] - 1000))
