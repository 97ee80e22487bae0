"""The reliability view shows the same figures as `agree`, and a click on a disagreement plays it."""

from __future__ import annotations

from builders import build
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
    assert first_group["group"] == "eye_contact" and view.table.item(0, 0).text() == "▸ Eye contact"
    assert view.table.item(0, 1).text() == f"{first_group['kappa']:.3f}"
    view.tolerance.setValue(2)
    assert view.report["parameters"]["tolerance_units"] == 2
    # the demo's second coder misses the 4th infant vocalisation (19.0–20.0 s): its strip is red there
    strips = view.strips
    names = [r[0] for r in strips.rows]  # the strips name groups as users do, never by id
    assert "Infant gaze" in names and "Infant smile" in names and not any("_" in n for n in names)
    row = names.index("Infant vocalisation")
    view.tolerance.setValue(0)
    x = round(strips._x(19)) + 2
    y = 2 + row * (3 * 14 + 8) + 2 * 14 + 5
    QTest.mouseClick(strips, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, QPoint(x, y))
    assert seeks == [18_000]
    out = tmp_path / "r.txt"
    view.write(out)
    written = out.read_text()
    assert "time-unit Cohen's kappa" in written and "on case DEMO-001" in written
    assert demo_project.clips[0].fingerprint not in written and "on case DEMO-001" in view.summary.text()
    assert x > LABEL_W


