"""The picture: the frame the player delivered, scaled to fit, upright (Qt applies rotation)."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QImage, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from vig_annotator.qt.i18n import tr
from vig_annotator.qt.theme import colour as named


class VideoView(QWidget):
    """Paints the latest frame image (grabbable in tests, unlike QVideoWidget)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.image = QImage()
        self.message = tr("No clip")
        self.caption = ""
        """A name painted in the corner (which camera this is, when there are several)."""
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(320, 180)
        self.setAccessibleName(tr("Video"))

    def show_image(self, image: QImage) -> None:
        self.image = image
        self.update()

    def show_message(self, text: str) -> None:
        self.image = QImage()
        self.message = text
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(640, 360)

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.fillRect(self.rect(), named("video_background"))
        if self.image.isNull():
            p.setPen(named("video_text"))
            p.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.message)
            return
        size = self.image.size().scaled(self.size(), Qt.AspectRatioMode.KeepAspectRatio)
        x = (self.width() - size.width()) / 2
        y = (self.height() - size.height()) / 2
        p.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        p.drawImage(QRectF(x, y, size.width(), size.height()), self.image)
        if self.caption:
            box = p.fontMetrics().boundingRect(self.caption).adjusted(-4, -2, 4, 2)
            box.moveTopLeft(self.rect().topLeft())
            shade = named("video_background")
            shade.setAlpha(160)
            p.fillRect(box, shade)
            p.setPen(named("video_text"))
            p.drawText(box, Qt.AlignmentFlag.AlignCenter, self.caption)
