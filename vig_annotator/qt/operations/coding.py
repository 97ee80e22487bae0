"""Coding while watching: code keys, modifiers, VIG moments marked with I and O."""

from __future__ import annotations

from dataclasses import replace

from vig_annotator.core import commands
from vig_annotator.core.model import LONG_MOMENT_MS, Code, Moment, Segment
from vig_annotator.core.timebase import timecode
from vig_annotator.qt.dialogs import modifier_menu
from vig_annotator.qt.i18n import tr, tr_noop
from vig_annotator.qt.shell import Shell


def code_key(shell: Shell, code: Code) -> None:
    """A code's key (or a click on it in the codes panel): start, end or mark at the frame on screen."""
    ws = shell.workspace
    if ws.live is None or ws.project is None:
        return
    at = ws.live.press_time(shell.clock.position)
    command = ws.live.press(code, shell.clock.position)
    if ws.run(command) is None:
        return  # refused: the workspace has said why
    shell.show_status(tr("{step} at {time} (frame {frame})").format(
        step=tr(command.label), time=timecode(at), frame=ws.timebase.frame_at(at)))
    added = [after for before, after in command.pairs if before is None and isinstance(after, Segment)]
    if added and code.modifiers:
        segment_id = added[-1].id
        pos = shell.timeline.mapToGlobal(shell.timeline.rect().center())

        def chosen(mods: tuple[tuple[str, tuple[str, ...]], ...]) -> None:
            set_modifiers(shell, segment_id, mods)

        modifier_menu(shell.window(), code, pos, chosen)


def set_modifiers(shell: Shell, segment_id: int, mods: tuple[tuple[str, tuple[str, ...]], ...]) -> None:
    ws = shell.workspace
    if ws.project is None or segment_id not in ws.project.entities["segment"]:
        return
    seg = ws.project.segment(segment_id)
    merged = dict(seg.modifiers)
    merged.update(dict(mods))
    ws.run(commands.change_segment(seg, replace(seg, modifiers=tuple(merged.items())),
                                     tr_noop("Set modifiers")))


def end_open_segments(shell: Shell) -> None:
    """End every open segment at the playhead (the coder stops, or the window closes)."""
    ws = shell.workspace
    if ws.live is None or ws.project is None or ws.project.backend.read_only:
        return
    command = ws.live.end_all(shell.clock.position)
    if command is not None:
        ws.run(command)


def mark_in(shell: Shell) -> None:
    shell.moment_in = shell.clock.position
    shell.show_status(tr("Moment in at {time}; press O at its end").format(time=timecode(shell.moment_in)))


def mark_out(shell: Shell) -> None:
    out = shell.clock.position
    if shell.moment_in is None or out <= shell.moment_in:
        shell.show_status(tr("Press I at the moment's start first (out must come after in)"))
        return
    add_moment(shell, shell.moment_in, out)
    shell.moment_in = None


def add_moment(shell: Shell, start_ms: int, end_ms: int) -> None:
    ws = shell.workspace
    if ws.project is None or ws.session is None:
        return
    moments = ws.project.moments(ws.session.id)
    moment = Moment(ws.project.next_id("moment"), ws.session.id, start_ms, end_ms,
                    order=len(moments) + 1, key_ms=ws.timebase.snap((start_ms + end_ms) // 2))
    if ws.run(commands.add_moment(moment)) is None:
        return
    shell.moments.select(moment.id)
    shell.docks["moments"].raise_()
    long = "  " + tr("— over {seconds} s: review moments are usually shorter").format(
        seconds=LONG_MOMENT_MS // 1000) if end_ms - start_ms > LONG_MOMENT_MS else ""
    shell.show_status(tr("Moment {n}: {start}–{end}").format(n=moment.order, start=timecode(start_ms),
                                                           end=timecode(end_ms)) + long)


def step_moment(shell: Shell, step: int) -> None:
    """Go to the next (step 1) or previous (step -1) moment in time from the playhead."""
    moments = sorted(shell.moments.moments(), key=lambda m: m.start_ms)
    now = shell.clock.position
    ahead = [m for m in moments if m.start_ms > now] if step > 0 else [m for m in moments if m.start_ms < now]
    if not ahead:
        return
    target = ahead[0] if step > 0 else ahead[-1]
    shell.moments.select(target.id)
    shell.clock.seek(target.start_ms)
    shell.show_status(tr("Moment {n}: {start}–{end}").format(n=target.order, start=timecode(target.start_ms),
                                                           end=timecode(target.end_ms)))
