"""The Analysis panel's Turn-taking tab gives the figures counted by hand on a small coded example."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from vig_annotator.core import commands
from vig_annotator.core.model import Segment
from vig_annotator.projects import add_coder, start_session
from vig_annotator.qt.analysis_panel import AnalysisPanel
from vig_annotator.qt.workspace import Workspace
from vig_annotator.schemes import builtin

P, INF = "parent_vocalisation", "infant_vocalisation"
SESSION_A = [(INF, 1000, 1500), (P, 2000, 3000),  # infant → parent, 0.5 s
             (INF, 3500, 4000),                    # parent → infant, 0.5 s
             (P, 7000, 8000),                    # 3 s after the infant: no turn …
             (P, 8500, 9000),                    # … and a parent monologue of two
             (INF, 8800, 9500),                    # parent → infant in overlap, −0.2 s; overlap 1
             (P, 12_000, 12_100), (INF, 12_050, 12_080)]  # 2.5 s later: no turn; the infant inside: overlap 2
SESSION_B = [(P, 1000, 2000), (INF, 2500, 3000),   # parent → infant 0.5 s
             (P, 3200, 4000),                    # infant → parent 0.2 s
             (INF, 4100, 4500)]                    # parent → infant 0.1 s


@pytest.fixture
def panel(qtbot, blank_project):  # type: ignore[no-untyped-def]
    clip = blank_project.clips[0]
    second = start_session(blank_project, clip, add_coder(blank_project, "AB"), builtin("demo"))
    segments = []
    for session_id, coded in ((1, SESSION_A), (second.id, SESSION_B)):
        for code, start, end in coded:
            segments.append(Segment(blank_project.next_id("segment") + len(segments), session_id, code, start, end))
    blank_project.run(commands.add_segments(segments, "Code"))
    ws = Workspace()
    ws.set_project(blank_project)
    view = AnalysisPanel(ws)
    qtbot.addWidget(view)
    view.show()
    yield view
    ws.set_project(None)


def cell(table, row, header):  # type: ignore[no-untyped-def]
    columns = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
    return table.item(row, columns.index(header)).text()


def test_turn_taking_per_session_per_case_and_pooled_equals_the_hand_count(panel, tmp_path):
    for i in range(panel.sessions.count()):
        panel.sessions.item(i).setCheckState(Qt.CheckState.Checked)
    panel.tabs.setCurrentWidget(panel.turns)
    assert panel.turns.codes("parent") == {P} and panel.turns.codes("infant") == {INF}  # the vocal codes, by subject
    frame = panel.turns.compute()
    assert frame is not None
    table = panel.turns.table
    minutes = panel.project.clips[0].duration_ms / 60_000
    assert table.rowCount() == 4  # session A, session B, the case (both sessions), all sessions
    # session A: turns i→p 0.5 s; p→i 0.5 s and −0.2 s (in overlap); the backchannel inside the parent is no turn
    assert cell(table, 0, "turns") == "3"
    assert cell(table, 0, "parent→infant turns") == "2" and cell(table, 0, "infant→parent turns") == "1"
    assert cell(table, 0, "parent→infant median latency_s") == "0.150"  # median of 0.5 and −0.2
    assert cell(table, 0, "infant→parent median latency_s") == "0.500"
    assert cell(table, 0, "overlaps") == "2" and cell(table, 0, "overlap_s") == "0.230"  # 0.2 s + 0.03 s
    assert cell(table, 0, "parent monologues") == "1" and cell(table, 0, "infant monologues") == "0"
    assert cell(table, 0, "switching pauses") == "2"  # the non-negative latencies
    assert float(cell(table, 0, "turns_per_min")) == pytest.approx(3 / minutes, abs=0.001)
    # session B: p→i 0.5 and 0.1 s, i→p 0.2 s
    assert cell(table, 1, "turns") == "3" and cell(table, 1, "overlaps") == "0"
    assert cell(table, 1, "parent→infant median latency_s") == "0.300"
    # the case pools both: p→i latencies 0.5, −0.2, 0.5, 0.1 (median 0.3); i→p 0.5, 0.2 (median 0.35)
    for row in (2, 3):
        assert cell(table, row, "turns") == "6"
        assert cell(table, row, "parent→infant median latency_s") == "0.300"
        assert cell(table, row, "infant→parent median latency_s") == "0.350"
        assert float(cell(table, row, "turns_per_min")) == pytest.approx(6 / (2 * minutes), abs=0.001)
    assert cell(table, 2, "sessions").startswith("case CASE-1 (2 sessions)")
    assert "6 turns" in panel.turns.text.text()
    out = tmp_path / "turns.csv"
    panel.export_table(out)
    assert "parent→infant median latency_s" in out.read_text(encoding="utf-8")
    panel.export_plot(tmp_path / "turns.png")
    assert (tmp_path / "turns.png").stat().st_size > 0


def test_the_same_code_for_both_partners_is_refused_in_the_panel(panel):
    box = panel.turns.code_lists["infant"]
    for i in range(box.count()):
        if box.item(i).data(Qt.ItemDataRole.UserRole) == P:
            box.item(i).setCheckState(Qt.CheckState.Checked)
    assert panel.turns.compute() is None and "both partners" in panel.turns.text.text()
