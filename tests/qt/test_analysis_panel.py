"""The Analysis panel shows hand-counted figures, draws and exports plots; it writes only regions and motion."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from builders import build
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage

from vig_annotator.analysis.saved_motion import set_regions
from vig_annotator.core.model import Segment
from vig_annotator.core.project import Put
from vig_annotator.qt.analysis_panel import AnalysisPanel
from vig_annotator.qt.workspace import Workspace


@pytest.fixture
def blank_workspace(qtbot, blank_project) -> Iterator[Workspace]:  # type: ignore[no-untyped-def]
    """The views' workspace on the blank project, as the window holds it; let go of (and closed) at the end."""
    ws = Workspace()
    ws.set_project(blank_project)
    yield ws
    ws.set_project(None)


@pytest.fixture
def panel(qtbot, blank_project, blank_workspace):
    # infant vocalises at 2, 6, …, 34 s; the parent answers the first six 0.8 s later
    cues = [2000 + 4000 * i for i in range(9)]
    segs = [Segment(i + 1, 1, "infant_vocalisation", t, t + 500) for i, t in enumerate(cues)]
    segs += [Segment(20 + i, 1, "parent_vocalisation", t + 800, t + 1500) for i, t in enumerate(cues[:6])]
    build(blank_project, [Put(s) for s in segs])

    written = []
    blank_project.subscribe(written.append)
    view = AnalysisPanel(blank_workspace)
    qtbot.addWidget(view)
    view.show()
    yield view
    wrote = {key for change in written for key in change.keys}
    assert all(kind == "setting" and str(name).startswith(("regions:", "motion:")) for kind, name in wrote), (
        f"the Analysis panel wrote something other than regions and motion energy: {wrote}")


def choose(combo, code):
    combo.setCurrentIndex(combo.findData(code))


def cell(table, row, header):
    columns = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
    return table.item(row, columns.index(header)).text()


def test_contingency_table_and_latency_histogram(panel, tmp_path):
    choose(panel.contingency.given, "infant_vocalisation")
    choose(panel.contingency.target, "parent_vocalisation")
    panel.contingency.permutations.setValue(99)
    result = panel.contingency.compute()
    assert cell(panel.contingency.table, 0, "n_given") == "9"
    assert cell(panel.contingency.table, 0, "n_responded") == "6"
    assert cell(panel.contingency.table, 0, "median_latency_s") == "0.800"
    assert "6 of 9" in panel.contingency.text.text() and "window" not in panel.contingency.text.text().split(".")[0]
    bars = [i for i in panel.contingency.plot.getPlotItem().items if i.__class__.__name__ == "BarGraphItem"]
    assert len(bars) == 1 and result is not None
    png, svg = tmp_path / "latency.png", tmp_path / "latency.svg"
    panel.export_plot(png)
    panel.export_plot(svg)
    assert not QImage(str(png)).isNull() and "<svg" in svg.read_text(encoding="utf-8")
    panel.export_table(tmp_path / "contingency.csv")
    assert "n_responded" in (tmp_path / "contingency.csv").read_text(encoding="utf-8")


def test_sequences_table_and_heatmap(panel, tmp_path):
    panel.tabs.setCurrentIndex(1)
    assert panel.sequences.ticked() == ["infant_vocalisation", "parent_vocalisation"]  # the codes used are ticked
    shown = [panel.sequences.codes.item(i).text() for i in range(panel.sequences.codes.count())]
    assert "Infant vocalisation (infant_vocalisation)" in shown  # named by label, the id beside it
    panel.sequences.compute()
    assert panel.sequences.table.rowCount() == 4
    # iv pv iv pv … iv pv iv iv iv: iv → pv 6 times
    assert cell(panel.sequences.table, 1, "given") == "infant_vocalisation"
    assert cell(panel.sequences.table, 1, "observed") == "6"
    images = [i for i in panel.sequences.plot.getPlotItem().items if i.__class__.__name__ == "ImageItem"]
    assert len(images) == 1 and images[0].image.shape == (2, 2)
    out = tmp_path / "seq.xlsx"
    assert panel.export_table(out) == [out] and out.stat().st_size > 0
    with pytest.raises(ValueError, match="expected a .csv or .xlsx"):
        panel.export_table(tmp_path / "seq.docx")


