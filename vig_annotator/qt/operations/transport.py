"""Moving through the clip: shuttle (J/K/L), seconds, loops, speed, go to a time or frame."""

from __future__ import annotations

from vig_annotator.core.timebase import timecode
from vig_annotator.qt.dialogs import ask_time
from vig_annotator.qt.i18n import tr
from vig_annotator.qt.player import RATES
from vig_annotator.qt.shell import Shell


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
