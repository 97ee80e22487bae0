"""In German (and Dutch) what the screen composes from parts is translated whole, and no button is cut.

Composed strings (a sentence with figures, a row name with a region, a modifier and its value) are checked
as shown; buttons are measured: the width a button's text needs (QFontMetrics) against the button's width
and against the part of its panel that is on screen, in English and German.
"""

from __future__ import annotations

import re
import shutil
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QAbstractListModel, QModelIndex, QRect, Qt
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QScrollArea,
    QTabBar,
    QWidget,
)

from vig_annotator.qt import language
from vig_annotator.qt.analysis_panel import AnalysisPanel
from vig_annotator.qt.i18n import shown_modifiers
from vig_annotator.qt.main_window import MainWindow
from vig_annotator.qt.player import FakeClock
from vig_annotator.qt.reliability_view import ReliabilityView
from vig_annotator.qt.timeline_layout import build_layout

ENGLISH_PARTS = ("session", "Agreement between", "Motion:", "parent", "infant", "intensity", "slight", "scheme ")


@pytest.fixture
def speaking(qapp: QApplication, request: pytest.FixtureRequest) -> Iterator[str]:
    assert language.install(qapp, request.param) == request.param
    yield request.param
    language.remove(qapp)


@pytest.mark.parametrize("speaking", ["de", "nl"], indirect=True)
def test_composed_strings_are_translated_whole(qtbot, demo_project, speaking) -> None:  # type: ignore[no-untyped-def]
    view = ReliabilityView(demo_project, 1, 2)
    qtbot.addWidget(view)
    qtbot.waitUntil(lambda: bool(view.summary.text()), timeout=10_000)
    shown = [label.text() for label in view.findChildren(QLabel) if label.text()]
    shown += [row.label for row in build_layout(None, set(), False, motion=("parent", "infant")).rows]
    shown.append(shown_modifiers((("intensity", ("slight", "broad")),)))
    for text in shown:
        for english in ENGLISH_PARTS:
            assert english not in text, f"{speaking}: {english!r} left in {text!r}"
    sides = next(t for t in shown if t.startswith("A = "))
    assert {"de": "(Sitzung 1)", "nl": "(sessie 1)"}[speaking] in sides
    assert view.summary.text().startswith({"de": "Übereinstimmung zwischen", "nl": "Overeenstemming tussen"}[speaking])


def cut_buttons(root: QWidget) -> list[str]:
    """Visible buttons whose text is wider than the button, or that lie partly outside their scrolled view."""
    cut = []
    for button in root.findChildren(QAbstractButton):
        text = button.text().replace("&", "")
        if not button.isVisibleTo(root) or not text:
            continue
        if button.width() < button.fontMetrics().horizontalAdvance(text):
            cut.append(f"{text!r}: {button.width()} px for {button.fontMetrics().horizontalAdvance(text)}")
            continue
        area = next((a for a in root.findChildren(QScrollArea) if a.widget() is not None
                     and a.widget().isAncestorOf(button)), None)
        if area is not None:
            box = QRect(button.mapTo(area.viewport(), button.rect().topLeft()), button.size())
            if not area.viewport().rect().contains(box):
                cut.append(f"{text!r}: partly outside its panel")
    return cut


