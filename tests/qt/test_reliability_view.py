"""The reliability view shows the same figures as `agree`, and a click on a disagreement plays it."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest

from vig_annotator.qt.reliability_view import LABEL_W, ReliabilityView
from vig_annotator.reliability.report import coded, compare
from vig_annotator.store.timing import timebase_for


def test_view_figures_match_the_report_and_clicks_seek(qtbot, demo_project, tmp_path):
    seeks: list[int] = []
    view = ReliabilityView(demo_project, 1, 2, seeks.append)
    qtbot.addWidget(view)
    view.resize(1000, 700)
    view.show()
    tb = timebase_for(demo_project, demo_project.clips[0])
    expected = compare([coded(demo_project, 1, tb), coded(demo_project, 2, tb)], "time", "1s", 0)
    first_group = expected["groups"][0]
    assert view.table.item(0, 0).text().endswith(first_group["group"])
    assert view.table.item(0, 1).text() == f"{first_group['kappa']:.3f}"
    view.tolerance.setValue(2)
    assert view.report["parameters"]["tolerance_units"] == 2
    # the demo's second coder misses the 4th infant vocalisation (19.0–20.0 s): its strip is red there
    strips = view.strips
    row = [r[0] for r in strips.rows].index("infant_vocalisation")
    view.tolerance.setValue(0)
    x = round(strips._x(19)) + 2
    y = 2 + row * (3 * 14 + 8) + 2 * 14 + 5
    QTest.mouseClick(strips, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, QPoint(x, y))
    assert seeks == [18_000]
    out = tmp_path / "r.txt"
    view.write(out)
    assert "time-unit Cohen's kappa" in out.read_text()
    assert x > LABEL_W