def test_synchrony_from_the_clip_in_the_background(panel, qtbot, tmp_path):
    panel.tabs.setCurrentIndex(2)
    panel.synchrony.regions.setText("parent=0,0,320,360; infant=320,0,320,360")
    panel.synchrony.sync_window.setValue(10)
    panel.synchrony.max_lag.setValue(2)
    with qtbot.waitSignal(panel.synchrony.synchrony_ready, timeout=60_000) as ready:
        panel.synchrony.start()
    result = ready.args[0]
    assert panel.synchrony.table.rowCount() == len(result.window_starts_s) > 0
    assert "positive: parent leads" in panel.synchrony.text.text()
    assert panel.synchrony.progress.value() == 100
    written = panel.export_plot(tmp_path / "sync.png")
    assert [p.name for p in written] == ["sync.png", "sync-lag-profile.png"]


def test_bad_regions_are_said_in_the_panel(panel):
    panel.synchrony.regions.setText("parent=0,0,10")
    panel.synchrony.start()
    assert "expected NAME=X,Y,W,H" in panel.synchrony.text.text()


def test_the_session_list_follows_the_project(qtbot, blank_project, blank_workspace):
    view = AnalysisPanel(blank_workspace)
    qtbot.addWidget(view)
    assert view.sessions.item(0).text().endswith("(0 events)")
    build(blank_project, [Put(Segment(1, 1, "smile", 1000, 1000))])  # someone codes in the main window
    assert view.sessions.item(0).text().endswith("(1 events)")
    assert view.contingency.given.findData("smile") >= 0


def test_the_analysis_menu_opens_the_panel_on_the_open_project(demo_window, qtbot):
    from vig_annotator.core import commands
    from vig_annotator.qt.analysis_panel import AnalysisPanel

    demo_window.actions_by_id["interaction_dynamics"].trigger()
    panels = demo_window.findChildren(AnalysisPanel)
    assert len(panels) == 1 and panels[0].project is demo_window.workspace.project
    view, ws = panels[0], demo_window.workspace
    assert ws.session is not None and ws.project is not None

    def events_shown() -> str:
        rows = [view.sessions.item(i) for i in range(view.sessions.count())]
        [row] = [r for r in rows if r.data(Qt.ItemDataRole.UserRole) == ws.session.id]
        return row.text().rsplit("(", 1)[1]

    before = len(ws.project.segments(ws.session.id))
    assert events_shown() == f"{before} events)"
    ws.run(commands.add_segments([Segment(ws.project.next_id("segment"), ws.session.id, "smile", 500, 500)], "Code"))
    assert events_shown() == f"{before + 1} events)"  # coded in the window: the panel follows
    demo_window.actions_by_id["undo"].trigger()
    assert events_shown() == f"{before} events)"
    demo_window.close_project()
    qtbot.waitUntil(lambda: not demo_window.findChildren(AnalysisPanel))  # closed with its project


def test_regions_are_saved_per_clip_undoably_and_come_back_after_reopening(qtbot, blank_project, blank_workspace):
    from vig_annotator.store.opening import open_project

    view = AnalysisPanel(blank_workspace)
    qtbot.addWidget(view)
    assert view.synchrony.regions.text() == ""  # nothing saved for this clip yet
    view.synchrony.regions.setText("parent=0,0,320,360; infant=320,0,320,360")
    assert view.synchrony.save_regions() == {"parent": (0, 0, 320, 360), "infant": (320, 0, 320, 360)}
    assert blank_project.history.undo_label == "Set regions"
    view.synchrony.regions.setText("parent=0,0,300,360; infant=320,0,320,360")
    view.synchrony.save_regions()
    blank_project.history.undo()  # the panel follows the undo
    assert view.synchrony.regions.text() == "parent=0,0,320,360; infant=320,0,320,360"
    blank_workspace.set_project(None)  # closes the project, as closing it in the window does
    reopened = open_project(blank_project.path)
    blank_workspace.set_project(reopened)
    again = AnalysisPanel(blank_workspace)
    qtbot.addWidget(again)
    assert again.synchrony.regions.text() == "parent=0,0,320,360; infant=320,0,320,360"
    reopened.run(set_regions(reopened, reopened.clips[0], {}))  # cleared elsewhere: the panel follows
    assert again.synchrony.regions.text() == ""


