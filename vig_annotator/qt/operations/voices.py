"""Voices: find the clip's vocalisations (in the background) and review them as suggestions by key."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDockWidget, QMainWindow, QWidget

from vig_annotator.core.timebase import timecode
from vig_annotator.qt.i18n import tr
from vig_annotator.qt.shell import Shell

PANEL = "dock_voices"


def find_voices(shell: Shell) -> None:
    """Open the Voices panel and show the clip's voices (kept in the project, else computed now)."""
    if shell.workspace.project is None:
        return
    if not shell.window().findChildren(QDockWidget, PANEL):
        from vig_annotator.qt.voices_panel import VoicesPanel

        operations = {"find_voices": lambda: shell.voice_suggestions.start(),
                      "previous_suggestion": lambda: next_suggestion(shell, -1),
                      "next_suggestion": lambda: next_suggestion(shell, 1),
                      "accept_suggestion": lambda: accept_suggestion(shell),
                      "reject_suggestion": lambda: reject_suggestion(shell),
                      "accept_suggestions_in_range": lambda: accept_in_range(shell)}
        _dock_beside_codes(shell, VoicesPanel(shell.voice_suggestions, operations))
    shell.voice_suggestions.start()


def _dock_beside_codes(shell: Shell, view: QWidget) -> None:
    """The panel under the Codes panel (the right-hand column has room; the timeline keeps its height)."""
    window = shell.window()
    dock = QDockWidget(tr("Voices"), window)
    dock.setObjectName(PANEL)
    dock.setWidget(view)
    dock.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    if isinstance(window, QMainWindow):
        window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
        codes = shell.docks.get("codes")
        if codes is not None and not codes.isFloating() and codes.isVisible():
            window.splitDockWidget(codes, dock, Qt.Orientation.Vertical)
    dock.show()
    dock.raise_()


def _show_current(shell: Shell) -> None:
    s = shell.voice_suggestions.current
    if s is None:
        shell.show_status(tr("No suggestion left to review"))
        return
    shell.clock.seek(s.start_ms)
    shell.show_status(tr("Suggestion: {code} {start}–{end} (accept / reject / next)").format(
        code=s.code_id, start=timecode(s.start_ms), end=timecode(s.end_ms)))


def next_suggestion(shell: Shell, step: int = 1) -> None:
    shell.voice_suggestions.next(step)
    _show_current(shell)


def accept_suggestion(shell: Shell) -> None:
    if shell.voice_suggestions.accept() is not None:
        _show_current(shell)


def reject_suggestion(shell: Shell) -> None:
    if shell.voice_suggestions.reject() is not None:
        _show_current(shell)


def review_range(shell: Shell) -> tuple[int, int] | None:
    """The range "accept all" works on: the loop, else the span of the selected segments."""
    if shell.clock.loop is not None:
        return shell.clock.loop
    chosen = shell.workspace.selected_segments()
    if chosen:
        return min(s.start_ms for s in chosen), max(s.end_ms for s in chosen)
    return None


def accept_in_range(shell: Shell) -> None:
    span = review_range(shell)
    if span is None:
        shell.show_status(tr("Loop a stretch (Ctrl+L) or select segments first: their range is accepted"))
        return
    accepted = shell.voice_suggestions.accept_range(*span)
    shell.show_status(tr("Accepted {n} suggestions in {start}–{end}").format(
        n=len(accepted), start=timecode(span[0]), end=timecode(span[1])))
