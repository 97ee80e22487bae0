"""Transport bar: play/pause, speed, position as timecode and true frame number, duration."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QSlider, QToolButton, QWidget

from vig_annotator.core.timebase import frame_timecode, timecode
from vig_annotator.qt.i18n import tr
from vig_annotator.qt.icons import icon
from vig_annotator.qt.player import RATES, Clock


class TransportBar(QWidget):
    """Shows where the clock is; its buttons act on the clock."""

    def __init__(self, clock: Clock, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.clock = clock
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 2, 6, 2)
        self._icons = {"play": icon("play"), "pause": icon("pause")}
        self.back = self._button(icon("step-back"),
                                 tr("One frame back (Left)"), lambda: clock.step(-1))
        self.play = self._button(self._icons["play"], tr("Play / pause (Space)"), clock.toggle)
        self.forward = self._button(icon("step-forward"),
                                    tr("One frame forward (Right)"), lambda: clock.step(1))
        for b in (self.back, self.play, self.forward):
            layout.addWidget(b)
        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setAccessibleName(tr("Position"))
        self.slider.sliderMoved.connect(lambda v: clock.seek(v))
        layout.addWidget(self.slider, 1)
        self.position = QLabel()
        self.position.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.position.setToolTip(tr("Position: timecode (HH:MM:SS.mmm), frame-timecode and true frame "
                                 "number (0-based, from the clip's timestamp table)"))
        layout.addWidget(self.position)
        self.speed = QComboBox()
        self.speed.setToolTip(tr("Playback speed (pitch kept where the backend allows)"))
        for rate in RATES:
            self.speed.addItem(f"{rate:g}×", rate)
        self.speed.setCurrentIndex(RATES.index(1.0))
        self.speed.currentIndexChanged.connect(lambda i: clock.set_rate(RATES[i]))
        layout.addWidget(self.speed)
        clock.position_changed.connect(self._on_position_changed)
        clock.playing_changed.connect(self._on_playing_changed)
        clock.rate_changed.connect(self._on_rate_changed)
        self.refresh()

    def _button(self, icon: QIcon, tip: str, slot: object) -> QToolButton:
        button = QToolButton()
        button.setIcon(icon)
        button.setToolTip(tip)
        button.setAccessibleName(tip)
        button.clicked.connect(slot)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        return button

    def refresh(self) -> None:
        self.slider.blockSignals(True)
        self.slider.setRange(0, max(self.clock.duration, 1))
        self.slider.blockSignals(False)
        self._on_position_changed(self.clock.position)

    def _on_position_changed(self, ms: int) -> None:
        tb = self.clock.timebase
        ms = max(ms, 0)
        exact = "" if tb.exact else tr(" (declared rate)")
        self.position.setText(
            f"{timecode(ms)}  {frame_timecode(ms, tb)}  "
            + tr("frame {frame} / {last}   of {duration}").format(frame=tb.frame_at(ms), last=tb.frame_count - 1,
                                                                 duration=timecode(tb.duration_ms)) + exact)
        if not self.slider.isSliderDown():
            self.slider.blockSignals(True)
            self.slider.setValue(ms)
            self.slider.blockSignals(False)

    def _on_playing_changed(self, playing: bool) -> None:
        self.play.setIcon(self._icons["pause" if playing else "play"])

    def _on_rate_changed(self, rate: float) -> None:
        self.speed.blockSignals(True)
        if rate in RATES:
            self.speed.setCurrentIndex(RATES.index(rate))
        self.speed.blockSignals(False)