@pytest.mark.parametrize("speaking", ["en", "de"], indirect=True)
@pytest.mark.parametrize("size", [(1024, 640), (1366, 768)], ids=["1024x640", "1366x768"])
def test_no_button_beside_the_video_is_cut(  # type: ignore[no-untyped-def]
        demo_on_screen, settled, speaking, size) -> None:
    win = demo_on_screen(size)
    titles = {win.docks[n].windowTitle() for n in ("codes", "ratings", "moments", "segments")}
    bar = next(b for b in win.findChildren(QTabBar) if b.isVisible() and b.count() == 4
               and {b.tabText(i) for i in range(4)} == titles)
    assert bar.tabRect(3).right() < bar.width(), f"{speaking} {size}: the last tab needs scrolling to be read"
    for name in ("codes", "ratings", "moments", "segments"):  # each tab in front in turn
        win.docks[name].raise_()
        settled(win)
        assert not cut_buttons(win.docks[name]), f"{speaking} {size} {name}: {cut_buttons(win.docks[name])}"
    link = next(b for b in win.ratings.findChildren(QAbstractButton) if b.toolTip().startswith(
        {"en": "Link the selected", "de": "Die ausgewählten"}[speaking]) or b.text() in ("Link", "Verknüpfen"))
    assert link.text() == {"en": "Link", "de": "Verknüpfen"}[speaking]
    review = next(s.id for s in win.workspace.project.sessions if s.purpose == "vig_review")
    win.workspace.set_session(review)  # the guider's review: a moment chosen fills the Moments tab's form
    win.docks["moments"].raise_()
    win.moments.list.setCurrentRow(0)
    settled(win)
    assert win.moments.times.text(), "the demo's review has moments: the first one's times are shown"
    assert not cut_buttons(win.docks["moments"]), f"{speaking} {size} review: {cut_buttons(win.docks['moments'])}"
    win.close()


def shown_texts(win: MainWindow) -> set[str]:
    """What the window shows as text: labels, buttons, tabs, choices, placeholders, lists and tables, timeline rows."""
    found: set[str] = set()
    for widget in win.findChildren(QWidget):
        if isinstance(widget, QLabel | QAbstractButton):
            found.add(widget.text())
        elif isinstance(widget, QGroupBox):
            found.add(widget.title())
        elif isinstance(widget, QLineEdit):
            found.add(widget.placeholderText())
        elif isinstance(widget, QComboBox):
            found |= {widget.itemText(i) for i in range(widget.count())}
        elif isinstance(widget, QTabBar):
            found |= {widget.tabText(i) for i in range(widget.count())}
        elif isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            columns = model.columnCount() if isinstance(model, QStandardItemModel) else (
                model.columnCount(QModelIndex()) if not isinstance(model, QAbstractListModel) else 1)
            found |= {str(model.headerData(c, Qt.Orientation.Horizontal) or "") for c in range(columns)}
            found |= {str(model.data(model.index(r, c)) or "") for r in range(min(model.rowCount(QModelIndex()), 50))
                      for c in range(columns)}
    found |= {row.label for row in win.timeline.layout_.rows}
    return found


SAME_IN_GERMAN = {"Code", "Codes"}
"""English words German writes the same."""


def test_nothing_on_screen_stays_english_in_german(  # type: ignore[no-untyped-def]
        qtbot, qapp, demo_copy, maximise_on, settled) -> None:
    seen = {}
    for code in ("en", "de"):
        language.install(qapp, code)
        folder = demo_copy.parent / code
        folder.mkdir()
        for name in ("demo.vigproj", "demo_clip.mp4"):
            shutil.copy2(demo_copy.parent / name, folder / name)
        win = MainWindow(clock=FakeClock())
        qtbot.addWidget(win)
        maximise_on(win, (1366, 768))
        win.open_path(folder / "demo.vigproj")
        view = ReliabilityView(win.workspace.project, 1, 2, win.clock.seek)
        win.show_in_dock("Reliability", "dock_reliability", view)
        qtbot.waitUntil(lambda v=view: bool(v.summary.text()), timeout=10_000)
        win.show_in_dock("Analysis", "dock_analysis", AnalysisPanel(win.workspace))
        settled(win)
        seen[code] = shown_texts(win)
        sessions = {win.session_combo.itemText(i) for i in range(win.session_combo.count())}  # user data
        win.close()
    language.remove(qapp)
    left = sorted(t for t in seen["de"] & seen["en"] if re.search(r"[A-Za-z]{4,}", t) and t not in SAME_IN_GERMAN
                  and t not in sessions and ".vigproj" not in t)
    assert not left, f"English left in the German window: {left}"
