"""A VIG moment's caption taken from an utterance that overlaps it ("speaking for the baby").

The utterances come from every session on the moment's clip (the transcript is often its own
session); the chosen one's words become the caption through one undoable command.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QWidget

from vig_annotator.core.model import Moment
from vig_annotator.core.project import Project
from vig_annotator.core.timebase import timecode
from vig_annotator.core.transcript import Utterance, overlapping, speakers, utterances
from vig_annotator.qt.i18n import tr
from vig_annotator.qt.transcript_edits import caption_from
from vig_annotator.qt.workspace import Workspace


def utterances_over(project: Project, moment: Moment) -> list[Utterance]:
    """The utterances of any session on the moment's clip that overlap the moment."""
    clip_id = project.session(moment.session_id).clip_id
    found: list[Utterance] = []
    for session in project.sessions_of_clip(clip_id):
        codes = speakers(project.scheme_of(session))
        if codes:
            found += utterances(project.segments(session.id), codes)
    return overlapping(found, moment.start_ms, moment.end_ms)


def _exec(menu: QMenu, at: QPoint) -> QAction | None:
    """Show the menu and wait for a choice (a seam the tests replace: they never open a menu)."""
    return menu.exec(at)


def caption_from_transcript(parent: QWidget, workspace: Workspace, moment: Moment, at: QPoint) -> str:
    """Offer the overlapping utterances; the one chosen becomes the caption. Returns what to say in the status bar."""
    project = workspace.project
    if project is None:
        return ""
    found = utterances_over(project, moment)
    if not found:
        return tr("No transcribed utterance overlaps this moment (Analysis ▸ Transcript)")
    menu = QMenu(parent)
    for u in found:
        text = " ".join(u.text.split())
        action = menu.addAction(f"{timecode(u.start_ms)} {u.speaker.capitalize()}: "
                                f"{text if len(text) <= 80 else text[:79] + '…'}")
        action.setData(u.text)
    chosen = _exec(menu, at)
    if chosen is None:
        return ""
    workspace.run(caption_from(moment, str(chosen.data())))
    return tr("Caption taken from the transcript")
