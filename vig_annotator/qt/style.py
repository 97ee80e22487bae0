"""Small helpers for the app's look: a widget's role in the stylesheet, and sizes from font metrics.

Sizes come from the font, not from pixels, so the layout holds at any font size and screen scale.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QAbstractButton, QStyle, QStyleOptionButton, QWidget


def alert(widget: QWidget, on: bool) -> None:
    """Show ``widget`` in the stylesheet's alert colours (``[alert="true"]``) or not."""
    if widget.property("alert") == on:
        return
    widget.setProperty("alert", on)
    style = widget.style()
    style.unpolish(widget)  # a dynamic property is read by the stylesheet only on polish
    style.polish(widget)
    widget.update()


def button_width(button: QAbstractButton, text: str, font: QFont | None = None) -> int:
    """The width a push button needs to show ``text`` (its widest label) in ``font`` (default: its own).

    Pass the font of the panel a new button will go into: until it is placed, it has the app's font.
    """
    option = QStyleOptionButton()
    option.initFrom(button)
    content = QFontMetrics(font or button.font()).size(0, text)
    return button.style().sizeFromContents(QStyle.ContentsType.CT_PushButton, option, content, button).width()


def text_height(widget: QWidget, lines: float) -> int:
    """The height of ``lines`` lines of text in ``widget``'s font, plus its frame."""
    frame = 2 * widget.style().pixelMetric(QStyle.PixelMetric.PM_DefaultFrameWidth, None, widget)
    return int(widget.fontMetrics().lineSpacing() * lines) + frame + 4


def names_width(widget: QWidget, names: Iterable[str], least: int, padding: int = 12) -> int:
    """A names column beside a plot in ``widget``: the longest name in its font plus ``padding``.

    Never narrower than ``least`` (the usual look) nor wider than a third of the widget, so the plot
    keeps the rest; a longer name is elided where it is drawn.
    """
    widest = max((widget.fontMetrics().horizontalAdvance(name) for name in names), default=0)
    return max(least, min(widest + padding, widget.width() // 3))
