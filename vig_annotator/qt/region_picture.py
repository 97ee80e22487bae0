"""A still of the clip with each person's region drawn on it; drag on it to draw a region.

Regions are in pixels of the upright picture, as the motion energy reads them, so what is drawn here is
what is measured.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QImage, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from vig_annotator.qt.i18n import tr
from vig_annotator.qt.theme import colour as named

Region = tuple[int, int, int, int]
COLOURS = ["region_1", "region_2", "region_3", "region_4"]  # named in the theme


class RegionPicture(QWidget):
    """Paints a still and the regions on it; while a name is being drawn, a drag sets that region."""

    drawn = Signal(str, object)
    """A region was drawn: its name and (x, y, w, h) in picture pixels."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.image = QImage()
        self.regions: dict[str, Region] = {}
        self.drawing = ""
        self._from: QPointF | None = None
        self._to: QPointF | None = None
        self.setMinimumSize(240, 135)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setAccessibleName(tr("Regions on the picture"))

    def sizeHint(self) -> QSize:
        return QSize(320, 180)

    def show_image(self, image: QImage) -> None:
        self.image = image
        self.update()

    def show_regions(self, regions: dict[str, Region]) -> None:
        self.regions = dict(regions)
        self.update()

    def draw_as(self, name: str) -> None:
        """The next drag on the picture sets the region called ``name``."""
        self.drawing = name
        self.setCursor(Qt.CursorShape.CrossCursor)

    def picture_rect(self) -> QRectF:
        """Where the still is painted in the widget (scaled to fit, centred)."""
        if self.image.isNull():
            return QRectF()
        size = self.image.size().scaled(self.size(), Qt.AspectRatioMode.KeepAspectRatio)
        return QRectF((self.width() - size.width()) / 2, (self.height() - size.height()) / 2,
                      size.width(), size.height())

    def to_picture(self, point: QPointF) -> QPointF:
        """A widget point in picture pixels, kept inside the picture."""
        rect = self.picture_rect()
        scale = self.image.width() / rect.width()
        x = min(max((point.x() - rect.x()) * scale, 0.0), float(self.image.width()))
        y = min(max((point.y() - rect.y()) * scale, 0.0), float(self.image.height()))
        return QPointF(x, y)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if self.drawing and not self.image.isNull():
            self._from = self._to = self.to_picture(event.position())

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._from is not None:
            self._to = self.to_picture(event.position())
            self.update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._from is None:
            return
        a, b = self._from, self.to_picture(event.position())
        self._from = self._to = None
        x, y = int(min(a.x(), b.x())), int(min(a.y(), b.y()))
        w, h = int(abs(b.x() - a.x())), int(abs(b.y() - a.y()))
        name, self.drawing = self.drawing, ""
        self.unsetCursor()
        if w > 0 and h > 0:
            self.regions[name] = (x, y, w, h)
            self.drawn.emit(name, (x, y, w, h))
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.fillRect(self.rect(), named("video_background"))
        if self.image.isNull():
            p.setPen(named("video_text"))
            p.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, tr("Show the picture to draw regions on it"))
            return
        rect = self.picture_rect()
        p.drawImage(rect, self.image)
        scale = rect.width() / self.image.width()
        for i, (name, (x, y, w, h)) in enumerate(self.regions.items()):
            colour = named(COLOURS[i % len(COLOURS)])
            p.setPen(QPen(colour, 2))
            box = QRectF(rect.x() + x * scale, rect.y() + y * scale, w * scale, h * scale)
            p.drawRect(box)
            p.drawText(box.adjusted(4, 2, 0, 0), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, name)
        if self._from is not None and self._to is not None:
            p.setPen(QPen(named("region_drawing"), 1, Qt.PenStyle.DashLine))
            p.drawRect(QRectF(rect.x() + self._from.x() * scale, rect.y() + self._from.y() * scale,
                              (self._to.x() - self._from.x()) * scale, (self._to.y() - self._from.y()) * scale))
