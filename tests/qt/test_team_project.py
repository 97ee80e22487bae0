"""Two windows on one team project (a real throwaway PostgreSQL server) see each other's work appear."""

from __future__ import annotations

from dataclasses import replace

import pytest
from builders import build

from vig_annotator.core import commands
from vig_annotator.core.model import Clip, Coder, Segment, Session
from vig_annotator.core.project import Put
from vig_annotator.qt.main_window import MainWindow
from vig_annotator.qt.player import FakeClock
from vig_annotator.qt.workspace import Workspace
from vig_annotator.schemes import builtin
from vig_annotator.store.opening import create_project, open_project

pytestmark = pytest.mark.gui
_names = iter(range(1, 10_000))


@pytest.fixture
def team_url(pg_cluster):
    url = pg_cluster.url(f"gui{next(_names)}")
    scheme = builtin("demo")
    project = create_project(url)
    build(project, [Put(scheme), Put(Clip(1, "C1", "c.mp4", "1:ab", 40000, 1000, 25.0)), Put(Coder(1, "AB")),
                   Put(Coder(2, "CD")), Put(Session(1, 1, 1, scheme.id, scheme.version))])
    project.close()
    return url


def test_two_workspaces_see_each_others_sessions_and_segments_appear(qtbot, team_url):
    trainer, coder = Workspace(), Workspace()
    trainer.set_project(open_project(team_url))
    coder.set_project(open_project(team_url))
    try:
        assert trainer.team_updates is not None and coder.team_updates is not None
        scheme = builtin("demo")
        session = Session(coder.project.next_id("session"), 1, 2, scheme.id, scheme.version)
        with qtbot.waitSignal(trainer.sessions_changed, timeout=5000):
            coder.run(commands.edit("Start session", [(None, session)]))
        assert session in trainer.project.sessions

        coder.set_session(session.id)
        trainer.set_session(session.id)
        seg = Segment(coder.project.next_id("segment"), session.id, "touch", 0, 400)
        with qtbot.waitSignal(trainer.model_changed, timeout=5000):
            coder.run(commands.add_segment(seg))
        assert trainer.segments() == [seg]  # the trainer's timeline index has it too
        assert trainer.index.of_code("touch") == [seg]
    finally:
        trainer.set_project(None)
        coder.set_project(None)


def test_an_edit_to_something_changed_elsewhere_is_refused_with_a_message_and_refreshed(qtbot, team_url):
    first, second = Workspace(), Workspace()
    first.set_project(open_project(team_url))
    second.set_project(open_project(team_url))
    try:
        session = second.project.session(1)
        for ws in (first, second):  # the feeds are paused: the second window has not heard of the change yet
            ws.team_updates.stop()
        first.run(commands.edit("Notes", [(first.project.session(1), replace(session, notes="first"))]))
        with qtbot.waitSignal(second.refused, timeout=5000) as refused:
            second.run(commands.edit("Notes", [(session, replace(session, notes="second"))]))
        assert "changed or removed on the server by someone else" in refused.args[0]
        assert second.project.session(1).notes == "first"
    finally:
        first.set_project(None)
        second.set_project(None)


def test_a_row_from_the_server_that_breaks_a_rule_is_said_in_the_window_and_not_shown(qtbot, team_url):
    window, older_client = Workspace(), open_project(team_url)
    window.set_project(open_project(team_url))
    try:
        bad = Segment(older_client.next_id("segment"), 1, "smile", 4_760, 4_760, 119, 119, (("mood", ("happy",)),))
        with qtbot.waitSignal(window.refused, timeout=5000) as refused:
            older_client.backend.write([Put(bad)])  # a client that skips the rules writes straight to the server
        assert refused.args[0] == ("a row from the server was not taken in: segment smile 00:00:04.760–00:00:04.760 "
                                   "(session 1): 'Infant smile' has no modifier 'mood' (its modifiers: 'intensity')")
        assert bad.id not in window.project.entities["segment"] and window.segments() == []
    finally:
        window.set_project(None)
        older_client.close()


def test_the_main_window_opens_a_team_project_by_its_url(qtbot, team_url):
    win = MainWindow(clock=FakeClock())
    qtbot.addWidget(win)
    win.open_path(team_url)
    assert win.workspace.project is not None and win.workspace.project.path == team_url
    assert win.workspace.team_updates is not None
    win.workspace.set_project(None)


def answer_with(monkeypatch, button_text):
    """The retry-or-save question answered without showing it (a test never opens a modal dialog)."""
    from PySide6.QtWidgets import QMessageBox

    chosen = {}

    def fake_exec(box):
        chosen["button"] = next(b for b in box.buttons() if b.text() == button_text)
        asked.append(box.text())
        return 0

    asked = []
    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    monkeypatch.setattr(QMessageBox, "clickedButton", lambda box: chosen["button"])
    return asked


def test_when_the_server_is_away_the_window_offers_to_save_the_session_to_a_file(qtbot, team_url, pg_cluster,
                                                                                 monkeypatch, tmp_path):
    from PySide6.QtWidgets import QFileDialog

    win = MainWindow(clock=FakeClock())
    qtbot.addWidget(win)
    win.open_path(team_url)
    ws = win.workspace
    asked = answer_with(monkeypatch, "Save session to a file…")
    rescue = tmp_path / "rescue.vigproj"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(rescue), ""))
    seg = Segment(ws.project.next_id("segment"), 1, "touch", 0, 400)
    pg_cluster.stop("immediate")
    try:
        assert ws.run(commands.add_segment(seg)) is None
    finally:
        pg_cluster.start()
    assert asked and "the edit was not saved" in asked[0]
    saved = open_project(rescue, read_only=True)
    assert saved.segments(1) == [seg]
    saved.close()
    ws.set_project(None)


def test_retry_after_the_server_is_back_saves_the_edit(qtbot, team_url, pg_cluster, monkeypatch):
    win = MainWindow(clock=FakeClock())
    qtbot.addWidget(win)
    win.open_path(team_url)
    ws = win.workspace
    from PySide6.QtWidgets import QMessageBox

    def restart_then_retry(box):
        pg_cluster.start()  # the server is back while the question is on screen
        chosen["button"] = next(b for b in box.buttons() if b.text() == "Retry")
        return 0

    chosen = {}
    monkeypatch.setattr(QMessageBox, "exec", restart_then_retry)
    monkeypatch.setattr(QMessageBox, "clickedButton", lambda box: chosen["button"])
    seg = Segment(ws.project.next_id("segment"), 1, "touch", 0, 400)
    pg_cluster.stop("immediate")
    try:
        ws.run(commands.add_segment(seg))
    finally:
        if not pg_cluster.running:
            pg_cluster.start()
    assert open_project(team_url, read_only=True).segment(seg.id) == seg
    ws.set_project(None)


def test_file_open_team_project_asks_for_the_url_and_opens_it(qtbot, team_url, monkeypatch):
    from PySide6.QtWidgets import QInputDialog

    from vig_annotator.qt.actions import HANDLERS

    asked = []

    def give_url(parent, title, label, echo, text):
        asked.append(label)
        return team_url, True

    monkeypatch.setattr(QInputDialog, "getText", give_url)
    win = MainWindow(clock=FakeClock())
    qtbot.addWidget(win)
    HANDLERS["open_team_project"](win)
    assert "postgresql://HOST/DATABASE?project=NAME" in asked[0]
    assert win.workspace.project is not None and win.workspace.project.path == team_url
    assert "team project" in win.windowTitle()
    win.workspace.set_project(None)
