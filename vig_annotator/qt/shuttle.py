"""The J/K/L shuttle: the window's one, which the transport operations drive."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer

from vig_annotator.qt.i18n import tr
from vig_annotator.qt.player import RATES, Clock


class Shuttle(QObject):
    """J steps backwards by frames, faster when repeated (true reverse play is not available); L plays."""

    def __init__(self, clock: Clock, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.clock = clock
        self.speed = 0
        self.timer = QTimer(self)
        self.timer.timeout.connect(lambda: self.clock.step(-1))

    def forward(self) -> str:
        self.timer.stop()
        if self.clock.playing and self.clock.rate in RATES:
            faster = [r for r in RATES if r > self.clock.rate]
            self.clock.set_rate(faster[0] if faster else self.clock.rate)
        else:
            self.clock.set_rate(1.0)
            self.clock.play()
        return tr("Playing at {rate:g}×").format(rate=self.clock.rate)

    def back(self) -> str:
        if self.clock.playing:
            self.clock.pause()
        self.speed = min(self.speed + 1, 4) if self.timer.isActive() else 1
        self.timer.start(int(80 / self.speed))
        return tr("Stepping backwards ({speed}×); K stops").format(speed=self.speed)

    def stop(self) -> None:
        self.timer.stop()
        self.clock.pause()