def test_motion_energy_is_kept_and_not_decoded_again(panel, qtbot, monkeypatch):
    import vig_annotator.qt.motion_job as module

    panel.synchrony.regions.setText("parent=0,0,320,360; infant=320,0,320,360")
    panel.synchrony.sync_window.setValue(10)
    panel.synchrony.max_lag.setValue(2)
    with qtbot.waitSignal(panel.synchrony.synchrony_ready, timeout=60_000) as first:
        panel.synchrony.start()
    assert panel.synchrony.motion_computed == 1
    undo_label = panel.project.history.undo_label
    assert undo_label == "Set regions"  # keeping the motion energy is not an undo step

    def must_not_decode(*args, **kwargs):
        raise AssertionError("motion energy was decoded again")

    monkeypatch.setattr(module, "motion_energy", must_not_decode)
    with qtbot.waitSignal(panel.synchrony.synchrony_ready, timeout=10_000) as second:
        panel.synchrony.start()
    assert panel.synchrony.motion_computed == 1
    assert second.args[0].peak_r == pytest.approx(first.args[0].peak_r, abs=1e-4)
    assert second.args[0].lag_s == pytest.approx(first.args[0].lag_s, abs=1e-3)
    # other regions are other motion: decoded afresh
    panel.synchrony.regions.setText("parent=0,0,100,100; infant=320,0,320,360")
    monkeypatch.setattr(module, "motion_energy", lambda *a, **k: (_ for _ in ()).throw(ValueError("decoded")))
    panel.synchrony.start()
    qtbot.waitUntil(lambda: "decoded" in panel.synchrony.text.text(), timeout=10_000)
    assert panel.synchrony.motion_computed == 2


def test_a_region_drawn_on_the_picture_is_in_picture_pixels(panel, qtbot):
    from PySide6.QtCore import QPoint

    panel.tabs.setCurrentIndex(2)
    panel.synchrony.regions.setText("infant=320,0,320,360")
    panel.synchrony.show_picture()
    picture = panel.synchrony.picture
    assert (picture.image.width(), picture.image.height()) == (640, 360)  # the demo clip, upright
    picture.resize(320, 180)  # half size: one widget pixel is two picture pixels
    rect = picture.picture_rect()
    assert (rect.width(), rect.height()) == (320, 180)
    picture.draw_as("parent")
    origin = QPoint(int(rect.x()), int(rect.y()))
    qtbot.mousePress(picture, Qt.MouseButton.LeftButton, pos=origin + QPoint(10, 20))
    qtbot.mouseMove(picture, origin + QPoint(60, 120))
    qtbot.mouseRelease(picture, Qt.MouseButton.LeftButton, pos=origin + QPoint(60, 120))
    assert panel.synchrony.regions.text() == "infant=320,0,320,360; parent=20,40,100,200"
    assert picture.regions == {"infant": (320, 0, 320, 360), "parent": (20, 40, 100, 200)}
    assert panel.synchrony.save_regions() == {"infant": (320, 0, 320, 360), "parent": (20, 40, 100, 200)}


def test_a_one_window_clip_shows_no_nan_and_its_window_in_view(panel, tmp_path):
    # Regression (issue 26): the demo showed "effect over pseudo-synchrony nan, p = 0.0050" and the synchrony
    # over time plot's axis left out its only window at 5 s.
    import numpy as np

    from vig_annotator.analysis.synchrony import synchrony

    rng = np.random.default_rng(1)
    a = rng.normal(size=150)
    result = synchrony(a, a + rng.normal(size=150), rate_hz=10, window_s=10, max_lag_s=2, surrogates=199)
    assert len(result.window_starts_s) == 1 and result.window_starts_s[0] == 2
    panel.synchrony.show_synchrony(result, ["parent", "infant"], offset_s=3.0)
    text = panel.synchrony.text.text()
    # issue 25: no p-value or effect, "too short to test", and no synchrony-over-time plot of one point
    assert "nan" not in text.lower() and "p =" not in text and "effect" not in text
    assert "Too short to test: 1 window(s) of 10 s" in text and "Fisher z" in text
    assert panel.synchrony.over_time.isHidden() and not panel.synchrony.profile.isHidden()
    written = panel.export_plot(tmp_path / "s.png") if panel.tabs.setCurrentIndex(2) is None else []
    assert [p.name for p in written] == ["s.png"] and written[0].stat().st_size > 0  # the lag profile alone
    four = synchrony(np.r_[a, a], np.r_[a, a] + rng.normal(size=300), rate_hz=10, window_s=7, max_lag_s=1,
                     surrogates=99)
    panel.synchrony.show_synchrony(four, ["parent", "infant"])
    assert not panel.synchrony.over_time.isHidden() and "p = " in panel.synchrony.text.text()


