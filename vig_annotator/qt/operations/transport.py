"""Moving through the clip: shuttle (J/K/L), seconds, loops, speed, go to a time or frame."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer

from vig_annotator.core.timebase import timecode
from vig_annotator.qt.dialogs import ask_time
from vig_annotator.qt.i18n import tr
from vig_annotator.qt.player import RATES, Clock
from vig_annotator.qt.shell import Shell


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


def seek_by(shell: Shell, ms: int) -> None:
    shell.clock.seek(max(0, shell.clock.position + ms))


def go_end(shell: Shell) -> None:
    shell.clock.seek_frame(shell.clock.timebase.frame_count - 1)


def loop(shell: Shell, start_ms: int, end_ms: int) -> None:
    shell.clock.loop = (start_ms, end_ms)
    shell.clock.seek(start_ms)
    shell.clock.play()
    shell.show_status(tr("Looping {start}–{end} (Play ▸ Stop looping)").format(start=timecode(start_ms),
                                                                             end=timecode(end_ms)))


def loop_selection(shell: Shell) -> None:
    chosen = shell.workspace.selected_segments()
    if chosen:
        loop(shell, min(s.start_ms for s in chosen), max(s.end_ms for s in chosen))
    elif (m := shell.moments.current()) is not None:
        loop(shell, m.start_ms, m.end_ms)


def stop_loop(shell: Shell) -> None:
    shell.clock.loop = None


def change_rate(shell: Shell, step: int) -> None:
    clock = shell.clock
    i = RATES.index(clock.rate) if clock.rate in RATES else RATES.index(1.0)
    clock.set_rate(RATES[min(max(i + step, 0), len(RATES) - 1)])


def go_to(shell: Shell) -> None:
    target = ask_time(shell.window(), shell.workspace.timebase, shell.clock.position)
    if target is not None:
        shell.clock.seek(target)
