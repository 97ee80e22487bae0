"""Two windows on one team project (a real throwaway PostgreSQL server) see each other's work appear."""

from __future__ import annotations

from dataclasses import replace

import pytest

from vig_annotator.core import commands
from vig_annotator.core.model import Clip, Coder, Segment, Session
from vig_annotator.core.project import Put
from vig_annotator.qt.main_window import MainWindow
from vig_annotator.qt.player import FakeClock
from vig_annotator.qt.workspace import Workspace
from vig_annotator.schemes import builtin
from vig_annotator.store.project_file import create_project, open_project

pytestmark = pytest.mark.gui
_names = iter(range(1, 10_000))


@pytest.fixture
def team_url(pg_cluster):
    url = pg_cluster.url(f"gui{next(_names)}")
    scheme = builtin("demo")
    project = create_project(url)
    project.apply([Put(scheme), Put(Clip(1, "C1", "c.mp4", "1:ab", 40000, 1000, 25.0)), Put(Coder(1, "AB")),
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


def test_the_main_window_opens_a_team_project_by_its_url(qtbot, team_url):
    win = MainWindow(clock=FakeClock())
    qtbot.addWidget(win)
    win.open_path(team_url)
    assert win.workspace.project is not None and win.workspace.project.path == team_url
    assert win.workspace.team_updates is not None
    win.workspace.set_project(None)
