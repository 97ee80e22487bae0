"""The coding area: the picture with its transport bar above, the timeline below, the picture keeping most height."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QScrollArea, QSplitter, QVBoxLayout, QWidget

from vig_annotator.qt.window_layout import SidewaysScroll


def picture_over_timeline(picture: QWidget, transport: QWidget, timeline: QWidget) -> tuple[QSplitter, QScrollArea]:
    """The splitter and the timeline's scroll area.

    ``picture`` sits over ``transport`` (scrolled sideways when narrow); ``timeline`` scrolls vertically below.
    """
    top = QWidget()
    top_layout = QVBoxLayout(top)
    top_layout.setContentsMargins(0, 0, 0, 0)
    top_layout.addWidget(picture, 1)
    top_layout.addWidget(SidewaysScroll(transport))
    splitter = QSplitter(Qt.Orientation.Vertical)
    splitter.addWidget(top)
    scroll = QScrollArea()
    scroll.setWidget(timeline)
    scroll.setWidgetResizable(True)
    scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    splitter.addWidget(scroll)
    splitter.setStretchFactor(0, 3)  # the picture keeps most of any added height
    splitter.setStretchFactor(1, 2)
    splitter.setSizes([600, 400])
    return splitter, scroll
