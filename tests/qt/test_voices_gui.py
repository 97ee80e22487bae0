"""Voices in the workstation: tracks after a background job, kept for reopening, a movable threshold, and
suggestions a coder accepts or rejects by key (nothing enters the session without acceptance; a rejection is
kept in the project, so reopening does not offer it again).

The sound is made here (tests/voicemaker.py): espeak-ng speaks the adult phrases and the infant sounds are
synthetic voiced tones at 400–550 Hz with harmonics, at known times.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
import voicemaker
from PySide6.QtCore import QPoint, Qt

from vig_annotator.analysis import voices as voices_module
from vig_annotator.analysis.suggestions import SUGGESTED_BY
from vig_annotator.core import commands
from vig_annotator.core.model import Segment
from vig_annotator.projects import add_clip, add_coder, start_session
from vig_annotator.qt.main_window import MainWindow
from vig_annotator.qt.player import FakeClock
from vig_annotator.qt.voices_panel import VoicesPanel
from vig_annotator.schemes import builtin
from vig_annotator.store.opening import create_project, open_project

EVENTS = [(1.0, "adult"), (4.5, "infant"), (6.5, "adult"), (10.0, "infant"), (12.0, "infant"), (14.0, "adult")]
SECONDS = 18
CODES = {"adult": "parent_vocalisation", "infant": "infant_vocalisation"}


@pytest.fixture(scope="module")
def voice_clip(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[voicemaker.Truth]]:
    samples, truth = voicemaker.scene(EVENTS, SECONDS, seed=5)
    path = voicemaker.write_clip(tmp_path_factory.mktemp("voiceclip") / "talk.mp4", samples)
    return path, truth


@pytest.fixture
def project_path(tmp_path: Path, voice_clip) -> Path:  # type: ignore[no-untyped-def]
    """A new project on the voice clip: coder XY, one empty demo-scheme session."""
    clip_path = tmp_path / "talk.mp4"
    clip_path.write_bytes(voice_clip[0].read_bytes())
    project = create_project(tmp_path / "voices.vigproj")
    clip = add_clip(project, clip_path, case_id="CASE-V")
    start_session(project, clip, add_coder(project, "XY"), builtin("demo"))
    project.close()
    return tmp_path / "voices.vigproj"


def open_window(qtbot, path: Path) -> MainWindow:  # type: ignore[no-untyped-def]
    win = MainWindow(clock=FakeClock())
    qtbot.addWidget(win)
    win.open_path(path)
    win.show()
    qtbot.waitExposed(win)
    win.timeline.setFocus()
    return win


@pytest.fixture
def window(qtbot, project_path) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    win = open_window(qtbot, project_path)
    yield win
    win.close()


def find_voices(qtbot, win: MainWindow) -> None:  # type: ignore[no-untyped-def]
    win.actions_by_id["find_voices"].trigger()
    qtbot.waitUntil(lambda: win.timeline.voices is not None, timeout=30_000)


def no_more_analysis(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*_a, **_k):  # type: ignore[no-untyped-def]
        raise AssertionError("the sound was analysed again")

    monkeypatch.setattr(voices_module, "track_pitch", refuse)


def press(qtbot, win: MainWindow, key: Qt.Key, mods=Qt.KeyboardModifier.NoModifier) -> None:  # type: ignore[no-untyped-def]
    win.timeline.setFocus()
    qtbot.keyClick(win.timeline, key, mods)


def test_voice_tracks_appear_after_the_background_job_and_nothing_enters_the_session(qtbot, window, voice_clip):
    ws, timeline = window.workspace, window.timeline
    assert not [r for r in timeline.layout_.rows if r.kind in ("voices", "pitch")]
    shares: list[float] = []
    window.voice_suggestions.progress.connect(shares.append)
    find_voices(qtbot, window)
    assert window.voice_suggestions.computed == 1
    assert shares == sorted(shares) and shares[-1] == 1.0 and len(shares) > 2  # progress, rising to the end
    assert window.findChildren(VoicesPanel)[0].progress.value() == 100
    kinds = [r.kind for r in timeline.layout_.rows]
    assert kinds.index("wave") < kinds.index("voices") < kinds.index("pitch")  # under the waveform
    truth = voice_clip[1]
    found = timeline.voices.found
    # each true vocalisation is found within 150 ms of its onset, with its speaker class
    for t in truth:
        near = [v for v in found if abs(v.start_ms - t.start_ms) <= 150]
        assert near and near[0].speaker == t.speaker, t
    assert not timeline.grab().isNull()
    # the suggestions are offered for the demo scheme's vocalisation codes, hatched in their rows …
    assert window.voice_suggestions.codes == CODES
    pending = timeline.suggestions
    assert sorted(s.code_id for s in pending) == sorted(CODES[t.speaker] for t in truth)
    # … but nothing is in the session and there is nothing to undo: only the pitch track was kept
    assert ws.segments() == []
    assert not ws.project.history.done
    assert any(str(k).startswith("voices:") for k in ws.project.entities["setting"])


def test_reopening_the_project_shows_the_tracks_without_analysing_again(qtbot, project_path, monkeypatch):
    first = open_window(qtbot, project_path)
    find_voices(qtbot, first)
    n = len(first.timeline.voices.found)
    first.close()
    no_more_analysis(monkeypatch)
    again = open_window(qtbot, project_path)
    try:
        assert again.timeline.voices is not None and len(again.timeline.voices.found) == n  # before any action
        again.actions_by_id["find_voices"].trigger()
        assert again.voice_suggestions.computed == 0 and again.timeline.suggestions
    finally:
        again.close()


def test_moving_the_threshold_reclassifies_without_tracking_pitch_again(qtbot, window, monkeypatch):
    find_voices(qtbot, window)
    before = window.timeline.voices.found
    infants = [v for v in before if v.speaker == "infant"]
    assert infants and all(v.f0_median_hz < 600 for v in infants)
    no_more_analysis(monkeypatch)
    panel = window.findChildren(VoicesPanel)[0]
    panel.threshold.setValue(790)  # the pitch midpoint above every infant sound here: fewer of them sound infant
    after = window.timeline.voices.found
    assert window.timeline.voices.settings.threshold_hz == 790
    assert sum(v.speaker == "infant" for v in after) < len(infants)
    assert {(v.start_ms, v.f0_median_hz) for v in after} == {(v.start_ms, v.f0_median_hz) for v in before}
    window.workspace.do_undo()  # the threshold is an undoable choice
    assert window.timeline.voices.settings.threshold_hz == 300
    assert [v.speaker for v in window.timeline.voices.found] == [v.speaker for v in before]


def test_next_accept_and_reject_keys_and_undo_of_an_acceptance(qtbot, window):
    ws, review = window.workspace, window.voice_suggestions
    find_voices(qtbot, window)
    pending = list(review.pending)
    assert review.current == pending[0]
    press(qtbot, window, Qt.Key.Key_F6)  # next
    assert review.current == pending[1] and window.clock.position == ws.timebase.snap(pending[1].start_ms)
    press(qtbot, window, Qt.Key.Key_F7)  # accept the second
    segments = ws.segments()
    assert [(s.code_id, s.start_ms, s.end_ms) for s in segments] == [
        (pending[1].code_id, pending[1].start_ms, pending[1].end_ms)]
    assert segments[0].modifier_dict()[SUGGESTED_BY] == ("voices@300Hz",)
    assert ws.project.history.undo_label == "Accept suggestion"
    assert pending[1] not in review.pending and review.current == pending[2]
    press(qtbot, window, Qt.Key.Key_F8)  # reject the third: no segment, and it is no longer offered
    assert len(ws.segments()) == 1 and pending[2] not in review.pending and review.current == pending[3]
    assert pending[2] not in window.timeline.suggestions
    assert ws.project.history.undo_label == "Reject suggestion"
    ws.do_undo()  # the rejection goes: the suggestion is offered again, and is the one under review
    assert pending[2] in review.pending and pending[2] in window.timeline.suggestions
    assert review.current == pending[2] and len(ws.segments()) == 1
    ws.do_undo()  # the acceptance goes: the segment leaves and the suggestion is offered again
    assert ws.segments() == [] and pending[1] in review.pending and pending[1] in window.timeline.suggestions


def test_a_rejection_pressed_with_f8_stays_hidden_after_reopening_while_the_others_show(
        qtbot, project_path, monkeypatch):
    first = open_window(qtbot, project_path)
    find_voices(qtbot, first)
    offered = list(first.voice_suggestions.pending)
    first.voice_suggestions.choose(offered[1])
    press(qtbot, first, Qt.Key.Key_F8)
    assert offered[1] not in first.voice_suggestions.pending
    first.close()
    no_more_analysis(monkeypatch)
    again = open_window(qtbot, project_path)
    try:
        again.actions_by_id["find_voices"].trigger()
        review = again.voice_suggestions
        assert review.computed == 0  # the kept pitch gives the same suggestions …
        assert review.pending == [s for s in offered if s != offered[1]]  # … less the one rejected
        assert offered[1] not in again.timeline.suggestions
        assert again.workspace.segments() == []  # a rejection is no coding
        again.clock.loop = (0, SECONDS * 1000)
        again.actions_by_id["accept_suggestions_in_range"].trigger()  # Shift+F7: all but the rejected one
        got = sorted((s.code_id, s.start_ms, s.end_ms) for s in again.workspace.segments())
        assert got == sorted((s.code_id, s.start_ms, s.end_ms) for s in offered if s != offered[1])
    finally:
        again.close()


def test_accept_all_in_the_loop_range_is_one_undo_step(qtbot, window):
    ws, review = window.workspace, window.voice_suggestions
    find_voices(qtbot, window)
    press(qtbot, window, Qt.Key.Key_F7, Qt.KeyboardModifier.ShiftModifier)  # no range yet: nothing happens
    assert ws.segments() == []
    window.clock.loop = (4000, 13_500)
    inside = [s for s in review.pending if 4000 <= s.start_ms and s.end_ms <= 13_500]
    assert len(inside) == 4  # the sounds made at 4.5 (infant), 6.5 (adult), 10 and 12 s (infant)
    press(qtbot, window, Qt.Key.Key_F7, Qt.KeyboardModifier.ShiftModifier)
    got = sorted((s.code_id, s.start_ms, s.end_ms) for s in ws.segments())
    assert got == sorted((s.code_id, s.start_ms, s.end_ms) for s in inside)
    assert all(SUGGESTED_BY in s.modifier_dict() for s in ws.segments())
    assert len(ws.project.history.done) == 1
    ws.do_undo()
    assert ws.segments() == []


def test_a_coded_vocalisation_withdraws_the_suggestion_it_overlaps(qtbot, window):
    ws, review = window.workspace, window.voice_suggestions
    find_voices(qtbot, window)
    target = review.pending[0]
    mine = Segment(ws.project.next_id("segment"), ws.session.id, target.code_id, target.start_ms + 100,
                   target.end_ms + 400)
    ws.run(commands.add_segment(mine))
    assert target not in review.pending  # the coder's own coding stands; no overlapping duplicate is offered
    assert ws.segments() == [mine]


def test_cancelling_the_job_keeps_nothing(qtbot, window):
    review = window.voice_suggestions
    window.actions_by_id["find_voices"].trigger()
    job = review._job
    assert job is not None
    ended: list[object] = []
    job.failed.connect(ended.append)
    job.finished.connect(ended.append)  # the work may have ended before it saw the cancel: kept neither way
    panel = window.findChildren(VoicesPanel)[0]
    assert panel.cancel.isEnabled() and not panel.find_button.isEnabled()
    panel.cancel.click()
    assert not panel.cancel.isEnabled() and panel.find_button.isEnabled()
    qtbot.waitUntil(lambda: bool(ended), timeout=30_000)
    assert window.timeline.voices is None and review.pending == []
    assert not any(str(k).startswith("voices:") for k in window.workspace.project.entities["setting"])


def test_clicking_a_hatched_suggestion_puts_it_under_review(qtbot, window):
    review, timeline = window.voice_suggestions, window.timeline
    find_voices(qtbot, window)
    target = review.pending[-1]
    assert review.current != target
    row = timeline.layout_.code_row(target.code_id)
    x = int(timeline.view.x((target.start_ms + target.end_ms) / 2))
    qtbot.mouseClick(timeline, Qt.MouseButton.LeftButton, pos=QPoint(x, row.y + row.h // 2))
    assert review.current == target and window.clock.position == window.workspace.timebase.snap(target.start_ms)
    assert window.workspace.segments() == []  # a click reviews; only accepting writes


def test_in_a_read_only_project_the_kept_voices_show_and_an_acceptance_is_refused_with_the_reason(
        qtbot, project_path, monkeypatch):
    first = open_window(qtbot, project_path)
    find_voices(qtbot, first)
    first.close()
    no_more_analysis(monkeypatch)
    win = MainWindow(clock=FakeClock())
    qtbot.addWidget(win)
    win.set_project(open_project(project_path, read_only=True))
    win.show()
    qtbot.waitExposed(win)
    try:
        win.actions_by_id["find_voices"].trigger()
        assert win.timeline.voices is not None and win.voice_suggestions.pending
        refused: list[str] = []
        win.workspace.refused.connect(refused.append)
        win.actions_by_id["accept_suggestion"].trigger()  # F7 (the key itself is tested above)
        assert refused and win.workspace.segments() == []  # said why, and nothing was written
        assert win.statusBar().currentMessage().startswith(("Not done", "Nicht", "Niet"))
        offered = list(win.voice_suggestions.pending)
        win.actions_by_id["reject_suggestion"].trigger()  # F8: a rejection is an edit too, refused the same way
        assert len(refused) == 2 and win.voice_suggestions.pending == offered
    finally:
        win.close()


def test_the_review_keys_can_never_be_a_schemes_code_keys():
    from vig_annotator.core import keymap
    from vig_annotator.schemes.format import RESERVED_KEYS

    review = [keymap.action(a) for a in ("next_suggestion", "previous_suggestion", "accept_suggestion",
                                         "reject_suggestion", "accept_suggestions_in_range")]
    # function keys: a scheme binds single characters only, so no scheme (built in or a user's) is refused
    assert [a.shortcut for a in review] == ["F6", "Shift+F6", "F7", "F8", "Shift+F7"]
    assert not any(a.keys for a in review) and not {"f", "6", "7", "8"} & set(RESERVED_KEYS)
    others = {a.shortcut for a in keymap.ACTIONS if a not in review}
    assert not others & {a.shortcut for a in review}


def test_hovering_the_voice_rows_says_who_and_at_what_pitch(qtbot, window, voice_clip):
    from vig_annotator.qt.timeline_voices import voice_tip

    find_voices(qtbot, window)
    voices = window.timeline.voices
    for t in voice_clip[1]:
        tip = voice_tip(voices, (t.start_ms + t.end_ms) / 2, 0)
        f0 = next(v.f0_median_hz for v in voices.found if v.start_ms <= (t.start_ms + t.end_ms) / 2 <= v.end_ms)
        assert tip.startswith(f"<b>{t.speaker}</b>") and f"median pitch {f0:.0f} Hz" in tip
    assert voice_tip(voices, 17_900, 0) == ""  # the silence at the end


def test_another_session_on_the_clip_keeps_the_tracks_but_offers_nothing_until_asked(qtbot, window):
    ws, review = window.workspace, window.voice_suggestions
    find_voices(qtbot, window)
    first = ws.session.id
    second = start_session(ws.project, ws.clip, add_coder(ws.project, "AB"), builtin("demo"))
    ws.set_session(second.id)
    assert window.timeline.voices is not None  # the clip's kept pitch: the rows stay
    assert review.pending == [] and window.timeline.suggestions == []  # this session's review not started
    window.actions_by_id["find_voices"].trigger()
    assert review.computed == 1 and review.pending  # from the project, not analysed again
    ws.set_session(first)
    assert review.pending == []


def test_this_is_the_infant_relabels_from_the_example_and_it_stays_a_suggestion(qtbot, window, voice_clip,
                                                                               monkeypatch):
    ws, review = window.workspace, window.voice_suggestions
    find_voices(qtbot, window)
    panel = window.findChildren(VoicesPanel)[0]
    panel.threshold.setValue(790)  # a misplaced midpoint: some infant sounds are now offered as the parent's
    wrong = [s for s in review.pending if s.code_id == CODES["adult"]
             and any(abs(s.start_ms - t.start_ms) <= 150 and t.speaker == "infant" for t in voice_clip[1])]
    assert wrong
    no_more_analysis(monkeypatch)
    review.choose(wrong[0])
    qtbot.mouseClick(panel.mark_buttons["infant"], Qt.MouseButton.LeftButton)
    assert ws.project.history.undo_label == "Mark voice as infant"
    assert review.voices.settings.examples and "learnt from your examples (1)" in panel.classified_by.text()
    # the marked one is now offered for the infant code, under review, and still only a suggestion
    assert review.current is not None and review.current.code_id == CODES["infant"]
    assert (review.current.start_ms, review.current.end_ms) == (wrong[0].start_ms, wrong[0].end_ms)
    assert review.current.modifiers() == (("suggested_by", ("voices@1examples",)),)
    assert ws.segments() == []
    qtbot.mouseClick(panel.mark_buttons["adult"], Qt.MouseButton.LeftButton)  # a second thought, another example
    offered = {(s.start_ms, s.code_id) for s in review.pending}
    assert (wrong[0].start_ms, CODES["adult"]) in offered
    qtbot.mouseClick(panel.forget, Qt.MouseButton.LeftButton)
    assert not review.voices.settings.examples and not panel.forget.isEnabled()
    ws.do_undo()  # forgetting is undoable too
    assert review.voices.settings.examples


def test_another_session_does_not_show_the_last_sessions_accepted_text(qtbot, project_path):
    # issue 25: after accepting in one session, the Voices panel of another still read "Accepted …"
    project = open_project(project_path)
    try:
        other = start_session(project, project.clips[0], add_coder(project, "ZW"), builtin("demo"))
    finally:
        project.close()
    win = open_window(qtbot, project_path)
    try:
        first = win.workspace.session.id
        assert first != other.id
        find_voices(qtbot, win)
        panel = win.findChildren(VoicesPanel)[0]  # the panel opens with the voices
        labels = {c.id: c.label for c in win.workspace.scheme.codes}
        under_review = panel.under_review.text()
        assert any(under_review.startswith(f"1 of {len(win.voice_suggestions.pending)}: {label} ")
                   for label in (labels["parent_vocalisation"], labels["infant_vocalisation"])), under_review
        win.actions_by_id["accept_suggestion"].trigger()
        status = panel.status.text()  # named by the code's label ("Parent vocalisation"), not its id
        assert status.startswith("Accepted 1: ") and "_" not in status
        win.workspace.set_session(other.id)
        assert panel.status.text() == "" and "Accepted" not in panel.under_review.text()
        assert panel.under_review.text() == ""  # no suggestions offered until asked for in this session
        win.workspace.set_session(first)
        assert "Accepted" not in panel.status.text()
    finally:
        win.close()
