"""Transcription mode: type an utterance while it loops, Enter moves on, suggestions wait for acceptance."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from vig_annotator.analysis.suggestions import SUGGESTED_BY
from vig_annotator.analysis.voices import Vocalisation
from vig_annotator.core.transcript import MIND_MINDEDNESS
from vig_annotator.io.transcripts import Line, import_command
from vig_annotator.projects import add_clip, add_coder, start_session
from vig_annotator.qt import transcript_panel
from vig_annotator.qt.player import FakeClock
from vig_annotator.qt.transcript_panel import TranscriptPanel
from vig_annotator.qt.workspace import Workspace
from vig_annotator.schemes import builtin
from vig_annotator.store.project_file import create_project

SAMPLES = Path(__file__).resolve().parents[2] / "sample_clips"


@pytest.fixture
def setup(qtbot, tmp_path):
    shutil.copy2(SAMPLES / "demo_clip.mp4", tmp_path / "clip.mp4")
    project = create_project(tmp_path / "t.vigproj")
    clip = add_clip(project, tmp_path / "clip.mp4")
    session = start_session(project, clip, add_coder(project, "AA"), builtin("mind_mindedness"))
    project.run(import_command(project, session.id, [Line(1000, 2000, "parent", "", "", "row 2"),
                                                     Line(3000, 4500, "parent", "", "", "row 3"),
                                                     Line(5000, 6000, "infant", "aah", "", "row 4")], "t.csv"))
    ws = Workspace()
    ws.set_project(project)
    clock = FakeClock(ws.timebase)
    marks: dict[str, int | None] = {"in": None}
    panel = TranscriptPanel(ws, clock, mark_in=lambda: marks["in"])
    qtbot.addWidget(panel)
    panel.show()
    yield panel, ws, clock, marks
    ws.set_project(None)


def notes(ws):
    return [(s.start_ms, s.code_id, s.note) for s in ws.segments()]


def test_type_while_it_loops_and_enter_moves_to_the_next(qtbot, setup):
    panel, ws, clock, _ = setup
    assert panel.table.rowCount() == 3
    panel.table.setCurrentCell(0, 2)
    assert clock.loop == (1000, 2000)
    qtbot.keyClicks(panel.text, "Look at you")
    assert notes(ws)[0] == (1000, "parent_utterance", "Look at you")
    qtbot.keyClick(panel.text, Qt.Key.Key_Return)
    assert panel.table.currentRow() == 1 and clock.loop == (3000, 4500) and clock.position == 3000
    assert panel.text.text() == "" and panel.table.item(0, 2).text() == "Look at you"
    ws.do_undo()  # the whole run of typing is one step
    assert notes(ws)[0] == (1000, "parent_utterance", "")


def test_mind_mindedness_code_and_figures(qtbot, setup):
    panel, ws, _, _ = setup
    panel.table.setCurrentCell(1, 2)
    panel.mind.setCurrentIndex(panel.mind.findData("appropriate"))
    panel.mind.activated.emit(panel.mind.currentIndex())
    assert ws.segments()[1].modifier_dict()[MIND_MINDEDNESS] == ("appropriate",)
    assert panel.table.item(1, 3).text() == "Appropriate"
    assert panel.figures.table.item(0, 1).text() == "1" and panel.figures.table.item(0, 2).text() == "50%"


def test_new_utterance_from_the_in_mark_to_the_playhead(qtbot, setup):
    panel, ws, clock, marks = setup
    marks["in"] = 7000
    clock.seek(9000)
    panel.speaker.setCurrentIndex(panel.speaker.findData("guider"))
    panel.new_button.click()
    assert (7000, "guider_utterance", "") in notes(ws)
    assert panel.current().start_ms == 7000


def test_search_filters_and_clicking_a_line_plays_it(qtbot, setup):
    panel, ws, clock, _ = setup
    panel.search_box.setText("AAH")
    assert [panel.table.isRowHidden(r) for r in range(3)] == [True, True, False]
    panel.table.cellClicked.emit(2, 0)
    assert clock.playing and clock.position >= 5000 and clock.loop == (5000, 6000)
    clock.pause()


def test_voices_are_offered_and_enter_only_on_acceptance(qtbot, setup, monkeypatch):
    panel, ws, _, _ = setup
    found = [Vocalisation(10_000, 11_000, "adult", 180.0, 0.9), Vocalisation(12_000, 12_600, "infant", 420.0, 0.8),
             Vocalisation(13_000, 13_500, "adult", 170.0, 0.7)]
    monkeypatch.setattr(transcript_panel, "find_voices", lambda path, progress, cancelled: found)
    before = notes(ws)
    panel.voices_button.click()
    qtbot.waitUntil(lambda: len(panel.suggested) == 3, timeout=5000)
    assert notes(ws) == before  # offered, not added
    assert panel.table.rowCount() == 6 and panel.table.item(3, 1).text() == "Parent?"
    panel.table.setCurrentCell(3, 2)
    qtbot.keyClicks(panel.text, "There you are")
    assert notes(ws) == before  # typing into a suggestion saves nothing yet
    qtbot.keyClick(panel.text, Qt.Key.Key_Return)
    accepted = [s for s in ws.segments() if s.start_ms == 10_000]
    assert accepted[0].note == "There you are" and accepted[0].code_id == "parent_utterance"
    assert accepted[0].modifier_dict()[SUGGESTED_BY] == ("voices@300Hz",)
    assert panel.current().start_ms == 12_000  # moved on to the next line
    panel.reject_button.click()
    assert [s.start_ms for s in panel.suggested] == [13_000]
    panel.accept_all_button.click()
    assert any(s.start_ms == 13_000 for s in ws.segments()) and panel.suggested == []


def test_the_action_opens_the_panel_on_the_session(qtbot, window):
    window.actions_by_id["transcript"].trigger()
    panels = window.findChildren(TranscriptPanel)
    assert len(panels) == 1 and panels[0].workspace is window.workspace
    panel = panels[0]
    assert not panel.new_button.isEnabled()  # the demo scheme has no transcript codes: it says so
    assert "no transcript codes" in panel.text.placeholderText()


def test_a_moments_caption_is_taken_from_an_overlapping_utterance(qtbot, setup, monkeypatch):
    from vig_annotator.core.commands import add_moment
    from vig_annotator.core.model import Moment
    from vig_annotator.qt import transcript_caption
    from vig_annotator.qt.moments_panel import MomentsPanel

    panel, ws, _, _ = setup
    project = ws.project
    session = ws.session
    ws.run(import_command(project, session.id, [Line(7000, 9000, "guider", "I said something and you waited for me",
                                                     "", "row 2")], "more.csv"))
    guide = start_session(project, project.clips[0], add_coder(project, "GU"), builtin("vig"))
    project.run(add_moment(Moment(1, guide.id, 6500, 9500, order=1)))
    ws.set_session(guide.id)
    moments = MomentsPanel(ws, playhead=lambda: 0)
    qtbot.addWidget(moments)
    offered = []

    def choose_second(menu, _at):
        offered.extend(a.text() for a in menu.actions())
        return None if not menu.actions() else menu.actions()[0]

    monkeypatch.setattr(transcript_caption, "_exec", choose_second)
    moments.from_transcript.click()
    assert offered == ["00:00:07.000 Guider: I said something and you waited for me"]  # only what overlaps
    assert project.moments(guide.id)[0].caption == "I said something and you waited for me"
    assert moments.caption.text() == "I said something and you waited for me"
    ws.do_undo()
    assert project.moments(guide.id)[0].caption == ""


def test_a_new_session_can_use_a_builtin_scheme_the_project_has_not_pinned(blank_project):
    from vig_annotator.qt.operations.projects import session_schemes

    offered = [s.id for s in session_schemes(blank_project)]
    assert offered[0] == "demo" and "mind_mindedness" in offered and offered.count("demo") == 1