def test_event_view_draws_each_pairing_and_lists_it(qtbot, blank_project):
    from vig_annotator.core.model import Segment
    from vig_annotator.core.project import Put
    from vig_annotator.projects import add_coder, start_session
    from vig_annotator.qt.event_pairs import ROW_H
    from vig_annotator.schemes import builtin

    project = blank_project
    a = project.sessions[0]
    b = start_session(project, project.clips[0], add_coder(project, "ZZ"), builtin("demo"))
    # A: smile 5.0 s, touch 10.0 s, infant vocalisation 30.0 s; B: smile 5.4 s (a match within ±1 s),
    # parent vocalisation 10.3 s (paired with A's touch, another code), and touch 20.0 s (no partner)
    build(project, [Put(Segment(1, a.id, "smile", 5000, 5000)), Put(Segment(2, a.id, "touch", 10_000, 12_000)),
                   Put(Segment(3, a.id, "infant_vocalisation", 30_000, 31_000)),
                   Put(Segment(4, b.id, "smile", 5400, 5400)),
                   Put(Segment(5, b.id, "parent_vocalisation", 10_300, 11_000)),
                   Put(Segment(6, b.id, "touch", 20_000, 21_000))])
    seeks: list[int] = []
    view = ReliabilityView(project, a.id, b.id, seeks.append)
    qtbot.addWidget(view)
    view.resize(1000, 700)
    view.show()
    view.method.setCurrentIndex(view.method.findData("event"))
    assert view.pairs.isVisible() and not view.strips.isVisible()
    rows = [[view.table.item(r, c).text() for c in range(5)] for r in range(view.table.rowCount())]
    assert [(r[0], r[2], r[4]) for r in rows] == [
        ("Infant smile", "Infant smile", "match"), ("Parent touch", "Parent vocalisation", "code mismatch"),
        ("nil", "Parent touch", "false alarm (only B)"), ("Infant vocalisation", "nil", "miss (only A)")]
    assert rows[0][1] == "00:00:05.000" and rows[0][3] == "00:00:05.400"
    events = view.report["events"]
    assert (events["matches"], events["code_mismatches"], events["misses"], events["false_alarms"]) == (1, 1, 1, 1)
    # a click on B's unpartnered touch (lower row) plays it from a second before
    strip = view.pairs
    QTest.mouseClick(strip, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     QPoint(round(strip.x_of(20_000)), 4 + 2 * ROW_H + ROW_H // 2))
    assert seeks == [19_000]
    view.onset_window.setValue(0.2)  # a narrower window: the 0.4 s smile offset no longer pairs
    assert view.report["events"]["matches"] == 0


def test_the_code_table_names_codes_by_label_and_explains_each_figure(demo_window):
    win = demo_window
    ws = win.workspace
    from vig_annotator.qt.reliability_view import ReliabilityView

    demo = [s for s in ws.project.sessions if s.scheme_id == "demo"]
    view = ReliabilityView(ws.project, demo[0].id, demo[1].id, lambda ms: None)
    table = view.table
    names = [table.item(r, 0).text().strip() for r in range(table.rowCount())]
    labels = {c.label for c in ws.project.scheme_of(demo[0]).codes}
    assert "Eye contact" in names and "eye_contact" not in names
    assert all(n in labels for n in names if not n.startswith("▸"))
    texts = [table.item(r, c).text() for r in range(table.rowCount()) for c in range(1, 5)]
    assert "n/a" not in texts
    assert "chance" in table.item(table.rowCount() - 1, 1).toolTip()


def test_a_large_comparison_runs_off_the_gui_thread_and_can_be_cancelled(qtbot, demo_project, monkeypatch):
    import threading

    import vig_annotator.qt.reliability_view as rv

    threads: list[str] = []
    real_compare = rv.compare

    def watched(*args, **kwargs):
        threads.append(threading.current_thread().name)
        return real_compare(*args, **kwargs)

    monkeypatch.setattr(rv, "compare", watched)
    monkeypatch.setattr(ReliabilityView, "BACKGROUND_FROM", 0)  # the demo counts as large
    view = ReliabilityView(demo_project, 1, 2, lambda ms: None)
    qtbot.addWidget(view)
    view.show()
    assert not view.progress.isHidden() and not view.cancel.isHidden()  # busy, with Cancel, while it runs
    with qtbot.waitSignal(view.computed, timeout=10_000):
        pass
    tb = timebase_for(demo_project, demo_project.clips[0])
    expected = compare([coded(demo_project, 1, tb), coded(demo_project, 2, tb)], "time", "1s", 0)
    assert view.report["groups"][0]["kappa"] == expected["groups"][0]["kappa"]
    assert view.table.item(0, 1).text() == f"{expected['groups'][0]['kappa']:.3f}"
    assert threads and threading.main_thread().name not in threads
    assert view.progress.isHidden()
    # Cancel: the result of the comparison under way is never shown
    view.tolerance.setValue(2)
    view.cancel_comparison()
    with qtbot.waitSignal(view.computed, timeout=1_000, raising=False) as blocker:
        pass
    assert not blocker.signal_triggered
    assert view.report["parameters"]["tolerance_units"] == 0
    assert "cancelled" in view.summary.text()


def test_cancel_stops_the_comparison_on_its_worker_not_just_its_display(qtbot, demo_project, monkeypatch):
    import threading

    import vig_annotator.qt.reliability_view as rv

    started, cancelled_seen, ended = threading.Event(), threading.Event(), threading.Event()
    real_compare = rv.compare

    def slow(*args, cancelled, **kwargs):  # type: ignore[no-untyped-def]
        started.set()
        try:
            while not cancelled():  # a long computation asking at each step
                if not threading.main_thread().is_alive():
                    return None
                threading.Event().wait(0.005)
            cancelled_seen.set()
            return real_compare(*args, cancelled=cancelled, **kwargs)  # raises Cancelled at its first step
        finally:
            ended.set()

    monkeypatch.setattr(rv, "compare", slow)
    monkeypatch.setattr(ReliabilityView, "BACKGROUND_FROM", 0)
    view = ReliabilityView(demo_project, 1, 2, lambda ms: None)
    qtbot.addWidget(view)
    assert started.wait(10)
    view.cancel_comparison()
    assert ended.wait(10) and cancelled_seen.is_set()  # the worker was told, and stopped
    assert "cancelled" in view.summary.text()


def test_compare_raises_cancelled_and_returns_nothing_when_asked_to_stop(demo_project):
    import pytest

    from vig_annotator.reliability.kappa import Cancelled

    tb = timebase_for(demo_project, demo_project.clips[0])
    items = [coded(demo_project, 1, tb), coded(demo_project, 2, tb)]
    for method in ("time", "event", "boris"):
        with pytest.raises(Cancelled):
            compare(items, method, cancelled=lambda: True)
    asked = []
    compare(items, "event", cancelled=lambda: asked.append(1) or False)  # asked at each step, never stopped
    assert len(asked) >= 3


def test_in_german_the_strips_and_tables_name_codes_in_german(qtbot, qapp, demo_project):
    from vig_annotator.qt import language

    try:
        assert language.install(qapp, "de") == "de"
        view = ReliabilityView(demo_project, 1, 2, lambda ms: None)
        qtbot.addWidget(view)
        names = [view.table.item(r, 0).text().strip() for r in range(view.table.rowCount())]
        strips = [r[0] for r in view.strips.rows]
        assert "Blickkontakt" in names and "Eye contact" not in names and "Blickkontakt" in strips
        view.method.setCurrentIndex(view.method.findData("event"))
        codes = {view.table.item(r, 0).text() for r in range(view.table.rowCount())}
        assert "Blickkontakt" in codes and "Eye contact" not in codes
    finally:
        language.remove(qapp)