def test_a_too_short_contingency_says_so_without_nan(panel, blank_project):
    choose(panel.contingency.given, "infant_vocalisation")
    choose(panel.contingency.target, "parent_vocalisation")
    panel.contingency.window_from.setValue(0)
    panel.contingency.window_to.setValue(20)  # a 40-s clip has no shift of at least 20 s on both sides
    panel.contingency.permutations.setValue(19)
    panel.contingency.compute()
    text = panel.contingency.text.text()
    assert "nan" not in text.lower() and "p = —" in text and "too short to test" in text


def test_correlation_axes_show_r_itself_not_a_scaled_r(panel):
    import numpy as np

    from vig_annotator.analysis.synchrony import synchrony

    rng = np.random.default_rng(2)
    a = rng.normal(size=600)
    result = synchrony(a, a + rng.normal(size=600), rate_hz=10, window_s=10, max_lag_s=2, surrogates=9)
    panel.synchrony.show_synchrony(result, ["parent", "infant"])
    for plot in (panel.synchrony.over_time, panel.synchrony.profile):
        axis = plot.getPlotItem().getAxis("left")
        assert axis.labelText in ("r", "mean r") and "0.001" not in axis.labelString()


def test_the_panel_follows_edits_and_undo_made_through_the_workspace(qtbot, blank_workspace):
    """Issue 27: the panel hears of edits through the workspace's model_changed, like every other view."""
    from vig_annotator.core import commands

    ws = blank_workspace
    view = AnalysisPanel(ws)
    qtbot.addWidget(view)
    refused: list[str] = []
    ws.refused.connect(refused.append)

    def ticked_codes() -> list[str]:
        return view.sequences.ticked()

    assert view.sessions.item(0).text().endswith("(0 events)") and ticked_codes() == []
    ws.run(commands.add_segments([Segment(1, 1, "touch", 1000, 2500), Segment(2, 1, "touch", 4000, 4500)], "Code"))
    assert view.sessions.item(0).text().endswith("(2 events)")
    assert view.chosen_sessions() == [1] and ticked_codes() == ["touch"]  # the coded session, its code used
    ws.do_undo()
    assert view.sessions.item(0).text().endswith("(0 events)") and ticked_codes() == []
    ws.do_redo()
    assert view.sessions.item(0).text().endswith("(2 events)") and ticked_codes() == ["touch"]

    ws.run(set_regions(ws.project, ws.project.clips[0], {"parent": (0, 0, 10, 10), "infant": (10, 0, 10, 10)}))
    assert view.synchrony.regions.text() == "parent=0,0,10,10; infant=10,0,10,10"
    ws.do_undo()
    assert view.synchrony.regions.text() == ""
    assert refused == []


def test_only_the_workspace_subscribes_to_the_project_in_the_app():
    """One mechanism: views take the workspace's signals; none subscribes to the core's Project itself."""
    import ast
    from pathlib import Path

    qt = Path(__file__).resolve().parents[2] / "vig_annotator" / "qt"
    found = []
    for path in sorted(qt.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "subscribe":
                found.append(f"{path.relative_to(qt).as_posix()}: {ast.unparse(node.func)}")
    # the project's edits reach the workspace through its viewer model (vig_annotator/viewer.py), issue 27
    topics = ("project_changed", "session_changed", "sessions_changed", "selection_changed", "clip_changed", "edited")
    assert sorted(found) == sorted(["workspace.py: project.history.subscribe"]
                                   + [f"workspace.py: v.{topic}.subscribe" for topic in topics])
