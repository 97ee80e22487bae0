"""Transcription mode: type an utterance while it loops, Enter moves on, suggestions wait for acceptance."""

from __future__ import annotations

import shutil
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import Qt

from vig_annotator.analysis.pitch import PitchTrack
from vig_annotator.analysis.saved_voices import cached_track
from vig_annotator.analysis.suggestions import SUGGESTED_BY
from vig_annotator.analysis.voices import Vocalisation, VoiceAnalysis
from vig_annotator.core.transcript import MIND_MINDEDNESS
from vig_annotator.io.transcripts import Line, import_command
from vig_annotator.projects import add_clip, add_coder, start_session
from vig_annotator.qt import transcript_voices
from vig_annotator.qt.player import FakeClock
from vig_annotator.qt.transcript_panel import TranscriptPanel
from vig_annotator.qt.workspace import Workspace
from vig_annotator.schemes import builtin
from vig_annotator.store.opening import create_project

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
    qtbot.keyClick(panel.text, Qt.Key.Key_Down)
    assert panel.table.currentRow() == 2 and clock.loop == (5000, 6000) and panel.text.text() == "aah"
    qtbot.keyClick(panel.text, Qt.Key.Key_Up)
    assert panel.table.currentRow() == 1


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
    track = PitchTrack(np.arange(0, 14_000, 10.0), np.full(1400, 200.0), np.full(1400, 0.9), 10)
    calls = []

    def detect(path, settings, progress, cancelled):
        calls.append(path)
        return VoiceAnalysis(track, found, settings)

    monkeypatch.setattr(transcript_voices, "find_voices", detect)
    before = notes(ws)
    panel.voices_button.click()
    qtbot.waitUntil(lambda: len(panel.suggested) == 3, timeout=5000)
    assert cached_track(ws.project, ws.clip) is not None  # the pitch is kept for the voice rows (and next time)
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
    said = []
    panel.status.connect(said.append)
    panel.voices_button.click()  # again: from the kept track at once, nothing decoded
    assert len(calls) == 1 and said[-1].startswith("0 vocalisations offered")  # its one voiced stretch is coded


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


def test_import_and_export_buttons(qtbot, setup, monkeypatch, tmp_path):
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    panel, ws, _, _ = setup
    said = []
    panel.status.connect(said.append)
    (tmp_path / "in.csv").write_text("start,end,speaker,text\n20,21.5,guider,You waited for me\n", encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(tmp_path / "in.csv"), ""))
    panel.import_file()
    assert (20_000, "guider_utterance", "You waited for me") in notes(ws) and "Imported 1" in said[-1]
    (tmp_path / "bad.csv").write_text("start,end,speaker,text\n20,x,guider,hi\n", encoding="utf-8")
    warned = []
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(tmp_path / "bad.csv"), ""))
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: warned.append(text))
    before = notes(ws)
    panel.import_file()
    assert notes(ws) == before and "row 2: end 'x' is not a number" in warned[-1]
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "out.vtt"), "WebVTT (*.vtt)"))
    panel.export_file()
    assert (tmp_path / "out.vtt").read_text(encoding="utf-8").startswith("WEBVTT")
    assert "transcript-vtt" in ws.project.export_log[-1].what


ELAN = """<?xml version="1.0" encoding="UTF-8"?>
<ANNOTATION_DOCUMENT VERSION="3.0" FORMAT="3.0"><HEADER TIME_UNITS="milliseconds"/>
<TIME_ORDER><TIME_SLOT TIME_SLOT_ID="ts1" TIME_VALUE="22000"/><TIME_SLOT TIME_SLOT_ID="ts2" TIME_VALUE="23500"/>
</TIME_ORDER>
<TIER TIER_ID="Mum" PARTICIPANT="guider" LINGUISTIC_TYPE_REF="ut"><ANNOTATION><ALIGNABLE_ANNOTATION ANNOTATION_ID="a1"
 TIME_SLOT_REF1="ts1" TIME_SLOT_REF2="ts2"><ANNOTATION_VALUE>Look at you</ANNOTATION_VALUE></ALIGNABLE_ANNOTATION>
</ANNOTATION></TIER>
<TIER TIER_ID="gaze" LINGUISTIC_TYPE_REF="codes"><ANNOTATION><ALIGNABLE_ANNOTATION ANNOTATION_ID="a2"
 TIME_SLOT_REF1="ts1" TIME_SLOT_REF2="ts2"><ANNOTATION_VALUE>look</ANNOTATION_VALUE></ALIGNABLE_ANNOTATION>
</ANNOTATION></TIER>
<LINGUISTIC_TYPE LINGUISTIC_TYPE_ID="ut" TIME_ALIGNABLE="true"/>
<LINGUISTIC_TYPE LINGUISTIC_TYPE_ID="codes" TIME_ALIGNABLE="true" CONTROLLED_VOCABULARY_REF="gazes"/>
<CONTROLLED_VOCABULARY CV_ID="gazes"><CV_ENTRY_ML CVE_ID="c1"><CVE_VALUE LANG_REF="eng">look</CVE_VALUE>
</CV_ENTRY_ML></CONTROLLED_VOCABULARY>
</ANNOTATION_DOCUMENT>
"""


def test_an_elan_transcript_comes_in_and_the_tiers_left_out_are_said(qtbot, setup, monkeypatch, tmp_path):
    """Issue 29: a tier that is not a speaker (codes under a vocabulary) is named, not a reason to refuse the file."""
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    panel, ws, _, _ = setup
    (tmp_path / "in.eaf").write_text(ELAN, encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(tmp_path / "in.eaf"), ""))
    told = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: told.append(text))
    panel.import_file()
    assert (22_000, "guider_utterance", "Look at you") in notes(ws)  # the speaker from the tier's PARTICIPANT
    assert "tier 'gaze' left out: codes under a controlled vocabulary" in told[-1]


def test_closing_the_panel_stops_the_loop_and_another_session_drops_the_suggestions(qtbot, setup):
    panel, ws, clock, _ = setup
    panel.offer([Vocalisation(10_000, 11_000, "adult", 180.0, 0.9)])
    panel.table.setCurrentCell(0, 2)
    assert clock.loop == (1000, 2000) and len(panel.suggested) == 1
    other = start_session(ws.project, ws.clip, add_coder(ws.project, "CC"), builtin("mind_mindedness"))
    ws.set_session(other.id)
    assert panel.suggested == [] and panel.table.rowCount() == 0
    ws.set_session(1)
    panel.table.setCurrentCell(0, 2)
    panel.hide()
    assert clock.loop is None


def test_voice_detection_can_be_cancelled(qtbot, setup, monkeypatch):
    import threading

    panel, ws, _, _ = setup
    started = threading.Event()

    def slow(path, settings, progress, cancelled):
        started.set()
        while not cancelled():
            threading.Event().wait(0.01)
        return None

    monkeypatch.setattr(transcript_voices, "find_voices", slow)
    panel.voices_button.click()
    assert started.wait(5)
    panel.voices_button.click()  # the same button cancels
    assert panel.voices_button.text() == "Find voices"
    qtbot.waitUntil(lambda: not panel.voices.running, timeout=5000)
    assert panel.suggested == []
